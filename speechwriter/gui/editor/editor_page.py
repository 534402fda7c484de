"""The drafting page: outline tree | section text and fields | live preview."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSplitter, QTabWidget, QTreeView, QVBoxLayout, QWidget

from speechwriter.gui.document import Document
from speechwriter.gui.editor.field_form import FieldForm
from speechwriter.gui.editor.outline_model import SECTION_ID_ROLE
from speechwriter.gui.editor.preview import PreviewPane
from speechwriter.gui.editor.section_editor import SectionEditor

NARROW_TREE = 260
HEADING_ROOM = 10
# a page narrower than this (1024×768 with the 素材库 open: ~650 px) folds the preview away, so the tree
# shows its headings and the text box whole lines; it comes back when the page is wide again (the
# 素材库 closed, the window widened), and the clerk may drag its edge out at any time
ROOM_FOR_PREVIEW = 780
PREVIEW_MIN = 200
WIDE_PAGE = 1100   # from here on the preview gets the largest share


class OutlineTree(QTreeView):
    def __init__(self, doc: Document, parent=None):
        super().__init__(parent)
        self.setModel(doc.model)
        self.setAccessibleName("提纲")
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformRowHeights(True)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

    def resizeEvent(self, event) -> None:
        # a narrow tree (small screen, 素材库 open) gives the headings the room: 类型 is in the tooltip
        # and in the section's own 类型 box
        super().resizeEvent(event)
        width = event.size().width()
        self.setColumnHidden(1, width < NARROW_TREE)
        # 字数 gives way too when a heading would show fewer than HEADING_ROOM characters in this
        # font (Noto CJK's are wider than WenQuanYi's); the preview says 本节 N 字 of the current one
        counts = max(self.sizeHintForColumn(2), self.header().sectionSizeHint(2))
        room = width - counts - 2 * self.indentation()
        self.setColumnHidden(2, room < HEADING_ROOM * self.fontMetrics().horizontalAdvance("字"))


class EditorPage(QWidget):
    section_selected = Signal(object)   # section id or None
    add_field_requested = Signal()      # 基本信息's 添加字段 button
    panes_changed = Signal()            # the preview was folded away or brought back for room

    def __init__(self, doc: Document, rate: int, parent=None):
        super().__init__(parent)
        self.doc = doc
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.tree = OutlineTree(doc)
        self.tabs = QTabWidget()
        self.section_editor = SectionEditor(doc)
        self.field_form = FieldForm(doc)
        self.tabs.addTab(self.section_editor, "小节内容")
        self.tabs.addTab(self.field_form, "基本信息（字段）")
        self.preview = PreviewPane(doc, rate)
        for widget in (self.tree, self.tabs, self.preview):
            self.splitter.addWidget(widget)
        # small enough that tree, text and preview (and the 素材库) fit 1366×768 at 150 % (911 px);
        # the tree and the preview may be folded away by dragging their edge, the text never
        self.splitter.setChildrenCollapsible(True)
        self.splitter.setCollapsible(1, False)
        self.tree.setMinimumWidth(150)
        self.tabs.setMinimumWidth(250)
        self.preview.setMinimumWidth(PREVIEW_MIN)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 5)
        self._sizes_pending = True
        self._folded_for_room = False    # the preview was folded by the page's narrowness, not by the clerk
        layout.addWidget(self.splitter)

        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        # a click on a section means "edit this one": show its text (a programmatic selection does not)
        self.tree.clicked.connect(lambda _index: self.tabs.setCurrentWidget(self.section_editor))
        doc.focus_section.connect(self.select_section)
        doc.step_shown.connect(self.show_change)
        # the preview follows an edit to what it shows first: a heading, the title
        self.section_editor.heading.textEdited.connect(lambda _t: self.preview.follow(self.section_editor.section_id))
        self.field_form.title_edited.connect(lambda: self.preview.follow(None))
        doc.replaced.connect(self._outline_replaced)
        doc.template_changed.connect(lambda _name: self._outline_replaced())
        doc.changed.connect(self.field_form.schedule_refresh)
        self.field_form.add_field_requested.connect(self.add_field_requested)
        if doc.outline.sections or doc.outline.fields:  # built after an outline was loaded
            self.field_form.rebuild()
            self._outline_replaced()

    def restore_sizes(self, sizes: list[int]) -> None:
        if len(sizes) == 3 and all(s > 0 for s in sizes):
            self.splitter.setSizes(sizes)
            self._sizes_pending = False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._sizes_pending:  # first show without saved sizes: tree 27 %, text 33 %, preview the rest
            self._share_out(self.splitter.width())
            self._sizes_pending = False
        self._make_room(self.width())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.isVisible():
            self._make_room(event.size().width())

    def _share_out(self, width: int) -> None:
        # a small screen (1024×768: ~1010 px) gives the text first: its 标题 box shows a whole title
        shares = (0.27, 0.33, 0.40) if width >= WIDE_PAGE else (0.25, 0.42, 0.33)
        self.splitter.setSizes([int(width * share) for share in shares])

    def _make_room(self, width: int) -> None:
        """Below ROOM_FOR_PREVIEW the preview folds away (the tree and the text share the page, the
        length goes to the status bar); once there is room again, a preview folded so comes back."""
        sizes = self.splitter.sizes()
        narrow = width < ROOM_FOR_PREVIEW
        if narrow and not self._folded_for_room and sizes[2] > 0 and self.preview.isVisible():
            room = sum(sizes)
            tree = max(self.tree.minimumWidth(), int(room * 0.36))
            self.splitter.setSizes([tree, room - tree, 0])
            self.preview.setMinimumWidth(1)   # folded, it asks no room of the window (the 素材库 gets its own)
            self._folded_for_room = True
            self.panes_changed.emit()
        elif not narrow and self._folded_for_room:
            self._folded_for_room = False
            self.preview.setMinimumWidth(PREVIEW_MIN)
            if self.splitter.sizes()[2] == 0:    # (unless the clerk has dragged it out meanwhile)
                self._share_out(sum(self.splitter.sizes()))
                self.panes_changed.emit()

    def preview_folded(self) -> bool:
        """The preview has no room on the page (folded by its edge, or for room): its count line is not seen."""
        sizes = self.splitter.sizes()
        return sum(sizes) > 0 and sizes[2] == 0   # (all 0: not laid out yet, the preview gets its share)

    # selection ----------------------------------------------------------------------------------
    def show_fields_first(self) -> None:
        """A new speech starts with its 基本信息 (标题, 讲话人, 日期 …), the first thing to fill."""
        self.tabs.setCurrentWidget(self.field_form)
        missing = self.field_form.missing()
        if missing:
            self.field_form.focus_field(missing[0])

    def show_field(self, name: str) -> None:
        """基本信息 at one field (an export found it empty, or the clerk just added it)."""
        if name not in self.field_form.boxes:
            self.field_form.rebuild()
        self.tabs.setCurrentWidget(self.field_form)
        self.field_form.focus_field(name)

    def show_change(self, kind: str, key: str) -> None:
        """An undo or redo changed this section's text or this field: show it, so the clerk sees what changed."""
        if kind == "field":
            self.show_field(key)
            return
        self.select_section(key)
        self.tabs.setCurrentWidget(self.section_editor)
    # what the flows ask of the page, by intent (they never reach into its widgets) ---------------
    def field_names(self) -> list[str]:
        """The outline's fields, as 插入 → 字段 lists them."""
        return self.field_form.names()

    def focus_heading(self) -> None:
        """The chosen section's heading, selected for typing over (a new section, 修改标题)."""
        self.tabs.setCurrentWidget(self.section_editor)
        self.section_editor.heading.setFocus()
        self.section_editor.heading.selectAll()

    def reveal(self, place, length: int) -> None:
        """Where 查找 found the text (outline/find's place): the field in 基本信息, or the section's
        heading or body, with the `length` characters found selected."""
        from speechwriter.outline.find import FIELD, HEADING

        if place.kind == FIELD:
            self.show_field(place.key)
            box = self.field_form.boxes.get(place.key)
            if box is not None:
                box.setSelection(place.start, length)
            return
        self.select_section(place.key)
        self.tabs.setCurrentWidget(self.section_editor)
        if place.kind == HEADING:
            self.section_editor.heading.setSelection(place.start, length)
        else:
            self.section_editor.select_in_body(place.start, length)

    def reveal_text(self, section_id: str, text: str, near: int) -> None:
        """A section's words selected in its text (a 校对 finding clicked)."""
        self.select_section(section_id)
        self.tabs.setCurrentWidget(self.section_editor)
        self.section_editor.select_text(text, near)

    def insert_field(self, name: str) -> None:
        """`{{ name }}` where the cursor is in the section's text (UserError for a name no field can carry)."""
        from speechwriter.core.field_syntax import mark

        self.section_editor.insert_text(mark(name))

    def insert_material(self, text: str) -> bool:
        """A passage from the 素材库 into the section being edited, shown; False when none is."""
        if not self.section_editor.insert_material(text):
            return False
        self.tabs.setCurrentWidget(self.section_editor)
        self.preview.follow(self.section_editor.section_id)
        return True

    def show_section_text(self, section_id: str) -> None:
        """The section's text as the outline holds it (after an edit was refused)."""
        self.section_editor.show_section(section_id)

    def current_path(self) -> tuple | None:
        index = self.tree.currentIndex()
        return self.doc.model.path(index) if index.isValid() else None

    def current_section_id(self) -> str | None:
        index = self.tree.currentIndex()
        return index.data(SECTION_ID_ROLE) if index.isValid() else None

    def select_section(self, section_id: str | None) -> None:
        index = self.doc.model.index_for_id(section_id) if section_id else None
        if index is None or not index.isValid():
            return
        self.tree.expand(index.parent())
        self.tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.tree.scrollTo(index)

    def _current_changed(self, current, _previous) -> None:
        section_id = current.data(SECTION_ID_ROLE) if current.isValid() else None
        self.section_editor.show_section(section_id)
        self.preview.show_section(section_id)
        self.section_selected.emit(section_id)

    def _outline_replaced(self) -> None:
        self.tree.expandAll()
        self.preview.refresh_now()
        first = self.doc.outline.sections[0].id if self.doc.outline.sections else None
        self.select_section(first)

    # what the tree shows, as a reader sees it (the tests read the tree through it) --------------
    def visible_headings(self) -> list[str]:
        model, rows = self.doc.model, []

        def visit(parent, depth):
            for row in range(model.rowCount(parent)):
                index = model.index(row, 0, parent)
                rows.append("　" * depth + index.data())
                visit(index, depth + 1)

        from PySide6.QtCore import QModelIndex

        visit(QModelIndex(), 0)
        return rows
