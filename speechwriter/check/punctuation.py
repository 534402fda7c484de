"""`punctuation` (GB/T 15834):
- half-width , ; : ? ! ( ) . and straight quotes " ' inside Chinese text, and a final "." — the
  full-width mark is suggested;
- marks doubled or clashing (。。 ，， 、、 ，。 ：： … ...) and ASCII stand-ins for 省略号/破折号 (... --);
- a numbering mark followed by the wrong stop: 第一、 (→ 第一，) and （一）、 / （1）、 (→ no 、).
"""

from __future__ import annotations

import re
from typing import Any

from speechwriter.check.findings import Finding, Text

_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）", ".": "。"}
_C = r"[\u3400-\u9fff“”‘’（）《》、，。；：！？]"
_HALF = re.compile(rf"(?<={_C})\s?[,;:?!]|[,;:?!]\s?(?={_C})|\((?=\s?{_C})|(?<={_C})\)"
                   rf"|(?<=[\u3400-\u9fff])\.(?![\d.])")
_STRAIGHT_QUOTE = re.compile(r'"(?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff。，！？])"')
_STOPS = "，。、；：！？"
# two stops in a row; ？！ and ！？ are allowed (a question exclaimed)
_DOUBLE = re.compile(rf"[{_STOPS}]{{2,}}")
_ASCII_ELLIPSIS = re.compile(r"(?<![.\d])\.{3,}|。。。+")
_ASCII_DASH = re.compile(r"(?<=[\u3400-\u9fff”])-{2,}(?=[\u3400-\u9fff“])")
# (not 第一、第二、第三产业: ordinals listed before one noun)
_NUMBER_STOP = re.compile(r"(?:^|(?<=[。；：！？\s]))(第[一二三四五六七八九十]{1,3})(、)(?!第)"
                          r"|(?:^|(?<=[。；：！？\s]))([（(][一二三四五六七八九十\d]{1,3}[）)])(、)")
_STRENGTH = {"。": 5, "？": 5, "！": 5, "；": 4, "：": 3, "，": 2, "、": 1}


def check(text: Text) -> list[Finding]:
    findings = []
    for i, para in enumerate(text.paragraphs):
        line = para.text

        def add(start: int, end: int, message: str, suggestion: str | None, i: int = i, line: str = line, para: Any = para) -> None:
            findings.append(Finding("punctuation", "warning", message, i, start, end, line[start:end], suggestion,
                                    para.section))

        for match in _HALF.finditer(line):
            mark = match.group().strip()
            start = match.start() + match.group().index(mark)
            add(start, start + 1, f"中文里用了半角标点“{mark}”，应为全角“{_FULL[mark]}”。", _FULL[mark])
        quotes = [m.start() for m in _STRAIGHT_QUOTE.finditer(line)]
        for n, at in enumerate(quotes):
            right = "“" if n % 2 == 0 else "”"
            add(at, at + 1, f"中文里用了直引号“\"”，应为弯引号“{right}”。", right)
        for match in _DOUBLE.finditer(line):
            marks = match.group()
            if set(marks) <= {"？", "！"}:
                continue
            keep = max(marks, key=lambda m: _STRENGTH[m])
            what = "重复" if len(set(marks)) == 1 else "连用"
            add(match.start(), match.end(), f"标点“{marks}”{what}，只留“{keep}”。", keep)
        for match in _ASCII_ELLIPSIS.finditer(line):
            add(match.start(), match.end(), f"省略号应为“……”，不是“{match.group()}”。", "……")
        for match in _ASCII_DASH.finditer(line):
            add(match.start(), match.end(), f"破折号应为“——”，不是“{match.group()}”。", "——")
        for match in _NUMBER_STOP.finditer(line):
            if match.group(1):
                start = match.start(2)
                add(start, start + 1, f"“{match.group(1)}”后面用逗号，不用顿号。", "，")
            else:
                start = match.start(4)
                add(start, start + 1, f"“{match.group(3)}”后面不再加顿号。", "")
    return findings
