"""What a clerk never gets wrong in a title block, whatever the trained header model proposes:
a `——…` line is the subtitle when a line above can be the title, a lone name is the speaker, the
two lines of one title with a blank line between them are one title, a page's copy of the title
block and its `发布时间：…` line are no title."""

import pytest

from speechwriter.core.analyzer import analyze_text
from speechwriter.core.cleaning import Line
from speechwriter.core.header import clerk_header_tags, is_name_line

BODY = ("今天，我们召开全区安全生产工作会议，主要任务是总结上半年工作，部署下半年任务。刚才，几位同志作了发言，"
        "讲得都很好，我完全赞同。\n\n下面，我讲三点意见。\n\n一、认清形势，切实增强做好工作的责任感\n\n"
        "上半年，全区安全生产形势总体平稳，但隐患仍然不少，必须高度警惕。\n\n"
        "二、突出重点，扎实推进各项任务落实\n\n要抓住重点行业和关键环节，逐项排查整治，确保不留死角。\n")


def read(header: str):
    speeches = analyze_text(header + "\n\n" + BODY)
    assert speeches, "the text is read as a speech"
    return speeches[0]


def lines(*texts: str, gaps: tuple[int, ...] = ()) -> list[Line]:
    """Lines numbered as in a file; a blank line stands before the lines whose index is in `gaps`."""
    out, number = [], 0
    for index, text in enumerate(texts):
        number += 2 if index in gaps else 1
        out.append(Line(text, number))
    return out


def test_dash_line_under_a_title_is_the_subtitle():
    speech = read("守牢底线 护航发展\n\n——在全区安全生产工作会议上的讲话\n\n同志们：")
    assert speech.title == "守牢底线 护航发展"
    assert speech.subtitle == "——在全区安全生产工作会议上的讲话"


def test_the_line_above_a_dash_line_is_the_title_when_the_model_reads_the_dash_line_as_title():
    block = lines("守牢底线 护航发展", "——在全区安全生产工作会议上的讲话", "同志们：", "今天，我们召开会议。")
    assert clerk_header_tags(block, ["noise", "title", "salutation", "body"]) \
        == ["title", "subtitle", "salutation", "body"]
    # with no line above that can be a title (a date), the dash line stays what it was
    block = lines("2023年5月8日", "——在全区安全生产工作会议上的讲话", "同志们：", "今天，我们召开会议。")
    assert clerk_header_tags(block, ["date", "title", "salutation", "body"])[1] == "title"


def test_the_pages_copy_of_title_and_subtitle_is_no_title():
    speech = read("守牢底线 护航发展——在全区安全生产工作会议上的讲话\n\n守牢底线 护航发展\n\n"
                  "——在全区安全生产工作会议上的讲话\n\n同志们：")
    assert speech.title == "守牢底线 护航发展"
    assert speech.subtitle == "——在全区安全生产工作会议上的讲话"


@pytest.mark.parametrize("name", ["王琛", "王  琛", "习　近　平", "欧阳明华", "李明同志"])
def test_a_lone_name_line_is_the_speaker(name):
    assert is_name_line(name)
    speech = read(f"在全区安全生产工作会议上的讲话\n\n{name}\n\n同志们：")
    assert speech.title == "在全区安全生产工作会议上的讲话"
    assert speech.speaker.split() == name.split()   # the reader makes a full-width space a plain one
    block = lines(name, "在全区安全生产工作会议上的讲话", "同志们：", "今天，我们召开会议。")
    assert clerk_header_tags(block, ["title", "title", "salutation", "body"])[0] == "speaker"


@pytest.mark.parametrize("text", ["开幕词", "讲话提纲", "引言", "走 向 远 方", "同志们", "致辞"])
def test_short_title_words_are_not_names(text):
    assert not is_name_line(text)


def test_two_title_lines_with_a_blank_line_between_are_one_title():
    speech = read("坚定信心 真抓实干\n\n奋力开创安全生产工作新局面\n\n——在全区安全生产工作会议上的讲话\n\n同志们：")
    assert speech.title == "坚定信心 真抓实干\n奋力开创安全生产工作新局面"
    assert speech.subtitle == "——在全区安全生产工作会议上的讲话"
    # whichever of the two lines the model takes for page noise
    block = lines("坚定信心 真抓实干", "奋力开创安全生产工作新局面", "同志们：", "今天，我们召开会议。", gaps=(1, 2, 3))
    for tags in (["noise", "title", "salutation", "body"], ["title", "noise", "salutation", "body"]):
        assert clerk_header_tags(block, tags)[:2] == ["title", "title"]


def test_lines_are_not_joined_when_the_first_ends_a_sentence_or_has_no_blank_line_after_it():
    ended = lines("全区上下要坚定信心。", "奋力开创安全生产工作新局面", "同志们：", "今天。", gaps=(1, 2, 3))
    assert clerk_header_tags(ended, ["noise", "title", "salutation", "body"])[0] == "noise"
    close = lines("绍兴市第一中学", "奋力开创安全生产工作新局面", "同志们：", "今天。", gaps=(2, 3))
    assert clerk_header_tags(close, ["noise", "title", "salutation", "body"])[0] == "noise"


def test_a_page_meta_line_is_never_the_title():
    block = lines("更新时间:2018-12-05 00:11 作者:三水老师", "同志们：", "现在开会。")
    assert clerk_header_tags(block, ["title", "salutation", "body"])[0] == "noise"


def test_a_second_title_line_holding_the_speakers_name_or_a_date_is_that():
    block = lines("2021年新年献词", "市第一中学党委书记、校长 王 琛", "同志们：", "今天。")
    assert clerk_header_tags(block, ["title", "title", "salutation", "body"])[:2] == ["title", "speaker"]
    block = lines("家长开放日讲话稿", "2020年10月29日上午", "各位家长：", "今天。")
    assert clerk_header_tags(block, ["title", "title", "salutation", "body"])[:2] == ["title", "date"]
    block = lines("坚定信心 真抓实干", "奋力开创安全生产工作新局面", "同志们：", "今天。")   # a real second line stays
    assert clerk_header_tags(block, ["title", "title", "salutation", "body"])[:2] == ["title", "title"]
