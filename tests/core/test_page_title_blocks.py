"""Title blocks as pasted from pages of sites the analyser has never seen, read as a clerk reads them:
the site's own lines and the page's headline above its record (`当前位置：首页 > …`, `发布时间:…`)
are the page's when the speech's own title block stands below; a line leading in to the speech
(`…如下：`) names nothing; `第一篇：…大全` above the title is the collection's; a salutation that
ends in a greeting (`…，大家好。`); a unit left for the clerk to name (`xx 中学`) is the speaker; a
page's `海报` button is no person; `提高能力 强化素质` is a title in two parts, not a name. Each rule
with what must still read as before. Every example is made up."""

import pytest

from speechwriter.core.analyzer import analyze_text
from speechwriter.core.cleaning import Line
from speechwriter.core.header import (
    can_be_speaker,
    can_be_title,
    clerk_header_tags,
    ends_with_name,
    greets_hearers,
    placeholder_unit,
)

BODY = ("今天，我们召开全县农业农村工作会议，主要任务是总结去年工作，部署今年任务。刚才，几位同志作了发言，"
        "讲得都很好，我完全赞同。\n\n下面，我讲三点意见。\n\n一、认清形势，切实增强做好工作的责任感\n\n"
        "去年，全县农业生产形势总体平稳，粮食产量再创新高，但困难仍然不少，必须高度重视。\n\n"
        "二、突出重点，扎实推进各项任务落实\n\n要抓住重点产业和关键环节，逐项研究解决，确保取得实效。\n")


def read(page: str):
    speeches = analyze_text(page)
    assert len(speeches) == 1
    return speeches[0]


# --- the page's lines above its record, the speech's own title block below ---------------------

def test_a_sites_slogan_and_the_pages_headline_above_its_record_are_not_the_title():
    page = ("某某农机网\n\n全国免费咨询电话\n\n热门搜索：\n\n当前位置：首页 > 行业动态\n\n"
            "县委书记谈乡村振兴-【动态】\n\n发布时间：2023-05-06 09:12:40 阅读：来源：某某农机网\n\n"
            "在全县乡村振兴推进会暨农技人员培训班上的交流内容\n\n李 建 国\n\n（2023年5月6日）\n\n" + BODY)
    speech = read(page)
    assert speech.title == "在全县乡村振兴推进会暨农技人员培训班上的交流内容"
    assert speech.speaker == "李 建 国"
    assert speech.date == "（2023年5月6日）"


def test_a_title_in_two_parts_under_the_pages_record_is_the_title_not_the_headline():
    page = ("学习园地\n首页 > 学习园地>学员心得\n《全县青年干部培训班》学员在结业座谈会上交流发言\n"
            "信息来源： 作者： 发布日期：2022-11-03\n\n交流之一：\n\n\n\n夯实基础 提升本领\n\n"
            "做新时代合格的青年干部\n\n县农业农村局办公室副主任 赵明远\n\n" + BODY)
    speech = read(page)
    assert speech.title == "夯实基础 提升本领\n做新时代合格的青年干部"
    assert speech.speaker == "县农业农村局办公室副主任 赵明远"


def test_a_headline_above_the_record_stays_the_title_when_no_own_title_stands_below():
    page = "在全县农业农村工作会议上的讲话\n\n发布时间：2023-05-06 09:12:40 来源：县政府办\n\n同志们：\n\n" + BODY
    assert read(page).title == "在全县农业农村工作会议上的讲话"
    page = "在全县农业农村工作会议上的讲话\n\n发布时间：2023-05-06 来源：县政府办\n\n王建国\n\n同志们：\n\n" + BODY
    speech = read(page)
    assert speech.title == "在全县农业农村工作会议上的讲话" and speech.speaker == "王建国"


def test_a_title_under_breadcrumbs_alone_still_reads_as_before():
    page = "当前位置：首页 > 讲话致辞 > 正文\n\n在全县农业农村工作会议上的讲话\n\n王建国\n\n同志们：\n\n" + BODY
    speech = read(page)
    assert speech.title == "在全县农业农村工作会议上的讲话" and speech.speaker == "王建国"


# --- a line that leads in to the speech ---------------------------------------------------------

def test_a_line_leading_in_to_the_speech_is_no_title():
    speech = read("运动会开幕词如下：\n各位裁判员、运动员，老师们、同学们：\n" + BODY)
    assert speech.title is None
    assert speech.salutation == "各位裁判员、运动员，老师们、同学们："


def test_a_title_and_a_speaker_field_still_read_as_before():
    speech = read("在全县农业农村工作会议上的讲话\n主讲人：王建国\n同志们：\n" + BODY)
    assert speech.title == "在全县农业农村工作会议上的讲话"
    assert speech.speaker == "主讲人：王建国"


# --- a collection's item line above the speech's own title ---------------------------------------

def test_a_collection_item_line_above_the_title_is_the_pages():
    speech = read("第一篇：以产业振兴为抓手，推动县域经济高质量发展大全\n以产业振兴为抓手，推动县域经济高质量发展\n" + BODY)
    assert speech.title == "以产业振兴为抓手，推动县域经济高质量发展"
    assert speech.body_text().startswith("今天，我们召开")


def test_a_title_with_a_comma_right_above_the_first_paragraph_is_the_title():
    speech = read("以产业振兴为抓手，推动县域经济高质量发展\n" + BODY)
    assert speech.title == "以产业振兴为抓手，推动县域经济高质量发展"
    assert speech.body_text().startswith("今天，我们召开")


def test_the_first_line_of_a_paragraph_broken_into_lines_of_one_width_is_no_title():
    texts = ["今天我们召开全县农业农村工作会议，主要任务是总结去", "年工作，部署今年任务。刚才几位同志作了发言，讲得都很好。",
             "下面，我讲三点意见，供大家参考，请大家认真研究，抓好落实。我们要认真总结经验，查找不足，推动工作。"]
    block = [Line(text, number) for number, text in enumerate(texts, 1)]
    assert clerk_header_tags(block, ["noise", "noise", "body"])[:2] == ["noise", "noise"]


# --- a salutation that ends in a greeting --------------------------------------------------------

@pytest.mark.parametrize("line", ["尊敬的各位领导；各位同事，大家好。", "各位来宾，下午好！", "老师们、同学们，大家早上好",
                                  "尊敬各位领导;各位同仁,大家好。"])
def test_whom_the_speech_addresses_then_a_greeting_is_a_salutation(line):
    assert greets_hearers(line)


@pytest.mark.parametrize("line", ["今天天气很好。", "同志们好好学习。", "我们的工作做得很好。", "大家好！",
                                  "各位领导都说这个方案很好。"])
def test_a_sentence_ending_in_good_is_no_greeting(line):
    assert not greets_hearers(line)


def test_a_greeting_salutation_under_the_title_is_the_salutation():
    speech = read("先进集体代表发言稿\n\n尊敬的各位领导；各位同事，大家好。\n\n" + BODY)
    assert speech.title == "先进集体代表发言稿"
    assert speech.salutation == "尊敬的各位领导；各位同事，大家好。"
    assert speech.body_text().startswith("今天，我们召开")


# --- who speaks ------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["xx 中学", "XX县教育局", "××公司", "某某镇政府"])
def test_a_unit_left_to_name_is_a_speaker_never_a_title_line(line):
    assert placeholder_unit(line) and can_be_speaker(line)
    assert not can_be_title(["学校办学水平督导评估汇报材料", line, "各位领导："], 1)


@pytest.mark.parametrize("line", ["某镇乡村振兴工作汇报", "县教育局2023年工作总结", "中学"])
def test_a_title_naming_a_unit_is_no_placeholder_unit(line):
    assert not placeholder_unit(line)


def test_a_unit_left_to_name_under_the_title_is_the_speaker():
    speech = read("学校办学水平督导评估汇报材料\n\nxx 中学\n\n尊敬的各位领导、各位专家：\n\n" + BODY)
    assert speech.title == "学校办学水平督导评估汇报材料"
    assert speech.speaker == "xx 中学"


def test_a_pages_poster_button_is_no_speaker():
    page = ("县农业农村局先进科室汇报发言材料\nVIP专享\n2024-03-09\n12 页\n海报\n侵权投诉\n"
            "县农业农村局先进科室汇报发言材料\n各位领导、各位同志：\n" + BODY)
    speech = read(page)
    assert speech.title == "县农业农村局先进科室汇报发言材料"
    assert speech.speaker is None


def test_a_name_under_the_title_is_still_the_speaker():
    speech = read("在全县农业农村工作会议上的讲话\n\n海明\n\n同志们：\n\n" + BODY)
    assert speech.speaker == "海明"


@pytest.mark.parametrize("line", ["提高能力 强化素质", "守牢底线 强化担当"])
def test_a_title_in_two_parts_is_no_name(line):
    assert not ends_with_name(line)


@pytest.mark.parametrize("line", ["县委书记 欧阳明明", "县农业农村局局长 王琛", "驻会副主委 张殿臣", "王 琛"])
def test_a_position_and_a_name_still_end_with_a_name(line):
    assert ends_with_name(line)


# --- a title wrapped right above what was read as the body ---------------------------------------

def test_a_title_wrapped_on_the_next_line_is_joined_and_its_date_kept():
    speech = read("在全县农业农村工作座\n谈会上的讲话\n\n（2023年5月6日）\n\n" + BODY)
    assert speech.title == "在全县农业农村工作座\n谈会上的讲话"
    assert speech.date == "（2023年5月6日）"
    assert speech.body_text().startswith("今天，我们召开")


def test_an_occasion_wrapped_after_a_list_of_hosts_is_one_title():
    speech = read("在县农业农村局、县水利\n局联席会议上的讲话\n\n2023年5月6日\n\n" + BODY)
    assert speech.title == "在县农业农村局、县水利\n局联席会议上的讲话"
    assert speech.date == "2023年5月6日"


def test_a_title_in_two_parts_over_a_blank_line_still_reads_as_before():
    speech = read("守牢底线 护航发展\n\n在全县安全生产工作会议上的讲话\n\n同志们：\n\n" + BODY)
    assert speech.title == "守牢底线 护航发展"
    assert speech.subtitle == "在全县安全生产工作会议上的讲话"


def test_a_pages_font_and_print_controls_are_no_title_line():
    page = "【字体：大 中 小】  打印本页  关闭窗口\n\n在全市农业农村工作\n会议上的讲话\n\n王建国\n\n同志们：\n\n" + BODY
    speech = read(page)
    assert speech.title == "在全市农业农村工作\n会议上的讲话"
    assert speech.speaker == "王建国"


def test_a_title_is_one_run_of_lines_the_pages_label_above_a_collection_title_is_none_of_it():
    page = ("精选范文\n\n全市农业农村工作会议讲话稿（精选5篇）\n\n篇一：在全市农业农村工作会议上的讲话\n\n同志们：\n\n"
            + BODY)
    assert read(page).title == "篇一：在全市农业农村工作会议上的讲话"


def test_a_title_over_two_lines_with_a_blank_line_between_is_still_one_title():
    speech = read("坚定信心 真抓实干\n\n奋力开创农业农村工作新局面\n\n——在全市农业农村工作会议上的讲话\n\n王建国\n\n同志们：\n\n"
                  + BODY)
    assert speech.title == "坚定信心 真抓实干\n奋力开创农业农村工作新局面"
    assert speech.subtitle == "——在全市农业农村工作会议上的讲话" and speech.speaker == "王建国"


# --- the body read from a name or a date right under the title ---------------------------------

@pytest.mark.parametrize("name", ["王建国", "县委书记 王建国", "欧阳明"])
def test_a_lone_name_right_under_the_title_is_the_speaker_not_the_body(name):
    speech = read(f"全县乡村振兴工作述职报告\n\n{name}\n\n（2023年5月6日）\n\n" + BODY)
    assert speech.title == "全县乡村振兴工作述职报告"
    assert speech.speaker == name and speech.date == "（2023年5月6日）"
    assert speech.body_text().startswith("今天，我们召开")


def test_a_short_first_line_of_the_body_that_is_no_name_stays_the_body():
    speech = read("全县乡村振兴工作述职报告\n\n一、主要工作\n\n" + BODY)
    assert speech.title == "全县乡村振兴工作述职报告"
    assert speech.speaker is None and speech.date is None and speech.subtitle is None


# --- what the clerk reads where a model from other sources reads less ------------------------------

def tags_for(texts: list[str], model_tags: list[str], numbers: list[int] | None = None) -> list[str]:
    block = [Line(text, number) for text, number in zip(texts, numbers or [2 * i + 1 for i in range(len(texts))])]
    return clerk_header_tags(block, model_tags)


LONG = "今天，我们召开全县农业农村工作会议，主要任务是总结去年工作，部署今年任务。刚才，几位同志作了发言，讲得都很好，我完全赞同。"


def test_a_title_in_two_tight_lines_above_the_dash_subtitle_is_one_title():
    texts = ["决胜全面建成小康社会", "为夺取新时代乡村振兴伟大胜利", "王建国", "——在全县农业农村工作会议上的报告", "同志们：", LONG]
    got = tags_for(texts, ["title", "noise", "noise", "title", "salutation", "body"], [1, 2, 4, 6, 8, 10])
    assert got[:4] == ["title", "title", "speaker", "subtitle"]


def test_a_title_and_its_subtitle_in_tight_lines_stay_apart():
    texts = ["决胜全面建成小康社会", "在全县农业农村工作会议上的讲话", "同志们：", LONG]
    got = tags_for(texts, ["title", "noise", "salutation", "body"], [1, 2, 4, 6])
    assert got[:2] == ["title", "noise"] or got[:2] == ["title", "subtitle"]


def test_a_title_line_ending_in_an_open_quote_is_joined_to_the_next():
    texts = ["县委书记在全县脱贫攻坚暨决胜摘帽“", "冲刺200天”行动誓师大会上的讲话", "县委书记 王建国", "2023年1月13日", LONG]
    got = tags_for(texts, ["noise", "noise", "speaker", "date", "body"], [1, 2, 3, 4, 5])
    assert got[:2] == ["title", "title"]


def test_a_line_naming_a_speech_is_never_the_salutation():
    texts = ["中国人民政治协商会议某某县委员会常务", "委员会工作报告(政协常委会工作报告)", "各位委员、同志们：", LONG]
    got = tags_for(texts, ["title", "salutation", "salutation", "body"], [1, 2, 4, 6])
    assert got[:3] == ["title", "title", "salutation"]


def test_a_salutation_broken_over_two_lines_still_reads_as_before():
    texts = ["在全县农业农村工作会议上的讲话", "各位代表、", "同志们：", LONG]
    assert tags_for(texts, ["title", "salutation", "salutation", "body"], [1, 3, 4, 6])[:3] == ["title", "salutation",
                                                                                               "salutation"]


def test_a_position_and_a_name_read_as_the_title_is_the_speaker():
    texts = ["2023年县政府工作报告", "某县人民政府代县长林晓明", "——2023年1月5日在某县第十六届人民代表大会第三次会议上", "各位代表：", LONG]
    got = tags_for(texts, ["noise", "title", "subtitle", "salutation", "body"])
    assert got[:3] == ["title", "speaker", "subtitle"]


def test_a_title_with_the_full_stop_a_clerk_typed_is_the_title():
    texts = ["教职工代表大会闭幕词。", "尊敬的各位领导、各位代表：", LONG]
    assert tags_for(texts, ["noise", "salutation", "body"])[0] == "title"
    assert not can_be_title(["下面请王局长讲话。", "同志们："], 0)   # a host's words end so too


def test_a_long_title_read_as_the_body_is_the_title():
    title = "2023年区城管局副局长述职述廉报告(分管党务,纪检监察,市容环境建设,信访等)"
    speech = read(title + "\n" + LONG + "我们要认真总结经验，查找不足，推动各项工作再上新台阶。\n\n" + BODY)
    assert speech.title == title


@pytest.mark.parametrize("line", ["联系客服提示-某某公文", "免费服务热线", "在线客服"])
def test_a_sites_service_desk_line_is_no_title(line):
    texts = ["市委书记在全市理论研讨会上的讲话", line, "王建国", "同志们：", LONG]
    assert tags_for(texts, ["noise", "title", "speaker", "salutation", "body"])[:2] == ["title", "noise"]


def test_a_speech_about_a_service_desk_keeps_its_title():
    texts = ["在全市政务服务中心客服团队成立大会上的讲话", "王建国", "同志们：", LONG]
    assert tags_for(texts, ["title", "speaker", "salutation", "body"])[0] == "title"


@pytest.mark.parametrize("head", ["――2023年1月5日在某县第十六届", "2023年1月5日在某县第十六届"])
def test_an_occasion_over_two_lines_under_the_title_is_the_subtitle(head):
    texts = ["某县人民检察院工作报告", head, "人民代表大会第三次会议上", "某县人民检察院检察长 林晓明", "各位代表：", LONG]
    got = tags_for(texts, ["title", "noise", "title", "speaker", "salutation", "body"], [1, 3, 4, 6, 8, 10])
    assert got[:4] == ["title", "subtitle", "subtitle", "speaker"]


def test_a_title_with_no_occasion_under_it_still_reads_as_before():
    texts = ["某县人民检察院工作报告", "某县人民检察院检察长 林晓明", "各位代表：", LONG]
    assert tags_for(texts, ["title", "speaker", "salutation", "body"])[:2] == ["title", "speaker"]


def test_a_sentence_read_as_a_title_below_the_title_block_does_not_displace_the_title():
    texts = ["全县农业农村工作会议讲话稿", "王建国", "同志们：", LONG, "过去一年，我们总结经验，观察大势，谋划全局，推动各项工作取得新成效。", LONG]
    got = tags_for(texts, ["title", "speaker", "noise", "noise", "title", "noise"])
    assert got[0] == "title"
