"""避头尾 in the preview: Qt's rich text breaks the preview's lines itself (at the pane's width, in
the fonts installed), so its lines are checked as Qt lays them out, on long real speeches."""

from __future__ import annotations

import pytest

from tests.cjk_fonts import needs_a_cjk_font
from tests.render.test_layout import CLOSING, OPENING, corpus_outlines


@pytest.mark.parametrize("view_width", [380, 760])
def test_no_preview_line_starts_with_a_closing_mark_or_ends_with_an_opening_one(qapp, view_width):
    from PySide6.QtGui import QTextDocument

    from speechwriter.render import to_html

    lines = []
    for outline, extra in corpus_outlines(limit=4):
        document = QTextDocument()
        document.setHtml(to_html(outline, extra_fields=extra, view_width=view_width))
        document.setTextWidth(view_width)
        document.size()  # lays it out
        block = document.begin()
        while block.isValid():
            layout, text = block.layout(), block.text()
            for i in range(layout.lineCount()):
                line = layout.lineAt(i)
                lines.append(text[line.textStart():line.textStart() + line.textLength()].strip())
            block = block.next()
    lines = [line for line in lines if line]
    assert len(lines) > 1000
    assert [line for line in lines if line[0] in CLOSING or line[-1] in OPENING] == []


def test_the_preview_breaks_every_line_where_the_printed_page_does_at_any_pane_width(qapp):
    """Whatever the pane's width (a dragged splitter, a small screen, the 素材库 opened), a full line
    of the preview holds the page's 28 characters, as the printed page does — not 27 or 29, which
    would make the clerk's line-by-line reading of the preview differ from the paper."""
    needs_a_cjk_font()
    from PySide6.QtGui import QTextDocument

    from speechwriter.outline.tree import Outline, Section
    from speechwriter.render import to_html

    outline = Outline(fields={"标题": "在全市工作会议上的讲话", "日期": "2026年1月1日", "称呼": "同志们："},
                      sections=[Section("opening", body="字" * 200)])
    wrong = []
    for view_width in range(330, 1400, 9):
        document = QTextDocument()
        document.setHtml(to_html(outline, view_width=view_width))
        document.setTextWidth(view_width)
        document.size()
        block, full_lines = document.begin(), []
        while block.isValid():
            layout = block.layout()
            if layout.lineCount() > 2:   # a whole line: neither the indented first nor the last
                full_lines.append(layout.lineAt(1).textLength())
            block = block.next()
        if full_lines != [28]:
            wrong.append((view_width, full_lines))
    assert not wrong, wrong
