"""Speeches pasted from web pages, read with the shipped model (trained on the header-only labelled
sets too): the site's bar, breadcrumb, record lines, buttons and the page's copy of the headline are
the page's, and the speech keeps its own title and salutation; a title over an occasion line (no
dash) keeps both. Every example is made up."""

from speechwriter.core.analyzer import analyze_text


def read(text: str) -> dict:
    speeches = analyze_text(text)
    assert speeches
    return speeches[0].to_dict()


def test_a_speech_under_a_sites_search_bar_and_record_keeps_its_title():
    page = ("关键词不能为空\n\n位置:某某文秘网 > 讲话稿 > 领导讲话\n\n在全县秋冬季森林防灭火工作会议上的讲话\n\n"
            "作者:某某文秘网\n日期:2024-10-16 09:12:33\n阅读:\n\n在全县秋冬季森林防灭火工作会议上的讲话\n\n同志们:\n\n"
            "今天,我们召开全县秋冬季森林防灭火工作会议,主要任务是分析当前形势,部署下一阶段重点工作。\n\n"
            "一、认清形势,切实增强责任感\n\n今年以来,全县森林防灭火形势总体平稳,但风险隐患依然存在。\n")
    speech = read(page)
    assert speech["title"] == "在全县秋冬季森林防灭火工作会议上的讲话"
    assert speech["salutation"] == "同志们:"
    assert speech["date"] is None   # the page's 日期 line is when it was posted, not when it was given


def test_a_title_that_opens_with_the_bodys_first_words_stays_the_title():
    """(the shape the header-only labels had taught as body: `…第一次会议开幕词` above `…第一次会议,在…`)"""
    page = ("首页 > 范文大全 > 开幕词\n第三届教职工代表大会第一次会议开幕词\n发布时间:2023-03-02 浏览次数:128\n"
            "字号:【大 中 小】 打印 分享\n第三届教职工代表大会第一次会议开幕词\n各位代表、同志们:\n"
            "第三届教职工代表大会第一次会议,在学校党委的领导下,经过认真筹备,今天开幕了。首先,我代表学校党委向大会表示热烈祝贺!\n"
            "这次大会的主要任务是审议学校工作报告,讨论学校发展规划。\n")
    speech = read(page)
    assert speech["title"] == "第三届教职工代表大会第一次会议开幕词"
    assert speech["salutation"] == "各位代表、同志们:"
    assert speech["kind"] == "开幕词"


def test_a_clerks_own_file_reads_as_before():
    """The false alarm the page lines must not raise: a speech with no page around it keeps every field."""
    text = ("凝心聚力谋发展 砥砺奋进新征程\n在全市教育系统干部大会上的讲话\n市委教育工委书记 王建国\n(2023年9月8日)\n"
            "各位领导、老师们、同志们:\n刚才,市委组织部宣布了市委关于教育局主要负责同志职务调整的决定,我完全拥护市委的决定。\n"
            "一、提高站位,把握教育发展大局\n")
    speech = read(text)
    assert speech["title"] == "凝心聚力谋发展 砥砺奋进新征程"
    assert speech["subtitle"] == "在全市教育系统干部大会上的讲话"
    assert speech["speaker"] == "市委教育工委书记 王建国"
    assert speech["date"] == "(2023年9月8日)"
    assert speech["salutation"] == "各位领导、老师们、同志们:"


def test_a_forums_labels_above_the_speech_are_never_its_title():
    page = ("登录 注册\n论坛首页 > 时政 > 帖子\n主题发起人\n注册\n消息\n荣誉分数\n声望点数\n"
            "在全市安全生产工作会议上的讲话\n同志们:\n今天召开全市安全生产工作会议,主要任务是总结上半年工作,部署下半年任务。\n")
    speech = read(page)
    assert speech["title"] == "在全市安全生产工作会议上的讲话"
    assert speech["salutation"] == "同志们:"
    assert speech["speaker"] is None   # (`荣誉分数` fits the pattern of a name, far above the speech: a label)
