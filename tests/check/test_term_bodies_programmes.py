"""规范表述 and 易混用法 of session term9: titles cut short before a leader's name, 国家 before a ministry's
official short name and 中国 before a former body's, bodies renamed by the restructurings (a hint), the names of
the state's programmes (神舟, 两孩/三孩, 镰刀和锤头), 港澳台 visitors coming 来华, 中华台北; and the usage slips 营利,
第N任, 报到, 阻击. Each slip flagged with its right form; the right forms and the same words used rightly left alone.
The sentences are our own, not an error set's."""

import pytest

from speechwriter.check import check_text


def term(text, severity=None):
    return [(f.text, f.suggestion) for f in check_text(text, rules={"term"})
            if severity is None or f.severity == severity]


def usage(text):
    return [(f.text, f.suggestion) for f in check_text(text, rules={"usage"})]


@pytest.mark.parametrize("slip, pair", [
    ("会上，家主席江泽民发表重要讲话。", ("家主席", "国家主席")),
    ("务院总理李克强出席会议。", ("务院总理", "国务院总理")),
])
def test_a_title_cut_short_before_a_leaders_name(slip, pair):
    assert pair in term(slip)


@pytest.mark.parametrize("right", ["国家主席江泽民发表重要讲话。", "国务院总理李克强出席会议。", "中央军委主席习近平签署命令。",
                                   "军委主席习近平签署命令。", "全国政协主席王沪宁出席。", "政协主席王沪宁出席。",
                                   "主席习近平指出。", "总理李克强强调。"])
def test_full_and_short_titles_are_left_alone(right):
    assert term(right) == []


@pytest.mark.parametrize("slip, pair", [
    ("1月22日，国家科技部紧急启动应急项目。", ("国家科技部", "科技部")),
    ("会上，中国乡村振兴局通报了进展。", ("中国乡村振兴局", "国家乡村振兴局")),
])
def test_the_wrong_prefix_before_a_short_or_former_name(slip, pair):
    assert pair in term(slip)


@pytest.mark.parametrize("right", ["科技部紧急启动应急项目。", "落实国家科技部署。", "加强与国家科技部门的沟通。",
                                   "国家乡村振兴局印发通知。"])
def test_short_names_and_longer_words_are_left_alone(right):
    assert [f for f in term(right) if f[1] in ("科技部", "国家乡村振兴局")] == []


@pytest.mark.parametrize("text, pair", [
    ("各地应尽快落实交通部、公安部相关精神。", ("交通部", "交通运输部")),
    ("铁道部印发了通知。", ("铁道部", "交通运输部")),
    ("在此，向消防官兵们致敬。", ("消防官兵", "消防救援人员")),
    ("国务院扶贫办统计显示。", ("国务院扶贫办", "农业农村部")),
])
def test_renamed_bodies_are_hints(text, pair):
    assert pair in term(text, "info")


@pytest.mark.parametrize("right", ["加强交通部门协作。", "做好卫生部门工作。", "交通运输部、公安部联合发文。",
                                   "国家综合性消防救援队伍。"])
def test_departments_and_todays_names_are_left_alone(right):
    assert term(right, "info") == []


@pytest.mark.parametrize("slip, pair", [
    ("神州六号载人飞船发射成功。", ("州", "舟")), ("神州十六号顺利返回。", ("州", "舟")),
    ("国家实施单独二胎政策。", ("胎", "孩")), ("全面二胎落地后。", ("胎", "孩")), ("落实三胎政策。", ("胎", "孩")),
    ("党旗上的镰刀与斧头。", ("斧头", "锤头")),
])
def test_names_of_programmes_and_the_emblem(slip, pair):
    assert pair in term(slip)


@pytest.mark.parametrize("right", ["神州大地换新颜。", "神舟十六号顺利返回。", "他家刚生了二胎。", "实施全面两孩政策。",
                                   "三孩生育政策。", "党徽是镰刀和锤头组成的图案。", "赤县神州。"])
def test_programmes_written_right_and_talk_are_left_alone(right):
    assert term(right) == []


def test_hong_kong_macao_and_taiwan_visitors_do_not_come_laihua():
    assert ("来华", "来内地") in term("欢迎港澳台游客来华旅游。")
    assert ("中华台北", "中国台北") in term("亚太经合组织中的中华台北。")
    assert term("欢迎美国游客来华旅游。") == []
    assert term("欢迎港澳台游客来内地旅游。") == []


@pytest.mark.parametrize("slip, pair", [
    ("鼓励发展非盈利组织。", ("盈利", "营利")), ("盈利性医疗机构。", ("盈利", "营利")), ("不管是不是盈利机构。", ("盈利", "营利")),
    ("他是美国第45届总统。", ("届", "任")), ("最后，第45届总统，预祝会议成功。", ("届", "任")),
    ("请于9月2日到大学城校区报道。", ("报道", "报到")),
    ("狙击百年一遇的金融风暴。", ("狙击", "阻击")), ("全力狙击疫情扩散。", ("狙击", "阻击")),
])
def test_usage_slips_read_from_the_words_around(slip, pair):
    assert pair in usage(slip)


@pytest.mark.parametrize("right", ["企业盈利能力增强。", "公司实现盈利。", "提高盈利性。", "非营利组织。",
                                   "第十四届全国人民代表大会。", "第45任总统。", "李在明当选第21届韩国总统。",
                                   "宣誓就任俄罗斯联邦第八届总统，任期6年。", "记者到现场报道。", "新华社记者到灾区报道。",
                                   "新生到校区报到。", "狙击手埋伏在山头。", "阻击疫情扩散。"])
def test_usage_words_used_rightly_are_left_alone(right):
    assert usage(right) == []


@pytest.mark.parametrize("slip, pair", [
    ("互通有无，齐齐哈市，共同提高。", ("齐齐哈市", "齐齐哈尔市")), ("到呼和浩市调研。", ("呼和浩市", "呼和浩特市")),
    ("在锡林郭盟召开现场会。", ("锡林郭盟", "锡林郭勒盟")),
])
def test_a_long_place_name_with_a_character_dropped(slip, pair):
    assert pair in term(slip)


@pytest.mark.parametrize("right", ["在齐齐哈尔市召开现场会。", "和林格尔县的干部群众。", "阿里地区。", "呼伦贝尔市。",
                                   "石家庄市。", "到乌鲁木齐市调研。"])
def test_long_place_names_written_right_are_left_alone(right):
    assert term(right) == []


@pytest.mark.parametrize("slip, pair", [
    ("区域发展战略有效实施，李克，新型城镇化扎实推进。", ("李克", "李克强")), ("李克总理出席会议。", ("李克", "李克强")),
    ("近平总书记指出。", ("近平", "习近平")),
])
def test_a_leaders_name_with_its_first_or_last_character_left_out(slip, pair):
    assert pair in term(slip)


@pytest.mark.parametrize("right", ["李强总理出席会议。", "李克强总理出席会议。", "习近平总书记指出。", "老李克服了困难。",
                                   "李克农同志。", "全国人民代表大会常务委员会委员长吴邦国同志。", "中央军事委员会主席习近平。"])
def test_leaders_names_and_full_titles_written_right_are_left_alone(right):
    assert term(right) == []


def test_no_word_of_international_law_for_cross_strait_affairs():
    assert ("司法协助", "司法互助") in term("两岸警方加强司法协助。")
    assert ("引渡", "遣返") in term("将台湾嫌犯引渡回大陆。")
    assert term("中美加强司法协助，两岸关系和平发展。") == []   # (another clause)
    assert term("两岸开展司法互助。") == []


def test_groups_are_called_ren_not_zu():
    assert ("夏尔巴族", "夏尔巴人") in term("西藏的夏尔巴族群众。")
    assert term("西藏的夏尔巴人群众。") == []


def test_a_currency_basket_is_yilanzi_with_a_basket():
    assert ("一揽子", "一篮子") in usage("参考一揽子货币进行调节。")
    assert usage("出台一揽子货币政策工具。") == []
    assert usage("推出一揽子政策。") == []
