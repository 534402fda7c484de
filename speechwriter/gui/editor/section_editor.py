"""Beside the tree: the selected section's heading, role and body."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from speechwriter.errors import UserError
from speechwriter.gui.document import Document
from speechwriter.gui.editor.field_text import FieldLineBox, FieldTextBox, block_written, field_value
from speechwriter.outline import edit, numbering
from speechwriter.outline.create import HEADING_PLACEHOLDER
from speechwriter.vocabulary import ROLE_NAMES, ROLES


class SampleHighlighter(QSyntaxHighlighter):
    """Paragraphs still in the sample's wording, tinted until the clerk changes a character."""

    def __init__(self, document, lines):
        super().__init__(document)
        self._lines = lines   # () -> the sample lines of the section shown
        self._format = QTextCharFormat()
        self._format.setForeground(QColor("#9a6700"))
        self._format.setBackground(QColor("#fff4d6"))
        self._format.setToolTip("范文原话：请改写成本次讲话的内容")

    def highlightBlock(self, text: str) -> None:
        text = block_written(self.currentBlock())   # fields as written, as the sample has them
        if text.strip() and text.strip() in self._lines():
            self.setFormat(0, len(text), self._format)


class SectionEditor(QWidget):
    def __init__(self, doc: Document, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.section_id: str | None = None
        # the body line the clerk's cursor was on, for material from the 素材库 (None: at the end)
        self.material_line: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel("请在左侧选择一个小节")
        self.caption.setStyleSheet("color:#666")
        layout.addWidget(self.caption)
        form = QFormLayout()
        self.number_label = QLabel("")
        self.heading = FieldLineBox(self._field_value)   # fields as pieces, as in the body
        self.heading.setPlaceholderText("小节标题（不含编号，编号自动生成；开场、结束可不写标题）")
        self.heading.setAccessibleName("小节标题")
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem(ROLE_NAMES[role], role)
        self.role.setAccessibleName("小节类型")
        form.addRow("编号", self.number_label)
        form.addRow("标题", self.heading)
        form.addRow("类型", self.role)
        layout.addLayout(form)
        hint = QLabel("正文（每段一行；可用“插入 → 字段”引用会议名称等）")
        hint.setWordWrap(True)   # the pane is narrow on a small screen: two lines, not a cut-off hint
        layout.addWidget(hint)
        self.body = FieldTextBox(self._field_value)
        # a new section's stand-ins (（在此…）, （要点标题）) give way to the first words typed
        self.body.stand_in = edit.is_placeholder
        self.heading.stand_in = lambda text: text.strip() == HEADING_PLACEHOLDER
        self.body.setAccessibleName("小节正文")
        layout.addWidget(self.body, 1)
        self.sample_note = QLabel("黄色的段落还是范文原话，改写后标记自动消失。")
        self.sample_note.setStyleSheet("color:#9a6700")
        self.sample_note.setWordWrap(True)
        self.sample_note.setVisible(False)
        layout.addWidget(self.sample_note)
        self._highlighter = SampleHighlighter(self.body.document(), self._sample_lines)

        self.heading.textEdited.connect(self._heading_edited)
        self.body.textChanged.connect(self._body_edited)
        self.body.cursorPositionChanged.connect(self._cursor_moved)
        self.role.activated.connect(self._role_chosen)
        doc.section_changed.connect(self._refresh_if_mine)
        doc.field_changed.connect(lambda _name: self._refresh_fields())
        doc.changed.connect(self._refresh_number)
        doc.replaced.connect(lambda: self.show_section(None))
        self.show_section(None)

    def show_section(self, section_id: str | None) -> None:
        if section_id != self.section_id:
            self.material_line = None
        self.section_id = section_id
        for widget in (self.heading, self.role, self.body):
            widget.setEnabled(section_id is not None)
        if section_id is None:
            self.caption.setText("请在左侧选择一个小节")
            self.heading.set_text_quietly("")
            self.body.set_text_quietly("")
            self.number_label.setText("")
            return
        self._refresh_if_mine(section_id)

    def _field_value(self, name: str) -> str:
        return field_value(self.doc.outline, name)

    def _refresh_fields(self) -> None:
        self.heading.refresh_fields()
        self.body.refresh_fields()

    def _sample_lines(self) -> list[str]:
        section = self._section()
        return list(section.sample) if section is not None else []

    def select_text(self, text: str, near: int = 0) -> bool:
        """Put the cursor on `text` in the heading or body (a 校对 finding the clerk clicked)."""
        section = self._section()
        if section is None or not text:
            return False
        if text in section.heading:
            self.heading.setFocus(Qt.FocusReason.OtherFocusReason)
            at = section.heading.find(text)
            self.heading.setSelection(at, len(text))
            return True
        body = section.body
        spots = [i for i in range(len(body)) if body.startswith(text, i)]
        if not spots:
            return False
        at = min(spots, key=lambda i: abs(i - near))
        self.body.select_written(at, len(text))
        self.body.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _section(self):
        return self.doc.outline.find(self.section_id)   # None: no section chosen, or deleted meanwhile

    def _refresh_if_mine(self, section_id: str) -> None:
        if section_id != self.section_id:
            return
        section = self._section()
        if section is None:
            self.show_section(None)
            return
        if not self.heading.hasFocus():
            self.heading.set_text_quietly(section.heading)
            self.heading.setCursorPosition(0)  # a long heading shows its beginning
        else:
            self.heading.set_text_quietly(section.heading)
        self.body.set_text_quietly(section.body)
        self._highlighter.rehighlight()
        self.sample_note.setVisible(bool(section.sample_lines()))
        self.role.setCurrentIndex(max(0, self.role.findData(section.role)))
        self._refresh_number()

    def _refresh_number(self) -> None:
        section = self._section()
        if section is None:
            if self.section_id is not None:
                self.show_section(None)
            return
        path = edit.path_of(self.doc.outline, section)
        label = numbering.section_label(self.doc.outline, path)
        self.number_label.setText(label or "（无编号）")
        self.caption.setText(f"第 {len(path)} 级小节")

    def _heading_edited(self, text: str) -> None:
        if self.section_id:
            self.doc.set_heading(self.section_id, text, typing=not self.heading.pasting)

    def _body_edited(self) -> None:
        if self.section_id:
            self.doc.set_body(self.section_id, self.body.toPlainText(), typing=not self.body.pasting)

    def _role_chosen(self, _index: int) -> None:
        if not self.section_id:
            return
        try:
            self.doc.set_role(self.section_id, self.role.currentData())
        except UserError as err:          # the printed order refuses it: say why, show the role kept
            self.doc.refused.emit(err.message)
            self._refresh_if_mine(self.section_id)

    def _cursor_moved(self) -> None:
        if self.body.hasFocus():   # the clerk put it there (not a refresh from the document)
            self.material_line = self.body.textCursor().blockNumber()

    def select_in_body(self, start: int, length: int) -> None:
        """Select part of the body (查找 shows what it found; places in the text as written) and bring
        it into view."""
        self.body.select_written(start, length)
        self.body.ensureCursorVisible()

    def insert_material(self, text: str) -> bool:
        """A paragraph or phrase from the 素材库: after the paragraph the cursor was last in, or at
        the end; the next one goes after it, so several inserts keep their order."""
        if not self.section_id:
            return False
        last_line = self.doc.insert_material(self.section_id, text, self.material_line)
        if last_line is None:
            return False
        self.material_line = last_line
        return True

    def insert_text(self, text: str) -> None:
        """插入 → 字段: put `{{ 会议名称 }}` where the cursor is in the body (or the heading)."""
        if not self.section_id:
            return
        if self.heading.hasFocus():
            self.heading.insert_written(text)   # a piece, a step of its own (textEdited sets the heading)
        else:
            self.body.insert_written(text)   # a field as one piece; a step of its own, like a paste
            self.body.setFocus(Qt.FocusReason.OtherFocusReason)
