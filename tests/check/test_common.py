"""The 错别字 rule's common-character route (typo.common_candidates): two characters that are each a common
word of their own (给/于, 参/予), written side by side where real text never writes them, one 同音/形近
character from a word real text writes often, beside the neighbours the window has — judged by the
character model and the dictionary over the sentence. Right text, words the dictionary has, names in a
short list, quoted coinages and reduplication are left alone."""

from speechwriter.check import Para, Text, run_checks, typo
from speechwriter.check.typo import AROUND


def common(line: str) -> list[tuple[str, str]]:
    """(as written, right word) of the common-character route's candidates in `line`."""
    return [(line[s:e], right) for _, _, s, e, right, _ in typo.common_candidates(line, typo.indexed_lexicon())]


def test_two_common_characters_one_sound_from_a_frequent_word_are_flagged():
    assert common("对困难企业给于政策支持。") == [("给于", "给予")]
    assert common("鼓励群众积极参予社区治理。") == [("参予", "参与")]
    assert common("组织群众参予到志愿服务中来。") == [("参予", "参与")]


def test_the_finding_names_the_route_and_keeps_exact_offsets():
    line = "要广泛参予国际合作。"
    findings = [f for f in run_checks(Text([Para(line)]), rules={"typo"}) if AROUND in f.message]
    assert [(f.text, f.suggestion, line[f.start:f.end]) for f in findings] == [("参予", "参与", "参予")]


def test_the_right_text_is_left_alone():
    for line in ("对困难企业给予政策支持。", "鼓励群众积极参与社区治理。", "要广泛参与国际合作。",
                 "属于第三世界。", "把希望寄托于人民。", "至于怎么办，由大家讨论。"):
        assert common(line) == []


def test_words_of_official_writing_and_set_phrases_are_left_alone():
    assert common("节日期间，全市平安祥和，秩序井然。") == []      # (no 安祥 in 平安祥和)
    assert common("大力推进依法治税，强化税收征管。") == []        # (治税: the dictionary has it)
    assert common("法规未明确禁入的行业和领域。") == []            # (禁入 → 进入: real text never has 禁入的)
    assert common("工作抓而不细、抓而不实。") == []


def test_quoted_coinages_and_short_items_of_a_list_are_left_alone():
    assert common("巩固“三去一降一补”成果。") == []
    assert common("加强对龙溪、海澄、长乐等地的指导。") == []


def test_a_window_written_twice_in_the_text_is_meant():
    once = run_checks(Text([Para("要广泛参予国际合作。")]), rules={"typo"})
    twice = run_checks(Text([Para("要广泛参予国际合作。"), Para("参予各方另行通知。")]), rules={"typo"})
    assert any(f.text == "参予" for f in once)
    assert not any(f.text == "参予" for f in twice)


def test_the_prebuilt_words_are_what_build_common_writes():
    from speechwriter.check import build_common
    from speechwriter.paths import resources_dir

    written = (resources_dir() / "check" / typo.COMMON_WORDS).read_text(encoding="utf-8").split()
    assert written == build_common.words()
    assert "给予" in written and "参与" in written
