from speechwriter.outline.count import count_chars, outline_chars, outline_minutes, section_totals, speaking_minutes
from speechwriter.outline.model import Outline, Section


def test_counts_characters_and_punctuation_not_whitespace():
    assert count_chars("同志们：\n  今天， 我们 召开会议。") == 14
    assert count_chars("2026年 GDP") == 8


def test_speaking_minutes_at_default_and_custom_rate():
    assert speaking_minutes(440) == 2.0
    assert speaking_minutes(300, rate=150) == 2.0


def test_outline_and_section_totals_include_numbers():
    outline = Outline(fields={"称呼": "同志们：", "标题": "不读出来的标题"},
                      sections=[Section("opening", body="今天开会。"),
                                Section("key_points", "抓落实", "要实干。", children=[Section("key_points", "细化", "分解。")])])
    totals = section_totals(outline)
    # 一、抓落实 (5) + 要实干。(4) + （一）细化 (5) + 分解。(3)
    assert totals[outline.sections[1].id][0] == 17
    assert totals[outline.sections[1].children[0].id][0] == 8
    assert outline_chars(outline) == 4 + 5 + 17
    outline.rate = 13
    assert outline_minutes(outline) == 2.0
