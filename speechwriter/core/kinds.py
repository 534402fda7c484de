"""The kind of a speech (领导讲话, 汇报发言, 工作报告 …), from its title first, then its opening."""

from __future__ import annotations

import re

KINDS = ("领导讲话", "汇报发言", "研讨发言", "表态发言", "工作报告", "开幕词", "闭幕词", "调研讲话", "动员讲话")

_BY_TITLE = (
    ("工作报告", re.compile(r"工作报告|报告工作")),
    ("开幕词", re.compile(r"开幕词|开幕式上的(讲话|致辞)|开幕(讲话|致辞)")),
    ("闭幕词", re.compile(r"闭幕词|闭幕式上的(讲话|致辞)|闭幕(讲话|致辞)")),
    ("表态发言", re.compile(r"表态")),
    ("汇报发言", re.compile(r"汇报")),
    ("研讨发言", re.compile(r"研讨|交流发言|学习体会|心得体会|读书班|中心组.{0,12}发言|座谈会上的发言")),
    ("动员讲话", re.compile(r"动员(大)?会")),
    ("调研讲话", re.compile(r"调研")),
)
_BY_OPENING = (
    ("工作报告", re.compile(r"(向|代表).{0,30}(报告工作|作工作报告)|请予审议|摘自.{0,40}工作报告")),
    ("调研讲话", re.compile(r"(来|到).{0,12}调研|调研时")),
    ("表态发言", re.compile(r"表个态|作表态|表态如下")),
    ("汇报发言", re.compile(r"汇报如下|作(简要)?汇报|汇报(一下|几点)")),
)


def detect_kind(title: str | None, subtitle: str | None, opening: str) -> str:
    heading = " ".join(t for t in (title, subtitle) if t)
    for kind, pattern in _BY_TITLE:
        if pattern.search(heading):
            return kind
    for kind, pattern in _BY_OPENING:
        if pattern.search(opening):
            return kind
    if "发言" in heading:
        return "研讨发言"
    return "领导讲话"
