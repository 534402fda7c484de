"""`punctuation`: half-width , ; : ? ! ( ) . inside Chinese text (GB/T 15834 wants the full-width marks)."""

from __future__ import annotations

import re

from speechwriter.check.model import Finding, Text

_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）", ".": "。"}
_C = r"[\u3400-\u9fff“”‘’（）《》、，。；：！？]"
_PATTERN = re.compile(rf"(?<={_C})\s?[,;:?!]|[,;:?!]\s?(?={_C})|\((?=\s?{_C})|(?<={_C})\)"
                      rf"|(?<=[\u3400-\u9fff])\.(?![\d.])")


def check(text: Text) -> list[Finding]:
    findings = []
    for i, para in enumerate(text.paragraphs):
        for match in _PATTERN.finditer(para.text):
            mark = match.group().strip()
            start = match.start() + match.group().index(mark)
            findings.append(Finding("punctuation", "warning", f"中文里用了半角标点“{mark}”，应为全角“{_FULL[mark]}”。",
                                    i, start, start + 1, mark, _FULL[mark], para.section))
    return findings
