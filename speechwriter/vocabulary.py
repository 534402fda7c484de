"""The words the whole program shares: section roles, kinds of speech (文种), the parts a line of a
speech can be, and the header fields. Declared once here; every layer (the analyser and its
training, the outline, the 素材库, the window) reads them from this module, which imports nothing.

Three names that were once all called "kind": a speech's `kind` is its 文种 (SPEECH_KINDS); a line
of a speech as read is a `part` (LINE_PARTS: title … noise, body); a 校对 finding names its `rule`
(check/rules.py RULES).
"""

# The roles of a speech's top-level sections, in the order a speech prints them (a section never
# comes before one of an earlier role: outline/edit.py keeps the tree in this order).
ROLES = ("opening", "review", "key_points", "closing")
ROLE_NAMES = {"opening": "开场", "review": "回顾", "key_points": "要点", "closing": "结束"}
DEFAULT_ROLE = "key_points"   # a section whose role nobody gave (a new one, an unknown one read from a file)


def role_rank(role: str | None) -> int:
    """Where a role comes in the printed order (an unknown role ranks as DEFAULT_ROLE)."""
    return ROLES.index(role) if role in ROLES else ROLES.index(DEFAULT_ROLE)


# 文种: the kinds of speech the analyser tells apart and a clerk can label; OTHER_KIND fits none of them
SPEECH_KINDS = ("领导讲话", "汇报发言", "研讨发言", "表态发言", "工作报告", "述职报告", "开幕词", "闭幕词", "致辞",
                "调研讲话", "动员讲话")
OTHER_KIND = "other"
LABEL_KINDS = SPEECH_KINDS + (OTHER_KIND,)   # what a hand label's "kind" may say

# The header of a speech, as the analyser, its labels and `analyze --json` name the fields, and as
# an outline (and every template) names the same fields in Chinese, in the order a form shows them.
HEADER_FIELDS = ("title", "subtitle", "speaker", "date", "salutation")
HEADER_FIELD_NAMES = {"title": "标题", "subtitle": "副标题", "speaker": "讲话人", "date": "日期", "salutation": "称呼"}
OUTLINE_HEADER_FIELDS = tuple(HEADER_FIELD_NAMES[name] for name in HEADER_FIELDS)

# What a line of a speech as read is: a header field, web noise around the speech, or body text.
LINE_PARTS = HEADER_FIELDS + ("noise", "body")
PART_NAMES = {**HEADER_FIELD_NAMES, "noise": "网页杂质", "body": "正文"}
