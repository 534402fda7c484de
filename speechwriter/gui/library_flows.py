"""The window's work with the 素材库: opening it, importing 范文, removing one, learning structures.

Opening and importing run on worker threads, each with a Library connection of its own; the GUI
thread keeps one connection for the panel's reading. After every change the structures are
learned again from the whole library and the start page's gallery shows them.
"""

from __future__ import annotations

import functools
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from speechwriter import filetypes
from speechwriter.errors import UserError
from speechwriter.gui.prompts import Prompts
from speechwriter.gui.settings import Settings
from speechwriter.gui.workers import BackgroundTasks

if TYPE_CHECKING:
    from speechwriter.library import Library


def open_and_learn():
    """Worker: bring the library up to date and learn structures (jieba's dictionary is loaded only if
    a file must be indexed; the panel's searches have it loaded when the editor opens).

    Returns (path, structures, problem): when the library cannot be used the bundled samples
    still give the gallery its structures, and `problem` says why the library is missing. The
    library's modules are first imported here too (~90 ms that the window need not wait for)."""
    from speechwriter.core import model
    from speechwriter.core.learn import bundled_structures
    from speechwriter.library import default_path, library_structures, open_library

    model.warm_up()  # the analyser's trained model (a missing one: rules, and a status line below)
    path = default_path()
    try:
        with open_library(path) as library:
            return path, library_structures(library), None
    except UserError as err:
        return path, bundled_structures(), err.message


def learn_from(path):
    """Worker: the structures of everything now in the library."""
    from speechwriter.library import Library, library_structures

    with Library(path) as library:
        return library_structures(library)


class LibraryFlows(QObject):
    structures_learned = Signal(list)
    structures_failed = Signal(str)     # the start-up worker itself failed: the gallery says so
    library_ready = Signal(object)      # the GUI thread's Library, or None when it cannot be opened
    library_changed = Signal()          # speeches came or went: lists are read again (ids change)
    message = Signal(str)               # for the status bar
    cancel_offered = Signal(object)     # a callable that stops the running import, or None when done

    def __init__(self, prompts: Prompts, settings: Settings, tasks: BackgroundTasks, parent: QObject | None = None):
        super().__init__(parent)
        self.prompts, self.settings, self.tasks = prompts, settings, tasks
        self.path = None             # the library file, known once the worker has opened it
        self.library: Library | None = None   # the GUI thread's connection, once the worker has opened the file
        self.problem: str | None = None
        self._cancel: threading.Event | None = None

    # opening --------------------------------------------------------------------------------------
    def start(self) -> None:
        self.tasks.run("正在打开素材库、读取范文结构…", open_and_learn,
                              on_done=self._opened, on_error=self._open_failed)

    def _opened(self, result) -> None:
        self.path, structures, problem = result
        self.structures_learned.emit(structures)
        if problem:
            self._failed(problem)
            return
        from speechwriter.library import Library

        try:
            self.library = Library(self.path)
        except UserError as err:
            self._failed(err.message)
            return
        self.problem = None
        self.library_ready.emit(self.library)
        from speechwriter.core.model import problem as model_problem

        if model_problem():
            self.message.emit(model_problem())

    def _open_failed(self, message: str) -> None:
        self.structures_failed.emit(message)
        self._failed(message)

    def _failed(self, message: str) -> None:
        self.problem = f"素材库无法使用：{message}"
        self.message.emit(self.problem)
        self.library_ready.emit(None)

    def is_ready(self) -> bool:
        return self.library is not None

    # importing ------------------------------------------------------------------------------------
    def import_files(self) -> None:
        if not self._can_import():
            return
        paths = self.prompts.choose_open_files("导入范文到素材库（可多选）", self.settings.last_folder(),
                                               filetypes.SPEECH_FILTER)
        if paths:
            self.settings.set_last_folder(Path(paths[0]).parent)
            self.import_paths(paths)

    def import_folder(self) -> None:
        if not self._can_import():
            return
        folder = self.prompts.choose_folder("导入文件夹中的全部范文（含子文件夹）", self.settings.last_folder())
        if folder:
            self.settings.set_last_folder(folder)
            self.import_paths([folder])

    def _can_import(self) -> bool:
        if self._cancel is not None:
            self.prompts.show_message("正在导入范文", "请等这一批导入完成（或在状态栏点“取消”）后再导入。", "warning")
            return False
        if not self.is_ready():
            self.prompts.show_message("素材库还不能使用", self.problem or "素材库正在打开，请稍候再试。", "warning")
            return False
        return True

    def import_paths(self, paths: list[str]) -> None:
        if not self._can_import():
            return
        from speechwriter.library import import_into_library

        self._cancel = threading.Event()
        self.cancel_offered.emit(self._cancel.set)
        job = functools.partial(import_into_library, list(paths), path=self.path, cancel=self._cancel)
        self.tasks.run("正在导入范文…", job, with_progress=True,
                              on_done=self._imported, on_error=self._import_failed)

    def cancel_import(self) -> None:
        if self._cancel is not None:
            self._cancel.set()

    def is_importing(self) -> bool:
        return self._cancel is not None

    def _imported(self, summary) -> None:
        self._cancel = None
        self.cancel_offered.emit(None)
        if summary.changed:
            self._after_change()
        if summary.cancelled:
            headline, level = "范文导入已取消，已导入的文件保留在素材库中。", "warning"
        elif summary.failed:
            headline, level = f"范文导入完成，有 {len(summary.failed)} 个文件没能导入。", "warning"
        else:
            headline, level = "范文导入完成。", "info"
        self.prompts.show_message(headline, summary.text(), level)

    def _import_failed(self, message: str) -> None:
        self._cancel = None
        self.cancel_offered.emit(None)
        self._after_change()   # files before the failure are in: each went in whole
        self.prompts.show_message("范文导入中断", message, "error")

    def close(self) -> None:
        """On quit, once the workers are done: the GUI thread's connection is closed cleanly."""
        if self.library is not None:
            self.library.close()
            self.library = None

    # removing -------------------------------------------------------------------------------------
    def remove(self, speech_id: int) -> None:
        if self.library is None:
            return
        try:
            entry = self.library.entry(speech_id)
        except UserError as err:
            self.message.emit(err.message)
            return
        title = entry.title or entry.file_name
        if not self.prompts.ask_yes_no(f"把《{title}》移出素材库？",
                                       f"原文件不会删除：{entry.source}\n移出后它不再参与查找和结构学习，可随时重新导入。"):
            return
        try:
            self.library.remove(speech_id)
        except UserError as err:
            self.prompts.show_message("没有移出", err.message, "warning")
            return
        self.message.emit(f"已把《{title}》移出素材库。")
        self._after_change()

    # after a change --------------------------------------------------------------------------------
    def after_change(self, message: str | None = None) -> None:
        """Speeches were re-read elsewhere (a correction, a retrained model): lists and structures again;
        `message` is what the status line says once the gallery has them."""
        self._after_change(message)

    def _after_change(self, message: str | None = None) -> None:
        self.library_changed.emit()
        self.tasks.run("正在从素材库学习结构…", learn_from, self.path,
                       on_done=lambda structures: self._learned(structures, message),
                       on_error=lambda problem: self.message.emit(problem))

    def _learned(self, structures, message: str | None = None) -> None:
        self.structures_learned.emit(structures)
        self.message.emit(message or f"已从素材库重新学习结构：共 {len(structures)} 种。")
