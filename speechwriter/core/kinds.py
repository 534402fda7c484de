"""The kinds of speech (领导讲话, 汇报发言, 工作报告, 述职报告, 致辞 …) and the cue words that name them.

The trained kind model weighs these cues (in the title, the subtitle, the opening and the body) with the
rest of the speech; `detect_kind` is the rule used when no model can be loaded.
"""

from __future__ import annotations

import re

# the kinds themselves (SPEECH_KINDS, OTHER_KIND) are in speechwriter/vocabulary.py

_BY_TITLE = (
    ("述职报告", re.compile(r"述职|述廉|述责|工作总结|转正|个人总结|年终总结")),
    ("工作报告", re.compile(r"工作报告|报告工作|的报告|报告$")),
    ("开幕词", re.compile(r"开幕词|开幕式上的(讲话|致辞)|开幕(讲话|致辞)|开幕")),
    ("闭幕词", re.compile(r"闭幕词|闭幕式上的(讲话|致辞)|闭幕(讲话|致辞)|闭幕")),
    ("致辞", re.compile(r"致辞|欢迎词|贺词|祝酒|答谢|新年|晚宴|宴会|招待会|致.{1,20}(会议|大会)")),
    ("表态发言", re.compile(r"表态")),
    ("汇报发言", re.compile(r"汇报")),
    ("研讨发言", re.compile(r"研讨|交流发言|学习体会|心得体会|读书班|论坛|中心组.{0,12}发言|座谈会上的发言")),
    ("动员讲话", re.compile(r"动员|誓师|开营|启动")),
    ("调研讲话", re.compile(r"调研")),
)
_BY_OPENING = (
    ("工作报告", re.compile(r"(向|代表).{0,40}(报告工作|作.{0,40}报告)|请予审议|摘自.{0,40}工作报告")),
    ("述职报告", re.compile(r"述职|转正|岗位职责|我的工作|个人工作")),
    ("调研讲话", re.compile(r"(来|到).{0,12}调研|调研时")),
    ("表态发言", re.compile(r"表个态|作表态|表态如下")),
    ("汇报发言", re.compile(r"汇报如下|作(简要)?汇报|汇报(一下|几点)")),
    ("致辞", re.compile(r"欢迎|祝贺|感谢|致以|问候")),
    ("开幕词", re.compile(r"开幕|隆重召开")),
    ("闭幕词", re.compile(r"闭幕|圆满完成.{0,10}议程|胜利闭幕")),
    ("动员讲话", re.compile(r"动员")),
)


def cue_kinds(text: str, where: str) -> list[str]:
    """The kinds whose cue words occur in `text` (`where`: "t" title and subtitle, "o" opening)."""
    table = _BY_TITLE if where == "t" else _BY_OPENING
    return [kind for kind, pattern in table if pattern.search(text or "")]


def detect_kind(title: str | None, subtitle: str | None, opening: str) -> str:
    heading = " ".join(t for t in (title, subtitle) if t)
    for kind in cue_kinds(heading, "t"):
        return kind
    for kind in cue_kinds(opening, "o")[:1]:
        if kind not in ("致辞", "开幕词", "闭幕词", "动员讲话", "述职报告"):  # too weak alone
            return kind
    if "发言" in heading:
        return "研讨发言"
    return "领导讲话"
