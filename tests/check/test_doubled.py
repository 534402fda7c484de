"""The 错别字 rule's doubled characters (typo_idiom.doubled): a pair of characters doubled the wrong way, in a 成语
(four characters: 录录无为 → 碌碌无为) — now also where the character written doubled is a function word real text
never doubles (与与葱葱 → 郁郁葱葱) — and in an ABB word of three (沉电电 → 沉甸甸). (None of these slips is in a bench
error set or in resources/check/typos.tsv.)"""

import pytest

from speechwriter.check import check_text


def typos(text):
    return [(f.text, f.suggestion) for f in check_text(text) if f.rule == "typo"]


def alone(clause):
    return f"这些年，{clause}，走出了一条新路。"


@pytest.mark.parametrize("slip, right", [("与与葱葱", "郁郁葱葱"), ("神采以以", "神采奕奕")])
def test_a_function_character_doubled_for_the_pair_of_a_set_phrase_is_flagged(slip, right):
    assert (slip, right) in typos(alone(slip))


@pytest.mark.parametrize("slip, right", [("沉电电", "沉甸甸"), ("金惨惨", "金灿灿"), ("亮经经", "亮晶晶")])
def test_an_abb_word_with_its_doubled_pair_written_by_sound_is_flagged(slip, right):
    assert (slip, right) in typos(alone(slip))


def test_an_abb_slip_is_found_in_running_text_too():
    assert ("沉电电", "沉甸甸") in typos("秋天的稻穗沉电电的，压弯了腰。")


@pytest.mark.parametrize("text", [
    "大家一一握手，个个争先，人人有责。",        # function characters real text doubles
    "他说话文绉绉的，麦田绿油油的，果实沉甸甸的。",  # the ABB words as they are written
    "两岸依依不舍，山上郁郁葱葱，他神采奕奕。",     # the 成语 themselves
    "他们看看看，又想想想。",                    # a character tripled is no ABB word
    "孩子们喜欢看“喜羊羊”动画片。",              # a quoted name of that shape
])
def test_right_text_with_doubled_characters_is_left_alone(text):
    assert typos(text) == []
