"""规范表述 tables grown from public guides (issue 18): 新华社's banned wording with its standard form, the bodies
the 2018 and 2023 reforms renamed (a hint: a look back rightly uses the old name), the official names of the
国务院's bodies, the NPC's and CPPCC's committees and the 群团组织, and numbered formulations written out with their
members (民族名称的简称, 台语 and 成员国 are bodies.py's routes, tested in test_term_context). For a sample of
each kind: the slip is flagged with the right form, and the right form and its legitimate variants are left alone. The sentences are our own."""

import pytest

from speechwriter.check import check_text


def found(text, severity=None):
    return [(f.text, f.suggestion) for f in check_text(text)
            if f.rule == "term" and (severity is None or f.severity == severity)]


@pytest.mark.parametrize("slip, pair", [
    ("不能当蒙古大夫，要对群众负责。", ("蒙古大夫", "庸医")),
    ("所谓斯普拉特利群岛。", ("斯普拉特利群岛", "南沙群岛")),
    ("泸沽湖畔的摩梭族村寨。", ("摩梭族", "摩梭人")),
    ("北朝鲜举行了阅兵式。", ("北朝鲜", "朝鲜")),
    ("穆斯林国家的代表出席会议。", ("穆斯林国家", "伊斯兰国家")),
    ("亚太经合组织峰会在秘鲁举行。", ("亚太经合组织峰会", "亚太经合组织领导人非正式会议")),
    ("所谓尖阁群岛的说法。", ("尖阁群岛", "钓鱼岛")),
    ("称台湾地区领导人为中华民国总统。", ("中华民国总统", "台湾地区领导人")),
])
def test_xinhua_banned_wording_is_a_warning_with_its_standard_form(slip, pair):
    assert pair in found(slip, "warning")


@pytest.mark.parametrize("right", ["他是一名蒙古族干部。", "维吾尔族同胞载歌载舞。", "朝鲜民主主义人民共和国。",
                                   "伊斯兰国家的代表出席会议。", "世界贸易组织成员之间的贸易。", "平台语音功能上线。",
                                   "改变思维族群之间的隔阂。", "亚太经合组织领导人非正式会议在秘鲁举行。", "南北朝时期的佛寺。"])
def test_the_standard_forms_and_words_holding_the_letters_are_left_alone(right):
    assert found(right) == []


@pytest.mark.parametrize("slip, pair", [
    ("农业部印发了通知。", ("农业部", "农业农村部")),
    ("中央党史研究室编写了这部书。", ("中央党史研究室", "中央党史和文献研究院")),
    ("国家林业局批复了规划。", ("国家林业局", "国家林业和草原局")),
    ("中国保监会发布了规定。", ("中国保监会", "国家金融监督管理总局")),
    ("全国人大法律委员会审议了草案。", ("全国人大法律委员会", "全国人大宪法和法律委员会")),
    ("全国政协文史和学习委员会组织调研。", ("全国政协文史和学习委员会", "全国政协文化文史和学习委员会")),
    ("他当了十年村长。", ("村长", "村民委员会主任")),
])
def test_a_renamed_body_is_a_hint_not_an_error(slip, pair):
    assert pair in found(slip, "info")
    assert pair not in found(slip, "warning")


@pytest.mark.parametrize("right", ["农业农村部印发了通知。", "各级农业部门要抓好春耕。", "文化部门组织了演出。",
                                   "中央党史和文献研究院编写了这部书。", "国家林业和草原局批复了规划。",
                                   "全国人大宪法和法律委员会审议了草案。", "全国政协文化文史和学习委员会组织调研。"])
def test_current_names_and_departments_of_a_field_are_left_alone(right):
    assert found(right) == []


@pytest.mark.parametrize("slip, pair", [
    ("中华全国总公会发出倡议。", ("中华全国总公会", "中华全国总工会")),
    ("中华全国妇女连合会召开执委会。", ("中华全国妇女连合会", "中华全国妇女联合会")),
    ("中国残疾人连合会主席团。", ("中国残疾人连合会", "中国残疾人联合会")),
    ("中国文学艺术届联合会全委会。", ("中国文学艺术届联合会", "中国文学艺术界联合会")),
    ("中国知识产权局发布数据。", ("中国知识产权局", "国家知识产权局")),
    ("国家粮食和物质储备局通报。", ("国家粮食和物质储备局", "国家粮食和物资储备局")),
    ("全国政协港澳台桥委员会。", ("全国政协港澳台桥委员会", "全国政协港澳台侨委员会")),
])
def test_near_misses_and_wrong_prefixes_of_official_names(slip, pair):
    assert pair in found(slip)


@pytest.mark.parametrize("right", ["中华全国总工会发出倡议。", "全国总工会、全国妇联、共青团中央联合发文。",
                                   "中国科学技术协会和中国科协所属学会。", "中国残疾人联合会主席团。",
                                   "国家知识产权局发布数据。", "全国政协港澳台侨委员会。", "中国民用航空局通报。",
                                   "全国人民代表大会财政经济委员会。", "全国人大常委会法制工作委员会发言人。"])
def test_official_names_and_short_forms_are_left_alone(right):
    assert found(right) == []


@pytest.mark.parametrize("slip, right", [
    ("把马克思主义基本原理同中国具体实践相结合、同中华优秀传统文化相结合。",
     "把马克思主义基本原理同中国具体实际相结合、同中华优秀传统文化相结合"),
    ("毫不动摇巩固和发展公有制经济，毫不动摇鼓励、支持、引到非公有制经济发展。",
     "毫不动摇巩固和发展公有制经济，毫不动摇鼓励、支持、引导非公有制经济发展"),
    ("支持、鼓励、引导非公有制经济发展。", "鼓励、支持、引导非公有制经济发展"),
    ("坚持党的全面领导、坚持以人民为中心、坚持守正创新、坚持以制度建设为主线、坚持系统观念、坚持全面依法治国。",
     "坚持党的全面领导、坚持以人民为中心、坚持守正创新、坚持以制度建设为主线、坚持全面依法治国、坚持系统观念"),
    ("团结奋进是中国人民创造历史伟业的必由之路。", "团结奋斗是中国人民创造历史伟业的必由之路"),
    ("要以新安全格局保证新发展格局。", "以新安全格局保障新发展格局"),
    ("坚持以国内循环为主体。", "以国内大循环为主体"),
])
def test_a_member_of_a_numbered_formulation_dropped_swapped_or_wrong(slip, right):
    assert right in [suggestion for _, suggestion in found(slip)]


@pytest.mark.parametrize("right", [
    "把马克思主义基本原理同中国具体实际相结合、同中华优秀传统文化相结合。",
    "毫不动摇巩固和发展公有制经济，毫不动摇鼓励、支持、引导非公有制经济发展。",
    "毫不动摇地鼓励、支持和引导非公有制经济发展。",          # the wording of earlier reports
    "实现好、维护好、发展好最广大人民群众根本利益。",          # a variant official text writes
    "坚持党的全面领导、坚持以人民为中心、坚持守正创新、坚持以制度建设为主线、坚持全面依法治国、坚持系统观念。",
    "以国内大循环为主体、国内国际双循环相互促进的新发展格局。",
    "建设现代化产业体系，巩固壮大实体经济根基。",
])
def test_numbered_formulations_written_right_are_left_alone(right):
    assert found(right) == []
