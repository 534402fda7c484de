"""Text boxes whose Ctrl+Z / Ctrl+Y belong to the window's undo stack, not to the box.

Qt's own line and text edits keep a private undo history and grab the undo shortcuts while they
have focus; the clerk would then undo keystrokes in one box but never a deleted section. Every
edit already is a command on the document's stack, so these boxes hand the shortcuts on.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

_WINDOW_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


def _is_window_key(event) -> bool:
    return any(event.matches(key) for key in _WINDOW_KEYS)


class _WindowKeysPassThrough:
    """Leaves the window's own shortcuts (undo, redo …) to the window instead of the text box."""

    def event(self, event):
        if event.type() == QEvent.Type.ShortcutOverride and _is_window_key(event):
            event.ignore()
            return False
        return super().event(event)

    def keyPressEvent(self, event):
        if _is_window_key(event):
            event.ignore()
            return
        super().keyPressEvent(event)


class LineBox(_WindowKeysPassThrough, QLineEdit):
    def set_text_quietly(self, text: str) -> None:
        """Show a value from the document without it coming back as an edit."""
        if self.text() != text:
            blocked = self.blockSignals(True)
            self.setText(text)
            self.blockSignals(blocked)


class TextBox(_WindowKeysPassThrough, QPlainTextEdit):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setUndoRedoEnabled(False)

    def set_text_quietly(self, text: str) -> None:
        if self.toPlainText() != text:
            cursor_pos = self.textCursor().position()
            blocked = self.blockSignals(True)
            self.setPlainText(text)
            cursor = self.textCursor()
            cursor.setPosition(min(cursor_pos, len(text)))
            self.setTextCursor(cursor)
            self.blockSignals(blocked)
