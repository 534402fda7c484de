"""The shared guards of the wording routes (speechwriter/check/guards.py): names, coinages, phrases a window
cuts into and deliberate short forms of official writing are left alone, while the slips beside them are
still flagged — and tasks numbered on across their headings are no numbering slip."""

import pytest

from speechwriter.check import check_text
from speechwriter.check.guards import in_parallel, short_form_seen, term_guarded, typo_guarded


def found(text, kind):
    return [(f.text, f.suggestion) for f in check_text(text) if f.rule == kind]


@pytest.mark.parametrize("right", [
    "充分发挥城投公司的融资作用，多方筹措资金。",            # a name before 公司
    "各县上报的数据，经州数据资源主管部门审核后，统一发布。",   # a preposition before a level of government
    "鼓励农户“依田而居、靠菜致富”，把蔬菜做成大产业。",       # a quoted four-character slogan
    "全县上下凝心聚力、攻坚克难，完成了全年任务。",           # 凝心聚力 is what the window cuts into
    "治水要以蓄为主，以排为辅，统筹上下游。",                 # a parallel coinage
])
def test_typo_leaves_names_and_coinages_alone(right):
    assert found(right, "typo") == []


@pytest.mark.parametrize("slip, pair", [
    ("我们要抓紧按装设备，确保如期投产。", ("按装", "安装")),
    ("干部群众干得汗流夹背，完成了任务。", ("汗流夹背", "汗流浃背")),
    ("要坚决反对阴谋鬼计，维护团结。", ("阴谋鬼计", "阴谋诡计")),
])
def test_typo_slips_beside_the_guards_are_still_flagged(slip, pair):
    assert pair in found(slip, "typo")


@pytest.mark.parametrize("line, wrong, right, guarded", [
    ("充分利用城投公司这一平台", "城投", "城头", True),
    ("经州数据资源主管部门同意", "经州", "荆州", True),
    ("引大（大通河）入秦（秦王川）工程", "入秦", "入侵", True),
    ("深入开展“信易贷”，创新守信激励", "易贷", "一代", True),      # a short quoted term
    ("打造普光气田勘探基地", "普光", "曝光", True),
    ("全区上下凝心聚力、迎难而上", "上下凝心", "上下一心", True),
    ("幼有所育、学有优教、劳有所得", "优教", "幽教", True),
    ("我们要按装空调", "按装", "安装", False),
    ("他说“我们要按装空调，做好准备”", "按装", "安装", False),    # quoted speech is no term
    ("要大力宏扬、大力推进", "宏扬", "弘扬", False),         # a shared word makes a list, not a coinage
    ("加强管里、加强监督", "管里", "管理", False),
])
def test_typo_guard_reasons(line, wrong, right, guarded):
    start = line.index(wrong)
    assert typo_guarded(line, start, start + len(wrong), right) is guarded


def test_parallel_needs_two_shared_places_for_a_whole_phrase():
    line = "应当以蓄为主，以排为辅"
    start = line.index("以蓄为主")
    assert in_parallel(line, start, start + 4, (start + 1,))
    line = "做到精益求精、一丝不勾"
    start = line.index("一丝不勾")
    assert not in_parallel(line, start, start + 4, (start + 3,))


@pytest.mark.parametrize("right", [
    "始终把人民对美好生活向往的奋斗目标放在心上。",            # one 的 left out before the next
    "不断满足人民对美好生活的新向往。",                        # a 新 put after the 的
])
def test_term_leaves_deliberate_short_forms_alone(right):
    assert found(right, "term") == []


@pytest.mark.parametrize("slip, pair", [
    ("坚持以习近平同志为核心党中央的领导。", ("以习近平同志为核心党中央", "以习近平同志为核心的党中央")),
    ("发展全过程人民主。", ("全过程人民主", "全过程人民民主")),
])
def test_term_slips_are_still_flagged(slip, pair):
    assert pair in found(slip, "term")


def test_term_guard_reasons():
    line = "始终牢记人民对美好生活向往的奋斗目标"
    start = line.index("人民")
    assert term_guarded(line, start, line.index("的奋斗"), "人民对美好生活的向往")
    line = "坚持以习近平同志为核心党中央的领导"
    start = line.index("以习")
    assert not term_guarded(line, start, line.index("的领导"), "以习近平同志为核心的党中央")


def test_numbering_goes_on_across_headings():
    text = "\n".join(["一、主要任务", "（一）发展货物贸易", "1.扩大出口。", "2.扩大进口。", "（二）发展服务贸易",
                      "3.深化服务合作。", "4.发展数字贸易。", "（三）优化营商环境", "5.提升通关效率。"])
    assert found(text, "numbering") == []


def test_numbering_still_finds_a_gap_after_a_heading():
    text = "\n".join(["一、主要任务", "（一）发展货物贸易", "1.扩大出口。", "2.扩大进口。", "（二）发展服务贸易",
                      "4.深化服务合作。", "5.发展数字贸易。"])
    assert found(text, "numbering") != []


def test_short_form_that_real_writing_uses():
    # 兴中国梦 is written in real official text; 心党中央 never is; 过程人民 is the formulation's own run
    assert short_form_seen("中华民族伟大复兴中国梦", 8, "中华民族伟大复兴的中国梦")
    assert not short_form_seen("以习近平同志为核心党中央", 9, "以习近平同志为核心的党中央")
    assert not short_form_seen("全过程人民主", 4, "全过程人民民主")
