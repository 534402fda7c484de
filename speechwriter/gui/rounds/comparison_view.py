"""对照: two texts of the speech, the newer with the changes inline (red struck-through = deleted,
underlined = inserted, green = moved), and 上一处/下一处 jumping from change to change."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from speechwriter.revise.diff import ParaDiff
from speechwriter.revise.report import anchor_name, comparison_html


class ComparisonView(QDialog):
    """Not modal: the clerk keeps it beside the editor."""

    def __init__(self, diffs: list[ParaDiff], old_name: str, new_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(f"对照：{old_name} → {new_name}")
        self.diffs = diffs
        self.count = sum(1 for d in diffs if d.op != "equal")
        self.current = -1
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setHtml(comparison_html(diffs, old_name, new_name))
        self.previous_button = QPushButton("上一处")
        self.next_button = QPushButton("下一处")
        self.where = QLabel()
        self.previous_button.clicked.connect(lambda: self.go(self.current - 1))
        self.next_button.clicked.connect(lambda: self.go(self.current + 1))
        buttons = QHBoxLayout()
        for widget in (self.previous_button, self.next_button, self.where):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        close = QPushButton("关闭")
        close.clicked.connect(self.close)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addLayout(buttons)
        self.resize(760, 640)
        self._update()

    def go(self, n: int) -> None:
        """Scroll to the n-th change (from 0)."""
        if not 0 <= n < self.count:
            return
        self.current = n
        self.browser.scrollToAnchor(anchor_name(n))
        self._update()

    def current_diff(self) -> ParaDiff | None:
        changed = [d for d in self.diffs if d.op != "equal"]
        return changed[self.current] if 0 <= self.current < len(changed) else None

    def _update(self) -> None:
        self.previous_button.setEnabled(self.current > 0)
        self.next_button.setEnabled(self.current < self.count - 1)
        if not self.count:
            self.where.setText("两稿文字相同，没有改动。")
        elif self.current < 0:
            self.where.setText(f"共 {self.count} 处改动")
        else:
            self.where.setText(f"第 {self.current + 1} / {self.count} 处改动")
