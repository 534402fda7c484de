"""The 错别字 rule's context route (typo.context_candidates, charlm.py): a character real text does not
write beside its neighbours, for which a 同音/形近 character makes running text far more probable under
a character language model of real official writing, and a dictionary word, is flagged with that word;
reduplication, set phrases, list items, quoted coinages and words written twice are not."""

from speechwriter.check import Para, Text, charlm, ngram, run_checks, typo
from speechwriter.check.typo import AROUND


def around(line: str) -> list[tuple[str, str]]:
    """(as written, right word) of the context route's candidates in `line`."""
    return [(line[s:e], right) for _, _, s, e, right, _ in typo.context_candidates(line, typo.indexed_lexicon())]


def test_a_slip_inside_running_text_is_flagged_with_the_word_its_context_wants():
    assert around("全面加强基层党组织见设，推动高质量发展。") == [("见设", "建设")]
    assert around("进一步优化营商环竟，激发市场活力。") == [("环竟", "环境")]
    assert around("要立足资源秉赋，坚持先立后破。") == [("秉赋", "禀赋")]   # (jieba lists the slip 54 times)
    # a look-alike glyph (置/署: loose.tsv) where the text leaves no doubt
    assert around("对党中央决策部置贯彻落实不力的，要严肃问责。") == [("部置", "部署")]


def test_a_character_like_the_right_one_in_neither_sound_nor_shape_needs_overwhelming_context():
    # (攻/政: no table relates them; the text leaves no doubt, and 政府 is among the commonest words)
    assert around("更好发挥攻府作用，构建高水平社会主义市场经济体制。") == [("攻府", "政府")]
    # a name, a firm's name or a newer word is not that sure (查品洋 → 食品, 国寿人 → 国家: bench speeches)
    assert around("包括查品洋校长在内的一届班子。这是我们每一个国寿人的责任与骄傲。") == []


def test_the_finding_names_the_route_and_keeps_exact_offsets():
    line = "对党中央决策部置贯彻落实不力的，要严肃问责。"
    findings = [f for f in run_checks(Text([Para(line)]), rules={"typo"}) if AROUND in f.message]
    assert [(f.text, f.suggestion, line[f.start:f.end]) for f in findings] == [("部置", "部署", "部置")]


def test_the_right_text_is_left_alone():
    for line in ("全面加强基层党组织建设，推动高质量发展。", "进一步优化营商环境，激发市场活力。",
                 "对党中央决策部署贯彻落实不力的，要严肃问责。"):
        assert around(line) == []


def test_reduplication_set_phrases_and_words_of_official_writing_are_left_alone():
    assert around("节日期间，全市平安祥和，秩序井然。") == []        # (no 安祥 in 平安祥和)
    assert around("我们走着走着，就看到了希望。这项工作要抓紧抓实，一抓到底。") == []
    # 治税: the dictionary has it (6 times) and real text does not — a higher score is needed than 治水 gets
    assert around("大力推进依法治税，强化税收征管。") == []


def test_quoted_coinages_and_items_of_a_list_are_left_alone():
    assert around("巩固“三去一降一补”成果。") == []
    assert around("学习文昌、杨善洲、张富清这样的英雄模范。") == []   # (张富清 → 福清: a name in a list)


def test_a_window_written_twice_in_the_text_is_meant():
    line = "对党中央决策部置贯彻落实不力的，要严肃问责。"
    once = run_checks(Text([Para(line)]), rules={"typo"})
    twice = run_checks(Text([Para(line), Para("各地部置情况另行通报。")]), rules={"typo"})
    assert any(f.text == "部置" for f in once)
    assert not any(f.text == "部置" for f in twice)


def test_the_language_model_prefers_the_text_real_writing_has():
    grams, counts = charlm.table(), ngram.counts()
    assert grams is not None and counts is not None
    assert grams.count("改革开放") > 100 and grams.count("改革开发") == 0
    # a long history real text never continues so (改革开 → 发) costs far more than the pair 开发 alone says
    wrong = charlm.window_log_p("坚持改革开发", 5, grams, counts)
    right = charlm.window_log_p("坚持改革开放", 5, grams, counts)
    assert right - wrong > 5


def test_a_table_built_here_reads_back_what_it_counted():
    grams = charlm.Table(_cells(charlm.build(["改革开放不断深化", "改革开放不断深化", "推动高质量发展"])))
    assert grams.count("改革开放") >= 2 and grams.count("革开放") >= 2
    assert grams.count("推动高质") == 0   # (seen once: left out)
    assert grams.count("改革开发") == 0


def _cells(data: bytes):
    from array import array

    cells = array("H")
    cells.frombytes(data[charlm._HEADER.size:])
    return cells


def test_without_the_table_the_route_is_silent_and_the_check_still_runs(monkeypatch):
    monkeypatch.setattr(charlm, "table", lambda: None)
    assert around("全面加强基层党组织见设，推动高质量发展。") == []
    assert isinstance(run_checks(Text([Para("全面加强基层党组织见设，推动高质量发展。")])), list)


def test_a_table_file_cut_short_or_of_another_format_is_not_read(tmp_path, monkeypatch):
    (tmp_path / "check").mkdir()
    path = tmp_path / "check" / charlm.PREBUILT
    monkeypatch.setattr(charlm, "resources_dir", lambda: tmp_path)
    good = (charlm._HEADER.pack(charlm.MAGIC, charlm.FORMAT, charlm.SLOTS) + bytes(2 * charlm.SLOTS))
    try:
        for data in (good[:1000], b"not a table", charlm._HEADER.pack(charlm.MAGIC, charlm.FORMAT + 1, charlm.SLOTS) +
                     bytes(2 * charlm.SLOTS), b""):
            path.write_bytes(data)
            charlm.table.cache_clear()
            assert charlm.table() is None
        path.unlink()
        charlm.table.cache_clear()
        assert charlm.table() is None
        path.write_bytes(good)
        charlm.table.cache_clear()
        assert charlm.table() is not None   # (the same layout, whole, is read)
    finally:
        charlm.table.cache_clear()


def test_a_word_of_todays_writing_the_dictionary_lacks_may_be_the_correction_of_a_homophone():
    # (禁渔: jieba has it twice, real text 95 times)
    assert around("实行长江十年禁鱼，保护水生生物。") == [("禁鱼", "禁渔")]
    assert around("长江十年禁渔，保护水生生物。") == []
    # a look-alike so made is as often a name the counts hold: 益海嘉里 is a firm, not 前海
    assert around("推进益海嘉里谷氨酸项目建设。") == []
