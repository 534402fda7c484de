"""The main window: start page or editor, menus and shortcuts, status bar, autosave, closing."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow, QStackedWidget

from speechwriter import __version__
from speechwriter.errors import UserError
from speechwriter.gui.icons import icon
from speechwriter.gui.menus import build_actions, build_menus
from speechwriter.gui.prompts import Prompts
from speechwriter.gui.recovery import RecoveryStore
from speechwriter.gui.settings import Settings
from speechwriter.gui.start_page import StartPage
from speechwriter.gui.workers import BackgroundTasks, preload_jieba, preload_render

AUTOSAVE_MS = 60_000
APP_TITLE = "讲稿助手"
class MainWindow(QMainWindow):
    first_painted = Signal()   # the window is on screen: time for the work that can wait
    def __init__(self, settings: Settings | None = None, prompts=None, recovery: RecoveryStore | None = None):
        super().__init__()
        self._painted = False
        self.settings = settings or Settings()
        self.prompts = prompts or Prompts(self)
        self.recovery = recovery or RecoveryStore()
        self.tasks = BackgroundTasks(self)
        # the outline, its undo stack and the file code are made on first use (see `doc`, `files`):
        # the start page needs none of them, and the window appears sooner without their imports
        self._doc = None
        self._files = None
        self._library = None
        self._library_dock = None
        self.setWindowIcon(icon("app"))
        self.setMinimumSize(960, 600)

        self.pages = QStackedWidget()
        self.start_page = StartPage()
        self.pages.addWidget(self.start_page)
        self.setCentralWidget(self.pages)
        self._editor = None  # built when first needed: the start page appears sooner

        build_actions(self)
        build_menus(self)
        self._build_status_bar()
        self._connect()
        self._restore_layout()
        self.refresh_recent()
        self._update_title()
        self._update_actions()

        self._autosave_timer = QTimer(self)
        self._autosave_timer.setInterval(AUTOSAVE_MS)
        self._autosave_timer.timeout.connect(self.autosave_now)
        self._autosave_timer.start()

    @property
    def doc(self):
        """The outline being edited (speechwriter.gui.document.Document)."""
        if self._doc is None:
            from speechwriter.gui.document import Document

            doc = Document(self)
            self._doc = doc
            stack = doc.undo_stack
            stack.canUndoChanged.connect(self.act_undo.setEnabled)
            stack.canRedoChanged.connect(self.act_redo.setEnabled)
            stack.undoTextChanged.connect(self.act_undo.show_step)
            stack.redoTextChanged.connect(self.act_redo.show_step)
            stack.cleanChanged.connect(lambda _clean: self._update_title())
            doc.path_changed.connect(lambda _p: self._update_title())
            doc.replaced.connect(self._update_title)
            doc.changed.connect(self._update_title)
        return self._doc

    @property
    def files(self):
        if self._files is None:
            from speechwriter.gui.files import FileFlows

            self._files = FileFlows(self)
        return self._files

    @property
    def library(self):
        """The 素材库 flows (opening, importing, removing), made on first use."""
        if self._library is None:
            from speechwriter.gui.library_flows import LibraryFlows

            self._library = LibraryFlows(self)
            self._library.structures_learned.connect(self.start_page.set_structures)
            self._library.structures_failed.connect(self.start_page.set_structures_failed)
        return self._library

    @property
    def library_dock(self):
        """The 素材库 panel beside the editor, built when the editor first shows."""
        if self._library_dock is None:
            from speechwriter.gui.library_dock import LibraryDock

            self._library_dock = LibraryDock(self)
            self._library_dock.setVisible(False)
            self.editor.section_selected.connect(self._section_for_phrases)
            self._section_for_phrases(self.editor.current_section_id())   # chosen before the panel existed
        return self._library_dock

    # start-up work that must not delay the first paint ---------------------------------------
    def start_background_work(self) -> None:
        """Called once the window is on screen: jieba, templates, structures load off the GUI thread."""
        self.install_shortcuts()
        self.recovery.start_session()
        self.tasks.run("正在加载分词词典…", preload_jieba)
        self.tasks.run("正在准备模板…", preload_render)
        self.library.start()   # the gallery's structures come from the library (bundled + own)
        self.offer_recovery()

    def install_shortcuts(self) -> None:
        """Keyboard shortcuts. Setting the first one makes PySide build its whole Qt namespace
        (~16 ms, measured), so it happens just after the first frame rather than before it."""
        for action, keys in self.pending_shortcuts:
            action.setShortcuts([QKeySequence(key) for key in keys])
        self.pending_shortcuts = []

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)

    def offer_recovery(self) -> bool:
        leftovers = self.recovery.leftovers()
        if not leftovers:
            return False
        newest = leftovers[0]
        if not self.prompts.ask_yes_no("讲稿助手上次没有正常关闭，是否恢复未保存的讲稿？", newest.describe()):
            for item in leftovers:
                item.discard()
            return False
        try:
            outline = newest.load()
        except UserError as err:
            self.prompts.show_message("恢复失败", err.message, "error")
            newest.discard()
            return False
        self.doc.load(outline, newest.source, modified=True)
        self.show_editor()
        self.recovery.write(outline, newest.source)  # this session now guards the restored work
        newest.discard()
        self.status("已恢复上次未保存的内容，请检查后保存。")
        return True

    # actions & menus ----------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        from speechwriter.gui.busy_indicator import BusyIndicator

        self.busy = BusyIndicator(self.statusBar())

    def show_cancel(self, callback) -> None:
        """A 取消 button in the status bar while a long job can be stopped (None: take it away)."""
        self.busy.offer_cancel(callback)

    def _connect(self) -> None:
        sp = self.start_page
        sp.structure_chosen.connect(lambda structure: self.files.new_from_structure(structure))
        sp.blank_requested.connect(lambda: self.files.new_blank())
        sp.open_requested.connect(lambda: self.files.open_file())
        sp.import_requested.connect(lambda: self.files.import_speech())
        sp.recent_chosen.connect(lambda path: self.files.open_file(path))
        sp.library_import_requested.connect(lambda: self.library.import_folder())
        self.tasks.busy.connect(self.busy.show_busy)
        self.tasks.progress.connect(self.busy.show_progress)
        self.pages.currentChanged.connect(lambda _i: self._update_actions())
        self.pages.currentChanged.connect(lambda _i: self._update_library_dock())

    @property
    def editor(self):
        """The drafting page (tree | text and fields | preview), built on first use."""
        if self._editor is None:
            from speechwriter.gui.editor_page import EditorPage

            editor = EditorPage(self.doc, self.settings.speaking_rate())
            editor.restore_sizes(self.settings.splitter_sizes("editor"))
            editor.section_selected.connect(lambda _id: self._update_actions())
            editor.field_form.add_field_requested.connect(self.add_field)
            editor.preview.rate_changed.connect(self.settings.set_speaking_rate)
            editor.preview.setVisible(self.act_toggle_preview.isChecked())
            self._editor = editor
            self.pages.addWidget(editor)
        return self._editor

    # pages & status ---------------------------------------------------------------------------
    def show_start(self) -> None:
        self.pages.setCurrentWidget(self.start_page)

    def show_editor(self) -> None:
        self.pages.setCurrentWidget(self.editor)

    def toggle_library(self, shown: bool) -> None:
        self.settings.set_panel_shown("library", shown)
        self._update_library_dock()
        if shown and self._library_dock is not None and self._library_dock.isVisible():
            self._library_dock.panel.search.query.setFocus()

    def find_material(self) -> None:
        """编辑 → 查找素材 (Ctrl+Shift+F): the panel shown, its search box ready for words."""
        self.act_toggle_library.setChecked(True)
        panel = self.library_dock.panel
        panel.setCurrentWidget(panel.search)
        panel.search.query.setFocus()
        panel.search.query.selectAll()

    def _update_library_dock(self) -> None:
        editing = self._editor is not None and self.pages.currentWidget() is self._editor
        wanted = editing and self.act_toggle_library.isChecked()
        if wanted or self._library_dock is not None:
            self.library_dock.setVisible(wanted)

    def _section_for_phrases(self, section_id) -> None:
        section = self.doc.section_by_id(section_id) if section_id else None
        self.library_dock.show_phrases_for(section)

    def insert_material(self, text: str) -> None:
        """A paragraph or phrase from the 素材库 into the section being edited (one undo step)."""
        if self._editor is None or self.editor.current_section_id() is None:
            self.status("请先在左侧提纲中选择要放入素材的小节。")
            return
        editor = self.editor.section_editor
        if editor.insert_material(text):
            self.editor.tabs.setCurrentWidget(editor)
            self.status("已插入素材，可按 Ctrl+Z 撤销。")

    def status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def refresh_recent(self) -> None:
        paths = self.settings.recent_files()
        self.start_page.set_recent_files(paths)
        self.recent_menu.clear()
        for path in paths:
            self.recent_menu.addAction(path).triggered.connect(lambda _c=False, p=path: self.files.open_file(p))
        self.recent_menu.setEnabled(bool(paths))

    def _update_title(self) -> None:
        if self._doc is None:
            self.setWindowTitle(APP_TITLE)
            return
        editing = self._editor is not None and self.pages.currentWidget() is self._editor
        self.setWindowTitle(f"{self.doc.display_name()}[*] — {APP_TITLE}" if editing or self.doc.path else APP_TITLE)
        self.setWindowModified(self.doc.is_modified())

    def _update_actions(self) -> None:
        editing = self._editor is not None and self.pages.currentWidget() is self._editor
        has_section = editing and self.editor.current_path() is not None
        for a in (self.act_save, self.act_save_as, self.act_save_new, self.act_export, self.act_export_text,
                  self.act_add, self.act_add_child, self.act_add_field):
            a.setEnabled(editing)
        for a in (self.act_delete, self.act_up, self.act_down, self.act_indent, self.act_outdent, self.act_rename):
            a.setEnabled(has_section)
        self.role_menu.setEnabled(has_section)
        self.act_toggle_library.setEnabled(editing)
        self.act_find_material.setEnabled(editing)
        self._update_title()

    # editing commands from menus ----------------------------------------------------------------
    def edit_tree(self, operation) -> None:
        path = self.editor.current_path()
        if path is None:
            return
        try:
            operation(path)
        except UserError as err:
            self.status(err.message)

    def add_section(self, child: bool = False, role: str | None = None) -> None:
        from speechwriter.outline.model import Section

        path = self.editor.current_path()
        if child and path is not None:
            parent, index = path, len(self.doc.model.section(self.doc.model.index_for_path(path)).children)
        elif path is not None:
            parent, index = path[:-1], path[-1] + 1
        else:
            parent, index = (), len(self.doc.outline.sections)
        if role is None:
            role = "key_points"
            if path is not None and not child:
                role = self.doc.model.section(self.doc.model.index_for_path(path)).role
        heading = "" if role in ("opening", "closing") else "新的小节"
        try:
            self.doc.add_section(parent, index, Section(role, heading=heading))
        except UserError as err:
            self.prompts.show_message("不能在这里添加小节", err.message, "warning")
            return
        self.focus_heading()

    def delete_section(self) -> None:
        self.edit_tree(self.doc.delete_section)

    def set_role(self, role: str) -> None:
        section_id = self.editor.current_section_id()
        if section_id:
            self.doc.set_role(section_id, role)

    def focus_heading(self) -> None:
        self.editor.tabs.setCurrentWidget(self.editor.section_editor)
        self.editor.section_editor.heading.setFocus()
        self.editor.section_editor.heading.selectAll()

    def add_field(self) -> None:
        name = self.prompts.ask_text("新字段的名称（例如：会议名称、单位、主持人）：")
        if not name:
            return
        if any(ch in name for ch in "{}|% "):
            self.prompts.show_message("字段名称不能含有空格或 { } | % 符号", name, "warning")
            return
        self.doc.set_field(name, self.doc.outline.field(name))
        if name not in self.doc.outline.fields:
            self.doc.set_field(name, "（待填）")
        self.editor.field_form.rebuild()
        self.editor.tabs.setCurrentWidget(self.editor.field_form)
        self.editor.field_form.focus_field(name)

    # help ---------------------------------------------------------------------------------------
    def show_help(self) -> None:
        self.prompts.show_message(
            "三步写好一篇讲话稿",
            "1. 在开始页选一种结构（或打开提纲、导入旧讲话稿）。\n"
            "2. 在“基本信息”里填写标题、讲话人、日期、会议名称等；在左侧提纲中增删、移动小节，"
            "在“小节内容”里写标题和正文，编号会自动更新。\n"
            "3. 按 Ctrl+E 导出 Word。\n\n"
            "所有修改都可撤销（Ctrl+Z）；程序每分钟自动保存一份恢复文件。")

    def show_about(self) -> None:
        self.prompts.show_message(f"讲稿助手 {__version__}",
                                  "从范文学习讲话稿结构，起草讲话稿，导出符合公文格式的 Word 文档。\n"
                                  "完全离线运行，不需要账号。")

    # autosave & closing -------------------------------------------------------------------------
    def autosave_now(self) -> bool:
        if self._doc is None or not self.doc.is_modified():
            return False
        if not self.doc.needs_autosave():
            return False
        try:
            self.recovery.write(self.doc.outline, self.doc.path)
        except UserError as err:
            self.status(f"自动保存失败：{err.message}")
            return False
        self.doc.mark_autosaved()
        return True

    def changeEvent(self, event) -> None:
        # focus lost (another program or a dialog came to the front): write the recovery copy now
        if event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow():
            self.autosave_now()
        super().changeEvent(event)

    def _restore_layout(self) -> None:
        geometry = self.settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 760)

    def _save_layout(self) -> None:
        self.settings.set_geometry(self.saveGeometry())
        if self._editor is not None:
            self.settings.set_splitter_sizes("editor", self._editor.splitter.sizes())
            self.settings.set_speaking_rate(self._editor.preview.rate.value())
        if self._library_dock is not None and self._library_dock.width_to_remember():
            self.settings.set_splitter_sizes("library", [self._library_dock.width_to_remember()])
        self.settings.sync()

    def closeEvent(self, event) -> None:
        if self._doc is not None and not self.files.confirm_discard():
            event.ignore()
            return
        self._save_layout()
        if self._library is not None:
            self._library.cancel_import()   # a file half-read is not kept: each file is one transaction
        self._autosave_timer.stop()
        self.recovery.end_session()
        self.tasks.wait()
        if self._library is not None:
            self._library.close()
        event.accept()

