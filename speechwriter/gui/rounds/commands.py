"""Undoable steps of the rounds room; each calls only Document.do_* (like gui/commands.py)."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from speechwriter.outline.tree import Note, Outline, Round

if TYPE_CHECKING:
    from speechwriter.gui.document import Document


class SetRounds(QUndoCommand):
    """保存为新一轮 (or anything that only changes the list of rounds)."""

    def __init__(self, doc: Document, label: str, rounds: list[Round]):
        super().__init__(label)
        self.doc, self.before, self.after = doc, list(doc.outline.rounds), list(rounds)

    def redo(self) -> None:
        self.doc.do_set_rounds(self.after)

    def undo(self) -> None:
        self.doc.do_set_rounds(self.before)


class ReplaceText(QUndoCommand):
    """The whole text (and rounds) replaced: 退回到某一轮, 合并领导修改稿. Undo gives back the text
    as it was, rounds included."""

    def __init__(self, doc: Document, label: str, outline: Outline):
        super().__init__(label)
        self.doc = doc
        self.before, self.after = copy.deepcopy(doc.outline), copy.deepcopy(outline)

    def redo(self) -> None:
        self.doc.do_replace_text(copy.deepcopy(self.after))

    def undo(self) -> None:
        self.doc.do_replace_text(copy.deepcopy(self.before))


class SetNotes(QUndoCommand):
    """A 批注 marked done (taken off the open list)."""

    def __init__(self, doc: Document, label: str, notes: list[Note]):
        super().__init__(label)
        self.doc, self.before, self.after = doc, list(doc.outline.notes), list(notes)

    def redo(self) -> None:
        self.doc.do_set_notes(self.after)

    def undo(self) -> None:
        self.doc.do_set_notes(self.before)
