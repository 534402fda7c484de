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
- `to_html(outline, template=None, font_set=None, extra_fields=None) -> str` — preview page.
- `to_text(outline, template=None, extra_fields=None) -> str`
- `list_templates() -> list[TemplateInfo(name, kind, source, fields: tuple[FieldInfo(name, required)], error)]`
  — `error` is "" or the Chinese message of a template that cannot be used (it then has no fields).
- `template_fields(name) -> list[FieldInfo]`; `outline_fields(outline, template=None) -> list[FieldInfo]`
  — template fields plus the fields used in the outline's section texts and field values (what a form should ask for).
- `FONT_SETS` ({"公文字体": …, "系统自带": …, "方正GBK": …}), `Block`, `TemplateInfo`, `FieldInfo`, `NONE_VALUE` ("无").
- `user_templates_dir()` — the clerk's folder that adds to and overrides the built-in templates.

Templates also see 有要点 (any key points), 回顾有标题 (the review is a numbered point), 类型 (kind).
Fields: a blank value is missing; the value 无 (NONE_VALUE) means deliberately empty. Field values
and section texts may use other fields ({{ 会议名称 }}); they are rendered in the same sandbox.

Block kinds: title, subtitle, meta, salutation, heading (level 1–4), runin (level, lead, text),
paragraph. Template line protocol: see `speechwriter.render.protocol`. Required-field rule: see
`speechwriter.render.fields`.
"""

from __future__ import annotations

import os

from speechwriter.render.blocks import Block
from speechwriter.render.docx_writer import as_options, build_docx, docx_bytes
from speechwriter.render.environment import user_templates_dir
from speechwriter.render.fields import FieldInfo, TemplateInfo, list_templates, template_fields, text_fields
from speechwriter.render.html_writer import blocks_to_html
from speechwriter.render.options import FONT_SETS, OPTIONS, LayoutOptions
from speechwriter.render.pipeline import NONE_VALUE, render_blocks
from speechwriter.render.text_writer import blocks_to_text

__all__ = ["Block", "FONT_SETS", "FieldInfo", "LayoutOptions", "NONE_VALUE", "OPTIONS", "TemplateInfo", "as_options",
           "build_docx", "docx_bytes", "export_docx", "export_pdf", "outline_options",
           "list_templates", "outline_fields", "render_blocks", "template_fields", "to_html", "to_text",
           "user_templates_dir"]


def outline_options(outline, options=None) -> LayoutOptions:
    """The layout: `options` when given (a font set's name, a dict or LayoutOptions), else the
    outline's own "layout" entry, else the defaults."""
    if options is None:
        return LayoutOptions.from_dict(getattr(outline, "layout", None))
    return as_options(options)


def _title(blocks) -> str:
    return next((b.plain() for b in blocks if b.kind == "title"), "")


def export_docx(outline, path: str | os.PathLike, template: str | None = None, font_set=None,
                extra_fields: dict[str, str] | None = None, reference=None) -> list[str]:
    """Writes the .docx atomically; returns notes for the clerk (styles an office template lacked)."""
    from speechwriter.core.atomic import atomic_write_bytes

    blocks = render_blocks(outline, template, extra_fields)
    data, notes = build_docx(blocks, outline_options(outline, font_set), _title(blocks), reference)
    atomic_write_bytes(path, data)
    return notes


def export_pdf(outline, path: str | os.PathLike, template: str | None = None, font_set=None,
               extra_fields: dict[str, str] | None = None) -> None:
    """The same blocks laid out on the same grid, painted by Qt's PDF writer (needs a QGuiApplication)."""
    from speechwriter.core.atomic import atomic_write_bytes
    from speechwriter.paint import pdf_bytes
    from speechwriter.render.layout import lay_out

    blocks = render_blocks(outline, template, extra_fields)
    options = outline_options(outline, font_set)
    atomic_write_bytes(path, pdf_bytes(lay_out(blocks, options), _title(blocks)))


def to_html(outline, template: str | None = None, font_set=None,
            extra_fields: dict[str, str] | None = None) -> str:
    blocks = render_blocks(outline, template, extra_fields)
    return blocks_to_html(blocks, outline_options(outline, font_set), _title(blocks))


def to_text(outline, template: str | None = None, extra_fields: dict[str, str] | None = None) -> str:
    return blocks_to_text(render_blocks(outline, template, extra_fields))


def outline_fields(outline, template: str | None = None) -> list[FieldInfo]:
    infos = list(template_fields(template or outline.template))
    known = {f.name for f in infos}
    texts = [t for s in outline.walk() for t in (s.heading, s.body)] + list(outline.fields.values())
    names, required = text_fields(texts)
    infos += [FieldInfo(n, n in required) for n in names if n not in known]
    return infos
