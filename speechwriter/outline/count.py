"""字数 and speaking time, counted the Chinese way: the one home of "the printed length of this outline".

A Chinese clerk's 字数 counts every character a reader sees — Han characters, punctuation,
digits, letters — and never whitespace. What is counted is what is spoken, as it will print: the
salutation and every section with its printed number (一、…) and its fields filled in ({{ 单位 }}
counts as the unit's name; a field still empty counts as the 〔单位〕 the page shows in its place),
not the title block. The status bar, the tree, the preview and the 校对's 时长 all count with
`outline_chars` / `section_totals`, so they never disagree. Speaking time follows the outline's
`rate` (the window puts the clerk's 语速 there; defaults.SPEAKING_RATE when nothing says otherwise).
"""

from __future__ import annotations

from speechwriter.core.field_syntax import fill
from speechwriter.defaults import SPEAKING_RATE as DEFAULT_RATE
from speechwriter.outline.numbering import section_label
from speechwriter.outline.tree import Outline, Section

_NONE = "无"  # a field set to 无 prints nothing (render.NONE_VALUE)


def _values(outline: Outline) -> dict[str, str]:
    values = {k: ("" if v.strip() == _NONE else v) for k, v in outline.fields.items()}
    # a value may itself use fields (标题 = "在{{ 会议名称 }}上的讲话"): one level of filling
    return {k: fill(v, values, "") for k, v in values.items()}


def printed(text: str, values: dict[str, str]) -> str:
    """The text as the page prints it: fields filled, one still empty as its 〔名称〕 placeholder."""
    return fill(text, values)


def count_chars(text: str) -> int:
    return sum(1 for ch in text if not ch.isspace())


def speaking_minutes(chars: int, rate: int = DEFAULT_RATE) -> float:
    return chars / (rate if rate > 0 else DEFAULT_RATE)


def section_chars(section: Section) -> int:
    """Heading + body + all sub-sections, without number labels (they depend on the position)."""
    own = count_chars(section.heading) + count_chars(section.body)
    return own + sum(section_chars(child) for child in section.children)


def section_totals(outline: Outline) -> dict[str, tuple[int, float]]:
    """section id → (字数 incl. numbers and sub-sections, minutes), for every section."""
    result = {}
    values = _values(outline)

    def visit(path: tuple[int, ...], section: Section) -> int:
        label = section_label(outline, path) if section.heading.strip() else ""
        chars = (count_chars(label) + count_chars(printed(section.heading, values))
                 + count_chars(printed(section.body, values)))
        chars += sum(visit(path + (i,), child) for i, child in enumerate(section.children))
        result[section.id] = (chars, speaking_minutes(chars, outline.rate))
        return chars

    for i, section in enumerate(outline.sections):
        visit((i,), section)
    return result


def outline_chars(outline: Outline) -> int:
    """The whole speech as it prints: salutation, sections, and a 过渡语/结束语 set as a field."""
    totals = section_totals(outline)
    values = _values(outline)
    frame = sum(count_chars(values.get(name, "")) for name in ("称呼", "过渡语", "结束语"))
    return frame + sum(totals[s.id][0] for s in outline.sections)


def outline_minutes(outline: Outline) -> float:
    return speaking_minutes(outline_chars(outline), outline.rate)
