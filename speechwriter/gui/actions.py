"""The window's actions: each QAction lives here and says what the clerk asked for as a signal.

Like novelWriter's main menu, this object owns its actions and knows nothing of the window: it emits
intents (`save_requested`, `role_requested("closing")` …) that the main window wires to the flows
that carry them out, and it is told the state (`set_state`) to enable what makes sense. Actions that
change a document are disabled while none is open. Shortcuts are collected and installed just
after the first frame (`install_shortcuts`), because the first one costs PySide ~16 ms to set up.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QWidget

from speechwriter.gui.icons import icon
from speechwriter.vocabulary import ROLE_NAMES, ROLES

# the same roles and names as speechwriter.core.speech (a test keeps them equal); spelled out here so
# the menus need not import the core while the window first appears


class StandardKey(str):
    """One of Qt's standard shortcuts (QKeySequence.StandardKey) by name, looked up when the shortcuts
    are installed: naming QKeySequence here would make PySide build its three enums before the first frame."""


class K:
    New, Open, Save, Print, Quit = (StandardKey(n) for n in ("New", "Open", "Save", "Print", "Quit"))
    Undo, HelpContents = StandardKey("Undo"), StandardKey("HelpContents")


def key_sequence(key: str):
    """The QKeySequence of a shortcut written "Ctrl+I" or given as a StandardKey."""
    from PySide6.QtGui import QKeySequence

    return QKeySequence(getattr(QKeySequence.StandardKey, key) if isinstance(key, StandardKey) else key)


class StepAction(QAction):
    """撤销/重做 showing the step it takes: 撤销 删除“提高站位”."""

    def __init__(self, verb: str, action_icon: QIcon, parent: QObject):
        super().__init__(action_icon, verb, parent)
        self._verb = verb

    def show_step(self, step: str) -> None:
        # the menu and tooltip name the step; the toolbar button keeps its short word, so a long
        # heading in the step never pushes 导出 Word off the toolbar
        full = f"{self._verb} {step}" if step else self._verb
        self.setText(full)
        self.setIconText(self._verb)
        self.setToolTip(full)


class Actions(QObject):
    # 文件
    new_requested = Signal()
    open_requested = Signal()
    recent_requested = Signal(str)
    import_speech_requested = Signal()
    correct_reading_requested = Signal()
    import_library_files_requested = Signal()
    import_library_folder_requested = Signal()
    save_requested = Signal()
    save_as_requested = Signal()
    save_new_requested = Signal()
    export_docx_requested = Signal()
    export_text_requested = Signal()
    export_pdf_requested = Signal()
    print_requested = Signal(bool)               # 大字版 reading copy?
    layout_requested = Signal()
    quit_requested = Signal()
    # 编辑
    undo_requested = Signal()
    redo_requested = Signal()
    add_section_requested = Signal(bool, str)     # as a child?, role ("" = like its neighbour)
    delete_section_requested = Signal()
    move_requested = Signal(str)                  # "up" | "down" | "indent" | "outdent"
    rename_requested = Signal()
    role_requested = Signal(str)
    numbering_requested = Signal(int, str)        # level (1-based), style
    find_replace_requested = Signal()
    find_material_requested = Signal()
    length_target_requested = Signal()
    # 插入
    field_requested = Signal(str)                 # put {{ name }} where the cursor is
    add_field_requested = Signal()
    # 视图
    start_page_requested = Signal()
    editor_page_requested = Signal()
    preview_toggled = Signal(bool)
    library_toggled = Signal(bool)
    check_toggled = Signal(bool)
    refresh_preview_requested = Signal()
    # 帮助
    help_requested = Signal()
    about_requested = Signal()

    def __init__(self, host: QWidget, library_shown: bool = True):
        """`host` is the widget whose window the shortcuts work in (the main window)."""
        super().__init__(host)
        self._host = host
        self._pending: list[tuple[QAction, list]] = []
        self._shortcuts: list[tuple[QAction, list]] = []
        # what the menus ask about the open document (the window supplies them)
        self.current_numbering: Callable[[], list[str]] = list
        self.field_names: Callable[[], list[str]] = list

        self.new = self._make("新建…", self.new_requested, K.New, "new", "从结构新建讲稿")
        self.open = self._make("打开…", self.open_requested, K.Open, "open", "打开讲稿提纲，或导入 .txt/.docx 讲话稿")
        self.import_speech = self._make("导入讲话稿…", self.import_speech_requested, "Ctrl+I", "import",
                                        "把已有的 .txt/.docx 讲话稿变成提纲")
        self.correct_reading = self._make("校正讲话稿的识别…", self.correct_reading_requested, None, None,
                                          "看程序怎样识别导入的讲话稿（标题、各节角色），改正后程序会学习这种写法")
        self.import_library = self._make("导入范文到素材库…", self.import_library_files_requested, None, "import",
                                         "把自己写过的讲话稿加入素材库，供查找和学习结构")
        self.import_library_folder = self._make("导入文件夹到素材库…", self.import_library_folder_requested, None,
                                                "open", "导入文件夹（含子文件夹）中的全部 .txt/.docx 讲话稿")
        self.save = self._make("保存", self.save_requested, K.Save, "save")
        self.save_as = self._make("另存为…", self.save_as_requested, "Ctrl+Shift+S", "save-as")
        self.save_new = self._make("另存为新提纲…", self.save_new_requested, None, None,
                                   "复制一份（清空日期），供下次会议重复使用")
        self.export = self._make("导出 Word…", self.export_docx_requested, "Ctrl+E", "export")
        self.export_text = self._make("导出纯文本…", self.export_text_requested, "Ctrl+Shift+E")
        self.export_pdf = self._make("导出 PDF…", self.export_pdf_requested, None, None,
                                     "与 Word 稿同样版面的 PDF（字体嵌入），可直接发送或打印")
        self.print = self._make("打印…", None, K.Print, None, "打印预览后打印")
        self.print.triggered.connect(lambda _c=False: self.print_requested.emit(False))
        self.print_large = self._make("打印大字版（讲台用）…", None, None, None,
                                      "正文放大、行距加宽、段落不跨页的念稿，不改变讲稿本身的排版")
        self.print_large.triggered.connect(lambda _c=False: self.print_requested.emit(True))
        self.layout = self._make("排版设置…", self.layout_requested, None, None,
                                 "字体方案、字号、行距、页码、大字版；保存在本篇讲稿中")
        self.quit = self._make("退出", self.quit_requested, K.Quit)

        self.undo = StepAction("撤销", icon("undo"), host)
        self.undo.triggered.connect(lambda _c=False: self.undo_requested.emit())
        self._pending.append((self.undo, [K.Undo]))
        self.redo = StepAction("重做", icon("redo"), host)
        self.redo.triggered.connect(lambda _c=False: self.redo_requested.emit())
        self._pending.append((self.redo, ["Ctrl+Y", "Ctrl+Shift+Z"]))
        self.undo.setEnabled(False)
        self.redo.setEnabled(False)
        self.add = self._make("添加同级小节", None, "Ctrl+Return", "add")
        self.add.triggered.connect(lambda _c=False: self.add_section_requested.emit(False, ""))
        self.add_child = self._make("添加下级小节", None, "Ctrl+Shift+Return", "add-child")
        self.add_child.triggered.connect(lambda _c=False: self.add_section_requested.emit(True, ""))
        self.delete = self._make("删除小节", self.delete_section_requested, "Ctrl+Delete", "delete")
        self.up = self._move("上移", "up", "Alt+Up", "up")
        self.down = self._move("下移", "down", "Alt+Down", "down")
        self.indent = self._move("降一级", "indent", "Alt+Right", "indent")
        self.outdent = self._move("升一级", "outdent", "Alt+Left", "outdent")
        self.rename = self._make("修改标题", self.rename_requested, "F2")
        self.find_replace = self._make("查找和替换…", self.find_replace_requested, "Ctrl+H", None,
                                       "在标题、正文和基本信息中查找，逐个或全部替换")
        self.find_material = self._make("查找素材…", self.find_material_requested, "Ctrl+Shift+F", "library",
                                        "在素材库的范文段落中查找，插入到正在编辑的小节")
        self.length_target = self._make("篇幅目标…", self.length_target_requested, None, None,
                                        "讲话限时（如控制在 15 分钟）：超出时状态栏变为橙色")
        self.add_field = self._make("添加字段…", self.add_field_requested)
        self.insert_roles = []
        for role in ROLES:
            action = QAction(f"{ROLE_NAMES[role]}小节", host)
            action.triggered.connect(lambda _c=False, r=role: self.add_section_requested.emit(False, r))
            self.insert_roles.append(action)
        self.roles = []
        for role in ROLES:
            action = QAction(ROLE_NAMES[role], host)
            action.triggered.connect(lambda _c=False, r=role: self.role_requested.emit(r))
            self.roles.append(action)

        self.show_start = self._make("开始页", self.start_page_requested, "Ctrl+Shift+H")
        self.show_editor = self._make("编辑页", self.editor_page_requested)
        self.toggle_preview = QAction("显示预览", host, checkable=True, checked=True)
        self._pending.append((self.toggle_preview, ["F9"]))
        self.toggle_preview.toggled.connect(self.preview_toggled)
        self.toggle_library = QAction(icon("library"), "素材库", host, checkable=True, checked=library_shown)
        self.toggle_library.setStatusTip("在范文中查找段落、常用说法，插入到正在编辑的小节")
        self._pending.append((self.toggle_library, ["F8"]))
        self.toggle_library.toggled.connect(self.library_toggled)
        self.toggle_check = QAction("校对", host, checkable=True, checked=False)
        # its status tip names the rules (set_state, once a speech is open: the registry imports all of 校对)
        self._pending.append((self.toggle_check, ["F7"]))
        self.toggle_check.toggled.connect(self.check_toggled)
        self.refresh_preview = self._make("刷新预览", self.refresh_preview_requested, "F5", "preview")
        self.help = self._make("使用说明和快捷键", self.help_requested, K.HelpContents)
        self.about = self._make("关于讲稿助手", self.about_requested, None, "about")

    # building ------------------------------------------------------------------------------------
    def _make(self, text: str, intent, shortcut=None, icon_name: str | None = None, tip: str = "") -> QAction:
        action = QAction(icon(icon_name) if icon_name else QIcon(), text, self._host)
        if shortcut is not None:
            self._pending.append((action, [shortcut]))
        if tip:
            action.setStatusTip(tip)
        if intent is not None:
            action.triggered.connect(lambda _checked=False: intent.emit())
        return action

    def _move(self, text: str, how: str, shortcut: str, icon_name: str) -> QAction:
        action = self._make(text, None, shortcut, icon_name)
        action.triggered.connect(lambda _c=False: self.move_requested.emit(how))
        return action

    def install_shortcuts(self) -> None:
        """Keyboard shortcuts, set just after the first frame (see the module's note)."""
        for action, keys in self._pending:
            action.setShortcuts([key_sequence(key) for key in keys])
        self._shortcuts += self._pending
        self._pending = []

    def shortcut_list(self) -> list[tuple[str, str]]:
        """(what, keys) for the help's shortcut table, in menu order, as the keyboard shows them."""
        rows = []
        for action, keys in self._shortcuts + self._pending:
            text = action.iconText() if isinstance(action, StepAction) else action.text()
            from PySide6.QtGui import QKeySequence

            names = [key_sequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys]
            rows.append((text.replace("…", "").replace("&", ""), " / ".join(n for n in names if n)))
        return rows

    # state ---------------------------------------------------------------------------------------
    def document_actions(self) -> list[QAction]:
        """Everything that changes or writes the open document: off while none is open."""
        return [self.save, self.save_as, self.save_new, self.export, self.export_text, self.export_pdf, self.print,
                self.print_large, self.layout, self.add, self.add_child,
                self.add_field, self.find_replace, self.length_target, *self.insert_roles]

    def section_actions(self) -> list[QAction]:
        """What needs a section chosen in the tree."""
        return [self.delete, self.up, self.down, self.indent, self.outdent, self.rename, *self.roles]

    def set_state(self, editing: bool, has_section: bool) -> None:
        for action in self.document_actions():
            action.setEnabled(editing)
        for action in self.section_actions():
            action.setEnabled(has_section)
        self.toggle_library.setEnabled(editing)
        self.toggle_check.setEnabled(editing)
        if editing and not self.toggle_check.statusTip():
            from speechwriter.check.rules import summary

            self.toggle_check.setStatusTip(f"校对：{summary()}")   # the rules as the one registry names them
        self.find_material.setEnabled(editing)
        self.refresh_preview.setEnabled(editing)
        self.toggle_preview.setEnabled(editing)
        self.editing = editing
        self.has_section = has_section

    editing = False
    has_section = False
