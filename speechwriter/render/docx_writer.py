"""Blocks → .docx bytes (python-docx for the package, WordprocessingML for the content).

Paragraphs are written as XML directly (not through python-docx's run API) because every run
must carry explicit Chinese and Latin fonts, and because it is several times faster for a long
speech.
"""

from __future__ import annotations

import io
import re
from datetime import datetime, timezone

import docx
from docx.oxml.ns import qn
from docx.shared import Mm

from speechwriter.errors import UserError
from speechwriter.render.blocks import Block
from speechwriter.render.docx_format import (
    FONT_SETS,
    FOOTER_DISTANCE_MM,
    LINE_PITCH,
    MARGINS_MM,
    el,
    fonts,
    paragraph_properties,
    strip_theme_fonts,
)
from speechwriter.render.docx_styles import HEADING_STYLE, PARAGRAPH_STYLES, install_styles

_BLOCK_STYLE = {"title": "SpeechTitle", "subtitle": "SpeechSubtitle", "meta": "SpeechMeta",
                "salutation": "Salutation", "paragraph": "Normal", "runin": "Normal"}
_UNWANTED_PARTS = ("stylesWithEffects", "metadata/thumbnail")  # stale default-template leftovers
# characters XML 1.0 cannot hold (Word's manual line break \x0b arrives this way in pasted text)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
PAGE_INDENT = 280  # one 14 pt character: 单页码居右空一字，双页码居左空一字


def docx_bytes(blocks: list[Block], font_set: str = "公文字体", title: str = "") -> bytes:
    if font_set not in FONT_SETS:
        raise UserError(f"未知的字体方案“{font_set}”（可选：{'、'.join(FONT_SETS)}）。")
    document = docx.Document()
    _drop_unwanted_parts(document)
    install_styles(document.styles.element, font_set)
    faces = FONT_SETS[font_set]
    _page_setup(document, faces["page"])
    body = document.element.body
    anchor = body.sectPr
    previous = None
    for block in blocks:
        anchor.addprevious(_paragraph(block, previous, faces))
        previous = block
    strip_theme_fonts(document.element)
    _settings(document)
    _font_table(document, faces)
    props = document.core_properties
    props.title, props.author, props.last_modified_by, props.comments = title, "", "", ""
    props.revision = 1
    props.created = props.modified = datetime.now(timezone.utc).replace(microsecond=0, tzinfo=None)  # not 2013's template
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _paragraph(block: Block, previous: Block | None, faces: dict):
    style = HEADING_STYLE[block.level] if block.kind == "heading" else _BLOCK_STYLE[block.kind]
    p = el("w:p")
    ppr = el("w:pPr")
    ppr.append(el("w:pStyle", val=style))
    # one blank line between title block and speaker/date, and before the salutation
    if (block.kind == "meta" and previous is not None and previous.kind in ("title", "subtitle")) or \
            block.kind == "salutation":
        ppr.append(el("w:spacing", before=LINE_PITCH))
    p.append(ppr)
    font_role = PARAGRAPH_STYLES[style][1]
    if block.kind == "runin":
        level_role = PARAGRAPH_STYLES[HEADING_STYLE[block.level]][1]
        p.append(_run(block.lead, faces[level_role], char_style=f"RunIn{block.level}"))
        if block.text:
            p.append(_run(block.text, faces[font_role]))
    else:
        p.append(_run(block.text, faces[font_role]))
    return p


def _run(text: str, face: str, char_style: str | None = None):
    r = el("w:r")
    rpr = el("w:rPr")
    if char_style:
        rpr.append(el("w:rStyle", val=char_style))
    rpr.append(fonts(face))
    r.append(rpr)
    t = el("w:t")
    t.text = _NOT_XML.sub(" ", text)
    t.set(qn("xml:space"), "preserve")
    r.append(t)
    return r


def _page_setup(document, page_face: str) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)  # the default template is US Letter
    section.top_margin, section.bottom_margin = Mm(MARGINS_MM["top"]), Mm(MARGINS_MM["bottom"])
    section.left_margin, section.right_margin = Mm(MARGINS_MM["left"]), Mm(MARGINS_MM["right"])
    section.header_distance, section.footer_distance = Mm(15), Mm(FOOTER_DISTANCE_MM)
    document.settings.odd_and_even_pages_header_footer = True
    _page_number(section.footer, "right", page_face)
    _page_number(section.even_page_footer, "left", page_face)
    grid = section._sectPr.find(qn("w:docGrid"))
    if grid is not None:
        grid.set(qn("w:linePitch"), str(LINE_PITCH))


def _page_number(footer, side: str, face: str) -> None:
    """`— 1 —` with a PAGE field; odd pages right, even pages left, one character in from the edge."""
    footer.is_linked_to_previous = False
    container = footer._element
    for p in container.findall(qn("w:p")):
        container.remove(p)
    p = el("w:p")
    ppr = paragraph_properties(align=side, first_line=False, line=None,
                               indent_right=PAGE_INDENT if side == "right" else 0,
                               indent_left=PAGE_INDENT if side == "left" else 0)
    ppr.insert(0, el("w:pStyle", val="PageNumber"))
    p.append(ppr)
    p.append(_run("— ", face))
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        r = el("w:r")
        rpr = el("w:rPr")
        rpr.append(fonts(face))
        r.append(rpr)
        if kind:
            r.append(el("w:fldChar", fldCharType=kind))
        elif text == " PAGE ":
            instr = el("w:instrText")
            instr.text = text
            instr.set(qn("xml:space"), "preserve")
            r.append(instr)
        else:
            t = el("w:t")
            t.text = text
            r.append(t)
        p.append(r)
    p.append(_run(" —", face))
    container.append(p)


def _settings(document) -> None:
    settings = document.settings.element
    lang = settings.find(qn("w:themeFontLang"))
    if lang is not None:
        lang.set(qn("w:eastAsia"), "zh-CN")


# a PC without the GB2312 faces (most Windows 10/11 installs) falls back to the plain one
_ALT_NAMES = {"仿宋_GB2312": "仿宋", "楷体_GB2312": "楷体", "方正小标宋简体": "宋体"}


def _font_table(document, faces: dict) -> None:
    """fontTable.xml naming our Chinese faces (GB2312 charset, fall-back names) instead of the
    default template's Japanese ＭＳ 明朝 / ＭＳ ゴシック."""
    part = next(rel.target_part for rel in document.part.rels.values() if rel.reltype.endswith("/fontTable"))
    fonts = ['<w:font w:name="Times New Roman"><w:charset w:val="00"/><w:family w:val="roman"/>'
             '<w:pitch w:val="variable"/></w:font>']
    for face in dict.fromkeys(faces.values()):
        alt = f'<w:altName w:val="{_ALT_NAMES[face]}"/>' if face in _ALT_NAMES else ""
        family = "modern" if face == "黑体" else "roman"
        fonts.append(f'<w:font w:name="{face}">{alt}<w:charset w:val="86"/><w:family w:val="{family}"/>'
                     f'<w:pitch w:val="fixed"/></w:font>')
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' + "".join(fonts) + "</w:fonts>")
    part._blob = xml.encode("utf-8")


def _drop_unwanted_parts(document) -> None:
    for owner in (document.part, document.part.package):
        for rId, rel in list(owner.rels.items()):
            if rel.reltype.endswith(_UNWANTED_PARTS):
                owner.rels.pop(rId)
