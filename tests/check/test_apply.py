"""「采纳」 finds where a finding's suggestion goes in what the clerk wrote (the check reads the print)."""

from speechwriter.check import check_outline
from speechwriter.check.apply import suggestion_edit
from speechwriter.check.source import text_from_outline
from speechwriter.outline.tree import Outline, Section


def _outline():
    return Outline(fields={"标题": "在{{ 会议名称 }}上的讲话", "日期": "2025年12月26日", "称呼": "同志们：",
                           "会议名称": "全市安全生产会议", "单位": "市应急管理局"},
                   sections=[Section("opening", body="{{ 单位 }}召开会议。下面，我讲三点意见。"),
                             Section("key_points", "认真布署", "要抓好落实,确保安全。"),
                             Section("key_points", "压实责任", "要压实责任。"),
                             Section("closing", body="谢谢大家！\n我的发言完毕，谢谢！")])


def _edit(outline, rule):
    finding = next(f for f in check_outline(outline) if f.rule == rule)
    printed = text_from_outline(outline).paragraphs[finding.paragraph].text
    return suggestion_edit(outline, finding, printed)


def test_suggestions_land_in_the_heading_body_or_field_the_clerk_wrote():
    outline = _outline()
    typo = _edit(outline, "typo")   # printed "一、认真布署": the number is not in the heading
    assert (typo.target, typo.old, typo.new) == ("heading", "认真布署", "认真部署")
    comma = _edit(outline, "punctuation")
    assert comma.target == "body" and comma.new == "要抓好落实，确保安全。"
    count = _edit(outline, "count_mismatch")   # the field before it prints longer than it is written
    assert count.new == "{{ 单位 }}召开会议。下面，我讲两点意见。"
    closing = _edit(outline, "repeat")          # a doubled closing: its paragraph goes
    assert closing.new == "谢谢大家！"


def test_no_suggestion_no_edit():
    outline = _outline()
    outline.sections[0].body += "\n（在此写开场白。）"
    finding = next(f for f in check_outline(outline) if f.rule == "placeholder")
    assert suggestion_edit(outline, finding, "") is None


def test_a_finding_in_a_section_deleted_meanwhile_changes_nothing():
    outline = _outline()
    finding = next(f for f in check_outline(outline) if f.rule == "punctuation")
    printed = text_from_outline(outline).paragraphs[finding.paragraph].text
    assert suggestion_edit(outline, finding, printed) is not None
    del outline.sections[1]   # the clerk deleted 认真布署 before choosing 采纳
    assert suggestion_edit(outline, finding, printed) is None
