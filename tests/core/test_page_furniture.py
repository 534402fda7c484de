"""A line of the web page a speech was pasted from (links, a page's controls, counters, the
article's record, a time stamp) is never the title or part of it; the speech's own lines of the
same look (a date alone, a spaced-out title, a title with a colon, a date or `第N期`) stay the
speech's."""

import pytest

from speechwriter.core.analyzer import analyze_text
from speechwriter.core.cleaning import Line
from speechwriter.core.header import can_be_title, clerk_header_tags, is_page_furniture, is_page_notice

BODY = ("今天，我们召开全区安全生产工作会议，主要任务是总结上半年工作，部署下半年任务。刚才，几位同志作了发言，"
        "讲得都很好，我完全赞同。\n\n下面，我讲三点意见。\n\n一、认清形势，切实增强做好工作的责任感\n\n"
        "上半年，全区安全生产形势总体平稳，但隐患仍然不少，必须高度警惕。\n\n"
        "二、突出重点，扎实推进各项任务落实\n\n要抓住重点行业和关键环节，逐项排查整治，确保不留死角。\n")

PAGE_LINES = [
    "主页 > 公文写作 > 讲话致辞 > 正文",            # links between separators
    "机关之家 | 公文 | 讲话 | 心得 | 总结",
    "网站地图 / 联系我们 / 投稿须知",
    "首页 资讯 公文 讲话 心得 总结",                 # a row of short links
    "登录 注册",                                      # a page's controls
    "一键下载",
    "分享到：",
    "打印本页 关闭窗口",
    "上一篇：在全市招商引资工作会议上的讲话",        # a link to another page
    "相关文章：区长在防汛工作会议上的讲话",
    "阅读：1523",                                     # a counter
    "已有 86 人阅读",
    "36 页",
    "网站客服QQ：403074932",                           # whom to write to
    "发布时间：2023年4月2日",                         # the article's record
    "文章来源：区政府办公室",
    "责任编辑：张伟",
    "时间：2022-09-03 08:32:17",                      # a time stamp
    "2023-04-02 09:15 区政府网",
]

SPEECH_LINES = [
    "在全区安全生产工作会议上的讲话",
    "守牢底线 护航发展",
    "走 向 远 方",                                     # spaced out
    "政 府 工 作 报 告",
    "竖直脊梁 立定脚跟 心怀梦想 勇敢前行",             # a slogan in parts
    "习近平：在北京大学师生座谈会上的讲话",            # a title with a colon
    "2023年新年献词：携手共奋进，同向新未来",
    "在2018年干部教育培训秋季学期开学典礼上的讲话",   # a title with a date
    "在第25期青年干部培训班开班仪式上的讲话",          # 第N期
    "第三期“强基”大讲堂上的党课",
    "开幕词",                                           # short titles
    "述职报告",
    "2021/02/27",                                      # a date alone, written as a page would
    "2022.08.31",
    "2017 年 4 月 24 日",
    "王 琛 2020.6.20",                                 # a name and a date
    "——在全区安全生产工作会议上的讲话",
]


@pytest.mark.parametrize("text", PAGE_LINES)
def test_a_web_pages_line_is_page_furniture(text):
    assert is_page_furniture(text)


@pytest.mark.parametrize("text", SPEECH_LINES)
def test_a_speechs_own_line_is_no_page_furniture(text):
    assert not is_page_furniture(text)


@pytest.mark.parametrize("text", [t for t in PAGE_LINES if not t.startswith(("上一篇", "相关"))])
def test_a_page_line_cannot_be_the_title(text):
    assert not can_be_title([text, "在全区安全生产工作会议上的讲话"], 0)


def test_a_page_line_the_model_took_for_the_title_is_the_pages():
    block = [Line(t, n) for n, t in enumerate(
        ["主页 > 公文写作 > 讲话致辞 > 正文", "守牢底线 护航发展", "——在全区安全生产工作会议上的讲话", "同志们：",
         "今天，我们召开会议。"], start=1)]
    tags = clerk_header_tags(block, ["title", "title", "subtitle", "salutation", "body"])
    assert tags == ["noise", "title", "subtitle", "salutation", "body"]


def test_a_time_stamp_under_the_title_is_never_joined_to_it():
    block = [Line("在全区安全生产工作会议上的讲话", 1), Line("时间：2022-09-03 08:32:17 浏览：1523", 3),
             Line("同志们：", 5), Line("今天，我们召开会议。", 7)]
    tags = clerk_header_tags(block, ["title", "title", "salutation", "body"])
    assert tags == ["title", "noise", "salutation", "body"]


@pytest.mark.parametrize("page", ["首页 资讯 公文 讲话 心得 总结\n登录 注册", "当前位置：首页 > 讲话致辞 > 正文",
                                  "发布时间：2023-04-02 09:15 来源：区政府网 阅读：1523"])
def test_a_pasted_page_reads_the_speechs_own_title(page):
    speech = analyze_text(page + "\n\n在全区安全生产工作会议上的讲话\n\n区长 王琛\n\n同志们：\n\n" + BODY)[0]
    assert speech.title == "在全区安全生产工作会议上的讲话"


NOTICES = ["下面是小编为大家整理的在全区安全生产工作会议上的讲话，供大家参考。",
           "1、下载文档前请自行甄别文档内容的完整性，平台不提供额外的编辑服务。",
           "如文档侵犯您的权益，请联系客服反馈。"]


@pytest.mark.parametrize("notice", NOTICES)
def test_a_pages_note_to_its_reader_above_the_speech_is_set_aside(notice):
    speech = analyze_text(f"时间：2022-09-03 08:32:17 浏览量：\n\n{notice}\n\n在全区安全生产工作会议上的讲话\n\n{BODY}")[0]
    assert speech.title == "在全区安全生产工作会议上的讲话"
    assert speech.body_text().startswith("今天，我们召开") and notice not in speech.body_text()


def test_a_speech_on_a_service_desks_work_keeps_its_words():
    # a speaker says 我们 of 客服 and 用户; a salutation opens with whom it addresses: the speech's own
    assert not is_page_notice("我们客服中心的同志们把用户的需求放在首位，推荐的产品都经过了认真比较。")
    assert not is_page_notice("各位领导、同事们：请允许我代表客服中心汇报用户服务平台的建设情况。")
    assert is_page_notice(NOTICES[0])


def test_a_pages_notes_between_its_title_and_the_speech_cut_off_no_speech():
    notes = "\n".join(f"{n}、{t}" for n, t in enumerate(NOTICES[1:], 1))
    speeches = analyze_text(f"在全区安全生产工作会议上的讲话\n\n一键下载\n{notes}\n\n在全区安全生产工作会议上的讲话\n\n"
                            f"同志们：\n\n{BODY}")
    assert len(speeches) == 1
    assert speeches[0].title == "在全区安全生产工作会议上的讲话" and speeches[0].salutation == "同志们："


def test_a_collection_of_two_is_the_pages_title():
    block = [Line("职代会闭幕词两篇", 1), Line("职代会闭幕词一", 5), Line("尊敬的各位代表：", 7), Line("今天，我们召开会议。", 9)]
    assert clerk_header_tags(block, ["noise", "title", "salutation", "body"])[:2] == ["noise", "title"]
