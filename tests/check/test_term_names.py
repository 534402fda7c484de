"""规范表述 of names, meetings, offices and house style as a clerk meets them: the slip flagged with its
right form, and the right form, its legitimate variants and longer names holding a short one left alone.
The sentences are our own (the places and names made up), not the development set's."""

import pytest

from speechwriter.check import check_text


def found(text, severity=None):
    return [(f.text, f.suggestion) for f in check_text(text)
            if f.rule == "term" and (severity is None or f.severity == severity)]


@pytest.mark.parametrize("slip, pair", [
    ("会议由青川市市委副书记主持。", ("市市委", "市委")),
    ("河西省省委召开全会。", ("省省委", "省委")),
    ("该县县委高度重视。", ("县县委", "县委")),
    ("红星区区委部署了这项工作。", ("区区委", "区委")),
])
def test_a_level_written_twice(slip, pair):
    assert pair in found(slip)


@pytest.mark.parametrize("right", ["青川市市长在会上讲话。", "丰县县委书记出席。", "浦东新区区委原书记。",
                                   "各城市市委书记参加培训。", "城市市政设施建设。", "珍珠泉乡乡政府所在地。",
                                   "实现县县通高速。", "青川市委、市政府高度重视。"])
def test_names_of_one_character_and_other_doublings_are_right(right):
    assert found(right) == []


@pytest.mark.parametrize("slip, pair", [
    ("国家教育部近日印发通知。", ("国家教育部", "教育部")),
    ("中国发展和改革委员会批复了项目。", ("中国发展和改革委员会", "国家发展和改革委员会")),
    ("国家科学院的院士来了。", ("国家科学院", "中国科学院")),
    ("国家人民代表大会常务委员会审议通过。", ("国家人民代表大会常务委员会", "全国人民代表大会常务委员会")),
])
def test_the_wrong_prefix_of_a_central_body(slip, pair):
    assert pair in found(slip)


@pytest.mark.parametrize("right", ["教育部近日印发通知。", "国家发展和改革委员会批复了项目。", "中国科学院的院士来了。",
                                   "美国国家科学院发布报告。", "全国人民代表大会常务委员会审议通过。",
                                   "中国外交部发言人表示。", "国家安全部通报了案件。", "市发展和改革委员会牵头。"])
def test_right_prefixes_and_foreign_bodies_are_left_alone(right):
    assert found(right) == []


@pytest.mark.parametrize("slip, pair", [
    ("中华人民共合国成立七十五周年。", ("中华人民共合国", "中华人民共和国")),
    ("接受中央纪律检察委员会的监督。", ("中央纪律检察委员会", "中央纪律检查委员会")),
    ("国家监查委员会的工作。", ("国家监查委员会", "国家监察委员会")),
])
def test_near_misses_of_official_names(slip, pair):
    assert pair in found(slip)


@pytest.mark.parametrize("right", ["中华人民共和国成立七十五周年。", "最高人民检察院工作报告。",
                                   "全国人民代表大会常务委员会委员长。", "接受中央纪律检查委员会的监督。",
                                   "市人民代表大会常务委员会。"])
def test_official_names_written_right(right):
    assert found(right) == []


@pytest.mark.parametrize("slip, pair", [
    ("学习贯彻党的二十届三中全会会议精神。", ("会议", "")),
    ("委员长会会议决定。", ("会", "")),
    ("在全国人大十四届二次会议上。", ("全国人大十四届二次会议", "十四届全国人大二次会议")),
    ("十四届全国政协二次会议开幕。", ("十四届全国政协二次会议", "全国政协十四届二次会议")),
    ("党的十九届四次全会以来。", ("十九届四次全会", "十九届四中全会")),
    ("市人大主任在会上讲话。", ("人大主任", "人大常委会主任")),
    ("镇人大副主任列席会议。", ("人大副主任", "人大副主席")),
    ("代表们审议了政府报告。", ("政府报告", "政府工作报告")),
])
def test_meetings_offices_and_reports(slip, pair):
    assert pair in found(slip)


@pytest.mark.parametrize("right", ["学习贯彻党的二十届三中全会精神。", "委员长会议决定。", "在十四届全国人大二次会议上。",
                                   "全国政协十四届二次会议开幕。", "党的十九届四中全会以来。", "市人大常委会主任在会上讲话。",
                                   "镇人大主席列席会议。", "及时向当地政府报告。", "代表们审议了政府工作报告。",
                                   "市委常委会会议研究。", "人大常委会会议审议。"])
def test_meetings_offices_and_reports_written_right(right):
    assert found(right) == []


def test_banned_wording_is_a_warning_and_outdated_names_a_hint():
    assert ("“一带一路”战略", "“一带一路”倡议") in found("推进“一带一路”战略。", "warning")
    assert ("两岸三地", "海峡两岸和香港") in found("两岸三地的青年。", "warning")
    assert ("打黑除恶", "扫黑除恶") in found("深入开展打黑除恶专项斗争。", "info")
    assert ("国土资源部", "自然资源部") in found("国土资源部发布公告。", "info")
    assert found("推进“一带一路”倡议。") == [] and found("常态化开展扫黑除恶斗争。") == []
    assert found("发挥环境保护部门的监督职能。") == []   # 部门 of 环境保护, not the old ministry


def test_offsets_are_the_characters_written():
    text = "同志们：\n会议由青川市市委副书记主持，国家教育部有关同志出席。"
    line = text.splitlines()[1]
    for f in check_text(text):
        if f.rule == "term":
            assert line[f.start:f.end] == f.text


def test_every_table_line_names_its_source():
    from speechwriter.paths import resources_dir

    for name in ("names", "nonstandard", "outdated"):
        lines = (resources_dir() / "check" / f"{name}.tsv").read_text(encoding="utf-8").splitlines()
        rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
        assert rows and all(row[-1].strip() for row in rows)
        header = "\n".join(line for line in lines if line.startswith("#"))
        assert all(row[-1].strip() in header for row in rows), name


def test_two_words_of_a_formulation_in_each_others_place():
    assert ("国家治理能力和治理体系现代化", "国家治理体系和治理能力现代化") in found("要推进国家治理能力和治理体系现代化。")
    assert found("要推进国家治理体系和治理能力现代化。") == []


def test_official_short_forms_without_he_are_right():
    for right in ("人力资源社会保障部印发通知。", "住房城乡建设部近日表示。", "工业和信息化部、国家发展改革委联合发文。",
                  "西班牙国家气象局称。", "发展中国家科学院学术大会。", "浙江省委十一届八次全会召开。"):
        assert found(right) == [], right


def test_zuo_before_a_verbal_noun_is_a_house_style_hint():
    def hints(text):
        return [(f.text, f.suggestion) for f in check_text(text) if f.rule == "usage" and f.severity == "info"]

    assert ("做", "作") in hints("领导干部要带头做表率。") and ("做", "作") in hints("为家乡发展做贡献。")
    assert hints("要做好各项工作。") == [] and hints("把这里当做示范。") == [] and hints("领导干部要带头作表率。") == []


@pytest.mark.parametrize("slip, pair", [
    ("全国人大常委会副主任出席。", ("全国人大常委会副主任", "全国人大常委会副委员长")),
    ("省人大常委会委员长主持会议。", ("省人大常委会委员长", "省人大常委会主任")),
    ("市政协主任讲话。", ("政协主任", "政协主席")),
    ("县纪委副主任通报情况。", ("纪委副主任", "纪委副书记")),
    ("国家主席、中共中央总书记习近平。", ("国家主席、中共中央总书记", "中共中央总书记、国家主席")),
])
def test_titles_of_other_bodies(slip, pair):
    assert pair in found(slip)


@pytest.mark.parametrize("right", ["全国人大常委会委员长。", "省人大常委会主任主持会议。", "市政协主席讲话。",
                                   "市纪委书记、市监委主任。", "全国人大常委会副委员长出席。"])
def test_titles_written_right(right):
    assert found(right) == []


def test_a_numbered_formulation_without_quotes_is_a_hint():
    assert ("两个维护", "“两个维护”") in found("坚决做到两个维护。", "info")
    assert ("十四五", "“十四五”") in found("编制好十四五规划。", "info")
    assert found("坚决做到“两个维护”，编制好“十四五”规划。") == [] and found("二十五年来，十五年间。") == []


def test_outdated_ministries_are_hints_not_in_words_of_their_own():
    assert ("监察部", "国家监察委员会") in found("原监察部的职责。", "info")
    assert found("纪检监察部门要加强监督。") == []


@pytest.mark.parametrize("slip, pair", [
    ("经全国人民代表常务委员会审议。", ("全国人民代表常务委员会", "全国人民代表大会常务委员会")),
    ("国家市场管理总局发布公告。", ("国家市场管理总局", "国家市场监督管理总局")),
])
def test_a_word_dropped_from_a_long_official_name(slip, pair):
    assert pair in found(slip)


@pytest.mark.parametrize("right", ["国家发展改革委员会批复。", "人力资源社会保障部印发。", "国家市场监督管理总局发布公告。",
                                   "推进国家治理体系和治理能力现代化。"])
def test_short_forms_of_long_names_are_right(right):
    assert found(right) == []


def test_a_quote_between_a_word_and_a_formulation_is_no_doubling():
    assert found("大家关注报告中“中国式现代化”这一概念。") == []
    assert ("中中国式现代化", "中国式现代化") in found("推进中中国式现代化建设。")


def test_words_and_foreign_bodies_next_to_short_names_are_right():
    for right in ("带领中国人民进行伟大斗争。", "越共中央检查委员会主任率团访华。", "共建“一带一路”等倡议。"):
        assert found(right) == [], right


def test_the_state_council_meets_in_an_executive_meeting():
    assert ("国务院常委会", "国务院常务会议") in found("国务院常委会审议通过了条例。")
    assert found("国务院常务会议审议通过了条例。") == []
