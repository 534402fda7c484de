"""The kind read on speeches from the hosts the development sets hold few of — associations, chambers
and federations, the Hong Kong, Macao and Taiwan governments' pages, many in traditional script — as a
clerk reads them: the ceremony a guest greets at is named there as `开幕礼` or `开幕典礼` as often as
`开幕式`. Each cue with speech-shaped text that sets it off and look-alikes it must leave alone. The
examples are written for these tests."""

import pytest

from speechwriter.core.features import kind_features
from speechwriter.core.kinds import cue_kinds, stated_kind

# --- an opening ceremony, however it is named, is a ceremony --------------------------------------


@pytest.mark.parametrize("title", ["在全市第十届菊花展开幕仪式上的致辞", "局长出席国际美食节开幕典礼致辞全文",
                                   "署長在設計展開幕禮致辭(只有中文)", "在校庆活动闭幕典礼上的致词"])
def test_an_address_at_an_opening_rite_is_a_greeting(title):
    assert stated_kind(title, None) == "致辞"


@pytest.mark.parametrize("title", ["國際美食節開幕典禮", "在大桥通车开幕仪式上的讲话", "藝術展開幕禮"])
def test_an_opening_rite_in_the_title_hints_at_a_greeting_not_the_chairs_opening(title):
    found = cue_kinds(title, "t")
    assert "致辞" in found and "开幕词" not in found
    assert kind_features(title, None, "各位嘉宾：", "今天。").get("at:ceremony") == 1.0


@pytest.mark.parametrize(("title", "kind"), [("第七届教代会开幕词", "开幕词"), ("第二屆會員大會開幕詞", "开幕词"),
                                             ("在运动会开幕式上的讲话", None), ("运动会开幕致辞", None)])
def test_an_opening_speech_and_an_opening_ceremonys_speech_stay_as_they_were(title, kind):
    assert stated_kind(title, None) == kind


def test_a_meeting_opened_still_hints_at_the_chairs_opening():
    assert "开幕词" in cue_kinds("在全区第三次妇女代表大会开幕式上的讲话", "t")
    assert "开幕词" in cue_kinds("全县第五次妇女代表大会今天隆重开幕了。", "o")


def test_an_opening_rite_held_is_no_chairs_opening():
    opening = "今天，我们在这里隆重举行大桥通车开幕典礼，我谨代表市政府向各位来宾表示热烈的欢迎。"
    found = cue_kinds(opening, "o")
    assert "开幕词" not in found and "致辞" in found
    assert "开幕词" not in cue_kinds("各位嘉賓:歡迎各位出席今日的展覽開幕禮。", "o")
