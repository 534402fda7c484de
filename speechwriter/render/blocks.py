"""The block list every writer consumes, and how outline sections become blocks.

A template's output is read as lines (see `protocol`); the outline itself is expanded here in
Python, so nothing a clerk types in a section can turn into a title or heading by accident.

Block kinds: title, subtitle, meta (speaker / date lines), salutation, heading (level 1–4),
runin (level; `lead` = numbered heading, `text` = body in the same paragraph), paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass

from speechwriter.core.field_syntax import ordinal
from speechwriter.outline.model import Outline, Section
from speechwriter.outline.numbering import is_run_in, section_label, style_for_level

KINDS = ("title", "subtitle", "meta", "salutation", "heading", "runin", "paragraph")
# a stand-alone-style heading that ends like a sentence runs into its body (（一）坚持……。正文……)
_SENTENCE_END = ("。", "！", "？", "；", "：", ".", "!", "?", ";", ":")


@dataclass(frozen=True)
class Block:
    kind: str
    text: str
    level: int = 0
    lead: str = ""  # runin only: the numbered heading printed in the heading font
    section: str | None = None  # id of the outline section it comes from (None: the template's own)
    sample: bool = False  # still the sample speech's wording, not yet rewritten by the clerk

    def plain(self) -> str:
        return self.lead + self.text


def section_blocks(outline: Outline, path: tuple[int, ...], section: Section, fill) -> list[Block]:
    """Blocks of one section and its children; `fill` renders fields inside the text."""
    level = len(path)
    heading = fill(section.heading.strip(), section, "标题")
    lines = [line.strip() for line in section.body.split("\n") if line.strip()]
    # each paragraph filled on its own, so a slip in one names its paragraph and spares the others
    paragraphs = [(p, section.is_sample(line)) for n, line in enumerate(lines, 1)
                  for p in (q.strip() for q in fill(line, section, f"{ordinal(n)}段").split("\n")) if p]
    blocks: list[Block] = []
    if heading:
        lead = section_label(outline, path) + heading
        style = style_for_level(outline, level)
        runs_in = is_run_in(style) or (level > 1 and heading.endswith(_SENTENCE_END))
        heading_sample = section.is_sample(section.heading)
        if runs_in:
            if is_run_in(style) and not heading.endswith(_SENTENCE_END):
                lead += "。"
            text, sample = paragraphs.pop(0) if paragraphs else ("", False)
            blocks.append(Block("runin", text, level, lead, section.id, heading_sample or sample))
        else:
            blocks.append(Block("heading", lead, level, section=section.id, sample=heading_sample))
    blocks += [Block("paragraph", p, section=section.id, sample=sample) for p, sample in paragraphs]
    for i, child in enumerate(section.children):
        blocks += section_blocks(outline, path + (i,), child, fill)
    return blocks
