"""The 错别字 rule's 成语 window (typo_lexicon.window_raw, typo_idiom.idiom_window): a function word (已, 于, 为 …) is
never taken for a slip of another word — but in four characters one look-alike glyph from a 成语 it is (舍已为人 →
舍己为人: 已 and 己 differ by a stroke's length). (None of these slips is in a bench error set or in
resources/check/typos.tsv.)"""

import pytest

from speechwriter.check import check_text


def typos(text):
    return [(f.text, f.suggestion) for f in check_text(text) if f.rule == "typo"]


@pytest.mark.parametrize("slip, right", [("舍已为人", "舍己为人"), ("克已奉公", "克己奉公"), ("知已知彼", "知己知彼")])
def test_a_function_word_written_for_its_look_alike_in_a_set_phrase_is_flagged(slip, right):
    assert (slip, right) in typos(f"他一向{slip}，大家都很敬重他。")


@pytest.mark.parametrize("text", [
    "这个问题已经解决，他激动得不能自已。",   # 自已 is a word of its own here
    "他们舍己为人，克己奉公，知己知彼。",     # the 成语 as written
    "我们要勇于担当，善于学习，乐于奉献。",   # 于 beside words, no 成语 near
    "同心协力，一干二净，真相大白。",
])
def test_function_words_in_right_text_are_left_alone(text):
    assert typos(text) == []
