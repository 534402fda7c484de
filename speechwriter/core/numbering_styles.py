"""The numbering vocabulary of Chinese speeches, in one table: every marker family, how it is read,
how it is written, its name in an outline and in a structure's id.

Read by the analyser (`core/markers.py`), structure learning (`core/learn.py`) and the outline
(`outline/numbering.py`, `outline/create.py`). One numeral pattern and one numeral parser
(`numerals.py`) serve them all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from speechwriter.core.numerals import chinese_numeral

# a Chinese numeral as numbering writes it (一 … 十九, 二十一 …, 一百零一); 两 never numbers a point
NUMERAL = "[一二三四五六七八九十百零〇]{1,5}"
ORDER_WORDS = {"首先": 1, "其次": 2, "再次": 3, "第三": 3, "最后": 99}  # 最后 closes any sequence
_ORDINALS = ("首先，", "其次，", "再次，")


@dataclass(frozen=True)
class Family:
    name: str            # the analyser's family: "cn", "paren_cn", …
    pattern: str         # how it is read at the start of a paragraph; group 1 is the number
    numeral: str         # how group 1 is read: "cn", "arabic", "circled" or "order"
    style: str = ""      # its numbering style ("一、"); an outline writes those in OUTLINE_STYLES
    slug: str = ""       # its part of a structure id
    series: str = ""     # how a clerk names the series (menus, structure names)
    run_in: bool = False  # number + heading + body in one paragraph (一是…。…)


FAMILIES = (
    Family("cn", rf"^({NUMERAL})(?:、|[.．](?!\d))", "cn", "一、", "cn", "一、二、"),
    Family("bare_cn", rf"^({NUMERAL})$", "cn"),  # a part numbered by a numeral alone on its line (一 / 二)
    Family("part", rf"^第({NUMERAL})(?:部分|章)", "cn"),
    Family("paren_cn", rf"^[（(]\s*({NUMERAL})\s*[)）]", "cn", "（一）", "pcn", "（一）（二）"),
    Family("arabic", r"^([0-9０-９]{1,2})\s*(?:[、．]|\.(?![0-9]))", "arabic", "1.", "num", "1. 2."),
    Family("paren_arabic", r"^[（(]\s*([0-9０-９]{1,2})\s*[)）]", "arabic", "（1）", "pnum", "（1）（2）"),
    Family("circled", r"^([①-⑳])", "circled", "①", "circ", "①②"),
    Family("shi", rf"^({NUMERAL})是", "cn", "一是", "shi", "一是、二是", run_in=True),
    Family("yao", rf"^({NUMERAL})要(?![求素])", "cn", "一要", "yao", "一要、二要", run_in=True),
    Family("di", rf"^第({NUMERAL})[，,、：:]", "cn", "第一，", "di", "第一，第二，", run_in=True),
    Family("order", r"^(首先|其次|再次|第三|最后)[，,、：:]", "order", "首先", "order", "首先，其次，", run_in=True),
)
PLAIN = Family("plain", "", "", "小标题", "plain", "小标题")  # un-numbered heading lines
BY_NAME = {f.name: f for f in FAMILIES + (PLAIN,)}
BY_STYLE = {f.style: f for f in FAMILIES + (PLAIN,) if f.style}

# the outline's styles, in the order its menu offers them ("" = no number)
OUTLINE_STYLES = ("一、", "（一）", "1.", "（1）", "一是", "第一，", "一要", "首先", "")
RUN_IN_STYLES = tuple(s for s in OUTLINE_STYLES if s and BY_STYLE[s].run_in)
STYLE_NAMES = {s: BY_STYLE[s].series for s in OUTLINE_STYLES if s} | {"": "不编号"}
COMPILED = tuple((f, re.compile(f.pattern)) for f in FAMILIES)


def write_label(style: str, n: int, total: int | None = None) -> str:
    """The n-th (1-based) label of an outline style; `total` lets 首先 end in 最后."""
    if style == "1.":
        return f"{n}."
    if style == "（1）":
        return f"（{n}）"
    if style == "首先":
        if total is not None and n == total and n > 1:
            return "最后，"
        return _ORDINALS[n - 1] if n <= len(_ORDINALS) else f"第{chinese_numeral(n)}，"
    numeral = chinese_numeral(n)
    return {"一、": f"{numeral}、", "（一）": f"（{numeral}）", "一是": f"{numeral}是",
            "第一，": f"第{numeral}，", "一要": f"{numeral}要"}[style]
