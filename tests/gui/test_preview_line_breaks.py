"""避头尾 in the preview: Qt's rich text breaks the preview's lines itself (at the pane's width, in
the fonts installed), so its lines are checked as Qt lays them out, on long real speeches."""

from __future__ import annotations

import pytest

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
