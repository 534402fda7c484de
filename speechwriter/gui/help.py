"""F1: the window's own help — how the pages work (the README's window section, shipped in
resources/help/) and every keyboard shortcut, read from the actions themselves."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

HELP_FILE = "window.md"


def help_text() -> str:
    from speechwriter.paths import resources_dir

    try:
        return (resources_dir() / "help" / HELP_FILE).read_text(encoding="utf-8")
    except OSError:
        return "（找不到使用说明文件，请重新安装讲稿助手。）"


def shortcuts_html(rows: list[tuple[str, str]]) -> str:
    cells = "".join(f"<tr><td>{escape(what)}</td><td><b>{escape(keys)}</b></td></tr>" for what, keys in rows if keys)
    return f"<table cellpadding='4'><tr><th align='left'>操作</th><th align='left'>快捷键</th></tr>{cells}</table>"


class HelpDialog(QDialog):
    def __init__(self, shortcuts: list[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("讲稿助手 使用说明")
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.guide = QTextBrowser()
        self.guide.setMarkdown(help_text())
        self.guide.setOpenExternalLinks(False)
        self.keys = QTextBrowser()
        self.keys.setHtml(shortcuts_html(shortcuts))
        self.tabs.addTab(self.guide, "使用说明")
        self.tabs.addTab(self.keys, "快捷键")
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText("关闭")
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        if parent is not None:   # never larger than the window it belongs to
            self.resize(min(760, parent.width()), min(620, parent.height()))


def show_help(parent: QWidget, shortcuts: list[tuple[str, str]]) -> HelpDialog:
    """Open (or bring forward) the help beside the work: not modal, so the clerk can try as they read."""
    dialog = parent.findChild(HelpDialog)
    if dialog is None:
        dialog = HelpDialog(shortcuts, parent)
    dialog.show()
    dialog.raise_()
    return dialog


def show_about(prompts) -> None:
    from speechwriter import __version__

    prompts.show_message(f"讲稿助手 {__version__}",
                         "从范文学习讲话稿结构，起草讲话稿，导出符合公文格式的 Word 文档。\n完全离线运行，不需要账号。")
