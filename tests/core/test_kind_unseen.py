"""What makes a kind, read the same in speeches from sources the model never saw: the words a
title states its kind in, who the title says speaks, what the speaker says they are doing — and no
kind from a word that merely contains a cue (`运动员` holds `动员`). Each rule with the speeches it
must read so and the look-alikes it must leave alone."""

import pytest

from speechwriter.core.kind_model import train_kinds
from speechwriter.core.kinds import close_alternatives, cue_kinds, ruled_out_kinds, stated_kind, title_first

# --- a word that contains a cue is not the cue ---------------------------------------------------


@pytest.mark.parametrize("title", ["运动员发言稿", "在全县第三届运动员大会上的发言"])
def test_athletes_are_no_mobilisation(title):
    assert "动员讲话" not in cue_kinds(title, "t")
    assert stated_kind(title, None) != "动员讲话"


def test_a_mobilisation_meeting_still_names_a_mobilisation():
    assert stated_kind("在全县安全生产动员大会上的讲话", None) == "动员讲话"
    assert "动员讲话" in cue_kinds("今天召开全县新区开发建设动员大会，动员全县上下迅速行动。", "o")
    assert "动员讲话" not in cue_kinds("今天在此能代表全体运动员发言，我感到十分荣幸。", "o")


# --- an address given at an opening ceremony -------------------------------------------------------


@pytest.mark.parametrize("title", ["在第29届奥林匹克运动会开幕式上的致辞", "艺术节开幕式致辞1", "关于教代会开幕式致辞范文",
                                   "在运动会闭幕式上的致辞"])
def test_an_address_titled_as_given_at_a_ceremony_is_a_greeting(title):
    assert stated_kind(title, None) == "致辞"


@pytest.mark.parametrize(("title", "kind"), [
    ("厦门市东山中学第七届教代会开幕词", "开幕词"),
    ("教职工代表大会闭幕词", "闭幕词"),
    ("在全县第五次妇女代表大会开幕式上的讲话", None),   # a speech at the ceremony: left to the model
    ("运动会开幕致辞", None),                          # the chair's or a guest's: left to the model
])
def test_an_opening_or_closing_speech_is_not_turned_into_a_greeting(title, kind):
    assert stated_kind(title, None) == kind


def test_an_opening_ceremony_held_is_a_greetings_cue_and_a_meeting_opened_the_chairs():
    guest = "今天，我们齐聚在这里，共同见证了全市第五届运动会开幕式。首先，我谨代表市人民政府表示最热烈的欢迎！"
    assert cue_kinds(guest, "o") == ["致辞"]
    assert "开幕词" in cue_kinds("全县第五次妇女代表大会今天隆重开幕了。", "o")
    assert "开幕词" in cue_kinds("运动会开幕式现在开始。本届运动会今天开幕了。", "o")


# --- who the title says speaks ----------------------------------------------------------------------


@pytest.mark.parametrize("title", ["书记在新区开发建设会发言", "县长在全县安全生产工作会议上的发言"])
def test_a_leaders_fayan_rules_no_leaders_kind_out(title):
    assert ruled_out_kinds(title, None) == ()
    ranked = [("动员讲话", 0.6), ("领导讲话", 0.3), ("表态发言", 0.1)]
    assert title_first(ranked, title, None)[0][0] == "动员讲话"


@pytest.mark.parametrize("title", ["在全县安全生产动员大会上的交流发言", "在书记工作座谈会上的发言"])
def test_a_participants_fayan_still_rules_the_chairs_and_leaders_kinds_out(title):
    assert "动员讲话" in ruled_out_kinds(title, None)


def test_a_leaders_fayan_that_quotes_a_speech_rules_out_no_participants_kind():
    title = "市委副书记在理论学习中心组专题学习总书记在全国两会上的重要讲话精神研讨交流会上的发言"
    assert ruled_out_kinds(title, None) == ()
    assert "研讨发言" not in ruled_out_kinds("学习总书记在全国两会上的重要讲话精神研讨交流会上的发言", None)


# --- what the speaker says they are doing -----------------------------------------------------------


@pytest.mark.parametrize("opening", ["今天，市委、市政府安排我们在这里汇报工作，是对我们的鼓励与鞭策。",
                                     "下面，我向各位领导汇报一下近年来的工作。"])
def test_reporting_ones_units_work_to_those_above_is_a_reports_cue(opening):
    assert "汇报发言" in cue_kinds(opening, "o")


@pytest.mark.parametrize("opening", ["刚才，各县区向市委汇报了上半年工作，讲得很好。", "我代表市人民政府向大会报告工作，请予审议。"])
def test_others_reports_heard_or_a_body_reporting_to_its_congress_is_no_units_report(opening):
    assert "汇报发言" not in cue_kinds(opening, "o")


# --- the model: cues every kind shares outweigh one kind's habits -----------------------------------


def _samples():
    # leaders' speeches all say 同志们 and name no kind; two mobilisations say so in their titles
    return ([({"s:同志们": 1.0}, "领导讲话")] * 30 + [({"tcue:动员讲话": 1.0, "s:同志们": 1.0}, "动员讲话")] * 2
            + [({"tcue:致辞": 1.0, "s:来宾": 1.0}, "致辞")] * 10 + [({"tcue:表态发言": 1.0}, "表态发言")] * 10)


def test_a_kind_named_in_the_title_wins_over_another_kinds_salutation_habit():
    model = train_kinds(_samples(), l2=1.0, l2_own=8.0, iterations=400)
    ranked = model.ranked({"tcue:动员讲话": 1.0, "s:同志们": 1.0})
    assert ranked[0][0] == "动员讲话"
    assert model.ranked({"s:同志们": 1.0})[0][0] == "领导讲话"   # with no cue the habit still tells


def test_each_kinds_own_weights_cost_more_than_the_shared_cues_when_asked():
    loose = train_kinds(_samples(), l2=1.0, iterations=400)
    tight = train_kinds(_samples(), l2=1.0, l2_own=8.0, iterations=400)
    assert abs(tight.weights["领导讲话|s:同志们"]) < abs(loose.weights["领导讲话|s:同志们"])
    assert tight.weights["shared:tcue"] > 0


def test_a_speech_that_names_two_kinds_leaves_the_second_within_reach():
    samples = ([({"ocue:开幕词": 1.0}, "开幕词")] * 8 + [({"ocue:致辞": 1.0}, "致辞")] * 8
               + [({"s:同志们": 1.0}, "领导讲话")] * 8)
    model = train_kinds(samples, l2=1.0, l2_own=8.0, iterations=400)
    ranked = model.ranked({"ocue:开幕词": 1.0, "ocue:致辞": 1.0})
    assert {ranked[0][0], *close_alternatives(ranked)} >= {"开幕词", "致辞"}
    assert close_alternatives(model.ranked({"ocue:致辞": 1.0, "tcue:致辞": 1.0})) == []
