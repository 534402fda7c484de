"""The window's actions, menus and toolbar: 文件/编辑/插入/视图/帮助 with the usual shortcuts.

Actions call the window's public methods (files, tree edits, pages); shortcuts are collected here
and installed by MainWindow.install_shortcuts just after the first frame.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QIcon, QKeySequence

from speechwriter.gui.icons import icon

NUMBERING_LEVEL_NAMES = ("一级标题", "二级标题", "三级标题", "四级标题")
# the same roles and names as speechwriter.core.speech (a test keeps them equal); spelled out here so
# the menus need not import the core while the window first appears
ROLE_MENU = (("opening", "开场"), ("review", "回顾"), ("key_points", "要点"), ("closing", "结束"))


def _action(window, text: str, slot, shortcut=None, icon_name: str | None = None, tip: str = "") -> QAction:
    action = QAction(icon(icon_name) if icon_name else QIcon(), text, window)
    if shortcut is not None:
        window.pending_shortcuts.append((action, [shortcut]))
    if tip:
        action.setStatusTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def build_actions(window) -> None:
    window.pending_shortcuts = []   # (action, keys): installed after the first frame
    K = QKeySequence.StandardKey
    window.act_new = _action(window, "新建…", window.show_start, K.New, "new", "从结构新建讲稿")
    window.act_open = _action(window, "打开…", lambda: window.files.open_file(), K.Open, "open")
    window.act_import = _action(window, "导入讲话稿…", lambda: window.files.import_speech(), "Ctrl+I", "import",
                               "把已有的 .txt/.docx 讲话稿变成提纲")
    window.act_correct_reading = _action(window, "校正讲话稿的识别…", lambda: window.library_dock.readings.correct_file(),
                                        None, None, "看程序怎样识别刚导入的讲话稿（标题、各节角色），改正后程序会学习")
    window.act_import_library = _action(window, "导入范文到素材库…", lambda: window.library.import_files(), None,
                                       "import", "把自己写过的讲话稿加入素材库，供查找和学习结构")
    window.act_import_library_folder = _action(window, "导入文件夹到素材库…", lambda: window.library.import_folder(),
                                              None, "open", "导入文件夹（含子文件夹）中的全部 .txt/.docx 讲话稿")
    window.act_save = _action(window, "保存", lambda: window.files.save(), K.Save, "save")
    window.act_save_as = _action(window, "另存为…", lambda: window.files.save_as(), "Ctrl+Shift+S", "save-as")
    window.act_save_new = _action(window, "另存为新提纲…", lambda: window.files.save_as_new_outline(), None, None,
                                 "复制一份（清空日期），供下次会议重复使用")
    window.act_export = _action(window, "导出 Word…", lambda: window.files.export_docx(), "Ctrl+E", "export")
    window.act_export_text = _action(window, "导出纯文本…", lambda: window.files.export_text(), "Ctrl+Shift+E")
    window.act_quit = _action(window, "退出", window.close, K.Quit)

    # bound to the document's undo stack when the document is made (see `doc`); undoing from the
    # start page shows the editor, so the clerk sees what was taken back
    window.act_undo = _StepAction("撤销", icon("undo"), window)
    window.pending_shortcuts.append((window.act_undo, [K.Undo]))
    window.act_undo.triggered.connect(lambda _c=False: (window.show_editor(), window.doc.undo_stack.undo()))
    window.act_redo = _StepAction("重做", icon("redo"), window)
    window.act_redo.triggered.connect(lambda _c=False: (window.show_editor(), window.doc.undo_stack.redo()))
    window.pending_shortcuts.append((window.act_redo, ["Ctrl+Y", "Ctrl+Shift+Z"]))
    window.act_undo.setEnabled(False)
    window.act_redo.setEnabled(False)
    window.act_add = _action(window, "添加同级小节", lambda: window.add_section(child=False), "Ctrl+Return", "add")
    window.act_add_child = _action(window, "添加下级小节", lambda: window.add_section(child=True), "Ctrl+Shift+Return",
                                  "add-child")
    window.act_delete = _action(window, "删除小节", window.delete_section, "Ctrl+Delete", "delete")
    window.act_up = _action(window, "上移", lambda: window.edit_tree(window.doc.move_up), "Alt+Up", "up")
    window.act_down = _action(window, "下移", lambda: window.edit_tree(window.doc.move_down), "Alt+Down", "down")
    window.act_indent = _action(window, "降一级", lambda: window.edit_tree(window.doc.indent), "Alt+Right", "indent")
    window.act_outdent = _action(window, "升一级", lambda: window.edit_tree(window.doc.outdent), "Alt+Left", "outdent")
    window.act_rename = _action(window, "修改标题", window.focus_heading, "F2")
    window.act_add_field = _action(window, "添加字段…", window.add_field)
    window.act_find_material = _action(window, "查找素材…", window.find_material, "Ctrl+Shift+F", "library",
                                      "在素材库的范文段落中查找，插入到正在编辑的小节")

    window.act_show_start = _action(window, "开始页", window.show_start, "Ctrl+Shift+H")
    window.act_show_editor = _action(window, "编辑页", window.show_editor)
    window.act_toggle_preview = QAction("显示预览", window, checkable=True, checked=True)
    window.pending_shortcuts.append((window.act_toggle_preview, ["F9"]))
    window.act_toggle_preview.toggled.connect(lambda on: window.editor.preview.setVisible(on))
    window.act_toggle_library = QAction(icon("library"), "素材库", window, checkable=True,
                                        checked=window.settings.panel_shown("library"))
    window.act_toggle_library.setStatusTip("在范文中查找段落、常用说法，插入到正在编辑的小节")
    window.pending_shortcuts.append((window.act_toggle_library, ["F8"]))
    window.act_toggle_library.toggled.connect(window.toggle_library)
    window.act_refresh_preview = _action(window, "刷新预览", lambda: window.editor.preview.refresh_now(), "F5", "preview")
    window.act_help = _action(window, "使用说明", window.show_help, K.HelpContents)
    window.act_about = _action(window, "关于讲稿助手", window.show_about, None, "about")


def build_menus(window) -> None:
    bar = window.menuBar()
    menu = bar.addMenu("文件(&F)")
    for a in (window.act_new, window.act_open):
        menu.addAction(a)
    window.recent_menu = menu.addMenu("最近打开")
    menu.addAction(window.act_import)
    menu.addAction(window.act_correct_reading)
    menu.addAction(window.act_import_library)
    menu.addAction(window.act_import_library_folder)
    menu.addSeparator()
    for a in (window.act_save, window.act_save_as, window.act_save_new):
        menu.addAction(a)
    menu.addSeparator()
    menu.addAction(window.act_export)
    menu.addAction(window.act_export_text)
    menu.addSeparator()
    menu.addAction(window.act_quit)

    menu = bar.addMenu("编辑(&E)")
    menu.addAction(window.act_undo)
    menu.addAction(window.act_redo)
    menu.addSeparator()
    for a in (window.act_add, window.act_add_child, window.act_delete, window.act_rename):
        menu.addAction(a)
    menu.addSeparator()
    for a in (window.act_up, window.act_down, window.act_indent, window.act_outdent):
        menu.addAction(a)
    menu.addSeparator()
    menu.addAction(window.act_find_material)
    menu.addSeparator()
    window.role_menu = menu.addMenu("小节类型")
    for role, role_name in ROLE_MENU:
        window.role_menu.addAction(role_name).triggered.connect(lambda _c=False, r=role: window.set_role(r))
    window.numbering_menu = menu.addMenu("编号样式")
    window.numbering_menu.aboutToShow.connect(lambda: _fill_numbering_menu(window))

    menu = bar.addMenu("插入(&I)")
    window.field_menu = menu.addMenu(icon("field"), "字段")
    window.field_menu.aboutToShow.connect(lambda: _fill_field_menu(window))
    menu.addAction(window.act_add_field)
    menu.addSeparator()
    for role, role_name in ROLE_MENU:
        menu.addAction(f"{role_name}小节").triggered.connect(
            lambda _c=False, r=role: window.add_section(child=False, role=r))

    menu = bar.addMenu("视图(&V)")
    for a in (window.act_show_start, window.act_show_editor, window.act_toggle_preview, window.act_toggle_library,
              window.act_refresh_preview):
        menu.addAction(a)

    menu = bar.addMenu("帮助(&H)")
    menu.addAction(window.act_help)
    menu.addAction(window.act_about)

    tools = window.addToolBar("常用")
    tools.setObjectName("main-toolbar")
    tools.setMovable(False)
    # = Qt.ToolButtonTextBesideIcon; set by value because importing the Qt namespace costs
    # ~16 ms of start-up (a measured third of the window's own start-up cost)
    tools.setProperty("toolButtonStyle", 2)
    for a in (window.act_new, window.act_open, window.act_save, None, window.act_undo, window.act_redo, None,
              window.act_add, window.act_add_child, window.act_delete, window.act_up, window.act_down,
              window.act_outdent, window.act_indent, None, window.act_toggle_library, window.act_export):
        tools.addSeparator() if a is None else tools.addAction(a)
    window.toolbar = tools


def _fill_field_menu(window) -> None:
    from speechwriter.gui.field_form import form_fields

    window.field_menu.clear()
    for name, _required in form_fields(window.doc.outline):
        window.field_menu.addAction(name).triggered.connect(
            lambda _c=False, n=name: window.editor.section_editor.insert_text("{{ " + n + " }}"))


def _fill_numbering_menu(window) -> None:
    from speechwriter.outline.numbering import STYLE_NAMES, STYLES

    window.numbering_menu.clear()
    current = window.doc.outline.numbering
    for level, level_name in enumerate(NUMBERING_LEVEL_NAMES, start=1):
        sub = window.numbering_menu.addMenu(level_name)
        for style in STYLES:
            action = sub.addAction(STYLE_NAMES[style])
            action.setCheckable(True)
            action.setChecked(level <= len(current) and current[level - 1] == style)
            action.triggered.connect(lambda _c=False, lv=level, s=style: window.doc.set_numbering(lv, s))


class _StepAction(QAction):
    """撤销/重做 showing the step it takes: 撤销 删除“提高站位”."""

    def __init__(self, verb: str, action_icon: QIcon, parent):
        super().__init__(action_icon, verb, parent)
        self._verb = verb

    def show_step(self, step: str) -> None:
        # the menu and tooltip name the step; the toolbar button keeps its short word, so a long
        # heading in the step never pushes 导出 Word off the toolbar
        full = f"{self._verb} {step}" if step else self._verb
        self.setText(full)
        self.setIconText(self._verb)
        self.setToolTip(full)
