"""`placeholder`: marks left for the clerk to replace — ××, XX/ＸＸ, xx, **, ○○, □□, 某某, 20xx, ×月×日,
＿＿, 【单位名称】/〔姓名〕, （此处…）/（待补充）/（在此…）. 二〇〇〇年 is a year, not a placeholder
(and 二○○○年, written with ○, is the `date` rule's)."""

from __future__ import annotations

import re

from speechwriter.check.findings import Finding, Text

_FILL = r"名称|单位|姓名|名字|时间|日期|地点|数字|数据|内容|金额|职务|会议|标题|待|填|补充|此处|XX|××|xx|ＸＸ|某"
_PATTERN = re.compile(
    r"[（(]在此[^）)]*[）)]"             # the outline's own guidance: （在此回顾……。）
    r"|[（(](?:此处|待补充|待定|待填|请填|请补充|填写|补充)[^）)]{0,30}[）)]"
    r"|[（(]要点标题[）)]"
    rf"|【[^】]{{0,12}}(?:{_FILL})[^】]{{0,12}}】"
    rf"|〔[^〕]{{0,12}}(?:{_FILL})[^〕]{{0,12}}〕"
    r"|(?:19|20)[xX×＊*ＸｘＸ]{2}"          # 20xx年
    r"|[×xXＸ＊*]{1,3}(?=[年月日号时])(?:[年月日号时][×xXＸ＊*]{1,3}(?=[年月日号时]))*[年月日号时]?"
    r"|×{2,}|＊{2,}|\*{2,}|□{2,}|[_＿]{2,}"
    r"|(?<![〇零一二三四五六七八九十○OＯ])○{2,}(?![〇零一二三四五六七八九十○OＯ年])"
    r"|(?<![A-Za-zＡ-Ｚａ-ｚ])(?:[XＸ]{2,}|[xｘ]{2,})(?![A-Za-zＡ-Ｚａ-ｚ])"
    r"|(?<![〇零一二三四五六七八九十])〇{2,}(?![〇零一二三四五六七八九十年])"
    r"|某某+")
_LONE_X = re.compile(r"[xX]")


def check(text: Text) -> list[Finding]:
    findings = []
    for i, para in enumerate(text.paragraphs):
        for match in _PATTERN.finditer(para.text):
            found = match.group()
            if len(found) <= 2 and _LONE_X.fullmatch(found[0]) and found[-1:] in "年月日号时" and \
                    re.search(r"[A-Za-z]", para.text[max(0, match.start() - 1):match.start()]):
                continue   # a Latin word before it ("Max日"): not a mark
            what = "提纲中的提示语" if found.startswith(("（", "(")) and "在此" in found else "占位符"
            findings.append(Finding("placeholder", "error", f"“{found}”是{what}，还没有换成实际内容。",
                                    i, match.start(), match.end(), found, None, para.section))
    return findings
