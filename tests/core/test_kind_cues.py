"""What tells a speech's kind as a clerk tells it: who speaks to whom and what they say they are
doing, where they say it (the title, the first sentence, the opening), and what the title's word for
the speech rules out. Each cue with a speech-shaped example and a sentence of another kind that must
not set it off."""

import pytest

from speechwriter.core.features import kind_features
from speechwriter.core.kinds import cue_kinds, ruled_out_kinds, title_first


@pytest.mark.parametrize("opening", [
    "上午，我们对全县教育工作开展情况进行了专题调研，重点看了三所中学和新建幼儿园。",
    "这两天，我们先后察看了产业园和旧城改造项目，实地了解了工程进度。",
    "刚才，我们观摩了十个重点项目，大家看得很认真。",
])
def test_a_visit_told_at_the_start_is_a_field_visits_cue(opening):
    assert "调研讲话" in cue_kinds(opening, "o")


@pytest.mark.parametrize("opening", [
    "今天召开全市安全生产大检查工作会议，主要任务是部署下一阶段工作。",   # a meeting about inspections
    "今年以来，全县教育系统认真贯彻上级部署，各项工作取得新进展。",
])
def test_a_meeting_that_only_names_checks_or_work_is_no_visit(opening):
    assert "调研讲话" not in cue_kinds(opening, "o")


def test_having_looked_and_then_listened_is_the_visitors_act():
    said = "今天上午，我们察看了园区的三家企业，又听取了区里的工作汇报，总的感觉很好。"
    assert "调研讲话" in cue_kinds(said, "a")
    assert "调研讲话" not in cue_kinds("刚才听取了各单位的工作汇报，讲得都很好。", "a")


def test_a_report_put_to_the_congress_for_examination_is_a_work_reports_act():
    said = "现在我受省委的委托，向大会作省委的工作报告，提请大会审查。"
    assert "工作报告" in cue_kinds(said, "a")
    assert "工作报告" not in cue_kinds("会议审议通过了省委工作报告，大家一致认为报告实事求是。", "a")


@pytest.mark.parametrize("opening", ["今天，大会选举我担任区人民政府区长，我深感责任重大。",
                                     "刚才宣布了省委的决定，我完全拥护，坚决服从组织安排。"])
def test_being_elected_or_backing_the_decision_is_a_pledges_cue(opening):
    assert "表态发言" in cue_kinds(opening, "o")


def test_an_election_of_others_is_no_pledge():
    assert "表态发言" not in cue_kinds("今天，大会选举产生了新一届区委领导班子，会议圆满完成各项议程。", "o")


def test_speaking_of_oneself_as_benren_is_a_duty_reports_cue():
    assert "述职报告" in cue_kinds("本人自2022年3月任现职以来，认真履行岗位职责。", "o")
    assert "述职报告" not in cue_kinds("今年以来，全市上下认真贯彻市委部署，各项工作取得新成效。", "o")


def test_the_first_sentence_is_read_apart_from_the_rest_of_the_opening():
    elected = kind_features(None, None, "各位代表：", "今天，大会选举我担任市长。我将恪尽职守，不负重托。", "正文。")
    assert elected.get("fcue:表态发言") == 1.0 and elected.get("ocue:表态发言") == 1.0
    later = kind_features(None, None, "各位代表：", "今年全市经济稳中向好。上月大会选举我担任市长。", "正文。")
    assert "fcue:表态发言" not in later and later.get("ocue:表态发言") == 1.0


@pytest.mark.parametrize("title", ["在新校区开工仪式上的讲话", "在2008年春节团拜会上的讲话", "在建校六十周年庆祝大会上的讲话"])
def test_a_ceremony_in_the_title_is_marked_so(title):
    assert kind_features(title, None, "同志们：", "今天。").get("at:ceremony") == 1.0


def test_a_working_meeting_is_no_ceremony():
    assert "at:ceremony" not in kind_features("在全市安全生产工作会议上的讲话", None, "同志们：", "今天。")


def test_a_leaders_speech_at_a_duty_review_is_no_duty_report():
    title = "在全市乡镇党政正职述职评议会上的讲话"
    assert "述职报告" in ruled_out_kinds(title, None)
    ranked = [("述职报告", 0.8), ("领导讲话", 0.15), ("致辞", 0.05)]
    assert title_first(ranked, title, None)[0][0] == "领导讲话"
    # the duty report that names itself stays one
    assert title_first(ranked, "2024年度个人述职报告", None)[0][0] == "述职报告"


@pytest.mark.parametrize("title, kind", [("全国文明城市创建工作经验交流发言材料", "汇报发言"),
                                         ("读书交流会发言稿", "研讨发言"),
                                         ("在全区重点项目观摩会上的讲话", "调研讲话")])
def test_the_titles_occasion_hints_at_the_kind(title, kind):
    assert cue_kinds(title, "t")[0] == kind


def test_a_plain_meeting_title_hints_only_at_a_leaders_speech():
    assert cue_kinds("在全市经济工作会议上的讲话", "t") == ["领导讲话"]


def test_delegates_hearing_a_term_looked_back_on_hear_a_work_report():
    opening = "过去的一年，在市委的坚强领导下，市政府紧紧依靠全市人民，圆满完成了全年目标任务。"
    assert kind_features(None, None, "各位代表：", opening).get("delegates:review") == 1.0
    # the same year looked back on before a working meeting, or delegates told of today's agenda
    assert "delegates:review" not in kind_features(None, None, "同志们：", opening)
    assert "delegates:review" not in kind_features(None, None, "各位代表：", "今天，大会隆重开幕了。本次大会的主要任务是。")


def test_an_occasion_that_is_the_act_goes_before_the_ceremonys_form():
    assert cue_kinds("在第三期誓师典礼上的讲话", "t")[0] == "动员讲话"
    assert cue_kinds("在安全生产月活动启动仪式上的讲话", "t")[0] == "动员讲话"
    assert cue_kinds("在建校六十周年庆典上的讲话", "t")[0] == "致辞"


def test_a_speech_script_rules_no_kind_out_but_a_participants_speech_does():
    assert ruled_out_kinds("安全生产月活动动员大会发言稿", None) == ()
    ranked = [("领导讲话", 0.5), ("动员讲话", 0.4), ("表态发言", 0.1)]
    assert title_first(ranked, "安全生产月活动动员大会发言稿", None)[1][0] == "动员讲话"
    assert "动员讲话" in ruled_out_kinds("在全县安全生产动员大会上的交流发言", None)


@pytest.mark.parametrize("opening", ["今天，市委、市政府安排我们在这里汇报工作，是对我们的鼓励。",
                                     "下面，我代表公司党委向各位领导汇报一下工作。"])
def test_a_unit_reporting_its_work_in_the_opening_hints_at_a_report_to_superiors(opening):
    assert "汇报发言" in cue_kinds(opening, "o")


@pytest.mark.parametrize("opening", ["刚才，我们听取了各单位的汇报工作情况，下面我讲几点意见。",
                                     "今天，我们听汇报工作，看现场。"])
def test_a_leader_hearing_reports_is_no_unit_reporting(opening):
    assert "汇报发言" not in cue_kinds(opening, "o")


@pytest.mark.parametrize("title", ["XX市电业公司先进事迹报告会交流材料", "县人民医院先进事迹材料"])
def test_a_units_exchange_material_hints_at_a_report(title):
    assert "汇报发言" in cue_kinds(title, "t")


def test_a_reading_exchange_is_no_units_material():
    assert "汇报发言" not in cue_kinds("在全市读书交流会上的发言", "t")
