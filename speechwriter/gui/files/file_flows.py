"""What the 文件 menu does: new, open, import, save, save as, plain-text export — and never losing work
(导出 Word / PDF and 打印 are in output_flows).

Every step that can fail on the clerk's input catches UserError and shows its Chinese sentence;
the window goes on. The flows get what they work with — the document, the prompts (by intent, so
tests script them), the settings, the recovery store and a task runner — and tell the window what
to show through signals; they never reach into it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from speechwriter import filetypes
from speechwriter.errors import UserError
from speechwriter.gui import prompts as P
from speechwriter.gui.document import Document
from speechwriter.gui.files.recovery import RecoveryStore
from speechwriter.gui.settings import Settings
from speechwriter.gui.workers import BackgroundTasks
from speechwriter.outline.io import save_outline
from speechwriter.outline.tree import Outline


def safe_name(text: str) -> str:
    cleaned = "".join("_" if ch in '\\/:*?"<>|' else ch for ch in text.strip())
    return cleaned[:40] or "讲话稿"


class FileFlows(QObject):
    editing = Signal(bool)            # show the editor (True: with 基本信息 first, for a new speech)
    message = Signal(str)             # for the status bar
    recent_changed = Signal()         # the recent-files list changed

    def __init__(self, doc: Document, prompts: P.Prompts, settings: Settings, recovery: RecoveryStore,
                 tasks: BackgroundTasks, parent: QObject | None = None):
        super().__init__(parent)
        self.doc, self.prompts, self.settings = doc, prompts, settings
        self.recovery, self.tasks = recovery, tasks
        self._imported_speech: tuple[str, Outline] | None = None   # (file, the outline made from it)

    @property
    def imported_from(self) -> str | None:
        """The speech file the open outline was made from (None once another outline is open)."""
        if self._imported_speech and self._imported_speech[1] is self.doc.outline:
            return self._imported_speech[0]
        return None

    # the one question before anything replaces the open outline ------------------------------
    def confirm_discard(self) -> bool:
        """True when the open outline may be replaced (saved, or the clerk says so)."""
        if not self.doc.is_modified():
            return True
        answer = self.prompts.ask_save_changes(f"讲稿：{self.doc.display_name()}")
        if answer == P.SAVE:
            return self.save()
        return answer == P.DISCARD

    # new ----------------------------------------------------------------------------------------
    def new_from_structure(self, structure) -> None:
        if not self.confirm_discard():
            return
        from speechwriter.outline.create import from_structure

        outline = from_structure(structure)
        outline.layout = self.settings.default_layout()
        self.doc.load(outline, None)
        self.editing.emit(True)
        self.message.emit(f"已按“{structure.name}”新建讲稿，请先填写“基本信息”，再在左侧提纲中逐节修改。")

    def new_blank(self) -> None:
        if not self.confirm_discard():
            return
        from speechwriter.outline.create import blank

        outline = blank()
        outline.layout = self.settings.default_layout()
        self.doc.load(outline, None)
        self.editing.emit(True)

    # open / import ----------------------------------------------------------------------------
    def open_file(self, path: str | None = None) -> bool:
        """打开: an outline opens; a speech (.txt/.docx) is offered for import, the door a clerk meant."""
        if not self.confirm_discard():
            return False
        path = path or self.prompts.choose_open_file("打开讲稿提纲或讲话稿", self.settings.last_folder(),
                                                     filetypes.OPEN_FILTER)
        if not path:
            return False
        kind = filetypes.type_of(path)
        if kind is not None and kind is not filetypes.OUTLINE:
            name = Path(path).name
            if kind is filetypes.OLD_WORD:
                self.prompts.show_message(f"“{name}”是旧版 Word/WPS 文件",
                                          "请在 Word 或 WPS 中另存为 .docx，再用“导入讲话稿”打开。", "warning")
            elif self.prompts.ask_yes_no(f"“{name}”是讲话稿，不是讲稿提纲。要把它导入为提纲吗？",
                                         "导入会分析它的结构，生成可编辑、可重复使用的提纲；原文件不会改动。"):
                self.import_speech(path, confirmed=True)
            return False
        try:
            self.doc.open(path)
        except UserError as err:
            self.prompts.show_message("无法打开提纲", err.message, "error")
            if not Path(path).exists():
                self.settings.remove_recent_file(path)
                self.recent_changed.emit()
            return False
        self._remember(path)
        self.editing.emit(False)
        self.message.emit(f"已打开“{Path(path).name}”")
        return True

    def import_speech(self, path: str | None = None, confirmed: bool = False) -> None:
        if not confirmed and not self.confirm_discard():
            return
        path = path or self.prompts.choose_open_file("导入讲话稿", self.settings.last_folder(), filetypes.SPEECH_FILTER)
        if not path:
            return
        self.settings.set_last_folder(Path(path).parent)
        self.tasks.run(f"正在分析“{Path(path).name}”…", _speech_to_outline, path,
                              on_done=lambda result: self._imported(path, result),
                              on_error=lambda message: self.prompts.show_message("无法导入讲话稿", message, "error"))

    def _imported(self, path: str, result) -> None:
        outline, count = result
        self.doc.load(outline, None, modified=True)
        self._imported_speech = (path, outline)   # 校正讲话稿的识别 offers this speech first
        self.editing.emit(False)
        more = f"（文件中共有 {count} 篇讲话，已导入第一篇）" if count > 1 else ""
        self.message.emit(f"已导入{_speech_name(outline, path)}{more}，保存后即成为可重复使用的提纲。")

    # save -------------------------------------------------------------------------------------
    def save(self) -> bool:
        if not self.doc.path:
            return self.save_as()
        return self._save_to(self.doc.path)

    def save_as(self, path: str | None = None) -> bool:
        path = path or self.prompts.choose_save_file("另存为", self._suggested(filetypes.OUTLINE.suffixes[0]),
                                                     filetypes.OUTLINE_FILTER)
        if not path:
            return False
        return self._save_to(filetypes.OUTLINE.with_suffix(path))

    def _save_to(self, path: str) -> bool:
        try:
            self.doc.save(path)
        except UserError as err:
            self.prompts.show_message("保存失败", err.message + "\n原文件没有被改动。", "error")
            return False
        self._remember(path)
        self.recovery.clear()
        self.message.emit(f"已保存到“{path}”")
        return True

    def save_as_new_outline(self, path: str | None = None) -> bool:
        """A fresh copy (new ids, date emptied) to start next year's speech from this one."""
        path = path or self.prompts.choose_save_file("另存为新提纲",
                                                     self._suggested(filetypes.OUTLINE.suffixes[0], "（新）"),
                                                     filetypes.OUTLINE_FILTER)
        if not path:
            return False
        path = filetypes.OUTLINE.with_suffix(path)
        twin = self.doc.outline.copy()
        if "日期" in twin.fields:
            twin.fields["日期"] = ""
        try:
            save_outline(twin, path)
        except UserError as err:
            self.prompts.show_message("保存失败", err.message, "error")
            return False
        if self.doc.is_modified() and not self.confirm_discard():
            return True
        self.doc.load(twin, path)
        self._remember(path)
        self.recovery.clear()
        self.message.emit(f"已另存为新提纲“{Path(path).name}”，日期已清空，请按新会议修改。")
        return True

    # export (Word, PDF and print are in output_flows) ---------------------------------------------
    def export_text(self, path: str | None = None) -> bool:
        path = path or self.prompts.choose_save_file("导出纯文本", self._suggested(filetypes.TEXT_OUT.suffixes[0]), filetypes.TEXT_OUT_FILTER)
        if not path:
            return False
        from speechwriter.core.atomic import atomic_write_text
        from speechwriter.render import draft_fields, to_text, unfilled_fields

        outline = self.doc.outline
        try:
            blanks = draft_fields(unfilled_fields(outline))
            atomic_write_text(filetypes.TEXT_OUT.with_suffix(path), to_text(outline, extra_fields=blanks))
        except UserError as err:
            self.prompts.show_message("导出失败", err.message, "error")
            return False
        self.message.emit(f"已导出纯文本“{Path(path).name}”（在“{Path(path).parent.name}”文件夹）")
        return True

    # helpers ----------------------------------------------------------------------------------
    def _suggested(self, suffix: str, extra: str = "") -> str:
        folder = Path(self.settings.save_folder(self.doc.path))
        return str(folder / (safe_name(self.doc.display_name()) + extra + suffix))

    def _remember(self, path: str) -> None:
        self.settings.add_recent_file(path)
        self.recent_changed.emit()


def _speech_to_outline(path: str):
    """Worker thread: analyse a .txt/.docx speech and turn the first one into an outline."""
    from speechwriter.core.analyzer import analyze_file
    from speechwriter.outline.create import from_speech

    speeches = analyze_file(path)
    if not speeches:
        raise UserError(f"在“{Path(path).name}”中没有找到讲话稿的内容。")
    return from_speech(speeches[0]), len(speeches)


def _speech_name(outline, path: str) -> str:
    """How the clerk knows the imported speech: its title as the draft prints it (《在全市…上的讲话》,
    fields filled in), the file's name only when the speech has no title (a sample's file is
    named 003_096c1f6663b99e3a.txt)."""
    from speechwriter.core.field_syntax import fill

    title = fill(outline.field("标题"), outline.fields).strip()
    return f"《{title}》" if title else f"“{Path(path).name}”"
