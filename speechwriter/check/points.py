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
# "8.6个重大科技专项" — a paragraph that reads as a decimal (8.6) may be item 8 of a "1." list whose next
# marker is due: "8." then the words "6个…". Read so only when the list before it ends at 7.
_DECIMAL_START = re.compile(r"([0-9]{1,2})\.(?=[0-9])")


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
        elif (due := _due_item(found, i, para.text)) is not None:
            found.append(due)
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


def _due_item(found: list[Point], paragraph: int, line: str) -> Point | None:
    """`line` begins "8.6个…" and the last marker at a paragraph's start was "7.": item 8 (written "8.")."""
    match = _DECIMAL_START.match(line)
    last = next((p for p in reversed(found) if not p.inline), None)
    if match is None or last is None or last.family != "arabic" or last.number + 1 != int(match.group(1)):
        return None
    return Point(paragraph, 0, match.end(), "arabic", int(match.group(1)), match.group(), False)
