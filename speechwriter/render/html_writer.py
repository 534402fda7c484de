"""Blocks → HTML for the app's preview: the same fonts and proportions as the .docx.

Lengths are given in px and line height in %, the units Qt's rich-text engine (QTextBrowser)
understands as well as a browser does: 16 pt = 21.3 px at 96 dpi, so the two-character indent is
43 px, and 28.95 pt exact spacing over a 16 pt font is 181 %. `scale` shrinks every length and size
alike, so the app's preview can show a whole line of the page (28 characters) in a narrow pane.
"""

from __future__ import annotations

from html import escape

from speechwriter.render.blocks import Block, title_lines
from speechwriter.render.options import LayoutOptions, css_font_family, geometry

_CSS = """
body {{ background: #fff; margin: 0; }}
.page {{ background: #fff; width: {width}px; margin: {margin}px {side}; padding: {pad_v}px {pad_h}px;
        font-family: {body}; font-size: {body_size}; }}
p {{ margin: 0; text-indent: {indent}px; text-align: justify; line-height: {line_height}%; }}
.title {{ font-family: {title}; font-size: {title_size:g}pt; text-align: center; text-indent: 0px;
          line-height: {title_line_height}%;
          font-weight: {title_weight}; }}
.subtitle, .meta {{ font-family: {kai}; text-align: center; text-indent: 0px; }}
.gap {{ margin-top: {gap}px; }}
.salutation {{ text-indent: 0px; }}
.h1, .lead1 {{ font-family: {hei}; font-weight: normal; }}
.h2, .lead2 {{ font-family: {kai}; font-weight: normal; }}
.h3, .h4, .lead3, .lead4 {{ font-weight: bold; }}
.sample {{ color: #9a6700; background-color: #fff4d6; }}
"""


PAGE_WIDTH_PX, PAGE_MARGIN_PX, PAGE_PAD_V_PX, PAGE_PAD_H_PX = 590, 12, 40, 48
# Qt's rich text draws a div's margins but not its padding, and the document keeps 4 px a side (+2)
_DOCUMENT_EDGES = 2 * 4 + 2
SMALLEST_TYPE = 0.5   # the preview's type is never smaller than half the page's (三号 → 8 pt)
LARGEST_TYPE = 1.5    # … nor larger than half as large again


def page_scale(view_width: float, options: LayoutOptions | None = None) -> float:
    """The scale at which a line of the page (its characters per line and margins) just
    fills `view_width` px, so the preview breaks lines where the page does (Qt's rich text wraps at
    the pane's width, whatever the page's width says); at most LARGEST_TYPE. `blocks_to_html` keeps
    the type at half size or more (lines then wrap sooner) and lets only the blank edges shrink further."""
    grid = geometry(options or LayoutOptions())
    line = grid.chars_per_line * grid.body_size * 96 / 72
    return min(LARGEST_TYPE, view_width / (line + 2 * PAGE_MARGIN_PX + _DOCUMENT_EDGES))


def _families(options: LayoutOptions) -> dict[str, str]:
    """role → the CSS font-family list: the set's face, then the same fall-backs as the PDF's."""
    return {role: css_font_family(role, face) for role, face in options.faces().items()}


def blocks_to_html(blocks: list[Block], options: LayoutOptions | None = None, title: str = "",
                   view_width: float | None = None) -> str:
    """A page centred in a browser window (an .html file), or with `view_width` the app's preview:
    the page scaled to show a whole line of it (`chars_per_line`) in a pane that wide."""
    options = options or LayoutOptions()
    grid = geometry(options)
    # a pane not yet laid out (0 px) is still the preview
    edges = page_scale(view_width, options) if view_width is not None else 1.0
    scale = max(edges, SMALLEST_TYPE)
    px = 96 / 72 * scale  # the preview's px per pt
    margin = round(PAGE_MARGIN_PX * edges)
    if view_width is None:   # a browser's page: the page's own sizes, in the middle of the window
        body_size, indent, side = f"{round(grid.body_size * scale, 2):g}pt", round(2 * grid.body_size * px), "auto"
    else:
        # Qt's rich text draws a pt size at a whole number of px, at times one wider than asked, and a
        # line of the page then no longer fits: the preview asks for whole px, and its side margins
        # leave the text a line of the page and half a character more, so lines break where the page's do
        # (Qt's rich text takes `auto` margins as wide blank edges)
        whole_px = int(grid.body_size * px)
        body_size, indent = f"{whole_px}px", 2 * whole_px
        side = f"{max(0, int((view_width - _DOCUMENT_EDGES - (grid.chars_per_line + 0.5) * whole_px) / 2))}px"
    css = _CSS.format(title_weight="bold" if options.bold_title() else "normal",
                      body_size=body_size, title_size=round(grid.title_size * scale, 2), indent=indent,
                      line_height=round(grid.line_pitch / grid.body_size * 100),
                      title_line_height=round(grid.line_pitch / grid.title_size * 100), gap=round(grid.line_pitch * px),
                      width=round(PAGE_WIDTH_PX * scale), margin=margin, side=side,
                      pad_v=round(PAGE_PAD_V_PX * edges), pad_h=round(PAGE_PAD_H_PX * edges),
                      **_families(options))
    parts = [f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>{escape(title)}</title>',
             f"<style>{css}</style></head><body><div class=\"page\">"]
    previous = None
    for block in blocks:
        classes = [block.kind] if block.kind != "heading" else [f"h{block.level}"]
        if block.sample:  # the sample's wording, not yet rewritten: marked in the preview, not in Word
            classes.append("sample")
        if block.kind == "salutation" or (block.kind == "meta" and previous in ("title", "subtitle")):
            classes.append("gap")
        if block.kind == "runin":
            inner = f'<span class="lead{block.level}">{escape(block.lead)}</span>{escape(block.text)}'
        elif block.kind == "title":  # the same balanced lines as the .docx and the PDF
            inner = "<br>".join(escape(line) for line in title_lines(block.text, grid.title_chars_per_line))
        else:
            inner = escape(block.text)
        parts.append(f'<p class="{" ".join(classes)}">{inner}</p>')
        previous = block.kind
    parts.append("</div></body></html>\n")
    return "\n".join(parts)
