"""The 错别字 rule's 成语 two characters off (typo_idiom.two_edits): four characters at the edge of a clause
(between sentence marks) that match a 成语 of the public list in all but two places, each of the two a 同音/形近
character of the 成语's, one of them joining no word in the dictionary's cut — where real text never writes
some pair of the four side by side. (None of these slips is in a bench error set or in
resources/check/typos.tsv.)"""

import pytest

from speechwriter.check import check_text
from speechwriter.check.typo import indexed_lexicon
from speechwriter.check.typo_idiom import two_edits


def typos(text):
    return [(f.text, f.suggestion) for f in check_text(text) if f.rule == "typo"]


def alone(clause):
    return f"这些年，{clause}，走出了一条新路。"


@pytest.mark.parametrize("slip, right", [("批荆崭棘", "披荆斩棘"), ("一愁末展", "一筹莫展"), ("迫不急代", "迫不及待")])
def test_a_clause_two_characters_of_the_same_sound_off_a_set_phrase_is_flagged(slip, right):
    assert (slip, right) in typos(alone(slip))


def test_the_route_names_the_set_phrase_and_spans_the_clause():
    line = alone("批荆崭棘")
    assert [(line[s:e], right) for _, _, s, e, right, _ in two_edits(line, indexed_lexicon())] == [("批荆崭棘", "披荆斩棘")]


@pytest.mark.parametrize("right", ["披荆斩棘", "一筹莫展", "迫不及待", "坚持不懈", "同心协力", "刻不容缓"])
def test_the_set_phrases_themselves_are_left_alone(right):
    assert typos(alone(right)) == []


@pytest.mark.parametrize("clause", ["积极负责", "不只一次", "支持扶助", "人口布局", "洋土结合", "相互冲突", "同心同德",
                                    "群策群力", "分类施策"])
def test_words_two_characters_from_a_set_phrase_are_no_slip_of_it(clause):
    # (积极负责 is no 极其负责, 不只一次 no 不置一词: each changed character belongs to a word of the cut; and
    # swapped neighbours are not read — 洋土结合 and 土洋结合, 相互 and 互相 are both written)
    assert two_edits(alone(clause), indexed_lexicon()) == []


@pytest.mark.parametrize("text, slip", [("这些年的工作可谓批荆崭棘，走出了一条新路。", "批荆崭棘"),
                                        ("批荆崭棘地走出了一条新路。", "批荆崭棘")])
def test_the_first_and_last_four_characters_of_a_clause_are_read(text, slip):
    assert (slip, "披荆斩棘") in typos(text)


def test_four_characters_inside_a_clause_are_not_read():
    # in running text four characters two off a 成语 are too many to look up and too often two words
    assert two_edits("这些年我们批荆崭棘走出了一条新路。", indexed_lexicon()) == []
