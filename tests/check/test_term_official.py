"""规范表述 of the 党章 (2022), the 宪法 (2018), the 三中全会 (2024), the 经济工作会议 and 政治局 meetings, the 一号文件
and the 2023 主题教育, added to formulas.tsv in session term8: a slip of each is flagged with the right form, the right
form and its legitimate variants are left alone; and a mined phrase's slip is not hidden by a fragment of a run that
starts inside a word. The sentences are our own."""

import pytest

from speechwriter.check import check_text


def found(text):
    return [(f.text, f.suggestion) for f in check_text(text) if f.rule == "term"]


@pytest.mark.parametrize("slip, pair", [
    # a character dropped, doubled, two swapped, one read or drawn alike, the items of a series in another order
    ("坚持五湖四、任人唯贤的原则。", ("坚持五湖四、任人唯贤", "坚持五湖四海、任人唯贤")),
    ("坚持惩前毖后、治治病救人。", ("惩前毖后、治治病救人", "惩前毖后、治病救人")),
    ("坚持破立并举、立先后破。", ("破立并举、立先后破", "破立并举、先立后破")),
    ("要稳就业、稳企业、稳市场、稳预其。", ("稳就业、稳企业、稳市场、稳预其", "稳就业、稳企业、稳市场、稳预期")),
    ("坚持学思想、重实践、强党性、建新功。", ("学思想、重实践、强党性、建新功", "学思想、强党性、重实践、建新功")),
    ("运用监督执纪“三种形态”。", ("监督执纪“三种形态", "监督执纪“四种形态")),   # (the quotes kept as written)
    ("坚持藏粮于地、藏梁于技。", ("藏粮于地、藏梁于技", "藏粮于地、藏粮于技")),
    ("实施更加积极的财政政策适度宽松的货币政策。", ("更加积极的财政政策适度宽松的货币政策", "更加积极的财政政策和适度宽松的货币政策")),
    ("国家尊重和保证人权。", ("国家尊重和保证人权", "国家尊重和保障人权")),
    ("健全全过程人名民主制度体系。", ("健全全过程人名民主制度体系", "健全全过程人民民主制度体系")),
    ("公民的合法的私有财产不受侵范。", ("公民的合法的私有财产不受侵范", "公民的合法的私有财产不受侵犯")),
    ("弘扬执着专注、精益求精、一丝不够、追求卓越的工匠精神。",
     ("执着专注、精益求精、一丝不够、追求卓越", "执着专注、精益求精、一丝不苟、追求卓越")),
    ("统筹山水林田湖草沙一体化保护和系统制理。", ("山水林田湖草沙一体化保护和系统制理", "山水林田湖草沙一体化保护和系统治理")),
])
def test_a_slip_of_an_added_formulation_is_flagged_with_its_right_form(slip, pair):
    assert pair in found(slip)


@pytest.mark.parametrize("right", [
    "坚持五湖四海、任人唯贤，坚持事业为上、公道正派。",
    "党的最高理想和最终目标是实现共产主义。",
    "实施更加积极的财政政策和适度宽松的货币政策。",
    "承接执行更加积极的财政政策、适度宽松的货币政策，持续做好工作。",   # a 、 for the 和 joins the same two
    "坚持稳中求进、以进促稳、先立后破。",
    "聚焦建设更高水平平安中国。",                                     # the 三中全会's wording beside 二十大's 的
    "牢固树立和践行绿水青山就是金山银山的理念。",
    "坚持稳中求进工作总基调。",
    "确保国家粮食安全、确保不发生规模性返贫。",
    "中华人民共和国的一切权力属于人民。",
    "持续深化国防和军队改革。",
    "大力提振消费、提高投资效益，全方位扩大国内需求。",
    "坚持和发展新时代“枫桥经验”。",
    "习近平同志在浙江工作时指示坚持和发展“枫桥经验”。",   # the 2003 wording, before 新时代 (fa5dev)
    "守住不发生系统性风险的底线。",
])
def test_the_right_forms_and_their_variants_are_left_alone(right):
    assert found(right) == []


def test_a_mined_fragment_starting_inside_a_word_does_not_hide_the_whole_run():
    # 续推动经济实现…增长 is a run of its own (of 继续推动/持续推动); its window starts inside 持续 and is dropped, and
    # the whole run's window, 推动经济实现…, is the one flagged
    text = "持续推动经济实现质的有效提升和量的合理长，全年目标顺利完成。"
    assert ("推动经济实现质的有效提升和量的合理长", "推动经济实现质的有效提升和量的合理增长") in found(text)
    assert found("持续推动经济实现质的有效提升和量的合理增长，全年目标顺利完成。") == []


@pytest.mark.parametrize("slip, pair", [
    ("这是总书记亲自部署、亲自谋划、亲自推动的重大战略。", ("亲自部署、亲自谋划、亲自推动", "亲自谋划、亲自部署、亲自推动")),
    ("要顺应自然、尊重自然、保护自然。", ("顺应自然、尊重自然、保护自然", "尊重自然、顺应自然、保护自然")),
])
def test_three_long_items_of_a_mined_enumeration_in_another_order(slip, pair):
    assert pair in found(slip)


@pytest.mark.parametrize("right", [
    "这是总书记亲自谋划、亲自部署、亲自推动的重大战略。",
    "增强做到“两个维护”的思想自觉、政治自觉、行动自觉。",   # another order real text writes (seen): left alone
    "要加强各部门、各地区、各单位的协同。",                     # items of three characters or less come in any order
])
def test_an_enumeration_in_its_order_or_in_an_order_real_text_writes_is_left_alone(right):
    assert found(right) == []
