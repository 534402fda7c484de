"""Text boxes whose Ctrl+Z / Ctrl+Y belong to the window's undo stack, not to the box.

Qt's own line and text edits keep a private undo history and grab the undo shortcuts while they
have focus; the clerk would then undo keystrokes in one box but never a deleted section. Every
edit already is a command on the document's stack, so these boxes hand the shortcuts on. They also
say whether the change in hand is a paste (`pasting`), which the undo history keeps as a step of
its own instead of merging it into the typing around it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QKeyCombination, QMimeData, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

_WINDOW_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
# a window command that a Linux desktop's one-line boxes take for emacs-style editing (Ctrl+E: the
# end of the line, which End does too): in a 基本信息 box the clerk means 导出 Word
_COMMAND_KEYS = (QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_E),)


def _is_window_key(event) -> bool:
    return any(event.matches(key) for key in _WINDOW_KEYS) or event.keyCombination() in _COMMAND_KEYS


def _leave_to_window(event: QEvent) -> bool:
    """True (and the event ignored) for the window's keys, as a ShortcutOverride or a key press:
    the box lets the window's action have them."""
    if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and _is_window_key(event):
        event.ignore()
        return True
    return False


# Shift+Enter in a box that allows it (the 标题): a forced line break, kept as U+2028 (a line
# break to str.splitlines, so the title's lines come out as typed; see render.blocks.title_lines)
FORCED_LINE_BREAK = "\u2028"


class LineBox(QLineEdit):
    pasting = False
    line_breaks = False

    def allow_line_breaks(self) -> None:
        self.line_breaks = True
        self.setToolTip("Shift+Enter：在此处让标题回行（不按时，过长的标题按词自动分成匀称的两三行）")

    def event(self, event: QEvent) -> bool:
        return False if _leave_to_window(event) else super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (self.line_breaks and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            before = self.text()
            self.insert(FORCED_LINE_BREAK)
            if self.text() != before:
                self.textEdited.emit(self.text())
            return
        self.pasting = event.matches(QKeySequence.StandardKey.Paste)
        try:
            super().keyPressEvent(event)
        finally:
            self.pasting = False

    def set_text_quietly(self, text: str) -> None:
        """Show a value from the document without it coming back as an edit."""
        if self.text() != text:
            blocked = self.blockSignals(True)
            self.setText(text)
            self.blockSignals(blocked)


class TextBox(QPlainTextEdit):
    pasting = False
    # says whether the box holds only a stand-in (（在此展开这一点的具体要求。）): typed words replace it whole
    stand_in: Callable[[str], bool] | None = None

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setUndoRedoEnabled(False)

    def event(self, event: QEvent) -> bool:
        return False if _leave_to_window(event) else super().event(event)

    def _replace_stand_in(self) -> None:
        """Typing into a stand-in: select all of it first, so the words take its place (a Word
        placeholder's way) instead of landing inside it; words the clerk selected in it are theirs to replace."""
        if (self.stand_in is not None and not self.textCursor().hasSelection()
                and self.stand_in(self.toPlainText())):
            self.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.text().isprintable() and event.text() and not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            self._replace_stand_in()
        super().keyPressEvent(event)

    def inputMethodEvent(self, event) -> None:
        if event.commitString():   # the input method's finished words (拼音, 五笔)
            self._replace_stand_in()
        super().inputMethodEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        # paste, drop, middle-click: one undo step of its own
        self.pasting = True
        try:
            super().insertFromMimeData(source)
        finally:
            self.pasting = False

    def set_text_quietly(self, text: str) -> None:
        if self.toPlainText() != text:
            cursor_pos = self.textCursor().position()
            blocked = self.blockSignals(True)
            self.setPlainText(text)
            cursor = self.textCursor()
            cursor.setPosition(min(cursor_pos, len(text)))
            self.setTextCursor(cursor)
            self.blockSignals(blocked)
