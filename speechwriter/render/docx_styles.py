"""The named styles of the manuscript, written into styles.xml.

Word's built-in styles carry the manuscript: Title, Subtitle, heading 1…4 and Normal (a Chinese
Word/WPS shows them as 标题, 副标题, 标题 1…4, 正文), so the clerk can restyle a whole speech in
Word by changing one style, and a table of contents or the navigation pane works. Speaker/date
lines, the salutation, page numbers and run-in heading leads get named styles of their own.
Paragraphs in document.xml only name their style. Styles a manuscript never uses are removed from
python-docx's default template.
"""

from __future__ import annotations

import math
from typing import Any

from docx.oxml.ns import qn

from speechwriter.render.docx_format import el, paragraph_properties, run_properties, strip_theme_fonts
from speechwriter.render.options import Geometry, LayoutOptions

PAGE_NUMBER_SIZE = 14.0  # 四号
# style id → (name, font role, size ("title" / "body" / pt), bold (None: per font set), paragraph settings)
PARAGRAPH_STYLES: dict[str, tuple[str, str, str | float, bool | None, dict]] = {
    "Normal": ("Normal", "body", "body", False, dict()),
    "Title": ("Title", "title", "title", None, dict(align="center", indent=False, grid=False)),
    "Subtitle": ("Subtitle", "kai", "body", False, dict(align="center", indent=False)),
    "Heading1": ("heading 1", "hei", "body", False, dict(outline_level=0, keep_next=True)),
    "Heading2": ("heading 2", "kai", "body", False, dict(outline_level=1, keep_next=True)),
    "Heading3": ("heading 3", "body", "body", True, dict(outline_level=2, keep_next=True)),
    "Heading4": ("heading 4", "body", "body", True, dict(outline_level=3, keep_next=True)),
    "SpeechMeta": ("讲话人及日期", "kai", "body", False, dict(align="center", indent=False)),
    "Salutation": ("称呼", "body", "body", False, dict(align="left", indent=False, gap=True)),
    "PageNumber": ("页码", "page", PAGE_NUMBER_SIZE, False, dict(align="right", indent=False, line=False, grid=False)),
}
# run-in headings: the numbered lead of a paragraph (（一）坚持……。正文) in its level's font
CHARACTER_STYLES = {
    "RunIn1": ("段首标题 1", "hei", False),
    "RunIn2": ("段首标题 2", "kai", False),
    "RunIn3": ("段首标题 3", "body", True),
    "RunIn4": ("段首标题 4", "body", True),
}
KEEP = {"Normal", "DefaultParagraphFont", "TableNormal", "NoList"}
HEADING_STYLE = {1: "Heading1", 2: "Heading2", 3: "Heading3", 4: "Heading4"}


def style_size(size: str | float, geometry: Geometry) -> float:
    if isinstance(size, str):
        return {"title": geometry.title_size, "body": geometry.body_size}[size]
    return size


def grid_scale(geometry: Geometry) -> int:
    """Character width in % (w:w) that makes a body character no wider than its grid cell:
    16 pt characters in 15.79 pt cells are drawn 98 % wide (15.68 pt), 28 of them take 439 pt
    of the 442.25 pt line and a 29th does not fit. Measured in LibreOffice: run spacing
    (w:spacing −5) is not counted there once the section has a character grid (27 a line)."""
    return min(100, math.floor(geometry.char_pitch / geometry.body_size * 100))


def style_paragraph(para: dict, geometry: Geometry, keep_lines: bool = False) -> Any:
    """The w:pPr of one of our paragraph styles."""
    return paragraph_properties(
        align=para.get("align", "both"),
        first_line=round(2 * geometry.body_size * 20) if para.get("indent", True) else None,
        before=geometry.line_pitch_twips if para.get("gap") else 0,
        line=geometry.line_pitch_twips if para.get("line", True) else None,
        outline_level=para.get("outline_level"), keep_next=para.get("keep_next", False), keep_lines=keep_lines,
    )


def install_styles(styles_root: Any, options: LayoutOptions, geometry: Geometry, template_ids: dict | None = None) -> None:
    """Our styles into styles.xml. `template_ids` (our id → an office template's style id): those
    styles are the template's and stay as they are; ours are based on the template's 正文."""
    faces = options.faces()
    ours = set(PARAGRAPH_STYLES) | set(CHARACTER_STYLES)
    skip = set(template_ids or ())
    normal = (template_ids or {}).get("Normal", "Normal")
    if template_ids is None:
        for style in styles_root.findall(qn("w:style")):
            if style.get(qn("w:styleId")) not in KEEP | ours:
                styles_root.remove(style)
        _set_doc_defaults(styles_root, faces["body"], geometry)
    for style_id, (name, role, size, bold, para) in PARAGRAPH_STYLES.items():
        if style_id in skip:
            continue
        if bold is None:
            bold = options.bold_title()
        style = _fresh_style(styles_root, style_id, "paragraph", name, based_on=None if style_id == "Normal" else normal)
        style.append(style_paragraph(para, geometry, keep_lines=options.large_print and style_id == "Normal"))
        style.append(run_properties(faces[role], style_size(size, geometry), bold, grid_scale(geometry) if para.get("grid", True) else None))
    for style_id, (name, role, bold) in CHARACTER_STYLES.items():
        if style_id in skip:
            continue
        style = _fresh_style(styles_root, style_id, "character", name, based_on="DefaultParagraphFont")
        style.append(run_properties(faces[role], None, bold))
    strip_theme_fonts(styles_root)


def _set_doc_defaults(styles_root: Any, body_face: str, geometry: Geometry) -> None:
    defaults = styles_root.find(qn("w:docDefaults"))
    for child in list(defaults):
        defaults.remove(child)
    rpr_default, ppr_default = el("w:rPrDefault"), el("w:pPrDefault")
    rpr = run_properties(body_face, geometry.body_size)
    rpr.append(el("w:lang", val="en-US", eastAsia="zh-CN", bidi="ar-SA"))
    rpr_default.append(rpr)
    ppr = el("w:pPr")
    ppr.append(el("w:spacing", after=0, line=geometry.line_pitch_twips, lineRule="exact"))
    ppr_default.append(ppr)
    defaults.append(rpr_default)
    defaults.append(ppr_default)


def find_style(styles_root: Any, style_id: str) -> Any:
    return next((s for s in styles_root.findall(qn("w:style")) if s.get(qn("w:styleId")) == style_id), None)


def _fresh_style(styles_root: Any, style_id: str, kind: str, name: str, based_on: str | None) -> Any:
    """The style element with this id, emptied and re-declared (created when missing)."""
    style = find_style(styles_root, style_id)
    if style is None:
        style = el("w:style", type=kind, styleId=style_id)
        styles_root.append(style)
    for child in list(style):
        style.remove(child)
    style.set(qn("w:type"), kind)
    if style_id == "Normal":
        style.set(qn("w:default"), "1")
    style.append(el("w:name", val=name))
    if based_on:
        style.append(el("w:basedOn", val=based_on))
    if kind == "paragraph":
        style.append(el("w:next", val="Normal"))
    style.append(el("w:qFormat"))
    return style
