"""Numbered points as printed: markers at a paragraph's start (一、（一）1. 一是 第一，…) and run-in
ones inside a paragraph (…。二是……；三是……), in reading order. `numbering` and `count_mismatch`
both read them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from speechwriter.check.findings import Text
from speechwriter.check.util import cn_number
from speechwriter.core.markers import find_marker

# after a stop, or after 有/即/包括 (“还有一是……”: a new list begun mid-sentence)
_INLINE = re.compile(r"(?:(?<=[。；;：:，,！？])|(?<=[有即括]))\s*(?:([一二三四五六七八九十]{1,2})(是|要(?![求素]))"
                     r"|第([一二三四五六七八九十]{1,2})(?=[，,、：:]))")
_INLINE_FAMILY = {"是": "shi", "要": "yao"}


@dataclass(frozen=True)
class Point:
    paragraph: int
    start: int
    end: int
    family: str
    number: int
    text: str
    inline: bool


def points(text: Text) -> list[Point]:
    found = []
    for i, para in enumerate(text.paragraphs):
        if para.kind in ("title", "subtitle", "meta", "salutation"):
            continue
        marker = find_marker(para.text)
        if marker:
            found.append(Point(i, 0, len(marker.text), marker.family, marker.number, marker.text, False))
        for match in _INLINE.finditer(para.text):
            if match.group(1):
                family, number = _INLINE_FAMILY[match.group(2)], cn_number(match.group(1))
            else:
                family, number = "di", cn_number(match.group(3))
            start = match.start() + len(match.group()) - len(match.group().lstrip())
            if number and (not marker or start > 0):
                # run-in points inside a paragraph are a family of their own ("shi~"): a list within
                # a point (一是…：一是…二是…) must not continue the points' own count
                found.append(Point(i, start, match.end(), family + "~", number, match.group().strip(), True))
    return found
