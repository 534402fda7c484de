"""What the 文件 menu does: new, open, import, save, save as, export — and never losing work.

Every step that can fail on the clerk's input catches UserError and shows its Chinese sentence;
the window goes on. Questions go through the window's Prompts (by intent), so tests script them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from speechwriter.errors import UserError
from speechwriter.gui import prompts as P
from speechwriter.outline.io import SUFFIX, save_outline
from speechwriter.outline.model import Outline, Section


def _with_suffix(path: str, suffix: str) -> str:
    return path if path.lower().endswith(suffix) else path + suffix


def _safe_name(text: str) -> str:
    cleaned = "".join("_" if ch in '\\/:*?"<>|' else ch for ch in text.strip())
    return cleaned[:40] or "讲话稿"


class FileFlows:
    def __init__(self, window):
        self.window = window
        self._imported_speech: tuple[str, object] | None = None   # (file, the outline made from it)

    @property
    def imported_from(self) -> str | None:
        """The speech file the open outline was made from (None once another outline is open)."""
        if self._imported_speech and self._imported_speech[1] is self.doc.outline:
            return self._imported_speech[0]
        return None

    @property
    def doc(self):
        return self.window.doc

    @property
    def prompts(self):
        return self.window.prompts

    @property
    def settings(self):
        return self.window.settings

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
        outline.rate = self.settings.speaking_rate()
        self.doc.load(outline, None)
        self.window.show_editor()
        self.window.editor.show_fields_first()
        self.window.status(f"已按“{structure.name}”新建讲稿，请先填写“基本信息”，再在左侧提纲中逐节修改。")

    def new_blank(self) -> None:
        if not self.confirm_discard():
            return
        outline = Outline(fields={"标题": "", "讲话人": "", "日期": "", "称呼": "同志们："},
                          sections=[Section("opening", body="（在此写开场白。）"),
                                    Section("key_points", heading="（要点标题）", body="（在此展开。）"),
                                    Section("closing", body="（在此写结束语。）")],
                          rate=self.settings.speaking_rate())
        self.doc.load(outline, None)
        self.window.show_editor()
        self.window.editor.show_fields_first()

    # open / import ----------------------------------------------------------------------------
    def open_file(self, path: str | None = None) -> bool:
        if not self.confirm_discard():
            return False
        path = path or self.prompts.choose_open_file("打开讲稿提纲", self.settings.last_folder(), P.OUTLINE_FILTER)
        if not path:
            return False
        try:
            self.doc.open(path)
        except UserError as err:
            self.prompts.show_message("无法打开提纲", err.message, "error")
            if not Path(path).exists():
                self.settings.remove_recent_file(path)
                self.window.refresh_recent()
            return False
        self._remember(path)
        self.window.show_editor()
        self.window.status(f"已打开“{Path(path).name}”")
        return True

    def import_speech(self, path: str | None = None) -> None:
        if not self.confirm_discard():
            return
        path = path or self.prompts.choose_open_file("导入讲话稿", self.settings.last_folder(), P.SPEECH_FILTER)
        if not path:
            return
        self.settings.set_last_folder(Path(path).parent)
        self.window.tasks.run(f"正在分析“{Path(path).name}”…", _speech_to_outline, path,
                              on_done=lambda result: self._imported(path, result),
                              on_error=lambda message: self.prompts.show_message("无法导入讲话稿", message, "error"))

    def _imported(self, path: str, result) -> None:
        outline, count = result
        outline.rate = self.settings.speaking_rate()
        self.doc.load(outline, None, modified=True)
        self._imported_speech = (path, outline)   # 校正讲稿识别 offers this speech first
        self.window.show_editor()
        more = f"（文件中共有 {count} 篇讲话，已导入第一篇）" if count > 1 else ""
        self.window.status(f"已导入“{Path(path).name}”{more}，保存后即成为可重复使用的提纲。")

    # save -------------------------------------------------------------------------------------
    def save(self) -> bool:
        if not self.doc.path:
            return self.save_as()
        return self._save_to(self.doc.path)

    def save_as(self, path: str | None = None) -> bool:
        path = path or self.prompts.choose_save_file("另存为", self._suggested(SUFFIX), P.OUTLINE_FILTER)
        if not path:
            return False
        return self._save_to(_with_suffix(path, SUFFIX))

    def _save_to(self, path: str) -> bool:
        try:
            self.doc.save(path)
        except UserError as err:
            self.prompts.show_message("保存失败", err.message + "\n原文件没有被改动。", "error")
            return False
        self._remember(path)
        self.window.recovery.clear()
        self.window.status(f"已保存到“{path}”")
        return True

    def save_as_new_outline(self, path: str | None = None) -> bool:
        """A fresh copy (new ids, date emptied) to start next year's speech from this one."""
        path = path or self.prompts.choose_save_file("另存为新提纲", self._suggested(SUFFIX, "（新）"),
                                                     P.OUTLINE_FILTER)
        if not path:
            return False
        path = _with_suffix(path, SUFFIX)
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
        self.window.recovery.clear()
        self.window.status(f"已另存为新提纲“{Path(path).name}”，日期已清空，请按新会议修改。")
        return True

    # export -----------------------------------------------------------------------------------
    def export_docx(self) -> bool:
        missing = self.window.editor.field_form.missing()
        if missing:
            self.prompts.show_message("还有必填项没有填写", "请先在“基本信息”中填写：" + "、".join(missing), "warning")
            self.window.editor.tabs.setCurrentWidget(self.window.editor.field_form)
            self.window.editor.field_form.focus_field(missing[0])
            return False
        from speechwriter.render import FONT_SETS, export_docx, list_templates

        try:
            templates = [t.name for t in list_templates()]
        except UserError as err:
            self.prompts.show_message("无法读取模板", err.message, "error")
            return False
        choice = self.prompts.choose_export(self._suggested(".docx"), templates, self.doc.outline.template,
                                           list(FONT_SETS))
        if choice is None:
            return False
        try:
            export_docx(self.doc.outline, choice.path, template=choice.template, font_set=choice.font_set)
        except UserError as err:
            self.prompts.show_message("导出失败", err.message, "error")
            return False
        self.settings.set_last_folder(Path(choice.path).parent)
        self.window.status(f"已导出“{choice.path}”")
        after = self.prompts.offer_after_export(choice.path)
        target = choice.path if after == P.OPEN_FILE else str(Path(choice.path).parent) if after == P.OPEN_FOLDER else None
        if target:
            QDesktopServices.openUrl(QUrl.fromLocalFile(target))
        return True

    def export_text(self, path: str | None = None) -> bool:
        path = path or self.prompts.choose_save_file("导出纯文本", self._suggested(".txt"), "纯文本 (*.txt)")
        if not path:
            return False
        from speechwriter.core.atomic import atomic_write_text
        from speechwriter.render import outline_fields, to_text

        outline = self.doc.outline
        try:
            blanks = {f.name: f"〔{f.name}〕" for f in outline_fields(outline)
                      if f.required and not outline.field(f.name).strip()}
            atomic_write_text(_with_suffix(path, ".txt"), to_text(outline, extra_fields=blanks))
        except UserError as err:
            self.prompts.show_message("导出失败", err.message, "error")
            return False
        self.window.status(f"已导出纯文本“{path}”")
        return True

    # helpers ----------------------------------------------------------------------------------
    def _suggested(self, suffix: str, extra: str = "") -> str:
        folder = Path(self.doc.path).parent if self.doc.path else Path(self.settings.last_folder())
        return str(folder / (_safe_name(self.doc.display_name()) + extra + suffix))

    def _remember(self, path: str) -> None:
        self.settings.add_recent_file(path)
        self.window.refresh_recent()


def _speech_to_outline(path: str):
    """Worker thread: analyse a .txt/.docx speech and turn the first one into an outline."""
    from speechwriter.core.analyzer import analyze_file
    from speechwriter.outline.create import from_speech

    speeches = analyze_file(path)
    if not speeches:
        raise UserError(f"在“{Path(path).name}”中没有找到讲话稿的内容。")
    return from_speech(speeches[0]), len(speeches)
