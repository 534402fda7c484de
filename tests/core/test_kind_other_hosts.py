"""The kind read on speeches from the hosts the development sets hold few of — associations, chambers
and federations, the Hong Kong, Macao and Taiwan governments' pages, many in traditional script — as a
clerk reads them: the ceremony a guest greets at is named there as `开幕礼` or `开幕典礼` as often as
`开幕式`. Each cue with speech-shaped text that sets it off and look-alikes it must leave alone. The
examples are written for these tests."""

import pytest

from speechwriter.core.features import kind_features
from speechwriter.core.kinds import cue_kinds, lead_line, stated_kind, title_first

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


# --- a release's lead line names the speech as a title does ---------------------------------------


@pytest.mark.parametrize(("opening", "kind"), [
    ("以下為署長今日(五月四日)出席青年論壇開幕典禮的致辭全文:各位嘉賓:", "致辞"),
    ("以下是会长在商会成立十周年庆典上的讲话全文：各位来宾：", None),      # a 讲话 states no kind
])
def test_a_lead_line_states_the_kind_its_words_state(opening, kind):
    lead = lead_line(opening)
    assert lead and stated_kind(lead, None) == kind


def test_the_lead_lines_kind_comes_first_when_the_title_states_none():
    ranked = [("开幕词", 0.6), ("致辞", 0.3), ("领导讲话", 0.1)]
    lead = lead_line("以下为局长出席美食节开幕礼的致辞全文：各位来宾：")
    assert title_first(ranked, None, None, lead)[0][0] == "致辞"
    # a title that states its kind still rules
    assert title_first(ranked, "第三届会员大会开幕词", None, lead)[0][0] == "开幕词"


@pytest.mark.parametrize("text", ["以下是小编收集整理的公司运动会开幕词，希望对大家有所帮助。", "以下是对我自身的工作汇报：",
                                  "以下是讲话录音整理全文。同志们：", "今年以下几项工作要抓好：一是讲话要短。"])
def test_a_sites_blurb_or_a_sentence_is_no_lead_line(text):
    assert lead_line(text) == ""


# --- congratulating the gathering: said by its chair, its host and a guest alike ---------------------


@pytest.mark.parametrize("text", ["我谨代表市总工会、团市委等人民团体，向大会表示热烈的祝贺！",     # a guest's
                                  "我代表大会主席团向大会的召开表示热烈的祝贺！",                  # the chair's
                                  "在此，我代表学校领导班子，向大会的胜利召开表示热烈的祝贺！",      # the host's
                                  "我代表大会主席团，向各位代表表示热烈的欢迎！", "感谢各位对大会的支持，预祝大会圆满成功！"])
def test_congratulating_or_welcoming_the_gathering_is_no_kinds_act(text):
    assert cue_kinds(text, "a") == []


def test_a_chairs_own_act_of_opening_still_tells():
    assert cue_kinds("我代表大会主席团向大会的召开表示热烈的祝贺！现在我宣布，大会开幕。", "a") == ["开幕词"]


# --- taking office; a debate in a legislature ----------------------------------------------------


@pytest.mark.parametrize("title", ["校長在上任大會上的講話", "新任局长在到任会议上的讲话", "在任职会议上的发言"])
def test_a_speech_on_taking_office_hints_at_a_pledge(title):
    assert cue_kinds(title, "t")[0] == "表态发言"


@pytest.mark.parametrize("title", ["在全市上半年工作会议上的讲话", "在离任审计工作会议上的讲话"])
def test_a_meeting_that_installs_no_one_is_no_pledge(title):
    assert "表态发言" not in cue_kinds(title, "t")


@pytest.mark.parametrize("title", ["《追加撥款條例草案》二讀發言", "就擬議決議案發言", "在施政報告致謝議案辯論的發言"])
def test_a_speech_in_a_legislatures_debate_hints_at_a_participants_contribution(title):
    assert "研讨发言" in cue_kinds(title, "t")


@pytest.mark.parametrize("title", ["关于提请审议《条例草案》的说明", "在全县三读者联谊会成立大会上的致辞"])
def test_a_bill_explained_or_a_ceremony_is_no_debate(title):
    assert "研讨发言" not in cue_kinds(title, "t")
