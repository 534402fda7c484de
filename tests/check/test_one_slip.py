"""One slip, one finding: where two wording rules name the same slip with the same correction, the clerk
sees it once — the gravest, and among equals from the rule that says most about it — and a slip ignored
(忽略) does not come back under the other rule. Each rule alone still answers for it."""

import pytest

from speechwriter.check.findings import Para, Text
from speechwriter.check.runner import run_checks

WORDING = {"typo", "term", "usage"}
GRAVITY = {"error": 0, "warning": 1, "info": 2}


def wording(line: str, ignored: frozenset[str] = frozenset(), rules=WORDING):
    return run_checks(Text([Para(line)]), rules=set(rules), ignored=set(ignored))


def test_a_wrong_word_both_rules_know_is_shown_once_with_its_reason():
    # 反映 for 反应: an 易混用法 with its reason, and a real-word 错别字 by its neighbours
    assert [(f.rule, f.text, f.suggestion) for f in wording("要把群众反应的问题解决好。")] == [("usage", "反应", "反映")]


def test_a_formulation_written_wrong_is_shown_once_as_the_formulation():
    found = [(f.rule, f.text, f.suggestion) for f in wording("推动乡村振星战略落地见效。")]
    assert found == [("term", "乡村振星战略", "乡村振兴战略")]


def test_two_slips_in_one_line_are_two_findings():
    found = wording("要规范权利运行，把群众反应的问题解决好。")
    assert [(f.rule, f.text) for f in found] == [("usage", "权利"), ("usage", "反应")]


def test_a_slip_ignored_does_not_come_back_under_another_rule():
    assert wording("要把群众反应的问题解决好。", ignored=frozenset({"usage:反应"})) == []


@pytest.mark.parametrize("line", ["要把群众反应的问题解决好。", "推动乡村振星战略落地见效。"])
def test_the_finding_shown_is_as_grave_as_the_gravest_rule_alone(line):
    alone = [f for rule in WORDING for f in wording(line, rules={rule})]
    shown = wording(line)
    assert len(shown) == 1 and len(alone) > 1
    assert GRAVITY[shown[0].severity] == min(GRAVITY[f.severity] for f in alone)


def test_each_rule_alone_still_reports_its_slip():
    # the bench and a rule's own tests ask one rule: it answers for the slip a full check shows under another
    assert [(f.text, f.suggestion) for f in wording("要把群众反应的问题解决好。", rules={"typo"})] == [("群众反应", "群众反映")]
