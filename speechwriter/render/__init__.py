"""Outline → Jinja template → blocks → writers (.docx, PDF, preview HTML, plain text). No Qt here
(the PDF's painter, `speechwriter.paint`, is imported only when a PDF is written).

Public names (import them from `speechwriter.render`):
- `render_blocks(outline, template=None, extra_fields=None) -> list[Block]` — runs the template
  (the outline's own `template` when None) in the sandbox; UserError naming EVERY missing field.
- Layout: `LayoutOptions` and the option table `OPTIONS` (render/options.py); every `font_set`
  argument below takes a font set's name, a dict or LayoutOptions, and None means the outline's
  own "layout" entry (`outline_options(outline, font_set)`).
- `export_docx(outline, path, template=None, font_set=None, extra_fields=None, reference=None) -> notes`
  — atomic write of the GB/T 9704-style manuscript (with an office template .docx as `reference`);
  the old file stays intact when it fails; notes name the styles the template lacked.
- `export_pdf(outline, path, template=None, font_set=None, extra_fields=None)` — the same pages as PDF.
- `docx_bytes(blocks, options="公文字体", title="", reference=None) -> bytes`; `build_docx` → (bytes, notes)
- `to_html(outline, template=None, font_set=None, extra_fields=None, problems=None, view_width=None) -> str`
  — preview page (scaled to show a whole line of the page in `view_width` px when given).
- `to_text(outline, template=None, extra_fields=None) -> str`
- `list_templates() -> list[TemplateInfo(name, kind, source, fields: tuple[FieldInfo(name, required)], error)]`
  — `error` is "" or the Chinese message of a template that cannot be used (it then has no fields).
- `template_fields(name) -> list[FieldInfo]`; `outline_fields(outline, template=None) -> list[FieldInfo]`
  — template fields plus the fields used in the outline's section texts and field values (what a form should ask for).
- `unfilled_fields(outline) -> list[str]` — the required fields still empty (the one place that decides it);
  `draft_fields(missing) -> {name: "〔name〕"}` — what the preview and the 校对 print for them.
- `FONT_SETS` ({"公文字体": …, "系统自带": …, "方正GBK": …}), `Block`, `TemplateInfo`, `FieldInfo`, `NONE_VALUE` ("无").
- `user_templates_dir()` — the clerk's folder that adds to and overrides the built-in templates.
- `template_sentences(name) -> {"过渡语": …, "结束语": …}` — what a template suggests; `apply_template(outline,
  name)` makes `name` the outline's template and puts those sentences into its text (templates add
  nothing at export: the preview, the export and 字数 all read the same text).

Templates also see 有要点 (any key points), 回顾有标题 (the review is a numbered point), 类型 (kind).
Fields: a blank value is missing; the value 无 (NONE_VALUE) means deliberately empty. Field values
and section texts may use other fields ({{ 会议名称 }}); they are rendered in the same sandbox.

Block kinds: title, subtitle, meta, salutation, heading (level 1–4), runin (level, lead, text),
paragraph. Template line protocol: see `speechwriter.render.protocol`. Required-field rule: see
`speechwriter.render.fields`.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from speechwriter.core.field_syntax import PLACEHOLDER
from speechwriter.render.blocks import Block
from speechwriter.render.docx_writer import as_options, build_docx, docx_bytes
from speechwriter.render.environment import user_templates_dir
from speechwriter.render.fields import (
    FieldInfo,
    TemplateInfo,
    list_templates,
    template_fields,
    template_kind,
    template_sentences,
    text_fields,
)
from speechwriter.render.html_writer import blocks_to_html
from speechwriter.render.options import FONT_SETS, OPTIONS, LayoutOptions
from speechwriter.render.pipeline import NONE_VALUE, render_blocks
from speechwriter.render.text_writer import blocks_to_text

if TYPE_CHECKING:
    from speechwriter.outline.tree import Outline

__all__ = ["Block", "FONT_SETS", "FieldInfo", "LayoutOptions", "NONE_VALUE", "OPTIONS", "TemplateInfo", "apply_template",
           "as_options", "build_docx", "docx_bytes", "export_docx", "export_pdf", "list_templates", "open_outline",
           "draft_fields", "outline_fields", "outline_options", "render_blocks", "template_fields", "template_sentences",
           "to_html", "to_text", "unfilled_fields", "user_templates_dir"]


def open_outline(path: str | os.PathLike) -> Outline:
    """An outline file read for use: an older file, whose template added its transition/closing at
    export, gets those sentences put into its text, so it prints as it did and the clerk sees them."""
    from speechwriter.errors import UserError
    from speechwriter.outline.io import load_outline
    from speechwriter.outline.template_text import insert_sentences

    outline = load_outline(path)
    if not outline.sentences_in_text:
        try:
            insert_sentences(outline, template_sentences(outline.template))
        except UserError:
            pass  # its template is gone: the preview and the export say so
        outline.sentences_in_text = True
    return outline


def apply_template(outline: Outline, name: str, initial: bool = False) -> None:
    """Make `name` the outline's template (文种). Its transition/closing sentences go into the text;
    the previous template's, while untouched, come out. `initial`: a new outline, no previous one."""
    from speechwriter.errors import UserError
    from speechwriter.outline.create import template_for_kind
    from speechwriter.outline.template_text import choose_template

    previous = {}
    if not initial:
        try:
            previous = template_sentences(outline.template)
        except UserError:
            previous = {}  # the old template is gone: nothing of it to take out
    kind = None if template_for_kind(outline.kind) == name else template_kind(name)
    choose_template(outline, name, template_sentences(name), previous, kind)


def outline_options(outline: Outline, options: Any = None) -> LayoutOptions:
    """The layout: `options` when given (a font set's name, a dict or LayoutOptions), else the
    outline's own "layout" entry, else the defaults."""
    if options is None:
        return LayoutOptions.from_dict(getattr(outline, "layout", None))
    return as_options(options)


def _title(blocks: list[Block]) -> str:
    return next((b.plain() for b in blocks if b.kind == "title"), "")


def export_docx(outline: Outline, path: str | os.PathLike, template: str | None = None, font_set: Any = None,
                extra_fields: dict[str, str] | None = None, reference: str | os.PathLike | None = None) -> list[str]:
    """Writes the .docx atomically; returns notes for the clerk (styles an office template lacked)."""
    from speechwriter.core.atomic import atomic_write_bytes

    blocks = render_blocks(outline, template, extra_fields)
    data, notes = build_docx(blocks, outline_options(outline, font_set), _title(blocks), reference)
    atomic_write_bytes(path, data)
    return notes


def export_pdf(outline: Outline, path: str | os.PathLike, template: str | None = None, font_set: Any = None,
               extra_fields: dict[str, str] | None = None) -> None:
    """The same blocks laid out on the same grid, painted by Qt's PDF writer (needs a QGuiApplication)."""
    from speechwriter.core.atomic import atomic_write_bytes
    from speechwriter.paint import pdf_bytes
    from speechwriter.render.layout import lay_out

    blocks = render_blocks(outline, template, extra_fields)
    options = outline_options(outline, font_set)
    atomic_write_bytes(path, pdf_bytes(lay_out(blocks, options), _title(blocks)))


def to_html(outline: Outline, template: str | None = None, font_set: Any = None,
            extra_fields: dict[str, str] | None = None, problems: list[str] | None = None,
            view_width: float | None = None) -> str:
    """`problems` (when given) collects the messages of broken fields, which print as written;
    `view_width` (px): the page is scaled to show a whole line of it in that width (the preview)."""
    blocks = render_blocks(outline, template, extra_fields, problems)
    options = outline_options(outline, font_set)
    return blocks_to_html(blocks, options, _title(blocks), view_width)


def to_text(outline: Outline, template: str | None = None, extra_fields: dict[str, str] | None = None) -> str:
    return blocks_to_text(render_blocks(outline, template, extra_fields))


def unfilled_fields(outline: Outline, template: str | None = None) -> list[str]:
    """The required fields still empty, in form order: what an export asks for first, and what a
    draft (the preview, the 校对) shows as 〔名称〕 — see `draft_fields`."""
    return [f.name for f in outline_fields(outline, template) if f.required and not outline.field(f.name).strip()]


def draft_fields(missing: list[str] | tuple[str, ...]) -> dict[str, str]:
    """The `extra_fields` that print the unfilled fields as 〔名称〕 in a draft (field_syntax.PLACEHOLDER)."""
    return {name: PLACEHOLDER.format(name=name) for name in missing}


def outline_fields(outline: Outline, template: str | None = None) -> list[FieldInfo]:
    texts = [t for s in outline.walk() for t in (s.heading, s.body)] + list(outline.fields.values())
    names, required = text_fields(texts)
    # a field the template may leave out (its 单位 line) is still required when the clerk's text uses it
    infos = [FieldInfo(f.name, f.required or f.name in required) for f in template_fields(template or outline.template)]
    known = {f.name for f in infos}
    infos += [FieldInfo(n, n in required) for n in names if n not in known]
    return infos
