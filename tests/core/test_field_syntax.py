"""The one reader of {{ 字段 }}: well-formed fields, and slips kept as written with a Chinese name."""

import re

import pytest

from speechwriter.core.field_syntax import (
    broken_fields,
    field_names,
    fill,
    mark,
    problem_message,
    scan,
    shown,
    valid_name,
)
from speechwriter.errors import UserError
from speechwriter.outline.count import outline_chars
from speechwriter.outline.tree import Outline, Section


def test_fields_and_filters():
    text = "今天召开{{ 会议名称 }}，{{过渡语|default('下面讲')}}。"
    assert field_names(text) == ["会议名称", "过渡语"]
    assert shown(text) == "今天召开〔会议名称〕，〔过渡语〕。"
    assert "".join(p.text for p in scan(text)) == text  # the pieces cover the text exactly


def test_a_missing_end_is_named_and_the_rest_still_reads():
    text = "在{{ 单位 上讲话，{{ 会议名称 }}要开好。"
    broken = broken_fields(text)
    assert [b.text for b in broken] == ["{{ 单位"]
    assert problem_message(broken[0], "第二段") == "第二段的字段“{{ 单位”少了“}}”"
    assert field_names(text) == ["会议名称"]
    assert fill(text, {"会议名称": "年终总结会"}) == "在{{ 单位 上讲话，年终总结会要开好。"


def test_other_slips():
    assert [p.problem for p in broken_fields("单位 }}")] == ["少了“{{”"]
    assert [p.problem for p in broken_fields("{{ }}")] == ["字段名是空的"]
    assert "不能含空格" in broken_fields("{{ 单 位 }}")[0].problem
    assert broken_fields("没有字段的话") == []


def test_word_count_is_the_text_as_printed():
    outline = Outline(fields={"称呼": "同志们：", "单位": "市应急管理局"},
                      sections=[Section("opening", body="{{ 单位 }}今年工作很好。")])
    assert outline_chars(outline) == len("同志们：") + len("市应急管理局今年工作很好。")
    outline.fields["单位"] = ""   # still empty: the page shows 〔单位〕 there, and so it is counted
    assert outline_chars(outline) == len("同志们：") + len("〔单位〕今年工作很好。")


def test_a_field_name_is_one_word_or_refused_with_a_chinese_reason():
    assert valid_name(" 男主持人 ") == "男主持人"
    assert mark("男主持人") == "{{ 男主持人 }}"
    # what mark writes is read back as that field, and prints as its value
    assert [(p.kind, p.name) for p in scan("请" + mark("男主持人") + "主持")] == [
        ("text", ""), ("field", "男主持人"), ("text", "")]
    assert fill("请" + mark("男主持人") + "主持", {"男主持人": "李华"}) == "请李华主持"
    for name, why in (("主持人（男）", "（）"), ("1号文件", "数字开头"), ("", "空"), ("会议 名称", " "),
                      ("none", "保留字"), ("{{单位}}", "{}")):
        with pytest.raises(UserError) as refused:
            mark(name)
        message = refused.value.message
        assert re.search(r"[\u4e00-\u9fff]", message) and "Error" not in message
        assert "{{" not in message.replace(name, "")   # the name quoted, never a field mark made of it
        assert all(part in message for part in why)
