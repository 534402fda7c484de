"""Never losing typed work: the recovery copy a few seconds after typing stops, and the offer to
restore it after a crash.

The copy is written AUTOSAVE_DELAY_MS after the last change (so a crash loses at most those few
seconds), at least every AUTOSAVE_MAX_WAIT_S while typing goes on without a pause, when the window
loses focus, and never while nothing changed since the last copy.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal

from speechwriter.errors import UserError
from speechwriter.gui.document import Document
from speechwriter.gui.files.recovery import Leftover, RecoveryStore
from speechwriter.gui.prompts import Prompts

AUTOSAVE_DELAY_MS = 3_000
AUTOSAVE_MAX_WAIT_S = 30      # a long stretch of typing without a pause is copied at least this often


class Autosaver(QObject):
    message = Signal(str)

    def __init__(self, doc: Document, recovery: RecoveryStore, parent: QObject | None = None):
        super().__init__(parent)
        self.doc, self.recovery = doc, recovery
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.write_now)
        self._waiting_since: float | None = None
        doc.changed.connect(self._changed)

    def _changed(self) -> None:
        """Each change restarts the wait (written once typing stops); typing that never pauses is
        still copied every AUTOSAVE_MAX_WAIT_S."""
        now = time.monotonic()
        if self._waiting_since is None:
            self._waiting_since = now
        if now - self._waiting_since >= AUTOSAVE_MAX_WAIT_S:
            self.write_now()
        else:
            self._timer.start()

    def write_now(self) -> bool:
        """Write the recovery copy if there is unsaved work not yet copied; True when written."""
        self._timer.stop()
        self._waiting_since = None
        if not self.doc.needs_autosave():
            return False
        try:
            self.recovery.write(self.doc.outline, self.doc.path)
        except UserError as err:
            self.message.emit(f"自动保存失败：{err.message}")
            return False
        self.doc.mark_autosaved()
        return True

    def stop(self) -> None:
        self._timer.stop()


def summary_of(leftover: Leftover) -> str:
    """What a recovery copy holds, for the question: when, title, sections, 字数, the first headings."""
    lines = [leftover.describe()]
    try:
        outline = leftover.load()
    except UserError as err:
        return f"{lines[0]}\n（这份恢复副本读不出来：{err.message}）"
    from speechwriter.outline.count import outline_chars

    title = outline.field("标题").strip()
    if title:
        lines.append(f"标题：{title}")
    headings = [s.heading.strip() for s in outline.sections if s.heading.strip()]
    lines.append(f"共 {len(list(outline.walk()))} 个小节，{outline_chars(outline)} 字")
    if headings:
        shown = "、".join(headings[:3]) + ("……" if len(headings) > 3 else "")
        lines.append(f"要点：{shown}")
    return "\n".join(lines)


def offer_recovery(recovery: RecoveryStore, prompts: Prompts, doc: Document) -> bool:
    """After a crash: show what the newest copy holds and restore it if the clerk says so.

    Declining asks a second question before anything is deleted; kept copies are offered again at
    the next start. True when an outline was restored into `doc`."""
    leftovers = recovery.leftovers()
    if not leftovers:
        return False
    newest = leftovers[0]
    more = f"\n（另有 {len(leftovers) - 1} 份更早的恢复副本）" if len(leftovers) > 1 else ""
    if not prompts.ask_yes_no("讲稿助手上次没有正常关闭，是否恢复未保存的讲稿？", summary_of(newest) + more):
        if prompts.ask_yes_no("删除这些恢复副本吗？",
                              "删除后无法找回。选“否”则保留，下次启动时再询问。"):
            for item in leftovers:
                item.discard()
        return False
    try:
        outline = newest.load()
    except UserError as err:
        prompts.show_message("恢复失败", err.message, "error")
        return False
    doc.load(outline, newest.source, modified=True)
    recovery.write(outline, newest.source)   # this session now guards the restored work
    newest.discard()
    return True
