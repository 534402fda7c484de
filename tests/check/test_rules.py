"""Each rule of the 校对, on sentences a clerk writes — and the look-alikes that are not errors."""

import pytest

from speechwriter.check import RULE_IDS, check_text


def kinds(text, rule=None):
    found = check_text(text)
    return [f for f in found if rule is None or f.rule == rule]


@pytest.mark.parametrize("mark", ["××", "XX", "xx", "**", "○○", "某某", "20xx年", "（在此回顾过去一段时间的工作和成绩。）"])
def test_placeholders_are_errors(mark):
    found = kinds(f"今天，{mark}召开全市安全生产工作会议。", "placeholder")
    assert found and found[0].text.rstrip("年") == mark.rstrip("年") and found[0].severity == "error"


def test_chinese_numeral_zero_in_a_date_is_no_placeholder():
    assert not kinds("二〇〇九年十二月二十日，会议召开。", "placeholder")


def test_fields_left_or_broken_are_named():
    found = kinds("在{{ 单位 上讲话。会上{{ 会议名称 }}召开。", "field")
    assert [f.text for f in found] == ["{{ 单位", "{{ 会议名称 }}"]
    assert "少了“}}”" in found[0].message


def test_numbering_gap_repeat_and_mixed_families():
    text = "一、统一思想\n正文。\n二、突出重点\n正文。\n四、狠抓落实\n正文。"
    gap = kinds(text, "numbering")
    assert len(gap) == 1 and gap[0].text == "四、" and gap[0].suggestion == "三、"
    repeat = kinds("一、甲\n正文。\n二、乙\n正文。\n二、丙\n正文。", "numbering")
    assert repeat and repeat[0].paragraph == 4 and repeat[0].suggestion == "三、"
    mixed = kinds("一、甲\n正文。\n二、乙\n正文。\n3.丙\n正文。", "numbering")
    assert mixed and "混用" in mixed[0].message and mixed[0].suggestion == "三、"
    # sub-levels opening and closing are no gap
    assert not kinds("一、甲\n（一）子\n（二）子\n二、乙\n（一）子\n三、丙", "numbering")


def test_numbering_a_paragraphs_list_going_on_inside_it():
    # (from the 2018 脱贫攻坚 speech: "第一，…。第二，…。第三，…" in one paragraph, then a new list)
    text = "第一，从任务看，难度很大。第二，从工作看，问题不少。第三，从干部看，作风不实。\n第一，加强组织领导。\n第二，坚持目标标准。"
    assert not kinds(text, "numbering")
    repeat = kinds("第一，甲。\n第一，乙。", "numbering")
    assert repeat and repeat[0].suggestion == "第二，"


def test_count_mismatch_against_the_points_that_follow():
    text = "下面，我讲五点意见。\n一、甲\n正文。\n二、乙\n三、丙\n四、丁\n五、戊\n六、己"
    found = kinds(text, "count_mismatch")
    assert len(found) == 1 and found[0].text == "五" and found[0].suggestion == "六"
    assert not kinds(text.replace("五点", "六点"), "count_mismatch")
    inline = kinds("我从三个方面作表态：一是加强学习；二是改进作风。", "count_mismatch")
    assert inline and inline[0].suggestion == "两"
    # 第二点 and 多作一点思考 count nothing
    assert not kinds("我的第二点想法是：多作一点思考。\n一是甲。\n二是乙。\n三是丙。", "count_mismatch")


def test_half_width_punctuation_in_chinese_text():
    found = kinds("同志们,今天我们开会;主要任务是(一)总结工作!", "punctuation")
    assert [f.text for f in found] == [",", ";", "(", ")", "!"]
    assert [f.suggestion for f in found] == ["，", "；", "（", "）", "！"]
    assert not kinds("增长3,000万元，达到1.5亿元（约合US$0.2 bn）。", "punctuation")


def test_ordinal_with_a_list_stop():
    assert [f.suggestion for f in kinds("第一、坚持以农业为基础。", "punctuation")] == ["，"]
    # 第一、第二、第三产业: ordinals listed before one noun
    assert not kinds("调整结构势在必行。第一、第二、第三产业的结构都要调整。", "punctuation")


def test_unmatched_pairs():
    found = kinds("学习《党章》和“两个维护的重要意义。", "pairs")
    assert len(found) == 1 and found[0].text == "“"
    assert not kinds("他说：“要读《‘三个代表’重要思想学习纲要》（2003年版）。”", "pairs")


@pytest.mark.parametrize("slip, doubled", [("我们要的的确确", None), ("我们要认认真真抓落实", None), ("大家要常常想一想", None),
                                          ("我们要研究研究这个问题", None), ("谢谢大家！", None), ("看一看，比一比", None),
                                          ("一步一步往前走", None), ("这是我们的的工作", "的的"),
                                          ("我们我们要抓好落实", "我们我们"), ("全面推进全面推进乡村振兴", "全面推进全面推进"),
                                          ("用实实在在在的业绩说话", "在在")])
def test_repeat_but_not_reduplication(slip, doubled):
    found = kinds(slip, "repeat")
    assert [f.text for f in found] == ([doubled] if doubled else [])


def test_doubled_sentence_and_closing():
    found = kinds("要抓好落实。要抓好落实。下一步工作很多。", "repeat")
    assert len(found) == 1 and found[0].text == "要抓好落实。" and found[0].suggestion == ""
    closing = kinds("同志们，让我们共同努力！\n谢谢大家！\n我的发言完毕，谢谢！", "repeat")
    assert len(closing) == 1 and closing[0].paragraph == 2
    assert not kinds("同志们，让我们共同努力！\n谢谢各位领导！谢谢大家！", "repeat")


def test_dates():
    wrong_day = kinds("2025年2月29日召开会议。", "date")
    assert wrong_day and "没有29日" in wrong_day[0].message
    assert not kinds("2024年2月29日召开会议。", "date")
    weekday = kinds("会议定于2025年12月26日（星期四）召开。", "date")
    assert weekday and weekday[0].suggestion == "2025年12月26日（星期五）"
    assert not kinds("会议定于2025年12月26日（星期五）召开。", "date")
    far = kinds("在全市工作会议上的讲话\n（2025年12月26日）\n同志们：\n要在2029年6月1日前完成。", "date")
    assert far and "晚了一年多" in far[0].message
    assert kinds("6月31日前完成。", "date")


def test_terms_and_typos_with_their_right_form():
    term = kinds("为实现第二个百年目标而奋斗。", "term")
    assert term and term[0].suggestion == "第二个百年奋斗目标"
    assert not kinds("为实现第二个百年奋斗目标而奋斗。", "term")
    typo = kinds("要认真布署，再接再励。", "typo")
    assert [(f.text, f.suggestion) for f in typo] == [("布署", "部署"), ("再接再励", "再接再厉")]


def test_clerks_own_list_extends_and_switches_off(tmp_path):
    from speechwriter.check.lists import user_lists_dir

    folder = user_lists_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "typos.tsv").write_text("# 本单位\n应急管里局\t应急管理局\n布署\t-\n", encoding="utf-8")
    found = kinds("市应急管里局要认真布署。", "typo")
    assert [(f.text, f.suggestion) for f in found] == [("应急管里局", "应急管理局")]


def test_a_slip_the_clerk_switched_off_is_flagged_by_no_route():
    from speechwriter.check.lists import user_lists_dir

    sentence = "即然如此，就要抓紧落实。"
    assert [f.text for f in kinds(sentence, "typo")] == ["即然"]   # found by sound, not from the list
    folder = user_lists_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "typos.tsv").write_text("即然\t-\n", encoding="utf-8")
    assert not kinds(sentence, "typo")


def test_every_finding_names_a_known_rule_and_its_place():
    text = "在××会议上的讲话\n同志们：\n下面讲三点意见,请大家的的记住。\n一、甲\n二、乙"
    for f in check_text(text):
        assert f.rule in RULE_IDS and f.severity in ("error", "warning", "info")
        line = text.splitlines()[f.paragraph]
        assert line[f.start:f.end] == f.text
