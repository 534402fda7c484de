"""The 错别字 rule's clause route: a clause of a few characters alone between sentence marks is judged
by the lexicon alone — no neighbour can make its characters part of a word the dictionary lacks. (None
of these slips is in a bench error set or in resources/check/typos.tsv.)"""

import pytest

from speechwriter.check import check_text
from speechwriter.check.typo import clause_candidates, indexed_lexicon


def typos(text):
    return [(f.text, f.suggestion) for f in check_text(text) if f.rule == "typo"]


def alone(clause):
    return f"我们开展了这项工作，{clause}，大家都很满意。"


@pytest.mark.parametrize("slip, right", [("编缉", "编辑"), ("辉皇", "辉煌"), ("璀灿", "璀璨"), ("贪脏", "贪赃"),
                                         ("蹉商", "磋商"), ("竣攻", "竣工")])
def test_a_clause_one_sound_from_a_word_is_flagged_with_the_word(slip, right):
    assert (slip, right) in typos(alone(slip))


@pytest.mark.parametrize("slip, right", [("挑畔", "挑衅"), ("格守", "恪守")])
def test_a_clause_one_look_alike_from_a_word_is_flagged_with_the_word(slip, right):
    assert (slip, right) in typos(alone(slip))


def test_the_finding_spans_the_clause_and_says_how():
    text = "同志们：\n我们开展了这项工作，编缉，大家都很满意。"
    finding = next(f for f in check_text(text) if f.rule == "typo")
    assert text.splitlines()[finding.paragraph][finding.start:finding.end] == "编缉"
    assert "同音" in finding.message


@pytest.mark.parametrize("right", ["编辑", "辉煌", "恪守", "平安祥和", "预防犯罪", "看看", "走着走着", "一代一代",
                                   "很紧很紧", "实事求是", "双反", "假案"])
def test_right_words_reduplications_and_phrases_alone_in_a_clause_are_left_alone(right):
    assert typos(alone(right)) == []


def test_only_a_clause_alone_between_sentence_marks_is_judged_by_the_lexicon_alone():
    lex = indexed_lexicon()
    assert clause_candidates("工作，编缉，", lex)
    # an item of a list, a quoted term, or two characters inside a longer clause have neighbours
    assert clause_candidates("冤案、编缉、错案", lex) == []
    assert clause_candidates("所谓“编缉”的说法", lex) == []
    assert clause_candidates("负责编缉出版工作", lex) == []


def test_a_character_of_another_usual_reading_is_no_slip_of_the_same_sound():
    # 假 is jiǎ and 个 is gè, though dictionaries read 个 jiǎ in 自个儿 too: 假案 is a word, not 个案
    assert all(right != "个案" for _, _, _, _, right, _ in clause_candidates("，假案，", indexed_lexicon()))


@pytest.mark.parametrize("slip, right", [("严萧", "严肃"), ("蔬莱", "蔬菜")])
def test_looser_look_alike_glyphs_are_read_in_a_clause(slip, right):
    assert (slip, right) in typos(alone(slip))


def test_looser_look_alike_glyphs_are_no_confusables_of_the_other_routes():
    lex = indexed_lexicon()
    assert "菜" in lex.loose_glyphs.get("莱", ())
    assert "菜" not in dict(lex.confusables("莱"))


def test_a_pair_the_clerk_switched_off_is_not_flagged_in_a_clause_either():
    from speechwriter.check.lists import user_lists_dir

    sentence = alone("编缉")
    assert typos(sentence) == [("编缉", "编辑")]
    folder = user_lists_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "typos.tsv").write_text("编缉\t-\n", encoding="utf-8")
    assert typos(sentence) == []


@pytest.mark.parametrize("slip, right", [("高至病", "高致病"), ("相实应", "相适应")])
def test_a_clause_one_sound_from_a_phrase_the_dictionary_has_rarely_is_flagged_where_real_text_writes_it(slip, right):
    # jieba has 高致病, 相适应 only at its floor (3), but real text writes 致病, 高致, 相适, 适应 often
    assert (slip, right) in typos(alone(slip))


def test_a_long_clause_one_sound_from_a_dictionary_phrase_is_flagged():
    assert ("人民英雄记念碑", "人民英雄纪念碑") in typos(alone("人民英雄记念碑"))


@pytest.mark.parametrize("right", ["高致病", "相适应", "人民英雄纪念碑", "蓝天", "方针"])
def test_the_phrases_themselves_alone_in_a_clause_are_left_alone(right):
    assert typos(alone(right)) == []


def test_an_older_form_the_dictionary_knows_is_no_slip_of_a_rare_phrase():
    # jieba has 顽强拼搏 only at its floor (3) and 拚搏, the older form, as a word: not flagged as a typo
    assert typos(alone("顽强拚搏")) == []


def test_a_clause_does_not_end_where_a_quotation_opens():
    # the words before a quoted term are often a name of it (国寿“1+n”服务), not a clause alone
    assert typos("我们开展了这项工作，国寿“1+n”服务，大家都很满意。") == []


@pytest.mark.parametrize("slip, right", [("无于伦比", "无与伦比"), ("一劳永一", "一劳永逸")])
def test_a_function_word_is_a_slip_where_it_keeps_a_longer_clause_from_a_word(slip, right):
    assert (slip, right) in typos(alone(slip))


@pytest.mark.parametrize("clause", ["无与伦比", "不一而足", "别具一格", "过也", "于是乎"])
def test_function_words_of_right_clauses_and_short_ones_are_left_alone(clause):
    assert typos(alone(clause)) == []


def test_a_clause_whose_pairs_are_all_written_is_read_against_set_phrases_of_the_same_sound():
    # (即来 and 来之 are pairs real text writes: only the whole clause tells the slip)
    assert ("即来之", "既来之") in typos("面对困难，即来之，则安之。")


@pytest.mark.parametrize("text", ["民族兴，则国家兴。", "单杏花，女，汉族。", "张升民，李作成，出席会议。",
                                  "两年里，曾经只能打零工的他有了稳定收入。"])
def test_names_and_a_word_with_its_predicate_are_no_such_slips(text):
    assert typos(text) == []
