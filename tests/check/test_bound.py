"""The 错别字 rule's bound route (typo.bound_candidates, lexicon.bound_words): a familiar character
written for the rare one of a word that character is seldom written outside (憬 of 憧憬, 酌 of 斟酌),
in two characters real text never has side by side, is flagged with that word; the right words, and
words real text does write, are not."""

from speechwriter.check import Para, Text, ngram, run_checks, typo


def typos(*paragraphs: str) -> list[tuple[str, str]]:
    return [(f.text, f.suggestion) for f in run_checks(Text([Para(p) for p in paragraphs]), rules={"typo"})]


def test_a_common_character_written_for_a_rare_one_is_flagged_with_the_right_word():
    assert ("憧景", "憧憬") in typos("广大青年对未来充满憧景，立志建功新时代。")
    assert ("邻选", "遴选") in typos("要严格邻选优秀干部充实基层。")
    assert ("斟灼", "斟酌") in typos("对文稿反复斟灼，力求准确。")
    assert ("全释", "诠释") in typos("全释了共产党人的初心使命。")


def test_it_comes_from_the_bound_route_and_says_it_read_the_context():
    lex = typo.indexed_lexicon()
    assert any(word == "憧憬" for _, _, word, _, _ in typo.bound_candidates("对未来充满憧景", lex))
    findings = run_checks(Text([Para("工作作风要镇密细致，不能粗枝大叶。")]), rules={"typo"})
    assert [(f.text, f.suggestion) for f in findings] == [("镇密", "缜密")]
    assert "上下文" in findings[0].message


def test_the_right_words_are_not_flagged():
    assert typos("广大青年对未来充满憧憬。", "要严格遴选优秀干部充实基层。", "对文稿反复斟酌，力求准确。",
                 "他用行动诠释了共产党人的初心使命。", "工作作风要缜密细致。") == []


def test_words_and_phrases_of_real_writing_near_a_bound_word_are_left_alone():
    # (动全 real text writes: 行动全面; a rare character is not taken for a slip of a commoner one:
    # 僮族 was the name of 壮族, not a slip of 侗族)
    assert typos("他用行动全面诠释了初心。", "成立广西僮族自治区。", "会后大家继续讨论。") == []


def test_a_character_is_taken_as_it_is_usually_read():
    # (亢 can be read gang, but is read kang: the name 高岗 is no slip of 高亢)
    assert typos("历史上彭德怀、高岗这些人物的评价问题。") == []


def test_without_the_counts_file_the_route_is_silent(monkeypatch):
    monkeypatch.setattr(ngram, "counts", lambda: None)   # (as when ngram.marshal is missing)
    assert typo.bound_candidates("对未来充满憧景", typo.indexed_lexicon()) == []
