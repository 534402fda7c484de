"""The 错别字 rule's noisy-channel route (typo.channel_candidates, ngram.py): a slip real text never
writes, one 同音 character from a common word that fits its neighbours, is flagged; words of today's
official writing that no dictionary lists, phrases cut short and words written twice are not."""

from speechwriter.check import Para, Text, ngram, run_checks, typo


def typos(*paragraphs: str) -> list[tuple[str, str]]:
    return [(f.text, f.suggestion) for f in run_checks(Text([Para(p) for p in paragraphs]), rules={"typo"})]


def test_a_slip_of_the_same_sound_in_a_plain_sentence_is_flagged_with_the_right_word():
    assert ("另售", "零售") in typos("今年社会消费品另售总额稳步增长，市场活力持续释放。")
    assert ("帐蓬", "帐篷") in typos("受灾群众都住进了帐蓬，生活物资供应充足。")


def test_the_finding_says_it_was_judged_by_context():
    findings = run_checks(Text([Para("今年社会消费品另售总额稳步增长。")]), rules={"typo"})
    assert any("上下文" in f.message and f.suggestion == "零售" for f in findings)


def test_words_of_todays_official_writing_that_the_dictionary_lacks_are_left_alone():
    # (抗疫 → 抗议, 堵点, 提质, 驻村: flagged when only the dictionary was asked)
    found = typos("弘扬伟大抗疫精神，打通经济循环的堵点，推动消费提质升级。",
                  "选派驻村第一书记，加强驻村工作队管理。")
    assert found == []


def test_a_phrase_of_lone_characters_is_no_slip():
    # (只减不增, 深学细悟, 40条减到33条: false alarms of the 政府工作报告 and 2020 speeches while tuning)
    assert typos("确保所有行业税负只减不增。", "各级党组织要深学细悟、笃信笃行。", "负面清单由40条减到33条。") == []


def test_a_word_written_twice_in_a_text_is_meant():
    once = typos("今年社会消费品另售总额稳步增长。")
    twice = typos("今年社会消费品另售总额稳步增长。", "另售企业经营状况明显好转。")
    assert ("另售", "零售") in once
    assert all(text != "另售" for text, _ in twice)


def test_the_right_words_themselves_are_not_flagged():
    assert typos("今年社会消费品零售总额稳步增长，受灾群众都住进了帐篷。") == []


def test_without_the_counts_file_the_route_is_silent_and_nothing_breaks(monkeypatch):
    monkeypatch.setattr(ngram, "counts", lambda: None)
    lex = typo.indexed_lexicon()
    assert typo.channel_candidates("今年社会消费品另售总额稳步增长。", lex) == []
    assert isinstance(typos("今年社会消费品另售总额稳步增长。"), list)


def test_a_counts_file_of_another_format_is_not_read(tmp_path, monkeypatch):
    import marshal

    (tmp_path / "check").mkdir()
    (tmp_path / "check" / ngram.PREBUILT).write_bytes(marshal.dumps({"format": ngram.FORMAT + 1}))
    monkeypatch.setattr(ngram, "resources_dir", lambda: tmp_path)
    ngram.counts.cache_clear()
    try:
        assert ngram.counts() is None
    finally:
        ngram.counts.cache_clear()


def test_the_model_prefers_a_pair_real_text_writes():
    counts = ngram.counts()
    assert counts is not None
    assert counts.p("零", "售") > 100 * counts.p("另", "售")
    assert counts.count("抗疫") > 0 and counts.count("另售") == 0
