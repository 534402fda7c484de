"""The readings table of the 错别字 rule (resources/check/chars.tsv) reaches every character of the 通用规范汉字表, so
that a common character written for a rarer standard one is 同音 to it (庚续 → 赓续); the rarer ones are only ever
the character meant, never taken for a slip themselves (赓续 stands). And two slips of the window route: 巳时三刻
is a time of day, not 一时三刻, and 工作巳经 is 巳经 → 已经, not 工作巳 → 工作日."""

from __future__ import annotations

from speechwriter.check import Para, Text, run_checks
from speechwriter.check.build_lexicon import DATA, STANDARD_CHARS, standard_chars
from speechwriter.check.lexicon import STANDARD_TAG, lexicon
from speechwriter.check.typo_lexicon import alike_as_read, strands
from speechwriter.paths import resources_dir


def typo_findings(line: str) -> list[tuple[str, str]]:
    return [(f.text, f.suggestion) for f in run_checks(Text([Para(line)]), rules={"typo"})]


def test_every_standard_character_has_its_readings_and_the_rarer_ones_are_marked():
    standard = standard_chars()
    assert len(standard) == len(set(standard)) == 8105 and (DATA / STANDARD_CHARS).exists()
    lex = lexicon()
    assert not [ch for ch in standard if ch not in lex.readings]
    assert lex.readings["赓"] == ("geng",) and "勠" in lex.readings and "偾" in lex.readings
    assert {"赓", "勠", "偾"} <= lex.rare and not {"庚", "更", "已", "戮"} & lex.rare
    rows = (resources_dir() / "check" / "chars.tsv").read_text(encoding="utf-8").splitlines()
    assert f"赓\tgeng\t{STANDARD_TAG}" in rows and "庚\tgeng" in rows


def test_a_common_character_sounds_like_a_rarer_standard_one_but_not_the_other_way():
    lex = lexicon()
    assert lex.relation("庚", "赓") == "同音"   # a clerk writes 庚 for 赓
    assert lex.relation("赓", "庚") is None       # … but 赓 as written is meant
    assert lex.common("庚") and not lex.common("赓")
    # (the common characters' look-alikes by a shared component stay among common characters as written)
    assert "赓" not in lex.by_component


def test_a_common_character_written_for_a_rarer_standard_one_is_flagged():
    assert typo_findings("我们要庚续红色血脉，传承优良传统。") == [("庚续", "赓续")]


def test_the_rarer_standard_character_written_right_is_left_alone():
    for line in ("我们要赓续红色血脉，传承优良传统。", "全党勠力同心，共创伟业。", "在砥砺奋进中书写新篇章。",
                 "擘画宏伟蓝图。", "更续前缘，更上层楼。", "庚子年春节。"):
        assert typo_findings(line) == [], line


def test_a_time_of_day_is_no_slip_of_a_set_phrase_by_a_reading_the_character_lends_another():
    assert not alike_as_read("巳", "一")   # (巳 is read sì; yǐ is its old stand-in for 已)
    assert alike_as_read("鬼", "诡") and alike_as_read("长", "常")
    for line in ("巳时三刻，大家集合。", "他巳时三刻到达现场。", "辰时出发，巳时到达。"):
        assert typo_findings(line) == [], line
    assert typo_findings("阴谋鬼计，必将败露。") == [("阴谋鬼计", "阴谋诡计")]   # (a 同音 slip as usually read)


def test_the_slip_is_read_with_the_lone_character_beside_it():
    assert typo_findings("工作巳经取得进展。") == [("巳经", "已经")]
    assert typo_findings("我们巳经部署了。") == [("巳经", "已经")]
    assert typo_findings("今天是工作日，大家照常上班。") == []
    tokens = [("工作", 0, 2), ("巳", 2, 3), ("经", 3, 4), ("取得", 4, 6)]
    day = (3, 789.0, 0, 3, "工作日", "形近", 2)
    already = (2, 51289.0, 2, 4, "已经", "同音", 2)
    assert strands(day, [day, already], tokens) and not strands(already, [day, already], tokens)


def test_the_table_marks_readings_no_phrase_gives_and_keeps_the_rarer_characters_out_of_the_look_alikes_keys(
        tmp_path, monkeypatch):
    from speechwriter.check import lexicon as module

    (tmp_path / "check").mkdir()
    (tmp_path / "check" / "chars.tsv").write_text(
        f"# 读音\n巳\tsi,yi{module.UNATTESTED}\n庚\tgeng\n已\tyi\n赓\tgeng\t{STANDARD_TAG}\n", encoding="utf-8")
    (tmp_path / "check" / "shapes.tsv").write_text(f"# 形近\n庚\t赓\n巳\t已\t{module.GLYPH_TAG}\n", encoding="utf-8")
    monkeypatch.setattr(module, "resources_dir", lambda: tmp_path)
    tables = module._tables()
    assert tables.readings["巳"] == ("si", "yi") and tables.attested == {"巳": ("si",)}
    assert tables.rare == {"赓"} and tables.shapes["庚"] == {"赓"} and "赓" not in tables.shapes   # (赓 only as the character meant)
    assert tables.glyphs == {"巳": {"已"}, "已": {"巳"}}


def test_a_rarer_standard_character_is_the_look_alike_of_a_common_one_it_was_drawn_beside():
    lex = lexicon()
    assert lex.relation("营", "菅") == "形近" and lex.relation("菅", "营") is None
    assert not [ch for ch in lex.shapes if ch in lex.rare] and not [ch for ch in lex.glyphs if ch in lex.rare]
