"""Blocks → HTML for the app's preview: the same fonts and proportions as the .docx.

Lengths are given in px and line height in %, the units Qt's rich-text engine (QTextBrowser)
understands as well as a browser does: 16 pt = 21.3 px at 96 dpi, so the two-character indent is
43 px, and 28.95 pt exact spacing over a 16 pt font is 181 %.
"""

from __future__ import annotations

from html import escape

from speechwriter.render.blocks import Block, title_lines
from speechwriter.render.options import LayoutOptions, geometry

_CSS = """
body {{ background: #fff; margin: 0; }}
.page {{ background: #fff; width: 590px; margin: 12px auto; padding: 40px 48px;
        font-family: "{body}", "仿宋", "FangSong", serif; font-size: {body_size:g}pt; }}
p {{ margin: 0; text-indent: {indent}px; text-align: justify; line-height: {line_height}%; }}
.title {{ font-family: "{title}", "宋体", "SimSun", serif; font-size: {title_size:g}pt; text-align: center; text-indent: 0px;
          line-height: {title_line_height}%;
          font-weight: {title_weight}; }}
.subtitle, .meta {{ font-family: "{kai}", "楷体", "KaiTi", serif; text-align: center; text-indent: 0px; }}
.gap {{ margin-top: {gap}px; }}
.salutation {{ text-indent: 0px; }}
.h1, .lead1 {{ font-family: "{hei}", "黑体", "SimHei", sans-serif; font-weight: normal; }}
.h2, .lead2 {{ font-family: "{kai}", "楷体", "KaiTi", serif; font-weight: normal; }}
.h3, .h4, .lead3, .lead4 {{ font-weight: bold; }}
.sample {{ color: #9a6700; background-color: #fff4d6; }}
"""


def blocks_to_html(blocks: list[Block], options: LayoutOptions | None = None, title: str = "") -> str:
    options = options or LayoutOptions()
    grid = geometry(options)
    px = 96 / 72  # the preview's px per pt
    css = _CSS.format(title_weight="bold" if options.bold_title() else "normal", body_size=grid.body_size,
                      title_size=grid.title_size, indent=round(2 * grid.body_size * px),
                      line_height=round(grid.line_pitch / grid.body_size * 100),
                      title_line_height=round(grid.line_pitch / grid.title_size * 100), gap=round(grid.line_pitch * px),
                      **options.faces())
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
