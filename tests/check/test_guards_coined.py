"""Guards read off the false alarms of the 2025 provincial 政府工作报告 (bench fa5dev, development data): a coinage
in a run of four-character phrases, a construction built on levels of government, two places' one-character
names before a word of joint work. Each keeps a real slip of the same shape a finding."""

import pytest

from speechwriter.check import check_text
from speechwriter.check.guards import coined_item, level_construction, paired_places, unmended


def typos(text):
    return [(f.text, f.suggestion) for f in check_text(text, rules={"typo"})]


# a coinage of four characters in a run of them, which no correction turns into a phrase real writing has

@pytest.mark.parametrize("right", [
    "社会救援力量挺膺担当、起而毅行，灾区干部群众坚韧不拔。",
    "靶向发力、狠抓落实，惟实励新、精进臻善，更加用心用情。",
    "重点促进市属国企主业升级、科技创新、战投合作、风险防控，不断提升。",
])
def test_a_coined_phrase_in_a_run_of_four_character_phrases_is_no_slip(right):
    assert typos(right) == []


@pytest.mark.parametrize("slip, pair", [
    ("重点促进主业升级、科技创心、风险防控。", ("创心", "创新")),      # corrected, a phrase real writing has
    ("重点促进主业升级、科枝创新、风险防控。", ("科枝", "科技")),
    ("凝心聚力、攻坚克难、真抓实干、再创辉惶。", ("辉惶", "辉煌")),
])
def test_a_slip_in_a_run_of_four_character_phrases_is_still_flagged(slip, pair):
    assert pair in typos(slip)


def test_a_four_character_slip_alone_between_commas_is_still_flagged():
    # (no phrase of four beside it: 的门槛上 follows a number, it is no item)
    assert any(wrong == "不耻" for wrong, _ in typos("站在2014的门槛上，令人不耻，面对稍纵即逝的青春。"))


@pytest.mark.parametrize("right", [
    "把试点扩大到铁路运输、邮政服务、电信等行业，清费立税，推动消费税、资源税改革。",
    "要严防“三股势力”借疫生乱，遏制毒品泛滥趋势。",
])
def test_a_coined_phrase_alone_whose_other_half_is_no_word_is_no_slip(right):
    assert typos(right) == []


def test_a_slip_in_four_characters_whose_other_half_is_a_word_is_still_flagged():
    assert ("再接再励", "再接再厉") in typos("大家要再接再励。")
    assert not coined_item("站在门槛上，令人不耻，面对", 8, 10, "不齿")   # 令人 is a word


def test_coined_item_reads_the_phrase_beside_and_the_correction():
    line = "挺膺担当、起而毅行"
    assert coined_item(line, 7, 9, "一行")
    assert not coined_item("他们起而毅行", 4, 6, "一行")            # no run of phrases
    assert not coined_item("主业升级、科技创心", 7, 9, "创新")      # 科技创新 is written


# a construction built on levels of government

@pytest.mark.parametrize("right", [
    "科学统筹省级纵向支持、市际横向帮扶、市域内协作、驻镇帮镇扶村等。",
    "深化财政体制改革和自治区财政直管县改革，增加地方自主财力。",
])
def test_a_level_of_government_in_its_construction_is_no_slip(right):
    assert typos(right) == []


@pytest.mark.parametrize("slip", ["统筹推进城市管县改造，加快进度。", "要做好县城管县改造。"])
def test_a_level_written_for_a_homophone_is_still_flagged(slip):
    assert ("管县", "管线") in typos(slip)


def test_level_construction_needs_three_levels_or_a_word_before():
    assert level_construction("市际横向帮扶", 0, 2, (0,))          # 国际 省际 区际
    assert not level_construction("综合市力", 2, 4, (2,))          # 国力 省力: two only
    assert level_construction("财政直管县改革", 3, 5, (4,))        # 直管|县
    assert not level_construction("推进管县改造", 2, 4, (3,))      # 管 stands alone


# two places' short names before a word of joint work

@pytest.mark.parametrize("right", [
    "加快深赣共建产业园、湘赣产业合作园等省际产业合作园区。",
    "推进酒嘉双城经济圈、金昌城乡融合发展示范区。",
])
def test_two_places_short_names_are_no_slip(right):
    assert typos(right) == []


def test_a_slip_before_a_word_of_joint_work_is_still_flagged():
    assert ("技木", "技术") in typos("加强技木合作，推进项目。")
    assert not paired_places("加强技木合作", 2, 4)
    assert paired_places("推进酒嘉双城经济圈", 2, 4)
    assert not paired_places("推进酒嘉的发展", 2, 4)   # no word of joint work after it


# 规范表述: 香港、台湾 … 等国 names them states — but not when 国 begins the word after it (国际, 国内)

def test_a_word_beginning_with_guo_after_deng_names_no_states():
    assert [f.text for f in check_text("开通至赤塔、韩国、台湾、香港等国际及地区航线10条。", rules={"term"})] == []


def test_places_listed_as_states_are_still_flagged():
    found = [(f.text, f.suggestion) for f in check_text("与美国、日本、台湾等国开展合作。", rules={"term"})]
    assert ("等国", "等国家和地区") in found


# numbering: a 一、 list nested right under a point of the same form (the 1980s reports), the outer list going on after it

NESTED = ("（一）今后的方针\n一、加快农业。\n二、调整工业。\n三、加强能源。\n四、进行技术改造。\n一、节约能源；\n二、改革产品结构；\n"
          "三、合理利用资源。\n{next}、全面整顿企业。")


def numbering(text):
    return [(f.text, f.suggestion) for f in check_text(text, rules={"numbering"})]


def test_a_list_nested_under_a_point_of_the_same_form_is_no_jump():
    assert numbering(NESTED.format(next="五")) == []


def test_a_gap_in_the_outer_list_after_a_nested_one_is_still_flagged():
    assert ("六、", "五、") in numbering(NESTED.format(next="六"))


def test_a_plain_gap_is_still_flagged():
    assert numbering("一、甲。\n二、乙。\n四、丁。") == [("四、", "三、")]


# terms of a trade, names and short forms: new to real writing at both edges, and the word proposed is written beside
# neither neighbour

@pytest.mark.parametrize("right", [
    "持续清理废除显失公平的壁垒障碍。",                  # a term of the civil code
    "一体化保护修复、水气土废和新污染物系统化管控。",      # water, air, soil, waste
    "实施高等教育筑峰引领行动，加大投入。",
    "东山组团远山红郡配套商贸综合设施项目开工。",          # an estate's name
])
def test_a_correction_written_beside_neither_neighbour_mends_nothing(right):
    assert typos(right) == []


@pytest.mark.parametrize("slip, pair", [
    ("培训学习，在参予中不断总结学习，提升自己。", ("参予", "参与")),   # 在参与, 参与中 are written
    ("材料的供应出現了紧張情况。", ("紧張", "紧张")),                  # 張 is no character of a simplified text
    ("工作作风要镇密细致，不能粗枝大叶。", ("镇密", "缜密")),          # 密细 is a pair real text writes
    ("要严格邻选优秀干部充实基层。", ("邻选", "遴选")),                # 选优 too
])
def test_a_slip_whose_correction_real_writing_has_is_still_flagged(slip, pair):
    assert pair in typos(slip)


def test_unmended_needs_both_neighbours_unseen():
    assert unmended("持续清理废除显失公平的壁垒", 6, 8, "显示")
    assert not unmended("政府还签定了科学", 3, 5, "签订")     # 签订了
    assert not unmended("我们要按装空调", 3, 5, "安装")       # 要按: the text as written is no new term
    assert not unmended("认真抓好迹地更新", 4, 6, "基地")     # 地更 is written: left a finding (a false alarm)
    assert not unmended("，参予，", 1, 3, "参与")             # no neighbours: no evidence either way


# pairs: ’ before a year's last two digits is an apostrophe, no closing quote

def test_an_apostrophe_for_a_year_is_no_unpaired_quote():
    assert [f.text for f in check_text("办好“中国’99昆明世界园艺博览会”。", rules={"pairs"})] == []


@pytest.mark.parametrize("slip", ["他说’好的。", "数字’1999年。", "提出“六五’计划。"])
def test_a_closing_quote_without_its_opening_is_still_flagged(slip):
    assert "’" in [f.text for f in check_text(slip, rules={"pairs"})]


# numbering: 首先，…… then 第二，…… — the first point opened with 首先

SECTIONS = "（一）甲\n正文。\n（二）乙\n正文。\n（三）关于节约\n"


def test_a_list_opened_with_shouxian_goes_on_with_di_er():
    assert numbering(SECTIONS + "首先，我们必须削减支出。\n几年来浪费严重。\n第二，我们必须降低成本。\n第三，加强核算。") == []


@pytest.mark.parametrize("body", ["前言一段。\n第二，我们必须降低成本。\n第三，加强核算。", "首先，我们必须削减支出。\n第三，加强核算。"])
def test_a_list_without_its_first_point_is_still_flagged(body):
    assert numbering(SECTIONS + body) != []


# usage: 比 and a word before 的 — what is compared with, a noun phrase (比预想的更艰难)

def test_the_de_that_closes_what_bi_compares_with_is_right():
    assert check_text("多重困难交织叠加，形势可能比预想的更艰难，对此，我们要有充分准备。", rules={"usage"}) == []


@pytest.mark.parametrize("slip", ["他比他跑的更快。", "今年比去年做的更好。"])
def test_a_de_before_a_degree_complement_is_still_flagged(slip):
    assert [(f.text, f.suggestion) for f in check_text(slip, rules={"usage"})] == [("的", "得")]
