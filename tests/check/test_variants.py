"""House style is a hint, not a mis-stated formulation: 做出/作出, 其它/其他 and the like (variants.py) are
named by the usage rule as 提示 and never by the 规范表述 rule as a slip of a phrase mined from real text, while a
real slip in the same phrase still is — and a curated formulation is still to be written to the letter."""

import pytest

from speechwriter.check.findings import Para, Text
from speechwriter.check.runner import run_checks


def findings(line: str, rules=frozenset({"typo", "term", "usage"})):
    return [(f.rule, f.severity, f.text, f.suggestion) for f in run_checks(Text([Para(line)]), rules=set(rules))]


@pytest.mark.parametrize("line", ["为党和人民事业发展做出重要贡献。", "为全面建设社会主义现代化国家做出新的更大贡献。"])
def test_a_house_style_variant_in_a_fixed_phrase_is_only_a_hint(line):
    found = findings(line)
    assert [rule for rule, *_ in found] == ["usage"]
    assert [(severity, suggestion) for _, severity, _, suggestion in found] == [("info", "作出")]


def test_the_formulation_rule_alone_says_nothing_of_house_style():
    assert findings("为党和人民事业发展做出重要贡献。", rules={"term"}) == []


def test_a_real_slip_of_the_same_phrase_is_still_a_formulation_slip():
    found = findings("为党和人民事业发展作出重要供献。", rules={"term", "typo"})
    assert found and found[0][3] and "贡献" in found[0][3]


def test_a_curated_formulation_is_written_to_the_letter_even_in_house_style():
    found = findings("坚持人民当家做主，发展全过程人民民主。", rules={"term"})
    assert [(rule, suggestion) for rule, _, _, suggestion in found] == [("term", "人民当家作主")]
