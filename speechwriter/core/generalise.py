"""Turning a sample's specific names into template fields, so its phrasing can be reused.

`今天,我们召开市妇联四届五次执委(扩大)会议` → `今天,我们召开{{ 会议名称 }}`. Samples often
carry placeholders already (`**市`, `××年`, `XXX同志`, `20xx 年`): those become fields too,
never text to copy.
"""

from __future__ import annotations

import re

from speechwriter.core.field_syntax import field_names, mark

_MEETING = (r"[^，,。；;：:、“”\s]{2,36}(?:会议|大会|座谈会|执委会|全委会|研讨会|学习会|推进会|动员会|"
            r"培训班|现场会|报告会|交流会|年会|联席会|务虚会)(?:[（(]扩大[)）](?:会议)?)?")
_RULES = (  # order matters: a meeting name may contain a year, a name placeholder precedes 市长
    (re.compile(r"(?<=召开)(?:了)?" + _MEETING), mark("会议名称")),
    (re.compile(r"(?<=在)" + _MEETING + r"(?=上)"), mark("会议名称")),
    (re.compile(r"(?<!\d)(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"), mark("日期")),
    (re.compile(r"(?:20[xX×]{2}|[×xX]{2,4}|(?<!\d)(?:19|20)\d{2})\s*(?=年)"), mark("年份")),
    (re.compile(r"(?:\*{2,}|[×]{2,}|X{2,}|某某?|(?<![A-Za-z])x)(?=同志|书记|主席|市长|县长|区长|主任|部长|局长)"),
     mark("姓名")),
    (re.compile(r"(?:\*{2,}|[×]{2,}|X{2,}|某某?|(?<![A-Za-z])[xX](?![A-Za-z]))(?=[市县区省州镇乡村])"), mark("地区")),
    (re.compile(r"(?<![A-Za-z])[xX×](?=[个人元项次家万亿名场件所])"), mark("数量")),
    (re.compile("(?:" + re.escape(mark("地区")) + r")?(?:市|县|区|省|州)(?:妇联|总工会|团委|科协|文联|残联|工商联|侨联|红十字会)"), mark("单位")),
    (re.compile(r"[×]{2,}|X{2,}|\*{2,}"), mark("名称")),
)


def generalise(text: str) -> str:
    for pattern, field in _RULES:
        text = pattern.sub(field, text)
    return text


def fields_in(text: str) -> list[str]:
    return field_names(text)


def sentences(text: str) -> list[str]:
    """Split a paragraph into sentences, keeping the final mark with each."""
    parts = re.findall(r"[^。！？!?]+[。！？!?]?[”’」』]?", text)
    return [p.strip() for p in parts if p.strip()]
