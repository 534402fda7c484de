"""The kind read on speeches from sources never seen, as a clerk reads it: the title's own word for
the speech, not a word it only mentions (`…工作报告发言稿` discusses the report, `述职工作会` hears
others' 述职, `调研工作会议` is about research, `全体会议` has no 体会 in it); the gathering the opening
names; who the speaker speaks for; what they say they do. Each cue with a speech-shaped sentence that
sets it off and one of another kind that must not. The examples are written for these tests."""

import pytest

from speechwriter.core.analyzer import analyze_text
from speechwriter.core.features import kind_features
from speechwriter.core.kind_model import train_kinds
from speechwriter.core.kinds import close_alternatives, cue_kinds, plain, stated_kind, title_first

# --- a page that spells out readings in pinyin -------------------------------------------------


@pytest.mark.parametrize(("title", "kind"), [
    ("县第三中学第二届教职工代表大会(huì)开(kāi)幕词", "开幕词"),
    ("在全区安全生产动员大会上的表（biǎo）态发言", "表态发言"),
])
def test_a_title_with_pinyin_readings_names_its_kind_the_same(title, kind):
    assert stated_kind(title, None) == kind


@pytest.mark.parametrize("text", ["工作要点（2024年）", "实施细则(试行)", "附件(一)", "方案(A)", "采用PPP(ppp)模式"])
def test_only_readings_are_dropped_not_other_brackets(text):
    assert plain(text) == text


def test_a_speech_with_readings_in_its_title_gets_the_kind_its_title_states():
    text = ("在全县安全生产工作会议上的表(biǎo)态(tài)发(fā)言\n同志们：\n"
            "今年以来，全镇安全生产形势总体平稳，各项工作有序推进。\n"
            "一、压实安全生产责任\n镇里成立了工作专班，层层签订责任书。\n"
            "二、深入排查整治隐患\n全年排查企业一百二十家，整改隐患三百余处。\n")
    assert analyze_text(text)[0].kind == "表态发言"


# --- a word the title only mentions ------------------------------------------------------------


@pytest.mark.parametrize("title", ["在分组审议市政府工作报告时的发言", "政府工作报告讨论发言稿", "学习省第十次党代会工作报告心得体会"])
def test_a_report_the_title_discusses_is_no_work_report(title):
    assert stated_kind(title, None) != "工作报告"
    assert "工作报告" not in cue_kinds(title, "t")
    assert "研讨发言" in cue_kinds(title, "t")


@pytest.mark.parametrize("title", ["2024年县人民政府工作报告", "市妇联第十三届执行委员会工作报告（讨论稿）"])
def test_a_work_report_or_its_draft_stays_one(title):
    assert stated_kind(title, None) == "工作报告"


def test_making_a_report_is_the_reports_act_and_mentioning_one_is_not():
    assert "工作报告" in cue_kinds("现在，我代表县人民政府向大会作工作报告，请予审议。", "a")
    assert "工作报告" in cue_kinds("我代表常务委员会向这次会议提出工作报告。", "a")
    # a delegate speaking of the report: `工作报告` holds `作报告`, no act of making one
    assert "工作报告" not in cue_kinds("我是来自基层的代表，我对政府工作报告完全赞同。", "a")
    assert "工作报告" not in cue_kinds("我是来自基层的代表，我对政府工作报告完全赞同。", "o")


@pytest.mark.parametrize("title", ["县委书记在全县党建述职工作会议上的讲话", "在机关党支部书记述职会上的讲话"])
def test_a_meeting_that_hears_duty_reports_is_no_duty_report(title):
    assert stated_kind(title, None) is None
    assert "述职报告" not in cue_kinds(title, "t")


def test_a_duty_report_names_itself_still():
    assert stated_kind("2024年度个人述职述廉报告", None) == "述职报告"
    assert stated_kind("学校工会主席述职报告", None) == "述职报告"


def test_others_duty_reports_heard_are_the_leaders_and_ones_own_is_a_duty_report():
    heard = "刚才，六位乡镇党委书记分别作了述职，听了大家的述职，我很受启发。"
    assert "述职报告" not in cue_kinds(heard, "o") and "领导讲话" in cue_kinds(heard, "o")
    own = "根据安排，现将本人一年来的履职情况述职如下。"
    assert "述职报告" in cue_kinds(own, "o") and "述职报告" in cue_kinds(own, "a")


def test_research_work_as_a_topic_is_no_field_visit():
    assert "调研讲话" not in cue_kinds("在全市调研工作会议上的讲话", "t")
    assert "调研讲话" not in cue_kinds("在调研成果交流会上的发言", "t")
    assert "调研讲话" in cue_kinds("县长在某某镇调研时的讲话", "t")


def test_a_plenary_session_has_no_experience_in_it():
    assert "研讨发言" not in cue_kinds("在市政府第三次全体会议上的讲话", "t")
    assert "研讨发言" not in cue_kinds("今天召开区委全体会议，主要任务是传达上级精神。", "o")
    assert "研讨发言" in cue_kinds("学习党的二十大精神心得体会", "t")


def test_a_work_report_to_the_delegates_is_their_work_report():
    assert stated_kind("镇长在镇人民代表大会上的工作汇报", None) == "工作报告"
    assert stated_kind("关于2024年上半年安全生产工作情况汇报", None) == "汇报发言"


# --- the gathering the opening names -----------------------------------------------------------


@pytest.mark.parametrize(("opening", "kind"), [
    ("同志们：今天，我们在这里召开全区巡察整改工作动员部署会，主要任务是传达反馈意见。", "动员讲话"),
    ("在这春暖花开的日子里，我们迎来了县图书馆新馆落成庆典。", "致辞"),
    ("这次宣传系统中青年干部下基层锻炼动员会，是按照市委宣传部的实施意见召开的。", "动员讲话"),
    ("本次新校区落成典礼，是学校发展史上的一件大事。", "致辞"),
])
def test_the_gathering_the_opening_names_is_read_as_a_titles_occasion(opening, kind):
    assert kind_features(None, None, "同志们：", opening).get(f"ccue:{kind}") == 1.0


@pytest.mark.parametrize("opening", ["今年以来，全区上下认真贯彻市委部署，各项工作取得新进展。",
                                     "今天召开这次会议，主要是总结上半年工作，部署下半年任务。",
                                     "今天召开区政府第三次全体会议，研究经济运行工作。",
                                     "这次会议的主要任务是总结工作、部署任务。",   # this meeting, not named
                                     "本次大会圆满地完成了各项议程。"])
def test_an_opening_that_names_no_telling_gathering_gives_no_occasion_cue(opening):
    assert not [key for key in kind_features(None, None, "同志们：", opening) if key.startswith("ccue:")]


def test_a_ceremony_the_opening_holds_is_a_greetings_cue_unless_it_launches_a_campaign():
    assert "致辞" in cue_kinds("今天，我们在这里隆重举行新校区奠基仪式。", "o")
    assert "致辞" not in cue_kinds("今天，我们在这里隆重举行安全生产月活动启动仪式。", "o")


# --- what the speaker says they do, and whom they speak for ------------------------------------


def test_a_meeting_that_has_completed_its_agenda_is_being_closed():
    said = "经过全体代表的共同努力，本次大会圆满地完成了各项议程。"
    assert "闭幕词" in cue_kinds(said, "o") and "闭幕词" in cue_kinds(said, "a")
    assert "闭幕词" not in cue_kinds("本次会议有三项议程，请大家认真审议。", "a")


def test_speaking_for_the_honoured_is_a_pledges_cue_and_congratulating_them_is_not():
    assert "表态发言" in cue_kinds("今天，我代表受表彰的先进个人发言，心情十分激动。", "a")
    assert "表态发言" in cue_kinds("很荣幸代表先进集体在这里发言。", "o")
    assert "表态发言" not in cue_kinds("向受表彰的先进集体和先进个人表示热烈的祝贺！", "a")


def test_the_chairs_running_order_is_a_hosts_cue():
    said = "下面进行大会第二项议程，请县委书记讲话；"
    assert "other" in cue_kinds(said, "a")
    assert "other" in cue_kinds("仪式正式开始：奏国歌；请项目单位负责人介绍工程概况；请县领导致辞；", "b")
    assert "other" not in cue_kinds("下面，我讲三点意见。", "a")


@pytest.mark.parametrize("opening", ["我代表县委、县政府，向全县教师致以节日的问候。",
                                     "首先，我代表学校全体师生，向新同学表示热烈的欢迎！",
                                     "我代表常务委员会向这次会议提出工作报告。"])
def test_speaking_for_a_body_is_its_leader(opening):
    feats = kind_features(None, None, "同志们：", opening)
    assert feats.get("role:leader") == 1.0 and "role:member" not in feats


@pytest.mark.parametrize("opening", ["作为新生代表，我很荣幸在这里发言。",
                                     "我代表全体志愿者，向学校的老师们表示感谢。"])
def test_speaking_for_ones_peers_is_a_member(opening):
    feats = kind_features(None, None, "各位老师：", opening)
    assert feats.get("role:member") == 1.0 and "role:leader" not in feats


def test_a_congress_in_the_title_makes_no_one_a_member():
    assert "role:member" not in kind_features("在区第三次代表大会上的讲话", None, "同志们：", "今天。")
    assert "role:member" not in kind_features("在中青年干部培训班开班仪式上的讲话", None, "同志们：", "今天。")
    assert kind_features("在区第三次代表大会上的发言", "学生代表 王某", "同学们：", "今天。").get("role:member") == 1.0


# --- the model: a kind's cues are trusted as far as they proved true ----------------------------


def test_a_kind_whose_opening_cue_is_in_every_kinds_opening_learns_to_trust_it_less():
    # thanks open most speeches: the 致辞 cue is set off in leaders' speeches too; 请予审议 only in reports
    samples = ([({"ocue:致辞": 1.0, "s:同志们": 1.0}, "领导讲话")] * 12 + [({"ocue:致辞": 1.0}, "致辞")] * 6
               + [({"ocue:工作报告": 1.0, "ocue:致辞": 1.0}, "工作报告")] * 6)
    model = train_kinds(samples)
    both = model.ranked({"ocue:工作报告": 1.0, "ocue:致辞": 1.0})
    assert both[0][0] == "工作报告"
    assert model.weights.get("致辞|ocue", 0.0) < model.weights.get("工作报告|ocue", 0.0)


# --- saying when unsure --------------------------------------------------------------------------


def test_a_second_kind_well_within_reach_is_offered():
    assert close_alternatives([("表态发言", 0.50), ("汇报发言", 0.22), ("领导讲话", 0.10)]) == ["汇报发言"]
    assert close_alternatives([("表态发言", 0.80), ("汇报发言", 0.12), ("领导讲话", 0.08)]) == []


def test_the_models_choice_stays_the_alternative_when_the_title_states_another():
    ranked = [("工作报告", 0.85), ("汇报发言", 0.10), ("领导讲话", 0.05)]
    first = title_first(ranked, "关于上半年工作情况汇报", None)
    assert first[0][0] == "汇报发言"
    assert close_alternatives(first)[0] == "工作报告"


@pytest.mark.parametrize("title", ["致全省科技工作者的贺信", "中国共产党中央委员会贺全国学生代表大会电", "省委省政府贺电"])
def test_a_congratulation_sent_to_a_gathering_is_its_greeting(title):
    assert stated_kind(title, None) == "致辞"


@pytest.mark.parametrize("title", ["在庆贺建校六十周年大会上的讲话", "在全省电视电话会议上的讲话", "贺新春座谈会上的讲话"])
def test_a_title_that_only_holds_he_or_dian_states_no_greeting(title):
    assert stated_kind(title, None) != "致辞"


@pytest.mark.parametrize(("title", "kind"), [("大使致2023年中秋晚宴的贺辞", "致辞"), ("重点项目集中开工仪式欢迎辞", "致辞"),
                                             ("在县第三次党代会上的开幕辞", "开幕词"), ("运动会闭幕辞", "闭幕词")])
def test_a_kinds_name_written_with_ci_of_speech_states_it_the_same(title, kind):
    assert stated_kind(title, None) == kind


def test_a_title_that_merely_holds_ci_states_no_greeting():
    assert stated_kind("在不辞辛劳的基层干部座谈会上的讲话", None) is None
    assert stated_kind("辞旧迎新年终工作总结会上的讲话", None) is None
