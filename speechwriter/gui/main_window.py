"""The main window builds the parts and wires them: pages, actions and menus, flows, status bar.

It decides nothing itself. The Actions emit what the clerk asked for; the flows (files, editing,
the 素材库, autosave) do it with the collaborators they are handed and report back by signals.
Parts the start page does not need (the document, the editor, the flows) are built on first use,
so the window appears sooner.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QStackedWidget

from speechwriter.gui.actions import Actions
from speechwriter.gui.files.recovery import RecoveryStore
from speechwriter.gui.icons import icon
from speechwriter.gui.menus import Menus
from speechwriter.gui.prompts import Prompts
from speechwriter.gui.settings import Settings
from speechwriter.gui.start_page import StartPage
from speechwriter.gui.window_layout import WindowLayout
from speechwriter.gui.workers import BackgroundTasks, preload_checks, preload_jieba, preload_render

if TYPE_CHECKING:
    from speechwriter.gui.document import Document
    from speechwriter.gui.editor.check_panel import CheckDock
    from speechwriter.gui.editor.edit_flows import EditFlows
    from speechwriter.gui.editor.editor_page import EditorPage
    from speechwriter.gui.editor.find_replace import FindReplaceDialog
    from speechwriter.gui.files.autosave import Autosaver
    from speechwriter.gui.files.file_flows import FileFlows
    from speechwriter.gui.library.library_dock import LibraryDock
    from speechwriter.gui.library.library_flows import LibraryFlows
    from speechwriter.gui.output.output_flows import OutputFlows
    from speechwriter.gui.reading.reading_flows import ReadingFlows

APP_TITLE = "讲稿助手"


class MainWindow(QMainWindow):
    first_painted = Signal()   # the window is on screen: time for the work that can wait

    def __init__(self, settings: Settings | None = None, prompts: Prompts | None = None,
                 recovery: RecoveryStore | None = None):
        super().__init__()
        self._painted = False
        self.settings = settings or Settings()
        self.prompts = prompts or Prompts(self)
        self.recovery = recovery or RecoveryStore()
        self.tasks = BackgroundTasks(self)
        self._doc: Document | None = None
        self._files: FileFlows | None = None
        self._output: OutputFlows | None = None
        self._edits: EditFlows | None = None
        self._library: LibraryFlows | None = None
        self._library_dock: LibraryDock | None = None
        self._check_dock: CheckDock | None = None
        self._readings: ReadingFlows | None = None
        self._editor: EditorPage | None = None
        self._autosaver: Autosaver | None = None
        self._find_replace: FindReplaceDialog | None = None
        self.setWindowIcon(icon("app"))

        self.pages = QStackedWidget()
        self.start_page = StartPage()
        self.pages.addWidget(self.start_page)
        self.setCentralWidget(self.pages)

        # (named `acts`: QWidget.actions() is Qt's own list of a widget's actions)
        self.acts = Actions(self, library_shown=self.settings.panel_shown("library"))
        self.menus = Menus(self.acts, self)
        from speechwriter.gui.rounds.room import RoundsRoom

        self.rounds = RoundsRoom(self)   # 修改轮次: its menu now, its panel and flows on first use
        from speechwriter.gui.busy_indicator import BusyIndicator

        self.busy = BusyIndicator(self.statusBar())
        self.layout_keeper = WindowLayout(self, self.settings)
        self._wire()
        self.layout_keeper.restore()
        self.refresh_recent()
        self._update_state()

    # parts built on first use -----------------------------------------------------------------------
    @property
    def doc(self) -> Document:
        """The outline being edited (speechwriter.gui.document.Document)."""
        if self._doc is None:
            from speechwriter.gui.document import Document

            doc = self._doc = Document(self)
            stack, a = doc.undo_stack, self.acts
            stack.canUndoChanged.connect(a.undo.setEnabled)
            stack.canRedoChanged.connect(a.redo.setEnabled)
            stack.undoTextChanged.connect(a.undo.show_step)
            stack.redoTextChanged.connect(a.redo.show_step)
            stack.cleanChanged.connect(lambda _clean: self._update_title())
            doc.path_changed.connect(lambda _p: self._update_title())
            doc.replaced.connect(self._update_title)
            doc.changed.connect(self._update_title)
            doc.refused.connect(self.status)
            a.current_numbering = lambda: list(doc.outline.numbering)
        return self._doc

    @property
    def autosaver(self) -> Autosaver:
        if self._autosaver is None:
            from speechwriter.gui.files.autosave import Autosaver

            self._autosaver = Autosaver(self.doc, self.recovery, self)
            self._autosaver.message.connect(self.status)
        return self._autosaver

    @property
    def files(self) -> FileFlows:
        if self._files is None:
            from speechwriter.gui.files.file_flows import FileFlows

            files = self._files = FileFlows(self.doc, self.prompts, self.settings, self.recovery, self.tasks, self)
            self.autosaver   # noqa: B018 - from the first document on, typed work is copied
            files.editing.connect(self._show_editor_for)
            files.message.connect(self.status)
            files.recent_changed.connect(self.refresh_recent)
        return self._files

    @property
    def output(self) -> OutputFlows:
        """导出 Word / 导出 PDF / 打印… / 排版设置 (gui/output/output_flows.py), made on first use."""
        if self._output is None:
            from speechwriter.gui.output.output_flows import OutputFlows

            self._output = OutputFlows(self.doc, self.prompts, self.settings, self)
            self._output.message.connect(self.status)
            self._output.fields_missing.connect(lambda name: self.editor.show_field(name))
            self._output.review_requested.connect(lambda: self.acts.toggle_check.setChecked(True))
        return self._output

    @property
    def library(self) -> LibraryFlows:
        """The 素材库 flows (opening, importing, removing), made on first use."""
        if self._library is None:
            from speechwriter.gui.library.library_flows import LibraryFlows

            library = self._library = LibraryFlows(self.prompts, self.settings, self.tasks, self)
            library.structures_learned.connect(self.start_page.set_structures)
            library.structures_failed.connect(self.start_page.set_structures_failed)
            library.message.connect(self.status)
            library.cancel_offered.connect(self.busy.offer_cancel)
        return self._library

    @property
    def editor(self) -> EditorPage:
        """The drafting page (tree | text and fields | preview), built on first use."""
        if self._editor is None:
            from speechwriter.gui.editor.editor_page import EditorPage

            editor = self._editor = EditorPage(self.doc, self.settings.speaking_rate())
            self.tasks.run("正在加载分词词典…", preload_jieba)   # the preview's titles, 查找素材 and 校对 use it
            self.layout_keeper.restore_editor(editor)
            editor.section_selected.connect(lambda _id: self._update_state())
            editor.add_field_requested.connect(lambda: self.edits.add_field())
            editor.preview.rate_changed.connect(self.settings.set_speaking_rate)
            editor.preview.setVisible(self.acts.toggle_preview.isChecked())
            # the length is in the status bar while the preview (and its count line) is hidden (F9) or folded away
            editor.preview.length_changed.connect(self.busy.show_length)
            editor.splitter.splitterMoved.connect(lambda _pos, _index: self._update_length_shown())
            editor.panes_changed.connect(self._update_length_shown)
            editor.preview.update_counts()
            self.pages.addWidget(editor)
            self.acts.field_names = editor.field_names
        return self._editor

    @property
    def edits(self) -> EditFlows:
        if self._edits is None:
            from speechwriter.gui.editor.edit_flows import EditFlows

            self._edits = EditFlows(self.doc, self.editor, self.prompts, self)
            self._edits.message.connect(self.status)
        return self._edits

    @property
    def find_replace(self) -> FindReplaceDialog:
        """查找和替换 (Ctrl+H), one dialog kept beside the work."""
        if self._find_replace is None:
            from speechwriter.gui.editor.find_replace import FindReplaceDialog

            dialog = self._find_replace = FindReplaceDialog(self.doc, self)
            dialog.reveal.connect(lambda place, length: self.editor.reveal(place, length))
            dialog.message.connect(self.status)
        return self._find_replace

    def _open_find_replace(self) -> None:
        from speechwriter.gui.editor.find_replace import selected_text

        self.find_replace.open_with(selected_text())

    @property
    def library_dock(self) -> LibraryDock:
        """The 素材库 panel beside the editor, built when the editor first shows."""
        if self._library_dock is None:
            from speechwriter.gui.library.library_dock import LibraryDock

            saved = self.settings.splitter_sizes("library")
            dock = self._library_dock = LibraryDock(self.library, saved[0] if saved else None, self)
            dock.setVisible(False)
            dock.insert_requested.connect(lambda text: self.edits.insert_material(text))
            dock.closed.connect(lambda: self.acts.toggle_library.setChecked(False))
            self.editor.section_selected.connect(self._section_for_phrases)
            self._section_for_phrases(self.editor.current_section_id())   # chosen before the panel existed
            speeches = dock.panel.speeches     # 查看/校正识别 and 恢复默认识别 on the 范文 tab
            speeches.has_clerk_model = self.readings.has_clerk_model
            speeches.reading_requested.connect(lambda speech_id: self.readings.open_speech(speech_id))
            speeches.reset_learning_requested.connect(lambda: self.readings.reset())
        return self._library_dock

    @property
    def readings(self) -> ReadingFlows:
        """Correcting how a speech was read, and learning from it (made on first use)."""
        if self._readings is None:
            from speechwriter.gui.reading.reading_flows import ReadingFlows

            readings = self._readings = ReadingFlows(self.library, self.files, self.doc, self.prompts, self.settings,
                                                     self.tasks, self)
            readings.message.connect(self.status)
            readings.editing.connect(self._show_editor_for)
        return self._readings

    # wiring ---------------------------------------------------------------------------------------
    def _wire(self) -> None:
        a, sp = self.acts, self.start_page
        a.new_requested.connect(self.show_start)
        a.open_requested.connect(lambda: self.files.open_file())
        a.recent_requested.connect(lambda path: self.files.open_file(path))
        a.import_speech_requested.connect(lambda: self.files.import_speech())
        a.correct_reading_requested.connect(lambda: self.readings.correct_file())
        a.import_library_files_requested.connect(lambda: self.library.import_files())
        a.import_library_folder_requested.connect(lambda: self.library.import_folder())
        a.save_requested.connect(lambda: self.files.save())
        a.save_as_requested.connect(lambda: self.files.save_as())
        a.save_new_requested.connect(lambda: self.files.save_as_new_outline())
        a.export_docx_requested.connect(lambda: self.output.export_docx())
        a.export_pdf_requested.connect(lambda: self.output.export_pdf())
        a.print_requested.connect(lambda large: self.output.print_speech(large))
        a.layout_requested.connect(lambda: self.output.edit_layout())
        a.export_text_requested.connect(lambda: self.files.export_text())
        a.quit_requested.connect(self.close)
        a.undo_requested.connect(lambda: self._step(back=True))
        a.redo_requested.connect(lambda: self._step(back=False))
        a.add_section_requested.connect(lambda child, role: self.edits.add_section(child, role))
        a.delete_section_requested.connect(lambda: self.edits.delete_section())
        a.move_requested.connect(lambda how: self.edits.move(how))
        a.rename_requested.connect(lambda: self.editor.focus_heading())
        a.role_requested.connect(lambda role: self.edits.set_role(role))
        a.numbering_requested.connect(lambda level, style: self.doc.set_numbering(level, style))
        a.field_requested.connect(lambda name: self.edits.insert_field(name))
        a.add_field_requested.connect(lambda: self.edits.add_field())
        a.find_material_requested.connect(self.find_material)
        a.find_replace_requested.connect(self._open_find_replace)
        a.length_target_requested.connect(lambda: self.edits.set_length_target())
        a.start_page_requested.connect(self.show_start)
        a.editor_page_requested.connect(self.show_editor)
        a.preview_toggled.connect(lambda on: self.editor.preview.setVisible(on))
        # at once, and again once the splitter has given a shown preview its room
        a.preview_toggled.connect(lambda _on: self._update_length_shown())
        a.preview_toggled.connect(lambda _on: QTimer.singleShot(0, self._update_length_shown))
        a.library_toggled.connect(self.toggle_library)
        a.check_toggled.connect(lambda _shown: self._update_check_dock())
        a.refresh_preview_requested.connect(lambda: self.editor.preview.refresh_now())
        a.help_requested.connect(self.show_help)
        a.about_requested.connect(self.show_about)

        sp.structure_chosen.connect(lambda structure: self.files.new_from_structure(structure))
        sp.blank_requested.connect(lambda: self.files.new_blank())
        sp.open_requested.connect(lambda: self.files.open_file())
        sp.import_requested.connect(lambda: self.files.import_speech())
        sp.recent_chosen.connect(lambda path: self.files.open_file(path))
        sp.library_import_requested.connect(lambda: self.library.import_folder())
        self.tasks.busy.connect(self.busy.show_busy)
        self.tasks.progress.connect(self.busy.show_progress)
        self.pages.currentChanged.connect(lambda _i: self._update_state())
        self.pages.currentChanged.connect(lambda _i: self._update_library_dock())
        self.pages.currentChanged.connect(lambda _i: self._update_check_dock())

    # start-up work that must not delay the first paint ---------------------------------------
    def start_background_work(self) -> None:
        """Called once the window is on screen: templates and structures load off the GUI thread
        (jieba's dictionary, ~75 MB, waits for the editor: the start page does not use it)."""
        from speechwriter.gui.app import install_qt_translations

        install_qt_translations()
        self.acts.install_shortcuts()
        self.recovery.start_session()
        self.tasks.run("正在准备模板…", preload_render)
        self.tasks.run("正在准备校对…", preload_checks)
        self.library.start()   # the gallery's structures come from the library (bundled + own)
        self.offer_recovery()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._painted:
            self.layout_keeper.check_after_show()   # and once framed: _after_first_paint

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.menus.fit_toolbar(event.size().width())

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        self.first_painted.emit()
        # the desktop's frame is on by then (and if none is, the first check's guess stands); a timer
        # with the window as its context (gone with it) costs PySide two enums, so it waits till now
        QTimer.singleShot(500, self, lambda: self.layout_keeper.check_after_show(once_framed=True))

    def offer_recovery(self) -> bool:
        from speechwriter.gui.files.autosave import offer_recovery

        if not offer_recovery(self.recovery, self.prompts, self.doc):
            return False
        self.autosaver   # noqa: B018 - the restored work is guarded from now on
        self.show_editor()
        self.status("已恢复上次未保存的内容，请检查后保存。")
        return True

    # pages & status ---------------------------------------------------------------------------
    def show_start(self) -> None:
        self.pages.setCurrentWidget(self.start_page)

    def show_editor(self) -> None:
        self.pages.setCurrentWidget(self.editor)

    def _step(self, back: bool) -> None:
        """Undo/redo from anywhere shows the editor, so the clerk sees what was taken back."""
        self.show_editor()
        if back:
            self.doc.undo_stack.undo()
        else:
            self.doc.undo_stack.redo()

    def _show_editor_for(self, fields_first: bool) -> None:
        self.show_editor()
        if fields_first:
            self.editor.show_fields_first()

    def status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def refresh_recent(self) -> None:
        paths = self.settings.recent_files()
        self.start_page.set_recent_files(paths)
        self.menus.set_recent(paths)

    def is_editing(self) -> bool:
        return self._editor is not None and self.pages.currentWidget() is self._editor

    def _update_title(self) -> None:
        if self._doc is None:
            self.setWindowTitle(APP_TITLE)
            return
        # on the start page (新建, Ctrl+N) the title names no speech: the one being made is not chosen yet
        shown = self.is_editing()
        self.setWindowTitle(f"{self._doc.display_name()}[*] — {APP_TITLE}" if shown else APP_TITLE)
        self.setWindowModified(shown and self._doc.is_modified())

    def _update_length_shown(self) -> None:
        """The status bar tells the length only while the preview's own count line cannot be seen."""
        folded = self._editor is not None and self._editor.preview_folded()
        preview_seen = self.acts.toggle_preview.isChecked() and not folded
        self.busy.length.setVisible(self.is_editing() and not preview_seen)

    def _update_state(self) -> None:
        editing = self.is_editing()
        self._update_length_shown()
        has_section = editing and self.editor.current_path() is not None
        self.acts.set_state(editing, has_section)
        self.menus.set_state(editing, has_section)
        self.rounds.set_state(editing)
        self._update_title()

    # the 素材库 panel ----------------------------------------------------------------------------
    def toggle_library(self, shown: bool) -> None:
        self.settings.set_panel_shown("library", shown)
        self._update_library_dock()
        if shown and self._library_dock is not None and self._library_dock.isVisible():
            self._library_dock.focus_search(bring_forward=False)

    def find_material(self) -> None:
        """编辑 → 查找素材 (Ctrl+Shift+F): the panel shown, its search box ready for words."""
        self.acts.toggle_library.setChecked(True)
        self.library_dock.focus_search()

    def _update_library_dock(self) -> None:
        wanted = self.is_editing() and self.acts.toggle_library.isChecked()
        if wanted or self._library_dock is not None:
            self.library_dock.setVisible(wanted)

    def _section_for_phrases(self, section_id) -> None:
        section = self.doc.section_by_id(section_id) if section_id else None
        self.library_dock.show_phrases_for(section.role if section else None, self.doc.outline.kind)

    # the 校对 panel (F7) ------------------------------------------------------------------------
    @property
    def check_dock(self) -> CheckDock:
        if self._check_dock is None:
            from speechwriter.gui.editor.check_panel import CheckDock

            dock = self._check_dock = CheckDock(self.doc, self)
            if self._library_dock is not None:   # beside the 素材库 as a tab, not squeezed under it
                self.tabifyDockWidget(self._library_dock, dock)
            dock.setVisible(False)
            dock.closed.connect(lambda: self.acts.toggle_check.setChecked(False))
            dock.panel.go_to.connect(self.go_to_finding)
        return self._check_dock

    def _update_check_dock(self) -> None:
        wanted = self.is_editing() and self.acts.toggle_check.isChecked()
        if wanted or self._check_dock is not None:
            self.check_dock.setVisible(wanted)
            if wanted:
                self.check_dock.raise_()

    def go_to_finding(self, section_id, text: str, near: int) -> None:
        """A finding clicked in the 校对 panel: its section, its words selected (a field: the form)."""
        if section_id:
            self.editor.reveal_text(section_id, text, near)
            return
        name = next((n for n, v in self.doc.outline.fields.items() if text and text in v), None)
        self.editor.show_field(name or next(iter(self.doc.outline.fields), "标题"))

    # help -----------------------------------------------------------------------------------------
    def show_help(self) -> None:
        from speechwriter.gui.help import show_help

        show_help(self, self.acts.shortcut_list())

    def show_about(self) -> None:
        from speechwriter.gui.help import show_about

        show_about(self.prompts)

    # focus loss & closing -----------------------------------------------------------------------
    def changeEvent(self, event) -> None:
        # focus lost (another program or a dialog came to the front): write the recovery copy now
        if (event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow()
                and self._autosaver is not None):
            self._autosaver.write_now()
        super().changeEvent(event)

    def closeEvent(self, event) -> None:
        if self._doc is not None and not self.files.confirm_discard():
            event.ignore()
            return
        self.layout_keeper.save(self._editor, self._library_dock)
        if self._library is not None:
            self._library.cancel_import()   # a file half-read is not kept: each file is one transaction
        if self._autosaver is not None:
            self._autosaver.stop()
        self.recovery.end_session()
        if self._library_dock is not None:
            self._library_dock.stop_searching()
        self.tasks.wait()
        if self._library is not None:
            self._library.close()
        event.accept()
