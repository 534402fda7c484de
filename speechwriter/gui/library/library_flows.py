"""The window's work with the 素材库: opening it, importing 范文, removing one, learning structures.

Opening and importing run on worker threads, each with a Library connection of its own; the GUI
thread keeps one connection for the panel's reading. After every change the structures are
learned again from the whole library and the start page's gallery shows them.

Where: 设置 → 素材库位置 (`choose_location`): the file on this PC, or the unit's server. A server
that is slow or gone never stops the writing: the structures come from the bundled samples, the
panel says the library is offline, and the outline is edited as ever.
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


def open_and_learn(location):
    """Worker: bring the library up to date and learn structures (jieba's dictionary is loaded only if
    a file must be indexed; the panel's searches have it loaded when the editor opens).

    Returns (path, structures, problem): when the library cannot be used the bundled samples
    still give the gallery its structures, and `problem` says why the library is missing. The
    library's modules are first imported here too (~90 ms that the window need not wait for)."""
    from speechwriter.core import trained_models
    from speechwriter.core.learn import bundled_structures
    from speechwriter.library import library_structures, open_library

    trained_models.warm_up()  # the analyser's trained model (a missing one: rules, and a status line below)
    try:
        with open_library(location) as library:
            return location, library_structures(library), None
    except UserError as err:
        return location, bundled_structures(), err.message


def test_connection(url: str) -> tuple[bool, str]:
    """Worker: 测试连接 of 设置 → 素材库位置."""
    from speechwriter.library.secrets import check_connection

    try:
        return True, check_connection(url)
    except UserError as err:
        return False, err.message


def ask_password(question: str) -> str | None:
    from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit

    text, ok = QInputDialog.getText(QApplication.activeWindow(), "单位服务器的密码", question,
                                    QLineEdit.EchoMode.Password)
    return text if ok and text else None


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
        self.path = None             # where the library is (a file, or a server URL with its password in memory)
        self._password: str | None = None     # typed this session (not kept where there is no keyring)
        self.ask_password = ask_password
        self.library: Library | None = None   # the GUI thread's connection, once the worker has opened the file
        self.problem: str | None = None
        self._cancel: threading.Event | None = None

    # opening --------------------------------------------------------------------------------------
    def location(self):
        """设置 → 素材库位置 (else SPEECHWRITER_LIBRARY, else the file in the user data folder), with the
        server's password put in from this session or the keyring."""
        from speechwriter.library.secrets import saved_password, with_password
        from speechwriter.library.store import default_location, is_server

        chosen = self.settings.library_location() or default_location()
        if not is_server(chosen):
            return chosen
        return with_password(str(chosen), self._password or saved_password(str(chosen)))

    def start(self) -> None:
        self.tasks.run("正在打开素材库、读取范文结构…", open_and_learn, self.location(),
                              on_done=self._opened, on_error=self._open_failed)

    def reopen(self) -> None:
        """After 素材库位置 changed: the panel waits, then shows the library now chosen."""
        self.close()
        self.problem = None
        self.library_ready.emit(None)
        self.start()

    def choose_location(self) -> None:
        """设置 → 素材库位置: this PC or the unit's server; the password never goes into the settings."""
        from speechwriter.gui.library.library_location import LibraryLocationDialog
        from speechwriter.library.secrets import save_password

        def run_test(url, on_result):
            self.tasks.run("正在测试与单位服务器的连接…", test_connection, url,
                           on_done=lambda result: on_result(*result), on_error=lambda message: on_result(False, message))

        dialog = LibraryLocationDialog(self.settings.library_location(), run_test)
        if dialog.exec() != LibraryLocationDialog.DialogCode.Accepted:
            return
        location = dialog.location()
        self.settings.set_library_location(location)
        if location and dialog.password():
            self._password = dialog.password()
            if not save_password(location, dialog.password()):
                self.message.emit("这台电脑没有系统钥匙串：密码只记到程序关闭，下次启动时再询问。")
        self.reopen()

    def _opened(self, result) -> None:
        self.path, structures, problem = result
        self.structures_learned.emit(structures)
        if problem:
            if self._ask_for_password(problem):
                self.start()
                return
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
        from speechwriter.core.trained_models import problem as model_problem

        if model_problem():
            self.message.emit(model_problem())

    def _open_failed(self, message: str) -> None:
        self.structures_failed.emit(message)
        self._failed(message)

    def _ask_for_password(self, problem: str) -> bool:
        """The server wants a password this session has not got: ask the clerk once (False: no retry)."""
        from speechwriter.library.secrets import needs_password
        from speechwriter.library.store import is_server

        if not is_server(self.path) or not needs_password(problem) or self._password is not None:
            return False
        password = self.ask_password(f"{problem}\n请输入连接单位服务器上的素材库的密码：")
        if not password:
            return False
        self._password = password
        return True

    def _failed(self, message: str) -> None:
        from speechwriter.library.store import is_server

        if is_server(self.path or self.location()):
            self.problem = f"素材库（单位服务器）离线：{message} 写作不受影响。"
        else:
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
