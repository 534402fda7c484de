"""WordprocessingML building blocks for the manuscript: elements, run and paragraph properties.

The page arithmetic lives in `options.geometry` (one home for PDF, preview and .docx). Sizes are
written in half-points (w:sz 32 = 16 pt), distances in twips (1/20 pt).

Fonts are named in the styles only (w:eastAsia = the Chinese face, ascii/hAnsi/cs = Times New
Roman); paragraphs refer to styles and carry no direct font formatting. No *Theme attribute is
left anywhere: python-docx's default template points at theme fonts, which Word resolves to a
Japanese face for Chinese text.
"""

from __future__ import annotations

from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

LATIN = "Times New Roman"


def el(tag: str, **attrs: Any) -> OxmlElement:
    element = OxmlElement(tag)
    for key, value in attrs.items():
        element.set(qn(f"w:{key}"), str(value))
    return element


def fonts(east_asia: str) -> OxmlElement:
    return el("w:rFonts", ascii=LATIN, hAnsi=LATIN, cs=LATIN, eastAsia=east_asia)


def half_points(size_pt: float) -> int:
    return round(size_pt * 2)


def run_properties(east_asia: str | None, size_pt: float | None = None, bold: bool = False,
                   scale: int | None = None) -> Any:
    """A w:rPr in schema order: rFonts, b, bCs, w (character width in %), sz, szCs."""
    rpr = el("w:rPr")
    if east_asia:
        rpr.append(fonts(east_asia))
    if bold:
        rpr.append(el("w:b"))
        rpr.append(el("w:bCs"))
    if scale is not None and scale != 100:
        rpr.append(el("w:w", val=scale))
    if size_pt is not None:
        rpr.append(el("w:sz", val=half_points(size_pt)))
        rpr.append(el("w:szCs", val=half_points(size_pt)))
    return rpr


def paragraph_properties(align: str = "both", first_line: int | None = None, before: int = 0, after: int = 0,
                         line: int | None = None, outline_level: int | None = None, keep_next: bool = False,
                         indent_left: int = 0, indent_right: int = 0, keep_lines: bool = False) -> Any:
    """A w:pPr in schema order: keepNext, keepLines, widowControl, snapToGrid, spacing, ind, jc, outlineLvl.

    Paragraphs do not snap to the character grid (see docx_page): the grid declares 22 × 28 for
    Word's and WPS's page setup, and characters narrower than a cell give 28 a line everywhere.

    `first_line`: the two-character indent in twips (also given as 200 hundredths of a character,
    which Word and WPS prefer on a character grid); None for no indent."""
    ppr = el("w:pPr")
    if keep_next:
        ppr.append(el("w:keepNext"))
    if keep_lines:  # 大字版: a paragraph is not split across pages where it can be avoided
        ppr.append(el("w:keepLines"))
    ppr.append(el("w:widowControl", val=0))  # a clerk's manuscript keeps the 22-line grid
    ppr.append(el("w:snapToGrid", val=0))
    spacing: dict[str, object] = {"before": before, "after": after}
    if line is not None:
        spacing.update(line=line, lineRule="exact")
    ppr.append(el("w:spacing", **spacing))
    if first_line:
        ppr.append(el("w:ind", left=indent_left, right=indent_right, firstLine=first_line, firstLineChars=200))
    else:
        ppr.append(el("w:ind", left=indent_left, right=indent_right, firstLine=0, firstLineChars=0))
    ppr.append(el("w:jc", val=align))
    if outline_level is not None:
        ppr.append(el("w:outlineLvl", val=outline_level))
    return ppr


def strip_theme_fonts(root: Any) -> None:
    """Drop every *Theme font attribute below `root` (styles.xml, document.xml …)."""
    for rfonts in root.iter(qn("w:rFonts")):
        for attr in list(rfonts.attrib):
            if attr.endswith("Theme") or attr.endswith("theme"):
                del rfonts.attrib[attr]
