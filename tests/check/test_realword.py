"""The 错别字 rule's real-word route (realword.py): a character that makes a real word, but not the one meant
(权利运行 for 权力运行, 群众反应 for 群众反映, 收人分配 for 收入分配), flagged only where real text writes a 同音/
形近 character between the same two neighbours many times and the runs as written never. Right text, the
variants the usage rule treats as house style, items of a 、 list and quoted coinages are left alone."""

from speechwriter.check import Para, Text, realword, run_checks, typo


def real(line: str) -> list[tuple[str, str]]:
    """(as written, right word) of the real-word route's candidates in `line`."""
    return [(line[s:e], right) for _, _, s, e, right, _ in realword.candidates(line, typo.indexed_lexicon())]


def test_a_real_word_in_the_wrong_place_is_flagged_with_the_word_meant():
    assert real("要加强对权利运行的制约和监督。") == [("权利", "权力")]
    assert real("着力解决群众反应强烈的突出问题。") == [("群众反应", "群众反映")]
    assert real("完善收人分配制度，提升消费能力。") == [("收人", "收入")]
    assert real("引导宗教与社会主义社会向适应。") == [("向适应", "相适应")]


def test_a_character_that_makes_no_word_with_the_substitute_spans_the_word_written():
    # (a finding of 河 alone would be taken for meant wherever the text writes 河 again)
    assert real("我国空间站天河核心舱发射成功。") == [("天河", "天和")]
    assert real("我国空间站天和核心舱发射成功。") == []


def test_the_right_text_is_left_alone():
    for line in ("要加强对权力运行的制约和监督。", "着力解决群众反映强烈的突出问题。", "及时反映群众诉求。",
                 "深化收入分配制度改革。", "与社会主义社会相适应。", "要切实维护群众的合法权益。",
                 "依法保障公民的各项权利。", "坚持以人民为中心的发展思想。", "扎实推进共同富裕。",
                 "加快建设现代化经济体系。", "全面推进乡村振兴。", "党中央高度重视安全生产工作。"):
        assert real(line) == [], line


def test_variants_of_house_style_are_the_usage_rules():
    # (做出/作出, 它们/他们, 成份/成分: hints of the usage rule, never this route's slips)
    assert real("为促进共同发展做出了新贡献。") == []
    assert real("鼓励它们继续发展。") == []
    assert real("多种经济成份共同发展。") == []


def test_items_of_a_list_and_quoted_coinages_are_left_alone():
    assert real("大力发展生产型服务业、生活型服务业和劳动密集型产业。") == []
    assert real("建设三门峡的水利、水力枢纽工程。") == []


def test_the_finding_is_a_typo_with_the_word_meant_and_exact_offsets():
    line = "要加强对权利运行的制约和监督。"
    findings = [f for f in run_checks(Text([Para(line)]), rules={"typo"}) if realword.HOW in f.message]
    assert [(f.rule, f.text, f.suggestion, line[f.start:f.end]) for f in findings] == [("typo", "权利", "权力", "权利")]


def test_a_word_written_the_same_way_twice_in_the_text_is_meant():
    twice = Text([Para("要加强对权利运行的制约和监督。"), Para("权利运行的边界由法律规定。")])
    assert not any(realword.HOW in f.message for f in run_checks(twice, rules={"typo"}))


def test_without_its_table_the_route_is_off(monkeypatch):
    monkeypatch.setattr(realword, "middles", lambda: None)
    assert real("要加强对权利运行的制约和监督。") == []


def test_the_table_keeps_what_real_text_writes_between_two_neighbours_often():
    table = realword.load(realword.build(["改革开放不断深化"] * realword.MIN_MIDDLE + ["改革开发区"]))
    assert table is not None
    assert table.get("开", "不") == "放" and table.get("革", "放") == "开"
    assert table.get("开", "区") == ""   # (开发区 seen once: not kept)
    assert realword.load(b"not a table") is None
    assert realword.middles() is not None   # (the prebuilt table ships)
