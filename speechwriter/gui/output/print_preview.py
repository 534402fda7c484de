"""打印…: Qt's print preview over the laid-out pages, drawn by the same painter as the PDF."""

from __future__ import annotations

from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from speechwriter.paint import page_layout, paint_page
from speechwriter.paint.pdf_text import Painted, fix_pdf_file
from speechwriter.render.layout import Laid


def make_printer(laid: Laid, name: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)  # our margins are the manuscript's, measured from the paper's edge
    printer.setPageLayout(page_layout(laid))
    printer.setDocName(name)
    return printer


def print_pages(printer: QPrinter, laid: Laid) -> None:
    """Every page (or the range chosen in the print dialog) onto the printer."""
    first, last = printer.fromPage(), printer.toPage()
    pages = [p for p in laid.pages if not first or first <= p.number <= (last or p.number)]
    painter = QPainter(printer)
    painted = Painted()
    try:
        dpi = printer.resolution()
        for i, page in enumerate(pages):
            if i:
                printer.newPage()
            paint_page(painter, laid, page, dpi, painted)
    finally:
        painter.end()
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        fix_pdf_file(printer.outputFileName(), painted)  # 打印到文件: the same text layer as 导出 PDF


def show_print_preview(laid: Laid, name: str, parent: QWidget | None = None) -> bool:
    printer = make_printer(laid, name)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(f"打印预览 — {name}（{len(laid.pages)} 页）")
    dialog.paintRequested.connect(lambda target: print_pages(target, laid))
    dialog.resize(900, 1000)
    return bool(dialog.exec())
