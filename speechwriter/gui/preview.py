"""The live preview (HTML from the same pipeline as the .docx) and the 字数 / speaking-time bar."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QTextBrowser, QVBoxLayout, QWidget

from speechwriter.gui.busy_indicator import OVER_STYLE
from speechwriter.gui.document import Document
from speechwriter.outline import count

PREVIEW_DELAY_MS = 300  # typing stays smooth: the preview follows a moment later
# the preview renders on the window's thread: a template or text that loops or grows without end is
# stopped after this long (export allows the full budget, render/sandbox.py) and named in the pane
PREVIEW_BUDGET_S = 1.5
PREVIEW_BUDGET_STEPS = 1_000_000   # … or after this many loop steps and calls, whichever comes first


def minutes_text(minutes: float) -> str:
    whole = int(minutes)
    seconds = int(round((minutes - whole) * 60))
    if seconds == 60:
        whole, seconds = whole + 1, 0
    return f"{whole} 分 {seconds:02d} 秒" if whole else f"{seconds} 秒"


def length_text(outline, rate: int) -> tuple[str, str, bool]:
    """(全文 N 字，约 M 分 S 秒, the 篇幅目标's note: how much is left or how much to cut, over?)."""
    chars = count.outline_chars(outline)
    minutes = count.speaking_minutes(chars, rate)
    head = f"全文 {chars} 字，约 {minutes_text(minutes)}"
    target = outline.target_minutes
    over = bool(target) and minutes > (target or 0)
    note = ""
    if target and over:
        extra = minutes - target
        note = f"（目标 {target} 分钟，超出约 {minutes_text(extra)}，需删约 {int(extra * rate + 0.5)} 字）"
    elif target:
        note = f"（目标 {target} 分钟，还可写约 {int((target - minutes) * rate)} 字）"
    return head, note, over


class PreviewPane(QWidget):
    rate_changed = Signal(int)
    length_changed = Signal(str, str, bool)   # the count line (count, target note) and whether it is over
    over_target = False     # the speech is longer than its 篇幅目标 (the count line is amber)

    def __init__(self, doc: Document, rate: int, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.section_id: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName("预览")
        # the page is scaled to the pane (render.page_scale): a whole line of the page, as it prints,
        # fits across; a resize lays it out again a moment later
        self.browser.viewport().installEventFilter(self)
        self._laid_out_width = 0
        self.problems: list[str] = []
        self.problem_note = QLabel()
        self.problem_note.setWordWrap(True)
        self.problem_note.setStyleSheet("background:#fff4d6; color:#7a4b00; padding:4px;")
        self.problem_note.setAccessibleName("预览提示")
        self.problem_note.setVisible(False)
        layout.addWidget(self.problem_note)
        layout.addWidget(self.browser, 1)
        # the counts on a line of their own: a narrow pane (small screen, 素材库 open) never cuts them
        self.total_label = QLabel()
        self.total_label.setWordWrap(True)
        self.total_label.setAccessibleName("全文字数")
        layout.addWidget(self.total_label)
        self.section_label = QLabel()
        self.section_label.setWordWrap(True)
        bar = QHBoxLayout()
        self.rate = QSpinBox()
        self.rate.setRange(100, 400)
        self.rate.setSingleStep(10)
        self.rate.setSuffix(" 字/分")
        self.rate.setValue(rate)
        self.rate.setToolTip("讲话语速，用于估算时长")
        self.rate.valueChanged.connect(self._rate_edited)
        bar.addWidget(self.section_label, 1)   # beside 语速 while it fits, wrapped onto two lines when not
        bar.addWidget(QLabel("语速"))
        bar.addWidget(self.rate)
        layout.addLayout(bar)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_now)
        doc.changed.connect(self.schedule)
        doc.target_changed.connect(self.update_counts)

    def schedule(self) -> None:
        self._timer.start()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.browser.viewport() \
                and abs(event.size().width() - self._laid_out_width) > 8:
            self.schedule()
        return super().eventFilter(watched, event)

    def show_section(self, section_id: str | None) -> None:
        self.section_id = section_id
        self.update_counts()
        self.scroll_to_section()

    def scroll_to_section(self) -> None:
        """Bring the selected section's heading into view, so the preview follows the tree."""
        if not self.section_id:
            return
        try:
            section = self.doc.section_by_id(self.section_id)
        except Exception:  # noqa: BLE001 - deleted meanwhile
            return
        text = section.heading.strip() or (section.paragraphs()[0][:20] if section.paragraphs() else "")
        if not text or "{{" in text:
            return
        document = self.browser.document()
        found = document.find(text)
        if not found.isNull():
            bar = self.browser.verticalScrollBar()
            top = self.browser.cursorRect(found).top() + bar.value()
            bar.setValue(max(0, top - 40))

    def refresh_now(self) -> None:
        self._timer.stop()
        scroll = self.browser.verticalScrollBar().value()
        self.browser.setHtml(self.render_html())
        self.browser.verticalScrollBar().setValue(scroll)
        # a broken field is shown as written in the page and named here; the rest previews as usual
        self.problem_note.setText("\n".join(self.problems[:3]) + ("\n……" if len(self.problems) > 3 else ""))
        self.problem_note.setVisible(bool(self.problems))
        self.update_counts()

    def render_html(self) -> str:
        """The pipeline's HTML; fields still empty show as 〔讲话人〕 so the draft is readable."""
        from speechwriter.errors import UserError
        from speechwriter.render import outline_fields, to_html
        from speechwriter.render.sandbox import render_budget

        outline = self.doc.outline
        self.problems = []
        try:
            placeholders = {f.name: f"〔{f.name}〕" for f in outline_fields(outline)
                            if f.required and not outline.field(f.name).strip()}
            self._laid_out_width = self.browser.viewport().width()
            with render_budget(PREVIEW_BUDGET_S, PREVIEW_BUDGET_STEPS):
                return to_html(outline, extra_fields=placeholders, problems=self.problems,
                               view_width=self._laid_out_width)
        except UserError as err:
            return f"<p style='color:#a00'>暂时无法预览：{escape(err.message)}</p>"

    def update_counts(self) -> None:
        rate = self.rate.value()
        head, note, over = length_text(self.doc.outline, rate)
        self.total_label.setText(head + note)
        self.total_label.setStyleSheet(OVER_STYLE if over else "")
        self.over_target = over
        self.length_changed.emit(head, note, over)
        totals = count.section_totals(self.doc.outline)
        if self.section_id in totals:
            part = totals[self.section_id][0]
            self.section_label.setText(f"本节 {part} 字，约 {minutes_text(count.speaking_minutes(part, rate))}")
        else:
            self.section_label.setText("")

    def _rate_edited(self, value: int) -> None:
        self.update_counts()
        self.rate_changed.emit(value)
