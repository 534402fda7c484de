"""The live preview (HTML from the same pipeline as the .docx) and the 字数 / speaking-time bar."""

from __future__ import annotations

import copy
from html import escape

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QTextBrowser, QVBoxLayout, QWidget

from speechwriter import defaults
from speechwriter.gui.busy_indicator import OVER_STYLE
from speechwriter.gui.document import Document
from speechwriter.gui.unbroken import unbroken_clauses
from speechwriter.gui.workers import BackgroundTasks
from speechwriter.outline import count

PREVIEW_DELAY_MS = 300  # typing stays smooth: the preview follows a moment later
# the page is rendered on a worker over a copy of the outline; a template or text that loops or
# grows without end is stopped after this long (export allows the full budget, render/sandbox.py)
# and named in the pane, so the worker is soon free for the next edit
PREVIEW_BUDGET_S = 1.5
PREVIEW_BUDGET_STEPS = 1_000_000   # … or after this many loop steps and calls, whichever comes first


def _unavailable(message: str) -> str:
    return f"<p style='color:#a00'>暂时无法预览：{escape(message)}</p>"


def page_html(outline, view_width: int) -> tuple[str, list[str]]:
    """(the pipeline's HTML scaled to `view_width`, the broken fields' messages). Fields still
    empty show as 〔讲话人〕 so the draft is readable. Runs on a worker."""
    from speechwriter.errors import UserError
    from speechwriter.render import draft_fields, to_html, unfilled_fields
    from speechwriter.render.sandbox import render_budget

    problems: list[str] = []
    try:
        placeholders = draft_fields(unfilled_fields(outline))
        with render_budget(PREVIEW_BUDGET_S, PREVIEW_BUDGET_STEPS):
            return to_html(outline, extra_fields=placeholders, problems=problems, view_width=view_width), problems
    except UserError as err:
        return _unavailable(err.message), problems


FOLDED_WIDTH = 40   # a viewport narrower than this is the preview folded away by its splitter edge


def minutes_text(minutes: float) -> str:
    whole = int(minutes)
    seconds = int(round((minutes - whole) * 60))
    if seconds == 60:
        whole, seconds = whole + 1, 0
    return f"{whole} 分 {seconds:02d} 秒" if whole else f"{seconds} 秒"


def length_text(outline) -> tuple[str, str, bool]:
    """(全文 N 字，约 M 分 S 秒, the 篇幅目标's note: how much is left or how much to cut, over?),
    at the outline's rate (the clerk's 语速, Document.set_rate), as the tree and the 校对 count."""
    rate = outline.rate
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
    """The page as it will print, a moment after each edit. It is rendered off the window's thread
    (one render at a time; edits made meanwhile are rendered next), so typing never waits for it;
    `refreshed` fires once the page shows the outline as it stands."""

    refreshed = Signal()
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
        # the page is scaled to the pane (render.html_writer.page_scale): a whole line of the page, as it prints,
        # fits across; a resize lays it out again a moment later
        self.browser.viewport().installEventFilter(self)
        # the scroll bar always there: coming and going with each new page it changed the width by
        # its own, which read as a resize and rendered the page again, three times a second for ever
        self.browser.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self._laid_out_width = 0   # the pane's width the page is being laid out for …
        self._shown_width = 0      # … and the one the page on screen was laid out for
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
        self.rate.setRange(*defaults.RATE_RANGE)
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
        self._tasks = BackgroundTasks(self)   # its own pool: the status bar is not told of every render
        self._again = False        # the outline changed while a render ran: render once more
        self._follow = False       # the selected section changed meanwhile: scroll to it when shown
        self._follow_title = False  # the title was edited: show the top of the page when shown
        doc.changed.connect(self.schedule)
        doc.target_changed.connect(self.update_counts)
        # the clerk's 语速 is the one every count uses (tree, 校对, this bar): it goes into each outline opened
        doc.replaced.connect(lambda: doc.set_rate(self.rate.value()))
        doc.set_rate(rate)

    def schedule(self) -> None:
        self._timer.start()

    def eventFilter(self, watched, event) -> bool:
        # (folded away to a sliver, the page is not laid out again for it: it shows as it was once back)
        if event.type() == QEvent.Type.Resize and watched is self.browser.viewport() \
                and abs(event.size().width() - self._laid_out_width) > 8 and event.size().width() >= FOLDED_WIDTH:
            self.schedule()
        return super().eventFilter(watched, event)

    def show_section(self, section_id: str | None) -> None:
        self.section_id = section_id
        self.update_counts()
        if self._tasks.is_busy():
            self._follow = True   # the page being rendered may be a new one: scroll once it is shown
        self.scroll_to_section()

    def follow(self, section_id: str | None) -> None:
        """Once the page shows the edit just made, bring its place into view: this section's heading
        (its heading edited, material put in), or the title at the top (None: 标题 edited)."""
        if section_id is None:
            self._follow_title = True
        else:
            self.section_id = section_id
            self._follow = True
        if not self.is_busy():   # nothing to wait for: the page already shows it
            self._scroll_to_followed()

    def _scroll_to_followed(self) -> None:
        if self._follow_title:
            self.browser.verticalScrollBar().setValue(0)
        elif self._follow:
            self.scroll_to_section()
        self._follow = self._follow_title = False

    def scroll_to_section(self) -> None:
        """Bring the selected section's heading into view, so the preview follows the tree."""
        if not self.section_id:
            return
        section = self.doc.outline.find(self.section_id)
        if section is None:   # deleted meanwhile
            return
        text = section.heading.strip() or (section.paragraphs()[0][:20] if section.paragraphs() else "")
        if "{{" in text:   # the page shows a field's value: look for the longest run of the words around it
            from speechwriter.core.field_syntax import scan

            text = max((p.text.strip() for p in scan(text) if p.kind == "text"), key=len, default="")
        if not text:
            return
        document = self.browser.document()
        found = document.find(text)
        if not found.isNull():
            found.setPosition(found.selectionStart())   # a heading of two lines: its first line in view
            bar = self.browser.verticalScrollBar()
            top = self.browser.cursorRect(found).top() + bar.value()
            bar.setValue(max(0, top - 40))

    def refresh_now(self) -> None:
        """Render the page for the outline as it stands (on the worker); shown when ready."""
        self._timer.stop()
        if self._tasks.is_busy():
            self._again = True
            return
        width = self.browser.viewport().width()
        # folded away, the page keeps the width it was last laid out at (its type at a sensible size
        # when it comes back), not a sliver's
        self._laid_out_width = width if width >= FOLDED_WIDTH or not self._laid_out_width else self._laid_out_width
        outline = copy.deepcopy(self.doc.outline)   # the worker never sees the outline change under it
        self._tasks.run("预览", page_html, outline, self._laid_out_width, on_done=self._show,
                        on_error=lambda message: self._show((_unavailable(message), [])))

    def is_busy(self) -> bool:
        """A render is running or waiting for the clerk to pause typing."""
        return self._tasks.is_busy() or self._timer.isActive()

    def render_html(self) -> str:
        """The page for the outline as it stands, rendered here and now (what the next refresh shows)."""
        return page_html(self.doc.outline, self.browser.viewport().width())[0]

    def _show(self, result: tuple[str, list[str]]) -> None:
        html, self.problems = result
        bar = self.browser.verticalScrollBar()
        scroll, end = bar.value(), bar.maximum()
        self.browser.setHtml(html)
        if self._shown_width not in (0, self._laid_out_width) and end:
            # laid out at another scale (the pane changed width): the same place is the same share of the page
            bar.setValue(round(scroll / end * bar.maximum()))
        else:
            bar.setValue(scroll)   # the same scale: the same place, to the pixel
        self._shown_width = self._laid_out_width
        # a broken field is shown as written in the page and named here; the rest previews as usual
        self.problem_note.setText("\n".join(self.problems[:3]) + ("\n……" if len(self.problems) > 3 else ""))
        self.problem_note.setVisible(bool(self.problems))
        self.update_counts()
        if not self._again:   # the page shows the latest edit: its place can be found now
            self._scroll_to_followed()
        if self._again:
            self._again = False
            self.refresh_now()
        else:
            self.refreshed.emit()

    def update_counts(self) -> None:
        rate = self.doc.outline.rate
        head, note, over = length_text(self.doc.outline)
        self.total_label.setText(unbroken_clauses(head + note))
        self.total_label.setStyleSheet(OVER_STYLE if over else "")
        self.over_target = over
        self.length_changed.emit(head, note, over)
        totals = count.section_totals(self.doc.outline)
        if self.section_id in totals:
            part = totals[self.section_id][0]
            self.section_label.setText(unbroken_clauses(f"本节 {part} 字，约 {minutes_text(count.speaking_minutes(part, rate))}"))
        else:
            self.section_label.setText("")

    def _rate_edited(self, value: int) -> None:
        self.doc.set_rate(value)
        self.rate_changed.emit(value)
