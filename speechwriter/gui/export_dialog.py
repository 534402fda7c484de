"""导出 Word: where to, which template, which font set."""

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


@dataclass
class ExportChoice:
    path: str
    template: str
    font_set: str


FONT_SET_HINTS = {"公文字体": "方正小标宋、仿宋_GB2312、黑体、楷体_GB2312（机关电脑常用）",
                  "系统自带": "宋体、仿宋、黑体、楷体（Windows/WPS 自带，不装字体也能正常显示）"}


class ExportDialog(QDialog):
    def __init__(self, suggested_path: str, templates: list[str], template: str, font_sets: list[str],
                 parent: QWidget | None = None):
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
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("导出")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(560, self.sizeHint().height())

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "导出为", self.path.text(), "Word 文档 (*.docx)")
        if path:
            self.path.setText(path)

    def choice(self) -> ExportChoice | None:
        path = self.path.text().strip()
        if not path:
            return None
        if not path.lower().endswith(".docx"):
            path += ".docx"
        return ExportChoice(str(Path(path)), self.template.currentText(), self.font_set.currentText())
