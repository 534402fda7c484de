"""The 素材库 panel beside the editor: 查找 paragraphs, 常用说法 for the current section, the 范文 list.

The panel reads the library (phrases, listing) through the GUI thread's own Library connection,
which LibraryFlows hands it once the library is open and jieba is loaded. Searches run on a worker
with a connection of its own (library_search.Searcher): the window stays usable when the server is
slow or gone, and typing on cancels the search before. What changes anything (insert, import,
remove) leaves as a signal.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from speechwriter.errors import UserError
from speechwriter.gui.icons import icon
from speechwriter.gui.library.library_results import TAG, RichList, hit_html, phrase_html, plain_date
from speechwriter.gui.library.library_search import Searcher
from speechwriter.gui.unbroken import unbroken
from speechwriter.vocabulary import ROLE_NAMES, ROLES

SEARCH_DELAY_MS = 300   # search once the clerk pauses typing, not on every keystroke
SOURCES = (("全部来源", None), ("我的范文", "own"), ("自带范文", "bundled"))
RESULT_LIMIT = 50


def shown_title(library, entry) -> str:
    """A speech in the library as its card on the start page names it (core.learn.display_title):
    its title, or for an untitled one its first words, never its file's name."""
    from speechwriter.core.learn import display_title
    from speechwriter.core.speech import Speech

    if entry.title:
        return display_title(Speech(source=entry.source, title=entry.title))
    try:
        return display_title(library.speech(entry.id))
    except Exception:  # noqa: BLE001 - an unreadable entry is still listed, by its file's name
        return entry.file_name


def _buttons(*buttons) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color:#666")
    return label


class SearchTab(QWidget):
    insert_requested = Signal(str)
    NARROW = 330    # below this the three filters take two rows, so each shows its whole choice

    def __init__(self, parent=None):
        super().__init__(parent)
        self.library = None
        layout = QVBoxLayout(self)
        self.query = QLineEdit()
        self.query.setPlaceholderText("输入几个词查找段落，如：高质量发展 责任")
        self.query.setAccessibleName("查找素材")
        self.query.setClearButtonEnabled(True)
        layout.addWidget(self.query)
        filters = QGridLayout()     # one row where the panel is wide, two where it is narrow (resizeEvent)
        self._filters = filters
        self.role = QComboBox()
        self.role.setAccessibleName("段落类型")
        self.role.addItem("全部段落", None)
        for role in ROLES:
            self.role.addItem(ROLE_NAMES[role], role)
        self.source = QComboBox()
        self.source.setAccessibleName("范文来源")
        for name, value in SOURCES:
            self.source.addItem(name, value)
        self.kind = QComboBox()
        self.kind.setAccessibleName("文种")
        self.kind.addItem("全部文种", None)
        self._filters_wrapped: bool | None = None
        self._place_filters(wrapped=False)
        layout.addLayout(filters)
        self.status = _hint("素材库正在打开…")
        layout.addWidget(self.status)
        self.results = RichList("查找结果")
        layout.addWidget(self.results, 1)
        self.insert_button = QPushButton(icon("add"), "插入到当前小节")
        self.copy_button = QPushButton("复制")
        layout.addLayout(_buttons(self.copy_button, self.insert_button))

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.query.returnPressed.connect(self._query_entered)
        self.role.currentIndexChanged.connect(lambda _i: self.search_now())
        self.source.currentIndexChanged.connect(lambda _i: self.search_now())
        self.kind.currentIndexChanged.connect(lambda _i: self.search_now())
        self.results.chosen.connect(self.insert_current)
        self.results.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.insert_button.clicked.connect(self.insert_current)
        self.copy_button.clicked.connect(self.copy_current)
        self.searcher = Searcher(self)
        self.searcher.found.connect(self._found)
        self.searcher.failed.connect(self._failed)
        self._asked = 0                 # the newest search's number: older answers are dropped
        self._then_focus = False        # Enter asked for it: the results take the focus when they come
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.searcher.stop)
        self.set_library(None)

    def _place_filters(self, wrapped: bool) -> None:
        if wrapped == self._filters_wrapped:
            return
        self._filters_wrapped = wrapped
        for combo in (self.role, self.kind, self.source):
            self._filters.removeWidget(combo)
        places = ((0, 0), (0, 1), (1, 0)) if wrapped else ((0, 0), (0, 1), (0, 2))
        for combo, (row, column) in zip((self.role, self.kind, self.source), places):
            self._filters.addWidget(combo, row, column)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_filters(wrapped=event.size().width() < self.NARROW)

    def set_library(self, library, message: str = "素材库正在打开…") -> None:
        self.library = library
        self.query.setEnabled(library is not None)
        if library is None:
            self._asked += 1            # whatever is still on its way is not shown
            self.searcher.let_go()
            self.status.setText(message)
            self.results.clear()
        else:
            self.refresh_kinds()
            self.search_now()
        self._update_buttons()

    def refresh_kinds(self) -> None:
        """The kinds (领导讲话, 汇报发言 …) of the speeches now in the library, for the 文种 filter."""
        chosen = self.kind.currentData()
        if self.library is None:
            return
        kinds = self.library.kinds()
        blocked = self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem("全部文种", None)
        for kind in kinds:
            self.kind.addItem(kind, kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(chosen)))
        self.kind.blockSignals(blocked)

    def _query_entered(self) -> None:
        """Enter in the box searches at once and moves to the results: Enter again inserts."""
        self._then_focus = True
        self.search_now()

    def set_role(self, role: str | None) -> None:
        self.role.setCurrentIndex(max(0, self.role.findData(role)))

    def search_now(self) -> None:
        """Ask the worker; the results come in `_found`, and meanwhile the window goes on."""
        self._timer.stop()
        if self.library is None:
            return
        text = self.query.text().strip()
        self._asked += 1
        self.results.clear()
        if not text:
            self.status.setText("在所有范文的段落中查找；双击结果或点“插入”放进正在编辑的小节。")
            self._update_buttons()
            return
        self.status.setText("正在搜索…")
        self._update_buttons()
        self.searcher.ask(self._asked, self.library.location, text, role=self.role.currentData(),
                          kind=self.kind.currentData(), source=self.source.currentData(), limit=RESULT_LIMIT)

    def _found(self, number: int, found) -> None:
        if number != self._asked or self.library is None:
            return          # the clerk typed on, or the library went: an answer to an older question
        for hit in found.hits:
            self.results.add_row(hit, hit_html(hit), hit.text)
        self.status.setText(self._describe(found))
        if found.hits:
            self.results.setCurrentRow(0)
            if self._then_focus:
                self.results.setFocus()
        self._then_focus = False
        self._update_buttons()

    def _failed(self, number: int, message: str) -> None:
        if number == self._asked:
            self._then_focus = False
            self.status.setText(message)

    @staticmethod
    def _describe(found) -> str:
        if not found.total:
            return f"没有找到含“{found.query}”的段落；可以少输几个字，或换个说法。"
        text = f"“{found.query}”：找到 {found.total_text()}"
        if found.total > len(found.hits):
            text += f"，显示最相关的 {len(found.hits)} 段"
        if found.ranked < found.total or found.capped:
            text += "（词太常见，只比较了其中一部分；加一个词能找得更准）"
        return text + "。"

    def insert_current(self) -> None:
        hit = self.results.payload()
        if hit is not None:
            from speechwriter.outline.create import as_material

            self.insert_requested.emit(as_material(hit.text, hit.heading))

    def copy_current(self) -> None:
        hit = self.results.payload()
        if hit is not None:
            QApplication.clipboard().setText(hit.text)

    def _update_buttons(self) -> None:
        has = self.results.payload() is not None
        self.insert_button.setEnabled(has)
        self.copy_button.setEnabled(has)


class PhraseTab(QWidget):
    insert_requested = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.library = None
        self.role: str | None = None
        self.kind: str | None = None
        self._titles_cache: tuple[int | None, dict[str, str]] = (None, {})
        layout = QVBoxLayout(self)
        self.caption = _hint("在左侧提纲中选一个小节，这里列出范文里同类小节的常用说法。")
        layout.addWidget(self.caption)
        self.phrases = RichList("常用说法")
        layout.addWidget(self.phrases, 1)
        self.insert_button = QPushButton(icon("add"), "插入到当前小节")
        layout.addLayout(_buttons(self.insert_button))
        self.phrases.chosen.connect(self.insert_current)
        self.phrases.currentRowChanged.connect(lambda _r: self.insert_button.setEnabled(self.phrases.payload()
                                                                                         is not None))
        self.insert_button.clicked.connect(self.insert_current)
        self.insert_button.setEnabled(False)

    def set_library(self, library) -> None:
        self.library = library
        self.refresh()

    def show_for(self, role: str | None, kind: str | None) -> None:
        self.role, self.kind = role, kind
        self.refresh()

    def refresh(self) -> None:
        self.phrases.clear()
        if self.library is None or self.role is None:
            self.caption.setText("在左侧提纲中选一个小节，这里列出范文里同类小节的常用说法。")
            return
        from speechwriter.library import suggest_phrases

        found = suggest_phrases(self.library, self.role, kind=self.kind, limit=20)
        name = ROLE_NAMES.get(self.role, self.role)
        where = "开头的过渡语" if self.role in ("review", "key_points") else "常用说法"
        self.caption.setText(f"“{name}”小节{where}（共 {len(found)} 条，〔 〕内是字段，按“基本信息”填写的内容替换）："
                             if found else f"素材库里还没有“{name}”小节的常用说法。")
        titles = self._titles()
        for phrase in found:
            names = [f"《{titles.get(source, source)}》" for source in phrase.sources[:5]]
            self.phrases.add_row(phrase, phrase_html(phrase), "来自：" + "、".join(names))
        if found:
            self.phrases.setCurrentRow(0)

    def _titles(self) -> dict[str, str]:
        """Source file → speech title, for the tooltips; read again only when the library changed."""
        if self.library is None:
            return {}
        generation = self.library.generation()
        if self._titles_cache[0] != generation:
            entries = self.library.speeches()
            self._titles_cache = (generation, {e.source: shown_title(self.library, e) for e in entries})
        return self._titles_cache[1]

    def insert_current(self) -> None:
        phrase = self.phrases.payload()
        if phrase is not None:
            from speechwriter.outline.create import as_material

            self.insert_requested.emit(as_material(phrase.text))


class SpeechesTab(QWidget):
    import_files_requested = Signal()
    import_folder_requested = Signal()
    remove_requested = Signal(int)      # speech id
    reading_requested = Signal(int)     # speech id: show how it was read, to correct it
    reset_learning_requested = Signal()  # 恢复默认: drop what was learned from the clerk's corrections
    location_requested = Signal()        # 素材库位置…: this PC or the unit's server

    COLUMNS = ("标题", "文种", "日期")   # where it comes from: grey for a bundled sample, and below the list

    def __init__(self, parent=None):
        super().__init__(parent)
        self.library = None
        layout = QVBoxLayout(self)
        self.counts = _hint("")
        layout.addWidget(self.counts)
        self.list = QTreeWidget()
        self.list.setAccessibleName("范文列表")
        self.list.setHeaderLabels(list(self.COLUMNS))
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.list.header()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)   # the library's order until a click
        self.list.setSortingEnabled(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        layout.addWidget(self.list, 1)
        self.keywords = QLabel()           # the chosen speech: its keywords as tags, each kept on one line
        self.keywords.setWordWrap(True)
        layout.addWidget(self.keywords)
        self.details = QLabel()            # its size and file (to copy the file's path)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)
        self.import_files = QPushButton(icon("import"), "导入文件…")
        self.import_folder = QPushButton(icon("open"), "导入文件夹…")
        self.remove_button = QPushButton(icon("delete"), "移出素材库")
        row = QHBoxLayout()
        for button in (self.import_files, self.import_folder):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        self.reading_button = QPushButton("查看/校正识别…")
        self.reading_button.setToolTip("看程序怎样识别这篇讲稿的标题、各节角色，并改正（双击也可）")
        self.reset_button = QPushButton("恢复默认识别")
        self.reset_button.setToolTip("不再使用根据您的校正训练的结构识别")
        self.location_button = QPushButton("素材库位置…")
        self.location_button.setToolTip("设置 → 素材库位置：本机，或单位服务器（办公室共用）")
        row = QHBoxLayout()
        row.addWidget(self.reading_button)
        row.addStretch(1)
        row.addWidget(self.location_button)
        row.addWidget(self.reset_button)
        layout.addLayout(row)
        self.reading_button.clicked.connect(self._reading_clicked)
        self.list.itemDoubleClicked.connect(lambda _item, _column: self._reading_clicked())
        self.reset_button.clicked.connect(self.reset_learning_requested)
        self.location_button.clicked.connect(self.location_requested)
        self.has_clerk_model = lambda: False   # set by the window: is a model learned from corrections in use?
        self.import_files.clicked.connect(self.import_files_requested)
        self.import_folder.clicked.connect(self.import_folder_requested)
        self.remove_button.clicked.connect(self._remove_clicked)
        self.list.currentItemChanged.connect(lambda _c, _p: self._update_buttons())
        self.list.currentItemChanged.connect(lambda _c, _p: self._show_details())
        self.set_library(None)

    def set_library(self, library) -> None:
        self.library = library
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        if self.library is None:
            self.counts.setText("素材库正在打开…")
            self._update_buttons()
            return
        entries = self.library.speeches()
        own = sum(1 for e in entries if not e.bundled)
        self.counts.setText(f"共 {len(entries)} 篇：自己导入 {own} 篇，程序自带 {len(entries) - own} 篇。"
                            "导入的范文参与查找，并用来学习“从结构新建”里的结构；"
                            "也可以把文件或文件夹拖到这里导入。")
        self.list.setSortingEnabled(False)
        for entry in entries:
            kind = f"{entry.kind} · 已校正" if entry.labelled else entry.kind
            title = shown_title(self.library, entry)
            item = QTreeWidgetItem([title, kind, plain_date(entry.date)])
            item.setData(0, Qt.ItemDataRole.UserRole, entry)
            tip = f"{title}\n{entry.source}\n{entry.chars} 字，{entry.paragraphs} 段"
            if entry.keywords:
                tip += "\n关键词：" + "、".join(entry.keywords[:8])
            for column in range(len(self.COLUMNS)):
                item.setToolTip(column, tip)
                if entry.bundled:
                    item.setForeground(column, QColor("#777777"))
            self.list.addTopLevelItem(item)
        self.list.setSortingEnabled(True)
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)
        self._update_buttons()

    def _current_entry(self):
        item = self.list.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _show_details(self) -> None:
        entry = self._current_entry()
        if entry is None:
            self.keywords.setText("")
            self.details.setText("")
            return
        # a narrow panel wraps between tags, never inside one (高质 | 量发展)
        tags = " ".join(TAG.format(html.escape(unbroken(k))) for k in entry.keywords[:8])
        self.keywords.setText(f"关键词：{tags}")
        where = "程序自带范文" if entry.bundled else html.escape(entry.source)
        self.details.setText(f"<div style='color:#666'>{entry.chars} 字，{entry.paragraphs} 段 · {where}</div>")

    def titles(self) -> list[str]:
        items = (self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount()))
        return [item.text(0) for item in items if item is not None]

    def select_title(self, title: str) -> bool:
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            if item is not None and item.text(0) == title:
                self.list.setCurrentItem(item)
                return True
        return False

    def _remove_clicked(self) -> None:
        entry = self._current_entry()
        if entry is not None and not entry.bundled:
            self.remove_requested.emit(entry.id)

    def _reading_clicked(self) -> None:
        entry = self._current_entry()
        if entry is not None:
            self.reading_requested.emit(entry.id)

    def _update_buttons(self) -> None:
        entry = self._current_entry()
        self.reading_button.setEnabled(entry is not None)
        self.reset_button.setEnabled(self.library is not None and self.has_clerk_model())
        removable = entry is not None and not entry.bundled
        self.remove_button.setEnabled(removable)
        self.remove_button.setToolTip("" if removable or entry is None else "程序自带的范文不能移出。")
        for button in (self.import_files, self.import_folder):
            button.setEnabled(self.library is not None)


class LibraryPanel(QTabWidget):
    """查找 | 常用说法 | 范文; `set_library` makes it live, `library_changed` after an import or removal."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName("素材库")
        self.search = SearchTab()
        self.phrases = PhraseTab()
        self.speeches = SpeechesTab()
        self.addTab(self.search, "查找")
        self.addTab(self.phrases, "常用说法")
        self.addTab(self.speeches, "范文")

    def set_library(self, library, message: str = "素材库正在打开…") -> None:
        try:
            self.search.set_library(library, message)
            self.phrases.set_library(library)
            self.speeches.set_library(library)
        except UserError as err:   # the server went away between opening and reading
            self.set_library(None, f"素材库离线：{err.message} 写作不受影响。")
            return
        if library is None:
            self.speeches.counts.setText(message)

    def library_changed(self) -> None:
        """Speech ids change on re-import: every list is read again."""
        try:
            self.speeches.refresh()
            self.phrases.refresh()
            self.search.refresh_kinds()
            self.search.search_now()
        except UserError as err:
            self.set_library(None, f"素材库离线：{err.message} 写作不受影响。")
