"""形近 beyond the whole glyph (bench/glyph_shapes.py --components and --twins → resources/check/components.tsv):
two characters that share their phonetic part beside a different radical (烩/脍, 俊/悛, 馨/罄) or of which one is
a side of the other (旨/诣, 及/岌) are look-alikes, and so is a rare character drawn as a common one (倶 for 俱) —
none of which whole-glyph pixel difference pairs. The 错别字 rule takes them where the right character makes a
word, and leaves the right words, and characters that merely share a radical, alone."""

import pytest

from speechwriter.check import check_text
from speechwriter.check.typo import indexed_lexicon


def typos(text):
    return [(f.text, f.suggestion) for f in check_text(text) if f.rule == "typo"]


@pytest.mark.parametrize("a, b", [("烩", "脍"), ("滑", "猾"), ("诌", "绉"), ("旨", "诣"), ("及", "岌")])
def test_characters_sharing_a_component_are_look_alikes(a, b):
    lex = indexed_lexicon()
    assert b in lex.shapes[a] and a in lex.shapes[b]   # (滑/猾 sound alike too: their relation says 同音)


def test_a_rare_character_is_a_look_alike_of_a_common_one_written_for_it_but_not_the_other_way():
    lex = indexed_lexicon()
    assert lex.relation("俊", "悛") == "形近" and lex.relation("烩", "脍") == "形近"   # (怙恶不俊, 烩炙人口)
    assert lex.relation("悛", "俊") is None
    assert lex.relation("結", "结") is None   # (an old text's traditional 結 is no slip)
    assert lex.twins.get("倶") == "俱" and lex.relation("倶", "俱") is None   # (typo_twin.py's)


@pytest.mark.parametrize("a, b", [("药", "菜"), ("别", "刮"), ("烤", "烩")])
def test_a_shared_radical_alone_makes_no_look_alikes(a, b):
    # (艹, 刂, 火: the radical a clerk keeps while the phonetic part changes is no slip of the pen)
    assert indexed_lexicon().relation(a, b) is None


@pytest.mark.parametrize("text, slip, right", [
    ("这部作品烩炙人口，流传很广。", "烩炙", "脍炙"),
    ("对这种人要揭露，怙恶不俊，必须严惩。", "俊", "悛"),
    ("我们要以与时倶进的精神状态推进改革。", "倶", "俱"),
    ("中华人民共和囯成立以来，", "囯", "国"),
])
def test_a_slip_sharing_a_component_with_the_right_character_is_flagged(text, slip, right):
    assert any(slip in found and right in suggestion for found, suggestion in typos(text)), typos(text)


def test_the_right_words_and_characters_that_share_a_component_in_their_own_words_are_left_alone():
    assert typos("三月五日签订的协定，团結、斗爭的形式，阶級、高級合作社。") == []   # (an old text's 結 爭 級 are no slips)
    assert typos("这部作品脍炙人口，流传很广。我们要以与时俱进的精神状态推进改革。更何况时间紧、任务重，"
                 "村里的驻村干部住在农户家里，清理了河道，请群众监督。岌岌可危的局面已经扭转，"
                 "他苦心孤诣，罄竹难书的罪行终被清算，馨香满园。") == []


def test_the_table_is_read_both_ways_and_the_side_column_is_no_character(tmp_path, monkeypatch):
    from speechwriter.check import lexicon

    (tmp_path / "check").mkdir()
    (tmp_path / "check" / lexicon.COMPONENTS).write_text(
        f"# 共用部件\n烩\t脍\t右\n俊\t悛\t下\n结\t結\t右\n倶\t俱\t{lexicon.TWIN_TAG}\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "resources_dir", lambda: tmp_path)
    pairs = lexicon.component_pairs({"烩", "脍", "俊", "结", "俱"})
    assert pairs["脍"] == {"烩"} and pairs["烩"] == {"脍"}
    assert pairs["俊"] == {"悛"} and "悛" not in pairs   # (俊 written for 悛, not the rare 悛 for 俊)
    assert pairs["结"] == {"結"} and "結" not in pairs   # (an old text's 結 is no slip for 结)
    assert "俱" not in pairs and "倶" not in pairs   # (the twins are typo_twin.py's)
    assert "右" not in pairs and "下" not in pairs
    assert lexicon.twin_pairs() == {"倶": "俱"}
    assert lexicon._with_components({"己": frozenset("已")}, {"己"})["己"] == {"已"}


def test_the_builder_keeps_pairs_with_a_common_character_and_twins_of_a_common_one(tmp_path, monkeypatch):
    from speechwriter.check import build_lexicon, lexicon

    data, out = tmp_path / "data", tmp_path / "check"
    data.mkdir()
    out.mkdir()
    (data / build_lexicon.COMPONENT_PAIRS).write_text("# 部件\n烩\t脍\t右\n鐏\t竴\t右\n", encoding="utf-8")
    (data / build_lexicon.TWIN_PAIRS).write_text("# 同形\n倶\t俱\t0\n囯\t国\t6\n", encoding="utf-8")
    monkeypatch.setattr(build_lexicon, "DATA", data)
    monkeypatch.setattr(build_lexicon, "OUT", out)
    assert build_lexicon.write_components({"烩", "俱"}) == 2   # (鐏/竴 and 国 not common here)
    rows = [line.split("\t") for line in (out / lexicon.COMPONENTS).read_text(encoding="utf-8").splitlines()
            if not line.startswith("#")]
    assert rows == [["烩", "脍", "右"], ["倶", "俱", lexicon.TWIN_TAG]]


def test_a_word_of_its_own_is_no_slip_of_a_word_sharing_only_a_side_with_it():
    # 再则 is a word (则/创 share 刂, a radical); a clause of it once read 再则 → 再创. A word jieba took in as a
    # slip of the pen still is one where the look-alike is a whole glyph's (毫州 → 亳州).
    assert typos("再则，我们要把工作做细做实，确保各项任务落到实处。") == []
    assert any("毫州" in found and "亳州" in suggestion for found, suggestion in typos("他来自安徽，毫州，是个好地方。"))
