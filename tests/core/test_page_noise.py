"""A pasted page's own lines above a speech (its banner, menus, record, captions, bylines, leads and
editors' notes) are set aside before the header is read: they never push the title out of the lines
the header is looked for in, and never become its title, subtitle or speaker; they stay in the
analysis as noise. A reading in pinyin printed after a character (`發(fā)言`) is read past. The
speech's own lines of the same look (a title with 网, 第N期 or a bracket, a name, a date, a section's
bracketed heading) stay the speech's."""

import pytest

from speechwriter.core.analyzer import analyze_document, analyze_text, content_lines
from speechwriter.core.cleaning import clean_lines
from speechwriter.core.header import is_page_line, page_lines_above, speaker_field
from speechwriter.core.script import as_read, without_glosses

BODY = ("今天，我们召开全区安全生产工作会议，主要任务是总结上半年工作，部署下半年任务。刚才，几位同志作了发言，"
        "讲得都很好，我完全赞同。\n\n下面，我讲三点意见。\n\n一、认清形势，切实增强做好工作的责任感\n\n"
        "上半年，全区安全生产形势总体平稳，但隐患仍然不少，必须高度警惕。\n\n"
        "二、突出重点，扎实推进各项任务落实\n\n要抓住重点行业和关键环节，逐项排查整治，确保不留死角。\n")

PAGE_LINES = [
    "某某老品牌值得信赖(China)官方网站-Global Reputation",   # a site's banner
    "东城区教育网_首页",
    "理论频道",
    "版权所有 © 2020 某某中学",
    "欢迎访问某某市民政局门户网站",
    "首页 新闻中心 党建工作 理论学习 基层动态 联系我们",     # a menu of short items
    "[图文]市委理论学习中心组召开专题学习...",               # links the page cut short
    "区委召开落实安全生产责任制推进会及20...",
    "精选公文范文",                                           # a collection's caption and item number
    "篇1",
    "第三篇",
    "来源:区政府办公室",                                      # the article's record
    "作者:学工办时间:2020-09-25 11:20浏览:字体:",
    "浏览次数:3998",
    "记者 李明/北京报道",                                     # a reporter's byline
    "本报记者 王芳 张强",
    "（记者张廷玉台北报导）",
    "导语:如何才能写好一篇讲话稿，这就需要搜集整理更多的资料",   # a page's lead
    "【编者按】这是区长在全区安全生产工作会议上的讲话",
    "【致辞背景】全市计生系统动员大会致辞",                     # editors' notes in brackets
    "[节录自区长在全区安全生产工作会议上的讲话]",
    "微信图片_20200924204125_副本.jpg",                        # a picture's file name, credit, caption
    "▲图/翻摄自市长脸书",
    "图片来源：新华社",
    "（根据录音整理）",                                        # an editor's note on the text
    "(预拟致词稿)",
    "跳到主要内容区",                                          # a link for screen readers
    "此页面上的内容需要较新版本的 Adobe Flash Player。",        # a note on the browser
]

SPEECH_LINES = [
    "在全市网络安全工作会议上的讲话",                           # 网 inside a word
    "织密安全防护网",
    "互联网+政务服务推进会上的讲话",
    "【迎新季】学生张三在学校2020级新生开学典礼上的发言",      # a topic in brackets, then the title
    "第三期“强基”大讲堂上的党课",                              # 第N期, 第N次
    "在第二十次全国代表大会上的报告",
    "第一篇：在全区安全生产工作会议上的讲话",                  # a part's title
    "镇长工作报告范文",                                        # a caption naming the speech: the title when it is the only one
    "——在全区安全生产工作会议上的讲话",
    "县委书记 王建国",                                         # who speaks
    "王建国",
    "发言人：王琛",
    "【致辞人】某某市卫健委",
    "2020年9月25日",                                           # a date
    "同志们：",                                                # a salutation
    "【自我介绍】",                                            # a section's heading in brackets
    "记者节座谈会上的讲话",                                    # 记者 in a title
    "新闻记者座谈会",
    "不忘初心 牢记使命 勇于担当 砥砺前行",                     # a slogan in parts
    "走 向 远 方 奔 向 未 来",                                 # a title spaced out
    "坚定信心，再创佳绩……",
    "图书馆开馆仪式上的讲话",                                  # 图 opening a title
    "（2015年5月8日·根据录音整理）",                           # a date with the note is the date line
    "时间：民国106年10月21日（星期六）上午9时",                 # when the meeting was
    "在县委理论学习中心组专题学习会上的发言.docx",             # the file's name is the title
]


@pytest.mark.parametrize("text", PAGE_LINES)
def test_a_pages_own_line_is_set_aside(text):
    assert is_page_line(as_read(text))


@pytest.mark.parametrize("text", SPEECH_LINES)
def test_a_speechs_own_line_is_never_set_aside(text):
    assert not is_page_line(as_read(text))


def test_the_stage_stops_at_the_salutation_and_at_the_first_paragraph():
    texts = ["理论频道", "在全区安全生产工作会议上的讲话", "同志们：", "来源:区政府办公室"]
    assert page_lines_above(texts) == {0}   # (the record line under the salutation is the speech's business)
    texts = ["理论频道", "今天，我们召开全区会议。", "篇1"]
    assert page_lines_above(texts) == {0}   # (below the first sentence it is the speech's)


def test_pinyin_readings_are_read_past_and_the_text_kept_as_written():
    assert as_read("縣委書記 施振強(qiáng)") == "县委书记 施振强"
    assert without_glosses("主旨發（fā）言") == "主旨發言"
    # an unmarked word in brackets is no reading; nor a number or a part
    assert without_glosses("人工智能(ai)大会") == "人工智能(ai)大会"
    assert without_glosses("在教代会上的讲话(一)") == "在教代会上的讲话(一)"
    assert without_glosses("2020(1)班") == "2020(1)班"


def test_the_bracketed_speaker_field_is_who_speaks():
    assert speaker_field("【致辞人】某某市卫健委")
    assert not speaker_field("【致辞背景】某某大会")


MENUS = "\n".join(["首页 新闻中心 党建工作 理论学习 基层动态 联系我们 网上办事 信息公开",
                   "机关建设 基层快递 会员风采 作品园地 历史沿革 热点专题 基层组织"] +
                  [f"[图文]区委召开第{n}次理论学习中心组专题学..." for n in range(1, 16)])


def test_a_title_under_many_lines_of_menus_is_read():
    text = (f"此页面上的内容需要较新版本的 Adobe Flash Player。\n\n{MENUS}\n站内检索:\n"
            "您现在所在的位置:首页 > 宣传理论 > 交流平台\n\n在全区安全生产工作会议上的讲话\n\n"
            f"发布时间:2017-07-04 15:52:00 来源:本单位\n\n同志们：\n\n{BODY}")
    speech = analyze_text(text)[0]
    assert speech.title == "在全区安全生产工作会议上的讲话"
    assert speech.salutation == "同志们："
    assert speech.sections[0].paragraphs[0].startswith("今天，我们召开全区安全生产工作会议")


def test_a_banner_above_a_bracketed_title_is_no_part_of_it():
    text = ("某某老品牌值得信赖(China)官方网站-Global Reputation\n\n"
            "【迎新季】学生张三在学校2020级新生开学典礼上的发言\n\n作者:学工办时间:2020-09-25 11:20浏览:字体:\n\n"
            "微信图片_20200924204125_副本.jpg\n\n尊敬的各位领导，敬爱的老师们，亲爱的同学们：\n\n" + BODY)
    speech = analyze_text(text)[0]
    assert speech.title == "【迎新季】学生张三在学校2020级新生开学典礼上的发言"
    assert speech.salutation == "尊敬的各位领导，敬爱的老师们，亲爱的同学们："


def test_a_subtitle_and_speaker_with_pinyin_readings_are_read_as_written():
    text = ("扬帆新时代 再创新辉煌\n——第二届乡贤大会上的主旨发(fā)言\n县委书记 施振强(qiáng)\n\n"
            "尊敬的各位乡贤：\n\n" + BODY)
    speech = analyze_text(text)[0]
    assert speech.subtitle == "——第二届乡贤大会上的主旨发(fā)言"
    assert speech.speaker == "县委书记 施振强(qiáng)"


def test_every_line_pasted_is_kept_header_body_or_noise():
    text = (f"理论频道\n{MENUS}\n记者 李明/北京报道\n【致辞背景】全区安全生产工作会议\n"
            f"在全区安全生产工作会议上的讲话\n同志们：\n{BODY}")
    document = analyze_document(text)
    pieces = [ln for a in document.speeches for ln in a.header + a.body + a.noise] + list(document.outside)
    assert sorted(ln.number for ln in pieces) == [ln.number for ln in clean_lines(text)]
    noise = {ln.text for a in document.speeches for ln in a.noise}
    assert {"理论频道", "记者 李明/北京报道", "【致辞背景】全区安全生产工作会议"} <= noise


def test_a_speech_opening_with_a_bracketed_heading_keeps_it_among_its_lines():
    noise, content = content_lines(clean_lines("【自我介绍】\n" + BODY))
    assert content[0].text == "【自我介绍】" and not noise


def test_a_pages_field_label_over_its_count_is_no_title():
    text = "管理成员\n注册\n2002-10-07\n消息\n402,402\n声望点数\n0\n各位委员，各位同志：\n" + BODY
    speech = analyze_text(text)[0]
    assert speech.title is None
    assert speech.salutation == "各位委员，各位同志："
    # (a title over a number on its own line is still the title)
    speech = analyze_text("在全区安全生产工作会议上的讲话\n1\n同志们：\n" + BODY)[0]
    assert speech.title == "在全区安全生产工作会议上的讲话"


def test_a_pages_line_under_a_news_lead_is_never_the_title():
    text = ("本报讯 今天上午，全区安全生产工作会议召开，区长在会上作了讲话，对下半年的安全生产工作作了全面部署，"
            "以下是讲话全文。\n▲图/区融媒体中心\n同志们：\n" + BODY)
    speech = analyze_text(text)[0]
    assert speech.title != "▲图/区融媒体中心"
    assert speech.salutation == "同志们："
