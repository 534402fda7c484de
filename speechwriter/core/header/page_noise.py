"""The page-noise stage: the lines of a pasted web page above a speech that are clearly not the
speech's — a site's name or banner, a menu, a collection's caption (`篇1`, `…工作报告范文`), the
article's record (`来源:`, `作者:`, `发布时间:`, `浏览次数`), a reporter's byline, a page's lead
(`导语:`) and an editor's bracketed note (`【致辞背景】…`, `[节录自…]`) — are set aside before the
header is read: they never fill the header window the title is looked for in, and never become a
title, subtitle or speaker. They stay in the analysis as its noise: nothing the clerk pasted is lost.

A line is judged by its shape and the words pages use for their own parts, never by one site's
strings; a line that can be the speech's own (its date, a name, a salutation, a line naming a
speech: `在全市网络安全工作会议上的讲话`, `【迎新季】学生…在…开学典礼上的发言`) is never taken.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from speechwriter.core.cleaning import has_inner_sentence_end, visible_len
from speechwriter.core.header.page import (
    LEAD,
    PAGE_META,
    STAMP,
    is_page_furniture,
    is_page_notice,
    is_page_ui,
    spaced_out,
)
from speechwriter.core.header.salutation import ADDRESSEES, is_salutation
from speechwriter.core.header.speaker_date import date_or_blank, is_name_line, speaker_field
from speechwriter.core.header.words import (
    PART_ALONE,
    PART_PREFIX,
    looks_like_speech_title,
    part_marker_title,
)

PAGE_TOP = 10     # how many of a text's first lines a page's notes to its reader are looked for in
PAGE_REACH = 40   # how many of a text's first lines the page's other lines are looked for in

# a site's name or banner: `某某(China)官方网站-Global Reputation`, `某某网_首页`, `理论频道`, `版权所有 ©…`,
# `欢迎访问…`, its note on the browser (`…需要较新版本的 Adobe Flash Player。`) — a site names itself so;
# a speech's line does not (`在全市网络安全工作会议上的讲话`: 网 inside a word, no site's separator after it)
_SITE_BANNER = re.compile(r"官方网站|官网|门户网站|网站首页|欢迎您?(访问|光临|来到)|版权所有|©|copyright|all\s*rights|icp\s*备|"
                          r"(网|网站|频道|首页)\s*[-_|｜]|[-_|｜]\s*\S{0,12}(网|网站|频道|首页)$|^\S{1,12}(网站|频道|首页)$|"
                          r"flash\s*player|javascript|(安装|升级|更新|下载|更换)\S{0,12}(浏览器|播放器|插件)",
                          re.IGNORECASE)

# a site's caption for a kind of document (`镇长工作报告范文`, `…讲话稿下载`): what the page offers, not a speech's title
_CAPTION = re.compile(r"\S{2}(范文|范本|范例|例文|模板|样本|下载)$")

# a page's lead above the speech (`导语:…`, `【编者按】…`, `内容提要`)
_LEAD_FIELD = re.compile(LEAD.pattern + r"\s*([:：】\]]|$)")

# an editor's note in brackets at the line's head: a label naming a note about the speech, then the
# note (`【致辞背景】…`, `【人物简介】…`, `【编者按】…`), or the note whole in brackets (`[节录自…]`,
# `（摘自…）`) — a bracket naming a topic is a title's (`【迎新季】…`), and a label alone on its line
# a section's heading (`【自我介绍】`)
_BRACKET_NOTE = re.compile(r"^[【\[［〔]\s*(\S{0,6}(背景|简介|介绍|摘要|导读|导语|按语|说明|提示|备注|注释|链接|阅读|资料)|"
                           r"编者按|编者注|编者|编注|按|注)\s*[】\]］〕:：]\s*\S|"
                           r"^[【\[［〔(（]\s*(节录|摘录|摘编|选|转|摘|录|节选)自")

# a reporter's byline: `记者 李四/台北报导`, `本报记者 张三 李四`, `（通讯员 王五）`
_REPORTER = re.compile(r"^[（(]?((本报|本刊|本台|本网|本站)(特约)?|新华社\S{0,8}?|特约)?(记者|通讯员)\s*[:：]?\s*(?P<rest>.*)$")
_REPORTED = re.compile(r"(记者|通讯员).{0,30}(报道|报导|摄)[)）]?$")

# a menu: six or more short items in a row, no sentence's marks (`首页 新闻中心 党建工作 理论学习 …`)
_MENU_ITEM = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]{1,6}$")

# a link the page cut short (`[图文]市委召开理论学习中心组专题学...`, `区委召开推进会及20...`)
_LINK = re.compile(r"^\s*[\[【](图文|视频|组图|图片|专题|音频)[\]】]|[^.…。](…|\.{3})$")
LINK_LEN = 40   # (a link cut short is a short line; a paragraph cut short by the page is the speech's)


# a reporter's lead announcing the text under it (`…在开幕式上致辞，全文如下：`, `以下为讲话全文：`): the page's
_ANNOUNCES = re.compile(r"(全文如下|(以下|下面)(为|是)\S{0,16}全文|(讲话|致辞|致词|发言|演讲)(稿|全文)?如下)\s*[:：]$")

# where the page stands, whatever its last link names (`首页 > 新闻中心 > 领导讲话`, `您的位置：…`): two links'
# separators, or the page's `位置：`
_TRAIL = re.compile(r"[>＞»›].*[>＞»›]|^(您的|当前|所在)?(位置|路径)\s*[:：]")

# a picture's credit or caption (`▲图/翻摄自…`, `图片来源：…`, `摄影：张三`) and a page's link for screen
# readers (`跳到主要内容区`): the page's, whatever they name
_PICTURE_OR_SKIP = re.compile(r"^[▲△▼◆■●↑]?\s*(图|图片|照片|摄影|摄|图文|配图)\s*(来源)?\s*[/／:：|｜]|"
                              r"^[▲△▼]\s*\S|^(跳到|跳至|跳转到|直达)(主要|主)?(内容|正文)")

# an editor's note on the text, the whole line in brackets: `（根据录音整理）`, `（此稿未经本人审阅）`, `（预拟致词稿）`,
# `（有删节）`
_TEXT_NOTE = re.compile(r"^[（(][^（()）\d年月日]{0,16}(整理|审阅|审定|预拟|拟稿|删节|节选|摘登|摘编)[^（()）\d年月日]{0,10}[)）]$")

# when, as a field: a page's stamp holds a clock or a dashed date (`时间:2022-05-11 11:04:00`); a meeting's time does not
_WHEN_FIELD = re.compile(r"^(时间|日期)\s*[:：]")

# a file's name the page shows for a picture or an attachment (`微信图片_20200924204125_副本.jpg`)
_FILE_NAME = re.compile(r"^\S{1,60}\.(jpe?g|png|gif|bmp|webp|pdf|docx?|xlsx?|pptx?|wps|txt|zip|rar)$", re.IGNORECASE)


# the words of a page's credits (`摄影 宗琪琪`, `摄影 张三 编辑 李四`): who took its pictures, who wrote or edited it
_PICTURES = "摄影|摄像|图片|照片|配图|图|摄"
_PICTURE_WORD = re.compile(rf"^({_PICTURES})$")
_CREDIT_WORD = re.compile(rf"^({_PICTURES}|文|文字|撰稿|撰文|编辑|责编|审核|审校|校对|视频)$")   # (the pictures' and the text's)


def _spaced_credit(text: str) -> bool:
    """`摄影 宗琪琪`, `图 张三 李四`, `摄影 张三  编辑 李四`: a picture's credit with a space for its `/` — a
    picture's word first, then people's names (and other credits), nothing else. Not `摄影 技术讲座`."""
    tokens = text.split()
    if len(tokens) < 2 or not _PICTURE_WORD.match(tokens[0]):
        return False
    return all(_CREDIT_WORD.match(t) or is_name_line(t) for t in tokens[1:]) and any(is_name_line(t) for t in tokens[1:])


def picture_or_skip(text: str) -> bool:
    """A picture's credit or caption (`▲图/翻摄自…`, `摄影 宗琪琪`) or a page's skip link: the page's, wherever it stands."""
    text = text.strip()
    return bool(_PICTURE_OR_SKIP.match(text)) or _spaced_credit(text)


def _menu(text: str) -> bool:
    items = text.split()
    return len(items) >= 6 and all(_MENU_ITEM.match(item) for item in items) \
        and not spaced_out(text)   # (not a title spaced out: `走 向 远 方`)


# a note on who the speaker is, as a page gives it above the speech (`任宇颖，女，2018届…毕业生…`, `王琛，1968年生，…`):
# a name, then the person's sex or year of birth — how a résumé opens, never a speech's sentence
_BIOGRAPHY = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,4})\s*[（(]?[^，,（()）]{0,12}[)）]?\s*[，,]\s*"
                        r"(男|女|(\d{4}|[一二三四五六七八九〇零○]{4})\s*年\s*(\d{1,2}\s*月)?\s*(出生|生)[，,于])")


def biography(text: str) -> bool:
    """`任宇颖，女，2018届高三（16）班毕业生，…`: a note on the speaker (a person's name, then their sex or year of
    birth), the page's above the speech. Not `王琛同志，你好！` nor `今天，我们…` (no person, no résumé)."""
    match = _BIOGRAPHY.match(text.strip())
    return match is not None and is_name_line(match.group("name"))


def _reporter(text: str) -> bool:
    if _REPORTED.search(text):
        return True
    match = _REPORTER.match(text)
    if not match:
        return False
    first = re.split(r"[\s/／、，,)）]", match.group("rest").strip(), maxsplit=1)[0]
    return is_name_line(first)


def _field_of_speech(text: str) -> bool:
    """A date, a name, who speaks (`发言人：…`), a salutation: the speech's, whatever page words it holds."""
    return bool(date_or_blank(text) or is_name_line(text) or speaker_field(text) or is_salutation(text)
                or ADDRESSEES.match(text))


def speech_own(text: str) -> bool:
    """A line that can be the speech's own title-block line: a field of it (a date, a name, who
    speaks, a salutation), a line naming a speech, a part's title (`…讲话 篇1`, `第一篇：…`)."""
    return bool(_field_of_speech(text) or looks_like_speech_title(text) or part_marker_title(text) is not None
                or PART_PREFIX.match(text))


def is_page_line(text: str) -> bool:
    """A line of a pasted page that a clerk would never count as the speech's (above its first
    paragraph): a site's name or banner, a menu, a link cut short, a collection's caption or item
    number, the article's record or a counter, a reporter's byline, a page's lead, an editor's
    note in brackets, the page's controls, where the page stands (`首页 > … > 领导讲话`), a lead announcing
    the text (`…致辞，全文如下：`)."""
    text = text.strip()
    if not text or _field_of_speech(text):
        return False
    # (a note, a lead or a byline says what it is at its head, whatever speech it names: `【致辞背景】…大会致辞`)
    if _BRACKET_NOTE.match(text) or _LEAD_FIELD.match(text) or _reporter(text) or _TEXT_NOTE.match(text) \
            or picture_or_skip(text) or _TRAIL.search(text) or _ANNOUNCES.search(text) or biography(text):
        return True
    if speech_own(text) or _WHEN_FIELD.match(text) and not STAMP.search(text):
        return False   # (`时间：民国106年10月21日(星期六)上午9时`: when the meeting was, not when the page was posted)
    return bool(_FILE_NAME.match(text) or _SITE_BANNER.search(text) or _menu(text) or _LINK.search(text) and visible_len(text) <= LINK_LEN
                and not has_inner_sentence_end(text) or _CAPTION.search(text) or PART_ALONE.match(text)
                or PAGE_META.search(text) or is_page_furniture(text) or is_page_ui(text))


# a field's label a page gives a count under (`浏览次数` / `3998`, `声望点数` / `0`)
_FIELD_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,6}\s*[:：]?$")


def page_lines_above(texts: list[str], counted: Sequence[int] = ()) -> set[int]:
    """The indices of the page's lines above a speech (`texts`: its lines as read, `script.as_read`):
    its notes to the reader among the first PAGE_TOP lines (`下面是小编为大家整理的…`), and its other
    lines (`is_page_line`) among the first PAGE_REACH, all above the salutation and above the first
    paragraph that is not the page's (a long lead, `导语:…`, is passed over). `counted`: the indices of
    the lines right above a bare count in the text (`402,402`, set aside as residue): a short label
    there is the page's field."""
    salutation = next((i for i, text in enumerate(texts[:PAGE_REACH]) if is_salutation(text) or ADDRESSEES.match(text)),
                      min(PAGE_REACH, len(texts)))
    page = {i for i, text in enumerate(texts[:min(salutation, PAGE_TOP)]) if is_page_notice(text)}
    for i, text in enumerate(texts[:salutation]):
        if i in page:
            continue
        if is_page_line(text) or i in counted and _FIELD_LABEL.match(text) and not speech_own(text):
            page.add(i)
        elif visible_len(text) > 60 or has_inner_sentence_end(text) or text[-1] in "。；;":
            # the speech's first paragraph (or sentence): what stands below it is the speech's (a
            # headline may exclaim, `…台中是家，我爱你们！`: a line ending so is passed over)
            break
    return page
