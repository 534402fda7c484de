"""Blocks → pages on the manuscript's grid, for the PDF and the printer (pure Python, no Qt).

The same rules the .docx gives Word and LibreOffice: 28 cells a line and 22 lines a page (see
`options.geometry`), a two-cell first-line indent, one blank line before the first speaker/date
line and before the salutation, headings kept with the next line, balanced title lines
(`blocks.title_lines`), 避头尾 (no line starts with 。，、） … and none ends with （《“), Latin
words and numbers kept whole. A CJK character takes one cell, a Latin letter or digit its Times
New Roman width; 标点挤压 lets a closing mark end a full line in half a cell.
大字版 moves a paragraph that would be split to the next page when it fits on one page.

Positions are in cells (x) and grid lines (row); the painter turns them into points.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from speechwriter.render.blocks import Block, title_lines
from speechwriter.render.options import Geometry, LayoutOptions, geometry

NO_LINE_START = set("，。、；：？！）》」』”’…—·%,.;:?!)]}")
NO_LINE_END = set("（《「『“‘([{")
_LATIN_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-_/%]*")
_HEADING_FONT = {1: ("hei", False), 2: ("kai", False), 3: ("body", True), 4: ("body", True)}


@dataclass(frozen=True)
class Span:
    text: str
    role: str            # font role: title / body / hei / kai (see LayoutOptions.faces)
    bold: bool = False


@dataclass(frozen=True)
class Line:
    row: int                       # grid line on the page, from 0
    spans: tuple[Span, ...]
    x: tuple[float, ...]           # left edge of every character, in body cells from the type area's left
    size: float                    # font size in pt
    kind: str                      # the block's kind
    block: int = 0                 # which block (from 0), so a PDF can tag a paragraph's lines as one
    level: int = 0                 # a heading's or run-in's level


@dataclass(frozen=True)
class Page:
    number: int
    lines: tuple[Line, ...]
    label: str                     # "— 1 —" or ""
    label_align: str               # right / left / center


@dataclass(frozen=True)
class Laid:
    pages: tuple[Page, ...]
    grid: Geometry
    options: LayoutOptions

    def text(self) -> str:
        return "\n".join("".join(s.text for s in line.spans) for page in self.pages for line in page.lines)


# advance widths of Times New Roman (the Latin face of every style), in em; a body cell is 0.99 em
_TIMES = {**dict.fromkeys("0123456789", 0.5), **dict.fromkeys(" ,.;:!'|/", 0.27), **dict.fromkeys("()[]{}-", 0.333),
          "%": 0.833, "&": 0.778, "+": 0.564, "=": 0.564, "?": 0.444, '"': 0.408, "*": 0.5, "#": 0.5, "_": 0.5,
          **dict.fromkeys("abcdeghknopqsuvxyz", 0.48), **dict.fromkeys("fijlrt", 0.3), "m": 0.778, "w": 0.722,
          **dict.fromkeys("ABCDEFGHKNOPQRSUVXYZ", 0.68), **dict.fromkeys("IJ", 0.36), "L": 0.611, "T": 0.611,
          "M": 0.889, "W": 0.944}


# 标点挤压 (compressPunctuation): a closing mark whose ink fills half its cell may end a line
# in half a cell (LibreOffice and Word squeeze it rather than push a character down)
_SQUEEZABLE = set("，。、；：”’）》〉】」』")


def width(ch: str) -> float:
    """Cells a character takes: one for Chinese characters and full-width marks, Times New Roman's
    width for Latin letters, digits and ASCII punctuation (as Word and LibreOffice set them)."""
    if ord(ch) < 0x2E80 and ch not in "—…·“”‘’":
        return _TIMES.get(ch, 0.5)
    return 1.0


def _units(text: str) -> list[str]:
    """Characters, with Latin words and numbers as one unbreakable unit."""
    units, i = [], 0
    while i < len(text):
        match = _LATIN_WORD.match(text, i)
        if match:
            units.append(match.group())
            i = match.end()
        else:
            units.append(text[i])
            i += 1
    return units


def break_lines(text: str, cells: float, first_indent: float = 0.0) -> list[tuple[float, str]]:
    """(indent, text) per line: as many characters as fit, then 避头尾 — a closing mark that would
    start a line pulls the last character down with it; an opening mark never ends a line."""
    units = _units(text)
    lines: list[tuple[float, str]] = []
    indent, start = first_indent, 0
    while start < len(units):
        used, end = indent, start
        while end < len(units):
            need = sum(map(width, units[end]))
            if used + need > cells + 1e-6 and not (units[end] in _SQUEEZABLE and used + need / 2 <= cells + 1e-6):
                break
            used += need
            end += 1
        if end == start:  # a unit wider than the line: cut it
            end = start + 1
        elif end < len(units):
            back = end
            while back > start + 1 and (units[back][0] in NO_LINE_START or units[back - 1][-1] in NO_LINE_END):
                back -= 1
            end = back
        lines.append((indent, "".join(units[start:end])))
        indent, start = 0.0, end
    return lines or [(first_indent, "")]


def _positions(text: str, indent: float, cells: float, justify: bool, scale: float = 1.0) -> tuple[float, ...]:
    xs, x = [], indent
    widths = [width(c) * scale for c in text]
    spare = cells - indent - sum(widths)
    gap = spare / (len(text) - 1) if justify and len(text) > 1 and spare > 0 else 0.0
    for w in widths:
        xs.append(x)
        x += w + gap
    return tuple(xs)


def _centred(text: str, cells: float, scale: float) -> tuple[float, ...]:
    total = sum(width(c) for c in text) * scale
    return _positions(text, (cells - total) / 2, cells, False, scale)


def block_lines(block: Block, grid: Geometry, options: LayoutOptions) -> list[tuple[tuple[Span, ...], tuple[float, ...], float]]:
    """(spans, x positions, size) per printed line of one block."""
    cells = grid.chars_per_line
    body = grid.body_size
    if block.kind == "title":
        scale = grid.title_size / grid.char_pitch  # a title character is wider than a body cell
        return [((Span(t, "title", options.bold_title()),), _centred(t, cells, scale), grid.title_size)
                for t in title_lines(block.text, grid.title_chars_per_line)]
    if block.kind in ("subtitle", "meta"):
        return [((Span(t, "kai"),), _centred(t, cells, 1.0), body) for _, t in break_lines(block.text, cells)]
    if block.kind == "salutation":
        return [((Span(t, "body"),), _positions(t, 0, cells, False), body) for _, t in break_lines(block.text, cells)]
    if block.kind == "heading":
        role, bold = _HEADING_FONT[block.level]
        parts = [(block.text, role, bold)]
    elif block.kind == "runin":
        role, bold = _HEADING_FONT[block.level]
        parts = [(block.lead, role, bold), (block.text, "body", False)]
    else:
        parts = [(block.text, "body", False)]
    whole = "".join(p[0] for p in parts)
    bounds, position = [], 0  # (start, end, role, bold) of each font run in `whole`
    for text, role, bold in parts:
        bounds.append((position, position + len(text), role, bold))
        position += len(text)
    broken = break_lines(whole, cells, 2.0)
    result, offset = [], 0
    for i, (indent, text) in enumerate(broken):
        spans = tuple(Span(whole[max(offset, a):min(offset + len(text), b)], role, bold)
                      for a, b, role, bold in bounds if max(offset, a) < min(offset + len(text), b))
        last = i == len(broken) - 1
        result.append((spans, _positions(text, indent, cells, justify=not last), body))
        offset += len(text)
    return result


def lay_out(blocks: list[Block], options: LayoutOptions | None = None) -> Laid:
    options = options or LayoutOptions()
    grid = geometry(options)
    per_page = grid.lines_per_page
    placed: list[tuple[int, tuple, tuple, float, str, int, int]] = []  # (absolute row, spans, x, size, kind, block, level)
    row, previous = 0, None
    for number, block in enumerate(blocks):
        if block.kind == "salutation" or (block.kind == "meta" and previous in ("title", "subtitle")):
            row += 1
        printed = block_lines(block, grid, options)
        room = per_page - row % per_page
        if block.kind == "heading" and room == 1:
            row += 1  # keep with next: a heading never stays alone on the last line
        elif options.large_print and block.kind in ("paragraph", "runin") and room < len(printed) <= per_page:
            row += room  # 大字版: a paragraph that fits on one page is not split
        for spans, xs, size in printed:
            placed.append((row, spans, xs, size, block.kind, number, block.level))
            row += 1
        previous = block.kind
    count = max(1, -(-row // per_page))
    pages = []
    for number in range(1, count + 1):
        lines = tuple(Line(r - (number - 1) * per_page, spans, xs, size, kind, block, level)
                      for r, spans, xs, size, kind, block, level in placed if (r // per_page) + 1 == number)
        pages.append(Page(number, lines, *_label(number, options)))
    return Laid(tuple(pages), grid, options)


def _label(number: int, options: LayoutOptions) -> tuple[str, str]:
    style = options.page_numbers
    if style == "无":
        return "", "center"
    if style == "居中":
        return f"— {number} —", "center"
    return f"— {number} —", "right" if number % 2 else "left"
