"""`placeholder`: marks left for the clerk to replace — ××, XX, xx, **, ○○, 某某, 20xx, （在此…）."""

from __future__ import annotations

import re

from speechwriter.check.model import Finding, Text

_PATTERN = re.compile(
    r"[（(]在此[^）)]*[）)]"             # the outline's own guidance: （在此回顾……。）
    r"|[（(]要点标题[）)]"
    r"|(?:19|20)[xX×＊*]{2}"              # 20xx年
    r"|×{2,}|＊{2,}|\*{2,}|○{2,}|□{2,}"
    r"|(?<![A-Za-z])(?:XX+|xx+)(?![A-Za-z])"
    r"|(?<![〇零一二三四五六七八九十])〇{2,}(?![〇零一二三四五六七八九十])"
    r"|某某+")


def check(text: Text) -> list[Finding]:
    findings = []
    for i, para in enumerate(text.paragraphs):
        for match in _PATTERN.finditer(para.text):
            found = match.group()
            what = "提纲中的提示语" if found.startswith(("（", "(")) else "占位符"
            findings.append(Finding("placeholder", "error", f"“{found}”是{what}，还没有换成实际内容。",
                                    i, match.start(), match.end(), found, None, para.section))
    return findings
