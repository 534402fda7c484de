"""What `compare` and `merge` compare: an outline (its current text or round N, `OUTLINE@N`) as it
prints — the render pipeline's blocks — or a .docx/.txt as read (a .docx with tracked changes as
if they were all accepted)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from speechwriter import filetypes
from speechwriter.errors import UserError
from speechwriter.outline.tree import Outline
from speechwriter.render.blocks import Block
from speechwriter.revise.diff import Para

_ROUND = re.compile(r"^(?P<path>.+)@(?P<n>\d+)$")
INDENT = "\u3000 \t"   # what a paragraph may start with that is layout, not text (首行缩进 typed as spaces)


@dataclass
class Side:
    name: str                     # as the clerk named it (for messages)
    blocks: list[Block]           # what prints, one block per paragraph
    outline: Outline | None = None

    @property
    def paragraphs(self) -> list[Para]:
        return paragraphs_of(self.blocks)


def paragraphs_of(blocks: list[Block]) -> list[Para]:
    return [Para(b.plain(), b.section, b.kind) for b in blocks]


def is_outline_name(name: str) -> bool:
    return filetypes.OUTLINE_JSON.matches(name)


def outline_blocks(outline: Outline, extra_fields: dict[str, str] | None = None) -> list[Block]:
    """The outline as it prints (broken fields printed as written, as the preview does); a required
    field left empty prints as 〔字段〕 instead of stopping the comparison (it may have been given
    only when the round was exported)."""
    from speechwriter.render import outline_fields, render_blocks

    given = {**outline.fields, **(extra_fields or {})}
    missing = {f.name: f"〔{f.name}〕" for f in outline_fields(outline) if f.required and not given.get(f.name, "").strip()}
    return render_blocks(outline, None, {**(extra_fields or {}), **missing}, problems=[])


def text_blocks(lines: list[str]) -> list[Block]:
    return [Block("paragraph", line.strip(INDENT)) for line in lines if line.strip(INDENT)]


def load_side(spec: str, extra_fields: dict[str, str] | None = None) -> Side:
    """`spec`: an outline file, `OUTLINE@N` (round N as `versions` numbers them), a .docx or a .txt."""
    from speechwriter.outline import rounds
    from speechwriter.render import open_outline

    match = _ROUND.match(spec)
    if match and is_outline_name(match["path"]):
        outline = rounds.round_text(open_outline(match["path"]), int(match["n"]))
        return Side(spec, outline_blocks(outline, extra_fields), outline)
    if is_outline_name(spec):
        outline = rounds.snapshot(open_outline(spec))
        return Side(spec, outline_blocks(outline, extra_fields), outline)
    if filetypes.WORD.matches(spec):
        from speechwriter.revise.docx_in import read_docx

        reading = read_docx(spec)
        return Side(spec, text_blocks(reading.texts()))
    if filetypes.TEXT.matches(spec) or not Path(spec).suffix:
        from speechwriter.core.reader import read_speech_file

        return Side(spec, text_blocks(read_speech_file(spec).splitlines()))
    raise UserError(f"无法比较“{spec}”：只能比较提纲（.speech.json，可写“提纲@轮次”）、.docx 或 .txt。")


def section_names(outline: Outline, width: int = 16) -> dict[str, str]:
    """How a clerk names each section: its numbered heading, else its first words (fields shown
    as 〔字段〕), cut to `width` characters."""
    from speechwriter.core.field_syntax import shown
    from speechwriter.outline.numbering import numbered_heading

    names: dict[str, str] = {}

    def visit(prefix: tuple[int, ...], sections) -> None:
        for i, section in enumerate(sections):
            path = prefix + (i,)
            first = section.paragraphs()[0] if section.paragraphs() else ""
            name = shown(numbered_heading(outline, path) or first)
            names[section.id] = name if len(name) <= width else name[:width] + "…"
            visit(path, section.children)

    visit((), outline.sections)
    return names
