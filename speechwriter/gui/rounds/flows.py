"""The rounds room's door: 保存为新一轮, 退回, 对照, 打开领导修改稿, 导出带修订的 Word, 修订作者.

Reading the leader's copy, comparing and writing the tracked .docx run on the window's worker
threads (BackgroundTasks); what they produce comes back here, and every change to the outline is a
QUndoCommand (gui/rounds/commands.py) calling Document.do_*.
"""

from __future__ import annotations

import copy
import functools
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from speechwriter import filetypes
from speechwriter.errors import UserError
from speechwriter.gui.rounds.commands import ReplaceText, SetNotes, SetRounds
from speechwriter.outline import rounds

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from speechwriter.gui.document import Document
    from speechwriter.gui.prompts import Prompts
    from speechwriter.gui.rounds.comparison_view import ComparisonView
    from speechwriter.gui.rounds.merge_dialog import MergeDialog
    from speechwriter.gui.settings import Settings
    from speechwriter.gui.workers import BackgroundTasks
    from speechwriter.outline.tree import Note, Outline
    from speechwriter.revise.merge import Merge

WORD_OUT_FILTER = filetypes.dialog_filter("Word 文档", filetypes.WORD_OUT, all_files=False)
WORD_IN_FILTER = filetypes.dialog_filter("Word 文档", filetypes.WORD_OUT)


def comparison_of(old: Outline, new: Outline):
    """(worker thread) the paragraph comparison of two texts as they print."""
    from speechwriter.revise.diff import compare
    from speechwriter.revise.sources import outline_blocks, paragraphs_of

    return compare(paragraphs_of(outline_blocks(old)), paragraphs_of(outline_blocks(new)))


def tracked_bytes(old: Outline, new: Outline, author: str) -> bytes:
    """(worker thread) `new` as .docx with the changes since `old` as Word 修订."""
    from speechwriter.render import outline_options
    from speechwriter.revise.docx_out import tracked_docx
    from speechwriter.revise.sources import outline_blocks

    return tracked_docx(outline_blocks(old), outline_blocks(new), outline_options(new), author or None)[0]


def write_tracked(path: str, old: Outline, new: Outline, author: str) -> str:
    from speechwriter.core.atomic import atomic_write_bytes

    atomic_write_bytes(path, tracked_bytes(old, new, author))
    return path


class RoundsFlows(QObject):
    message = Signal(str)
    compared = Signal(object)       # a ComparisonView shown
    merge_ready = Signal(object)    # a MergeDialog shown
    exported = Signal(str)          # the tracked .docx written

    def __init__(self, doc: Document, prompts: Prompts, settings: Settings, tasks: BackgroundTasks,
                 window: QWidget):
        super().__init__(window)
        self.doc, self.prompts, self.settings, self.tasks, self.window = doc, prompts, settings, tasks, window
        self.views: list[ComparisonView] = []
        self.merge_dialog: MergeDialog | None = None

    # rounds --------------------------------------------------------------------------------------
    def versions(self) -> list[rounds.Version]:
        return rounds.versions(self.doc.outline)

    def save_round(self, name: str | None = None) -> bool:
        outline = self.doc.outline
        if name is None:
            name = self.prompts.ask_text("把当前文字保存为新的一轮，名称：", rounds.suggest_name(outline))
        if name is None:
            return False
        try:
            kept = rounds.make_round(outline, name)
        except UserError as err:
            self.prompts.show_message("没有保存这一轮", err.message, "warning")
            return False
        self.doc.undo_stack.push(SetRounds(self.doc, f"保存为新一轮“{kept.name}”", [*outline.rounds, kept]))
        self.message.emit(f"已保存为第 {len(self.doc.outline.rounds)} 轮“{kept.name}”（{kept.chars} 字）。")
        return True

    def go_back(self, n: int) -> bool:
        """The text of round `n` becomes the current text (undoable); no round is deleted."""
        try:
            result = rounds.gone_back(self.doc.outline, n)
        except UserError as err:
            self.prompts.show_message("无法退回", err.message, "warning")
            return False
        name = self.doc.outline.rounds[n - 1].name
        self.doc.undo_stack.push(ReplaceText(self.doc, f"退回到“{name}”", result))
        self.message.emit(f"已退回到第 {n} 轮“{name}”；各轮都还在，可撤销。")
        return True

    # 对照 ---------------------------------------------------------------------------------------
    def compare(self, old: int, new: int | None = None) -> None:
        """Round `old` against round `new` (None: the current text), shown in a 对照 view."""
        listed = self.versions()
        try:
            before = rounds.round_text(self.doc.outline, old)
            after = rounds.snapshot(self.doc.outline) if new is None else rounds.round_text(self.doc.outline, new)
        except UserError as err:
            self.prompts.show_message("无法对照", err.message, "warning")
            return
        old_name = listed[old - 1].name
        new_name = "当前稿" if new is None else listed[new - 1].name
        self.tasks.run("正在对照…", comparison_of, before, after,
                       on_done=lambda diffs: self._show_comparison(diffs, old_name, new_name),
                       on_error=lambda message: self.prompts.show_message("无法对照", message, "warning"))

    def _show_comparison(self, diffs, old_name: str, new_name: str) -> None:
        from speechwriter.gui.rounds.comparison_view import ComparisonView

        view = ComparisonView(diffs, old_name, new_name, self.window)
        self.views.append(view)
        view.show()
        self.compared.emit(view)

    # the leader's copy ---------------------------------------------------------------------------
    def open_leader_copy(self, path: str | None = None) -> None:
        path = path or self.prompts.choose_open_file("打开领导修改稿（Word 修订、批注）", self.settings.last_folder(),
                                                     WORD_IN_FILTER)
        if not path:
            return
        from speechwriter.revise.merge import read_merge

        job = functools.partial(read_merge, copy.deepcopy(self.doc.outline), path)
        self.tasks.run("正在读取领导修改稿…", job, on_done=self._review,
                       on_error=lambda message: self.prompts.show_message("无法合并这份修改稿", message, "warning"))

    def _review(self, merge: Merge) -> None:
        from speechwriter.gui.rounds.merge_dialog import MergeDialog
        from speechwriter.revise.sources import section_names

        dialog = self.merge_dialog = MergeDialog(merge, section_names(merge.sent), self.window)
        dialog.accepted.connect(lambda: self.apply_merge(merge, dialog.chosen()))
        dialog.show()
        self.merge_ready.emit(dialog)

    def apply_merge(self, merge: Merge, accepted: set[int] | None) -> bool:
        outline = self.doc.outline
        changed_since = not rounds.same_text(outline, merge.outline) or len(outline.rounds) != len(merge.outline.rounds)
        if changed_since and not self.prompts.ask_yes_no(
                "打开修改稿之后，提纲又改动过。仍要合并吗？",
                "合并结果以打开修改稿时的提纲为准，之后的改动会被取代（可用“撤销”找回）。"):
            return False
        result = merge.result(accepted)
        self.doc.undo_stack.push(ReplaceText(self.doc, f"合并“{merge.name}”", result))   # its 批注 come along
        taken = sum(1 for c in merge.changes if c.tracked and (accepted is None or set(c.revisions) <= accepted))
        rest = f"，{len(merge.unplaced)} 处未能放入提纲，请手工处理" if merge.unplaced else ""
        self.message.emit(f"已合并“{merge.name}”：接受 {taken} 处修订，存为新的一轮{rest}。")
        return True

    def mark_done(self, note: Note) -> None:
        """A 批注 the clerk has dealt with leaves the list (undoable; kept in the file until then)."""
        notes = list(self.doc.outline.notes)
        if note in notes:
            notes.remove(note)
            self.doc.undo_stack.push(SetNotes(self.doc, f"批注“{note.text[:10]}”已处理", notes))

    # the tracked .docx ---------------------------------------------------------------------------
    def export_tracked(self, since: int, path: str | None = None) -> None:
        """The current text as .docx with the changes since round `since` as Word 修订."""
        try:
            before = rounds.round_text(self.doc.outline, since)
        except UserError as err:
            self.prompts.show_message("无法导出", err.message, "warning")
            return
        if path is None:
            suggested = str(Path(self.settings.save_folder(self.doc.path)) / f"{self.doc.display_name()}（修订）.docx")
            path = self.prompts.choose_save_file("导出带修订的 Word", suggested, WORD_OUT_FILTER)
        if not path:
            return
        path = filetypes.WORD_OUT.with_suffix(path)
        author = self.settings.revision_author()
        self.tasks.run("正在导出带修订的 Word…", write_tracked, path, before, rounds.snapshot(self.doc.outline), author,
                       on_done=self._exported,
                       on_error=lambda message: self.prompts.show_message("没有导出", message, "warning"))

    def _exported(self, path: str) -> None:
        self.message.emit(f"已导出带修订的“{Path(path).name}”：领导在 Word 里能看到这一轮改了哪里。")
        self.exported.emit(path)

    def set_author(self) -> None:
        from speechwriter.revise.author import os_user_name

        name = self.prompts.ask_text("修订显示的作者名（留空则用系统用户名）：", self.settings.revision_author() or os_user_name())
        if name is not None:
            self.settings.set_revision_author(name.strip())
