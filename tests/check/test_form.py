"""Punctuation, placeholders, repeats, 讲N点 and dates: the slips clerks make and the right forms
that look like them."""

import pytest

from speechwriter.check import check_text


def found(text, kind):
    return [(f.text, f.suggestion) for f in check_text(text) if f.rule == kind]


@pytest.mark.parametrize("slip, pair", [("要抓好落实。。", ("。。", "。")), ("要抓好落实，。", ("，。", "。")),
                                        ("加强、、管理", ("、、", "、")), ("一切为了人民.", (".", "。")),
                                        ("第一、要提高认识。", ("、", "，")), ("（一）、加强领导", ("、", "")),
                                        ("他说...好", ("...", "……")), ("这是--转折", ("--", "——"))])
def test_punctuation_doubled_clashing_and_after_numbers(slip, pair):
    assert pair in found(slip, "punctuation")


def test_straight_quotes_become_curly_ones_in_order():
    assert found('学习"两个确立"的意义', "punctuation") == [('"', "“"), ('"', "”")]


@pytest.mark.parametrize("right", ["难道不是吗？！", "增长3,000万元，达到1.5亿元。", "1、加强学习", "第一，要提高认识。",
                                   "这是——转折", "他说……好"])
def test_punctuation_right_forms(right):
    assert found(right, "punctuation") == []


@pytest.mark.parametrize("mark", ["【单位名称】", "〔姓名〕", "＿＿＿", "×月×日", "ＸＸ", "（此处补充典型事例）", "（待补充）"])
def test_placeholders_in_every_form(mark):
    assert [t for t, _ in found(f"今天{mark}召开会议。", "placeholder")] == [mark]


@pytest.mark.parametrize("right", ["二〇〇〇年十月召开。", "二○○○年十月召开。", "【典型案例】某地开展了整治。".replace("某", "本")])
def test_years_and_headings_are_no_placeholders(right):
    assert found(right, "placeholder") == []


@pytest.mark.parametrize("year", ["二○二五", "二O二五", "二Ｏ二五", "二0二五"])
def test_year_written_with_a_circle_or_letter(year):
    assert found(f"{year}年十月", "date") == [(year, "二〇二五")]
    assert found("二〇二五年十月", "date") == []


@pytest.mark.parametrize("right", ["要对对外开放作出新部署。", "坚持实事求是是关键。", "时间很紧很紧。", "走着走着就到了。",
                                   "一代一代传下去。", "达到目的的手段。", "研究研究再说。"])
def test_reduplication_is_no_repeat(right):
    assert found(right, "repeat") == []


@pytest.mark.parametrize("slip, doubled", [("要落实落实好。", "落实落实"), ("我们们要抓好落实。", "们们"),
                                           ("用实实在在在的业绩说话。", "在在")])
def test_slips_that_repeat(slip, doubled):
    assert [t for t, _ in found(slip, "repeat")] == [doubled]


def test_a_paragraph_pasted_twice():
    para = "全市上下要以更加务实的作风抓好各项工作落实。"
    findings = [f for f in check_text(f"同志们：\n{para}\n{para}\n谢谢大家！") if f.rule == "repeat"]
    assert [(f.paragraph, f.suggestion) for f in findings] == [(2, "")]


def test_count_of_points_several_paragraphs_later():
    text = ("同志们：\n下面，我讲三点意见。\n这是一段过渡的话。\n再说一段过渡的话。\n又一段过渡。\n"
            "一、统一思想\n正文。\n二、突出重点\n（一）甲\n（二）乙\n三、狠抓落实\n正文：一是甲；二是乙。\n四、加强保障\n正文。")
    findings = [f for f in check_text(text) if f.rule == "count_mismatch"]
    assert [(f.text, f.suggestion) for f in findings] == [("三", "四")]
    assert "后面实际有四点" in findings[0].message
    assert not [f for f in check_text(text.replace("三点", "四点")) if f.rule == "count_mismatch"]


def test_run_in_list_going_on_at_paragraph_starts_is_counted():
    text = "主要抓好三个方面：一是加快建设。\n二是大力发展。\n三是继续强化。"
    assert found(text, "count_mismatch") == []
    assert found(text.replace("三个方面", "四个方面"), "count_mismatch") == [("四", "三")]


def test_a_new_list_mid_sentence_is_no_numbering_jump():
    assert found("工作有两个特点：一是快，二是好。同时还有一是新，二是实。", "numbering") == []


def test_run_in_list_going_on_at_paragraph_starts_ends_an_older_list():
    text = ("一是加强领导。\n二是完善制度。\n三是强化督查。\n四是严格考核。\n五是营造氛围。\n"
            "抓好节能减排工作：一是突出抓好工业节能。\n二是大力发展循环经济。\n三是加强污染防治。")
    assert found(text, "numbering") == []
    assert found(text.replace("三是加强污染防治", "四是加强污染防治"), "numbering") == [("四是", "三是")]


# a report's three levels: 一、 parts, （一） sections with 第一， points, and a short 一、二、 list inside
# a point (an example written for this test, in the style of the 1950s reports)
_LEVELS = ("关于国民经济计划执行情况的报告\n一、工业生产\n（一）关于重工业\n第一，钢铁生产要继续增长。\n"
           "第二，煤炭生产要保证供应，为此要做到：\n一、加快新井建设。\n二、改进老井的技术装备。\n"
           "第三，电力建设要走在前面。\n（二）关于轻工业\n第一，纺织工业要充分利用现有设备。\n"
           "二、农业生产\n（一）关于粮食\n第一，要扩大播种面积。\n第二，要提高单位面积产量。\n三、交通运输")


def test_a_list_nested_inside_points_of_a_section_is_no_numbering_slip():
    assert found(_LEVELS, "numbering") == []


def test_slips_of_a_multi_level_report_are_still_found():
    assert found(_LEVELS.replace("第三，电力", "第四，电力"), "numbering") == [("第四，", "第三，")]
    assert found(_LEVELS.replace("（二）关于轻工业", "（三）关于轻工业"), "numbering") == [("（三）", "（二）")]
    assert found(_LEVELS.replace("三、交通运输", "四、交通运输"), "numbering") == [("四、", "三、")]
