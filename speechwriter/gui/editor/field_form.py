"""The form of fields (标题, 讲话人, 日期, 称呼, 会议名称 …) the template and the text ask for.

Which fields exist and which are required comes from the render pipeline (the same rule the CLI
shows); every edit is a SetField command. Empty required fields are tinted, and `missing()` names
them before an export.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from speechwriter.errors import UserError
from speechwriter.gui.document import Document
from speechwriter.gui.editor.text_boxes import LineBox
from speechwriter.vocabulary import OUTLINE_HEADER_FIELDS as HEADER_FIELDS

NARROW_FORM = 400
MISSING_STYLE = "QLineEdit { background: #fde8e8; border: 1px solid #d9534f; }"
HINTS = {"标题": "例如：在2026年全市安全生产工作会议上的讲话", "副标题": "可不填", "讲话人": "例如：张明",
         "日期": "例如：2026年3月15日", "称呼": "例如：同志们：", "会议名称": "例如：全市安全生产工作会议",
         "单位": "例如：市应急管理局"}


def chinese_date(date: QDate) -> str:
    return f"{date.year()}年{date.month()}月{date.day()}日"


SENTENCE_FIELDS = ("过渡语", "结束语")


def form_fields(outline) -> list[tuple[str, bool]]:
    """(name, required) in form order: the pipeline's list, header fields first."""
    try:
        from speechwriter.render import outline_fields

        infos = [(f.name, f.required) for f in outline_fields(outline)]
    except Exception:  # noqa: BLE001 - a broken user template must not take the form away
        infos = [(name, name in ("标题",)) for name in HEADER_FIELDS]
    # the template's transition/closing are text in the outline now (render.apply_template); the old
    # fields of those names stay in the form only for a file that still has them filled in
    infos = [(name, required) for name, required in infos
             if name not in SENTENCE_FIELDS or outline.field(name).strip()]
    known = {name for name, _ in infos}
    infos += [(name, False) for name in outline.fields if name not in known
              and (name not in SENTENCE_FIELDS or outline.field(name).strip())]
    order = {name: i for i, name in enumerate(HEADER_FIELDS)}
    return sorted(infos, key=lambda item: order.get(item[0], len(order)))


def missing_fields(outline) -> list[str]:
    """Required fields still empty, in form order: what an export asks for first (render.unfilled_fields;
    with a broken user template, only the 标题 is required)."""
    from speechwriter.render import unfilled_fields

    try:
        return unfilled_fields(outline)
    except UserError:
        return [] if outline.field("标题").strip() else ["标题"]


TITLE_FIELDS = ("标题", "副标题")   # printed at the top of the page


class FieldForm(QWidget):
    add_field_requested = Signal()
    title_edited = Signal()          # the clerk typed into 标题 or 副标题

    def __init__(self, doc: Document, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.boxes: dict[str, LineBox] = {}
        self.calendar_button: QToolButton | None = None   # 日期's 日历 (its menu: 今天, a calendar)
        self.blanks: dict[str, QCheckBox] = {}     # 有意留空: the field's value is 无, nothing printed
        self.required: set[str] = set()
        self._names: list[str] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # the template (文种) lives here, with the outline: preview, export and 字数 all use it
        chooser = QHBoxLayout()
        chooser.addWidget(QLabel("模板（文种）"))
        self.template = QComboBox()
        self.template.setAccessibleName("模板")
        self.template.setToolTip("预览、导出和字数都按这里选的模板；模板的过渡语、结束语会作为正文放进提纲，可改可删")
        self.template.activated.connect(lambda _i: self.doc.set_template(self.template.currentText()))
        chooser.addWidget(self.template, 1)
        outer.addLayout(chooser)
        self._form_host = QWidget()
        self._form = QFormLayout(self._form_host)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)   # narrow: the box goes under its name
        self._form.setContentsMargins(4, 4, 4, 4)
        scroll = QScrollArea()      # a long form on a small screen scrolls instead of being cut off
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)   # rows wrap instead
        scroll.setWidget(self._form_host)
        outer.addWidget(scroll, 1)
        row = QHBoxLayout()
        note = QLabel("带 * 的为必填项")
        note.setStyleSheet("color:#666")
        row.addWidget(note)
        row.addStretch(1)
        add = QPushButton("添加字段…")
        add.clicked.connect(self.add_field_requested)
        row.addWidget(add)
        outer.addLayout(row)
        doc.replaced.connect(self.rebuild)
        doc.template_changed.connect(lambda _name: self.rebuild())
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(400)  # asking the templates costs a few ms: not on every keystroke
        self._refresh_timer.timeout.connect(self.refresh_fields)
        doc.field_changed.connect(self._show_value)
        # no rebuild yet: the form is filled when an outline is loaded (the render pipeline it asks
        # is imported then, not while the window first appears)

    def rebuild(self) -> None:
        focused = next((name for name, box in self.boxes.items() if box.hasFocus()), None)
        while self._form.rowCount():
            self._form.removeRow(0)
        self.boxes, self.blanks = {}, {}
        self._show_templates()
        specs = form_fields(self.doc.outline)
        self._names = [name for name, _ in specs]
        self.required = {name for name, required in specs if required}
        for name, required in specs:
            box = LineBox()
            box.setAccessibleName(name)
            box.setPlaceholderText(HINTS.get(name, ""))
            if name == "标题":
                box.allow_line_breaks()
            box.setText(self.doc.outline.field(name))
            box.textEdited.connect(lambda text, n=name, b=box: self.doc.set_field(n, text, typing=not b.pasting))
            if name in TITLE_FIELDS:
                box.textEdited.connect(lambda _t: self.title_edited.emit())
            box.textChanged.connect(lambda _t, n=name: self._tint(n))
            self.boxes[name] = box
            blank = QCheckBox("有意留空")
            blank.setToolTip("勾选后导出时不印这一项（提纲文件中记作“无”）")
            blank.setAccessibleName(f"{name}有意留空")
            blank.toggled.connect(lambda on, n=name: self._blank_toggled(n, on))
            self.blanks[name] = blank
            label = f"{name} *" if required else name
            self._form.addRow(label, self._row(name, box, blank))
            self._show_value(name)
        if focused in self.boxes:
            self.boxes[focused].setFocus()

    def _show_templates(self) -> None:
        from speechwriter.render import list_templates

        names = [t.name for t in list_templates() if not t.error]
        current = self.doc.outline.template
        if current not in names:
            names.append(current)   # a template that is gone still names itself (the preview says why)
        self.template.blockSignals(True)
        self.template.clear()
        self.template.addItems(names)
        self.template.setCurrentText(current)
        self.template.blockSignals(False)

    def resizeEvent(self, event) -> None:
        # narrow (small screen, 素材库 open): each name above its box, so box and 有意留空 keep their room
        super().resizeEvent(event)
        policy = QFormLayout.RowWrapPolicy
        wanted = policy.WrapAllRows if event.size().width() < NARROW_FORM else policy.WrapLongRows
        if self._form.rowWrapPolicy() != wanted:
            self._form.setRowWrapPolicy(wanted)

    def schedule_refresh(self) -> None:
        self._refresh_timer.start()

    def refresh_fields(self) -> None:
        """Fields come and go with the text ({{ 新字段 }}); rebuild only when the list changed."""
        if [name for name, _ in form_fields(self.doc.outline)] != self._names:
            self.rebuild()

    def _row(self, name: str, box: LineBox, blank: QCheckBox) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(box, 1)
        if name == "日期":
            self._add_calendar(row, box)
        row.addWidget(blank)
        return holder

    def _blank_toggled(self, name: str, on: bool) -> None:
        blank = self._blank_value()
        if on and self.doc.outline.field(name) != blank:
            self.doc.set_field(name, blank, typing=False)
        elif not on and self.doc.outline.field(name) == blank:
            self.doc.set_field(name, "", typing=False)
            self.focus_field(name)

    @staticmethod
    def _blank_value() -> str:
        from speechwriter.render import NONE_VALUE

        return NONE_VALUE

    def _add_calendar(self, row: QHBoxLayout, box: LineBox) -> None:
        box.setMinimumWidth(box.fontMetrics().horizontalAdvance("2026年12月30日") + 16)   # a whole date shows
        button = QToolButton()
        button.setText("日历")
        button.setToolTip("从日历中选择日期，或选“今天”")
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        today = menu.addAction("今天")
        calendar = QCalendarWidget()
        calendar.setGridVisible(True)
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)
        button.setMenu(menu)
        # the arrow a menu button draws in its corner is not in its size hint: room for it, or it covers 历
        arrow = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
        button.setMinimumWidth(button.sizeHint().width() + arrow)
        self.calendar_button = button

        def picked(date: QDate):
            box.setText(chinese_date(date))
            self.doc.set_field("日期", box.text(), typing=False)
            menu.close()

        calendar.clicked.connect(picked)
        today.triggered.connect(lambda _c=False: picked(QDate.currentDate()))
        row.addWidget(button)

    def _show_value(self, name: str) -> None:
        box = self.boxes.get(name)
        if box is None:
            self.refresh_fields()
            return
        value = self.doc.outline.field(name)
        blank = value == self._blank_value()
        box.set_text_quietly("" if blank else value)
        if not box.hasFocus():
            box.setCursorPosition(0)   # a long title shows its beginning, not its last words
        box.setEnabled(not blank)
        box.setPlaceholderText("有意留空，导出时不印这一项" if blank else HINTS.get(name, ""))
        check = self.blanks.get(name)
        if check is not None and check.isChecked() != blank:
            blocked = check.blockSignals(True)
            check.setChecked(blank)
            check.blockSignals(blocked)
        self._tint(name)

    def _tint(self, name: str) -> None:
        box = self.boxes.get(name)
        if box is not None:
            empty = not box.text().strip() and self.doc.outline.field(name) != self._blank_value()
            box.setStyleSheet(MISSING_STYLE if empty and name in self.required else "")
            box.setToolTip("必填，导出前请填写" if empty and name in self.required else "")

    def names(self) -> list[str]:
        """The fields the form shows, in order (插入 → 字段 offers them)."""
        return list(self._names) if self._names else [name for name, _ in form_fields(self.doc.outline)]

    def missing(self) -> list[str]:
        return missing_fields(self.doc.outline)

    def focus_field(self, name: str) -> None:
        box = self.boxes.get(name)
        if box is not None:
            box.setFocus(Qt.FocusReason.OtherFocusReason)
