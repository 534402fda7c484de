"""The occasions that make a speech a greeting whoever gives it — a festival or the year's turn, a
leader's farewell on leaving office — and a title's own name for its kind read before an occasion's
hint. Each with the speeches it must read so and the work meetings it must leave alone."""

import pytest

from speechwriter.core.features import kind_features
from speechwriter.core.kinds import cue_kinds

# --- a festival greeted ---------------------------------------------------------------------------


@pytest.mark.parametrize("title", ["2015年市长对市府同仁岁末广播全文", "中秋茶话会外籍人士受邀发言", "元旦祝词",
                                   "歲末年終對全體同仁的講話", "在新春团拜会上的讲话"])
def test_a_festival_in_the_title_hints_at_a_greeting(title):
    assert "致辞" in cue_kinds(title, "t")


@pytest.mark.parametrize("title", ["在2024年春节前全市安全生产工作会议上的讲话", "在中秋国庆两节期间安全工作会议上的讲话",
                                   "在春节后收心会上的讲话", "在全县元旦假期安全稳定工作会议上的讲话"])
def test_a_work_meeting_before_or_during_a_festival_is_no_greeting(title):
    assert "致辞" not in cue_kinds(title, "t")


def test_new_year_wishes_in_the_body_are_a_greeting_not_a_word_of_leaving():
    assert "致辞" in cue_kinds("所以这次特别怀着感恩的心向大家拜早年。", "b")
    assert "致辞" in cue_kinds("我向大家拜年！祝大家新春愉快！", "b")
    assert cue_kinds("让更多住房困难家庭告别棚户区，过上新生活。", "b") == []


# --- a farewell on leaving office -------------------------------------------------------------------


@pytest.mark.parametrize("title", ["在离任高校校长时讲话(全文完整)", "林市长卸任交接感言"])
def test_leaving_office_hints_at_a_greeting(title):
    assert "致辞" in cue_kinds(title, "t")


@pytest.mark.parametrize("title", ["在领导干部离任审计工作会议上的讲话", "在卸任经济责任审计进点会上的讲话"])
def test_an_audit_of_those_leaving_is_a_work_meeting(title):
    assert "致辞" not in cue_kinds(title, "t")


# --- the title's own name before an occasion's hint -------------------------------------------------


def test_the_kind_a_title_names_comes_before_an_occasions_hint():
    assert cue_kinds("李家超宣誓就任 就職典禮致辭全文", "t")[0] == "致辞"
    assert cue_kinds("在新任职干部任职大会上的表态发言", "t")[0] == "表态发言"
    assert cue_kinds("在就职大会上的讲话", "t") == ["表态发言"]   # (no name: the occasion's hint stands)


def test_a_note_naming_the_speech_gives_its_own_name_first():
    feats = kind_features(None, None, "尊敬的各位嘉宾:", "今天，我以谦卑的心情，就任行政长官。",
                          notes="李家超宣誓就任 就職典禮致辭全文來了!")
    assert feats.get("nfirst:致辞") == 1.0 and feats.get("tfirst:致辞") == 1.0
    assert "nfirst:表态发言" not in feats
