"""The wording tables widened from public lists (session terms10): usage.tsv's cited pairs, the usage rules for
开幕会, 摄氏度, 违反规定, 入驻 and 纪录, the 涉港澳台/新华社/民族 wording of nonstandard.tsv, the renamed bodies of
outdated.tsv (hints), the 党中央 bodies of names.tsv and the formulations cut short of terms.tsv. Each is flagged
with its right form, and the right form, a legitimate variant and the same words in another sense are left alone."""

import pytest

from speechwriter.check import check_text


def found(text, rules=None):
    return [(f.text, f.suggestion, f.severity) for f in check_text(text, rules=rules)]


def flagged(text, wrong, right, rules=None):
    return any(w == wrong and s == right for w, s, _ in found(text, rules))


@pytest.mark.parametrize("slip, wrong, right", [
    ("各部门要厘清职责界线，明确分工。", "职责界线", "职责界限"),
    ("严格区分政策界线。", "政策界线", "政策界限"),
    ("依法行使行政权利。", "行使行政权利", "行使行政权力"),
    ("如不及时处置，将会波及到周边地区。", "波及到", "波及"),
    ("被告人当庭表示认罪伏法。", "认罪伏法", "认罪服法"),
    ("严防失泄秘事件发生。", "泄秘", "泄密"),
    ("该企业已在科创版上市。", "科创版", "科创板"),
    ("局势令人堪忧。", "令人堪忧", "令人担忧"),
    ("长江流域进入禁鱼期。", "禁鱼期", "禁渔期"),
    ("这是题中应有之意。", "题中应有之意", "题中应有之义"),
    ("消防员迅速扑灭火势。", "扑灭火势", "控制火势"),
    ("尽快完善车站标志标识系统。", "标志标识", "标识"),
    ("增进和维护班子团结。", "增进和维护", "维护和增进"),
    ("外交部发言人发表申明。", "发表申明", "发表声明"),
])
def test_usage_pairs_of_the_public_lists(slip, wrong, right):
    assert flagged(slip, wrong, right, {"usage"}), found(slip, {"usage"})


@pytest.mark.parametrize("right", [
    "各部门要厘清职责界限，明确分工。", "行政区域界线勘定工作顺利完成。", "划定生态保护红线和城镇开发边界线。",
    "公民依法行使权利。", "这件事波及很多地方。", "被告人当庭表示认罪服法。", "该病的综合症状较为复杂。",
    "科创板块表现活跃。", "维护和增进班子团结。", "双方发表联合声明。", "当事人申明理由。",
])
def test_usage_pairs_leave_the_right_forms_alone(right):
    assert found(right, {"usage"}) == [], right


@pytest.mark.parametrize("slip, wrong, right", [
    ("十四届全国人大二次会议开幕式在人民大会堂举行。", "开幕式", "开幕会"),
    ("全国政协十四届二次会议闭幕式上，委员们鼓掌通过决议。", "闭幕式", "闭幕会"),
    ("当天最高气温达摄氏38度。", "摄氏38度", "38摄氏度"),
    ("夜间最低气温摄氏零下5度。", "摄氏零下5度", "零下5摄氏度"),
    ("对违犯该管理条例的行为要立即制止。", "违犯", "违反"),
    ("中央第三巡视组入住该省开展工作。", "入住", "入驻"),
    ("他在决赛中打破了世界记录。", "记录", "纪录"),
    ("她是该项目的世界记录保持者。", "记录", "纪录"),
    ("日本首相启用议员组阁。", "启用", "起用"),
])
def test_usage_rules_read_the_words_around(slip, wrong, right):
    assert flagged(slip, wrong, right, {"usage"}), found(slip, {"usage"})


@pytest.mark.parametrize("right", [
    "第二届中国国际进口博览会开幕式在上海举行。", "中意企业家委员会第七次会议开幕式。",
    "十四届全国人大二次会议开幕会在人民大会堂举行。", "当天最高气温达38摄氏度。",
    "包庇违犯党纪国法的行为必须追究。", "任何人违犯党的纪律都要受到处理。", "对违反规定的行为依规处理。",
    "游客入住酒店须登记。", "巡视组进驻后，群众反映的问题得到解决。",
    "创造有监测记录以来的最高值。", "认真做好会议记录。", "刷新历史记录考验。", "创下有卫星观测记录以来的新高。",
    "启用新印章。",
])
def test_usage_rules_leave_the_same_words_in_another_sense_alone(right):
    assert found(right, {"usage"}) == [], right


@pytest.mark.parametrize("slip, wrong, right", [
    ("香港政府宣布新的防疫措施。", "香港政府", "香港特别行政区政府"),
    ("香港特别行政区政府行政长官出席活动。", "香港特别行政区政府行政长官", "香港特别行政区行政长官"),
    ("驻美台湾经济文化代表处。", "台湾经济文化代表处", "台北经济文化代表处"),
    ("据台湾有关规定。", "台湾有关规定", "台湾地区有关规定"),
    ("不要使用黑人歹徒的说法。", "黑人歹徒", "歹徒"),
    ("图瓦族群众欢度节日。", "图瓦族", "图瓦人"),
    ("北京喇叭沟门满族自治乡。", "满族自治乡", "满族乡"), ("该县有两个回族自治乡。", "回族自治乡", "回族乡"),
    ("英国女皇伊丽莎白二世。", "英国女皇", "英国女王"),
    ("中科院专家作报告。", "中科院", "中国科学院"),
    ("住建部印发通知。", "住建部", "住房城乡建设部"),
])
def test_nonstandard_wording_is_a_warning(slip, wrong, right):
    assert (wrong, right, "warning") in found(slip, {"term"}), found(slip, {"term"})


@pytest.mark.parametrize("right", [
    "香港特别行政区政府宣布新的防疫措施。", "香港特区政府发言人表示。", "香港特别行政区行政长官出席活动。",
    "驻美台北经济文化代表处。", "据台湾地区有关规定。", "图瓦人群众欢度节日。", "北京喇叭沟门满族乡。", "该县有两个回族乡。",
    "英国女王伊丽莎白二世。", "中国科学院专家作报告。", "住房城乡建设部印发通知。", "住房和城乡建设部印发通知。",
])
def test_nonstandard_wording_leaves_the_right_forms_alone(right):
    assert [f for f in found(right, {"term"}) if f[2] == "warning"] == [], right


def test_renamed_bodies_are_hints():
    for slip, wrong, right in [("中央国家机关工委召开会议。", "中央国家机关工委", "中央和国家机关工委"),
                               ("国务院三峡工程建设委员会部署工作。", "国务院三峡工程建设委员会", "水利部"),
                               ("国家食品药品监督管理局发布公告。", "国家食品药品监督管理局", "国家药品监督管理局")]:
        assert (wrong, right, "info") in found(slip, {"term"}), slip
    assert found("中央和国家机关工委召开会议。", {"term"}) == []


def test_party_central_bodies_are_official_names():
    assert ("中共中央统一战线工做部", "中共中央统一战线工作部") in [f[:2] for f in found("中共中央统一战线工做部召开会议。", {"term"})]
    for right in ("中共中央统一战线工作部召开会议。", "中央金融委员会召开会议。", "中央社会工作部部长出席。",
                  "中央和国家机关工作委员会召开会议。", "中央港澳工作办公室主任会见。"):
        assert found(right, {"term"}) == [], right


def test_formulations_cut_short():
    assert ("不敢、不能、不想", "不敢腐、不能腐、不想腐", "warning") in found("做到“不敢、不能、不想”一体推进。", {"term"})
    assert ("总揽全局、领导一切", "总揽全局、协调各方", "warning") in found("充分发挥党总揽全局、领导一切的核心作用。", {"term"})
    for right in ("一体推进不敢腐、不能腐、不想腐。", "发挥党总揽全局、协调各方的领导核心作用。",
                  "党政军民学，东西南北中，党是领导一切的。"):
        assert found(right, {"term"}) == [], right


def test_every_usage_pair_names_its_source():
    from speechwriter.paths import resources_dir

    lines = (resources_dir() / "check" / "usage.tsv").read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    header = "\n".join(line for line in lines if line.startswith("#"))
    assert len(rows) >= 20
    assert all(len(row) == 3 and row[2].startswith("据") and row[2][1:] in header for row in rows)


def test_a_mandate_received_is_shouquan_with_shou():
    assert flagged("新华社授权发布政府工作报告。", "授权", "受权", {"usage"})
    for right in ("新华社受权发布政府工作报告。", "人大常委会授权新华社播发这部法律。", "公司授权律师处理此案。"):
        assert found(right, {"usage"}) == [], right


def test_autonomous_counties_keep_their_peoples_in_order():
    for slip, right in [("双江拉祜族布朗族傣族佤族自治县召开会议。", "双江拉祜族佤族布朗族傣族自治县"),
                        ("彭水土家族苗族自治县召开会议。", "彭水苗族土家族自治县"),
                        ("围场蒙古族满族自治县。", "围场满族蒙古族自治县")]:
        assert right in [f[1] for f in found(slip, {"term"})], slip
    for right in ("双江拉祜族佤族布朗族傣族自治县召开会议。", "长白朝鲜族自治县", "龙胜各族自治县", "察布查尔锡伯自治县",
                  "河南蒙古族自治县", "通道侗族自治县的同志", "黔东南苗族侗族自治州"):
        assert found(right, {"term"}) == [], right


@pytest.mark.parametrize("slip, wrong, right", [
    ("我是一位普通的基层干部。", "位", "名"), ("庆祝祖国70岁生日。", "祖国", "新中国"),
    ("市长向各区下军令状。", "下军令状", "下军令"), ("神舟十七号航天飞机发射成功。", "航天飞机", "载人飞船"),
    ("出门请带好口罩。", "带好口罩", "戴好口罩"), ("他感染了支原体病毒。", "支原体病毒", "支原体"),
])
def test_more_slips_of_the_yearly_lists(slip, wrong, right):
    assert flagged(slip, wrong, right, {"usage"}), found(slip, {"usage"})


@pytest.mark.parametrize("right", [
    "他是一位优秀的基层干部。", "我是一名普通的基层干部。", "庆祝新中国70岁生日。", "各级政府已经立下军令状。",
    "签下军令状，限期完成。", "神舟十七号载人飞船发射成功。", "美国航天飞机退役。", "出门请戴好口罩。",
])
def test_more_slips_leave_the_right_forms_alone(right):
    assert found(right, {"usage"}) == [], right


def test_the_military_commission_organs_since_2016():
    assert ("中央军委政冶工作部", "中央军委政治工作部") in [f[:2] for f in found("中央军委政冶工作部印发通知。", {"term"})]
    assert ("总政治部", "中央军委政治工作部", "info") in found("解放军总政治部发出通知。", {"term"})
    assert ("第二炮兵", "火箭军", "info") in found("第二炮兵部队组建于1966年。", {"term"})
    for right in ("中央军委政治工作部印发通知。", "中央纪律检查委员会第三次全体会议召开。", "中央政法委员会召开会议。",
                  "中央科学技术委员会", "中央办公厅、国务院办公厅印发。"):
        assert found(right, {"term"}) == [], right
