"""The office's own Word template (本单位讲话稿模板.docx) as the starting point of an export.

Its page setup (size, margins, grid), header and footer, and the styles it defines are kept; the
speech is written with its styles, found by name as Word and WPS store them (English built-in
names, or the Chinese names a WPS template may carry). A style the template lacks is ours, and
the clerk is told which.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from docx.oxml.ns import qn

from speechwriter.errors import UserError

# our style id → the names it may have in a template (compared without case and spaces)
WANTED = {
    "Title": ("title", "标题"),
    "Heading1": ("heading1", "标题1"),
    "Heading2": ("heading2", "标题2"),
    "Heading3": ("heading3", "标题3"),
    "Normal": ("normal", "正文"),
}
OPTIONAL = {"Heading4": ("heading4", "标题4"), "Subtitle": ("subtitle", "副标题")}
SHOWN_NAME = {"Title": "标题", "Heading1": "标题 1", "Heading2": "标题 2", "Heading3": "标题 3", "Normal": "正文"}


def _key(name: str) -> str:
    return re.sub(r"\s+", "", name or "").lower()


MAX_REFERENCE_BYTES = 50 * 1024 * 1024   # the template file as stored (a letterhead picture or two)
MAX_STYLES = 5000                         # Word's own templates define a few hundred
_FONT_TABLE = "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"
_FONT_TABLE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable"


def open_reference(path: str | os.PathLike) -> tuple[Any, dict[str, str], list[str]]:
    """(python-docx Document with an empty body, our style id → template style id, notes).

    The file is read by the careful reader (a regular file of a sane size) and checked as every
    .docx is (core/docx_text.py: sizes from the zip directory before inflating, encryption,
    damaged data, the body's root); parts Word can do without (fontTable.xml …) are supplied."""
    from speechwriter.core.docx_text import open_package
    from speechwriter.core.reader import read_regular_file

    target = Path(path)
    if target.suffix.lower() not in (".docx", ".dotx"):
        raise UserError(f"单位模板“{target.name}”应为 Word 文档或 Word 模板（.docx / .dotx）。")
    data = read_regular_file(target, MAX_REFERENCE_BYTES, "单位模板")
    document = open_package(data, target.name)
    try:
        styles = document.styles.element.findall(qn("w:style"))
        if len(styles) > MAX_STYLES:
            raise UserError(f"单位模板“{target.name}”定义了 {len(styles):,} 个样式（超过 {MAX_STYLES:,} 个），不像是 Word 模板。")
        _ensure_font_table(document)
        document.settings  # noqa: B018 - python-docx adds a default settings part when the template has none
    except UserError:
        raise
    except Exception:  # noqa: BLE001 - a styles or settings part of an unexpected shape
        raise UserError(f"单位模板“{target.name}”里的内容已损坏，Word 文档无法解析。") from None
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    by_name: dict[str, str] = {}
    for style in styles:
        if style.get(qn("w:type")) != "paragraph":
            continue
        name = style.find(qn("w:name"))
        by_name.setdefault(_key(name.get(qn("w:val")) if name is not None else ""), style.get(qn("w:styleId")))
    found, missing = {}, []
    for ours, names in {**WANTED, **OPTIONAL}.items():
        style_id = next((by_name[n] for n in names if n in by_name), None)
        if style_id:
            found[ours] = style_id
        elif ours in WANTED:
            missing.append(SHOWN_NAME[ours])
    notes = []
    if missing:
        notes.append(f"单位模板“{target.name}”中没有样式“{'”“'.join(missing)}”，这些段落用了本程序的公文样式。")
    return document, found, notes


def _ensure_font_table(document: Any) -> None:
    """A template without fontTable.xml (or with one that is not a font table) gets an empty one:
    Word makes do without it, and the writer fills in our faces."""
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from lxml import etree

    fonts = qn("w:fonts")
    for rel_id, rel in list(document.part.rels.items()):
        if rel.reltype.endswith("/fontTable"):
            try:
                if not rel.is_external and etree.fromstring(rel.target_part.blob).tag == fonts:
                    return
            except (etree.XMLSyntaxError, ValueError):
                pass
            del document.part.rels[rel_id]
    empty = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             b'<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>')
    part = Part(PackURI("/word/fontTable.xml"), _FONT_TABLE, empty, document.part.package)
    document.part.relate_to(part, _FONT_TABLE_REL)
