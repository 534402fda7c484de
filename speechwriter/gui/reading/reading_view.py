"""How a speech was read, line by line, and the clerk's fixes to it (each one undoable).

The view lists the speech's lines: header lines (标题/副标题/讲话人/日期/称呼/网页杂质) and the
body with each section's role and each line's heading level. A click on a button or a key fixes
the chosen line: T 标题, S 称呼, N 网页杂质, B 正文; 1–4 开场/回顾/要点/结束; Ctrl+Enter 从此行分节,
Ctrl+Backspace 并入上一节; H 小标题/正文; Alt+→ / Alt+← 降一级 / 升一级; Ctrl+Z / Ctrl+Y.
Every fix is a QUndoCommand calling the ReadingDocument's `do_*` methods. 「保存校正」 hands the
reading, as a label, to the flows (gui/reading/reading_flows.py), which store it and retrain on a worker.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from speechwriter.core import labelling_fixes as fixes
from speechwriter.core.labelling import Reading, ReadLine, label_of
from speechwriter.errors import UserError
from speechwriter.gui.window_layout import screen_rect
from speechwriter.vocabulary import LABEL_KINDS, PART_NAMES, ROLE_NAMES, ROLES

ROLE_COLOURS = {"opening": "#e8f1fb", "review": "#fdf3e1", "key_points": "#eaf6ea", "closing": "#f3e9f7"}
HEADER_KEYS = (("title", "T"), ("subtitle", None), ("speaker", None), ("date", None), ("salutation", "S"),
               ("noise", "N"), ("body", "B"))


class ReadingDocument(QObject):
    """A reading being corrected: the lines, the speech's kind, and the undo stack of the fixes."""

    changed = Signal()

    def __init__(self, reading: Reading, parent: QObject | None = None):
        super().__init__(parent)
        self.reading = reading
        self.undo_stack = QUndoStack(self)

    # what the commands call -----------------------------------------------------------------------
    def do_replace_line(self, index: int, line: ReadLine) -> ReadLine:
        old = self.reading.lines[index]
        self.reading.lines[index] = line
        self.changed.emit()
        return old

    def do_set_kind(self, kind: str) -> str:
        old, self.reading.kind = self.reading.kind, kind
        self.changed.emit()
        return old

    # the clerk's fixes: each raises UserError (a Chinese sentence) where it does not apply ---------
    def set_line_part(self, index: int, part: str) -> None:
        self._push(index, fixes.set_line_part(self.reading, index, part), fixes.describe_fix("part", part))

    def set_role(self, index: int, role: str) -> None:
        start, line = fixes.set_role(self.reading, index, role)
        self._push(start, line, fixes.describe_fix("role", role))

    def split_here(self, index: int) -> None:
        self._push(index, fixes.split_here(self.reading, index), fixes.describe_fix("split"))

    def join_previous(self, index: int) -> None:
        self._push(index, fixes.join_previous(self.reading, index), fixes.describe_fix("join"))

    def toggle_heading(self, index: int) -> None:
        self._push(index, fixes.toggle_heading(self.reading, index), fixes.describe_fix("heading"))

    def shift_level(self, index: int, delta: int) -> None:
        self._push(index, fixes.shift_level(self.reading, index, delta), fixes.describe_fix("level"))

    def set_speech_kind(self, kind: str) -> None:
        if kind != self.reading.kind:
            self.undo_stack.push(SetSpeechKind(self, kind))

    def _push(self, index: int, line: ReadLine, text: str) -> None:
        if line != self.reading.lines[index]:
            self.undo_stack.push(ReplaceLine(self, index, line, text))

    def label(self) -> dict:
        return label_of(self.reading)


class ReplaceLine(QUndoCommand):
    def __init__(self, doc: ReadingDocument, index: int, line: ReadLine, text: str):
        super().__init__(text)
        self.doc, self.index, self.new = doc, index, line
        self.old = doc.reading.lines[index]

    def redo(self):
        self.doc.do_replace_line(self.index, self.new)

    def undo(self):
        self.doc.do_replace_line(self.index, self.old)


class SetSpeechKind(QUndoCommand):
    def __init__(self, doc: ReadingDocument, kind: str):
        super().__init__(fixes.describe_fix("speech_kind", kind))
        self.doc, self.new, self.old = doc, kind, doc.reading.kind

    def redo(self):
        self.doc.do_set_kind(self.new)

    def undo(self):
        self.doc.do_set_kind(self.old)


def line_type(line: ReadLine) -> str:
    if line.part != "body":
        return PART_NAMES[line.part]
    if line.heading:
        return f"{line.level}级小标题"
    return "正文" if line.level == 1 else f"{line.level}级正文"


class ReadingView(QDialog):
    """The reading of one library speech, to check and correct; `save_requested(id, label)`."""

    save_requested = Signal(int, dict)
    clear_requested = Signal(int)

    def __init__(self, doc: ReadingDocument, speech_id: int, labelled: bool, parent=None):
        super().__init__(parent)
        self.doc, self.speech_id, self.labelled = doc, speech_id, labelled
        doc.setParent(self)   # the document and its undo stack live as long as the view
        self.confirm_discard: Callable[[], bool] | None = None   # may unsaved fixes be dropped?
        self.outline_file: str | None = None   # the speech file the open outline was made from, if this is it
        self.setWindowTitle("结构识别结果")
        available = screen_rect(parent if parent is not None else self).size()
        self.resize(min(980, available.width() - 40), min(680, available.height() - 60))
        layout = QVBoxLayout(self)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption)
        top = QHBoxLayout()
        top.addWidget(QLabel("文种："))
        self.kind = QComboBox()
        self.kind.setAccessibleName("文种")
        self.kind.addItems(list(LABEL_KINDS))
        top.addWidget(self.kind)
        # when the analyser was unsure of the kind, it says which others it thought of: one click each
        self.unsure = QLabel()
        self.unsure.setStyleSheet("color:#8a1c1c")
        top.addWidget(self.unsure)
        self.alternative_buttons: list[QPushButton] = []
        for _ in range(2):
            button = QPushButton()
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, b=button: self.doc.set_speech_kind(b.property("kind")))
            top.addWidget(button)
            self.alternative_buttons.append(button)
        top.addStretch(1)
        self.undo_button = QPushButton("撤销")
        self.redo_button = QPushButton("重做")
        top.addWidget(self.undo_button)
        top.addWidget(self.redo_button)
        layout.addLayout(top)

        self.lines = QTreeWidget()
        self.lines.setAccessibleName("讲稿各行")
        self.lines.setHeaderLabels(["这一行是", "角色", "内容"])
        self.lines.setRootIsDecorated(False)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lines.setWordWrap(True)
        header = self.lines.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        layout.addWidget(self.lines, 1)

        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.addWidget(QLabel("这一行是："))
        for part, key in HEADER_KEYS:
            self._button(row, f"part:{part}", PART_NAMES[part], key, lambda _c=False, k=part: self._fix(
                lambda i: self.doc.set_line_part(i, k)))
        row.addStretch(1)
        layout.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(QLabel("所在小节的角色："))
        for number, role in enumerate(ROLES, 1):
            self._button(row, f"role:{role}", ROLE_NAMES[role], str(number),
                         lambda _c=False, r=role: self._fix(lambda i: self.doc.set_role(i, r)))
        row.addStretch(1)
        layout.addLayout(row)
        # the section and level fixes on a row of their own: one row of all of them was 1,220 px wide,
        # more than a 1024×768 screen
        row = QHBoxLayout()
        row.addWidget(QLabel("分节与层级："))
        self._button(row, "split", "从此行分节", "Ctrl+Return", lambda: self._fix(self.doc.split_here))
        self._button(row, "join", "并入上一节", "Ctrl+Backspace", lambda: self._fix(self.doc.join_previous))
        self._button(row, "heading", "小标题/正文", "H", lambda: self._fix(self.doc.toggle_heading))
        self._button(row, "deeper", "降一级", "Alt+Right", lambda: self._fix(lambda i: self.doc.shift_level(i, 1)))
        self._button(row, "higher", "升一级", "Alt+Left", lambda: self._fix(lambda i: self.doc.shift_level(i, -1)))
        row.addStretch(1)
        layout.addLayout(row)

        self.message = QLabel()
        self.message.setStyleSheet("color:#a33")
        layout.addWidget(self.message)
        bottom = QHBoxLayout()
        self.clear_button = QPushButton("恢复程序识别")
        self.clear_button.setToolTip("去掉这篇讲稿的校正，按程序识别的结构")
        self.save_button = QPushButton("保存校正")
        self.save_button.setToolTip("保存这篇讲稿的校正，并据此更新结构识别（Ctrl+S）")
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        close = QPushButton("关闭")
        close.setAutoDefault(False)
        bottom.addWidget(self.clear_button)
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(close)
        layout.addLayout(bottom)

        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self, self.doc.undo_stack.undo)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Redo), self, self.doc.undo_stack.redo)
        QShortcut(QKeySequence("Ctrl+Y"), self, self.doc.undo_stack.redo)
        self.undo_button.clicked.connect(self.doc.undo_stack.undo)
        self.redo_button.clicked.connect(self.doc.undo_stack.redo)
        self.doc.undo_stack.indexChanged.connect(self._update_buttons)
        self.doc.undo_stack.cleanChanged.connect(self._update_buttons)
        self.save_button.clicked.connect(self.save)
        self.clear_button.clicked.connect(lambda: self.clear_requested.emit(self.speech_id))
        close.clicked.connect(self.close)
        self.kind.activated.connect(lambda _i: self.doc.set_speech_kind(self.kind.currentText()))
        self.doc.changed.connect(self.refresh)
        self.lines.currentItemChanged.connect(lambda _c, _p: self.message.clear())
        self.refresh()
        self.select_row(0)
        self.lines.setFocus()

    def _button(self, row, key: str, text: str, shortcut: str | None, slot) -> None:
        button = QPushButton(f"{text}（{_key_name(shortcut)}）" if shortcut else text)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        if shortcut:
            QShortcut(QKeySequence(shortcut), self, slot)
        row.addWidget(button)
        self.buttons[key] = button

    # showing --------------------------------------------------------------------------------------
    def refresh(self) -> None:
        reading = self.doc.reading
        current = self.current_row()
        self.lines.clear()
        role = None
        for line in reading.lines:
            if line.section_start:
                role = line.role
            shown_role = role if line.part == "body" else None
            indent = "　" * (max(1, line.level) - 1) if line.part == "body" else ""
            item = QTreeWidgetItem([line_type(line), ROLE_NAMES.get(shown_role, "") if shown_role else "",
                                    indent + line.text])
            if line.part == "body" and shown_role:
                for column in range(3):
                    item.setBackground(column, QBrush(QColor(ROLE_COLOURS[shown_role])))
            if line.section_start or line.part in ("title", "salutation"):
                font = QFont(item.font(2))
                font.setBold(True)
                for column in range(3):
                    item.setFont(column, font)
            if not line.section_start:
                item.setForeground(1, QBrush(QColor("#999999")))
            if line.part == "noise":
                item.setForeground(2, QBrush(QColor("#999999")))
            item.setToolTip(2, line.text)
            self.lines.addTopLevelItem(item)
        if current is not None:
            self.select_row(current)
        blocked = self.kind.blockSignals(True)
        self.kind.setCurrentText(reading.kind if reading.kind in LABEL_KINDS else "other")
        self.kind.blockSignals(blocked)
        self._show_alternatives(reading)
        self._update_buttons()

    def _show_alternatives(self, reading: Reading) -> None:
        """「拿不准」: the other kinds the analyser thought close, until the clerk has said which it is."""
        others = [] if self.labelled else [k for k in reading.kind_alternatives if k != reading.kind]
        self.unsure.setText("程序拿不准，也可能是：" if others else "")
        self.unsure.setVisible(bool(others))
        for index, button in enumerate(self.alternative_buttons):
            kind = others[index] if index < len(others) else None
            button.setVisible(kind is not None)
            if kind is not None:
                button.setText(kind)
                button.setProperty("kind", kind)
                button.setAccessibleName(f"文种改为{kind}")

    def _update_buttons(self, *_changed) -> None:
        stack = self.doc.undo_stack
        self.undo_button.setEnabled(stack.canUndo())
        self.undo_button.setToolTip(f"撤销“{stack.undoText()}”" if stack.canUndo() else "")
        self.redo_button.setEnabled(stack.canRedo())
        self.save_button.setEnabled(not stack.isClean() or not self.labelled)
        self.clear_button.setEnabled(self.labelled)
        title = next((ln.text for ln in self.doc.reading.lines if ln.part == "title"), None)
        state = "您校正过的结构" if self.labelled else "程序识别的结构"
        dirty = "（有未保存的校正）" if not stack.isClean() else ""
        self.caption.setText(f"《{title or '（无标题）'}》：{state}{dirty}。选中一行，用下面的按钮或按键改正；"
                             "保存后程序会据此学习这种写法。")

    def current_row(self) -> int | None:
        item = self.lines.currentItem()
        return self.lines.indexOfTopLevelItem(item) if item is not None else None

    def select_row(self, row: int) -> None:
        item = self.lines.topLevelItem(row)
        if item is not None:
            self.lines.setCurrentItem(item)

    def row_of(self, text: str) -> int:
        """The first row whose line starts with `text`."""
        for row, line in enumerate(self.doc.reading.lines):
            if line.text.startswith(text):
                return row
        raise ValueError(text)

    # fixing -----------------------------------------------------------------------------------------
    def _fix(self, action) -> None:
        row = self.current_row()
        if row is None:
            self.message.setText("请先选中一行。")
            return
        try:
            action(row)
        except UserError as err:
            self.message.setText(err.message)
            return
        self.message.clear()

    def save(self) -> None:
        label = self.doc.label()
        if not label["sections"]:
            self.message.setText("正文里至少要有一行：请把讲话的正文设为“正文”后再保存。")
            return
        self.save_requested.emit(self.speech_id, label)

    def saved(self, labelled: bool = True) -> None:
        """The flows stored the label (or cleared it): nothing left unsaved."""
        self.labelled = labelled
        self.doc.undo_stack.setClean()
        self._update_buttons()
        self._show_alternatives(self.doc.reading)   # the clerk has said which kind it is

    def has_unsaved_fixes(self) -> bool:
        return not self.doc.undo_stack.isClean()

    def closeEvent(self, event) -> None:
        # unsaved fixes are never dropped without asking (the flows set `confirm_discard`)
        if self.has_unsaved_fixes() and self.confirm_discard is not None and not self.confirm_discard():
            event.ignore()
            return
        super().closeEvent(event)


def _key_name(shortcut: str) -> str:
    return {"Ctrl+Return": "Ctrl+Enter", "Alt+Right": "Alt+→", "Alt+Left": "Alt+←"}.get(shortcut, shortcut)
