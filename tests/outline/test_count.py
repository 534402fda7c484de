from speechwriter.outline.count import count_chars, outline_chars, outline_minutes, section_totals, speaking_minutes
from speechwriter.outline.tree import Outline, Section


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


def _unfinished_outline(target: int | None = None) -> Outline:
    """A draft whose heading uses a field not filled in yet (the page shows 〔会议名称〕)."""
    return Outline(fields={"标题": "在会议上的讲话", "称呼": "同志们："}, target_minutes=target,
                   sections=[Section("key_points", "关于{{ 会议名称 }}的意见", "我们要认真贯彻。" * 30)])


def test_the_check_counts_the_outline_as_the_status_bar_does():
    """The 517/523 case: a placeholder 〔会议名称〕 was counted by the 校对 and not by the status bar."""
    from speechwriter.check import text_from_outline

    outline = _unfinished_outline()
    printed = text_from_outline(outline)
    spoken = "".join(p.text for p in printed.paragraphs if p.kind not in ("title", "subtitle", "meta"))
    assert "〔会议名称〕" in spoken
    assert outline_chars(outline) == count_chars(spoken) == printed.chars()
    assert section_totals(outline)[outline.sections[0].id][0] == count_chars(spoken) - len("同志们：")


def test_the_check_judges_the_length_at_the_outline_rate():
    from speechwriter.check import run_checks, text_from_outline

    outline = _unfinished_outline(target=1)
    chars = outline_chars(outline)
    outline.rate = chars - 10     # a little over one minute at this rate …
    [finding] = [f for f in run_checks(text_from_outline(outline)) if f.rule == "length"]
    assert f"全文 {chars} 字，按每分钟 {chars - 10} 字" in finding.message
    outline.rate = chars + 10     # … and within it at a faster one
    assert not [f for f in run_checks(text_from_outline(outline)) if f.rule == "length"]
