"""Title blocks of speeches pasted from pages the analyser has never seen, read as a clerk reads them:
a speech in traditional script, the speaker given as a field (`主讲人：…`), a page's tags line, a
page's question about a kind of speech, an ad slot, a month-day stamp under the title, a breadcrumb
that ends with a part number, and the page's headline above its record line and the article's own
title. Every example is made up."""

import pytest

from speechwriter.core.analyzer import analyze_text
from speechwriter.core.cleaning import Line
from speechwriter.core.header import (
    asks_about_speech,
    can_be_title,
    clerk_header_tags,
    keywords_of_another_line,
    part_marker_title,
    speaker_field,
)
from speechwriter.core.script import simplified

BODY = ("今天，我们召开全县农业农村工作会议，主要任务是总结去年工作，部署今年任务。刚才，几位同志作了发言，"
        "讲得都很好，我完全赞同。\n\n下面，我讲三点意见。\n\n一、认清形势，切实增强做好工作的责任感\n\n"
        "去年，全县农业生产形势总体平稳，粮食产量再创新高，但困难仍然不少，必须高度重视。\n\n"
        "二、突出重点，扎实推进各项任务落实\n\n要抓住重点产业和关键环节，逐项研究解决，确保取得实效。\n")

BODY_TRADITIONAL = ("今天，我們召開全縣農業農村工作會議，主要任務是總結去年工作，部署今年任務。剛才，幾位同志作了發言，"
                    "講得都很好，我完全贊同。\n\n下面，我講三點意見。\n\n一、認清形勢，切實增強做好工作的責任感\n\n"
                    "去年，全縣農業生產形勢總體平穩，糧食產量再創新高，但困難仍然不少，必須高度重視。\n\n"
                    "二、突出重點，紮實推進各項任務落實\n\n要抓住重點產業和關鍵環節，逐項研究解決，確保取得實效。\n")


def test_simplified_swaps_character_for_character_and_leaves_simplified_text_alone():
    assert simplified("在全縣農業農村工作會議上的講話") == "在全县农业农村工作会议上的讲话"
    assert simplified("同志們：") == "同志们："
    for text in ("在全县农业农村工作会议上的讲话", BODY, "著名的乾坤"):
        assert simplified(text) == text
    assert len(simplified(BODY_TRADITIONAL)) == len(BODY_TRADITIONAL)


@pytest.mark.parametrize("title,salutation", [("在全縣農業農村工作會議上的講話", "同志們："),
                                              ("第三屆職工代表大會第二次會議開幕詞", "各位代表、同志們：")])
def test_a_speech_in_traditional_script_keeps_its_text_and_is_read_as_any_other(title, salutation):
    page = f"位置：首頁 > 講話致辭 > 正文\n\n{title}\n\n{salutation}\n\n{BODY_TRADITIONAL}"
    speeches = analyze_text(page)
    assert len(speeches) == 1
    speech = speeches[0]
    assert speech.title == title and speech.salutation == salutation   # as written, not converted
    assert speech.body_text().startswith("今天，我們召開")


def test_a_page_headline_in_traditional_script_gives_way_to_the_articles_own_title():
    page = ("縣領導在農業工作會議上的講話\n\n2022-03-05 10:21:07 字數 980 閱讀 3315\n\n"
            "在全縣農業農村工作會議上的講話\n\n同志們：\n\n" + BODY_TRADITIONAL)
    assert analyze_text(page)[0].title == "在全縣農業農村工作會議上的講話"


@pytest.mark.parametrize("line", ["主讲人：李建国", "发言人：王琛", "汇报人：县农业农村局局长 赵明"])
def test_a_speaker_given_as_a_field_is_the_speaker(line):
    assert speaker_field(line)
    assert not can_be_title([line, "同志们："], 0)
    speech = analyze_text(f"在全县农业农村工作会议上的讲话\n\n{line}\n\n同志们：\n\n{BODY}")[0]
    assert speech.title == "在全县农业农村工作会议上的讲话"
    assert speech.speaker == line


def test_a_sentence_about_a_speaker_is_no_speaker_field():
    assert not speaker_field("发言人：今天的会议很重要，大家要认真听。")


def test_a_pages_tags_line_is_no_part_of_the_title():
    texts = ["县政府,工作报告,2024", "2024年县政府工作报告", "各位代表："]
    assert keywords_of_another_line(texts, 0)
    assert not keywords_of_another_line(["乘风破浪，逐梦扬帆，再创佳绩", "各位代表："], 0)   # a slogan title
    speech = analyze_text("2024年县政府工作报告\n\n县政府,工作报告,2024\n\n2024年县政府工作报告\n\n各位代表：\n\n" + BODY)[0]
    assert speech.title == "2024年县政府工作报告"


def test_a_pages_question_about_a_kind_of_speech_is_no_title():
    assert asks_about_speech("开学典礼校长致辞稿怎么写？") and asks_about_speech("表态发言稿怎么写")
    assert not asks_about_speech("青春是什么？")   # a question may be a slogan title of its own
    speech = analyze_text("开学典礼校长致辞稿怎么写？\n\n老师们、同学们：\n\n" + BODY)[0]
    assert speech.title is None
    assert speech.salutation == "老师们、同学们："


@pytest.mark.parametrize("page_line", ["此处为预留广告位", "03-15 公文写作素材网"])
def test_an_ad_slot_or_a_month_day_stamp_is_never_joined_to_the_title(page_line):
    block = [Line(page_line, 1), Line("在全县农业农村工作会议上的讲话", 3), Line("同志们：", 5), Line("今天，我们召开会议。", 7)]
    assert clerk_header_tags(block, ["noise", "title", "salutation", "body"])[:2] == ["noise", "title"]
    under = [Line("在全县农业农村工作会议上的讲话", 1), Line(page_line, 3), Line("同志们：", 4), Line("今天，我们召开会议。", 5)]
    assert clerk_header_tags(under, ["title", "noise", "salutation", "body"])[:2] == ["title", "noise"]


def test_a_breadcrumb_ending_with_a_part_number_cuts_off_no_speech():
    assert part_marker_title("您的当前位置：首页安全生产会议讲话 篇3") is None
    assert part_marker_title("安全生产会议讲话 篇3") == "安全生产会议讲话"
    speeches = analyze_text("搜索\n您的当前位置：首页安全生产会议讲话 篇3\n\n安全生产会议讲话 篇3\n\n"
                            "时间：2024-07-17 来源：某某网\n\n同志们：\n\n" + BODY)
    assert len(speeches) == 1
    assert speeches[0].salutation == "同志们："


def test_the_articles_own_title_under_the_pages_record_line_is_the_title():
    block = [Line(t, n) for n, t in enumerate(
        ["市领导在新校区启用仪式上的讲话", "发表时间：2019/5/6 9:12:01", "副市长在实验中学新校区启用仪式上的讲话",
         "尊敬的各位来宾：", "今天，我们在这里隆重集会。"], start=1)]
    tags = clerk_header_tags(block, ["title", "noise", "noise", "salutation", "body"])
    assert tags[:3] == ["noise", "noise", "title"]


@pytest.mark.parametrize("page_line", ["公文写作网", "某某范文站", "机关素材库", "热度：53℃", "字数：2563 阅读：123",
                                       "文/张三", "共5页 第1页", "4.5分 (23人评价)"])
def test_a_sites_name_a_count_or_a_byline_is_the_pages(page_line):
    speech = analyze_text(f"{page_line}\n\n在全县农业农村工作会议上的讲话\n\n同志们：\n\n{BODY}")[0]
    assert speech.title == "在全县农业农村工作会议上的讲话" and speech.subtitle is None


def test_a_slogan_title_above_its_occasion_line_stays_the_title():
    speech = analyze_text(f"织密安全防护网\n\n——在全县安全生产工作会议上的讲话\n\n同志们：\n\n{BODY}")[0]
    assert speech.title == "织密安全防护网"
    assert speech.subtitle == "——在全县安全生产工作会议上的讲话"


@pytest.mark.parametrize("page_line", ["文/张三", "共5页 第1页", "4.5分 (23人评价)", "热度：53℃"])
def test_a_byline_or_a_count_under_the_title_is_the_pages(page_line):
    speech = analyze_text(f"在全县农业农村工作会议上的讲话\n\n{page_line}\n\n同志们：\n\n{BODY}")[0]
    assert speech.title == "在全县农业农村工作会议上的讲话" and speech.subtitle is None


@pytest.mark.parametrize("salutation", ["全体党员同志：", "同仁们：", "全体同志：", "乡亲们：", "家人们：", "乡亲们、朋友们："])
def test_whom_the_speech_addresses_is_its_salutation(salutation):
    speech = analyze_text(f"在全县农业农村工作会议上的讲话\n\n{salutation}\n\n{BODY}")[0]
    assert speech.title == "在全县农业农村工作会议上的讲话"
    assert speech.salutation == salutation
    assert speech.body_text().startswith("今天，我们召开")


@pytest.mark.parametrize("line", ["我们：", "人们：", "具体要求如下：", "同志们要记住三件事。"])
def test_a_line_that_addresses_no_one_is_no_salutation(line):
    from speechwriter.core.header import addresses_hearers
    assert not addresses_hearers(line)


def test_a_pages_script_switch_is_never_the_title():
    # the page's `转换到繁體中文` reads `转换到繁体中文` in simplified script: still the page's
    speech = analyze_text(f"转换到繁體中文\n\n您的位置：首页 > 讲话\n\n在全县农业农村工作会议上的讲话\n\n同志们：\n\n{BODY}")[0]
    assert speech.title == "在全县农业农村工作会议上的讲话"


@pytest.mark.parametrize("first,second", [("各位代表、", "同志们："), ("各位领导、各位", "同志：")])
def test_a_salutation_broken_over_two_lines_is_one(first, second):
    speech = analyze_text(f"在全县农业农村工作会议上的讲话\n\n{first}\n{second}\n\n{BODY}")[0]
    assert speech.title == "在全县农业农村工作会议上的讲话"
    assert speech.salutation.replace("\n", "") == first + second


def test_a_title_above_the_salutation_is_no_part_of_it():
    speech = analyze_text(f"在全县农业农村工作会议上的讲话\n同志们：\n\n{BODY}")[0]
    assert speech.title == "在全县农业农村工作会议上的讲话" and speech.salutation == "同志们："


def test_a_title_opening_with_whom_it_names_is_no_part_of_the_salutation():
    speech = analyze_text(f"领导在全县农业农村工作会议上的讲话稿 篇1\n同志们：\n\n{BODY}")[0]
    assert speech.salutation == "同志们："


@pytest.mark.parametrize("above,line,broken", [
    ("各位领导、各位", "同志：", True),            # broken mid-phrase: its last words
    ("尊敬的各位领导、亲爱的", "老师们：", True),
    ("各位代表：", "同志们：", False),             # a line with its own mark is a salutation of its own
    ("各位领导、各位", "今天我们在这里召开全县工作会议：", False),   # a sentence, not the salutation's end
    ("在全县农业农村工作会议上的讲话", "同志们：", False),         # a title above the salutation
    ("各位领导、各位", "同志", False),              # no `：`: not where a salutation ends
])
def test_the_end_of_a_salutation_broken_mid_phrase(above, line, broken):
    from speechwriter.core.header.salutation import ends_broken_salutation
    assert ends_broken_salutation(above, line) is broken
