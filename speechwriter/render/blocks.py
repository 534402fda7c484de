"""The block list every writer consumes, and how outline sections become blocks.

A template's output is read as lines (see `protocol`); the outline itself is expanded here in
Python, so nothing a clerk types in a section can turn into a title or heading by accident.

Block kinds: title, subtitle, meta (speaker / date lines), salutation, heading (level 1–4),
runin (level; `lead` = numbered heading, `text` = body in the same paragraph), paragraph.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from speechwriter.core.field_syntax import ordinal
from speechwriter.outline.numbering import is_run_in, section_label, style_for_level
from speechwriter.outline.tree import Outline, Section

# a stand-alone-style heading that ends like a sentence runs into its body (（一）坚持……。正文……)
SENTENCE_END = ("。", "！", "？", "；", "：", ".", "!", "?", ";", ":")


@dataclass(frozen=True)
class Block:
    kind: str  # title | subtitle | meta | salutation | heading | runin | paragraph
    text: str
    level: int = 0
    lead: str = ""  # runin only: the numbered heading printed in the heading font
    section: str | None = None  # id of the outline section it comes from (None: the template's own)
    sample: bool = False  # still the sample speech's wording, not yet rewritten by the clerk

    def plain(self) -> str:
        return (self.lead + self.text).replace(FORCED_BREAK, "")


def section_blocks(outline: Outline, path: tuple[int, ...], section: Section, fill: Callable[[str, Section, str], str]) -> list[Block]:
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
        runs_in = is_run_in(style) or (level > 1 and heading.endswith(SENTENCE_END))
        heading_sample = section.is_sample(section.heading)
        if runs_in:
            if is_run_in(style) and not heading.endswith(SENTENCE_END):
                lead += "。"
            text, sample = paragraphs.pop(0) if paragraphs else ("", False)
            blocks.append(Block("runin", text, level, lead, section.id, heading_sample or sample))
        else:
            blocks.append(Block("heading", lead, level, section=section.id, sample=heading_sample))
    blocks += [Block("paragraph", p, section=section.id, sample=sample) for p, sample in paragraphs]
    for i, child in enumerate(section.children):
        blocks += section_blocks(outline, path + (i,), child, fill)
    return blocks


# ---- title lines -------------------------------------------------------------------------------
# A forced break typed in the title field (a line break) travels through the template as this
# character, which str.splitlines() does not split on; `title_lines` turns it back into a break.
FORCED_BREAK = "\u2063"  # INVISIBLE SEPARATOR
MIN_TITLE_LINE = 4
MAX_BALANCED_LINES = 4  # beyond this many lines a title is filled, not balanced
_NO_LINE_START = set("，。、；：？！）》」』”’…—·")
_NO_LINE_END = set("（《「『“‘")


def title_lines(text: str, per_line: int) -> list[str]:
    """A title as GB/T 9704 wants it: lines broken between words (jieba), as even as possible, the
    longer line first (梯形) or in the middle (菱形); forced breaks are kept as typed."""
    lines = []
    for part in text.split(FORCED_BREAK):
        part = part.strip()
        if part:
            lines += _balanced(part, per_line)
    return lines or [""]


def _balanced(text: str, per_line: int) -> list[str]:
    if len(text) <= per_line:
        return [text]
    from speechwriter.core.tokens import cut

    cuts, position = [], 0  # allowed break positions: between jieba words, not before 。 or after 《
    for word in cut(text)[:-1]:
        position += len(word)
        if text[position] not in _NO_LINE_START and text[position - 1] not in _NO_LINE_END:
            cuts.append(position)
    fewest = -(-len(text) // per_line)
    # the search weighs every way to break into a few lines; a "title" longer than that is not one
    # a clerk would print, so it is only filled line by line at word boundaries (no search at all)
    for count in range(fewest, min(len(text) // MIN_TITLE_LINE, MAX_BALANCED_LINES) + 1):
        best = _best_split(text, cuts, count, per_line)
        if best:
            return best
    return _filled(text, cuts, per_line)


def _filled(text: str, cuts: list[int], per_line: int) -> list[str]:
    """Lines filled as full as they go, broken at the last word boundary that fits, or mid-word
    when one word is longer than a line."""
    lines, start = [], 0
    while len(text) - start > per_line:
        fitting = [c for c in cuts if start + MIN_TITLE_LINE <= c <= start + per_line]
        end = fitting[-1] if fitting else start + per_line
        lines.append(text[start:end])
        start = end
    return lines + [text[start:]]


def _best_split(text: str, cuts: list[int], count: int, per_line: int) -> list[str] | None:
    best: list[str] | None = None
    best_score: tuple[int, float] | None = None

    def walk(start: int, chosen: list[int]) -> None:
        nonlocal best, best_score
        if len(chosen) == count - 1:
            edges = [0, *chosen, len(text)]
            lengths = [b - a for a, b in zip(edges, edges[1:])]
            if max(lengths) > per_line or min(lengths) < MIN_TITLE_LINE:
                return
            score = _shape_score(lengths)
            if best_score is None or score < best_score:
                best, best_score = [text[a:b] for a, b in zip(edges, edges[1:])], score
            return
        left = count - 1 - len(chosen)  # lines still to start after this one
        for c in cuts:
            if c > start and c - start <= per_line and left * MIN_TITLE_LINE <= len(text) - c <= left * per_line:
                walk(c, chosen + [c])

    walk(0, [])
    return best


def _shape_score(lengths: list[int]) -> tuple[int, float]:
    """(shape faults, unevenness): a shorter line may only be last (梯形) or at both ends (菱形)."""
    longest = max(lengths)
    peak = lengths.index(longest)
    rising = any(a > b for a, b in zip(lengths[:peak], lengths[1:peak + 1]))
    falling = any(a < b for a, b in zip(lengths[peak:], lengths[peak + 1:]))
    faults = int(rising) + int(falling)
    if len(lengths) == 2 and lengths[0] < lengths[1]:
        faults += 1
    return faults, sum((n - sum(lengths) / len(lengths)) ** 2 for n in lengths)
