"""Automatic heading numbers in the Chinese official manner.

Numbers are never typed: a section's number is its position among the *headed* sections of
its level (un-headed blocks such as the opening do not use up a number).

Styles, chosen per level in Outline.numbering:
  "一、"  "（一）"  "1."  "（1）"   stand-alone headings (or run-in when the heading ends in 。)
  "一是"  "第一，"  "一要"  "首先"    run-in: number + heading + body form one paragraph
  ""                                  no number
"""

from __future__ import annotations

from speechwriter.core.numbering_styles import OUTLINE_STYLES as STYLES
from speechwriter.core.numbering_styles import RUN_IN_STYLES, STYLE_NAMES, write_label
from speechwriter.errors import UserError
from speechwriter.outline.edit import children_of, section_at
from speechwriter.outline.tree import DEFAULT_NUMBERING, Outline

__all__ = ["STYLES", "RUN_IN_STYLES", "STYLE_NAMES", "label", "is_run_in", "section_label", "numbered_heading"]


def label(style: str, n: int, total: int | None = None) -> str:
    """The number label of the n-th (1-based) heading in `style`; `total` lets 首先 end in 最后."""
    if style not in STYLES:
        raise UserError(f"未知的编号样式“{style}”。")
    return write_label(style, n, total) if style else ""


def style_for_level(outline: Outline, level: int) -> str:
    styles = outline.numbering
    if 1 <= level <= len(styles):
        return styles[level - 1]
    return DEFAULT_NUMBERING[min(level, len(DEFAULT_NUMBERING)) - 1]


def is_run_in(style: str) -> bool:
    return style in RUN_IN_STYLES


def number_of(outline: Outline, path: tuple[int, ...]) -> tuple[int, int]:
    """(position among headed siblings, how many headed siblings) for the section at `path`."""
    siblings = children_of(outline, tuple(path[:-1]))
    headed = [i for i, s in enumerate(siblings) if s.heading.strip()]
    index = path[-1]
    return (headed.index(index) + 1 if index in headed else 0), len(headed)


def section_label(outline: Outline, path: tuple[int, ...]) -> str:
    """The number label the section at `path` carries ("" when it has no heading)."""
    n, total = number_of(outline, path)
    if not n:
        return ""
    return label(style_for_level(outline, len(path)), n, total)


def numbered_heading(outline: Outline, path: tuple[int, ...]) -> str:
    """The heading as printed: "一、提高政治站位" / "一是提高政治站位"; "" when it has none."""
    heading = section_at(outline, path).heading.strip()
    return section_label(outline, path) + heading if heading else ""
