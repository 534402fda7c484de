"""Run slow work (jieba's dictionary, importing a speech, learning structures) off the GUI thread.

A task is a plain function. It runs on a QThreadPool thread; its result or its error comes back to
the GUI thread as a queued signal, so callbacks may touch widgets. While anything runs, `busy`
carries a Chinese description for the status bar.
"""

from __future__ import annotations

import os
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import isValid

from speechwriter.errors import UserError

INTERNAL_FAULT = "程序内部出错：{}（设置 SPEECHWRITER_DEBUG=1 可看详细信息）"


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits through it, Qt queues the call across threads."""

    done = Signal(object)
    failed = Signal(str)
    progress = Signal(int, str)


class _Job(QRunnable):
    def __init__(self, fn: Callable, args: tuple, relay: _Relay, with_progress: bool):
        super().__init__()
        self.setAutoDelete(False)  # Python keeps the job until its signal arrives
        self._fn, self._args, self._relay, self._with_progress = fn, args, relay, with_progress

    def run(self) -> None:
        try:
            if self._with_progress:
                result = self._fn(*self._args, progress=self._relay.progress.emit)
            else:
                result = self._fn(*self._args)
        except UserError as err:
            self._relay.failed.emit(err.message)
        except Exception as err:  # noqa: BLE001 - any fault becomes a message, never a dead window
            if os.environ.get("SPEECHWRITER_DEBUG"):
                traceback.print_exc()
            self._relay.failed.emit(INTERNAL_FAULT.format(type(err).__name__))
        else:
            self._relay.done.emit(result)


class BackgroundTasks(QObject):
    """Starts jobs and tells the status bar what is running.

    `busy(text)` fires with the newest running task's description, or "" when all are done;
    `progress(percent, text)` forwards a task's own progress reports.
    """

    busy = Signal(str)
    progress = Signal(int, str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._running: dict[int, tuple[str, _Job, _Relay]] = {}
        self._next = 0

    def run(self, label: str, fn: Callable[..., Any], *args: Any,
            on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[str], None] | None = None,
            with_progress: bool = False) -> None:
        key = self._next
        self._next += 1
        relay = _Relay()
        relay.done.connect(lambda result: self._finish(key, on_done, result))
        relay.failed.connect(lambda message: self._finish(key, on_error, message))
        relay.progress.connect(self.progress)
        job = _Job(fn, args, relay, with_progress)
        self._running[key] = (label, job, relay)
        self.busy.emit(label)
        self._pool.start(job)

    def is_busy(self) -> bool:
        return bool(self._running)

    def running_labels(self) -> list[str]:
        return [label for label, _, _ in self._running.values()]

    def wait(self, msecs: int = 30000) -> bool:
        """Block until every thread is idle (on quit, so no thread outlives the window)."""
        return self._pool.waitForDone(msecs)

    def _finish(self, key: int, callback: Callable | None, value: Any) -> None:
        if not isValid(self):
            return   # the widget that asked (and owns this) was closed meanwhile: no one to tell
        self._running.pop(key, None)
        try:
            if callback is not None:
                callback(value)
        finally:
            labels = self.running_labels()
            self.busy.emit(labels[-1] if labels else "")


def preload_jieba() -> None:
    """Load jieba's dictionary (~0.6 s, ~75 MB) before the first search, import or preview needs it.
    The window asks for it when the editor first opens: the start page does not use it."""
    from speechwriter.core.tokens import warm_up

    warm_up()


def preload_render() -> None:
    """Import the render pipeline (Jinja, python-docx) and read the templates once, so the first
    preview and the first export do not pause the window."""
    from speechwriter.render import list_templates

    list_templates()


def preload_checks() -> None:
    """Import the 校对 (its rules, lists and patterns, ~150 ms) once the window is on screen, so that
    opening the first speech (the 校对 action names its rules) and F7 do not pause the window."""
    from speechwriter.check.rules import summary

    summary()
