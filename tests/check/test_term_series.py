"""规范表述 beyond one character: the items of a fixed series written in another order, and an ordinal past
the end of its series (a sixth session of a five-year NPC, a plenum a closed Central Committee never held);
the right orders, the other meetings and the deliberate orderings of published texts left alone. Also the
tables' lines each name a source."""

import re

import pytest

from speechwriter.check import check_text
from speechwriter.check.lists import entries
from speechwriter.paths import resources_dir


def term(text):
    return [(f.text, f.suggestion) for f in check_text(text) if f.rule == "term" and f.severity != "info"]


@pytest.mark.parametrize("slip, pair", [
    ("坚持创新、绿色、协调、共享、开放的新发展理念。", ("创新、绿色、协调、共享、开放", "创新、协调、绿色、开放、共享")),
    ("倡导富强、文明、民主、和谐。", ("富强、文明、民主、和谐", "富强、民主、文明、和谐")),
    ("弘扬和平、发展、民主、公平、正义、自由的全人类共同价值。", ("和平、发展、民主、公平、正义、自由", "和平、发展、公平、正义、民主、自由")),
    ("统筹推进伟大斗争、伟大事业、伟大工程、伟大梦想。", ("伟大斗争、伟大事业、伟大工程、伟大梦想", "伟大斗争、伟大工程、伟大事业、伟大梦想")),
    ("增强政治意识、核心意识、大局意识、看齐意识。", ("政治意识、核心意识、大局意识、看齐意识", "政治意识、大局意识、核心意识、看齐意识")),
    ("统筹推进经济建设、政治建设、社会建设、文化建设和生态文明建设。",
     ("经济建设、政治建设、社会建设、文化建设和生态文明建设", "经济建设、政治建设、文化建设、社会建设和生态文明建设")),
    ("坚持马克思列宁主义、毛泽东思想、“三个代表”重要思想、邓小平理论、科学发展观。",
     ("马克思列宁主义、毛泽东思想、“三个代表”重要思想、邓小平理论、科学发展观",
      "马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观")),
])
def test_a_series_in_another_order(slip, pair):
    assert pair in term(slip)


def test_a_word_dropped_from_a_long_formulation_and_a_slip_inside_a_series_of_series():
    assert ("以同志为核心的党中央", "以习近平同志为核心的党中央") in term("以同志为核心的党中央团结带领全党。")
    assert ("以习近平总书记为核心的党中央", "以习近平同志为核心的党中央") in term("以习近平总书记为核心的党中央。")
    slip = "富强、民主、文明、和谐，自由、平等、公正、治法，爱国、敬业、诚信、友善"
    assert (slip, slip.replace("治法", "法治")) in term(f"践行{slip}。")


@pytest.mark.parametrize("right", [
    # published texts: two characters dropped from a long formulation are often another phrase of its own
    "深入贯彻党的二十大精神。", "为建立具有中国特色的社会主义经济体制而努力。",
    "坚持创新、协调、绿色、开放、共享的新发展理念。", "坚定道路自信、理论自信、制度自信、文化自信。",
    "统筹推进经济建设、政治建设、文化建设、社会建设和生态文明建设。",
    # published (bench/data/check/unseen_official): a deliberate ordering, 和 joining the first item
    "把文化自信和道路自信、理论自信、制度自信并列为中国特色社会主义“四个自信”。",
    "加强科技、教育、人才工作。", "创新、协调两个方面。",
])
def test_right_orders_and_other_lists_are_left_alone(right):
    assert term(right) == []


@pytest.mark.parametrize("slip, wrong", [
    ("认真贯彻党的十九届八中全会精神。", "八"), ("出席十四届全国人大六次会议。", "六"), ("全国政协十三届七次会议期间。", "七"),
    ("党的十届四中全会。", "四"), ("党的九届三中全会。", "三"),   # the 10th CC held three plenums, the 9th two
])
def test_an_ordinal_past_the_end_of_its_series(slip, wrong):
    # flagged with no suggestion: 采纳 must not delete the numeral (the right number cannot be known)
    assert (wrong, None) in term(slip)


@pytest.mark.parametrize("right", ["党的十三届九中全会。", "党的十九届七中全会。", "党的二十届四中全会。", "党的十二届三中全会。", "党的十届三中全会。",
                                   "党的九届二中全会。", "党的十九届四中全会。", "党的二十九届四中全会。",
                                   "十四届全国人大五次会议。", "全国政协十四届三次会议。", "市委十一届八次全会。"])
def test_ordinals_within_their_series_are_left_alone(right):
    assert term(right) == []


@pytest.mark.parametrize("name", ["formulas", "terms"])
def test_every_built_in_line_names_its_source(name):
    text = (resources_dir() / "check" / f"{name}.tsv").read_text(encoding="utf-8")
    keys = set(re.findall(r"^#   (\S+)", text, re.M)) | set(re.findall(
        r"^#   (\S+)", (resources_dir() / "check" / "formulas.tsv").read_text(encoding="utf-8"), re.M))
    lines = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    assert lines and all(len(parts) == 3 and parts[2] for parts in lines)
    sources = [parts[2].split("据")[-1] for parts in lines]
    assert all(source in keys for source in sources), [s for s in sources if s not in keys]


def test_a_source_is_no_variant():
    # formulas.tsv's third column is where the line comes from, not a right form of it
    entry = entries("formulas")["绿水青山就是金山银山"]
    assert entry.right == "绿水青山就是金山银山的理念" and entry.note == "二十大报告"
    assert term("牢固树立和践行绿水青山就是金山银山的理念。") == []
