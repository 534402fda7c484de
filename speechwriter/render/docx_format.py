"""Page, font and paragraph settings of a speech manuscript in the GB/T 9704 manner, as WordprocessingML.

Page arithmetic (A4, 210 × 297 mm; margins top 37, bottom 35, left 28, right 26 mm):
- type area height 297 − 37 − 35 = 225 mm = 637.8 pt; 22 lines at an EXACT line pitch of
  28.95 pt (579 twips) take 636.9 pt, so exactly 22 lines fit.
- type area width 210 − 28 − 26 = 156 mm = 442.2 pt; 28 characters of 三号 (16 pt) would need
  448 pt, so every body character gets −0.25 pt spacing (w:spacing −5 twips): 28 × 15.75 =
  441.0 pt fits, 29 × 15.75 = 456.75 pt does not, giving 28 characters per line.
Sizes are in half-points (w:sz 32 = 16 pt), distances in twips (1/20 pt).

Every run names its fonts explicitly (w:eastAsia = the Chinese face, ascii/hAnsi/cs = Times New
Roman) and no *Theme attribute is left anywhere: python-docx's default template points at
theme fonts, which Word resolves to a Japanese face for Chinese text.
"""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

LATIN = "Times New Roman"
LINE_PITCH = 579          # twips: 28.95 pt exact line spacing
BODY_SIZE = 32            # half-points: 三号 16 pt
CHAR_SPACING = -5         # twips: −0.25 pt, see the arithmetic above
INDENT_2_CHARS = 640      # twips: two 16 pt characters (also given as 200 hundredths of a char)
TITLE_SIZE = 44           # 二号 22 pt
PAGE_NUMBER_SIZE = 28     # 四号 14 pt
MARGINS_MM = {"top": 37, "bottom": 35, "left": 28, "right": 26}
FOOTER_DISTANCE_MM = 23   # puts the page-number line about 7 mm below the type area

# role → font, per font set. 公文字体 are the faces GB/T 9704 names; 系统自带 are those every
# Windows / UOS / 麒麟 PC has, for machines without the GB2312 fonts.
FONT_SETS = {
    "公文字体": {"body": "仿宋_GB2312", "kai": "楷体_GB2312", "title": "方正小标宋简体", "hei": "黑体", "page": "宋体"},
    "系统自带": {"body": "仿宋", "kai": "楷体", "title": "宋体", "hei": "黑体", "page": "宋体"},
}
# 宋体 is much lighter than 方正小标宋: the system set makes up for it with bold
BOLD_TITLE = {"公文字体": False, "系统自带": True}


def el(tag: str, **attrs) -> OxmlElement:
    element = OxmlElement(tag)
    for key, value in attrs.items():
        element.set(qn(f"w:{key}"), str(value))
    return element


def fonts(east_asia: str) -> OxmlElement:
    return el("w:rFonts", ascii=LATIN, hAnsi=LATIN, cs=LATIN, eastAsia=east_asia)


def run_properties(east_asia: str, size: int | None = None, bold: bool = False, spacing: int | None = None):
    """A w:rPr in schema order: rFonts, b, bCs, spacing, sz, szCs."""
    rpr = el("w:rPr")
    rpr.append(fonts(east_asia))
    if bold:
        rpr.append(el("w:b"))
        rpr.append(el("w:bCs"))
    if spacing is not None:
        rpr.append(el("w:spacing", val=spacing))
    if size is not None:
        rpr.append(el("w:sz", val=size))
        rpr.append(el("w:szCs", val=size))
    return rpr


def paragraph_properties(align: str = "both", first_line: bool = True, before: int = 0, after: int = 0,
                         line: int | None = LINE_PITCH, outline_level: int | None = None, keep_next: bool = False,
                         indent_left: int = 0, indent_right: int = 0):
    """A w:pPr in schema order: keepNext, widowControl, spacing, ind, jc, outlineLvl."""
    ppr = el("w:pPr")
    if keep_next:
        ppr.append(el("w:keepNext"))
    ppr.append(el("w:widowControl", val=0))  # a clerk's manuscript keeps the 22-line grid
    spacing: dict[str, object] = {"before": before, "after": after}
    if line is not None:
        spacing.update(line=line, lineRule="exact")
    ppr.append(el("w:spacing", **spacing))
    if first_line:
        ppr.append(el("w:ind", left=indent_left, right=indent_right, firstLine=INDENT_2_CHARS, firstLineChars=200))
    else:
        ppr.append(el("w:ind", left=indent_left, right=indent_right, firstLine=0, firstLineChars=0))
    ppr.append(el("w:jc", val=align))
    if outline_level is not None:
        ppr.append(el("w:outlineLvl", val=outline_level))
    return ppr


def strip_theme_fonts(root) -> None:
    """Drop every *Theme font attribute below `root` (styles.xml, document.xml …)."""
    for rfonts in root.iter(qn("w:rFonts")):
        for attr in list(rfonts.attrib):
            if attr.endswith("Theme") or attr.endswith("theme"):
                del rfonts.attrib[attr]
