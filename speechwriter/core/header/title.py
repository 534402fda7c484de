"""What can be (a line of) a speech's title."""

from __future__ import annotations

import re

from speechwriter.core.header.page import (
    EDITOR_NOTE,
    PAGE_META,
    WEB_LINE,
    is_page_furniture,
    is_page_ui,
    keywords_of_another_line,
)
from speechwriter.core.header.page_noise import picture_or_skip
from speechwriter.core.header.salutation import is_salutation
from speechwriter.core.header.speaker_date import (
    DATED,
    DAY,
    PERSON,
    POSITION,
    TRAILING_DATE,
    date_or_blank,
    ends_with_name,
    is_name_line,
    placeholder_unit,
    speaker_shaped,
)
from speechwriter.core.header.words import (
    BREADCRUMBS,
    DASH,
    HOST_WORDS,
    NAMES_SPEECH,
    PART_ALONE,
    compacted,
    is_header_like,
    looks_like_speech_title,
    names_whole_speech,
    numbered_part_title,
    part_marker_title,
)
from speechwriter.core.markers import find_marker


def title_shaped(text: str) -> bool:
    """Short, no sentence inside; a title may end with `！`, and one naming a whole speech with a
    full stop a clerk typed after it (`教职工代表大会闭幕词。`; not a host's `下面请王局长讲话。`)."""
    stop = text.endswith(("。", ".")) and names_whole_speech(text) and not _HOSTING.search(text)
    return is_header_like(text[:-1] if (text.endswith(("！", "!")) or stop) and len(text) > 2 else text)


_HOSTING = re.compile(rf"{HOST_WORDS}|首先")   # (and a host's running order: `首先请…`)


def copies(texts: list[str], index: int) -> bool:
    """Does this line repeat (or hold, or sit inside) a later line of the title block? A web page puts
    its own title above the speech's title block: `主标题——副标题` above `主标题` and `——副标题`."""
    own = compacted(texts[index])
    later = [compacted(t) for t in texts[index + 1:] if not PAGE_META.search(t) and not is_page_ui(t) and title_shaped(t)
             and t[-1] not in "：:" and not ends_with_name(t)]
    # (a title run on to the salutation, `在…上的讲话同志们：`, is no page line; nor is the speaker's
    # line a copy of the title: `最高人民检察` / `院工作报告` above `最高人民检察院检察长 张军`)
    return any(o and (own in o or (o in own and len(o) >= 4)) for o in later)


_WHOLE_LABEL = re.compile(r"^[【{〔\[].{1,20}[】}〕\]]$")   # `【自我介绍】`: a document's section label


# a document's section label, or a page's label over the text it gives (`发言全文`, `致辞全文如下`, `讲话实录`)
SECTION_WORD = re.compile(r"^(引言|前言|序言|导言|目录|结束语|结语|附件|附录|摘要|正文|"
                          r"(讲话|发言|致辞|致词|演讲|演说|报告|谈话|讲稿)?(全文|原文|实录)(如下)?)$")


# closing words (the end of the page's previous speech): never a title
CLOSING_WORDS = re.compile(r"^(谢谢(大家|各位)?|祝愿.{0,30}|祝.{0,30}(成功|健康|快乐|美好|顺利|如意))[!！。.]?$")


# the other words a bracketed title names its speech with (`【…卸任交接 致词全文】`, `【…演说】`)
_SPEECH_VARIANT = re.compile(r"致词|演讲|演说|讲词|献词|献辞|贺词|贺辞|谈话")
_BRACKETED = re.compile(r"^[【{〔\[].+[】}〕\]]$")
_OWN_WORDS = re.compile(r"感言|辞$|指示|讲评")   # (what a short bracketed title names: `【结业感言】`, `【欢迎辞】`)
_LABEL_WORDS = re.compile(r"参考|范文|范例|例文|借鉴|资料|\d+字|www|模板")   # (the page's words on a bracketed label)


# a title saying it gives the speech whole (`…毕业典礼致词全文`, `…讲话（全文完整）`): a title's words, not the
# page's link (`阅读全文`)
_FULL_TEXT = re.compile(r"(?<=[话言辞词说播告])\s*全文|[（(【\[]全文[^）)】\]]{0,4}[）)】\]]")


# a field of a meeting's record (`出席人员：会议代表总额173人…`, `地 点：…`, `主持人：…`, `记录：…`): the minutes' own
# record above the speech, never a title line (a title with a colon names its occasion first: `…大会：主席工作报告`)
MEETING_FIELD = re.compile(r"^(时\s*间|地\s*点|主\s*席|主\s*持人?|出\s*席|列\s*席|缺\s*席|请\s*假|记\s*录|纪\s*录|与\s*会|参\s*会|"
                           r"会议(时间|地点))\S{0,3}\s*[:：]")


def section_label(text: str) -> bool:
    """`【自我介绍】`: a document's section label; `【毕业典礼校长致辞一】`, `【…交接 致词全文】` name a
    speech and are its title."""
    if _BRACKETED.match(text) and _LABEL_WORDS.search(text):
        return True
    if not _WHOLE_LABEL.match(text) or looks_like_speech_title(text) or _SPEECH_VARIANT.search(text):
        return False
    inner = compacted(text[1:-1])
    # (a label is a word or two, `【参考资料】`, `【例 文】`, `【範例一】`, or the page's words on it, `【文章共3960字,精选参考范文…】`;
    # a title in brackets names what the speech says or is, `【不忘初心 砥砺前行】`, `【结业感言】`)
    return len(inner) <= 6 and not NAMES_SPEECH.search(inner) and not _OWN_WORDS.search(inner) or bool(_LABEL_WORDS.search(inner))


def can_be_title(texts: list[str], index: int) -> bool:
    """Could this header line be (part of) the title? Not a date, name, salutation, dash line, page
    line, numbered heading, section label or part line, not a sentence, and not the page's copy of a
    later line. A title may end with `！` (`欢迎你为“求真”而来！`), and a part's title with its number
    and `：` (`…闭幕式讲话一：`)."""
    text = texts[index]
    if not title_shaped(text) or text.startswith(DASH) or date_or_blank(text) or is_salutation(text) \
            or POSITION.match(compacted(text)) or PART_ALONE.match(text) or BREADCRUMBS.search(text) \
            or text.endswith(("…", "...")) or text.startswith(("…", "...")) or EDITOR_NOTE.match(text) \
            or (speaker_shaped(text) and not PERSON.match(text)) or is_name_line(text) or ends_with_name(text) \
            or placeholder_unit(text) \
            or WEB_LINE.search(_FULL_TEXT.sub("", text)) or text[-1] in "：:" and not numbered_part_title(text) or DATED.match(text) or DAY.search(TRAILING_DATE.sub("", text)) \
            or part_marker_title(text) is not None or find_marker(text) or section_label(text) \
            or SECTION_WORD.match(compacted(text)) or is_page_ui(text) \
            or CLOSING_WORDS.match(text) or is_page_furniture(text) or picture_or_skip(text) or MEETING_FIELD.match(text) \
            or keywords_of_another_line(texts, index):
        return False
    return bool(compacted(text)) and not copies(texts, index)
