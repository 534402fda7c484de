"""排版设置: one row per entry of render.options.OPTIONS, so a new option needs no new widget code."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from speechwriter.render.options import CUSTOM, FONT_SET_HINTS, FONT_SETS, OPTIONS, LayoutOptions

_CUSTOM_SLOTS = ("title_font", "body_font", "hei_font", "kai_font")


class LayoutDialog(QDialog):
    def __init__(self, options: LayoutOptions, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("排版设置")
        form = QFormLayout(self)
        self.editors: dict[str, QWidget] = {}
        current = options.to_dict()
        for option in OPTIONS:
            value = current.get(option.name, option.default)
            editor: QWidget
            if option.type is bool:
                editor = QCheckBox(option.label)
                editor.setChecked(bool(value))
                form.addRow("", editor)
            elif option.type is float:
                editor = QDoubleSpinBox()
                editor.setRange(*option.choices)
                editor.setDecimals(2)
                editor.setSingleStep(0.5)
                editor.setSuffix(" 磅")
                editor.setValue(float(value))
                form.addRow(option.label.split("（")[0], editor)
            elif option.choices:
                editor = QComboBox()
                editor.addItems(list(option.choices))
                editor.setCurrentText(str(value))
                form.addRow(option.label, editor)
            else:
                editor = QLineEdit(str(value))
                role = option.name.removesuffix("_font")
                editor.setPlaceholderText(f"留空即用 {FONT_SETS['公文字体'].get(role, '')}")
                form.addRow(option.label, editor)
            if option.hint:
                editor.setToolTip(option.hint)
            editor.setObjectName(option.name)
            self.editors[option.name] = editor
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color:#666")
        # a wrapped label in a form is given one line's height (Qt lays a dialog out before it knows
        # the label's width): room for the longest hint in two lines, so its second line is never cut
        metrics = self.hint.fontMetrics()
        longest = max(len(text) for text in FONT_SET_HINTS.values())
        self.hint.setMinimumWidth(metrics.horizontalAdvance("字") * (longest + 1) // 2)
        self.hint.setMinimumHeight(metrics.lineSpacing() * 2 + 2)
        form.insertRow(1, "", self.hint)
        fonts = self.editors["fonts"]
        assert isinstance(fonts, QComboBox)
        fonts.currentTextChanged.connect(self._fonts_changed)
        self._fonts_changed(fonts.currentText())
        self.default = QCheckBox("同时设为新讲稿的默认排版")
        form.addRow("", self.default)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                                   | QDialogButtonBox.StandardButton.RestoreDefaults)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("确定")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        restore = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.setText("恢复公文格式")
        restore.clicked.connect(lambda: self.set_options(LayoutOptions()))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _fonts_changed(self, name: str) -> None:
        self.hint.setText(FONT_SET_HINTS.get(name, ""))
        for slot in _CUSTOM_SLOTS:
            self.editors[slot].setEnabled(name == CUSTOM)

    def set_options(self, options: LayoutOptions) -> None:
        values = {o.name: getattr(options, o.name) for o in OPTIONS}
        for name, editor in self.editors.items():
            value = values[name]
            if isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
            elif isinstance(editor, QDoubleSpinBox):
                editor.setValue(float(value))
            elif isinstance(editor, QComboBox):
                editor.setCurrentText(str(value))
            elif isinstance(editor, QLineEdit):
                editor.setText(str(value))

    def values(self) -> dict:
        result: dict[str, object] = {}
        for name, editor in self.editors.items():
            if isinstance(editor, QCheckBox):
                result[name] = editor.isChecked()
            elif isinstance(editor, QDoubleSpinBox):
                result[name] = round(editor.value(), 2)
            elif isinstance(editor, QComboBox):
                result[name] = editor.currentText()
            elif isinstance(editor, QLineEdit):
                result[name] = editor.text().strip()
        return result

    def options(self) -> LayoutOptions:
        return LayoutOptions.from_dict(self.values())

    def as_default(self) -> bool:
        return self.default.isChecked()
