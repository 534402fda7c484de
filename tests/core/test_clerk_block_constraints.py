"""Header constraints a clerk never breaks, on whole speeches from unseen sources: a printed title
set with spaces is one title over its blank line, a class and a name or a name and its posts is who
speaks, a salutation's first line ending with a comma goes with it, a page's note on who the speaker
is and a picture's credit are the page's, a lead-in naming the speech parts the page's headline from
the speech's own title."""

import pytest

from speechwriter.core.header import can_be_title, is_page_furniture, is_page_line, position_and_person
from speechwriter.core.header.page_noise import biography, picture_or_skip
from speechwriter.core.header.salutation import opens_salutation
from speechwriter.core.header.speaker_date import class_and_person, ends_with_name, person_and_post, spaced_out
from tests.core.header_lines import read_speech

BODY = ("今天，我们召开全县教育工作会议，主要任务是总结去年工作，部署今年任务。刚才，几位校长作了交流发言，"
        "讲得都很好，我完全赞同。\n\n下面，我讲三点意见。\n\n一、认清形势，切实增强办好教育的责任感\n\n"
        "去年，全县教育事业稳步发展，但短板仍然不少，必须正视。\n\n"
        "二、突出重点，扎实推进各项任务落实\n\n要抓住关键环节，逐项推进，确保落到实处。\n")


def read(header: str, body: str = BODY):
    return read_speech(header, body)


# --- a title set with spaces between its characters --------------------------------------------------

@pytest.mark.parametrize("line", ["走 向 远 方", "凝 心 聚 力 共 谋 发 展", "筑 牢“三道”防 线 守 护 平 安",
                                  "以 “实” 求 “效” 开 新 局"])
def test_a_title_set_with_spaces_is_no_row_of_links(line):
    assert spaced_out(line)
    assert not is_page_furniture(line)
    assert not ends_with_name(line)   # (`平 安` at its end is no name: the line is spaced from its first character)
    assert can_be_title([line], 0)


@pytest.mark.parametrize("line", ["盛 阅 春", "县委书记 王 琛", "绍兴一中党委书记、校长   王 琛", "王 琛"])
def test_a_name_spaced_out_stays_the_speakers(line):
    assert ends_with_name(line)


@pytest.mark.parametrize("line", ["首页 新闻 通知 下载", "首页 概况 机构 新闻 招生", "网站首页 > 新闻中心 > 领导讲话",
                                  "打印 关闭 返回 收藏"])
def test_a_row_of_links_stays_the_pages(line):
    assert not spaced_out(line)
    assert is_page_furniture(line)


def test_a_spaced_title_over_two_lines_with_a_blank_line_between_is_one_title():
    speech = read("凝 心 聚 力 谋 发 展\n\n真 抓 实 干 促 振 兴\n\n——在全县教育工作会议上的讲话\n\n王 建 国\n\n同志们：")
    assert speech.title.split("\n") == ["凝 心 聚 力 谋 发 展", "真 抓 实 干 促 振 兴"]
    assert speech.subtitle == "——在全县教育工作会议上的讲话"
    assert speech.salutation == "同志们："


def test_a_spaced_first_line_ending_a_sentence_is_not_joined():
    # (a line that ends a sentence ends its own thought: no first line of the title under it)
    speech = read("凝 心 聚 力 谋 发 展 。\n\n真 抓 实 干 促 振 兴\n\n——在全县教育工作会议上的讲话\n\n同志们：")
    assert speech.title == "真 抓 实 干 促 振 兴"


# --- who speaks: a class and a name, a name and the posts held ---------------------------------------

@pytest.mark.parametrize("line", ["初二（5）班李思远", "高一(12)班 王小明同学", "2019级电气工程2班学生代表 张晓雨",
                                  "七年级三班 陈一鸣"])
def test_a_class_and_a_name_is_who_speaks(line):
    assert class_and_person(line)
    assert position_and_person(line)
    assert not can_be_title([line], 0)


@pytest.mark.parametrize("line", ["高三（1）班主题班会", "高三（1）班班会", "初一（2）班家长会上的发言", "我们班 王芳",
                                  "领导班子述职述廉报告", "青年干部培训班开班式讲话"])
def test_a_class_without_a_persons_name_is_no_speaker(line):
    assert not class_and_person(line)


def test_the_students_class_and_name_under_the_title_is_the_speaker_not_the_titles_second_line():
    speech = read("守时是一种美德\n\n初二（5）班李思远\n\n尊敬的老师们、亲爱的同学们：")
    assert speech.title == "守时是一种美德"
    assert speech.speaker == "初二（5）班李思远"


@pytest.mark.parametrize("line", ["2.周立新（党委书记、校长）", "周立新（副县长）", "（三）刘雅琴（工会主席）",
                                  "二、赵志刚（纪委书记）"])
def test_a_name_with_its_posts_in_brackets_is_who_speaks(line):
    assert person_and_post(line)
    assert not can_be_title([line], 0)


@pytest.mark.parametrize("line", ["发展规划（2021—2025年）", "王琛（摘要）", "王琛（代表发言）", "张三（根据录音整理）",
                                  "1.提高认识（重要意义）"])
def test_brackets_without_a_post_or_a_person_are_no_speaker(line):
    assert not person_and_post(line)


def test_a_reports_title_over_its_numbered_speaker_is_the_title_block():
    body = ("2023年我在县教育局工作，分管基础教育和财务等工作。一年来，我认真履行岗位职责，现汇报如下：\n\n"
            "一、加强学习，提升素养\n\n积极参加各类学习活动，主动开展调研，征求意见建议。\n\n"
            "二、履职尽责，狠抓落实\n\n围绕中心工作，推动各项任务落地见效。\n")
    speech = read("2023年度县教育局领导班子成员个人述职报告\n\n1.周立新（党委书记、局长）", body)
    assert speech.title == "2023年度县教育局领导班子成员个人述职报告"
    assert speech.speaker == "1.周立新（党委书记、局长）"
    assert speech.sections[0].paragraphs[0].startswith("2023年我在县教育局工作")


def test_a_numbered_heading_under_a_line_is_not_read_as_a_speaker():
    # (`1.提高认识` is the body's heading: no name, no posts — the rule leaves the body alone)
    body = ("1.提高政治站位\n\n全体干部要提高认识，切实把思想统一到决策部署上来，确保各项工作落到实处。\n\n"
            "2.压实工作责任\n\n各单位要明确分工，层层压实责任，形成工作合力。\n")
    speech = read("关于做好当前工作的几点意见", body)
    assert speech.speaker is None


# --- a salutation over two lines, the first ending with a comma --------------------------------------

@pytest.mark.parametrize("line", ["亲爱的2023级新同学，", "尊敬的王书记、李市长，", "同志们，", "各位来宾、各位朋友，"])
def test_a_line_of_hearers_ending_with_a_comma_opens_a_salutation(line):
    assert opens_salutation(line)


@pytest.mark.parametrize("line", ["各位同志要抓好落实，", "今天我们在这里，", "感谢各位领导，", "同志们：", "亲爱的同学们。"])
def test_a_sentences_start_or_a_whole_salutation_opens_none(line):
    assert not opens_salutation(line)


def test_a_salutations_first_line_above_it_goes_with_it():
    speech = read("在2023级新生开学典礼上的讲话\n\n王建国\n\n亲爱的2023级新同学，\n\n尊敬的各位家长、各位老师：")
    assert speech.salutation == "亲爱的2023级新同学，\n尊敬的各位家长、各位老师："
    assert speech.speaker == "王建国"


def test_a_line_above_the_salutation_that_does_not_end_with_a_comma_stays_out():
    speech = read("在2023级新生开学典礼上的讲话\n\n王建国\n\n尊敬的各位家长、各位老师：")
    assert speech.salutation == "尊敬的各位家长、各位老师："


# --- the page's lines: a note on who the speaker is, a picture's credit ------------------------------

@pytest.mark.parametrize("line", ["李思远，男，2020届初三（5）班毕业生，现就读于县一中。",
                                  "周立新，1972年生，中共党员，现任县教育局党委书记、局长。",
                                  "刘雅琴（1980— ），女，汉族，高级教师。", "赵志刚，1968年5月出生，"])
def test_a_note_on_who_the_speaker_is_is_the_pages(line):
    assert biography(line)
    assert is_page_line(line)


@pytest.mark.parametrize("line", ["王书记，2019年，我们一起走过了不平凡的一年。", "同志们，今年是全面落实的关键之年。",
                                  "今天，我们在这里隆重集会。", "王琛同志，你好！"])
def test_a_speechs_sentence_naming_someone_is_no_biography(line):
    assert not biography(line)


def test_the_salutation_under_a_note_on_the_speaker_is_read():
    body = ("大家下午好！\n\n我是李思远，毕业于县一中。今天很荣幸能够站在这里，和大家讲讲我三年来的学习和生活。\n\n"
            "首先我想讲的是学习氛围，这里的老师和同学给了我很多帮助，让我受益匪浅。\n")
    speech = read("我的初中故事\n\n李思远，男，2020届初三（5）班毕业生，现就读于县一中，曾任校学生会主席。\n\n"
                  "亲爱的学弟学妹们：", body)
    assert speech.title == "我的初中故事"
    assert speech.salutation == "亲爱的学弟学妹们："
    assert speech.sections[0].paragraphs[0].startswith("大家下午好")


@pytest.mark.parametrize("line", ["摄影 张晓雨", "图 王琛 李明", "摄影 张晓雨 编辑 刘雅琴", "摄影/张晓雨"])
def test_a_pictures_credit_with_a_space_is_the_pages(line):
    assert picture_or_skip(line)
    assert is_page_line(line)
    assert not can_be_title([line], 0)


@pytest.mark.parametrize("line", ["摄影技术讲座上的讲话", "摄影 技术讲座", "图 强", "王琛"])
def test_a_line_that_is_no_credit_stays(line):
    assert not picture_or_skip(line)


def test_a_pictures_credit_under_the_date_is_no_speakers_line():
    speech = read("在全县教育工作会议上的讲话\n\n王建国\n\n（2023年3月1日）\n\n摄影 张晓雨\n\n同志们：")
    assert speech.speaker == "王建国"
    assert speech.date == "（2023年3月1日）"
    assert speech.salutation == "同志们："


# --- a lead-in naming the speech parts the page's headline from the speech's own title --------------

def test_the_title_under_a_lead_in_is_the_speechs_and_the_headline_above_the_pages():
    speech = read("青春论坛第三期：守时与守信\n\n国旗下讲话：\n\n守时是一种美德\n\n初二（5）班李思远\n\n亲爱的老师们、同学们：")
    assert speech.title == "守时是一种美德"
    assert speech.speaker == "初二（5）班李思远"


def test_a_hosts_words_leading_in_change_nothing():
    speech = read("在全县教育工作会议上的讲话\n\n王建国\n\n同志们：")
    assert speech.title == "在全县教育工作会议上的讲话"
    speech = read("在全县教育工作会议上的讲话\n\n下面请王局长讲话：\n\n同志们：")
    assert speech.title == "在全县教育工作会议上的讲话"
