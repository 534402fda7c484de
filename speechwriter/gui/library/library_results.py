"""The 素材库's result lists: every row a paragraph or phrase in rich text, the searched words marked.

A QListWidget with a delegate that lays each row out as a small HTML document wrapped to the
list's width. The row's object (a library Hit or Phrase) rides along in PAYLOAD_ROLE.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget, QListWidgetItem, QStyle, QStyledItemDelegate

from speechwriter.gui.start_page import plain_fields
from speechwriter.vocabulary import ROLE_NAMES

PAYLOAD_ROLE = Qt.ItemDataRole.UserRole
HTML_ROLE = Qt.ItemDataRole.UserRole + 1
EXCERPT_CHARS = 150     # a result shows this much of its paragraph; the tooltip has all of it
CONTEXT_BEFORE = 30     # characters kept before the first hit when the paragraph is cut
MARK = "<span style='background-color:#ffe08a; font-weight:bold'>{}</span>"
SELECTED, SELECTED_EDGE = "#dce9f8", "#2f6fb8"
TAG = "<span style='background-color:#e8eef6; color:#2f4f7a'>&nbsp;{}&nbsp;</span>"


def excerpt(text: str, spans: list[tuple[int, int]], width: int = EXCERPT_CHARS):
    """The part of `text` worth showing: (shown, spans within it, cut at start, cut at end).
    A long paragraph is cut so that its first hit is near the start, not hidden past the end."""
    if len(text) <= width:
        return text, list(spans), False, False
    start = max(0, min(spans[0][0] - CONTEXT_BEFORE, len(text) - width)) if spans else 0
    end = start + width
    inside = [(max(a, start) - start, min(b, end) - start) for a, b in spans if b > start and a < end]
    return text[start:end], inside, start > 0, end < len(text)


def marked_html(text: str, spans: list[tuple[int, int]]) -> str:
    out, at = [], 0
    for a, b in sorted(spans):
        if a < at:
            continue
        out.append(html.escape(text[at:a]))
        out.append(MARK.format(html.escape(text[a:b])))
        at = b
    out.append(html.escape(text[at:]))
    return "".join(out)


def plain_date(date: str | None) -> str:
    """A speech's date as a list shows it: （2011年12月28日） → 2011年12月28日."""
    return (date or "").strip().strip("()（）").strip()


def hit_html(hit) -> str:
    """One search hit: the paragraph with its hits marked, then where it comes from and its tags."""
    shown, spans, cut_before, cut_after = excerpt(hit.text, hit.spans)
    body = ("…" if cut_before else "") + marked_html(shown, spans) + ("…" if cut_after else "")
    source = hit.title or hit.file_name
    meta = [f"《{html.escape(source)}》", html.escape(hit.kind)]
    if hit.date:
        meta.append(html.escape(plain_date(hit.date)))
    if hit.role:
        meta.append(ROLE_NAMES.get(hit.role, hit.role))
    if hit.bundled:
        meta.append("自带范文")
    tags = " ".join(TAG.format(html.escape(k)) for k in hit.keywords[:4])
    return (f"<div>{body}</div><div style='color:#666; font-size:small'>{' · '.join(meta)}</div>"
            + (f"<div style='font-size:small'>{tags}</div>" if tags else ""))


def phrase_html(phrase) -> str:
    used = f"{phrase.count} 篇范文用过" if phrase.count > 1 else "1 篇范文用过"
    fields = "、".join(phrase.fields)
    note = used + (f" · 含字段：{html.escape(fields)}" if fields else "")
    return f"<div>{html.escape(plain_fields(phrase.text))}</div><div style='color:#666; font-size:small'>{note}</div>"


class _RichTextDelegate(QStyledItemDelegate):
    PADDING = 6

    def _document(self, index, width: int) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setHtml(index.data(HTML_ROLE) or "")
        doc.setTextWidth(max(50, width - 2 * self.PADDING))
        return doc

    def _width(self, option) -> int:
        view = option.widget
        return view.viewport().width() if view is not None else option.rect.width()

    def paint(self, painter, option, index) -> None:
        # a light tint marks the chosen row: the marked words and the grey source line stay
        # readable, which they are not in white on the style's dark selection colour
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.fillRect(option.rect, QColor(SELECTED if selected else "#ffffff"))
        if selected:
            painter.fillRect(option.rect.adjusted(0, 0, 3 - option.rect.width(), 0), QColor(SELECTED_EDGE))
        doc = self._document(index, option.rect.width())
        painter.save()
        painter.translate(option.rect.left() + self.PADDING, option.rect.top() + self.PADDING)
        doc.documentLayout().draw(painter, QAbstractTextDocumentLayout.PaintContext())
        painter.restore()
        painter.setPen(QColor("#dddddd"))
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())

    def sizeHint(self, option, index) -> QSize:
        width = self._width(option)
        doc = self._document(index, width)
        return QSize(width, int(doc.size().height()) + 2 * self.PADDING + 1)


class RichList(QListWidget):
    """Rows of rich text, wrapped to the width; `payload(row)` gives the object behind a row.
    `chosen` fires on a double click or Enter on a row (not `itemActivated`: some desktops
    activate on a single click, which would insert material the clerk only meant to look at)."""

    chosen = Signal()

    def __init__(self, accessible_name: str, parent=None):
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setItemDelegate(_RichTextDelegate(self))
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)   # rows re-wrap when the panel is resized
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAlternatingRowColors(False)

    def add_row(self, payload, rich: str, tooltip: str) -> None:
        item = QListWidgetItem()
        item.setData(PAYLOAD_ROLE, payload)
        item.setData(HTML_ROLE, rich)
        item.setToolTip(tooltip)
        self.addItem(item)

    def payload(self, row: int | None = None):
        item = self.item(self.currentRow() if row is None else row)
        return item.data(PAYLOAD_ROLE) if item is not None else None

    def row_text(self, row: int) -> str:
        """What a row shows, as plain text (for tests and screen readers alike)."""
        doc = QTextDocument()
        doc.setHtml(self.item(row).data(HTML_ROLE) or "")
        return doc.toPlainText()

    def mouseDoubleClickEvent(self, event) -> None:
        super().mouseDoubleClickEvent(event)
        if self.itemAt(event.position().toPoint()) is not None:
            self.chosen.emit()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem() is not None:
            self.chosen.emit()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.doItemsLayout()
