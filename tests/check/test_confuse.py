"""易混用法 by context (confuse.py): a real word written where its confusable twin is meant (一致强大的部队 for
一支, 应急相应 for 响应, 监督指责 for 职责), judged by a classifier of the words around it learnt from real text, and
flagged only where it is confident. Right text, quoted words, phrases the text writes twice and the usage rule's
house-style variants are left alone."""

from speechwriter.check import Para, Text, confuse, run_checks, usage


def slips(line: str) -> list[tuple[str, str]]:
    """(as written, twin meant) of the classifier's findings in `line`, at the shipped margin."""
    return [(line[s:e], twin) for s, e, twin, _ in confuse.candidates(line)]


def usage_findings(*lines: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in usage.check(Text([Para(line) for line in lines]))]


def test_a_twin_written_for_the_word_meant_is_flagged_with_the_word():
    assert slips("努力建设一致强大的现代化部队。") == [("一致", "一支")]
    assert slips("将防汛应急相应提升至三级。") == [("相应", "响应")]
    assert slips("航天员在问天阁与中外记者负面。") == [("负面", "见面")]
    assert slips("学生们手持中匈两国国企夹道欢迎。") == [("国企", "国旗")]
    assert slips("认真履行监督指责，切实加强作风建设。") == [("指责", "职责")]


def test_the_finding_is_a_usage_finding_with_the_twin_as_suggestion():
    found = [f for f in run_checks(Text([Para("努力建设一致强大的现代化部队。")])) if f.rule == "usage"]
    assert [(f.text, f.suggestion, f.severity) for f in found] == [("一致", "一支", "warning")]
    assert "易混" in found[0].message and "一支" in found[0].message


def test_the_right_words_are_left_alone():
    for line in ("努力建设一支强大的现代化部队。", "将防汛应急响应提升至三级。", "航天员在问天阁与中外记者见面。",
                 "学生们手持中匈两国国旗夹道欢迎。", "认真履行监督职责，切实加强作风建设。",
                 "公民依法享有的权利受法律保护。", "当前经济形势总体向好。", "国务院日前印发《关于进一步优化营商环境的意见》。",
                 "双方在重大问题上看法一致。", "制定相应的配套措施。", "坚决防止出现负面影响。", "深化国有企业改革，做强做优国企。",
                 "坚持以人民为中心的发展思想。", "要加强对权力运行的制约和监督。"):
        assert slips(line) == [], line


def test_a_word_inside_quotes_is_left_alone():
    assert slips("他们把这支队伍叫作“一致强大的现代化部队”。") == []
    assert slips("认真学习《努力建设一致强大的现代化部队》一文。") == []


def test_a_place_the_text_writes_twice_is_meant():
    once = "努力建设一致强大的现代化部队。"
    assert usage_findings(once) == [("一致", "一支")]
    assert usage_findings(once, "我们要建设一致强大的队伍。") == []


def test_the_usage_rules_pattern_speaks_first():
    # (权利运行: the pattern of usage.PAIRS gives its reason; the classifier adds no second finding)
    found = usage_findings("要加强对权利运行的制约和监督。")
    assert found == [("权利", "权力")]


def test_house_style_variants_are_no_pairs():
    tab = confuse.table()
    assert tab is not None
    for word, other in (("作出", "做出"), ("制定", "制订"), ("其他", "其它"), ("账户", "帐户")):
        assert other not in tab.twins.get(word, ()), word


def test_the_table_is_small():
    from speechwriter.paths import resources_dir

    assert (resources_dir() / "check" / confuse.PREBUILT).stat().st_size < 2_000_000


def test_pairs_are_made_from_frequent_words_one_confusable_character_apart():
    from collections import Counter

    from speechwriter.check.build_confuse import MIN_WORD, confusion_pairs

    often = MIN_WORD + 1
    counts = Counter({"权利": often, "权力": often, "作出": often, "做出": often, "制定": often, "制订": often,
                      "形势": often, "形式": often, "经济": often, "惊喜": often, "响应": often, "相应": MIN_WORD - 1})
    pairs = confusion_pairs(counts)
    pairs_as_sets = {frozenset(pair) for pair in pairs}
    assert {frozenset(("权利", "权力")), frozenset(("形势", "形式"))} <= pairs_as_sets
    assert frozenset(("作出", "做出")) not in pairs_as_sets   # (house style, not a slip)
    assert frozenset(("制定", "制订")) not in pairs_as_sets
    assert not any("经济" in pair for pair in pairs)   # (two characters apart from 惊喜)
    assert not any("响应" in pair for pair in pairs)   # (相应 too seldom written to learn from)
