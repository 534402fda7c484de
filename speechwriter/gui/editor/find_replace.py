"""查找和替换 (Ctrl+H): across every heading, body and 基本信息 field of the speech, with a count.

替换 changes the occurrence shown and goes on to the next; 全部替换 changes them all as one undo
step (妇联 → 应急管理局 in a whole speech, taken back with one Ctrl+Z). Where an occurrence is,
the window shows it (`reveal`).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from speechwriter.gui.document import Document
from speechwriter.gui.editor.text_boxes import LineBox
from speechwriter.outline.find import FIELD, Place, find_all, summary, text_of


def selected_text() -> str:
    """The words selected in the box being edited: 查找 starts with them, as in Word (one line only)."""
    from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

    focus = QApplication.focusWidget()
    if isinstance(focus, QLineEdit):
        text = focus.selectedText()
    elif isinstance(focus, QPlainTextEdit):
        text = focus.textCursor().selectedText()
    else:
        text = ""
    return text if "\u2029" not in text else ""


class FindReplaceDialog(QDialog):
    reveal = Signal(object, int)      # a Place and the length of the text found there
    message = Signal(str)

    def __init__(self, doc: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.setWindowTitle("查找和替换")
        self._places: list[Place] = []
        self._current = -1
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.find_box = LineBox()
        self.find_box.setAccessibleName("查找内容")
        self.replace_box = LineBox()
        self.replace_box.setAccessibleName("替换为")
        form.addRow("查找内容", self.find_box)
        form.addRow("替换为", self.replace_box)
        layout.addLayout(form)
        self.count_label = QLabel("")
        layout.addWidget(self.count_label)
        buttons = QHBoxLayout()
        self.next_button = QPushButton("查找下一处")
        self.replace_button = QPushButton("替换")
        self.replace_all_button = QPushButton("全部替换")
        close = QPushButton("关闭")
        for button in (self.next_button, self.replace_button, self.replace_all_button, close):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.next_button.setDefault(True)
        self.find_box.textChanged.connect(self.recount)
        self.next_button.clicked.connect(self.find_next)
        self.replace_button.clicked.connect(self.replace_one)
        self.replace_all_button.clicked.connect(self.replace_all)
        close.clicked.connect(self.close)
        doc.changed.connect(self.recount)
        doc.replaced.connect(self.recount)
        self.recount()

    def open_with(self, text: str = "") -> None:
        if text:
            self.find_box.setText(text)
        self.show()
        self.raise_()
        self.activateWindow()
        self.find_box.setFocus()
        self.find_box.selectAll()

    def recount(self) -> None:
        self._places = find_all(self.doc.outline, self.find_box.text())
        if self._current >= len(self._places):
            self._current = -1
        found = bool(self._places)
        self.count_label.setText(summary(self._places) if self.find_box.text() else "")
        for button in (self.next_button, self.replace_button, self.replace_all_button):
            button.setEnabled(found)

    def places(self) -> list[Place]:
        return list(self._places)

    def find_next(self) -> Place | None:
        if not self._places:
            return None
        self._current = (self._current + 1) % len(self._places)
        place = self._places[self._current]
        self.count_label.setText(f"第 {self._current + 1} 处，{summary(self._places)}")
        self.reveal.emit(place, len(self.find_box.text()))
        return place

    def replace_one(self) -> None:
        """Replace the occurrence shown (the first, when none is shown yet), then show the next."""
        find, new = self.find_box.text(), self.replace_box.text()
        if not self._places:
            return
        if self._current < 0:
            self.find_next()
        place = self._places[self._current]
        old = text_of(self.doc.outline, place.kind, place.key)
        if old[place.start:place.start + len(find)] != find:   # changed meanwhile: look again
            self.recount()
            return
        value = old[:place.start] + new + old[place.start + len(find):]
        if place.kind == FIELD:
            self.doc.set_field(place.key, value, typing=False)
        elif place.kind == "heading":
            self.doc.set_heading(place.key, value, typing=False)
        else:
            self.doc.set_body(place.key, value, typing=False)
        self._current = max(-1, self._current - 1)   # counted again: the next one now sits at this index
        self.find_next()

    def replace_all(self) -> int:
        find, new = self.find_box.text(), self.replace_box.text()
        count = self.doc.replace_all(find, new)
        self._current = -1
        self.message.emit(f"已把 {count} 处“{find}”替换为“{new}”，按 Ctrl+Z 可全部还原。" if count
                          else f"没有找到“{find}”。")
        self.count_label.setText(f"已替换 {count} 处。")
        return count
