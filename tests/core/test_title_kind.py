"""A clerk reads the kind in the title first: the words by which a title states its kind decide it
(`…述职述廉报告`, `开 幕 词`, `…上的表态发言`), an occasion's word does not (`述职评议会上的讲话` is a
leader's), and the title's word for the speech rules kinds out (a `…讲话` is no 研讨发言). The model
reads what the title leaves open, and its own choice, when another, is the close alternative."""

import pytest

from speechwriter.core import trained_models
from speechwriter.core.analyzer import analyze_text
from speechwriter.core.kind_model import KindModel
from speechwriter.core.kinds import detect_kind, ruled_out_kinds, stated_kind, title_first
from speechwriter.vocabulary import LABEL_KINDS
from tests.core.test_kind_alternatives import leaning


@pytest.mark.parametrize(("title", "kind"), [
    ("2022年度个人述职述廉报告", "述职报告"),
    ("某某职工代表大会\n开  幕  词", "开幕词"),
    ("在全镇乡村振兴工作推进会上的表态发言", "表态发言"),
    ("在全县创建卫生城市动员大会上的讲话", "动员讲话"),
    ("在建校六十周年庆祝大会上的致辞", "致辞"),
    ("市政府第四次全体会议主持词", "other"),
    ("关于2023年上半年工作情况汇报", "汇报发言"),
])
def test_a_title_that_names_its_kind_decides_it(title, kind):
    assert stated_kind(title, None) == kind
    assert detect_kind(title, None, "") == kind   # the rules alone, with no model, read it so too


@pytest.mark.parametrize(("title", "kind"), [
    ("第二屆教職工暨工會會員代表大會第一次會議開幕詞", "开幕词"),
    ("人民代表大會第二次會議閉幕詞 篇1", "闭幕词"),
    ("在全鎮鄉村振興工作推進會上的表態發言", "表态发言"),
    ("2022年度個人述職述廉報告", "述职报告"),
    ("在建校六十周年慶祝大會上的致詞", "致辞"),
    ("在建校六十周年庆祝大会上的致词", "致辞"),
])
def test_a_title_in_traditional_script_or_with_zhici_in_its_other_spelling_names_its_kind_the_same(title, kind):
    assert stated_kind(title, None) == kind
    assert detect_kind(title, None, "") == kind


def test_the_speech_read_from_a_page_in_traditional_script_gets_the_kind_its_title_states():
    text = "團委第一次代表大會開幕詞\n尊敬的各位領導、各位代表、青年朋友們:\n在上級團委的正確領導下,我們迎來了第一次代表大會的勝利召開。\n"
    assert analyze_text(text)[0].kind == "开幕词"


@pytest.mark.parametrize("title", ["在全市乡镇党政正职述职评议会上的讲话", "在西欧地区部工作汇报会上的讲话",
                                   "在全市宣传思想文化工作会议上的讲话", "坚定信心 真抓实干", "在妇女代表大会开幕式上的讲话", None])
def test_an_occasions_word_or_a_silent_title_leaves_the_kind_to_the_model(title):
    assert stated_kind(title, None) is None


def test_the_word_for_the_speech_rules_kinds_out():
    assert set(ruled_out_kinds("在市委理论研讨会上的讲话", None)) >= {"研讨发言", "汇报发言"}
    assert set(ruled_out_kinds("守正创新", "——在全院创三甲动员会上的发言")) >= {"动员讲话", "开幕词"}
    assert ruled_out_kinds("在座谈会上的讲话和发言", None) == ()
    ranked = [("研讨发言", 0.6), ("领导讲话", 0.3), ("致辞", 0.1)]
    assert [k for k, _ in title_first(ranked, "在市委理论研讨会上的讲话", None)] == ["领导讲话", "致辞", "研讨发言"]
    assert title_first(ranked, "坚定信心 真抓实干", None) == ranked


SPEECH = """2022年度个人述职报告
各位领导、同志们：
今年以来，我在局党组的领导下，认真履行岗位职责，现将一年来的工作述职如下。
一、加强学习，提高政治素质
我坚持每周参加理论学习，认真学习党的创新理论。
二、履职尽责，完成各项工作
我分管的办公室工作全年没有出现差错。
以上述职，请各位领导评议。
"""


def test_the_title_beats_a_model_sure_of_another_kind_which_stays_the_alternative():
    shipped = trained_models.current()
    assert shipped is not None
    wrong = KindModel(leaning("领导讲话", 3.0), list(LABEL_KINDS))
    speech = analyze_text(SPEECH, models=trained_models.Models(shipped.roles, shipped.header, wrong, shipped.house))[0]
    assert speech.title == "2022年度个人述职报告"
    assert speech.kind == "述职报告"
    assert "领导讲话" in speech.kind_alternatives
