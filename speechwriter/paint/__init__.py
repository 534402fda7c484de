"""Laid-out pages (`render.layout`) → a QPainter: one drawing function for the PDF, the print
preview and the printer. QtGui only (no widgets), so the CLI can write a PDF with an offscreen
QGuiApplication.

Public names:
- `paint_page(painter, laid, page, dpi)` — one page at the device's resolution, origin at the
  paper's top-left corner (a QPrinter must be set to full page).
- `pdf_bytes(laid, title="") -> bytes` — the whole manuscript as PDF (fonts embedded by Qt, its text
  layer the characters drawn, tagged: see `paint.pdf_text`, whose `fix_pdf_file` also mends a PDF
  a printer wrote, from the `Painted` record `paint_page` kept).
- `ensure_gui_application()` — a QGuiApplication (offscreen when there is no display) for callers
  outside the GUI.
"""

from __future__ import annotations

import os
from typing import cast

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter

from speechwriter.paint.pdf_text import Painted, fix_text_layer
from speechwriter.render.layout import Laid, Page
from speechwriter.render.options import FALLBACK_FACES

PDF_DPI = 1200
LATIN = "Times New Roman"
PAGE_NUMBER_SIZE = 14.0


def ensure_gui_application() -> QGuiApplication:
    app = QGuiApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") and os.name != "nt":
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["speechwriter"])
    return cast(QGuiApplication, app)


def _font(laid: Laid, role: str, size: float, bold: bool, dpi: float) -> QFont:
    face = laid.options.faces()[role]
    font = QFont()
    font.setFamilies([face, LATIN, *FALLBACK_FACES[role]])
    font.setPixelSize(max(1, round(size * dpi / 72)))
    font.setBold(bold)
    font.setKerning(False)
    return font


def paint_page(painter: QPainter, laid: Laid, page: Page, dpi: float, painted: Painted | None = None) -> None:
    """`painted`: records what is drawn (and caches the fonts over the pages), for `pdf_text`."""
    grid = laid.grid
    unit = dpi / 72  # device pixels per point
    left, top = grid.margin_left * unit, grid.margin_top * unit
    cell, pitch = grid.char_pitch * unit, grid.line_pitch * unit
    painted = Painted() if painted is None else painted
    painted.pages.append(page)
    fonts = painted.fonts
    for line in page.lines:
        # the baseline sits where Word puts it on an exact line: about 0.8 of the pitch down
        baseline = top + line.row * pitch + (pitch + line.size * unit * 0.7) / 2
        index = 0
        for span in line.spans:
            key = (span.role, line.size, span.bold)
            if key not in fonts:
                fonts[key] = _font(laid, span.role, line.size, span.bold, dpi)
            painter.setFont(fonts[key])
            for ch in span.text:
                painter.drawText(QPointF(left + line.x[index] * cell, baseline), ch)
                painted.calls.append((fonts[key], ch))
                index += 1
    if page.label:
        key = ("page", PAGE_NUMBER_SIZE, False)
        if key not in fonts:
            fonts[key] = _font(laid, "page", PAGE_NUMBER_SIZE, False, dpi)
        painter.setFont(fonts[key])
        width = painter.fontMetrics().horizontalAdvance(page.label)
        area = grid.type_width * unit
        inset = PAGE_NUMBER_SIZE * unit  # 单页码居右空一字，双页码居左空一字
        x = {"right": left + area - inset - width, "left": left + inset}.get(page.label_align, left + (area - width) / 2)
        baseline = top + grid.lines_per_page * grid.line_pitch * unit + 7 * 72 / 25.4 * unit + PAGE_NUMBER_SIZE * unit * 0.4
        painter.drawText(QPointF(x, baseline), page.label)
        painted.calls.append((fonts[key], page.label))


def page_layout(laid: Laid) -> QPageLayout:
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))


def pdf_writer(title: str) -> tuple[QPdfWriter, QBuffer, QByteArray]:
    """A PDF writer into memory (the writer, its buffer to close, the bytes it fills), titled."""
    ensure_gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("讲稿助手")
    return writer, buffer, data


def pdf_bytes(laid: Laid, title: str = "") -> bytes:
    writer, buffer, data = pdf_writer(title)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(page_layout(laid))
    painter = QPainter(writer)
    painted = Painted()
    try:
        for i, page in enumerate(laid.pages):
            if i:
                writer.newPage()
            paint_page(painter, laid, page, PDF_DPI, painted)
    finally:
        painter.end()
    buffer.close()
    return fix_text_layer(bytes(data.data()), painted)
