"""Numbering markers at the start of a paragraph: 一、（一）1.（1）① 一是 一要 第一， 首先.

A marker names its *family* (the shape) and its number; the level a family sits at is decided
later from the order families appear in, because the hierarchy, not the shape, makes the level.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from speechwriter.core.numbering_styles import COMPILED, ORDER_WORDS
from speechwriter.core.numerals import parse_chinese_numeral


@dataclass(frozen=True)
class Marker:
    family: str
    number: int
    text: str  # the marker as written, e.g. "（一）"


def find_marker(text: str) -> Marker | None:
    for family, pattern in COMPILED:
        match = pattern.match(text)
        if not match:
            continue
        raw = match.group(1)
        number: int | None
        if family.numeral == "arabic":
            number = int(raw)
        elif family.numeral == "circled":
            number = ord(raw) - ord("①") + 1
        elif family.numeral == "order":
            number = ORDER_WORDS[raw]
        else:
            number = parse_chinese_numeral(raw)
        if number:
            return Marker(family.name, number, match.group(0))
    return None


def inline_run_in_style(paragraphs: list[str]) -> str | None:
    """The run-in style used *inside* paragraphs (`…。一是…。二是…`), if a sequence is there."""
    joined = "".join(paragraphs)
    for word, style in (("是", "一是"), ("要", "一要")):
        if f"一{word}" in joined and f"二{word}" in joined and joined.find(f"一{word}") < joined.find(f"二{word}"):
            if re.search(rf"[。；;：:，,]\s*二{word}", joined) or re.search(rf"(^|[。；;：:])\s*一{word}", joined):
                return style
    if re.search(r"(^|[。；;])\s*第一[，,]", joined) and re.search(r"[。；;]\s*第二[，,]", joined):
        return "第一，"
    return None
