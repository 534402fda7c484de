"""导出 Word / 导出 PDF / 打印… / 排版设置: the clerk's ways out of the editor, all from the same blocks.

Like FileFlows, this gets only what it works with — the document, the prompts (by intent, so tests
script them) and the settings — and reports through signals. Exporting over an existing file asks
first (替换 / 另存为 / 取消); 替换 keeps the old file as 名称.bak.docx.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices

from speechwriter import filetypes
from speechwriter.errors import UserError
from speechwriter.gui import prompts as P
from speechwriter.gui.document import Document
from speechwriter.gui.editor.field_form import missing_fields
from speechwriter.gui.files.file_flows import safe_name
from speechwriter.gui.settings import Settings


class OutputFlows(QObject):
    message = Signal(str)             # for the status bar
    fields_missing = Signal(str)      # export refused: show 基本信息 at this field
    review_requested = Signal()       # the clerk chose 「去校对」 before an export: show the 校对 panel

    def __init__(self, doc: Document, prompts: P.Prompts, settings: Settings, parent: QObject | None = None):
        super().__init__(parent)
        self.doc, self.prompts, self.settings = doc, prompts, settings

    # the layout this speech is printed with ------------------------------------------------------
    def layout(self):
        """The speech's own 排版设置 (a new speech starts from the clerk's defaults, see FileFlows)."""
        from speechwriter.render import LayoutOptions

        return LayoutOptions.from_dict(self.doc.outline.layout)

    def _layout_or_say(self, title: str):
        """The speech's layout, or None after telling the clerk (under `title`) what in it is wrong."""
        try:
            return self.layout()
        except UserError as err:
            self.prompts.show_message(title, err.message, "error")
            return None

    def edit_layout(self) -> bool:
        """排版设置…: the dialog; the result goes into the speech (one undo step) and becomes the
        default for new speeches when the clerk ticks 设为默认."""
        try:
            current = self.layout()
        except UserError as err:
            self.prompts.show_message("排版设置有误", err.message, "warning")
            from speechwriter.render import LayoutOptions

            current = LayoutOptions()
        answer = self.prompts.choose_layout(current)
        if answer is None:
            return False
        options, as_default = answer
        self.doc.set_layout(options.to_dict())
        if as_default:
            self.settings.set_layout(options.to_dict())
        self.message.emit("排版设置已更新，预览与导出都按新的设置。")
        return True

    # export ----------------------------------------------------------------------------------------
    def _ready(self) -> bool:
        missing = missing_fields(self.doc.outline)
        if missing:
            self.prompts.show_message("还有必填项没有填写", "请先在“基本信息”中填写：" + "、".join(missing), "warning")
            self.fields_missing.emit(missing[0])
            return False
        return True

    def _checked_before_export(self) -> bool:
        """校对 first: leftovers (××, sample wording, a wrong 讲三点 …) are shown, never exported silently."""
        from speechwriter.check import check_outline

        try:
            findings = [f for f in check_outline(self.doc.outline) if f.severity != "info"]
        except UserError:
            return True   # the export itself names what is wrong
        if not findings:
            return True
        answer = self.prompts.review_findings(findings)
        if answer == P.REVIEW:
            self.review_requested.emit()
        return answer == P.EXPORT_ANYWAY

    def safe_target(self, path: str, title: str, file_filter: str, kind: filetypes.FileType) -> tuple[str, bool] | None:
        """(path to write, keep a backup) after asking about an existing file; None: cancelled."""
        while Path(path).exists():
            answer = self.prompts.ask_replace(path)
            if answer == P.REPLACE:
                return path, True
            if answer != P.SAVE_AS:
                return None
            chosen = self.prompts.choose_save_file(title, path, file_filter, confirm_overwrite=False)
            if not chosen:
                return None
            path = kind.with_suffix(chosen)
        return path, False

    def _write(self, path: str, backup: bool, write) -> bool:
        from speechwriter.core.atomic import keep_backup

        try:
            kept = keep_backup(path) if backup else None
            notes = write(path) or []
        except UserError as err:
            self.prompts.show_message("导出失败", err.message, "error")
            return False
        self.settings.set_last_folder(Path(path).parent)
        # the file's name (the box that follows shows where, and opens the folder): a full path ran
        # under the length at the status bar's right end
        done = f"已导出“{Path(path).name}”" + (f"，原文件已备份为“{kept.name}”" if kept else "")
        self.message.emit(done)
        for note in notes:
            self.prompts.show_message("单位模板缺少样式", note, "info")
        after = self.prompts.offer_after_export(path)
        target = path if after == P.OPEN_FILE else str(Path(path).parent) if after == P.OPEN_FOLDER else None
        if target:
            QDesktopServices.openUrl(QUrl.fromLocalFile(target))
        return True

    def export_docx(self) -> bool:
        if not self._ready() or not self._checked_before_export():
            return False
        from speechwriter.render import FONT_SETS, export_docx

        options = self._layout_or_say("无法导出")
        if options is None:
            return False
        outline = self.doc.outline
        sets = list(FONT_SETS) + ([options.fonts] if options.fonts not in FONT_SETS else [])
        # the template is the outline's own (chosen in 基本信息): the export prints what the preview shows
        choice = self.prompts.choose_export(self._suggested(filetypes.WORD_OUT), [outline.template], outline.template,
                                            [options.fonts] + [s for s in sets if s != options.fonts],
                                            self.settings.reference_template(outline.kind))
        if choice is None:
            return False
        reference = getattr(choice, "reference", "") or ""
        self.settings.set_reference_template(outline.kind, reference)
        target = self.safe_target(filetypes.WORD_OUT.with_suffix(choice.path), "导出 Word", filetypes.WORD_OUT_FILTER,
                                  filetypes.WORD_OUT)
        if target is None:
            return False
        chosen = options if choice.font_set == options.fonts else options.with_(fonts=choice.font_set)
        return self._write(target[0], target[1], lambda p: export_docx(
            outline, p, font_set=chosen, reference=reference or None))

    def export_pdf(self, path: str | None = None) -> bool:
        if not self._ready() or not self._checked_before_export():
            return False
        path = path or self.prompts.choose_save_file("导出 PDF", self._suggested(filetypes.PDF_OUT), filetypes.PDF_OUT_FILTER,
                                                     confirm_overwrite=False)
        if not path:
            return False
        target = self.safe_target(filetypes.PDF_OUT.with_suffix(path), "导出 PDF", filetypes.PDF_OUT_FILTER,
                                  filetypes.PDF_OUT)
        if target is None:
            return False
        from speechwriter.render import export_pdf

        options = self._layout_or_say("无法导出")
        if options is None:
            return False
        return self._write(target[0], target[1], lambda p: export_pdf(self.doc.outline, p, font_set=options))

    def print_speech(self, large: bool = False) -> bool:
        """打印…: the print preview (the system's printers, page setup, 打印 button) of the same pages;
        `large`: the 大字版 reading copy for the podium, whatever the speech's own layout says."""
        if not self._ready():
            return False
        from speechwriter.render import render_blocks
        from speechwriter.render.layout import lay_out

        options = self._layout_or_say("无法打印")
        if options is None:
            return False
        try:
            laid = lay_out(render_blocks(self.doc.outline), options.with_(large_print=True) if large else options)
        except UserError as err:
            self.prompts.show_message("无法打印", err.message, "error")
            return False
        printed = self.prompts.print_preview(laid, self.doc.display_name() + ("（大字版）" if large else ""))
        if printed:
            self.message.emit(f"已送往打印机：{len(laid.pages)} 页")
        return printed

    def _suggested(self, file_type: filetypes.FileType) -> str:
        folder = Path(self.settings.save_folder(self.doc.path))
        return str(folder / (safe_name(self.doc.display_name()) + file_type.suffixes[0]))
