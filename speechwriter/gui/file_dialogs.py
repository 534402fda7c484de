"""Qt's own file dialog (where the desktop has none of its own) all in Chinese.

Qt's Chinese translation leaves a few words of its file dialog in English; the labels are set
here, and the 详细信息 columns are shown through `ChineseFileColumns`. Imported when a dialog is
first asked for, not while the window first appears (its Qt types cost start-up time).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QIdentityProxyModel, Qt
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QWidget


class ChineseFileColumns(QIdentityProxyModel):
    """The columns of Qt's own file dialog as a Chinese desktop shows them: 文件夹 (Qt's Chinese
    translation leaves “Folder”), sizes in 字节/KB/MB (Qt writes “4.88 KiB”) and dates as 2026/3/15 09:30."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        source = self.sourceModel()
        if role != Qt.ItemDataRole.DisplayRole or not isinstance(source, QFileSystemModel) or index.column() == 0:
            return super().data(index, role)
        inner = self.mapToSource(index)
        if source.isDir(inner):
            return {2: "文件夹", 1: ""}.get(index.column(), _chinese_time(source, inner))
        if index.column() == 1:
            return chinese_size(source.size(inner))
        if index.column() == 3:
            return _chinese_time(source, inner)
        return super().data(index, role)


def chinese_size(size: int) -> str:
    if size < 1024:
        return f"{size} 字节"
    for unit in ("KB", "MB", "GB"):
        size_in_unit = size / 1024
        if size_in_unit < 1024 or unit == "GB":
            return f"{size_in_unit:.1f} {unit}" if size_in_unit < 10 else f"{size_in_unit:.0f} {unit}"
        size = int(size_in_unit)
    return ""


def _chinese_time(source: QFileSystemModel, index) -> str:
    when = source.lastModified(index)
    return when.toString("yyyy/M/d HH:mm") if when.isValid() else ""


def file_dialog(parent: QWidget | None, title: str, folder: str, file_filter: str | None,
                mode: QFileDialog.FileMode, save: bool = False, confirm_overwrite: bool = True) -> QFileDialog:
    """A file dialog: the system's own where there is one (Windows, a desktop with a file chooser),
    else Qt's, whose labels and columns Qt's Chinese translation leaves in English are set here."""
    dialog = QFileDialog(parent, title, folder)
    dialog.setFileMode(mode)
    if file_filter:
        dialog.setNameFilter(file_filter)
    if save and not confirm_overwrite:
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDirectory(str(Path(folder).parent))
        dialog.selectFile(Path(folder).name)
    if mode == QFileDialog.FileMode.Directory:
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    label = QFileDialog.DialogLabel
    for which, text in ((label.LookIn, "查找范围(&L)："), (label.FileName, "文件名(&N)："),
                        (label.FileType, "文件类型(&T)："),
                        (label.Accept, "保存(&S)" if save else "打开(&O)"), (label.Reject, "取消")):
        dialog.setLabelText(which, text)
    dialog.setProxyModel(ChineseFileColumns(dialog))   # (Qt's own dialog only; a system one ignores it)
    return dialog


def run_file_dialog(parent: QWidget | None, title: str, folder: str, file_filter: str | None,
                    mode: QFileDialog.FileMode, save: bool = False, confirm_overwrite: bool = True) -> list[str]:
    """The paths chosen in `file_dialog` (none: cancelled)."""
    dialog = file_dialog(parent, title, folder, file_filter, mode, save, confirm_overwrite)
    return dialog.selectedFiles() if dialog.exec() else []
