"""Which part of a speech a paragraph plays: opening, review, key points or closing.

Cues are jieba tokens of the paragraph's head and tail (where speakers signal the turn:
`今年以来，…` `下面，我讲几点意见。` `…谢谢大家！`), plus a few multi-word patterns. Position
matters as much as wording: roles only move forward through a speech.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from speechwriter.core.tokens import cut_head

_HEAD, _TAIL = 40, 40

_OPENING_TOKENS = {"今天", "今天上午", "今天下午", "召开", "之际", "值此", "受", "委托", "欢迎", "隆重",
                   "很高兴", "荣幸", "刚才", "这次", "本次", "首先", "开幕", "闭幕", "举行", "前来", "调研"}
_REVIEW_START_TOKENS = {"一年来", "今年以来", "去年以来", "近年来", "多年来", "五年来", "长期以来", "以来",
                        "过去", "回顾", "刚刚过去", "总的来说", "总体来看", "总体上看", "过去一年"}
_REVIEW_TOKENS = {"取得", "成绩", "成效", "成就", "成果", "进展", "完成", "实现", "荣获", "获得", "表彰",
                  "做法", "经验", "问题", "不足", "差距", "短板", "增长", "突破"}
_FORWARD_START_TOKENS = {"当前", "今后", "下一步", "下阶段", "明年", "面对", "总体要求", "指导思想",
                         "主要任务", "目标", "未来", "新的一年", "新征程", "接下来"}
_FORWARD_TOKENS = {"要", "必须", "务必", "着力", "推动", "推进", "坚持", "加强", "部署", "安排", "计划",
                   "打算", "任务", "要求", "将"}
_YEAR_IS = re.compile(r"^(今年|明年|新的一年|\S{0,5}\d{2,4}\s*年|20[xX×]{2}\s*年|[×xX]{2}年)[，,]?\s*是")
STRONG_CLOSING = re.compile(r"(发言|汇报|表态|报告)完毕|谢谢|讲这么多|就讲到这里|讲到这儿|以上(汇报|发言|表态|报告|是我)"
                             r"|批评指正|不当之处|不妥之处|请[^。！!]{0,16}(监督|批评|指正)|有信心.{0,12}有决心"
                             r"|预祝.{0,20}(成功|顺利)|祝(大家|各位|同志们|愿)")
WEAK_CLOSING = re.compile(r"^(同志们|各位[^，,。]{0,16}|朋友们)[，,！!]|让我们|^总之|^最后|使命光荣|任务光荣|责任重大"
                           r"|使命在肩|^我相信|^相信|即将到来|快到了|借此机会")
NEXT_STEP = re.compile(r"^(下一步|今后|下阶段)")
REVIEW_HEADING = re.compile(r"回顾|总结|业绩|收获|成效|亮点|主要工作(?!安排|任务)|工作情况|基本情况|做法|经验|成绩|存在的?问题|不足|差距|短板")
FORWARD_HEADING = re.compile(r"安排|思路|打算|计划|部署|任务|措施|建议|意见|下一步|今后|要求|目标")


def cue_groups(head: list[str], text: str) -> list[str]:
    """Names of the cue groups a paragraph's head tokens hit (features for the role model)."""
    first = head[:4]
    found = []
    for name, words, tokens in (("opening", _OPENING_TOKENS, head[:12]), ("review_start", _REVIEW_START_TOKENS, first),
                                ("review", _REVIEW_TOKENS, head), ("forward_start", _FORWARD_START_TOKENS, first),
                                ("forward", _FORWARD_TOKENS, head)):
        if words.intersection(tokens):
            found.append(name)
    if _YEAR_IS.match(text):
        found.append("year_is")
    if NEXT_STEP.match(text):
        found.append("next_step")
    return found


@dataclass
class Cues:
    opening: bool
    review_start: bool
    review: int
    forward_start: bool
    forward: int


def cues(text: str) -> Cues:
    head = list(cut_head(text[:_HEAD]))
    first = head[:4]
    return Cues(
        opening=bool(_OPENING_TOKENS.intersection(head[:12])),
        review_start=bool(_REVIEW_START_TOKENS.intersection(first)),
        review=len(_REVIEW_TOKENS.intersection(head)),
        forward_start=bool(_FORWARD_START_TOKENS.intersection(first)) or bool(_YEAR_IS.match(text)),
        forward=len(_FORWARD_TOKENS.intersection(head)),
    )


def preamble_roles(paragraphs: list[str], has_salutation: bool) -> list[str]:
    """Roles of the paragraphs before the first top-level block (or of an un-numbered speech)."""
    roles: list[str] = []
    state = ""
    for index, text in enumerate(paragraphs):
        c = cues(text)
        if index == 0:
            if c.review_start:
                state = "review"
            elif has_salutation or c.opening:
                state = "opening"
            elif c.forward_start or c.forward > c.review:
                state = "key_points"
            else:
                state = "review" if c.review else "opening"
        elif state == "opening":
            if c.review_start or (c.review >= 2 and not c.opening and not c.forward_start):
                state = "review"
            elif c.forward_start:
                state = "key_points"
        elif state == "review" and c.forward_start and not c.review_start:
            state = "key_points"
        roles.append(state)
    return roles


def closing_start(paragraphs: list[str], first_allowed: int) -> int | None:
    """Index from which the trailing paragraphs are the closing, or None.

    Scans back from the end: a courtesy (`谢谢`, `发言完毕`) or a summary call (`同志们，…让我们…`)
    is closing; a `下一步…` paragraph just before a closing joins it.
    """
    start = len(paragraphs)
    while start - 1 >= first_allowed:
        text = paragraphs[start - 1]
        tail = text[-_TAIL:]
        if STRONG_CLOSING.search(tail) or STRONG_CLOSING.search(text[:_HEAD]) or WEAK_CLOSING.search(text[:_HEAD]):
            start -= 1
        elif start < len(paragraphs) and NEXT_STEP.match(text):
            start -= 1
        else:
            break
    return start if start < len(paragraphs) else None


def block_role(heading_text: str) -> str:
    """A top-level block looks back (review) only when its heading says so."""
    head = heading_text[:40]
    if REVIEW_HEADING.search(head) and not FORWARD_HEADING.search(head):
        return "review"
    return "key_points"


def is_closing_line(text: str) -> bool:
    return bool(STRONG_CLOSING.search(text) or WEAK_CLOSING.search(text))
