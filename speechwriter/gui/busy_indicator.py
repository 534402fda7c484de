"""The status bar's right end: the speech's length (amber past its 篇幅目标), what runs in the
background, how far it is, and 取消 when it can stop."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QStatusBar

if TYPE_CHECKING:   # the progress bar and 取消 are made with the first task, after the first frame
    from PySide6.QtWidgets import QProgressBar, QToolButton

MAX_LABEL = 40   # characters; a long file name must not push the message area away


OVER_STYLE = "QLabel { background: #ffe0a3; color: #7a4b00; padding: 0 4px; border-radius: 3px; }"   # amber


class BusyIndicator:
    def __init__(self, bar: QStatusBar):
        self._bar = bar
        self.length = QLabel()
        self.length.setAccessibleName("讲稿长度")
        self.length.hide()
        self.label = QLabel()
        for widget in (self.length, self.label):
            bar.addPermanentWidget(widget)
        self._progress: QProgressBar | None = None   # made with the first task (after the first frame)
        self._cancel_button: QToolButton | None = None
        self._cancel = None

    @property
    def progress(self) -> QProgressBar:
        self._make_extras()
        assert self._progress is not None
        return self._progress

    @property
    def cancel_button(self) -> QToolButton:
        self._make_extras()
        assert self._cancel_button is not None
        return self._cancel_button

    def _make_extras(self) -> None:
        if self._progress is not None:
            return
        from PySide6.QtWidgets import QProgressBar, QToolButton

        progress = self._progress = QProgressBar()
        progress.setRange(0, 0)          # moving until a task reports how far it is
        progress.setMaximumWidth(120)
        progress.setMaximumHeight(14)
        cancel = self._cancel_button = QToolButton()
        cancel.setText("取消")
        cancel.setAccessibleName("取消导入")
        for widget in (progress, cancel):
            self._bar.addPermanentWidget(widget)
            widget.hide()
        cancel.clicked.connect(self._cancel_clicked)

    def show_length(self, count: str, note: str, over: bool) -> None:
        """The length while editing, seen even with the preview hidden: 全文 N 字，约 M 分 S 秒."""
        self.length.setText(count + ("，超出目标" if over else ""))
        self.length.setToolTip(count + note)
        self.length.setStyleSheet(OVER_STYLE if over else "")

    def show_busy(self, text: str) -> None:
        """BackgroundTasks.busy: the newest running task's description, or "" when all are done."""
        self.label.setText(text)
        self.progress.setVisible(bool(text))
        if not text:
            self.progress.setRange(0, 0)      # the next task starts without a known length

    def show_progress(self, percent: int, text: str) -> None:
        self.progress.setRange(0, 100)
        self.progress.setValue(max(0, min(100, percent)))
        self.label.setText(text if len(text) <= MAX_LABEL else text[:MAX_LABEL - 1] + "…")
        self.label.setToolTip(text)

    def offer_cancel(self, callback) -> None:
        """A 取消 button while a long job can be stopped; None takes it away."""
        self._cancel = callback
        self.cancel_button.setEnabled(True)
        self.cancel_button.setVisible(callback is not None)

    def _cancel_clicked(self) -> None:
        if self._cancel is not None:
            self._cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText("正在取消，当前文件导入完就停…")
