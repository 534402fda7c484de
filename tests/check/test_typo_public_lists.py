"""The 错别字 pairs taken from public lists of common misspellings (《咬文嚼字》's 100 common 别字 and its yearly
十大语文差错, proof-readers' and newsrooms' lists of slips, exam lists of 易错成语; resources/check/typos.tsv, each
group under its source): the slip is flagged with its right form, the right form is left alone, and the words a
wrong form runs across in right text (一批露营地 holds 批露, 科创版图 holds 科创版) raise nothing."""

from pathlib import Path

import pytest

from speechwriter.check import check_text
from speechwriter.check.lists import entries

TYPOS = Path(__file__).resolve().parents[2] / "resources" / "check" / "typos.tsv"
MARK = "以下各组取自公开的"


def found(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.suggestion) for f in check_text(text, rules={"typo"})]


@pytest.mark.parametrize("wrong, right, sentence", [
    ("实事求事", "实事求是", "我们要坚持{}的原则。"),
    ("心须", "必须", "做到{}有数，工作才有底气。"),
    ("贫团人口", "贫困人口", "全县{}全部脱贫。"),
    ("人大党委会", "人大常委会", "市{}听取专项工作报告。"),
    ("常驻人口", "常住人口", "全市{}达到一百万。"),
    ("土地流传", "土地流转", "稳妥推进{}。"),
    ("经济实用房", "经济适用房", "建设一批{}。"),
    ("阴奉阳违", "阳奉阴违", "坚决防止{}、搞变通。"),
    ("契而不舍", "锲而不舍", "以{}的精神抓落实。"),
    ("严惩不怠", "严惩不贷", "对顶风违纪者{}。"),
    ("戮力同心", "勠力同心", "全市上下{}，攻坚克难。"),
    ("一份子", "一分子", "作为大家庭的{}，要尽一份力。"),
    ("阀值", "阈值", "设定预警{}。"),
    ("挤出实践", "挤出时间", "领导干部要{}学习。"),
    ("世外桃园", "世外桃源", "这里宛如{}。"),
    ("震奋人心", "振奋人心", "这是一个{}的消息。"),
    ("一年之季", "一年之计", "{}在于春。"),
    ("主弦律", "主旋律", "唱响{}，弘扬正能量。"),
    ("天翻地复", "天翻地覆", "家乡发生了{}的变化。"),
    ("首曲一指", "首屈一指", "产值在全省{}。"),
    ("扫黑险恶", "扫黑除恶", "深入开展{}专项斗争。"),
    ("慰籍", "慰藉", "给群众带来心灵的{}。"),
    ("收关", "收官", "确保“十四五”圆满{}。"),
])
def test_a_listed_slip_is_flagged_with_its_right_form_and_the_right_form_is_left_alone(wrong, right, sentence):
    assert (wrong, right) in found(sentence.format(wrong))
    assert found(sentence.format(right)) == []


@pytest.mark.parametrize("text", [
    "新建一批露营地和民宿。",                # 批露 (→ 披露) across 一批 | 露营地
    "已成为长三角科创版图上的耀眼坐标。",    # 科创版 (→ 科创板) across 科创 | 版图
    "周末来了很多游客。",                    # 末来 (→ 未来) across 周末 | 来
    "我们坚决对违法行为说不。",              # 决对 (→ 绝对) across 坚决 | 对
    "清欠收回的企业账款要优先用于农民工工资。",  # 欠收 (→ 歉收) across 清欠 | 收回
    "大家拼凑和拼接的材料。",                # 凑和 (→ 凑合) across 拼凑 | 和
    "对部分进口产品征收关税。",              # 收关 (→ 收官) across 征收 | 关税
    "工程进入验收关键阶段。",                # 收关 across 验收 | 关键
    "将中欧打造成为合作伙伴。",              # 欧打 (→ 殴打) across 中欧 | 打造
    "加快数据要素市场化改革，推进改革开放。",
])
def test_a_wrong_form_running_across_two_right_words_is_no_slip(text):
    assert found(text) == []


def test_forms_that_are_right_words_in_some_context_were_left_out():
    # (改革开发方式, 水网重要结点工程, 签署一年之际, 既使…又使…, 起负作用, 出门带口罩 are right text)
    listed = entries("typos")
    for form in ("改革开发", "重要结点", "一年之际", "既使", "负作用", "带口罩", "综合症", "共度难关"):
        assert form not in listed


def test_every_pair_from_a_public_list_sits_under_its_source():
    lines = TYPOS.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if MARK in line)
    source = None
    pairs = 0
    for line in lines[start + 1:]:
        if line.startswith("# 来源："):
            source = line
            continue
        if not line.strip() or line.startswith("#"):
            continue
        assert source is not None and ("http" in source or "出版社" in source or "GitHub" in source), line
        wrong, right = line.split("\t")[:2]
        assert wrong != right and wrong and right
        pairs += 1
    assert pairs >= 150


def test_each_wrong_form_is_listed_once():
    wrongs = [line.split("\t")[0] for line in TYPOS.read_text(encoding="utf-8").splitlines()
              if line.strip() and not line.startswith("#")]
    assert len(wrongs) == len(set(wrongs))
