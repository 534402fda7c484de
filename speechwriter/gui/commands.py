"""Every change the clerk can make to an outline, as an undoable command with a Chinese label.

The label is what the 编辑 menu shows (撤销“删除“二、…””). Tree changes go through the
OutlineModel, which calls speechwriter.outline.edit and tells the views; text changes set the
field or section attribute and tell the document. Typing in one box merges into one command,
so one undo takes back one edit, not one keystroke.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from speechwriter.core.speech import ROLE_NAMES
from speechwriter.outline import edit
from speechwriter.outline.model import Section

_MERGE_FIELD, _MERGE_HEADING, _MERGE_BODY = 1, 2, 3


def describe(section: Section) -> str:
    """A short name for a section in a label: its heading, or its role for an un-headed block."""
    text = section.heading.strip() or ROLE_NAMES.get(section.role, section.role)
    return text if len(text) <= 12 else text[:12] + "…"


class _DocCommand(QUndoCommand):
    def __init__(self, doc, label: str):
        super().__init__(label)
        self.doc = doc


# text --------------------------------------------------------------------------------------------
class SetField(_DocCommand):
    def __init__(self, doc, name: str, value: str):
        super().__init__(doc, f"修改“{name}”")
        self.name, self.new = name, value
        self.old = doc.outline.fields.get(name)

    def redo(self):
        self.doc.outline.fields[self.name] = self.new
        self.doc.after_field_change(self.name)

    def undo(self):
        if self.old is None:
            self.doc.outline.fields.pop(self.name, None)
        else:
            self.doc.outline.fields[self.name] = self.old
        self.doc.after_field_change(self.name)

    def id(self):
        return _MERGE_FIELD

    def mergeWith(self, other):
        if isinstance(other, SetField) and other.name == self.name:
            self.new = other.new
            return True
        return False


class _SetSectionAttribute(_DocCommand):
    """Sets one attribute of a section; typing into the same box merges into one step (merge_id)."""

    attribute = ""
    merge_id = -1  # Qt never merges a command whose id is -1

    def __init__(self, doc, section_id: str, value: str, label: str):
        super().__init__(doc, label)
        self.section_id, self.new = section_id, value
        self.old = getattr(doc.section_by_id(section_id), self.attribute)

    def _set(self, value):
        setattr(self.doc.section_by_id(self.section_id), self.attribute, value)
        self.doc.after_section_change(self.section_id)

    def redo(self):
        self._set(self.new)

    def undo(self):
        self._set(self.old)

    def id(self):
        return self.merge_id

    def mergeWith(self, other):
        if type(other) is type(self) and other.section_id == self.section_id:
            self.new = other.new
            return True
        return False


class SetHeading(_SetSectionAttribute):
    attribute, merge_id = "heading", _MERGE_HEADING

    def __init__(self, doc, section_id, value):
        old = doc.section_by_id(section_id)
        super().__init__(doc, section_id, value, f"修改标题“{describe(old)}”")


class SetBody(_SetSectionAttribute):
    attribute, merge_id = "body", _MERGE_BODY

    def __init__(self, doc, section_id, value):
        super().__init__(doc, section_id, value, f"修改“{describe(doc.section_by_id(section_id))}”的正文")


class InsertMaterial(_SetSectionAttribute):
    """A paragraph or phrase from the 素材库 put into a section: one step of its own, never merged
    with typing, so one undo takes exactly the insertion back."""

    attribute = "body"

    def __init__(self, doc, section_id: str, new_body: str):
        section = doc.section_by_id(section_id)
        super().__init__(doc, section_id, new_body, f"插入素材到“{describe(section)}”")


class SetRole(_SetSectionAttribute):
    attribute = "role"

    def __init__(self, doc, section_id: str, role: str):
        section = doc.section_by_id(section_id)
        super().__init__(doc, section_id, role, f"把“{describe(section)}”改为“{ROLE_NAMES.get(role, role)}”")


class SetNumbering(_DocCommand):
    def __init__(self, doc, level: int, style: str):
        super().__init__(doc, f"修改第 {level} 级编号")
        self.level, self.new = level, style
        self.old = list(doc.outline.numbering)

    def redo(self):
        styles = list(self.doc.outline.numbering)
        while len(styles) < self.level:
            styles.append(styles[-1] if styles else "")
        styles[self.level - 1] = self.new
        self.doc.outline.numbering = styles
        self.doc.after_numbering_change()

    def undo(self):
        self.doc.outline.numbering = list(self.old)
        self.doc.after_numbering_change()


# tree --------------------------------------------------------------------------------------------
class AddSection(_DocCommand):
    def __init__(self, doc, parent_path: tuple, index: int, section: Section):
        super().__init__(doc, f"添加小节“{describe(section)}”")
        self.section = section
        self.parent_id = edit.section_at(doc.outline, parent_path).id if parent_path else None
        self.index = index

    def redo(self):
        parent_path = edit.path_of_id(self.doc.outline, self.parent_id)
        self.doc.model.insert(parent_path, self.index, self.section)
        self.doc.after_tree_change(self.section.id)

    def undo(self):
        self.doc.model.remove(edit.path_of_id(self.doc.outline, self.section.id))
        self.doc.after_tree_change(self.parent_id)


class DeleteSection(_DocCommand):
    def __init__(self, doc, path: tuple):
        section = edit.section_at(doc.outline, path)
        super().__init__(doc, f"删除“{describe(section)}”")
        self.section = section
        self.parent_id = edit.parent_id(doc.outline, path)
        self.index = path[-1]

    def redo(self):
        path = edit.path_of_id(self.doc.outline, self.section.id)
        self.doc.model.remove(path)
        siblings = edit.children_of(self.doc.outline, path[:-1])
        neighbour = siblings[min(path[-1], len(siblings) - 1)].id if siblings else self.parent_id
        self.doc.after_tree_change(neighbour)

    def undo(self):
        self.doc.model.insert(edit.path_of_id(self.doc.outline, self.parent_id), self.index, self.section)
        self.doc.after_tree_change(self.section.id)


class MoveSection(_DocCommand):
    """Up, down, drag and drop, indent (降级) and outdent (升级): all are moves."""

    def __init__(self, doc, path: tuple, label: str, how: str = "move",
                 new_parent_path: tuple = (), new_index: int = 0):
        section = edit.section_at(doc.outline, path)
        super().__init__(doc, f"{label}“{describe(section)}”")
        self.section_id = section.id
        self.old_parent_id = edit.parent_id(doc.outline, path)
        self.old_index = path[-1]
        self.how = how
        self.new_parent_id = (edit.section_at(doc.outline, new_parent_path).id if new_parent_path else None)
        self.new_index = new_index

    def redo(self):
        path = edit.path_of_id(self.doc.outline, self.section_id)
        if self.how == "indent":
            self.doc.model.indent(path)
        elif self.how == "outdent":
            self.doc.model.outdent(path)
        else:
            self.doc.model.move(path, edit.path_of_id(self.doc.outline, self.new_parent_id), self.new_index)
        self.doc.after_tree_change(self.section_id)

    def undo(self):
        path = edit.path_of_id(self.doc.outline, self.section_id)
        self.doc.model.move(path, edit.path_of_id(self.doc.outline, self.old_parent_id), self.old_index)
        self.doc.after_tree_change(self.section_id)
