"""Every change the clerk can make to an outline, as an undoable command with a Chinese label.

The label is what the 编辑 menu shows (撤销 删除“二、…”). A command remembers what it needs to
go both ways and calls only the document's `do_*` methods, which change the outline and tell the
views; the document's public `set_*` methods validate and push these commands.

Typing undoes like a word processor: keystrokes into one box merge into one step only within a
burst. A pause, a new paragraph, a jump of the cursor or a different kind of edit (typing after
erasing) ends the burst; deleting a selection, pasting and inserting material are steps of their
own. Typing over a selection starts a burst: the replaced words and what is typed after them are one step. So no undo or redo can take away text that some other step does not give back.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from speechwriter.outline import edit
from speechwriter.outline.tree import Section
from speechwriter.vocabulary import ROLE_NAMES

if TYPE_CHECKING:
    from speechwriter.gui.document import Document

BURST_PAUSE_S = 1.5      # a pause this long ends a typing burst (Word's feel: a sentence, not a letter)
_MERGE_TEXT = 1          # the id all text commands share; mergeWith decides whether they really merge
TYPE, ERASE = "type", "erase"


@dataclass(frozen=True)
class TextChange:
    """One edit to a text: at `start`, `removed` was replaced by `inserted`."""

    start: int
    removed: str
    inserted: str


def text_change(old: str, new: str) -> TextChange:
    prefix = 0
    limit = min(len(old), len(new))
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[len(old) - 1 - suffix] == new[len(new) - 1 - suffix]:
        suffix += 1
    return TextChange(prefix, old[prefix:len(old) - suffix], new[prefix:len(new) - suffix])


def burst_kind(change: TextChange, typing: bool) -> str | None:
    """TYPE or ERASE when the change may join a burst; None when it is a step of its own."""
    if not typing:
        return None                          # paste, material, replace, a field from a menu
    if change.inserted and "\n" not in change.inserted:
        return TYPE                          # a key or an IME commit, perhaps over a selection
    if change.removed and not change.inserted and len(change.removed) == 1 and change.removed != "\n":
        return ERASE                         # Backspace or Delete; a selection deleted is its own step
    return None                              # a selection deleted, a new paragraph, joining paragraphs


def _continues(last: TextChange, kind: str, change: TextChange) -> bool:
    """The cursor did not jump: the new edit starts where the last one left off."""
    if kind == TYPE:
        return change.start == last.start + len(last.inserted)
    return change.start in (last.start, last.start - 1)   # Delete keeps its place, Backspace walks back


class _DocCommand(QUndoCommand):
    def __init__(self, doc: Document, label: str):
        super().__init__(label)
        self.doc = doc


# text --------------------------------------------------------------------------------------------
class _SetText(_DocCommand):
    """Replaces one text of the outline (a field, a heading, a body) and merges within a burst."""

    def __init__(self, doc: Document, label: str, old: str | None, new: str, typing: bool):
        super().__init__(doc, label)
        self.old, self.new = old, new
        self.last = text_change(old or "", new)
        self.kind = burst_kind(self.last, typing)
        self.at = time.monotonic()
        self._done_once = False

    def changed_place(self) -> tuple[str, str]:
        """(kind, key) of what this command changes, for Document.step_shown."""
        raise NotImplementedError

    def target(self) -> tuple:
        raise NotImplementedError

    def apply(self, value: str | None) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        self.apply(self.new)
        if self._done_once:        # a redo (not the edit itself, made where the clerk is): show it
            self.doc.step_shown.emit(*self.changed_place())
        self._done_once = True

    def undo(self) -> None:
        self.apply(self.old)
        self.doc.step_shown.emit(*self.changed_place())

    def id(self) -> int:
        return _MERGE_TEXT

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (isinstance(other, _SetText) and other.target() == self.target()):
            return False
        if self.kind is None or other.kind != self.kind or other.at - self.at > BURST_PAUSE_S:
            return False
        if other.kind == TYPE and other.last.removed:
            return False                     # typing over a selection begins a burst, never joins one
        if not _continues(self.last, self.kind, other.last):
            return False
        self.new, self.last, self.at = other.new, other.last, other.at
        return True


class SetField(_SetText):
    def __init__(self, doc: Document, name: str, value: str, typing: bool = True):
        super().__init__(doc, f"修改“{name}”", doc.outline.fields.get(name), value, typing)
        self.name = name

    def target(self) -> tuple:
        return ("field", self.name)

    def changed_place(self) -> tuple[str, str]:
        return ("field", self.name)

    def apply(self, value: str | None) -> None:
        self.doc.do_set_field(self.name, value)


class _SetSectionText(_SetText):
    attribute = ""

    def __init__(self, doc: Document, section_id: str, value: str, label: str, typing: bool):
        super().__init__(doc, label, getattr(doc.section_by_id(section_id), self.attribute), value, typing)
        self.section_id = section_id

    def target(self) -> tuple:
        return (self.attribute, self.section_id)

    def changed_place(self) -> tuple[str, str]:
        return ("section", self.section_id)

    def apply(self, value: str | None) -> None:
        self.doc.do_set_section(self.section_id, self.attribute, value or "")


class SetHeading(_SetSectionText):
    attribute = "heading"

    def __init__(self, doc: Document, section_id: str, value: str, typing: bool = True):
        label = f"修改标题“{doc.section_by_id(section_id).short_name()}”"
        super().__init__(doc, section_id, value, label, typing)


class SetBody(_SetSectionText):
    attribute = "body"

    def __init__(self, doc: Document, section_id: str, value: str, typing: bool = True):
        label = f"修改“{doc.section_by_id(section_id).short_name()}”的正文"
        super().__init__(doc, section_id, value, label, typing)


class InsertMaterial(_SetSectionText):
    """A paragraph or phrase from the 素材库 put into a section: one step of its own, never merged
    with typing, so one undo takes exactly the insertion back."""

    attribute = "body"

    def __init__(self, doc: Document, section_id: str, new_body: str):
        label = f"插入素材到“{doc.section_by_id(section_id).short_name()}”"
        super().__init__(doc, section_id, new_body, label, typing=False)


class SetRole(_DocCommand):
    def __init__(self, doc: Document, section_id: str, role: str):
        section = doc.section_by_id(section_id)
        super().__init__(doc, f"把“{section.short_name()}”改为“{ROLE_NAMES.get(role, role)}”")
        self.section_id, self.old, self.new = section_id, section.role, role

    def redo(self) -> None:
        self.doc.do_set_section(self.section_id, "role", self.new)

    def undo(self) -> None:
        self.doc.do_set_section(self.section_id, "role", self.old)


class SetTarget(_DocCommand):
    def __init__(self, doc: Document, minutes: int | None):
        super().__init__(doc, f"篇幅目标改为 {minutes} 分钟" if minutes else "取消篇幅目标")
        self.old, self.new = doc.outline.target_minutes, minutes

    def redo(self) -> None:
        self.doc.do_set_target(self.new)

    def undo(self) -> None:
        self.doc.do_set_target(self.old)


class SetNumbering(_DocCommand):
    def __init__(self, doc: Document, level: int, style: str):
        super().__init__(doc, f"修改第 {level} 级编号")
        self.old = list(doc.outline.numbering)
        styles = list(self.old)
        while len(styles) < level:
            styles.append(styles[-1] if styles else "")
        styles[level - 1] = style
        self.new = styles

    def redo(self) -> None:
        self.doc.do_set_numbering(list(self.new))

    def undo(self) -> None:
        self.doc.do_set_numbering(list(self.old))


class SetLayout(_DocCommand):
    def __init__(self, doc: Document, layout: dict):
        super().__init__(doc, "修改排版设置")
        self.old, self.new = dict(doc.outline.layout), dict(layout)

    def redo(self) -> None:
        self.doc.do_set_layout(self.new)

    def undo(self) -> None:
        self.doc.do_set_layout(self.old)


# tree --------------------------------------------------------------------------------------------
class AddSection(_DocCommand):
    def __init__(self, doc: Document, parent_path: tuple, index: int, section: Section):
        super().__init__(doc, f"添加小节“{section.short_name()}”")
        self.section = section
        self.parent_id = edit.section_at(doc.outline, parent_path).id if parent_path else None
        self.index = index

    def redo(self) -> None:
        self.doc.do_insert_section(self.parent_id, self.index, self.section)

    def undo(self) -> None:
        self.doc.do_remove_section(self.section.id)


class DeleteSection(_DocCommand):
    def __init__(self, doc: Document, path: tuple):
        section = edit.section_at(doc.outline, path)
        super().__init__(doc, f"删除“{section.short_name()}”")
        self.section = section
        self.parent_id = edit.parent_id(doc.outline, path)
        self.index = path[-1]

    def redo(self) -> None:
        self.doc.do_remove_section(self.section.id)

    def undo(self) -> None:
        self.doc.do_insert_section(self.parent_id, self.index, self.section)


class MoveSection(_DocCommand):
    """Up, down, drag and drop, indent (降级) and outdent (升级): all are moves."""

    def __init__(self, doc: Document, path: tuple, label: str, how: str = "move",
                 new_parent_path: tuple = (), new_index: int = 0):
        section = edit.section_at(doc.outline, path)
        super().__init__(doc, f"{label}“{section.short_name()}”")
        self.section_id = section.id
        self.old_parent_id = edit.parent_id(doc.outline, path)
        self.old_index = path[-1]
        self.how = how
        self.new_parent_id = edit.section_at(doc.outline, new_parent_path).id if new_parent_path else None
        self.new_index = new_index

    def redo(self) -> None:
        if self.how == "indent":
            self.doc.do_indent(self.section_id)
        elif self.how == "outdent":
            self.doc.do_outdent(self.section_id)
        else:
            self.doc.do_move_section(self.section_id, self.new_parent_id, self.new_index)

    def undo(self) -> None:
        self.doc.do_move_section(self.section_id, self.old_parent_id, self.old_index)


class ReplaceAll(_DocCommand):
    """全部替换: every field, heading and body that changes, as one step."""

    def __init__(self, doc: Document, label: str, fields: dict[str, tuple[str, str]],
                 sections: dict[tuple[str, str], tuple[str, str]]):
        super().__init__(doc, label)
        self.fields = fields          # name -> (old, new)
        self.sections = sections      # (section id, attribute) -> (old, new)

    def _apply(self, which: int) -> None:
        for name, values in self.fields.items():
            self.doc.do_set_field(name, values[which])
        for (section_id, attribute), values in self.sections.items():
            self.doc.do_set_section(section_id, attribute, values[which])

    def redo(self) -> None:
        self._apply(1)

    def undo(self) -> None:
        self._apply(0)


class ChooseTemplate(_DocCommand):
    """选用模板: the template, its 文种 and the text its sentences went into, both ways."""

    def __init__(self, doc: Document, old: tuple, new: tuple):
        super().__init__(doc, f"选用模板“{new[0]}”")
        self.old, self.new = old, new

    def redo(self) -> None:
        self.doc.do_set_template(*self.new)

    def undo(self) -> None:
        self.doc.do_set_template(*self.old)


class SetIgnored(_DocCommand):
    """校对 「忽略」: the findings this speech keeps quiet about."""

    def __init__(self, doc: Document, label: str, keys: list[str]):
        super().__init__(doc, label)
        self.old, self.new = list(doc.outline.ignored), list(keys)

    def redo(self) -> None:
        self.doc.do_set_ignored(self.new)

    def undo(self) -> None:
        self.doc.do_set_ignored(self.old)

