"""The 错别字 rule's 干支 route (typo_ganzhi.py): a year of the sexagenary cycle written with a look-alike character
(已亥 → 己亥, 丙戍 → 丙戌, 戊戍 → 戊戌, 丁末 → 丁未) is flagged where a 干支 stands; the sixty right pairs, the adverb 已,
王子, 申请 and words that merely hold such characters are left alone."""

from speechwriter.check import Para, Text, run_checks
from speechwriter.check.typo_ganzhi import correction, ganzhi_candidates


def slips(line: str) -> list[tuple[str, str]]:
    return [(line[s:e], right) for _, _, s, e, right, _ in ganzhi_candidates(line)]


def typo_findings(line: str) -> list[tuple[str, str]]:
    return [(f.text, f.suggestion) for f in run_checks(Text([Para(line)]), rules={"typo"})]


def test_the_cycle_is_closed():
    assert correction("已亥") == "己亥"
    assert correction("丙戍") == "丙戌"
    assert correction("戊戍") == "戊戌"
    assert correction("丁末") == "丁未"
    assert correction("癸卵") == "癸卯"
    assert correction("乙西") == "乙酉"
    for right in ("己亥", "丙戌", "戊戌", "丁未", "癸卯", "乙酉", "甲子", "庚子", "辛丑", "壬寅"):
        assert correction(right) is None


def test_look_alike_years_are_flagged():
    assert typo_findings("2019年是已亥年，我们要努力。") == [("已亥", "己亥")]
    assert typo_findings("隆重召开，丙戍年，我们继续努力。") == [("丙戍", "丙戌")]
    assert typo_findings("农历丁末年正月，全村喜迎新春。") == [("丁末", "丁未")]
    assert slips("岁次癸卵，万象更新。") == [("癸卵", "癸卯")]
    assert slips("最后，已亥，预祝大会圆满成功。") == [("已亥", "己亥")]   # (a clause of its own)


def test_right_years_and_ordinary_words_are_left_alone():
    for line in ("今年是己亥年。", "丙戌年的春天。", "戊戌变法失败了。", "1898年戊戌变法。", "乙酉年正月。",
                 "我们已申报年度计划。", "他早已丑态百出。", "王子年少。", "申请年度补贴。", "西子湖畔。",
                 "他们已未年满十八岁。", "早已末日般的景象。", "本周末日程紧张。", "巳时三刻。"):
        assert slips(line) == [], line


def test_a_cycle_year_must_agree_with_the_year_written_before_it():
    assert slips("2025年甲辰年，我们要再接再厉。") == [("甲辰", "乙巳")]
    assert slips("二〇二五年乙巳年春节。") == []
    assert slips("2024年（甲辰年）春节。") == []
    assert slips("2020年庚子鼠年。") == []
    assert slips("1895年甲午年") == [("甲午", "乙未")]
    # a 干支 that names an event, not the year: the year before it may be another
    assert slips("1895年甲午战争失败后，清政府被迫签约。") == []
    assert slips("1898年戊戌变法。") == []


def test_the_animal_goes_with_the_branch():
    assert slips("恭祝大家甲辰兔年大吉。") == [("兔", "龙")]
    assert slips("恭祝大家甲辰龙年大吉，乙巳蛇年安康。") == []


def test_a_character_of_the_cycle_outside_it_is_the_one_it_is_drawn_like():
    assert typo_findings("发扬拼搏精神，戊边守边，为了祖国。") == [("戊边", "戍边")]
    assert typo_findings("北京卫戌区。") == [("卫戌", "卫戍")]
    for line in ("1898年戊戌变法。", "戊戌年春。", "农历己巳年。", "向戍边英雄学习。", "北京卫戍区。"):
        assert typo_findings(line) == [], line
