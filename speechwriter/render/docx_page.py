"""Page setup, page numbers, settings.xml and fontTable.xml of the manuscript.

The grid (see README, "Output"): A4 with margins 37/35/28/26 mm leaves a 156 mm (442.2 pt) wide
type area. `w:docGrid w:type="linesAndChars"` gives Word and WPS the 22 × 28 grid:
- linePitch = the exact line spacing (28.95 pt = 579 twips); the bottom margin is set so the type
  area is exactly 22 line pitches high (plus less than a twip);
- charSpace = (cell width − Normal's font size) × 4096, with cell width = 442.2 pt / 28 =
  15.793 pt and Normal at 16 pt: floor(−0.207 × 4096) = −849, i.e. cells of 15.7927 pt, 28 of
  which take 442.196 pt ≤ 442.2 pt, and a 29th does not fit.
"""

from __future__ import annotations

from typing import Any

from docx.oxml.ns import qn

from speechwriter.render.docx_format import el, paragraph_properties
from speechwriter.render.options import Geometry, LayoutOptions

FOOTER_GAP_MM = 12        # footer 23 mm from the edge under a 35 mm margin: the number ~7 mm below the text
PAGE_INDENT = 280         # one 14 pt character: 单页码居右空一字，双页码居左空一字


def page_setup(document: Any, options: LayoutOptions, grid: Geometry, keep_template_page: bool = False) -> None:
    """A4, the GB/T 9704 margins and grid, page numbers; with an office template only what it
    lacks (its margins, header and footer stay)."""
    section = document.sections[0]
    sect = section._sectPr
    has_footer = sect.find(qn("w:footerReference")) is not None
    if not keep_template_page:
        section.page_width, section.page_height = round(grid.page_width * 12700), round(grid.page_height * 12700)
        section.top_margin, section.bottom_margin = round(grid.margin_top * 12700), round(grid.margin_bottom * 12700)
        section.left_margin, section.right_margin = round(grid.margin_left * 12700), round(grid.margin_right * 12700)
        # the footer moves with the bottom margin (29.5 pt lines leave 31 mm): a footer reaching into
        # the type area would push the 22nd line off the page in LibreOffice
        section.header_distance = 15 * 36000
        section.footer_distance = round(grid.margin_bottom * 12700) - FOOTER_GAP_MM * 36000
        _doc_grid(sect, grid)
    if not has_footer and options.page_numbers != "无":
        if options.page_numbers == "单右双左" and _even_header_follows(section):
            document.settings.odd_and_even_pages_header_footer = True
            _page_number(section.footer, "right")
            _page_number(section.even_page_footer, "left")
        else:
            _page_number(section.footer, "center")


def _even_header_follows(section: Any) -> bool:
    """Odd/even footers switch Word to odd/even headers too: an office template's one header is
    copied to even pages when it is plain text; one with a picture (a logo) or a field keeps a
    single header, and the page number is then centred rather than the header lost on even pages."""
    from copy import deepcopy

    sect = section._sectPr
    if sect.find(qn("w:headerReference")) is None:
        return True
    if any(ref.get(qn("w:type")) == "even" for ref in sect.findall(qn("w:headerReference"))):
        return True
    header = section.header._element
    if any(attr.startswith("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}")
           for element in header.iter() for attr in element.attrib):
        return False
    even = section.even_page_header
    even.is_linked_to_previous = False
    container = even._element
    for child in list(container):
        container.remove(child)
    for child in header:
        container.append(deepcopy(child))
    return True


def _doc_grid(sect: Any, grid: Geometry) -> None:
    old = sect.find(qn("w:docGrid"))
    if old is not None:
        sect.remove(old)
    sect.append(el("w:docGrid", type="linesAndChars", linePitch=grid.line_pitch_twips, charSpace=grid.char_space))


def _page_number(footer: Any, side: str) -> None:
    """`— 1 —` with a PAGE field; one character in from the edge on its side."""
    footer.is_linked_to_previous = False
    container = footer._element
    for p in container.findall(qn("w:p")):
        container.remove(p)
    p = el("w:p")
    ppr = paragraph_properties(align=side, line=None,
                               indent_right=PAGE_INDENT if side == "right" else 0,
                               indent_left=PAGE_INDENT if side == "left" else 0)
    ppr.insert(0, el("w:pStyle", val="PageNumber"))
    p.append(ppr)
    p.append(_text_run("— "))
    for kind, text in (("begin", ""), ("", " PAGE "), ("separate", ""), ("", "1"), ("end", "")):
        r = el("w:r")
        if kind:
            r.append(el("w:fldChar", fldCharType=kind))
        elif text == " PAGE ":
            instr = el("w:instrText")
            instr.text = text
            instr.set(qn("xml:space"), "preserve")
            r.append(instr)
        else:
            r.append(_t(text))
        p.append(r)
    p.append(_text_run(" —"))
    container.append(p)


def _t(text: str) -> Any:
    t = el("w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    return t


def _text_run(text: str) -> Any:
    r = el("w:r")
    r.append(_t(text))
    return r


def word_settings(document: Any) -> None:
    """What Word 2013+ writes for a Chinese document: compatibility mode 15 (no 「兼容模式」),
    标点挤压 (compressPunctuation), Chinese as the East Asian theme language."""
    settings = document.settings.element
    lang = settings.find(qn("w:themeFontLang"))
    if lang is not None:
        lang.set(qn("w:eastAsia"), "zh-CN")
    control = settings.find(qn("w:characterSpacingControl"))
    if control is None:
        control = el("w:characterSpacingControl")
        # schema order: after defaultTabStop etc.; before compat is close enough for Word and LibreOffice
        compat = settings.find(qn("w:compat"))
        if compat is not None:
            compat.addprevious(control)
        else:
            settings.append(control)
    control.set(qn("w:val"), "compressPunctuation")
    compat = settings.find(qn("w:compat"))
    if compat is None:
        compat = el("w:compat")
        settings.append(compat)
    mode = next((c for c in compat.findall(qn("w:compatSetting")) if c.get(qn("w:name")) == "compatibilityMode"), None)
    if mode is None:
        mode = el("w:compatSetting", name="compatibilityMode", uri="http://schemas.microsoft.com/office/word")
        compat.append(mode)
    mode.set(qn("w:val"), "15")


# a PC without the named face falls back to a face it has (Word reads altName; WPS too)
ALT_NAMES = {"仿宋_GB2312": "仿宋", "楷体_GB2312": "楷体", "方正小标宋简体": "宋体", "方正小标宋_GBK": "方正小标宋简体",
             "方正仿宋_GBK": "仿宋_GB2312", "方正楷体_GBK": "楷体_GB2312", "方正黑体_GBK": "黑体",
             "仿宋": "FangSong", "楷体": "KaiTi", "黑体": "SimHei", "宋体": "SimSun"}
_FONT_XML = ('<w:font xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:name="{name}">'
             '{alt}<w:charset w:val="{charset}"/><w:family w:val="{family}"/><w:pitch w:val="{pitch}"/></w:font>')


def font_table(document: Any, faces: dict, keep_existing: bool = False) -> None:
    """fontTable.xml naming our faces (GB2312 charset, fall-back names) instead of the default
    template's Japanese ＭＳ 明朝 / ＭＳ ゴシック; an office template's own entries are kept."""
    from lxml import etree

    part = next(rel.target_part for rel in document.part.rels.values() if rel.reltype.endswith("/fontTable"))
    root = etree.fromstring(part.blob)
    if not keep_existing:
        for child in list(root):
            root.remove(child)
        root.append(etree.fromstring(_FONT_XML.format(name="Times New Roman", alt="", charset="00", family="roman",
                                                      pitch="variable")))
    present = {f.get(qn("w:name")) for f in root.findall(qn("w:font"))}
    for face in dict.fromkeys(faces.values()):
        if face in present:
            continue
        alt = f'<w:altName w:val="{ALT_NAMES[face]}"/>' if face in ALT_NAMES else ""
        family = "modern" if "黑" in face else ("script" if "楷" in face else "roman")
        root.append(etree.fromstring(_FONT_XML.format(name=face, alt=alt, charset="86", family=family, pitch="fixed")))
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
