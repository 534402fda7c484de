"""规范表述 and 易混用法 caught by patterns that hold whatever the place, the body or the words around them
are: a level written twice with no place before it, a 党代会 called a 会议 again, the 和 of a body's name
written 与, a 人大 given its 常委会's organs, the wrong level or peoples of a region, a word of a long
formulation replaced by one that sounds alike, a character of a four-character formulation replaced, and
usage decided by a neighbouring word. Each with its right form, and the right forms and the legitimate
phrases that look like them left alone. The sentences are our own (places and bodies made up where they
can be), not a bench set's."""

import pytest

from speechwriter.check import check_text


def term(text):
    return [(f.text, f.suggestion) for f in check_text(text) if f.rule == "term" and f.severity == "warning"]


def usage(text):
    return [(f.text, f.suggestion) for f in check_text(text) if f.rule == "usage" and f.severity == "warning"]


@pytest.mark.parametrize("slip, pair", [
    ("会上，县县委常委逐一发言。", ("县县委", "县委")),
    ("区区委办公室牵头，各街道配合。", ("区区委", "区委")),
    ("省省委巡视组进驻。", ("省省委", "省委")),
])
def test_a_level_doubled_with_no_place_before_it(slip, pair):
    assert pair in term(slip)


@pytest.mark.parametrize("right", ["实现县县通高速、乡乡通硬化路。", "县委、县政府高度重视。", "该省委常委会召开会议。"])
def test_levels_that_are_not_doubled_are_left_alone(right):
    assert term(right) == []


def test_a_party_congress_is_not_called_a_meeting_again():
    assert ("会议", "") in term("全面贯彻党的二十大会议精神。")
    assert term("全面贯彻党的二十大精神。") == []
    assert term("传达十四届全国人大二次会议精神。") == []


@pytest.mark.parametrize("slip, pair", [
    ("市工业与信息化局印发通知。", ("工业与信息化", "工业和信息化")),
    ("县住房与城乡建设局牵头。", ("住房与城乡建设", "住房和城乡建设")),
    ("由人力资源与社会保障部门负责。", ("人力资源与社会保障", "人力资源和社会保障")),
    ("区文化与旅游局组织演出。", ("文化与旅游", "文化和旅游")),
])
def test_the_and_of_a_body_name_is_not_written_yu(slip, pair):
    assert pair in term(slip)


@pytest.mark.parametrize("right", ["市工业和信息化局印发通知。", "统筹工业与信息化融合。", "推动文化与旅游深度融合。",
                                   "协调发展与改革的关系。", "人力资源社会保障部门负责。"])
def test_phrases_joined_by_yu_are_left_alone(right):
    assert term(right) == []


@pytest.mark.parametrize("slip, pair", [
    ("由市人大办公厅负责会务。", ("人大办公厅", "人大常委会办公厅")),
    ("县人大副秘书长列席。", ("人大副秘书长", "人大常委会副秘书长")),
])
def test_organs_of_the_standing_committee_are_not_the_congress(slip, pair):
    assert pair in term(slip)


def test_the_standing_committee_organs_written_right_are_left_alone():
    assert term("由市人大常委会办公厅负责会务。") == []


@pytest.mark.parametrize("slip, pair", [
    ("他曾在西藏省工作多年。", ("西藏省", "西藏自治区")),
    ("来自新疆维吾尔族自治区的代表。", ("新疆维吾尔族自治区", "新疆维吾尔自治区")),
    ("宁夏自治区党委召开会议。", ("宁夏自治区", "宁夏回族自治区")),
    ("湘西苗族土家族自治州的茶农。", ("湘西苗族土家族自治州", "湘西土家族苗族自治州")),
    ("红河彝族哈尼族自治州。", ("红河彝族哈尼族自治州", "红河哈尼族彝族自治州")),
])
def test_regions_with_the_wrong_level_or_peoples(slip, pair):
    assert pair in term(slip)


@pytest.mark.parametrize("right", ["他曾在西藏自治区工作多年。", "台湾省是中国领土不可分割的一部分。",
                                   "湘西土家族苗族自治州的茶农。", "内蒙古自治区和宁夏回族自治区。", "在北京省下一笔开支。",
                                   "海南省和海南藏族自治州。"])
def test_regions_written_right_are_left_alone(right):
    assert term(right) == []


def test_a_former_name_of_a_region_is_a_hint_not_an_error():
    found = [(f.severity, f.suggestion) for f in check_text("一九五八年成立广西僮族自治区。") if f.rule == "term"]
    assert found == [("info", "广西壮族自治区")]


def test_a_word_of_a_long_formulation_replaced_by_one_that_sounds_alike():
    assert ("中华民族伟大富强战略全局", "中华民族伟大复兴战略全局") in term("统筹中华民族伟大富强战略全局。")


@pytest.mark.parametrize("right", ["全面从严治党一直在路上。", "携手构建两岸命运共同体。", "坚持走中国特色社会主义工会发展道路。",
                                   "统筹中华民族伟大复兴战略全局。"])
def test_another_word_in_a_formulation_slot_is_another_phrase(right):
    assert term(right) == []


def test_a_character_replaced_inside_a_four_character_formulation():
    assert ("守证创新", "守正创新") in term("坚持守证创新，勇于开拓。")


@pytest.mark.parametrize("right", ["坚持守正创新，勇于开拓。", "从以下四个方面入手。", "四要全面推进农村改革。"])
def test_four_character_words_that_are_words_or_numbered_are_left_alone(right):
    assert term(right) == []


@pytest.mark.parametrize("slip, pair", [
    ("不得推托工作责任。", ("推托", "推脱")),
    ("该同志已配合组织调查。", ("调查", "审查")),
    ("经核对无误，本人没有意义。", ("意义", "异议")),
    ("两支球队比分焦灼。", ("焦灼", "胶着")),
    ("这样的评价有失片面。", ("有失", "失之")),
])
def test_usage_decided_by_the_neighbouring_word(slip, pair):
    assert pair in usage(slip)


@pytest.mark.parametrize("right", ["他推托有事，没有参加。", "这样做没有意义。", "接受监察调查。", "内心焦灼不安。",
                                   "这样的评价有失公允。", "双方陷入胶着。"])
def test_the_same_words_right_in_their_context(right):
    assert usage(right) == []


def test_the_last_character_of_a_long_formulation_replaced_by_a_look_alike():
    assert ("人类命运共同休", "人类命运共同体") in term("推动构建人类命运共同休。")


@pytest.mark.parametrize("right", ["推动构建人类命运共同体。", "坚持中国特色社会主义道路。", "铸牢中华民族共同体意识。"])
def test_long_formulations_written_right_are_left_alone(right):
    assert term(right) == []


def test_a_four_character_run_written_in_real_text_is_no_slip():
    assert term("体现了高度政治自觉。") == []


@pytest.mark.parametrize("slip, pair", [
    ("中央军委主席习进平在北京考察。", ("习进平", "习近平")),
    ("赵乐记同志出席会议。", ("赵乐记", "赵乐际")),
])
def test_a_leader_name_with_a_character_that_sounds_alike(slip, pair):
    assert pair in term(slip)


@pytest.mark.parametrize("right", ["习近平总书记指出。", "丁学祥是我的同学。", "王护宁在村里种地。"])
def test_leader_names_written_right_or_other_people_are_left_alone(right):
    assert term(right) == []


def test_the_words_of_a_campaign_name_swapped():
    assert ("党的群众路线实践教育活动", "党的群众路线教育实践活动") in term("深入开展党的群众路线实践教育活动。")
    assert ("群众路线实践教育活动", "群众路线教育实践活动") in term("深入开展群众路线实践教育活动。")
    assert term("扎实开展党纪学习教育和党史学习教育。") == []


@pytest.mark.parametrize("slip, pair", [
    ("河西省委办公室印发通知。", ("办公室", "办公厅")),
    ("青川县委办公厅牵头。", ("办公厅", "办公室")),
])
def test_the_general_office_by_level(slip, pair):
    assert pair in term(slip)


@pytest.mark.parametrize("right", ["国务院办公厅印发通知。", "国务院新闻办公室举行发布会。", "青川县委办公室牵头。",
                                   "自治区人民政府办公厅印发通知。", "特别行政区政府办公厅。", "青川市委办公室、市委办公厅。"])
def test_general_offices_named_right_are_left_alone(right):
    assert term(right) == []
