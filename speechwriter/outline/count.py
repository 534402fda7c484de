"""字数 and speaking time, counted the Chinese way.

A Chinese clerk's 字数 counts every character a reader sees — Han characters, punctuation,
digits, letters — and never whitespace. Speaking time follows the outline's rate (default
220 字/分, the pace of a leader reading a manuscript aloud).
"""

from __future__ import annotations

from speechwriter.outline.model import Outline, Section

DEFAULT_RATE = 220


def count_chars(text: str) -> int:
    return sum(1 for ch in text if not ch.isspace())


def speaking_minutes(chars: int, rate: int = DEFAULT_RATE) -> float:
    if rate <= 0:
        rate = DEFAULT_RATE
    return chars / rate


def section_chars(section: Section) -> int:
    """Heading + body + all sub-sections, without number labels (see section_totals for those)."""
    own = count_chars(section.heading) + count_chars(section.body)
    return own + sum(section_chars(child) for child in section.children)


def outline_chars(outline: Outline) -> int:
    """What is spoken: salutation plus every section (the title block is not read aloud)."""
    from speechwriter.outline.numbering import section_label

    total = count_chars(outline.field("称呼"))
    for path, section in iter_paths(outline):
        total += count_chars(section_label(outline, path) if section.heading.strip() else "")
        total += count_chars(section.heading) + count_chars(section.body)
    return total


def section_totals(outline: Outline) -> dict[str, tuple[int, float]]:
    """section id → (字数 incl. numbers and sub-sections, minutes) for every section."""
    from speechwriter.outline.numbering import section_label

    result = {}

    def visit(path, section):
        chars = count_chars(section_label(outline, path) if section.heading.strip() else "")
        chars += count_chars(section.heading) + count_chars(section.body)
        for i, child in enumerate(section.children):
            chars += visit(path + (i,), child)
        result[section.id] = (chars, speaking_minutes(chars, outline.rate))
        return chars

    for i, section in enumerate(outline.sections):
        visit((i,), section)
    return result


def outline_minutes(outline: Outline) -> float:
    return speaking_minutes(outline_chars(outline), outline.rate)


def iter_paths(outline: Outline):
    def visit(siblings, prefix):
        for i, section in enumerate(siblings):
            yield prefix + (i,), section
            yield from visit(section.children, prefix + (i,))

    yield from visit(outline.sections, ())
