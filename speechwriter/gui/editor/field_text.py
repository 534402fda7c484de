"""The section text as the clerk thinks of it: a field is one piece in the text, not `{{ 单位 }}`.

The body (`FieldTextBox`) and the heading (`FieldLineBox`, one line) are such boxes; where a text is
only shown, not edited (the outline tree), `labelled` gives the same words the pieces show.

Like a content control in Word, each field of the outline's text (`{{ 单位 }}`, read by
core.field_syntax) is shown as its value — or as 〔单位〕 while it is empty — on a tint, and is one
character of the editor's document (Qt's object replacement character, drawn by `FieldPieces`):
the cursor steps over it, Backspace takes it whole, and a copy keeps it a field (the clipboard
carries the text as written beside the text as shown). The outline keeps `{{ 单位 }}` exactly as
written: `FieldTextBox.toPlainText()` gives that text back, and every position the rest of the
window knows (查找, 校对) is a position in it, turned into the box's own by `shown_position`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMimeData, QPointF, QRectF, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QGuiApplication,
    QPyTextObject,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QFrame, QPlainTextEdit

from speechwriter.core.field_syntax import field_names, has_fields, scan
from speechwriter.gui.editor.text_boxes import TextBox

FIELD_OBJECT = QTextFormat.ObjectTypes.UserObject + 1
WRITTEN = QTextFormat.Property.UserProperty + 1     # the field as the outline has it: "{{ 单位 }}"
NAME = QTextFormat.Property.UserProperty + 2        # its name: "单位"
PIECE = "\ufffc"                                    # the one character a field is in the editor
MIME = "application/x-speechwriter-text"            # the text as written, on the clipboard beside plain text
_exit_hook: list[bool] = []


def _plain_clipboard_at_exit() -> None:
    """A QMimeData made in Python and left on the clipboard is deleted by Qt after Python has ended,
    and that crashes the program as it quits. Before Python ends, the clipboard's words are handed
    back to Qt as plain text (other programs still get them; the fields matter only in here)."""
    if _exit_hook:
        return
    import atexit

    def plain() -> None:
        from PySide6.QtGui import QGuiApplication

        if QGuiApplication.instance() is not None:
            clipboard = QGuiApplication.clipboard()
            if clipboard.mimeData().hasFormat(MIME):
                clipboard.setText(clipboard.text())

    atexit.register(plain)
    _exit_hook.append(True)
PAD = 3.0                                           # room either side of a field's label
FILLED = (QColor("#e3ecfa"), QColor("#1d3b6a"))     # (background, text): a field with its value
EMPTY = (QColor("#f1e6fa"), QColor("#6a3d99"))      # … and one still to fill, shown as 〔单位〕


def piece_format(written: str, name: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setObjectType(FIELD_OBJECT)
    fmt.setProperty(WRITTEN, written)
    fmt.setProperty(NAME, name)
    fmt.setToolTip(f"字段“{name}”：在“基本信息”中填写，这里随之改变")
    return fmt


def insert_written(cursor: QTextCursor, text: str) -> None:
    """Put text as the outline writes it at the cursor, each well-formed field as one piece."""
    plain = QTextCharFormat()
    cursor.beginEditBlock()
    if cursor.hasSelection():
        cursor.removeSelectedText()
    for piece in scan(text) if has_fields(text) else []:
        if piece.kind == "field":
            cursor.insertText(PIECE, piece_format(piece.text, piece.name))
        else:
            cursor.insertText(piece.text, plain)
    if not has_fields(text):
        cursor.insertText(text, plain)
    cursor.endEditBlock()


def _block_text(block: QTextBlock, start: int, end: int | None, piece_text: Callable[[QTextFormat], str]) -> str:
    """The block's text from `start` to `end` (positions in the document), each field piece as
    `piece_text(its format)`."""
    out = []
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        it += 1
        first, text = fragment.position(), fragment.text()
        lo, hi = max(start, first), min(end if end is not None else first + len(text), first + len(text))
        if lo >= hi:
            continue
        fmt = fragment.charFormat()
        is_field = fmt.objectType() == FIELD_OBJECT
        for ch in text[lo - first:hi - first]:
            if ch == PIECE:
                out.append(piece_text(fmt) if is_field else "")
            else:
                out.append(ch)
    return "".join(out)


def _written_piece(fmt: QTextFormat) -> str:
    return str(fmt.property(WRITTEN) or "")


def document_text(document: QTextDocument, start: int = 0, end: int | None = None,
                  piece_text: Callable[[QTextFormat], str] = _written_piece) -> str:
    """The document's text (or the part from `start` to `end`): as the outline writes it, or with
    each piece as `piece_text` says."""
    end = document.characterCount() - 1 if end is None else end
    lines = []
    block = document.findBlock(start)
    while block.isValid() and block.position() <= end:
        lines.append(_block_text(block, start, end, piece_text))
        block = block.next()
    return "\n".join(lines)


def written_text(document: QTextDocument, start: int = 0, end: int | None = None) -> str:
    """The document's text (or the part from `start` to `end`) as the outline writes it."""
    return document_text(document, start, end)


def block_written(block: QTextBlock) -> str:
    """One paragraph as written (the 范文原话 tint compares it with the sample's wording)."""
    return _block_text(block, block.position(), None, _written_piece)


def shown_position(written: str, position: int) -> int:
    """A position in the text as written → the same place in the editor (a field is one character;
    a place inside a field is its start)."""
    if not has_fields(written):
        return position
    shrink = 0
    for piece in scan(written):
        if piece.kind != "field" or piece.start >= position:
            continue
        if position < piece.end:
            return piece.start - shrink
        shrink += len(piece.text) - 1
    return position - shrink


def field_value(outline, name: str) -> str:
    """What a field in the text shows: its value; "" (shown as 〔名称〕) while empty or 有意留空."""
    from speechwriter.render import NONE_VALUE  # loaded by then: the preview uses it

    value = outline.field(name)
    return "" if value.strip() == NONE_VALUE else value


def piece_label(name: str, value_of: Callable[[str], str]) -> tuple[str, bool]:
    """The words a field piece shows, and whether it is filled: its value on one line, or 〔名称〕."""
    value = " ".join(value_of(name).split())
    return (value, True) if value else (f"〔{name}〕", False)


def labelled(text: str, value_of: Callable[[str], str]) -> str:
    """A text as written, each field as its piece shows it (for a view that only shows the text)."""
    if not has_fields(text):
        return text
    return "".join(piece_label(p.name, value_of)[0] if p.kind == "field" else p.text for p in scan(text))


class FieldPieces(QPyTextObject):
    """Draws each field in the text: its value on a tint, or 〔名称〕 while empty."""

    def __init__(self, value_of: Callable[[str], str], selected: Callable[[int], bool] = lambda _pos: False,
                 parent=None):
        super().__init__(parent)
        self.value_of = value_of   # field name → the value to show ("" : not filled in)
        self.selected = selected   # is the piece at this place in the document selected?

    def label(self, fmt: QTextFormat) -> tuple[str, bool]:
        return piece_label(str(fmt.property(NAME) or ""), self.value_of)

    def intrinsicSize(self, doc, _pos, fmt) -> QSizeF:
        metrics = QFontMetricsF(doc.defaultFont())
        text, _filled = self.label(fmt)
        return QSizeF(metrics.horizontalAdvance(text) + 2 * PAD, metrics.ascent())

    def drawObject(self, painter, rect, doc, pos, fmt) -> None:
        font = doc.defaultFont()
        metrics = QFontMetricsF(font)
        text, filled = self.label(fmt)
        background, colour = FILLED if filled else EMPTY
        if self.selected(pos):   # selected with the words around it: shown in the selection's colours
            palette = QGuiApplication.palette()
            background, colour = palette.highlight().color(), palette.highlightedText().color()
        painter.save()
        # the object stands on the baseline; its tint reaches down as far as the letters do
        box = QRectF(rect.left(), rect.top(), rect.width(), rect.height() + metrics.descent())
        painter.setPen(background.darker(115))
        painter.setBrush(background)
        painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(QPointF(rect.left() + PAD, rect.bottom()), text)
        painter.restore()


class FieldTextBox(TextBox):
    """The section body: fields as pieces (see the module's note), the text as written in and out."""

    def __init__(self, value_of: Callable[[str], str], parent=None):
        super().__init__(parent)
        self.pieces = FieldPieces(value_of, self._is_selected, self)
        self.document().documentLayout().registerHandler(FIELD_OBJECT, self.pieces)
        self._typed_fields = QTimer(self)
        self._typed_fields.setSingleShot(True)
        self._typed_fields.setInterval(0)
        self._typed_fields.timeout.connect(self._make_typed_fields_pieces)

    def _is_selected(self, position: int) -> bool:
        cursor = self.textCursor()
        return cursor.selectionStart() <= position < cursor.selectionEnd()

    def toPlainText(self) -> str:  # noqa: N802 - Qt's name: the text as the outline writes it
        return written_text(self.document())

    def shown_text(self, start: int = 0, end: int | None = None) -> str:
        """What the box shows (or the part from `start` to `end`), fields as their labels."""
        return document_text(self.document(), start, end, lambda fmt: self.pieces.label(fmt)[0])

    def set_text_quietly(self, text: str) -> None:
        """Show the text as written (fields as pieces) without it coming back as an edit; the
        cursor keeps its place in the text."""
        if self.toPlainText() == text:
            if has_fields(super().toPlainText()):
                self._typed_fields.start()   # `{{ 单位 }}` typed by hand becomes a piece once the key is done
            return
        self._show(text)

    def _show(self, text: str) -> None:
        at = len(written_text(self.document(), 0, self.textCursor().position()))
        blocked = self.blockSignals(True)
        self.setPlainText("")
        cursor = self.textCursor()
        insert_written(cursor, text)
        cursor.setPosition(min(shown_position(text, at), self.document().characterCount() - 1))
        self.setTextCursor(cursor)
        self.blockSignals(blocked)

    def _make_typed_fields_pieces(self) -> None:
        shown = super().toPlainText()
        if field_names(shown.replace(PIECE, "")):
            self._show(self.toPlainText())

    def select_written(self, start: int, length: int) -> None:
        """Select part of the text given by its place in the text as written."""
        written = self.toPlainText()
        cursor = self.textCursor()
        cursor.setPosition(shown_position(written, start))
        cursor.setPosition(shown_position(written, start + length), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def insert_written(self, text: str) -> None:
        """Text as written (插入 → 字段: `{{ 会议名称 }}`) where the cursor is, its fields as pieces; a
        step of its own, like a paste."""
        self.pasting = True
        try:
            cursor = self.textCursor()
            insert_written(cursor, text)
            self.setTextCursor(cursor)
        finally:
            self.pasting = False

    def refresh_fields(self) -> None:
        """A field's value changed: draw the pieces again at their new width."""
        document = self.document()
        document.markContentsDirty(0, document.characterCount())
        self.viewport().update()

    # the clipboard: the text as shown for other programs, as written for this one --------------
    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 - Qt's name
        cursor = self.textCursor()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        _plain_clipboard_at_exit()
        data = QMimeData()
        data.setText(self.shown_text(start, end))
        data.setData(MIME, written_text(self.document(), start, end).encode("utf-8"))
        return data

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 - Qt's name
        return source.hasFormat(MIME) or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt's name
        if not source.hasFormat(MIME):
            super().insertFromMimeData(source)
            return
        self.pasting = True     # a paste is a step of its own
        try:
            cursor = self.textCursor()
            insert_written(cursor, bytes(source.data(MIME).data()).decode("utf-8"))
            self.setTextCursor(cursor)
        finally:
            self.pasting = False


class FieldLineBox(FieldTextBox):
    """A section's heading: one line, its fields as pieces like the body's (see the module's note).

    It stands where a QLineEdit stood and answers the same few calls (`text`, `insert`, `setSelection`,
    `setCursorPosition`, `selectedText`, `textEdited`), all in the text as written."""

    textEdited = Signal(str)   # noqa: N815 - QLineEdit's name: the clerk changed the text (as written)

    def __init__(self, value_of: Callable[[str], str], parent=None):
        super().__init__(value_of, parent)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTabChangesFocus(True)
        self.document().setDocumentMargin(2)
        self.textChanged.connect(lambda: self.textEdited.emit(self.toPlainText()))
        self._fit_height()

    _placeholder = ""

    def setPlaceholderText(self, text: str) -> None:  # noqa: N802 - Qt's name
        """Shown on the one line, cut short with "…" (the whole of it in the tooltip): Qt's own
        placeholder in a text box wraps onto lines a one-line box does not have."""
        self._placeholder = text
        self.setToolTip(text)
        self.viewport().update()

    def placeholderText(self) -> str:  # noqa: N802 - Qt's name
        return self._placeholder

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._placeholder or not self.document().isEmpty():
            return
        from PySide6.QtGui import QPainter, QPalette

        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        line = self.cursorRect(self.textCursor())   # where the first line's text stands
        width = self.viewport().width() - line.left() - 2
        text = self.fontMetrics().elidedText(self._placeholder, Qt.TextElideMode.ElideRight, width)
        painter.drawText(line.left(), line.top(), width, line.height(), Qt.AlignmentFlag.AlignVCenter, text)
        painter.end()

    def _fit_height(self) -> None:
        """As tall as a one-line box in this font (a field piece is drawn within the line)."""
        frame = 2 * self.frameWidth() if self.frameShape() != QFrame.Shape.NoFrame else 0
        margin = 2 * self.document().documentMargin()
        self.setFixedHeight(int(self.fontMetrics().lineSpacing() + margin + frame + 4))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._fit_height()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()   # a heading is one line (the window may use the key)
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt's name
        if source.hasFormat(MIME):
            written = bytes(source.data(MIME).data()).decode("utf-8")
        elif source.hasText():
            written = source.text()
        else:
            return
        self.insert_written(" ".join(written.split()))   # pasted lines join into the one line

    def text(self) -> str:
        return self.toPlainText()

    def insert(self, text: str) -> None:
        self.insert_written(text)

    def setSelection(self, start: int, length: int) -> None:  # noqa: N802 - QLineEdit's name
        self.select_written(start, length)

    def setCursorPosition(self, position: int) -> None:  # noqa: N802 - QLineEdit's name
        self.select_written(position, 0)

    def selectedText(self) -> str:  # noqa: N802 - QLineEdit's name
        cursor = self.textCursor()
        return written_text(self.document(), cursor.selectionStart(), cursor.selectionEnd())
