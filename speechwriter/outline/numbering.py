"""Automatic heading numbers in the Chinese official manner.

Numbers are never typed: a section's number is its position among the *headed* sections of
its level (un-headed blocks such as the opening do not use up a number).

Styles, chosen per level in Outline.numbering:
  "一、"  "（一）"  "1."  "（1）"   stand-alone headings (or run-in when the heading ends in 。)
  "一是"  "第一，"  "一要"  "首先"    run-in: number + heading + body form one paragraph
  ""                                  no number
"""

from __future__ import annotations

from speechwriter.core.numerals import chinese_numeral as chinese_number
from speechwriter.errors import UserError
from speechwriter.outline.edit import children_of, section_at
from speechwriter.outline.model import DEFAULT_NUMBERING

STYLES = ("一、", "（一）", "1.", "（1）", "一是", "第一，", "一要", "首先", "")
RUN_IN_STYLES = ("一是", "第一，", "一要", "首先")
STYLE_NAMES = {"一、": "一、二、", "（一）": "（一）（二）", "1.": "1. 2.", "（1）": "（1）（2）",
               "一是": "一是、二是", "第一，": "第一，第二，", "一要": "一要、二要", "首先": "首先，其次，",
               "": "不编号"}

_ORDINAL_WORDS = ("首先，", "其次，", "再次，")


def label(style: str, n: int, total: int | None = None) -> str:
    """The number label of the n-th (1-based) heading in `style`; `total` lets 首先 end in 最后."""
    if style not in STYLES:
        raise UserError(f"未知的编号样式“{style}”。")
    if style == "":
        return ""
    if style == "1.":
        return f"{n}."
    if style == "（1）":
        return f"（{n}）"
    if style == "首先":
        if total is not None and n == total and n > 1:
            return "最后，"
        return _ORDINAL_WORDS[n - 1] if n <= len(_ORDINAL_WORDS) else f"第{chinese_number(n)}，"
    numeral = chinese_number(n)
    return {"一、": f"{numeral}、", "（一）": f"（{numeral}）", "一是": f"{numeral}是",
            "第一，": f"第{numeral}，", "一要": f"{numeral}要"}[style]


def style_for_level(outline, level: int) -> str:
    styles = outline.numbering
    if 1 <= level <= len(styles):
        return styles[level - 1]
    return DEFAULT_NUMBERING[min(level, len(DEFAULT_NUMBERING)) - 1]


def is_run_in(style: str) -> bool:
    return style in RUN_IN_STYLES


def number_of(outline, path) -> tuple[int, int]:
    """(position among headed siblings, how many headed siblings) for the section at `path`."""
    siblings = children_of(outline, tuple(path[:-1]))
    headed = [i for i, s in enumerate(siblings) if s.heading.strip()]
    index = path[-1]
    return (headed.index(index) + 1 if index in headed else 0), len(headed)


def section_label(outline, path) -> str:
    """The number label the section at `path` carries ("" when it has no heading)."""
    n, total = number_of(outline, path)
    if not n:
        return ""
    return label(style_for_level(outline, len(path)), n, total)


def numbered_heading(outline, path) -> str:
    """The heading as printed: "一、提高政治站位" / "一是提高政治站位"; "" when it has none."""
    heading = section_at(outline, path).heading.strip()
    return section_label(outline, path) + heading if heading else ""
