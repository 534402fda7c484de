"""`count_mismatch`: "讲三点意见" / "提四点要求" / "以下几点" against the points that actually follow."""

from __future__ import annotations

import re

from speechwriter.check.findings import Finding, Text
from speechwriter.check.points import points
from speechwriter.check.util import cn_number, cn_numeral

_NUM = r"([一二三四五六七八九十两几]{1,2})"
_ANNOUNCE = re.compile(
    rf"(?:讲|谈|提|说|强调|提出|汇报|作|做|明确|交流|分享|部署|布置|抓好|把握|突出|落实|从|有)(?:以下|如下|这么)?了?{_NUM}"
    r"(?:点|个方面|条|项)"
    rf"|{_NUM}(?:点|个方面|条)(?=意见|要求|体会|认识|建议|看法|想法|思考|打算|措施|感受|希望)"
    rf"|表{_NUM}点态"
    rf"|(?:以下|如下){_NUM}(?:点|个方面|条)")
NEAR = 6  # the first point must come within this many paragraphs of the announcement


def check(text: Text) -> list[Finding]:
    found = points(text)
    findings = []
    for i, para in enumerate(text.paragraphs):
        if para.kind in ("title", "subtitle", "meta", "salutation"):
            continue
        for match in _ANNOUNCE.finditer(para.text):
            group = next(g for g in range(1, 5) if match.group(g))
            word = match.group(group)
            said = 0 if word == "几" else cn_number(word)
            # "第二点" counts nothing; "多作一点思考" is "a little", not one point
            if said is None or said == 1 or para.text[max(0, match.start(group) - 1):match.start(group)] == "第":
                continue
            counted = _count_after(found, i, match.end())
            if counted is None:
                continue
            if (said == 0 and counted < 2) or (said and counted != said):
                right = "两" if counted == 2 else cn_numeral(counted)  # 两点, never 二点
                findings.append(Finding(
                    "count_mismatch", "warning",
                    f"这里说“{match.group()}”，后面实际有{right}点。", i, match.start(group),
                    match.end(group), word, right if said else None, para.section))
    return findings


def _count_after(found, paragraph: int, offset: int) -> int | None:
    # a list of a level opened before the announcement (its next heading) ends the count; run-in
    # lists inside paragraphs are leaves and end nothing
    before = {p.family for p in found if (p.paragraph, p.start) < (paragraph, offset) and not p.inline}
    after = [p for p in found if (p.paragraph, p.start) >= (paragraph, offset)]
    if not after or after[0].number != 1 or after[0].paragraph - paragraph > NEAR:
        return None
    family = after[0].family.rstrip("~")
    count = 0
    for point in after:
        if point.family.rstrip("~") == family:
            # a run-in list may go on at paragraph starts (…；一是…。\n二是…) and the other way round
            if point.number == 1 and count:
                break
            if point.number == count + 1:
                count += 1
        elif point.family in before:
            break
    return count
