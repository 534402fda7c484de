"""Blocks → .docx bytes (python-docx for the package, WordprocessingML for the content).

Paragraphs are written as XML directly (not through python-docx's run API): every paragraph only
names its style (fonts live in styles.xml), and it is several times faster for a long speech.
With an office template (`reference`), its package is the starting point: page setup, header,
footer and the styles it has are kept, see `docx_reference`.
"""

from __future__ import annotations

import io
import os
import re
from datetime import datetime, timezone
from typing import Any

import docx
from docx.oxml.ns import qn

from speechwriter.render.blocks import Block, title_lines
from speechwriter.render.docx_format import el, strip_theme_fonts
from speechwriter.render.docx_page import font_table, page_setup, word_settings
from speechwriter.render.docx_reference import open_reference
from speechwriter.render.docx_styles import HEADING_STYLE, install_styles
from speechwriter.render.options import Geometry, LayoutOptions, geometry

_BLOCK_STYLE = {"title": "Title", "subtitle": "Subtitle", "meta": "SpeechMeta",
                "salutation": "Salutation", "paragraph": "Normal", "runin": "Normal"}
_UNWANTED_PARTS = ("stylesWithEffects", "metadata/thumbnail")  # stale default-template leftovers
# characters XML 1.0 cannot hold (Word's manual line break \x0b arrives this way in pasted text)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def as_options(options: LayoutOptions | str | dict | None) -> LayoutOptions:
    """A font set's name (the CLI's --fonts, older callers) or a settings dict → LayoutOptions."""
    if isinstance(options, LayoutOptions):
        return options
    if isinstance(options, str):
        return LayoutOptions.from_dict({"fonts": options})
    return LayoutOptions.from_dict(options)


def docx_bytes(blocks: list[Block], options: LayoutOptions | str = "公文字体", title: str = "",
               reference: str | os.PathLike | None = None) -> bytes:
    return build_docx(blocks, options, title, reference)[0]


def build_docx(blocks: list[Block], options: LayoutOptions | str = "公文字体", title: str = "",
               reference: str | os.PathLike | None = None) -> tuple[bytes, list[str]]:
    """(.docx bytes, notes for the clerk, e.g. which styles the office template lacked)."""
    options = as_options(options)
    grid = geometry(options)
    notes: list[str] = []
    if reference:
        document, style_ids, notes = open_reference(reference)
        install_styles(document.styles.element, options, grid, template_ids=style_ids)
    else:
        document, style_ids = docx.Document(), {}
        _drop_unwanted_parts(document)
        install_styles(document.styles.element, options, grid)
    page_setup(document, options, grid, keep_template_page=bool(reference))
    body = document.element.body
    anchor = body.sectPr
    previous = None
    for block in blocks:
        anchor.addprevious(_paragraph(block, previous, style_ids, grid))
        previous = block
    strip_theme_fonts(document.element)
    word_settings(document)
    font_table(document, options.faces(), keep_existing=bool(reference))
    props = document.core_properties
    # Word's core properties hold at most 255 characters; the full title is in the text
    props.title, props.author, props.last_modified_by, props.comments = title[:255], "", "", ""
    props.revision = 1
    props.created = props.modified = datetime.now(timezone.utc).replace(microsecond=0, tzinfo=None)  # not 2013's template
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue(), notes


def _paragraph(block: Block, previous: Block | None, style_ids: dict, grid: Geometry) -> Any:
    style = HEADING_STYLE[block.level] if block.kind == "heading" else _BLOCK_STYLE[block.kind]
    p = el("w:p")
    ppr = el("w:pPr")
    ppr.append(el("w:pStyle", val=style_ids.get(style, style)))
    # one blank line between the title block and the first speaker/date line
    if block.kind == "meta" and previous is not None and previous.kind in ("title", "subtitle"):
        ppr.append(el("w:spacing", before=grid.line_pitch_twips))
    p.append(ppr)
    if block.kind == "runin":
        p.append(run_element(block.lead, char_style=f"RunIn{block.level}"))
        if block.text:
            p.append(run_element(block.text))
    elif block.kind == "title":
        for i, line in enumerate(title_lines(block.text, grid.title_chars_per_line)):
            if i:
                r = el("w:r")
                r.append(el("w:br"))
                p.append(r)
            p.append(run_element(line))
    else:
        p.append(run_element(block.text))
    return p


def run_element(text: str, char_style: str | None = None) -> Any:
    """A w:r holding `text` (characters XML cannot hold made spaces), in a character style when given."""
    r = el("w:r")
    if char_style:
        rpr = el("w:rPr")
        rpr.append(el("w:rStyle", val=char_style))
        r.append(rpr)
    t = el("w:t")
    t.text = _NOT_XML.sub(" ", text)
    t.set(qn("xml:space"), "preserve")
    r.append(t)
    return r


def _drop_unwanted_parts(document: Any) -> None:
    for owner in (document.part, document.part.package):
        for rId, rel in list(owner.rels.items()):
            if rel.reltype.endswith(_UNWANTED_PARTS):
                owner.rels.pop(rId)


