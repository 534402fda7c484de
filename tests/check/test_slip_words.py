"""The 错别字 rule's slip-word route (typo_slip.py, table by build_slips.py): words jieba's dictionary took in from
uncorrected text that are slips of a frequent word one 同音-and-形近 character away (震憾 → 震撼, 光采 → 光彩) are
flagged where the cut has them as words; legitimate variants, words of their own sense, names and places stay
unflagged, and a run inside other words is left alone."""

from speechwriter.check import Para, Text, run_checks, typo
from speechwriter.check.typo_slip import slip_candidates, slip_table


def slips(line: str) -> list[tuple[str, str]]:
    """(as written, right word) of the slip-word route's candidates in `line`."""
    return [(line[s:e], right) for _, _, s, e, right, _ in slip_candidates(line, typo.indexed_lexicon())]


def typo_findings(line: str) -> list[tuple[str, str]]:
    return [(f.text, f.suggestion) for f in run_checks(Text([Para(line)]), rules={"typo"})]


def test_slips_the_dictionary_holds_as_words_are_flagged():
    assert slips("我们有太多的感动，太多的震憾。") == [("震憾", "震撼")]
    assert slips("为家乡增添了光采。") == [("光采", "光彩")]
    assert slips("推进秸杆综合利用。") == [("秸杆", "秸秆")]
    assert slips("山东荷泽的牡丹远近闻名。") == [("荷泽", "菏泽")]
    assert slips("在空地上搭起帐蓬。") == [("帐蓬", "帐篷")]
    assert slips("我们要严格要求自已。") == [("自已", "自己")]   # (look-alike glyphs, 已/己)


def test_the_rule_flags_them_with_the_word_meant_and_exact_offsets():
    line = "太多的震憾，太多的感动。"
    findings = [f for f in run_checks(Text([Para(line)]), rules={"typo"}) if f.text == "震憾"]
    assert [(f.suggestion, line[f.start:f.end]) for f in findings] == [("震撼", "震憾")]
    assert ("光采", "光彩") in typo_findings("为家乡增添了光采。")


def test_the_right_words_are_left_alone():
    for line in ("太多的震撼。", "为家乡增添了光彩。", "推进秸秆综合利用。", "山东菏泽的牡丹。", "搭起帐篷。"):
        assert slips(line) == []


def test_house_style_and_older_standard_forms_are_no_slips():
    # (其它/其他, 身分, 帐户, 好象: variants.py's house style; 惟一, 想像, 撤消, 人材: older standard forms;
    # 颠复, 复盖: the 1956 simplification's 复 for 覆, standard in the reports of the 1950s–1970s)
    for word in ("其它", "身分", "帐户", "帐号", "好象", "惟一", "想像", "撤消", "人材", "颠复", "复盖", "部署", "作出"):
        assert word not in slip_table()
    assert slips("帝国主义的颠复活动。") == []
    assert slips("这是惟一的办法，大力培养法律人材。") == []


def test_words_of_their_own_sense_names_and_places_are_no_slips():
    for line in ("限制两胎和多胎的办法。", "炼就金刚不坏之身。", "197项高频事项“免证可办”。", "普宁、潮阳、南澳。",
                 "就地正法。", "面有菜色。", "争强好胜。", "购建固定资产。", "蜗轮蜗杆。", "广西平果市。",
                 "合力与分力。", "上兵伐谋。", "下一旬。", "弯腰拾起纸片。",
                 "编纂地方志书。", "具有同等学力的人员。", "人群拥到门口。", "苹果园疏果。"):
        assert slips(line) == []


def test_reduplication_is_no_slip():
    assert slips("聊聊天卖卖产品那么简单。") == []


def test_a_run_inside_other_words_is_left_alone():
    # (the slip must be a word of jieba's cut of its own: 秸杆 inside nothing, but 光采 not across 阳光采光)
    assert slips("屋顶的阳光采光板。") == []
