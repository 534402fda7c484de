import pytest

from speechwriter.core.numerals import chinese_numeral as chinese_number
from speechwriter.errors import UserError
from speechwriter.outline import edit
from speechwriter.outline.numbering import label, numbered_heading
from speechwriter.outline.tree import Outline, Section


@pytest.mark.parametrize("n, expected", [(1, "一"), (9, "九"), (10, "十"), (11, "十一"), (19, "十九"),
                                         (20, "二十"), (21, "二十一"), (99, "九十九"), (100, "一百"),
                                         (101, "一百零一"), (110, "一百一十")])
def test_chinese_numerals_past_ten(n, expected):
    assert chinese_number(n) == expected


@pytest.mark.parametrize("style, n, expected", [("一、", 11, "十一、"), ("（一）", 20, "（二十）"), ("1.", 3, "3."),
                                                ("（1）", 12, "（12）"), ("一是", 2, "二是"), ("第一，", 10, "第十，"),
                                                ("一要", 3, "三要"), ("首先", 2, "其次，"), ("", 5, "")])
def test_labels_per_style(style, n, expected):
    assert label(style, n) == expected


def test_last_of_shouxian_style_is_zuihou():
    assert [label("首先", n, total=3) for n in (1, 2, 3)] == ["首先，", "其次，", "最后，"]


def test_unknown_style_is_a_user_error():
    with pytest.raises(UserError, match="编号样式"):
        label("A.", 1)


def _speech():
    return Outline(sections=[
        Section("opening", body="今天召开会议。"),
        Section("key_points", "提高站位", children=[Section("key_points", "学深悟透"), Section("key_points", "知行合一")]),
        Section("key_points", "狠抓落实"),
        Section("closing", body="同志们，让我们共同努力！"),
    ])


def test_unheaded_opening_does_not_use_up_a_number():
    outline = _speech()
    assert numbered_heading(outline, (0,)) == ""
    assert numbered_heading(outline, (1,)) == "一、提高站位"
    assert numbered_heading(outline, (1, 1)) == "（二）知行合一"
    assert numbered_heading(outline, (2,)) == "二、狠抓落实"


def test_moving_and_deleting_renumbers_everything():
    outline = _speech()
    edit.move_section(outline, (2,), (), 1)
    assert numbered_heading(outline, (1,)) == "一、狠抓落实"
    assert numbered_heading(outline, (2,)) == "二、提高站位"
    edit.remove_section(outline, (2, 0))
    assert numbered_heading(outline, (2, 0)) == "（一）知行合一"


def test_run_in_style_per_level():
    outline = _speech()
    outline.numbering = ["一、", "一是"]
    assert numbered_heading(outline, (1, 1)) == "二是知行合一"
