"""The words of a title block's lines: what names a speech, a subtitle's opening, a part line's number."""

from __future__ import annotations

import re

from speechwriter.core.cleaning import has_inner_sentence_end, visible_len

_SUBTITLE = re.compile(r"^(——|—|--|－－)|^[（(]?在.{2,60}(讲话|发言|报告|致[辞词]|讲稿|汇报)[)）]?$")


_PART_MARKER = re.compile(r"^(?P<title>.{2,80}?)\s*(篇\s*\d{1,2}|[（(]?第[一二三四五六七八九十\d]{1,3}篇[)）]?)$")


# (`致词` is 致辞 as many, Taiwan's usage above all, write it: `卸任致词`, `在…典礼上的致词`)
SPEECH_TITLE_WORDS = re.compile(r"讲话|发言|报告|致[辞词]|讲稿|开幕词|闭幕词|汇报|主持词|党课|动员(大)?会|表态")


def is_subtitle_line(text: str) -> bool:
    return bool(_SUBTITLE.search(text))


NAMES_SPEECH = re.compile(r"(词|讲话|发言|报告|致辞|演讲|汇报|稿|材料|总结|体会|心得)$")


def part_marker_title(text: str) -> str | None:
    """`在…讲话 篇1` (a web aggregator's part line) → its title part; None for other lines."""
    match = _PART_MARKER.match(text)
    if not match or BREADCRUMBS.search(match.group("title")):
        return None   # (`您的当前位置:首页…开幕词 篇7`: where the page is, not a part of it)
    return match.group("title")


# a part of a page's collection titled with its number and a colon (`…闭幕式讲话一：`, `校长在教代会上讲话（一）：`):
# the part's own title, whatever the colon makes it look like (`发言之一：`, `…闭幕词如下：` lead in to what follows)
_NUMBERED_PART = re.compile(r"^.{2,60}?(讲话|发言|报告|致辞|致词|演讲|汇报|词|稿|材料)\s*[（(]?([一二三四五六七八九十]{1,2}|\d{1,2})[)）]?\s*[:：]$")


def numbered_part_title(text: str) -> bool:
    return bool(_NUMBERED_PART.match(text.strip()))


def looks_like_speech_title(text: str) -> bool:
    return bool(SPEECH_TITLE_WORDS.search(text))


def is_header_like(text: str) -> bool:
    """Short, no sentence inside: could be a title-block line."""
    return visible_len(text) <= 60 and not has_inner_sentence_end(text) and text[-1] not in "。！？!?；;，,、"


DASH = ("——", "――", "—", "--", "－－")   # (`――`: two horizontal bars, as some pages type the dash)


def compacted(text: str) -> str:
    return re.sub(r"[\s　\-—－:：，,。.!！?？“”\"'‘’《》()（）【】]", "", text)


# a title that names a whole speech ends with what the speech is (`…上的讲话`, `…述职报告`, `…主持词`)
_COMPLETE_TITLE = re.compile(r"(讲话|发言|报告|致[辞词]|讲稿|发言稿|讲话稿|开幕词|闭幕词|主持词|献词|贺词|欢迎词|祝酒词|答谢词|演讲|"
                             r"汇报|讲话提纲|党课|工作总结|发言材料)[》”\"]?[.。]?$")


def names_whole_speech(text: str) -> bool:
    """`在…会议上的讲话`, `…述职报告`: a line that is a speech's whole title, not the first part of one."""
    return bool(_COMPLETE_TITLE.search(text.strip()))


def names_whole_speech_spaced(text: str) -> bool:
    """names_whole_speech, of a title spaced out (`第 二 次 会 议 开 幕 词`) too."""
    return names_whole_speech(re.sub(r"[\s　]", "", text))


SENTENCE_END = "。！？!?；;…"


BREADCRUMBS = re.compile(r"[>＞»›]|首页|位置\s*[:：]")   # `首页 > 教育 > …`, `您现在的位置：…`


# a part's or a collection item's number alone (`篇1`, `第三篇`, `篇一`, `范文2`, `【篇3】`, `模板一`): the page's
PART_ALONE = re.compile(r"^[【\[（(]?\s*(篇\s*[\d一二三四五六七八九十]{1,3}|第[一二三四五六七八九十\d]{1,3}篇|"
                         r"(范文|范例|例文|模板|材料|精选|样本|示例)\s*[\d一二三四五六七八九十]{1,3})\s*[)）\]】]?[:：]?$")


# a collection item's number before its title (`第一篇：…`, `篇二、…`, `范文3：…`): the page's
PART_PREFIX = re.compile(r"^[【\[]?\s*(第[一二三四五六七八九十\d]{1,3}篇|篇\s*[\d一二三四五六七八九十]{1,3}|"
                          r"(范文|范例|例文|模板|精选)\s*[\d一二三四五六七八九十]{1,3})\s*[】\]]?\s*[:：、.．]\s*\S")


# a slogan title is long or in parts (`走 向 远 方`, `乘风破浪，逐梦扬帆`); a page's own short line is neither
SHORT_PLAIN = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]{1,10}$")


# how an occasion line ends when it is whole: `…上的讲话`, `…会议上`, `…时`, `（…）`
OCCASION_END = re.compile(r"(讲话|发言|报告|致[辞词]|演讲|汇报|讲稿|[上时中]|[)）])$")


# a host's words leading in to a speech (`下面请王局长讲话：`, `现在欢迎…致辞`): a host's line, not the speech's own
HOST_WORDS = r"请|下面|现在|接下来|欢迎"
