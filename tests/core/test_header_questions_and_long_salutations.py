"""A title block a clerk reads at a glance, in two shapes the rules once missed: a title that asks its
question (`…你是否已在回家的路上？`) above its `——` subtitle, and a salutation of many phrases, too long
for the short-line rule (`…主席先生，…先生，…的成员们，亲爱的…朋友们：`)."""

import pytest

from speechwriter.core.analyzer import analyze_text
from speechwriter.core.header import clerk_header_tags
from speechwriter.core.header.clerk import can_head_subtitle
from speechwriter.core.header.salutation import lists_hearers
from tests.core.header_lines import lines

BODY = ("欢迎回家！欢迎所有的新老乡亲回家！今天，我们在这里召开第二届乡商大会，共叙乡情，共谋发展。"
        "一年来，家乡的变化大家有目共睹，这离不开在座各位的关心和支持。\n\n"
        "一、家乡发展的势头越来越好\n\n去年，全县生产总值增长百分之八，城乡面貌焕然一新，群众的获得感不断增强。\n\n"
        "二、家乡发展的舞台越来越大\n\n我们将继续优化营商环境，为大家回乡创业提供最好的服务。\n")


def test_a_question_title_above_a_dash_subtitle_is_the_title():
    block = lines("杜鹃红了山岗，你是否已在回家的路上？", "——在第二届乡商大会上的主旨发言", "县委书记 王建国",
                  "老乡们、朋友们：", "欢迎回家！欢迎所有的新老乡亲回家！")
    tags = clerk_header_tags(block, ["noise", "subtitle", "speaker", "salutation", "body"])
    assert tags == ["title", "subtitle", "speaker", "salutation", "body"]


def test_a_question_title_is_read_in_a_whole_speech():
    speech = analyze_text("杜鹃红了山岗，你是否已在回家的路上？\n——在第二届乡商大会上的主旨发言\n县委书记 王建国\n"
                          "老乡们、朋友们：\n" + BODY)[0]
    assert speech.title == "杜鹃红了山岗，你是否已在回家的路上？"
    assert speech.subtitle == "——在第二届乡商大会上的主旨发言"


@pytest.mark.parametrize("text", ["你是否已在回家的路上？", "我们为什么出发？"])
def test_a_line_asking_a_question_can_head_a_subtitle(text):
    assert can_head_subtitle([text, "——在全县工作会议上的讲话"], 0)


@pytest.mark.parametrize("text", ["大家还记得吗？去年的今天我们在这里。", "为什么？因为我们不忘初心？",
                                  "同志们：", "2023年5月8日"])
def test_two_sentences_a_salutation_or_a_date_head_no_subtitle(text):
    assert not can_head_subtitle([text, "——在全县工作会议上的讲话"], 0)


@pytest.mark.parametrize("text", ["中华人民共和国主席先生，刘淇先生，奥组委的成员们，亲爱的中国朋友们，亲爱的运动员们：",
                                  "尊敬的交大老师们、广州民建领导们、各位会员同学们、亲爱的各位校友：",
                                  "尊敬的理事长先生，尊敬的各位理事，各位会员代表，女士们，先生们："])
def test_a_long_salutation_of_phrases_naming_the_hearers_is_one(text):
    assert lists_hearers(text)


@pytest.mark.parametrize("text", ["我们要做到以下几点：", "感谢各位领导，感谢各位来宾：",
                                  "下面请县委书记讲话，请大家欢迎：", "同志们，今天我们召开会议。",
                                  "主任、副主任、各位代表：非常感谢大家对我的信任，选举我做省长。"])
def test_a_sentence_ending_with_a_colon_lists_no_hearers(text):
    assert not lists_hearers(text)


def test_a_long_salutation_read_as_the_body_is_the_salutation():
    salutation = "中华人民共和国主席先生，刘淇先生，奥组委的成员们，亲爱的中国朋友们，亲爱的运动员们："
    block = lines("在第29届奥林匹克运动会开幕式上的致辞", salutation, "长久以来，中国一直梦想着打开国门。", "今晚，梦想变成了现实！")
    tags = clerk_header_tags(block, ["title", "body", "body", "body"])
    assert tags[:3] == ["title", "salutation", "body"]
    speech = analyze_text("在第29届奥林匹克运动会开幕式上的致辞\n" + salutation + "\n" + BODY)[0]
    assert speech.salutation == salutation
    assert speech.sections[0].paragraphs[0].startswith("欢迎回家")


@pytest.mark.parametrize("model_tag", ["date", "speaker"])
def test_a_salutation_the_model_reads_as_a_date_or_speaker_is_the_salutation(model_tag):
    block = lines("在全国科技大会上的讲话", "（2018年5月28日）", "习近平", "各位院士，同志们，朋友们：",
                  "今天，全国科技大会隆重开幕了。", "这是一次重要的会议。")
    tags = clerk_header_tags(block, ["title", "date", "speaker", model_tag, "noise", "body"])
    assert tags[:5] == ["title", "date", "speaker", "salutation", "body"]


def test_a_date_or_a_speakers_field_stays_what_it_is():
    block = lines("在全县工作会议上的讲话", "主持人：王建国", "2024年2月18日", "同志们：", "今天，我们召开会议。")
    tags = clerk_header_tags(block, ["title", "speaker", "date", "salutation", "body"])
    assert tags == ["title", "speaker", "date", "salutation", "body"]


def test_the_pages_copy_of_the_title_under_the_salutation_is_no_body():
    block = lines("秋季田径运动会开幕词", "尊敬的各位老师，同学们：", "秋季田径运动会开幕词", "大家早上好！",
                  "十月的校园，金桂飘香，我们迎来了秋季田径运动会。")
    tags = clerk_header_tags(block, ["title", "salutation", "body", "body", "body"])
    assert tags[:4] == ["title", "salutation", "noise", "body"]


def test_a_first_paragraph_that_only_opens_like_the_title_is_the_body():
    block = lines("秋季田径运动会开幕词", "尊敬的各位老师，同学们：", "秋季田径运动会开幕了，我代表学校表示祝贺。",
                  "十月的校园，金桂飘香。")
    tags = clerk_header_tags(block, ["title", "salutation", "body", "body"])
    assert tags[:3] == ["title", "salutation", "body"]


@pytest.mark.parametrize("salutation", ["同仁们：", "乡亲们、朋友们："])
def test_whom_the_speech_addresses_read_as_the_speaker_is_the_salutation(salutation):
    block = lines("在全县农业农村工作会议上的讲话", salutation, "今天，我们召开全县农业农村工作会议。", "下面讲三点。")
    assert clerk_header_tags(block, ["title", "speaker", "body", "body"])[:3] == ["title", "salutation", "body"]


def test_a_speaker_named_with_a_colon_stays_the_speaker():
    block = lines("在全县农业农村工作会议上的讲话", "王建国：", "今天，我们召开全县农业农村工作会议。", "下面讲三点。")
    assert clerk_header_tags(block, ["title", "speaker", "body", "body"])[1] != "salutation"


PARAGRAPH = "今天，我们召开全县农业农村工作会议，主要任务是总结去年工作，部署今年任务，动员全县上下真抓实干。"


def test_a_title_held_in_the_pages_title_above_the_body_is_the_title():
    block = lines("第一篇：以产业振兴为抓手，推动县域经济高质量发展大全", "以产业振兴为抓手，推动县域经济高质量发展",
                  PARAGRAPH, "下面，我讲三点意见。")
    assert clerk_header_tags(block, ["noise", "noise", "body", "body"])[:3] == ["noise", "title", "body"]


@pytest.mark.parametrize("line", ["（记者张廷玉台北报导）", "论文部分内容阅读"])
def test_a_page_line_above_the_body_held_in_no_title_is_no_title(line):
    block = lines("首页 > 新闻 > 两岸", line, PARAGRAPH, "下面，我讲三点意见。")
    assert "title" not in clerk_header_tags(block, ["noise", "noise", "body", "body"])
