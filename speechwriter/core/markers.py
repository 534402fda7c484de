"""Numbering markers at the start of a paragraph: 一、（一）1.（1）① 一是 一要 第一， 首先.

A marker names its *family* (the shape) and its number; the level a family sits at is decided
later from the order families appear in, because the hierarchy, not the shape, makes the level.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from speechwriter.core.numerals import parse_chinese_numeral

_CN = "[一二三四五六七八九十]{1,3}"
_PATTERNS = (
    ("cn", re.compile(rf"^({_CN})(?:、|[.．](?!\d))")),
    ("part", re.compile(rf"^第({_CN})(?:部分|章)")),
    ("paren_cn", re.compile(rf"^[（(]\s*({_CN})\s*[)）]")),
    ("arabic", re.compile(r"^([0-9０-９]{1,2})\s*(?:[、．]|\.(?![0-9]))")),
    ("paren_arabic", re.compile(r"^[（(]\s*([0-9０-９]{1,2})\s*[)）]")),
    ("circled", re.compile(r"^([①-⑳])")),
    ("shi", re.compile(rf"^({_CN})是")),
    ("yao", re.compile(rf"^({_CN})要(?![求素])")),
    ("di", re.compile(rf"^第({_CN})[，,、：:]")),
    ("order", re.compile(r"^(首先|其次|再次|第三|最后)[，,、：:]")),
)
RUN_IN_FAMILIES = {"shi", "yao", "di", "order"}
_ORDER_WORDS = {"首先": 1, "其次": 2, "再次": 3, "第三": 3}


@dataclass(frozen=True)
class Marker:
    family: str
    number: int
    text: str  # the marker as written, e.g. "（一）"


def find_marker(text: str) -> Marker | None:
    for family, pattern in _PATTERNS:
        match = pattern.match(text)
        if not match:
            continue
        raw = match.group(1)
        number: int | None
        if family in ("arabic", "paren_arabic"):
            number = int(raw)
        elif family == "circled":
            number = ord(raw) - ord("①") + 1
        elif family == "order":
            number = _ORDER_WORDS.get(raw, 99)  # 最后 closes any sequence
        else:
            number = parse_chinese_numeral(raw)
        if number:
            return Marker(family, number, match.group(0))
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
