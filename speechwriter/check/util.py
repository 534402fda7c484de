"""Small helpers the checkers share: Chinese numerals, character classes, sentence spans."""

from __future__ import annotations

import re

from speechwriter.core.numerals import numeral_or_digits

CJK = r"\u3400-\u9fff"
CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
             "九": 9}
ORDINALS = "一二三四五六七八九十"   # the numerals of a session's or plenum's order (十四届三次会议, 三中全会)
_SENTENCE = re.compile(r"[^。！？!?；;]*[。！？!?；;]+[”’」』）)]*|[^。！？!?；;]+$")
_FULL_SENTENCE = re.compile(r"[^。！？!?]*[。！？!?]+[”’」』）)]*|[^。！？!?]+$")


def all_han(text: str) -> bool:
    """Every character of `text` is a Han character of the basic block (U+4E00–U+9FFF); True of no text."""
    return all("\u4e00" <= ch <= "\u9fff" for ch in text)


def cn_number(text: str) -> int | None:
    """一 … 九十九 and digits → int; None when it is not a number."""
    if text.isdigit():
        return int(text)
    if not text or any(ch not in CN_DIGITS and ch != "十" for ch in text):
        return None
    if "十" not in text:
        return CN_DIGITS[text] if len(text) == 1 else None
    tens, _, ones = text.partition("十")
    value = (CN_DIGITS.get(tens, 0) if tens else 1) * 10
    return value + (CN_DIGITS.get(ones, 0) if ones else 0)


cn_numeral = numeral_or_digits  # the one writer of Chinese numerals (core/numerals.py): 一百、 after 九十九、


_CLAUSE_END = re.compile(r"[，。；！？]")


def clause_around(line: str, start: int, end: int) -> str:
    """The clause `line[start:end]` stands in, the span itself left out: from the last ，。；！？ before `start` to the
    first after `end`."""
    return _CLAUSE_END.split(line[:start])[-1] + _CLAUSE_END.split(line[end:])[0]


def sentences(text: str, full: bool = False) -> list[tuple[int, int]]:
    """(start, end) of each sentence, the closing marks included, blanks excluded; `full` cuts
    only at 。！？ (a "；" does not end a sentence then)."""
    spans = []
    for match in (_FULL_SENTENCE if full else _SENTENCE).finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        if end > start:
            spans.append((start, end))
    return spans
