"""The 错别字 rule's dictionary-window route (typo_lexicon.window_judged): four characters over two words, one of them
a word the dictionary took in only rarely (支正, 膨涨: jieba's floor), one 同音/形近 character from a frequent
four-character word — the compound is what was meant (批评支正 → 批评指正). (批评支正 is in no bench error set nor in
resources/check/typos.tsv.)"""

from speechwriter.check import check_text


def typos(text):
    return [(f.text, f.suggestion) for f in check_text(text) if f.rule == "typo"]


def test_a_rare_word_inside_a_frequent_compound_one_slip_off_is_flagged():
    assert ("批评支正", "批评指正") in typos("工作中的不足，欢迎大家批评支正。")


def test_the_compound_is_flagged_where_it_stands_in_running_text():
    assert ("通货膨涨", "通货膨胀") in typos("要防止经济过热和通货膨涨的风险。")


def test_the_compounds_as_written_are_left_alone():
    assert typos("不当之处，敬请批评指正。要防止通货膨胀，注意电磁辐射。") == []
