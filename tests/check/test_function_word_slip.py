"""The 错别字 rule's function-word route (typo_function.py): a character drawn like a function word and written for it
(己 for 已, 末 for 未, 干 for 于) is flagged where real text writes the function word around it; the same characters
in their own words (自己, 据为己有, 周末, 干部, 千真万确, 丁香) are left alone."""

from speechwriter.check import Para, Text, run_checks, typo
from speechwriter.check.typo_function import function_candidates


def slips(line: str) -> list[tuple[str, str]]:
    return [(line[s:e], right) for _, _, s, e, right, _ in function_candidates(line, typo.indexed_lexicon())]


def typo_findings(line: str) -> list[tuple[str, str]]:
    return [(f.text, f.suggestion) for f in run_checks(Text([Para(line)]), rules={"typo"})]


def test_a_look_alike_written_for_a_function_word_is_flagged():
    assert slips("工程己完成。") == [("己", "已")]
    assert slips("问题己被解决。") == [("己", "已")]
    assert slips("目前末发现问题。") == [("末", "未")]
    assert slips("这是由干天气原因。") == [("干", "于")]
    assert slips("项目位干城市中心。") == [("干", "于")]


def test_the_rule_says_the_function_word_meant():
    assert typo_findings("我们己有经验。") == [("己", "已")]
    assert typo_findings("任务己于上月完成。") == [("己", "已")]


def test_the_characters_in_their_own_words_are_left_alone():
    for line in ("他们自己有办法。", "据为己有。", "在本周末完成。", "加强干部队伍建设。", "这是千真万确的。",
                 "推出丁香主题旅游。", "以土两国决定恢复外交关系。", "严于律己，宽以待人。", "末位淘汰。",
                 "干一行爱一行。", "已经完成，尚未验收。", "由于天气原因。"):
        assert slips(line) == [], line
