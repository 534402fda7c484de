"""`致词` is how many write 致辞 (Taiwan's usage above all: `卸任致词`, `在…典礼上的致词`): the title words
know it as they know 致辞, so a title, a subtitle or an occasion line written with it reads the same."""

from __future__ import annotations

import pytest

from speechwriter.core.header import clerk_header_tags, is_subtitle_line, looks_like_speech_title, names_whole_speech
from speechwriter.core.kinds import stated_kind
from tests.core.header_lines import lines


@pytest.mark.parametrize("text", ["卸任交接致词", "在2016年毕业典礼上的致词", "校长开学典礼致词稿"])
def test_a_title_naming_a_zhici_is_a_speech_title(text):
    assert looks_like_speech_title(text)


def test_a_title_ending_in_zhici_names_the_whole_speech_as_with_zhici():
    assert names_whole_speech("在2016年毕业典礼上的致词")
    assert names_whole_speech("在2016年毕业典礼上的致辞")


def test_an_occasion_line_ending_in_zhici_is_a_subtitle():
    assert is_subtitle_line("在2016年毕业典礼上的致词")
    assert is_subtitle_line("——在2016年毕业典礼上的致词")


@pytest.mark.parametrize("text", ["一致同意", "大家一致认为词不达意", "致词人名单见附件。"])
def test_no_false_alarm_on_other_lines_with_zhi_or_ci(text):
    assert not names_whole_speech(text)
    assert not is_subtitle_line(text)
    if "致词" not in text:   # (a sentence about a 致词 names one; the title's shape is what it lacks)
        assert not looks_like_speech_title(text)


def test_a_zhici_title_above_its_occasion_line_and_speaker():
    block = lines("承前启后 再创新猷", "——在2016年毕业典礼上的致词", "校长 陈明", "各位同学：", "今天。")
    tags = clerk_header_tags(block, ["title", "subtitle", "speaker", "salutation", "body"])
    assert tags[:3] == ["title", "subtitle", "speaker"]


def test_the_kind_a_zhici_title_states_is_zhici():
    assert stated_kind("卸任交接致词", None) == "致辞"
    assert stated_kind("在毕业典礼上的致词", None) == "致辞"
