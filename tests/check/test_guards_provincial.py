"""Guards read off the false alarms of provincial 政府工作报告 (bench fa5dev): each is a reason published official
writing has for a form the routes took for a slip — a list item that looks like a decimal, a 把 sentence built
on a formulation, distributive and derived repeats, names, anaphoric runs, counties' names, slogans joined by a
middle dot, a window across two words — and each keeps a real slip of the same shape a finding."""

import pytest

from speechwriter.check import check_text
from speechwriter.check.guards import anaphora, places_run, quoted_term, straddles, term_guarded


def found(text, kind):
    # (the rule alone: a full check shows a slip two rules name once — test_one_slip.py)
    return [(f.text, f.suggestion) for f in check_text(text, rules={kind})]


# numbering: "8.6个…" is item 8 where the list expects it, a decimal elsewhere

def test_a_decimal_looking_item_continues_its_list():
    notes = "名词解释\n1.“两重”：是指重大战略。\n2.“两新”：是指设备更新。\n3.6个重大科技专项：是指六个专项。\n4.“科创通”：是指一种服务。"
    assert found(notes, "numbering") == []


def test_a_paragraph_opening_with_a_decimal_is_no_item_and_the_gap_stays():
    assert found("1.甲项工作。\n2.乙项工作。\n5.2%的增长来自消费。\n4.丁项工作。", "numbering") == [("4.", "3.")]


def test_a_real_repeat_after_a_decimal_looking_item_is_still_flagged():
    assert ("3.", "4.") in found("1.甲项工作。\n2.乙项工作。\n3.6个专项。\n3.丙项工作。", "numbering")


# 规范表述: a 把 sentence built on the formulation

@pytest.mark.parametrize("right", [
    "过去一年，我们坚持把党的全面领导贯穿政府工作各领域全过程，法治政府建设扎实推进。",
    "坚持把党的全面领导落实到政府工作全过程各领域，履职尽责。",
])
def test_a_disposal_sentence_on_a_formulation_is_no_slip(right):
    assert found(right, "term") == []


@pytest.mark.parametrize("slip, wrong", [
    ("我们要坚持党的的全面领导，推动各项工作。", "要坚持党的的全面领导"),   # a character doubled, no 把
    ("一定要坚持把党的全面领导。", "坚持把党的全面领导"),                   # 把 with no verb after it
])
def test_other_added_characters_are_still_flagged(slip, wrong):
    assert wrong in [text for text, _ in found(slip, "term")]


def test_term_guard_disposal_reads_the_added_character():
    line = "坚持把党的全面领导贯穿始终"
    assert term_guarded(line, 0, 9, "坚持党的全面领导")
    line = "坚持党的全的面领导贯穿始终"
    assert not term_guarded(line, 0, 9, "坚持党的全面领导")


# repeat: distributive 一个项目一个项目地, a word then its derived word 博士博士后

@pytest.mark.parametrize("right", [
    "要进一步强化同央企的合作，一家一家地对接，一个项目一个项目地抓落地。",
    "一家企业一家企业地走访，帮助解决实际困难。",
    "举办大湾区科学论坛、大湾区博士博士后创新创业大赛。",
])
def test_distributive_and_derived_repeats_are_chinese(right):
    assert found(right, "repeat") == []


@pytest.mark.parametrize("slip, word", [
    ("要抓好一个项目一个项目的建设。", "一个项目一个项目"),   # no 地: a phrase pasted twice
    ("我们要落实落实好各项政策。", "落实落实"),
    ("国家发展发展改革委员会要牵头。", "发展发展"),           # the longer word is no one-character derivation
    ("一年来一年来，我们做了很多工作。", "一年来一年来"),
])
def test_doubled_words_are_still_flagged(slip, word):
    assert word in [text for text, _ in found(slip, "repeat")]


# 错别字: names, anaphoric runs, counties, slogans, a window across two words

@pytest.mark.parametrize("right", [
    "上海创智学院、国家产教融合创新平台等协同育人平台加快建设。",          # 学院 ends a name
    "新增联山联水联社区的绿道1000公里。",                                  # a run on 联
    "信访事项及时受理率100%、初信初访一次性化解率98.4%。",                 # a run on 初
    "畅通进出川高速公路网络，推进久治至马尔康、郎木寺至汶川等高速公路建设。",  # two counties
    "持续开展“法治讲堂·逢九必讲”法治培训，办事依法、遇事找法。",          # a quoted slogan after a middle dot
    "要进一步强化同央企的合作，一家一家地对接。",                          # 同|央企
])
def test_typo_leaves_provincial_names_and_runs_alone(right):
    assert found(right, "typo") == []


@pytest.mark.parametrize("slip, pair", [
    ("我们要再接再励，把工作做好。", ("再接再励", "再接再厉")),   # the run repeats 再, the slip is 励
    ("在毛主席领导下，自始自终，我们全党一定能够坚持。", ("自始自终", "自始至终")),  # corrected, a word: the repeat is the slip
    ("我们要抓紧按装设备，确保如期投产。", ("按装", "安装")),
    ("他己经到了北京。", ("己经", "已经")),
])
def test_typo_slips_of_the_same_shapes_are_still_flagged(slip, pair):
    assert pair in found(slip, "typo")


def test_anaphora_needs_the_changed_character_repeated():
    assert anaphora("新增联山联水联社区的绿道", (2,), "连")
    assert not anaphora("我们要再接再励", (6,), "厉")   # 励 is not repeated; 再 is
    assert not anaphora("自始自终坚持", (2,), "至")     # 自始至终 is a word: the repeat is the slip


def test_places_run_needs_a_division_beside_it():
    line = "推进久治至马尔康高速公路"
    assert places_run(line, 2, 4)
    assert not places_run("推进久治工作", 2, 4)


def test_quoted_term_splits_at_a_middle_dot():
    line = "持续开展“法治讲堂·逢九必讲”法治培训"
    assert quoted_term(line, line.index("必讲"), line.index("必讲") + 2)
    line = "持续开展“法治讲堂和逢九必讲活动进社区”法治培训"
    assert not quoted_term(line, line.index("必讲"), line.index("必讲") + 2)


def test_straddles_needs_the_more_common_word_outside():
    line = "要强化同央企的合作"
    assert straddles(line, 3, 5, (4,), "同样")
    line = "我们要按装设备"
    assert not straddles(line, 3, 5, (3,), "安装")


# 规范表述: a formulation widened by a set phrase

def test_a_formulation_widened_by_a_set_phrase_is_no_slip():
    assert found("保持社会和谐稳定，全面从严管党治党，加快建设美好家园。", "term") == []


@pytest.mark.parametrize("slip, wrong", [
    ("我们要全面从严管党，加快建设。", "全面从严管党"),        # 治党 replaced, nothing after it
    ("我们要全面从严从治党，加快建设。", "全面从严从治党"),
])
def test_a_changed_or_added_character_without_the_set_phrase_is_still_flagged(slip, wrong):
    assert wrong in [text for text, _ in found(slip, "term")]


# sample_text: a sentence the sample took word for word from a published report

def test_a_stock_sentence_of_the_sample_is_no_sign_of_the_sample_left_in():
    text = "2024年是中华人民共和国成立75周年，是实现“十四五”规划目标任务的关键一年。党的二十届三中全会胜利召开。"
    assert found(text, "sample_text") == []


def test_the_samples_own_sentences_are_still_flagged():
    from speechwriter.check.sample_text import stock

    sentence = "党的二十大的主题，鲜明昭示了我们党在新征程上举什么旗、走什么路、以什么样的精神状态、朝着什么样的目标继续前进。"
    assert found("今天我们开会。" + sentence, "sample_text")
    assert not stock(sentence)


# 错别字: firms' names in a list closed by 等…企业

def test_firm_names_in_a_list_of_firms_are_left_alone():
    assert found("风电交易规模居全国第1位，远景、明阳、隆基、龙马等一批企业总部注册落户。", "typo") == []


def test_a_slip_in_a_list_that_names_no_firms_is_still_flagged():
    assert ("医僚", "医疗") in found("我们要加强教育、医僚、养老等民生保障。", "typo")


# 错别字: a quoted name followed by the kind of thing it names

@pytest.mark.parametrize("right", [
    "开展民间投资项目推介和“千企万户大走访”活动，建立支持小微企业发展的机制。",
    "全面推进信访工作法治化，推行“有诉必应马上办”等做法，打造更多特色品牌。",
])
def test_a_quoted_campaign_name_is_left_alone(right):
    assert found(right, "typo") == []


def test_a_quoted_phrase_that_names_nothing_keeps_its_slip():
    assert ("再接再励", "再接再厉") in found("我们要发扬“再接再励、一鼓作气”的精神，完成任务。", "typo")
