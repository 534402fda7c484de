"""A QAbstractItemModel over the core Outline's section tree.

Columns: the heading as printed (number included, so the tree shows what the .docx will), the
section's role, its 字数. Tree operations go through speechwriter.outline.edit; this model only
wraps them in Qt's begin/end signals so views keep selection and expansion. The model never
decides anything on its own: a drag and drop becomes a `move_requested` signal, which the
document turns into an undoable command.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal

from speechwriter.gui.editor.field_text import field_value, labelled
from speechwriter.outline import count, edit, numbering
from speechwriter.outline.tree import Outline, Section
from speechwriter.vocabulary import ROLE_NAMES

SAMPLE_COLOUR = "#9a6700"   # sample wording in the tree, the editor and the preview alike


def has_sample(section: Section) -> bool:
    """The section still holds the sample's wording (its heading or a paragraph, unedited)."""
    return section.is_sample(section.heading) or bool(section.sample_lines())


SECTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
MIME_TYPE = "application/x-speechwriter-section-id"
COLUMNS = ("小节", "类型", "字数")

Index = QModelIndex | QPersistentModelIndex


class OutlineModel(QAbstractItemModel):
    move_requested = Signal(tuple, tuple, int)   # path, new parent path (tree before), index after removal

    def __init__(self, outline: Outline, parent=None):
        super().__init__(parent)
        self._outline = outline
        self._parents: dict[int, Section | None] = {}
        self._totals: dict[str, tuple[int, float]] = {}
        self._reindex()

    # the outline -----------------------------------------------------------------------------
    @property
    def outline(self) -> Outline:
        return self._outline

    def set_outline(self, outline: Outline) -> None:
        self.beginResetModel()
        self._outline = outline
        self._reindex()
        self.endResetModel()

    def _reindex(self) -> None:
        self._parents = {}
        for section in self._outline.sections:
            self._note_parents(section, None)
        self._totals = count.section_totals(self._outline)

    def _note_parents(self, section: Section, parent: Section | None) -> None:
        self._parents[id(section)] = parent
        for child in section.children:
            self._note_parents(child, section)

    # paths <-> indexes -------------------------------------------------------------------------
    def section(self, index: Index) -> Section | None:
        return index.internalPointer() if index.isValid() else None

    def path(self, index: Index) -> tuple[int, ...]:
        rows = []
        while index.isValid():
            rows.append(index.row())
            index = index.parent()
        return tuple(reversed(rows))

    def index_for_path(self, path: tuple[int, ...], column: int = 0) -> QModelIndex:
        index = QModelIndex()
        for i, row in enumerate(path):
            index = self.index(row, column if i == len(path) - 1 else 0, index)
        return index

    def index_for_id(self, section_id: str) -> QModelIndex:
        path = edit.find_path(self._outline, section_id)
        return self.index_for_path(path) if path is not None else QModelIndex()   # None: deleted meanwhile

    # Qt model interface -----------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        siblings = self._children(parent)
        if 0 <= row < len(siblings) and 0 <= column < len(COLUMNS):
            return self.createIndex(row, column, siblings[row])
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = self._parents.get(id(index.internalPointer()))
        if parent is None:
            return QModelIndex()
        grand = self._parents.get(id(parent))
        siblings = grand.children if grand is not None else self._outline.sections
        return self.createIndex(_position(siblings, parent), 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(parent))

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(COLUMNS)

    def _children(self, parent: Index) -> list[Section]:
        return parent.internalPointer().children if parent.isValid() else self._outline.sections

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        section: Section = index.internalPointer()
        if role == SECTION_ID_ROLE:
            return section.id
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                if role == Qt.ItemDataRole.ToolTipRole and has_sample(section):
                    return self.display_heading(index) + "\n（含范文原话，改写后标记自动消失）"
                return self.display_heading(index)
            if column == 1:
                return ROLE_NAMES.get(section.role, section.role)
            chars, minutes = self._totals.get(section.id, (0, 0.0))
            # the column is headed 字数: the number alone leaves a narrow tree's room to the headings
            return f"{chars}" if role == Qt.ItemDataRole.DisplayRole else f"{chars} 字，约 {minutes:.1f} 分钟"
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == 0:
            from PySide6.QtGui import QColor

            if has_sample(section):
                return QColor(SAMPLE_COLOUR)   # the sample's wording, not yet rewritten
            if not section.heading.strip():
                return QColor("#777777")
        if role == Qt.ItemDataRole.FontRole and column == 0 and has_sample(section):
            from PySide6.QtGui import QFont

            font = QFont()
            font.setItalic(True)
            return font
        return None

    def display_heading(self, index: Index) -> str:
        """What the tree shows: "一、提高站位"; an un-headed block shows its role and first words.
        The tree is refreshed when a field changes (Document.do_set_field)."""
        section: Section = index.internalPointer()
        def value_of(name: str) -> str:
            return field_value(self._outline, name)

        if section.heading.strip():   # its fields as the heading box shows them: the value, or 〔单位〕
            return labelled(numbering.numbered_heading(self._outline, self.path(index)), value_of)
        first = labelled(section.paragraphs()[0], value_of) if section.paragraphs() else "（空）"
        if len(first) > 18:
            first = first[:18] + "…"
        return f"〔{ROLE_NAMES.get(section.role, section.role)}〕{first}"

    def flags(self, index: Index):
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return (base | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled)

    # drag and drop: the model proposes, the document decides (as an undoable command) ---------
    def supportedDropActions(self):
        return Qt.DropAction.MoveAction

    def supportedDragActions(self):
        return Qt.DropAction.MoveAction

    def mimeTypes(self):
        return [MIME_TYPE]

    def mimeData(self, indexes):
        data = QMimeData()
        ids = [self.data(i, SECTION_ID_ROLE) for i in indexes if i.isValid() and i.column() == 0]
        if ids:
            data.setData(MIME_TYPE, ids[0].encode("ascii"))
        return data

    def drop_target(self, data: QMimeData, row: int, parent: Index):
        """(path, new parent path, new index) for a drop, or None when it is not allowed."""
        if not data.hasFormat(MIME_TYPE):
            return None
        section_id = data.data(MIME_TYPE).toStdString()
        path = edit.find_path(self._outline, section_id)
        if path is None:   # dragged from another window's outline
            return None
        new_parent = self.path(parent) if parent.isValid() else ()
        if new_parent[: len(path)] == path:
            return None  # never into its own descendants
        siblings = self._children(parent)
        row = len(siblings) if row < 0 else row
        if new_parent == path[:-1] and row > path[-1]:
            row -= 1  # the section leaves its place first
        if new_parent == path[:-1] and row == path[-1]:
            return None
        return path, new_parent, row

    def canDropMimeData(self, data, action, row, column, parent):
        return self.drop_target(data, row, parent) is not None

    def dropMimeData(self, data, action, row, column, parent):
        target = self.drop_target(data, row, parent)
        if target is not None:
            self.move_requested.emit(*target)
        return False  # the command moved it; the view must not remove anything itself

    # the operations undo commands use -----------------------------------------------------------
    def insert(self, parent_path: tuple, index: int, section: Section) -> tuple:
        self.beginInsertRows(self.index_for_path(parent_path), index, index)
        try:
            new_path = edit.insert_section(self._outline, parent_path, index, section)
        finally:
            self._reindex()
            self.endInsertRows()
        self.refresh()
        return new_path

    def remove(self, path: tuple) -> Section:
        self.beginRemoveRows(self.index_for_path(path[:-1]), path[-1], path[-1])
        try:
            removed = edit.remove_section(self._outline, path)
        finally:
            self._reindex()
            self.endRemoveRows()
        self.refresh()
        return removed

    def move(self, path: tuple, new_parent_path: tuple, new_index: int) -> tuple:
        return self._moving(path, new_parent_path, new_index,
                            lambda: edit.move_section(self._outline, path, new_parent_path, new_index))

    def indent(self, path: tuple) -> tuple:
        new_parent = path[:-1] + (path[-1] - 1,)
        if path[-1] == 0:
            return edit.indent(self._outline, path)  # raises the Chinese reason
        slot = len(edit.section_at(self._outline, new_parent).children)
        return self._moving(path, new_parent, slot, lambda: edit.indent(self._outline, path))

    def outdent(self, path: tuple) -> tuple:
        if len(path) < 2:
            return edit.outdent(self._outline, path)  # raises the Chinese reason
        return self._moving(path, path[:-2], path[-2] + 1, lambda: edit.outdent(self._outline, path))

    def _moving(self, path, new_parent_path, new_index, operation) -> tuple:
        source_parent = self.index_for_path(path[:-1])
        dest_parent = self.index_for_path(new_parent_path)  # the tree before the move
        dest_row = new_index + 1 if new_parent_path == path[:-1] and new_index >= path[-1] else new_index
        if not self.beginMoveRows(source_parent, path[-1], path[-1], dest_parent, dest_row):
            # Qt refuses moves it cannot express; a reset shows the same result
            self.beginResetModel()
            try:
                new_path = operation()
            finally:
                self._reindex()
                self.endResetModel()
            return new_path
        try:
            new_path = operation()
        finally:
            self._reindex()
            self.endMoveRows()
        self.refresh()
        return new_path

    def refresh(self) -> None:
        """Numbers and 字数 depend on siblings and children: repaint every row after a change."""
        self._totals = count.section_totals(self._outline)
        self._emit_changed(QModelIndex())

    def _emit_changed(self, parent: QModelIndex) -> None:
        rows = self.rowCount(parent)
        if rows:
            self.dataChanged.emit(self.index(0, 0, parent), self.index(rows - 1, len(COLUMNS) - 1, parent))
            for row in range(rows):
                self._emit_changed(self.index(row, 0, parent))


def _position(siblings: list[Section], section: Section) -> int:
    for i, candidate in enumerate(siblings):
        if candidate is section:
            return i
    raise ValueError("section not among its siblings")
