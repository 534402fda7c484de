"""`pairs`: “” ‘’ 《》 （） 【】 that open without closing or close without opening (per paragraph)."""

from __future__ import annotations

from speechwriter.check.findings import Finding, Text

_OPEN = {"“": "”", "‘": "’", "《": "》", "（": "）", "【": "】"}
_CLOSE = {v: k for k, v in _OPEN.items()}


def check(text: Text) -> list[Finding]:
    findings = []
    for i, para in enumerate(text.paragraphs):
        stack: list[tuple[str, int]] = []
        for pos, ch in enumerate(para.text):
            if ch in _OPEN:
                stack.append((ch, pos))
            elif ch in _CLOSE:
                if stack and stack[-1][0] == _CLOSE[ch]:
                    stack.pop()
                elif any(opener == _CLOSE[ch] for opener, _ in stack):  # an inner mark was left open
                    while stack[-1][0] != _CLOSE[ch]:
                        findings.append(_unclosed(i, para, *stack.pop()))
                    stack.pop()
                elif ch == "’" and para.text[pos + 1:pos + 3].isdigit() and not para.text[pos + 3:pos + 4].isdigit():
                    continue   # an apostrophe for a year's first digits (中国’99昆明世界园艺博览会), no quote
                else:
                    findings.append(Finding("pairs", "warning", f"“{ch}”前面缺少与之配对的“{_CLOSE[ch]}”。",
                                            i, pos, pos + 1, ch, None, para.section))
        findings += [_unclosed(i, para, ch, pos) for ch, pos in stack]
    return findings


def _unclosed(i, para, ch, pos) -> Finding:
    return Finding("pairs", "warning", f"“{ch}”后面缺少与之配对的“{_OPEN[ch]}”。", i, pos, pos + 1, ch, None, para.section)
