"""形近字 by the glyphs (bench/glyph_shapes.py → bench/data/check/glyph_similar.txt → shapes.tsv rows tagged
点阵): characters whose drawings nearly coincide (己/已/巳, 人/入, 未/末, 士/土) count as look-alikes, and
the 错别字 rule's noisy-channel route takes a look-alike that real text never writes beside its neighbour
for the common word it turns into — without flagging the right characters where real text has them."""

import importlib.util
from pathlib import Path

from speechwriter.check import Para, Text, run_checks, typo

_SPEC = importlib.util.spec_from_file_location("glyph_shapes", Path(__file__).resolve().parents[2] / "bench" / "glyph_shapes.py")
assert _SPEC is not None and _SPEC.loader is not None
glyph_shapes = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(glyph_shapes)


def typos(*paragraphs: str) -> list[tuple[str, str]]:
    return [(f.text, f.suggestion) for f in run_checks(Text([Para(p) for p in paragraphs]), rules={"typo"})]


def test_the_look_alikes_pycorrector_lacked_are_look_alikes_now():
    lex = typo.indexed_lexicon()
    for a, b in ("己已", "己巳", "人入", "未末", "士土"):
        assert lex.relation(a, b) == "形近", (a, b)
    assert lex.relation("开", "住") is None


def test_a_look_alike_slip_real_text_never_writes_is_flagged_with_the_right_word():
    assert ("己经", "已经") in typos("这项改革已经粗具规模，许多地方己经提前实现。")
    assert ("迁徒", "迁徙") in typos("候鸟每年秋天开始迁徒，保护区加强了巡护。")


def test_the_right_characters_are_left_alone_where_real_text_has_them():
    assert typos("许多地方已经提前实现。", "我们各自已经完成了任务，要把自己有限的精力用在工作上。",
                 "戊戌变法失败以后，维新派流亡海外。", "农历己亥年，人口流入地区增多。",
                 "末位淘汰不是目的，未来五年要做好土地流转，士兵们坚守岗位。") == []


def _glyph(rows: list[str]) -> int:
    """A 32×32 bitmap from rows of '#' (drawn from the top left corner)."""
    bits = 0
    for y, row in enumerate(rows):
        for x, ch in enumerate(row):
            if ch == "#":
                bits |= 1 << (y * glyph_shapes.SIZE + x)
    return bits


def test_glyphs_that_differ_by_a_short_stroke_pair_and_different_ones_do_not():
    box = ["##########"] + ["#........#"] * 8 + ["##########"]
    box_with_bar = box[:5] + ["##########"] + box[6:]   # 日-like: a box with a bar across
    cross = ["....#....."] * 5 + ["##########"] + ["....#....."] * 4
    maps = {"口": _glyph(box), "日": _glyph(box_with_bar), "十": _glyph(cross)}
    pairs = {(a, b) for a, b, _ in glyph_shapes.similar(list(maps), maps, max_miss=10, common=3)}
    assert ("口", "日") in pairs or ("日", "口") in pairs
    assert not any("十" in pair for pair in pairs)


def test_a_grown_glyph_does_not_spill_from_one_row_into_the_next():
    last_column = 1 << (glyph_shapes.SIZE - 1)   # the top row's last pixel
    grown = glyph_shapes.dilate(last_column)
    assert not grown & (1 << glyph_shapes.SIZE)   # (the next row's first pixel)
    assert grown & (1 << (glyph_shapes.SIZE - 2))


def test_tagged_rows_of_the_shapes_table_are_glyph_look_alikes_and_the_others_are_not(tmp_path, monkeypatch):
    from speechwriter.check import lexicon

    (tmp_path / "check").mkdir()
    (tmp_path / "check" / "chars.tsv").write_text("# 读音\n己\tji\n已\tyi\n", encoding="utf-8")
    (tmp_path / "check" / "shapes.tsv").write_text(f"# 形近\n堵\t这\t者\n己\t已\t{lexicon.GLYPH_TAG}\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "resources_dir", lambda: tmp_path)
    shapes, glyphs = lexicon._tables()[1:3]
    assert shapes["己"] == {"已"} and shapes["堵"] == {"这", "者"}
    assert glyphs == {"己": {"已"}, "已": {"己"}}   # (pycorrector's 堵/这 are no glyph look-alikes)
    assert lexicon.GLYPH_TAG not in shapes


def test_the_closest_glyph_pairs_make_look_alikes_and_the_looser_ones_the_loose_table(tmp_path, monkeypatch):
    from speechwriter.check import build_lexicon, lexicon

    data, out = tmp_path / "data", tmp_path / "check"
    data.mkdir()
    out.mkdir()
    (data / build_lexicon.GLYPHS).write_text("# 形近字对\n己\t已\t13\n莱\t菜\t72\n萧\t肃\t60\n", encoding="utf-8")
    monkeypatch.setattr(build_lexicon, "DATA", data)
    monkeypatch.setattr(build_lexicon, "OUT", out)
    common = {"己", "已", "莱", "菜", "萧"}   # (肃 not common: its pair is left out)
    assert build_lexicon.glyph_pairs(common) == [["己", "已", lexicon.GLYPH_TAG]]
    assert build_lexicon.write_loose(common) == 1
    monkeypatch.setattr(lexicon, "resources_dir", lambda: tmp_path)
    assert lexicon.loose_glyphs() == {"莱": "菜", "菜": "莱"}
