"""导出 Word: where to, which template, which font set, and the office's own Word template (单位模板)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from speechwriter import filetypes
from speechwriter.gui.file_dialogs import run_file_dialog
from speechwriter.render.options import FONT_SET_HINTS


@dataclass
class ExportChoice:
    path: str
    template: str
    font_set: str
    reference: str = ""   # the office's Word template (.docx), "" for the built-in GB/T 9704 layout


class ExportDialog(QDialog):
    def __init__(self, suggested_path: str, templates: list[str], template: str, font_sets: list[str],
                 parent: QWidget | None = None, reference: str = ""):
        super().__init__(parent)
        self.setWindowTitle("导出 Word 文档")
        form = QFormLayout(self)
        self.path = QLineEdit(suggested_path)
        browse = QPushButton("浏览…")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form.addRow("保存为", row)
        self.template = QComboBox()
        self.template.addItems(templates)
        if template in templates:
            self.template.setCurrentText(template)
        if len(templates) == 1:  # the outline's own template: changed in 基本信息, where the preview follows
            self.template.setEnabled(False)
            self.template.setToolTip("模板在编辑页“基本信息”中选择，预览和导出用同一个模板")
        form.addRow("模板", self.template)
        self.font_set = QComboBox()
        self.font_set.addItems(font_sets)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color:#666")
        self.font_set.currentTextChanged.connect(lambda name: self.hint.setText(FONT_SET_HINTS.get(name, "")))
        self.hint.setText(FONT_SET_HINTS.get(self.font_set.currentText(), ""))
        form.addRow("字体", self.font_set)
        form.addRow("", self.hint)
        self.reference = QLineEdit(reference)
        self.reference.setPlaceholderText("不用（按公文格式排版）")
        self.reference.setToolTip("本单位的 Word 模板（如“本单位讲话稿模板.docx”）：沿用其页面设置、页眉页脚和"
                                  "样式（标题、标题 1–3、正文）。按文种记住。")
        pick = QPushButton("选择…")
        pick.clicked.connect(self._pick_reference)
        clear = QPushButton("不用")
        clear.clicked.connect(self.reference.clear)
        row = QHBoxLayout()
        row.addWidget(self.reference, 1)
        row.addWidget(pick)
        row.addWidget(clear)
        form.addRow("单位模板", row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("导出")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(560, self.sizeHint().height())

    def _browse(self) -> None:
        # no overwrite question here: the export asks 替换 / 另存为 / 取消 itself and keeps a .bak
        paths = run_file_dialog(self, "导出为", self.path.text(), filetypes.WORD_OUT_FILTER, QFileDialog.FileMode.AnyFile,
                                save=True, confirm_overwrite=False)
        if paths:
            self.path.setText(paths[0])

    def _pick_reference(self) -> None:
        paths = run_file_dialog(self, "选择本单位的 Word 模板", self.reference.text() or str(Path(self.path.text()).parent),
                                filetypes.WORD_REFERENCE_FILTER, QFileDialog.FileMode.ExistingFile)
        if paths:
            self.reference.setText(paths[0])

    def choice(self) -> ExportChoice | None:
        path = self.path.text().strip()
        if not path:
            return None
        return ExportChoice(str(Path(filetypes.WORD_OUT.with_suffix(path))), self.template.currentText(), self.font_set.currentText(),
                            self.reference.text().strip())
