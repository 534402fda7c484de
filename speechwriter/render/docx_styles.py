"""The named styles of the manuscript, written into styles.xml.

Headings use Word's built-in "heading 1…4" (shown as 标题 1…4 in a Chinese Word/WPS, with
outline levels, so the navigation pane and a table of contents work); the other paragraph kinds
get their own named styles, so a clerk who wants another look changes a style, not 200
paragraphs. Styles a manuscript never uses are removed from the python-docx default template.
"""

from __future__ import annotations

from docx.oxml.ns import qn

from speechwriter.render.docx_format import (
    BODY_SIZE,
    BOLD_TITLE,
    CHAR_SPACING,
    FONT_SETS,
    LINE_PITCH,
    PAGE_NUMBER_SIZE,
    TITLE_SIZE,
    el,
    paragraph_properties,
    run_properties,
    strip_theme_fonts,
)

# Built-in styles keep their English names ("Normal", "heading 1"): that is how Word and WPS
# recognise them, and they show them as 正文 / 标题 1 in a Chinese interface.
# style id → (name, font role, size in half-points, bold (None: per font set), paragraph settings)
PARAGRAPH_STYLES = {
    "Normal": ("Normal", "body", BODY_SIZE, False, dict()),
    "Heading1": ("heading 1", "hei", BODY_SIZE, False, dict(outline_level=0, keep_next=True)),
    "Heading2": ("heading 2", "kai", BODY_SIZE, False, dict(outline_level=1, keep_next=True)),
    "Heading3": ("heading 3", "body", BODY_SIZE, True, dict(outline_level=2, keep_next=True)),
    "Heading4": ("heading 4", "body", BODY_SIZE, True, dict(outline_level=3, keep_next=True)),
    "SpeechTitle": ("讲话标题", "title", TITLE_SIZE, None, dict(align="center", first_line=False, line=LINE_PITCH)),
    "SpeechSubtitle": ("讲话副标题", "kai", BODY_SIZE, False, dict(align="center", first_line=False)),
    "SpeechMeta": ("讲话人及日期", "kai", BODY_SIZE, False, dict(align="center", first_line=False)),
    "Salutation": ("称呼", "body", BODY_SIZE, False, dict(align="left", first_line=False)),
    "PageNumber": ("页码", "page", PAGE_NUMBER_SIZE, False, dict(align="right", first_line=False, line=None)),
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


def install_styles(styles_root, font_set: str) -> None:
    faces = FONT_SETS[font_set]
    for style in styles_root.findall(qn("w:style")):
        if style.get(qn("w:styleId")) not in KEEP | set(PARAGRAPH_STYLES) | set(CHARACTER_STYLES):
            styles_root.remove(style)
    _set_doc_defaults(styles_root, faces["body"])
    for style_id, (name, role, size, bold, para) in PARAGRAPH_STYLES.items():
        if bold is None:
            bold = BOLD_TITLE[font_set]
        spacing = CHAR_SPACING if role in ("body", "kai", "hei") else 0
        style = _fresh_style(styles_root, style_id, "paragraph", name, based_on=None if style_id == "Normal" else "Normal")
        style.append(paragraph_properties(**para))  # type: ignore[arg-type]  # para: the dict in the table above
        style.append(run_properties(faces[role], size, bold, spacing))
    for style_id, (name, role, bold) in CHARACTER_STYLES.items():
        style = _fresh_style(styles_root, style_id, "character", name, based_on="DefaultParagraphFont")
        style.append(run_properties(faces[role], None, bold))
    strip_theme_fonts(styles_root)


def _set_doc_defaults(styles_root, body_face: str) -> None:
    defaults = styles_root.find(qn("w:docDefaults"))
    for child in list(defaults):
        defaults.remove(child)
    rpr_default, ppr_default = el("w:rPrDefault"), el("w:pPrDefault")
    rpr = run_properties(body_face, BODY_SIZE)
    rpr.append(el("w:lang", val="en-US", eastAsia="zh-CN", bidi="ar-SA"))
    rpr_default.append(rpr)
    ppr = el("w:pPr")
    ppr.append(el("w:spacing", after=0, line=LINE_PITCH, lineRule="exact"))
    ppr_default.append(ppr)
    defaults.append(rpr_default)
    defaults.append(ppr_default)


def _fresh_style(styles_root, style_id: str, kind: str, name: str, based_on: str | None):
    """The style element with this id, emptied and re-declared (created when missing)."""
    style = next((s for s in styles_root.findall(qn("w:style")) if s.get(qn("w:styleId")) == style_id), None)
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
