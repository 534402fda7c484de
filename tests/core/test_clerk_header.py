"""What a clerk never gets wrong in a title block, whatever the trained header model proposes:
a `——…` line is the subtitle when a line above can be the title, a lone name is the speaker, the
two lines of one title with a blank line between them are one title, a page's copy of the title
block and its `发布时间：…` line are no title."""

import pytest

from speechwriter.core.analyzer import analyze_text
from speechwriter.core.header import can_be_title, clerk_header_tags, is_name_line
from tests.core.header_lines import lines

BODY = ("今天，我们召开全区安全生产工作会议，主要任务是总结上半年工作，部署下半年任务。刚才，几位同志作了发言，"
        "讲得都很好，我完全赞同。\n\n下面，我讲三点意见。\n\n一、认清形势，切实增强做好工作的责任感\n\n"
        "上半年，全区安全生产形势总体平稳，但隐患仍然不少，必须高度警惕。\n\n"
        "二、突出重点，扎实推进各项任务落实\n\n要抓住重点行业和关键环节，逐项排查整治，确保不留死角。\n")


def read(header: str):
    speeches = analyze_text(header + "\n\n" + BODY)
    assert speeches, "the text is read as a speech"
    return speeches[0]


def test_dash_line_under_a_title_is_the_subtitle():
    speech = read("守牢底线 护航发展\n\n——在全区安全生产工作会议上的讲话\n\n同志们：")
    assert speech.title == "守牢底线 护航发展"
    assert speech.subtitle == "——在全区安全生产工作会议上的讲话"


def test_the_line_above_a_dash_line_is_the_title_when_the_model_reads_the_dash_line_as_title():
    block = lines("守牢底线 护航发展", "——在全区安全生产工作会议上的讲话", "同志们：", "今天，我们召开会议。")
    assert clerk_header_tags(block, ["noise", "title", "salutation", "body"]) \
        == ["title", "subtitle", "salutation", "body"]
    # with no line above that can be a title (a date), the dash line is still no title: the subtitle of
    # a speech whose page left the title out
    block = lines("2023年5月8日", "——在全区安全生产工作会议上的讲话", "同志们：", "今天，我们召开会议。")
    assert clerk_header_tags(block, ["date", "title", "salutation", "body"])[:2] == ["date", "subtitle"]


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


# --- the title block's shapes: what can be a title, a speaker, a date --------------------------

TAIL = ["同志们：", "今天，我们召开会议。"]


def tags_of(texts: list[str], model_tags: list[str], gaps: tuple[int, ...] = ()) -> list[str]:
    block = lines(*texts, *TAIL, gaps=gaps)
    return clerk_header_tags(block, model_tags + ["salutation", "body"])[:len(texts)]


def test_of_two_lines_naming_a_whole_speech_the_one_nearer_the_body_is_the_title():
    # a page puts its own wording of the title above the speech's title line
    texts = ["李华局长在全市水利工作会议上的讲话", "在全市水利工作会议上的讲话提纲", "李华"]
    assert tags_of(texts, ["title", "title", "speaker"], gaps=(1, 2)) == ["noise", "title", "speaker"]
    assert tags_of(texts, ["noise", "title", "speaker"], gaps=(1, 2)) == ["noise", "title", "speaker"]
    # but a title over two lines whose first line names no speech is joined
    texts = ["守正创新担使命", "在全市水利工作会议上的讲话"]
    assert tags_of(texts, ["noise", "title"], gaps=(1,))[0] == "title"


def test_an_occasion_line_beside_the_titles_own_lines_is_the_subtitle():
    texts = ["在全市水利工作会议上的讲话", "守正创新担使命", "奋力谱写水利发展新篇章", "（2024年3月5日）"]
    assert tags_of(texts, ["title", "date", "speaker", "date"]) == ["subtitle", "title", "title", "date"]


def test_a_subtitle_needs_a_title():
    # the model read the one title line as a subtitle: there is no title above it, so it is the title
    assert tags_of(["发布时间：2024-03-05", "在全市水利工作会议上的讲话"], ["noise", "subtitle"]) == ["noise", "title"]
    # nothing tagged title: the line that names the speech is the title, a page line is not
    assert tags_of(["张华校长《在新生开学典礼上的讲话》", "作者：佚名 发布时间：2024年9月1日"], ["noise", "noise"]) \
        == ["title", "noise"]
    # a line that names no speech is not made a title
    assert tags_of(["春风化雨润心田"], ["noise"]) == ["noise"]


def test_a_subtitle_taken_above_the_title_is_its_first_line():
    texts = ["凝心聚力谋发展", "奋力开创水利工作新局面", "——在全市水利工作会议上的讲话"]
    assert tags_of(texts, ["subtitle", "title", "subtitle"], gaps=(1, 2)) == ["title", "title", "subtitle"]


@pytest.mark.parametrize("line", ["1、坚持问题导向", "一、提高认识", "（一）压实责任", "【工作回顾】", "引 言", "目录"])
def test_numbered_lines_and_section_labels_are_no_title(line):
    tags = tags_of(["在全市水利工作会议上的讲话", line], ["title", "title"], gaps=(1,))
    assert tags == ["title", "noise"]
    assert tags_of([line], ["title"]) != ["title"]


def test_a_name_with_its_date_is_the_speaker_and_a_title_is_not():
    texts = ["春 华 秋 实", "——在2024届学生毕业典礼上的讲话", "陈 明 2024.6.8"]
    assert tags_of(texts, ["speaker", "subtitle", "title"]) == ["title", "subtitle", "speaker"]
    # a lone position-and-name line under a title the model dropped
    texts = ["凝心聚力谋新篇——在新年联欢会上的致辞", "市第二中学校长 陈明"]
    assert tags_of(texts, ["noise", "title"], gaps=(1,)) == ["title", "speaker"]


def test_a_title_that_runs_on_to_its_date_and_name_stays_the_title():
    texts = ["在全市水利工作会议上的讲话（2024年3月5日）陈明"]
    assert tags_of(texts, ["title"]) == ["title"]


def test_position_line_above_the_name_is_the_speakers():
    texts = ["政府工作报告", "国务院总理", "李明"]
    assert tags_of(texts, ["title", "speaker", "speaker"]) == ["title", "speaker", "speaker"]


def test_a_dash_line_with_the_name_run_on_is_the_subtitle_and_a_dash_position_line_the_speaker():
    texts = ["春华秋实", "——在2024届学生毕业典礼上的讲话陈  明"]
    assert tags_of(texts, ["title", "speaker"]) == ["title", "subtitle"]
    texts = ["春华秋实", "——市第二中学校长 陈明"]
    assert tags_of(texts, ["title", "speaker"]) == ["title", "speaker"]


def test_a_title_ending_with_an_exclamation_and_its_subtitle_are_read_above_the_body():
    speech = read("奋斗吧，青春！——在2024级新生开学典礼上的讲话\n\n奋斗吧，青春！\n\n"
                  "——在2024级新生开学典礼上的讲话\n\n陈 明\n\n同学们：")
    assert speech.title == "奋斗吧，青春！"
    assert speech.subtitle == "——在2024级新生开学典礼上的讲话"


def test_a_title_repeated_at_the_head_of_a_run_on_first_paragraph_is_still_the_title():
    # (a page that runs the title, the salutation and the first paragraph into one line under it)
    speech = read("在全区安全生产工作会议上的讲话\n在全区安全生产工作会议上的讲话尊敬的各位领导、各位来宾，"
                  "全区广大安全生产工作者：今天，我们召开全区会议，部署工作。")
    assert speech.title == "在全区安全生产工作会议上的讲话"


# --- the rules (no trained model) keep to the same title block ---------------------------------

def read_by_rules(header: str):
    speeches = analyze_text(header + "\n\n" + BODY, models=None)
    assert speeches, "the text is read as a speech"
    return speeches[0]


def test_the_rules_read_a_page_copy_a_dash_subtitle_and_a_name_with_its_date_as_a_clerk_does():
    speech = read_by_rules("春 华 秋 实——在2024届学生毕业典礼上的讲话\n\n春 华 秋 实\n\n"
                           "——在2024届学生毕业典礼上的讲话\n\n陈 明 2024.6.8\n\n同学们：")
    assert (speech.title, speech.subtitle, speech.speaker) == \
        ("春 华 秋 实", "——在2024届学生毕业典礼上的讲话", "陈 明 2024.6.8")


def test_the_rules_join_a_title_over_two_lines_and_keep_a_numbered_line_out_of_it():
    speech = read_by_rules("坚定信心 真抓实干\n\n奋力开创安全生产工作新局面\n\n——在全区安全生产工作会议上的讲话\n\n同志们：")
    assert speech.title == "坚定信心 真抓实干\n奋力开创安全生产工作新局面"
    assert speech.subtitle == "——在全区安全生产工作会议上的讲话"
    speech = read_by_rules("李华局长在全区安全生产工作会议上的讲话\n\n在全区安全生产工作会议上的讲话提纲\n\n李华\n\n同志们：")
    assert (speech.title, speech.speaker) == ("在全区安全生产工作会议上的讲话提纲", "李华")


def test_the_rules_and_the_model_call_the_same_constraints(monkeypatch):
    """One home: the rule reading goes through header.clerk_header_tags, as the model's does."""
    from speechwriter.core import analyzer

    seen = []
    real = analyzer.clerk_header_tags

    def spy(lines, tags, set_aside=()):
        seen.append(tags)
        return real(lines, tags, set_aside)

    monkeypatch.setattr(analyzer, "clerk_header_tags", spy)
    read_by_rules("在全区安全生产工作会议上的讲话\n\n同志们：")
    assert seen, "the rules' header went through the clerk's constraints"


def test_a_pages_title_line_under_the_title_is_no_subtitle_and_no_title():
    texts = ["在园林局工作会议上的主持词", "文章标题：在园林局工作会议上的主持词"]
    assert tags_of(texts, ["title", "subtitle"]) == ["title", "noise"]


@pytest.mark.parametrize("date", ["2024.09.01", "2024/9/1", "2024-09-01"])
def test_a_date_in_figures_in_the_title_block_is_the_date_and_in_the_body_no_line_of_it(date):
    speech = read(f"启航新学年\n\n——2024学年第一学期开学典礼讲话\n\n陈 明\n\n{date}\n\n同学们：")
    assert (speech.title, speech.speaker, speech.date) == ("启航新学年", "陈 明", date)
    # the same figures under the body's paragraphs are page residue, not a paragraph
    speech = read("在全区安全生产工作会议上的讲话\n\n同志们：\n\n" + BODY.replace("下面，我讲三点意见。", date))
    paragraphs = [p for section in speech.sections for p in section.paragraphs]
    assert date not in paragraphs


def test_a_date_taken_for_the_salutation_is_the_date():
    texts = ["启航新学年", "陈明", "2024.09.01"]
    block = lines(*texts, "同学们：", "今天。")
    assert clerk_header_tags(block, ["title", "speaker", "salutation", "salutation", "body"])[2] == "date"


def test_a_dated_occasion_line_is_the_subtitle_and_a_bare_date_the_date():
    texts = ["关于正确处理人民内部矛盾的问题", "1957年2月27日在最高国务会议上", "（1957年3月1日）"]
    assert tags_of(texts, ["title", "date", "date"]) == ["title", "subtitle", "date"]
    assert tags_of(["关于正确处理人民内部矛盾的问题", "（1957年3月1日）"], ["title", "date"]) == ["title", "date"]


# --- a web page's own lines above the title block (invented pages, not the labelled ones) -----

def test_a_short_page_line_above_the_line_naming_the_speech_is_no_title():
    """`复制全文` (a page's button) over `在…上的讲话`: the line naming the speech is the title, even
    when the model takes the page line for the title and the speech's line for its subtitle."""
    block = lines("复制全文", "在全区安全生产工作会议上的讲话", "同志们：", "今天，我们召开会议。")
    assert clerk_header_tags(block, ["title", "subtitle", "salutation", "body"]) \
        == ["noise", "title", "salutation", "body"]
    # a slogan title in two parts over an occasion line keeps its place
    block = lines("守牢底线 护航发展", "在全区安全生产工作会议上的讲话", "同志们：", "今天，我们召开会议。")
    assert clerk_header_tags(block, ["title", "subtitle", "salutation", "body"])[:2] == ["title", "subtitle"]


@pytest.mark.parametrize("page_line", ["首页 > 范文 > 讲话稿", "您的位置：首页 > 讲话", "- 2024-03-02 发布",
                                       "篇2", "……（开头部分已省略）", "这是张明同志在全区大会上的讲话"])
def test_breadcrumbs_stamps_part_numbers_and_notes_are_no_title(page_line):
    block = lines(page_line, "在全区安全生产工作会议上的讲话", "同志们：", "今天，我们召开会议。")
    tags = clerk_header_tags(block, ["title", "title", "salutation", "body"])
    assert tags[0] == "noise" and tags[1] == "title"


@pytest.mark.parametrize("speaker", ["区委书记", "交通局局长 xxx", "xx县委副书记、县长", "党委书记 **"])
def test_a_position_alone_or_with_a_placeholder_name_is_the_speaker(speaker):
    speech = read(f"在全区安全生产工作会议上的讲话\n\n{speaker}\n\n同志们：")
    assert speech.title == "在全区安全生产工作会议上的讲话"
    assert speech.speaker == speaker


def test_a_title_naming_a_speech_after_a_position_is_no_speaker():
    """`市长欢迎词`: a position, then what is said — the title, not a position and a name."""
    block = lines("市长欢迎词", "尊敬的各位来宾：", "欢迎大家来到我市。")
    assert clerk_header_tags(block, ["speaker", "salutation", "body"])[0] == "title"


def test_a_title_line_opening_with_de_ends_the_line_above():
    block = lines("在全县农村公路建设现场会上", "的表态发言", "同志们：", "今天，我们召开会议。")
    assert clerk_header_tags(block, ["noise", "title", "salutation", "body"])[:2] == ["title", "title"]


def test_what_can_be_no_speaker_and_no_title_is_the_pages():
    block = lines("在全区安全生产工作会议上的讲话", "合集下载", "同志们：", "今天，我们召开会议。")
    assert clerk_header_tags(block, ["title", "speaker", "salutation", "body"])[1] == "noise"
    block = lines("在全区安全生产工作会议上的讲话", "2020年10月29日上午", "同志们：", "今天，我们召开会议。")
    assert clerk_header_tags(block, ["title", "speaker", "salutation", "body"])[1] == "date"


def test_with_no_title_the_pages_second_copy_of_a_line_is_the_title():
    block = lines("2024年新年献词：奋楫扬帆正当时", "2024年新年献词：奋楫扬帆正当时", "校长 王明", "同学们：",
                  "新年好。")
    assert clerk_header_tags(block, ["noise", "noise", "speaker", "salutation", "body"])[:2] == ["noise", "title"]


def test_a_salutation_the_model_takes_for_a_page_line_stays_the_salutation():
    [speech] = analyze_text("同志们：一、在全市大会上的讲话\n我讲两点意见。")   # (found by test_properties)
    assert speech.salutation == "同志们："


# --- a page's lines, placeholder dates, collection pages, titles on consecutive lines ---------

def test_a_date_left_to_fill_in_is_the_date_not_the_title():
    block = lines("在全市宣传工作会议上的讲话", "张明", "（X年X月X日）", "同志们：", "今天，我们开会。")
    tags = clerk_header_tags(block, ["subtitle", "speaker", "title", "salutation", "body"])
    assert tags[:3] == ["title", "speaker", "date"]
    for date in ("(200*年*月*日)", "（二00九年三月   日）"):
        block = lines("共青团某镇第十二次代表大会", "开 幕 词", date, "各位代表：", "今天。")
        assert clerk_header_tags(block, ["title", "title", "title", "salutation", "body"])[2] == "date"


@pytest.mark.parametrize("page_line", ["正文复制", "官方公众号", "标签: #动员大会", "+ 加入清单", "佩珊分享",
                                       "转换到繁體中文", "SUCAI198.COM —— 专注公文写作", "谢谢大家！",
                                       "下载到本地 , 更方便阅读", "下载到手机，随时查看"])
def test_a_pages_own_line_is_never_the_title(page_line):
    block = lines(page_line, "在全市城市管理工作会议上的讲话", "同志们：", "今天，我们开会。")
    tags = clerk_header_tags(block, ["title", "subtitle", "salutation", "body"])
    assert tags[:2] == ["noise", "title"]


def test_a_pages_download_prompt_over_an_untitled_speech_is_no_title():
    """A page that gives a speech no title of its own: its prompt to download is not one either."""
    speech = analyze_text("来源 :科协论坛 | 被引量 : 0次\n下载到本地 , 更方便阅读\n各位委员、同志们：\n"
                          "这次全委会议开了两天，圆满完成了预定的议程，就要闭幕了。")[0]
    assert speech.title is None
    assert speech.salutation == "各位委员、同志们："
    # a title that speaks of downloading is still a title
    assert analyze_text("关于做好数据下载到本地的安全管理工作的讲话\n同志们：\n今天我们开会。")[0].title \
        == "关于做好数据下载到本地的安全管理工作的讲话"


def test_a_collection_pages_title_gives_way_to_the_speech_under_it():
    block = lines("毕业典礼校长致辞5篇", "毕业典礼校长致辞（篇1）", "同学们：", "今天。")
    assert clerk_header_tags(block, ["title", "date", "salutation", "body"])[:2] == ["noise", "title"]
    # the part has no title of its own: its part line is the title
    block = lines("市长在安全生产会上的讲话（通用3篇）", "市长在安全生产会上的讲话 篇1", "今天的会议开得很适时。")
    assert clerk_header_tags(block, ["title", "noise", "body"])[:2] == ["noise", "title"]
    # a page that holds one speech: its collection title is the title
    block = lines("在乡镇经验交流会上的发言（精选多篇）", "某镇位于市西部二十五公里处。")
    assert clerk_header_tags(block, ["noise", "body"])[0] == "title"


def test_a_titles_lines_on_consecutive_lines_are_one_title():
    block = lines("中国人民政治协商会议", "第七届某县委员会常务委员会工作报告", "各位委员：", "今天。")
    assert clerk_header_tags(block, ["noise", "title", "salutation", "body"])[:2] == ["title", "title"]
    block = lines("市委副书记在理论学习中心组专题", "学习总书记在全国两会上的", "重要讲话精神研讨交流会上的发言",
                  "同志们：", "今天。")
    assert clerk_header_tags(block, ["title", "noise", "title", "salutation", "body"])[:3] == ["title"] * 3
    block = lines("政府工作报", "告", "各位代表：", "现在。")
    assert clerk_header_tags(block, ["title", "noise", "salutation", "body"])[:2] == ["title", "title"]
    # the unit's name that a bare kind title (`筹备工作报告`) leaves out is the title's first line
    block = lines("共青团某某学校第一次代表大会", "筹备工作报告", "各位代表、同志们：", "我受委托。")
    assert clerk_header_tags(block, ["noise", "title", "salutation", "body"])[:2] == ["title", "title"]


def test_a_pages_headline_above_the_speechs_own_title_is_the_pages():
    block = lines("党委书记在学院党委全会上的讲话", "提高政治站位强化责任担当", "——在学院党委全体会议上的报告",
                  "各位委员：", "这次全会。")
    tags = clerk_header_tags(block, ["title", "title", "subtitle", "salutation", "body"])
    assert tags[:3] == ["noise", "title", "subtitle"]
    block = lines("巡察动员会讲话：发挥政治显微镜作用", "在区委巡察工作动员部署会议上的讲话", "同志们：", "今天。",
                  gaps=(1, 2, 3))
    assert clerk_header_tags(block, ["noise", "title", "salutation", "body"])[:2] == ["noise", "title"]
    block = lines("职代会开幕词", "某公司第二十二届职工代表大会", "第 二 次 会 议 开 幕 词", "各位代表：", "今天。")
    tags = clerk_header_tags(block, ["title", "noise", "title", "salutation", "body"])
    assert tags[:3] == ["noise", "title", "title"]


def test_a_title_may_end_with_its_date_and_be_run_on_to_the_salutation_below():
    assert can_be_title(["在2008年春节团拜会上的讲话（2008年2月5日）"], 0)
    assert not can_be_title(["1月13日下午，在市委常委会上"], 0)
    assert can_be_title(["在全镇推进会上的表态发言", "在全镇推进会上的表态发言各位领导、同志们："], 0)


def test_a_position_alone_above_the_name_is_the_speakers_line_not_the_subtitles():
    """`国务院总理` / `李　强` under the subtitle, the position read as the subtitle's second line: the
    speaker is both lines. A subtitle's own second line, or an occasion above the speaker, stays the subtitle."""
    block = ["政府工作报告", "——2024年3月5日在第十四届全国人民代表大会第二次会议上", "国务院总理", "李　强"]
    assert tags_of(block, ["title", "subtitle", "subtitle", "speaker"]) == ["title", "subtitle", "speaker", "speaker"]
    wrapped = ["2025年3月21日在汉滨区第十九届", "人民代表大会第四次会议上", "汉滨区人民政府代区长 向诗兵"]
    assert tags_of(wrapped, ["subtitle", "subtitle", "speaker"]) == ["subtitle", "subtitle", "speaker"]
    occasion = ["凝心聚力谋发展", "在全市教育系统干部大会上的讲话", "市委书记 王建国"]
    assert tags_of(occasion, ["title", "subtitle", "speaker"])[1] == "subtitle"


def test_a_day_and_where_it_was_given_is_never_the_title():
    """`2025年3月21日在汉滨区第十九届` / `人民代表大会第四次会议上` read as title and subtitle: both lines are
    the subtitle (no labelled title opens with a day and 在); a title that names a year alone stays."""
    wrapped = ["2025年3月21日在汉滨区第十九届", "人民代表大会第四次会议上", "汉滨区人民政府代区长 向诗兵"]
    assert tags_of(wrapped, ["title", "subtitle", "speaker"])[:2] == ["subtitle", "subtitle"]
    year = ["2021年领导在接受市委巡察工作动员会上的表态发言"]
    assert tags_of(year, ["title"]) == ["title"]


def test_a_slogan_over_an_occasion_read_as_the_title_is_the_title():
    """The model read the slogan as the page's and the occasion under it as the title: the slogan is
    the title, the occasion its subtitle. A page's line above the occasion stays the page's."""
    block = ["西迁薪火传久力 夯筑新基上高楼", "在西安交通大学教师干部大会上的讲话", "西安交通大学党委书记 张三"]
    assert tags_of(block, ["noise", "title", "speaker"]) == ["title", "subtitle", "speaker"]
    for page_line in ("某某公文写作网", "首页 > 讲话稿 > 领导讲话", "领导讲话稿范文", "下面是小编为大家整理的讲话稿，供大家参考。"):
        assert tags_of([page_line, "在全县安全生产工作会议上的讲话"], ["noise", "title"]) == ["noise", "title"], page_line


def test_a_name_shaped_label_far_above_the_speech_is_no_speaker():
    """`管理成员` and `荣誉分数` on a forum fit the shape of a name (a surname and three characters); standing
    among the page's lines, far from the title block, they are no speaker. A name beside the title or
    right above the body still is."""
    block = ["主题发起人", "管理成员", "注册", "消息", "荣誉分数", "声望点数", "在全市安全生产工作会议上的讲话"]
    assert "speaker" not in tags_of(block, ["noise"] * 6 + ["title"])
    assert tags_of(["在全市安全生产工作会议上的讲话", "王建国"], ["title", "noise"]) == ["title", "speaker"]
    assert tags_of(["在全市安全生产工作会议上的讲话", "（2023年5月6日）", "王建国"], ["title", "date", "noise"])[2] == "speaker"
