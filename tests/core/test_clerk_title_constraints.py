"""Title constraints a clerk never breaks on pages from unseen sources: a part's own title keeps its
number and colon, a page's label is no title, the title block stands right above the salutation, a
meeting record's field is no title line, a page's preview with its note to the reader is the page's."""

import pytest

from speechwriter.core.analyzer import analyze_text
from speechwriter.core.header import (
    addresses_hearers,
    can_be_title,
    clerk_header_tags,
    greets_hearers,
    is_page_line,
    is_page_notice,
)
from speechwriter.core.header.clerk import meeting_time
from speechwriter.core.header.words import numbered_part_title
from tests.core.header_lines import lines, read_speech

BODY = ("今天，我们召开全区安全生产工作会议，主要任务是总结上半年工作，部署下半年任务。刚才，几位同志作了发言，"
        "讲得都很好，我完全赞同。\n\n下面，我讲三点意见。\n\n一、认清形势，切实增强做好工作的责任感\n\n"
        "上半年，全区安全生产形势总体平稳，但隐患仍然不少，必须高度警惕。\n\n"
        "二、突出重点，扎实推进各项任务落实\n\n要抓住重点行业和关键环节，逐项排查整治，确保不留死角。\n")


def read(header: str):
    return read_speech(header, BODY)


@pytest.mark.parametrize("line", ["国小教代会闭幕式讲话一:", "校长在教代会上讲话(一):", "开学典礼致辞（二）：",
                                  "小学教师述职报告3："])
def test_a_parts_numbered_title_with_a_colon_is_a_title(line):
    assert numbered_part_title(line)
    assert can_be_title([line], 0)


@pytest.mark.parametrize("line", ["发言之一：", "运动会闭幕词如下：", "下面我讲三点意见：", "主要工作有三：",
                                  "各位代表：", "讲话要点一："])
def test_a_line_that_leads_in_is_no_numbered_part_title(line):
    assert not numbered_part_title(line)
    assert not can_be_title([line], 0)


def test_a_collections_part_titled_with_its_number_and_colon_is_the_title():
    speech = read("教代会闭幕式讲话3篇\n\n教代会闭幕式讲话一:\n\n各位领导、各位代表:")
    assert speech.title == "教代会闭幕式讲话一:"
    assert speech.salutation == "各位领导、各位代表:"
    # the page's headline above, naming the speech without the part: the part's own line is the title
    speech = read("校长在教代会上讲话\n\n校长在教代会上讲话(一):\n\n各位代表:")
    assert speech.title == "校长在教代会上讲话(一):"


@pytest.mark.parametrize("line", ["快讯", "立法会事务", "技术资讯", "精选专题", "校园新闻", "发言全文", "致辞全文如下",
                                  "讲话实录", "▲图/翻摄自市长脸书", "图片来源：新华社"])
def test_a_pages_column_label_or_picture_credit_is_no_title(line):
    assert not can_be_title([line], 0)


@pytest.mark.parametrize("line", ["苏慧贞校长108级毕业典礼致词全文", "2015年市长对市府同仁岁末广播全文",
                                  "【卸任交接 致词全文】", "在离任高校校长时讲话(全文完整)", "【毕业典礼校长致辞一】",
                                  "新闻发言人工作会议上的讲话", "在全市新闻宣传工作会议上的讲话"])
def test_a_title_giving_the_speech_whole_or_naming_news_is_a_title(line):
    assert can_be_title([line], 0)


@pytest.mark.parametrize("line", ["阅读全文", "【自我介绍】", "全文"])
def test_a_pages_link_or_a_section_label_stays_no_title(line):
    assert not can_be_title([line], 0)


def test_the_bracketed_title_right_above_the_salutation_is_the_title_not_the_pages_column():
    speech = read("快讯\n\n【卸任交接 致词全文】\n\n各位贵宾、各位市民朋友，大家早安：")
    assert speech.title == "【卸任交接 致词全文】"


def test_an_opening_label_under_the_title_starts_the_body():
    # (a section heading under the first paragraph, `工作报告`, held in the title, is the body's, and
    # the title is no page's copy of it)
    text = ("2015年会员周年大会:主席工作报告\n\n引言\n\n时间过得飞快，转瞬间一年又过去了。今天见到大家仍然精神奕奕，"
            "我们的委员都觉得十分欣慰，在此向各位会员致以衷心的感谢。\n\n工作报告\n\n"
            "过去的一年，委员会继续忙碌，不敢松懈，无论在会务扩展或为会员提供联谊方面，都非常努力，成绩有目共睹。\n")
    speech = analyze_text(text)[0]
    assert speech.title == "2015年会员周年大会:主席工作报告"
    assert speech.sections[0].paragraphs[0] == "引言"


def test_a_title_whose_words_a_heading_in_the_title_block_holds_stays_the_pages_copy():
    # (no opening label: the page's headline above its own title, `…：主席工作报告` above `工作报告`)
    speech = read("2015年会员周年大会:主席工作报告\n\n工作报告\n\n同志们：")
    assert speech.title == "工作报告"


@pytest.mark.parametrize("line", ["出席人员:会议代表总额173人,实到133(详如后附出列席名单)", "地点：第2学生活动中心国际会议厅",
                                  "主持人：王明", "列席人员：各部门负责人", "记录：柯佳恩"])
def test_a_field_of_a_meetings_record_is_no_title_line(line):
    assert not can_be_title([line], 0)


@pytest.mark.parametrize("line", ["2015年会员周年大会:主席工作报告", "主席团第一次会议上的讲话", "出席全国人大会议代表座谈会上的发言",
                                  "记录时代的声音"])
def test_a_title_opening_with_a_meeting_word_is_still_a_title(line):
    assert can_be_title([line], 0)


def test_a_preview_cut_short_with_the_pages_note_run_on_is_the_pages():
    preview = ("学校新年献辞老师们、同学们:爆竹声中辞旧岁，总把新桃换旧符。新年钟声就要敲响了，我们谨代表校党委向全校师生员工致"
               "下面是小编为大家整理的【学校致辞】学校新年献辞(全文完整)，供大家参考。")
    assert is_page_notice(preview)
    speech = analyze_text(preview + "\n学校新年献辞\n" + BODY)[0]
    assert speech.title == "学校新年献辞"
    assert speech.salutation is None


@pytest.mark.parametrize("line", ["下面，我代表小编所在的编辑部讲三点意见，我们要做到以下几点。",
                                  "同志们，我们要继续努力，以下是我的三点体会。"])
def test_a_speakers_line_stays_the_speakers(line):
    assert not is_page_notice(line)


def test_a_line_opening_with_its_day_is_the_date_never_the_title():
    block = lines("民国113年6月6日第3907次会议", "同志们：", "今天，我们召开会议。")
    assert clerk_header_tags(block, ["title", "salutation", "body"])[0] == "date"
    block = lines("2015年4月20日 会见传媒", "同志们：", "今天，我们召开会议。")
    assert clerk_header_tags(block, ["title", "salutation", "body"])[0] == "date"
    # (a day and where it was given opens a subtitle; a title naming a year is a title)
    block = lines("2025年3月21日在汉滨区第十九届人民代表大会上", "同志们：", "今天，我们召开会议。")
    assert clerk_header_tags(block, ["title", "salutation", "body"])[0] == "subtitle"
    block = lines("2015年会员周年大会:主席工作报告", "同志们：", "今天，我们召开会议。")
    assert clerk_header_tags(block, ["title", "salutation", "body"])[0] == "title"


@pytest.mark.parametrize("line", ["代主席:", "主席：", "诸位代表先生：", "主席先生、各位议员：", "尊敬的大使阁下："])
def test_whom_one_addresses_by_a_title_is_a_salutation(line):
    assert addresses_hearers(line)


@pytest.mark.parametrize("line", ["主席：王明", "我们的主席说：", "代主席发言如下，请大家审议：", "会议由主席主持："])
def test_a_field_or_a_lead_in_naming_a_chair_is_no_salutation(line):
    assert not addresses_hearers(line)


def test_a_chair_addressed_under_the_title_is_the_salutation():
    speech = read("就根据《公共财政条例》动议的拟议决议案发言\n\n代主席:")
    assert speech.salutation == "代主席:"


def test_a_day_stamped_beside_the_pages_lines_is_no_date_of_the_speech():
    block = lines("在全县安全生产工作会议上的讲话", "某某范文网", "2025-04-02", "同志们：", "今天，我们召开会议。")
    site = [block.pop(1)]
    assert clerk_header_tags(block, ["title", "date", "salutation", "body"], site)[1] == "noise"
    # (in the speech's own title block it is the date, as any other way a speech dates itself)
    for day in ("2025-04-02", "2019.12.31", "2022年9月15日"):
        block = lines("在全县安全生产工作会议上的讲话", day, "同志们：", "今天，我们召开会议。")
        assert clerk_header_tags(block, ["title", "date", "salutation", "body"])[1] == "date"
    speech = read("在全县安全生产工作会议上的讲话\n\n某某范文网\n2025-04-02\n同志们：")
    assert speech.date is None


def test_the_line_above_a_line_opening_with_its_day_is_the_title_when_nothing_else_is():
    speech = analyze_text("立法会事务\n\n就《2015年拨款条例草案》的裁决会见传媒\n\n2015年4月20日 会见传媒\n\n发言全文\n\n"
                          "多谢大家到来。在这段时间，我会向大家说明一下有关修正案的裁决，以及稍后的安排。\n\n" + BODY)[0]
    assert speech.title == "就《2015年拨款条例草案》的裁决会见传媒"
    # (a page's column above a line opening with its day is no title)
    speech = analyze_text("快讯\n\n2015年4月20日 会见传媒\n\n多谢大家到来。在这段时间，我会向大家说明一下有关修正案的裁决。\n\n"
                          + BODY)[0]
    assert speech.title is None


@pytest.mark.parametrize("line", ["时间:民国1061021(星期六)上午9", "时 间:西元2016年1月30日(六)10点30分。", "日期：2016年1月30日上午"])
def test_when_the_event_was_is_a_field_of_its_record(line):
    assert meeting_time(line)


@pytest.mark.parametrize("line", ["时间:2022-05-11 11:04:00", "时间:2021-08-31", "日期:2014-01-13 17:03 来源:政府办", "时间:",
                                  "时间过得飞快，转瞬间一年又过去了。"])
def test_the_pages_stamp_or_a_sentence_is_no_time_of_the_event(line):
    assert not meeting_time(line)


def test_the_events_time_and_place_under_the_title_are_its_date_and_the_pages():
    text = ("「物产展」开幕仪式致词稿\n时 间:西元2016年1月30日(六)10点30分。\n地 点:基隆火车站内。\n"
            "今天，能参加基隆市和日本八代市共同举办的物产展开幕仪式，我感到非常高兴，在此向各位表示欢迎。\n" + BODY)
    speech = analyze_text(text)[0]
    assert (speech.title, speech.date) == ("「物产展」开幕仪式致词稿", "时 间:西元2016年1月30日(六)10点30分。")
    assert speech.sections[0].paragraphs[0].startswith("今天，能参加")


@pytest.mark.parametrize("line", [
    "八代市中村博生市长、基隆市林右昌市长、基隆市议会宋玮莉议长、基隆东区扶轮社陈亮君社长,各位贵宾、媒体朋友,大家早安、大家好。",
    "尊敬的王书记、李市长、张主任、各位来宾、各位朋友们，大家上午好！",
    "各位来宾，下午好！"])
def test_whom_one_addresses_by_post_then_greets_is_the_salutation(line):
    assert greets_hearers(line)


@pytest.mark.parametrize("line", [
    "今天，市长、书记和各位来宾都来到了现场，大家的心情都很好。",
    "我们要学习王市长、李书记、张主任的工作作风，成为一名人民满意的好干部，大家说好不好？",
    "市长、书记、主任、校长、院长、局长、处长、科长、社长、会长、董事长、理事长都很好。"])
def test_a_sentence_naming_posts_is_no_salutation(line):
    assert not greets_hearers(line)


@pytest.mark.parametrize("line", ["首页 > 新闻中心 > 领导讲话", "您的位置：首页 > 讲话稿", "福州理论在线 >> 时政要闻 >> 正文"])
def test_where_the_page_stands_is_the_pages_whatever_speech_its_last_link_names(line):
    assert is_page_line(line)


def test_a_trail_above_the_title_changes_nothing_of_the_title():
    header = "2015年会员周年大会:主席工作报告\n\n同志们："
    assert read("首页 > 新闻中心 > 领导讲话\n" + header).title == read(header).title == "2015年会员周年大会:主席工作报告"


@pytest.mark.parametrize("line", ["在全市网络安全工作会议上的讲话", "《论持久战》读书会上的发言"])
def test_a_title_is_no_trail(line):
    assert not is_page_line(line)


def test_a_subtitles_second_line_after_a_blank_line_is_no_title():
    block = lines("2025年3月21日在汉滨区第十九届", "", "人民代表大会第四次会议上", "", "汉滨区人民政府代区长 向诗兵", "各位代表:",
                  "现在，我代表区人民政府向大会报告工作。")
    del block[3], block[1]   # (blank lines: the numbers keep their gaps)
    tags = clerk_header_tags(block, ["subtitle", "subtitle", "speaker", "salutation", "body"])
    assert tags[:2] == ["subtitle", "subtitle"]


@pytest.mark.parametrize("top", ["2015年会员周年大会:主席工作报告\n2023-05-06 10:21:33 来源：本站",
                                 "2015年会员周年大会:主席工作报告\n2015年会员周年大会:主席工作报告"])
def test_an_opening_label_starts_the_body_under_the_pages_lines_too(top):
    text = (top + "\n\n引言\n\n时间过得飞快，转瞬间一年又过去了。今天见到大家仍然精神奕奕，"
            "我们的委员都觉得十分欣慰，在此向各位会员致以衷心的感谢。\n\n工作报告\n\n"
            "过去的一年，委员会继续忙碌，不敢松懈，无论在会务扩展或为会员提供联谊方面，都非常努力，成绩有目共睹。\n")
    speech = analyze_text(text)[0]
    assert speech.title == "2015年会员周年大会:主席工作报告"
    assert speech.sections[0].paragraphs[0] == "引言"


def test_an_opening_label_under_a_line_that_is_no_title_starts_nothing():
    # (`引言` under a sentence of the page's: the model's reading stands)
    block = lines("本文共分三部分。", "引言", "时间过得飞快，转瞬间一年又过去了。今天见到大家仍然精神奕奕，我们都觉得十分欣慰。",
                  "工作报告", "过去的一年，委员会继续忙碌。")
    assert clerk_header_tags(block, ["noise", "noise", "noise", "title", "body"])[1] != "body"


@pytest.mark.parametrize("line", ["【不忘初心 砥砺前行】", "【结业感言】", "【视察安徽时的指示】", "【迎省检解说词】", "【医院挂牌仪式领导讲话稿】"])
def test_a_title_in_brackets_is_a_title(line):
    assert can_be_title([line], 0)


@pytest.mark.parametrize("line", ["【自我介绍】", "【参考资料】", "【 例 文 】", "【范例一】", "【文章共3960字,精选参考范文,仅供学习借鉴】"])
def test_a_label_in_brackets_is_no_title(line):
    assert not can_be_title([line], 0)


def test_the_pages_copy_of_the_title_in_brackets_is_a_copy():
    speech = read("【不忘初心 砥砺前行】\n\n不忘初心 砥砺前行\n\n——在全区安全生产工作会议上的讲话\n\n同志们：")
    assert speech.title == "不忘初心 砥砺前行"


def test_the_chair_addressed_under_the_title_is_no_field_of_a_record():
    block = lines("就根据《公共财政条例》动议的拟议决议案发言", "主席：", "本人发言支持通过特区政府动议的拟议决议案。")
    assert clerk_header_tags(block, ["title", "body", "body"])[:2] == ["title", "salutation"]


@pytest.mark.parametrize("line", ["本报讯 6月1日，市领导在会议上发表讲话。以下为讲话全文：",
                                  "国际奥委会主席罗格8日晚在第29届奥林匹克运动会开幕式上致辞,全文如下:", "校长致辞如下："])
def test_a_lead_announcing_the_text_is_the_pages(line):
    assert is_page_line(line)
    speech = read(line + "\n\n在全区安全生产工作会议上的讲话\n\n同志们：")
    assert speech.title == "在全区安全生产工作会议上的讲话"
    assert speech.salutation == "同志们："


@pytest.mark.parametrize("line", ["下面，我就做好今年的工作讲三点意见：", "现将有关情况报告如下：", "同志们："])
def test_a_speakers_lead_in_announces_no_text(line):
    assert not is_page_line(line)
