"""The menu bar and the toolbar, laid out from the Actions: 文件/编辑/插入/视图/帮助.

Nothing here decides anything: menus only place actions. The submenus filled on opening (字段,
编号样式, 最近打开) emit through the Actions' intents too.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from speechwriter.gui.actions import Actions
from speechwriter.gui.icons import icon

NUMBERING_LEVEL_NAMES = ("一级标题", "二级标题", "三级标题", "四级标题")


class Menus:
    def __init__(self, actions: Actions, window: QMainWindow):
        self.actions = a = actions
        bar = window.menuBar()
        menu = bar.addMenu("文件(&F)")
        menu.addActions([a.new, a.open])
        self.recent = menu.addMenu("最近打开")
        menu.addActions([a.import_speech, a.correct_reading, a.import_library, a.import_library_folder])
        menu.addSeparator()
        menu.addActions([a.save, a.save_as, a.save_new])
        menu.addSeparator()
        menu.addActions([a.export, a.export_pdf, a.export_text])
        menu.addSeparator()
        menu.addActions([a.layout, a.print, a.print_large])
        self.file_menu = menu
        self._quit_separator = menu.addSeparator()
        menu.addAction(a.quit)

        menu = bar.addMenu("编辑(&E)")
        menu.addActions([a.undo, a.redo])
        menu.addSeparator()
        menu.addActions([a.find_replace, a.find_material])
        menu.addSeparator()
        menu.addActions([a.add, a.add_child, a.delete, a.rename])
        menu.addSeparator()
        menu.addActions([a.up, a.down, a.indent, a.outdent])
        menu.addSeparator()
        self.roles = menu.addMenu("小节类型")
        self.roles.addActions(a.roles)
        self.numbering = menu.addMenu("编号样式")
        self.numbering.aboutToShow.connect(self._fill_numbering)
        menu.addAction(a.length_target)
        self.edit_menu = menu

        menu = bar.addMenu("插入(&I)")
        self.fields = menu.addMenu(icon("field"), "字段")
        self.fields.aboutToShow.connect(self._fill_fields)
        menu.addAction(a.add_field)
        menu.addSeparator()
        menu.addActions(a.insert_roles)

        menu = bar.addMenu("视图(&V)")
        menu.addActions([a.show_start, a.show_editor, a.toggle_preview, a.toggle_library, a.toggle_check,
                          a.refresh_preview])
        self.view_menu = menu

        menu = bar.addMenu("帮助(&H)")
        menu.addActions([a.help, a.about])

        tools = QToolBar("常用", window)
        window.addToolBar(tools)
        tools.setObjectName("main-toolbar")
        tools.setMovable(False)
        # = Qt.ToolButtonTextBesideIcon; set by value because importing the Qt namespace costs
        # ~16 ms of start-up (a measured third of the window's own start-up cost)
        tools.setProperty("toolButtonStyle", 2)
        for action in (a.new, a.open, a.save, None, a.undo, a.redo, None, a.add, a.add_child, a.delete, a.up,
                       a.down, a.outdent, a.indent, None, a.toggle_library, a.export):
            if action is None:
                tools.addSeparator()
            else:
                tools.addAction(action)
        self.toolbar = tools

    def fit_toolbar(self, width: int) -> None:
        """Words beside the icons while they fit; on a narrower window icons only (names in the
        tooltips), except 导出 Word, which keeps its words and never goes behind the » menu."""
        # styles by value (0 = icon only, 2 = text beside icon): this runs before the first frame,
        # and the Qt namespace would cost ~16 ms of start-up (see the toolbar above)
        tools = self.toolbar
        tools.setProperty("toolButtonStyle", 2)
        if tools.sizeHint().width() > width:
            tools.setProperty("toolButtonStyle", 0)
            export = tools.widgetForAction(self.actions.export)
            if export is not None:
                export.setProperty("toolButtonStyle", 2)

    def set_state(self, editing: bool, has_section: bool) -> None:
        self.roles.setEnabled(has_section)
        self.numbering.setEnabled(editing)
        self.fields.setEnabled(editing)

    def set_recent(self, paths: list[str]) -> None:
        self.recent.clear()
        for path in paths:
            self.recent.addAction(path).triggered.connect(
                lambda _c=False, p=path: self.actions.recent_requested.emit(p))
        self.recent.setEnabled(bool(paths))

    def insert_export_actions(self, *actions) -> None:
        """For outputs added later (PDF, 打印 …): placed after 导出纯文本 in 文件."""
        self.file_menu.insertActions(self._quit_separator, list(actions))

    def _fill_fields(self) -> None:
        self.fields.clear()
        for name in self.actions.field_names():
            self.fields.addAction(name).triggered.connect(
                lambda _c=False, n=name: self.actions.field_requested.emit(n))

    def _fill_numbering(self) -> None:
        from speechwriter.outline.numbering import STYLE_NAMES, STYLES

        self.numbering.clear()
        current = self.actions.current_numbering()
        for level, level_name in enumerate(NUMBERING_LEVEL_NAMES, start=1):
            sub: QMenu = self.numbering.addMenu(level_name)
            for style in STYLES:
                action = sub.addAction(STYLE_NAMES[style])
                action.setCheckable(True)
                action.setChecked(level <= len(current) and current[level - 1] == style)
                action.triggered.connect(
                    lambda _c=False, lv=level, s=style: self.actions.numbering_requested.emit(lv, s))
