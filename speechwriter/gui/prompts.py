"""Everything the window asks or tells the clerk through a dialog, by intent.

Window logic never builds a QMessageBox or QFileDialog itself; it calls these methods. Tests hand
the window a scripted object with the same methods instead, so no modal dialog ever blocks them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:   # the dialogs' Qt types are imported when first asked for: not while the window appears
    from PySide6.QtWidgets import QFileDialog, QWidget

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"
OPEN_FILE, OPEN_FOLDER = "open_file", "open_folder"
EXPORT_ANYWAY, REVIEW = "export_anyway", "review"   # before an export, the 校对 found something
REPLACE, SAVE_AS = "replace", "save_as"



class Prompts:
    """Qt dialogs, parented to the main window."""

    def __init__(self, parent: QWidget):
        self._parent = parent

    def show_message(self, headline: str, detail: str = "", level: str = "info") -> None:
        from PySide6.QtWidgets import QMessageBox

        icon = {"info": QMessageBox.Icon.Information, "warning": QMessageBox.Icon.Warning,
                "error": QMessageBox.Icon.Critical}[level]
        box = QMessageBox(icon, "讲稿助手", headline, QMessageBox.StandardButton.Ok, self._parent)
        if detail:
            box.setInformativeText(detail)
        box.button(QMessageBox.StandardButton.Ok).setText("确定")
        box.exec()

    def ask_yes_no(self, question: str, detail: str = "") -> bool:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, "讲稿助手", question,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self._parent)
        box.button(QMessageBox.StandardButton.Yes).setText("是")
        box.button(QMessageBox.StandardButton.No).setText("否")
        if detail:
            box.setInformativeText(detail)
        return box.exec() == QMessageBox.StandardButton.Yes

    def ask_save_changes(self, detail: str = "") -> str:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, "讲稿助手", "当前讲稿有未保存的修改，是否保存？",
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self._parent)
        box.button(QMessageBox.StandardButton.Save).setText("保存")
        box.button(QMessageBox.StandardButton.Discard).setText("不保存")
        box.button(QMessageBox.StandardButton.Cancel).setText("取消")
        if detail:
            box.setInformativeText(detail)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return SAVE
        if answer == QMessageBox.StandardButton.Discard:
            return DISCARD
        return CANCEL

    def _file_dialog(self, title: str, folder: str, file_filter: str | None, mode: QFileDialog.FileMode,
                     save: bool = False, confirm_overwrite: bool = True) -> list[str]:
        from speechwriter.gui.file_dialogs import run_file_dialog

        return run_file_dialog(self._parent, title, folder, file_filter, mode, save, confirm_overwrite)

    def choose_open_file(self, title: str, folder: str, file_filter: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        paths = self._file_dialog(title, folder, file_filter, QFileDialog.FileMode.ExistingFile)
        return paths[0] if paths else None

    def choose_open_files(self, title: str, folder: str, file_filter: str) -> list[str]:
        from PySide6.QtWidgets import QFileDialog

        return self._file_dialog(title, folder, file_filter, QFileDialog.FileMode.ExistingFiles)

    def choose_folder(self, title: str, folder: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        paths = self._file_dialog(title, folder, None, QFileDialog.FileMode.Directory)
        return paths[0] if paths else None

    def choose_save_file(self, title: str, suggested: str, file_filter: str, confirm_overwrite: bool = True) -> str | None:
        """`confirm_overwrite=False` when the caller asks itself (替换 / 另存为 / 取消, keeping a .bak)."""
        from PySide6.QtWidgets import QFileDialog

        paths = self._file_dialog(title, suggested, file_filter, QFileDialog.FileMode.AnyFile, save=True,
                                  confirm_overwrite=confirm_overwrite)
        return paths[0] if paths else None

    def offer_after_export(self, path: str) -> str | None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Information, "讲稿助手", "已导出。", QMessageBox.StandardButton.NoButton,
                          self._parent)
        box.setInformativeText(path)
        open_file = box.addButton("打开文件", QMessageBox.ButtonRole.AcceptRole)
        open_folder = box.addButton("打开所在文件夹", QMessageBox.ButtonRole.ActionRole)
        box.addButton("关闭", QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        if clicked is open_file:
            return OPEN_FILE
        if clicked is open_folder:
            return OPEN_FOLDER
        return None

    def ask_text(self, question: str, default: str = "",
                 check: Callable[[str], str | None] | None = None) -> str | None:
        """The clerk's answer (stripped; "" when left empty) or None when cancelled. With `check`,
        an answer it refuses is named under the box, which stays open for another try."""
        from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout

        dialog = QDialog(self._parent)
        dialog.setWindowTitle("讲稿助手")
        layout = QVBoxLayout(dialog)
        label = QLabel(question)
        label.setWordWrap(True)
        layout.addWidget(label)
        box = QLineEdit(default)
        box.setAccessibleName(question)
        layout.addWidget(box)
        problem = QLabel()
        problem.setWordWrap(True)
        problem.setStyleSheet("color:#a00")
        problem.setVisible(False)
        layout.addWidget(problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("确定")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        layout.addWidget(buttons)

        def answer() -> None:
            error = check(box.text().strip()) if check else None
            if error:
                problem.setText(error)
                problem.setVisible(True)
                box.setFocus()
                box.selectAll()
            else:
                dialog.accept()

        buttons.accepted.connect(answer)
        buttons.rejected.connect(dialog.reject)
        return box.text().strip() if dialog.exec() else None

    def review_findings(self, findings: list) -> str | None:
        """Before an export: what the 校对 found; EXPORT_ANYWAY (「仍然导出」), REVIEW (「去校对」) or None."""
        from PySide6.QtWidgets import QMessageBox

        from speechwriter.check import RULE_NAMES

        lines = finding_lines(findings, RULE_NAMES)
        box = QMessageBox(QMessageBox.Icon.Warning, "讲稿助手", f"校对发现 {len(findings)} 处可能的问题，导出前请看一看：",
                          QMessageBox.StandardButton.NoButton, self._parent)
        box.setInformativeText("\n".join(lines))
        review = box.addButton("去校对", QMessageBox.ButtonRole.AcceptRole)
        anyway = box.addButton("仍然导出", QMessageBox.ButtonRole.DestructiveRole)
        box.addButton("取消", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(review)
        box.exec()
        clicked = box.clickedButton()
        return REVIEW if clicked is review else EXPORT_ANYWAY if clicked is anyway else None

    def choose_export(self, suggested_path: str, templates: list[str], template: str, font_sets: list[str],
                      reference: str = ""):
        """The export dialog; an ExportChoice, or None when cancelled."""
        from speechwriter.gui.output.export_dialog import ExportDialog

        dialog = ExportDialog(suggested_path, templates, template, font_sets, self._parent, reference)
        return dialog.choice() if dialog.exec() else None

    def ask_replace(self, path: str) -> str:
        """An export's file exists already: REPLACE (the old one kept as .bak), SAVE_AS or CANCEL."""
        from pathlib import Path

        from PySide6.QtWidgets import QMessageBox

        from speechwriter.core.atomic import backup_path

        box = QMessageBox(QMessageBox.Icon.Warning, "讲稿助手", f"“{Path(path).name}”已存在，要替换它吗？",
                          QMessageBox.StandardButton.NoButton, self._parent)
        box.setInformativeText(f"替换时，原文件（可能有领导在 Word/WPS 中的修改）会保留为“{backup_path(path).name}”。")
        replace = box.addButton("替换", QMessageBox.ButtonRole.AcceptRole)
        save_as = box.addButton("另存为…", QMessageBox.ButtonRole.ActionRole)
        cancel = box.addButton("取消", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save_as)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        return REPLACE if clicked is replace else SAVE_AS if clicked is save_as else CANCEL

    def choose_layout(self, options):
        """排版设置: (LayoutOptions, set as default) or None when cancelled."""
        from speechwriter.gui.output.layout_dialog import LayoutDialog

        dialog = LayoutDialog(options, self._parent)
        return (dialog.options(), dialog.as_default()) if dialog.exec() else None

    def print_preview(self, laid, name: str) -> bool:
        """The print preview of laid-out pages; True when they were sent to a printer."""
        from speechwriter.gui.output.print_preview import show_print_preview

        return show_print_preview(laid, name, self._parent)


def finding_lines(findings: list, rule_names: dict[str, str], most: int = 8) -> list[str]:
    """The 校对's findings as the box before an export lists them: one line for each kind of problem,
    with how often it occurs ("（共 150 处）"; a half-width comma on every line of a pasted speech
    is one thing to fix, not eight lines of the same words), the first `most` kinds, then how many
    more places there are."""
    counts: dict[tuple[str, str], int] = {}
    for finding in findings:
        key = (finding.rule, finding.message)
        counts[key] = counts.get(key, 0) + 1
    lines, listed = [], 0
    for (rule, message), count in list(counts.items())[:most]:
        lines.append(f"· [{rule_names.get(rule, rule)}] {message}" + (f"（共 {count} 处）" if count > 1 else ""))
        listed += count
    if len(findings) > listed:
        lines.append(f"……还有 {len(findings) - listed} 处")
    return lines
