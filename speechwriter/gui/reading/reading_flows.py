"""The window's work with readings: opening a 范文's reading to correct it, saving the correction,
learning from it on a worker thread, and 恢复默认 (dropping the clerk's model).

Saving stores the label and retrains the clerk's model from the bundled data plus every labelled
speech, then re-reads the library with it — seconds of work, all on a worker; the window stays
usable and the status line says what was learned. The gallery's structures are learned again.
Like the other flows it gets what it works with (the library flows, the file flows for the
outline made from an old speech, the document, prompts, settings, tasks) and reports by signals.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from speechwriter import filetypes
from speechwriter.errors import UserError
from speechwriter.gui.document import Document
from speechwriter.gui.files.file_flows import FileFlows
from speechwriter.gui.library.library_flows import LibraryFlows
from speechwriter.gui.prompts import Prompts
from speechwriter.gui.reading.reading_view import ReadingView
from speechwriter.gui.settings import Settings
from speechwriter.gui.workers import BackgroundTasks


def correct_and_learn(path, speech_id: int, label: dict, progress=None):
    """Worker: store the clerk's label, retrain, re-read the library. Returns the Retrained record."""
    from speechwriter.library import Library
    from speechwriter.library.labels import learn, set_label

    with Library(path) as library:
        set_label(library, speech_id, label)
        retrained, _summary = learn(library, progress=progress)
    return retrained


def clear_and_learn(path, speech_id: int, progress=None):
    """Worker: drop one speech's label; retrain from the others (or go back to the bundled model)."""
    from speechwriter.library import Library
    from speechwriter.library.labels import clear_label, count_labelled, forget, learn

    with Library(path) as library:
        clear_label(library, speech_id)
        if count_labelled(library):
            return learn(library, progress=progress)[0].text()
        forget(library, progress=progress)
    return "已去掉这篇讲稿的校正，结构识别恢复默认"


def forget_learning(path, progress=None):
    """Worker: back to the bundled model; the library re-read with it."""
    from speechwriter.library import Library
    from speechwriter.library.labels import forget

    with Library(path) as library:
        had, _summary = forget(library, progress=progress)
    return had


def import_and_find(path, file: str) -> int:
    """Worker: put a speech file into the library (if not there yet) and return its first speech's id."""
    from pathlib import Path

    from speechwriter.library import Library, import_into_library

    summary = import_into_library([file], path=path)
    if summary.failed:
        raise UserError(summary.failed[0][1])
    key = summary.duplicates[0][1] if summary.duplicates else str(Path(file).resolve())
    with Library(path) as library:
        found = [e.id for e in library.speeches() if e.source == key]
    if not found:
        raise UserError(f"“{Path(file).name}”里没有找到讲稿内容。")
    return found[0]


class ReadingFlows(QObject):
    learned = Signal(str)        # the status line's sentence, after retraining or 恢复默认
    message = Signal(str)        # for the status bar
    editing = Signal(bool)       # the outline was made again from a corrected reading: show the editor

    def __init__(self, library_flows: LibraryFlows, files: FileFlows, doc: Document, prompts: Prompts,
                 settings: Settings, tasks: BackgroundTasks, parent: QWidget):
        super().__init__(parent)
        self.library_flows, self.files, self.doc = library_flows, files, doc
        self.prompts, self.settings, self.tasks = prompts, settings, tasks
        self.host = parent           # the views are its windows
        self.view: ReadingView | None = None
        self._working = False

    def has_clerk_model(self) -> bool:
        from speechwriter.core.adapt import clerk_model_dir

        return clerk_model_dir() is not None

    # opening ---------------------------------------------------------------------------------------
    def open_speech(self, speech_id: int) -> ReadingView | None:
        from speechwriter.gui.reading.reading_view import ReadingDocument
        from speechwriter.library.labels import stored_reading

        library = self.library_flows.library
        if library is None:
            self.message.emit(self.library_flows.problem or "素材库正在打开，请稍候再试。")
            return None
        if self.view is not None and self.view.isVisible() and not self.view.close():
            return self.view     # the clerk kept the other speech's unsaved fixes
        try:
            reading = stored_reading(library, speech_id)
            labelled = library.entry(speech_id).labelled
        except UserError as err:
            self.message.emit(err.message)
            return None
        view = ReadingView(ReadingDocument(reading), speech_id, labelled, parent=self.host)
        view.confirm_discard = lambda: self.prompts.ask_yes_no(
            "放弃未保存的校正？", "这篇讲稿的校正还没有保存；放弃后程序仍按原来的结构识别它。")
        view.save_requested.connect(self.save)
        view.clear_requested.connect(self.clear)
        self.view = view
        view.show()
        view.raise_()
        view.activateWindow()   # its keys (T, 1–4, Ctrl+Z …) work at once
        return view

    def correct_file(self, file: str | None = None) -> None:
        """An old speech (the one just turned into an outline, or one the clerk picks): into the 素材库,
        then its reading to correct; once saved, the outline can be made again from the correction."""
        file = file or self.files.imported_from or self.prompts.choose_open_file(
            "校正哪篇讲话稿的识别", self.settings.last_folder(), filetypes.SPEECH_FILTER)
        if not file or not self._start():
            return
        self._working = False   # opening is not learning: saving may start as soon as the view is up
        job = functools.partial(import_and_find, self.library_flows.path, file)
        self.tasks.run("正在把讲话稿放进素材库…", job,
                       on_done=lambda speech_id: self._file_ready(file, speech_id),
                       on_error=lambda message: self._failed("无法校正这篇讲话稿", message))

    def _file_ready(self, file: str, speech_id: int) -> None:
        self.library_flows.after_change()
        view = self.open_speech(speech_id)
        if view is not None and view.speech_id == speech_id:
            view.outline_file = file   # after saving: offer to make the outline again from the correction

    # saving and learning -----------------------------------------------------------------------------
    def save(self, speech_id: int, label: dict) -> None:
        if not self._start():
            return
        job = functools.partial(correct_and_learn, self.library_flows.path, speech_id, label)
        self.tasks.run("正在保存校正并更新结构识别…", job, with_progress=True,
                       on_done=lambda retrained: self._done(retrained.text(), labelled=True),
                       on_error=lambda message: self._failed("校正没有保存", message))

    def clear(self, speech_id: int) -> None:
        if not self.prompts.ask_yes_no("去掉这篇讲稿的校正？", "去掉后按程序识别的结构读取这篇讲稿。"):
            return
        if not self._start():
            return
        job = functools.partial(clear_and_learn, self.library_flows.path, speech_id)
        self.tasks.run("正在去掉校正并更新结构识别…", job, with_progress=True,
                       on_done=lambda text: self._done(text, labelled=False),
                       on_error=lambda message: self._failed("没有去掉校正", message))

    def reset(self) -> None:
        """恢复默认: the clerk's model is dropped; their labels stay with their speeches."""
        if not self.prompts.ask_yes_no(
                "恢复默认的结构识别？", "程序不再使用根据您的校正训练的识别方式；您校正过的讲稿仍按您的校正。"):
            return
        if not self._start():
            return
        self.tasks.run("正在恢复默认的结构识别…", forget_learning, self.library_flows.path, with_progress=True,
                       on_done=lambda _had: self._done("已恢复默认的结构识别", labelled=None),
                       on_error=lambda message: self._failed("没有恢复默认", message))

    def _start(self) -> bool:
        if self._working:
            self.prompts.show_message("正在更新结构识别", "请等这一次更新完成后再试。", "warning")
            return False
        if not self.library_flows.is_ready():
            self.prompts.show_message("素材库还不能使用", self.library_flows.problem or "素材库正在打开，请稍候再试。",
                                      "warning")
            return False
        self._working = True
        return True

    def _done(self, text: str, labelled: bool | None) -> None:
        self._working = False
        from speechwriter.core.adapt import activate

        activate()   # the window's own analyses (outlines from old speeches) read with the new model too
        if self.view is not None and labelled is not None:
            self.view.saved(labelled)
            self._reload_view()
        self.library_flows.after_change(text)
        self.message.emit(text)
        self.learned.emit(text)
        if labelled and self.view is not None:
            self._offer_outline(self.view)

    def _offer_outline(self, view: ReadingView) -> None:
        """The outline open in the editor came from this speech: make it again from the corrected reading."""
        from pathlib import Path

        file, library = view.outline_file, self.library_flows.library
        if not file or self.files.imported_from != file or library is None:
            return
        doc = self.doc
        lost = "；提纲里已做的修改会被替换（可先另存）" if doc.undo_stack.count() else ""
        if not self.prompts.ask_yes_no("按校正后的结构重新生成提纲？",
                                       f"编辑页里的提纲是从《{Path(file).name}》导入的{lost}。"):
            return
        from speechwriter.outline.create import from_speech

        outline = from_speech(library.speech(view.speech_id))
        doc.load(outline, None, modified=True)
        self.editing.emit(False)

    def _reload_view(self) -> None:
        """The view shows the stored reading again (as the library now reads it)."""
        from speechwriter.library.labels import stored_reading

        view, library = self.view, self.library_flows.library
        if view is None or library is None:
            return
        try:
            view.doc.reading = stored_reading(library, view.speech_id)
        except UserError:
            return
        view.doc.undo_stack.clear()
        view.refresh()

    def _failed(self, headline: str, message: str) -> None:
        self._working = False
        self.prompts.show_message(headline, message, "warning")
