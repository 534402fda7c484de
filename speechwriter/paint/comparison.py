"""The 对照稿 (revise.report's HTML) printed to PDF by Qt's text engine: A4, the clerk's fonts.
QtGui only, like the rest of `paint`."""

from __future__ import annotations

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument

from speechwriter.paint import pdf_writer
from speechwriter.paint.pdf_text import Painted, fix_text_layer

MARGIN_MM = 25.0


def comparison_pdf(html: str, title: str = "对照稿") -> bytes:
    writer, buffer, data = pdf_writer(title)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter))
    document = QTextDocument()
    document.setHtml(html)
    document.print_(writer)
    buffer.close()
    # the text layer names the characters on the page (Noto CJK would give ⼯ for 工): what was drawn
    # is the document's text, in whichever of its fonts
    drawn = Painted(calls=[(document.defaultFont(), document.toPlainText())])
    return fix_text_layer(bytes(data.data()), drawn)
