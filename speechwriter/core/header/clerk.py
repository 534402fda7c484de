"""The header's tags corrected where a clerk would never read them so (the rules after the header model)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from speechwriter.core.cleaning import visible_len
from speechwriter.core.header.page import (
    EDITOR_NOTE,
    LEAD,
    PAGE_META,
    STAMP,
    WEB_LINE,
    asks_about_speech,
    is_collection_title,
    is_page_furniture,
    is_page_notice,
    is_page_ui,
    keywords_of_another_line,
    page_record,
)
from speechwriter.core.header.page_noise import is_page_line
from speechwriter.core.header.salutation import (
    ADDRESSEES,
    addresses_hearers,
    continues_salutation,
    ends_broken_salutation,
    greets_hearers,
    is_salutation,
    lists_hearers,
    opens_salutation,
    salutation_broken_over_lines,
)
from speechwriter.core.header.speaker_date import (
    DATED,
    DATED_AT,
    DATED_OCCASION,
    PLACEHOLDER_DATE,
    POSITION,
    can_be_speaker,
    date_or_blank,
    ends_with_name,
    is_date,
    is_name_line,
    names_of_people,
    person_and_post,
    placeholder_unit,
    position_and_person,
    speaker_field,
)
from speechwriter.core.header.title import (
    CLOSING_WORDS,
    MEETING_FIELD,
    SECTION_WORD,
    can_be_title,
    copies,
    section_label,
)
from speechwriter.core.header.title_block import (
    adjacent_title_lines,
    collection_titles,
    headline_above_own_title,
    numbered_part_under_headline,
    occasion_from,
    one_title_run,
    own_title_block_under_page,
    own_title_under_lead_in,
    own_title_under_record,
    page_line_for_title,
    second_lines,
    subtitle_continued,
    title_above_first_paragraph,
    title_ending_read_as_subtitle,
    title_runs_on,
    title_the_page_copied,
    title_under_first_paragraph,
)
from speechwriter.core.header.words import (
    BREADCRUMBS,
    DASH,
    PART_ALONE,
    PART_PREFIX,
    SENTENCE_END,
    compacted,
    is_header_like,
    is_subtitle_line,
    looks_like_speech_title,
    names_whole_speech,
    names_whole_speech_spaced,
    numbered_part_title,
    part_marker_title,
)
from speechwriter.core.markers import find_marker


def no_body_before(texts: list[str]) -> int:
    """How many of a speech's first lines are certainly no body: up to the salutation (`同志们：`, in
    the first 7 lines), and up to a `——在…上的讲话` subtitle line in the first 6 (and the name line
    right under it): whatever stands above such a line is the title block."""
    until = next((i + 1 for i, text in enumerate(texts[:7]) if is_salutation(text)), 0)
    for i, text in enumerate(texts[:6]):
        if text.startswith(DASH) and is_header_like(text) and looks_like_speech_title(text):
            until = max(until, i + 1)
            if i + 1 < len(texts) and (is_name_line(texts[i + 1]) or ends_with_name(texts[i + 1])):
                until = max(until, i + 2)
    return until


# a day written as a web page stamps it, `2025-04-02` (no labelled speech's date is written so; beside the
# page's own lines it is the page's stamp, in the speech's title block a date a clerk typed so)
_STAMPED_DAY = re.compile(r"^(19|20)\d{2}-\d{1,2}-\d{1,2}$")


_WHEN = re.compile(r"^(时\s*间|日\s*期)\s*[:：]\s*\S")
_CLOCK_OR_DASHED_DAY = re.compile(r"\d{1,2}:\d{2}|\d{4}\s*-\s*\d{1,2}\s*-\s*\d{1,2}")


def meeting_time(text: str) -> bool:
    """`时间：西元2016年1月30日(六)10点30分。`, `时间：民国1061021(星期六)上午9`: when the event was, a field of its
    record — not the page's stamp (`时间:2022-05-11 11:04:00`: a dashed day, a clock), nor a field left empty."""
    return bool(_WHEN.match(text.strip())) and not _CLOCK_OR_DASHED_DAY.search(text)


# the label of a speech's first section (`引言`, `前言`, `引 言`): the body's first line
_OPENING_LABEL = re.compile(r"^(引言|前言|导言)$")


def first_section_label(lines: list, tags: list[str], end: int) -> int | None:
    """`引言` right under the title block (a line read as its title, subtitle, speaker or date, or one that
    can be the title; the page's lines set aside between them part nothing) and right above a paragraph:
    the body starts there — what stands under it (a section's heading, `工作报告`) is the body's, never
    the title block's. Its index, or None."""
    for i in range(1, min(end, len(lines) - 1)):
        if _OPENING_LABEL.match(compacted(lines[i].text)) and not is_header_like(lines[i + 1].text) \
                and (tags[i - 1] in ("title", "subtitle", "speaker", "date")
                     or can_be_title([ln.text for ln in lines[:i]], i - 1)):
            return i
    return None


def title_over_speaker(lines: list) -> bool:
    """The first line can be a title, the next is who speaks (a name, a position and a name, a name
    and the posts held: `1.孙洪亮（党委副书记、纪委书记）`), and the next the speech's first paragraph:
    a title block, whatever the model made of it (a page of several people's reports numbers its
    speakers). (`lines`: cleaning.Line, the speech's first lines.)"""
    title, who, paragraph = (ln.text for ln in lines[:3])
    if lines[1].number - lines[0].number > 2 or lines[2].number - lines[1].number > 2:
        return False
    return can_be_title([title, who], 0) and not is_collection_title(title) \
        and (is_name_line(who) or position_and_person(who)) \
        and not is_header_like(paragraph) and paragraph.rstrip()[-1:] in SENTENCE_END + "：:"


def in_title_block(tags: list[str], numbers: list[int], i: int, end: int) -> bool:
    """A line beside the title block's own lines (a title, subtitle, date or salutation line right above
    or under it) or right above the body: where a speaker's name stands. A page's labels far above the
    speech (`管理成员`, `荣誉分数` on a forum) are no speaker, whatever the name pattern makes of them."""
    if i + 1 >= end:
        return True
    return any(0 <= j < end and abs(numbers[j] - numbers[i]) <= 2 and tags[j] in ("title", "subtitle", "date", "salutation")
               for j in (i - 1, i + 1))


def can_head_subtitle(texts: list[str], j: int) -> bool:
    """Can this line be the title a `——…` subtitle stands under? What can be a title, or a title
    asking its question (`杜鹃红了山岗，你是否已在回家的路上？`): a line a clerk would take for a title
    were its `？` gone, and no more than one sentence (`…吗？…呢？` is a paragraph's)."""
    if can_be_title(texts, j):
        return True
    text = texts[j].strip()
    if len(text) < 2 or text[-1] not in "？?" or any(mark in text[:-1] for mark in SENTENCE_END):
        return False
    return can_be_title(texts[:j] + [text[:-1]] + texts[j + 1:], j)


SLOGAN_LEN = 8   # the fewest characters of a title that names no speech (`守牢底线 护航发展`)


def clerk_header_tags(lines: list, tags: list[str], set_aside: Sequence = ()) -> list[str]:
    """The header's tags (`lines`: cleaning.Line, the speech's first lines; tags as the header model
    or the rules give them) corrected where a clerk would never read them so. In order:
    0. an opening label (`引言`) under the title block starts the body; whom the speech addresses
       (`同志们：`, `代主席：`, `…市长、各位贵宾，大家好。`) is the salutation, and the event's record under the
       title (`时间：…`, `地点：…`) its date and the page's;
    1. what cannot be a title is none: the page's copy of the title block above it (`主标题——副标题`
       above `主标题`), a page's meta line (`发布时间:…`), a numbered heading (`1、…`), a section label
       (`【参考资料】`); a line opening with its day (`民国113年6月6日第3907次会议`) is the date; a line that
       is a person's name (`王琛`, `…校长 王琛`, `王琛 2020.6.20`) is the speaker, a date the date; a
       page's numbered part (`…讲话（一）：`) is the title over the page's headline;
    2. what cannot be a speaker or a date is not (a line taken for one that can be a title is the
       title: the name went to the speaker line);
    3. a line above the title that the model took for a subtitle, and is no `——`/`在…上的讲话` line,
       is the title's first line;
    4. lines of one title separated by a blank line are one title, when the first does not end a
       sentence or name a whole speech (`…上的讲话` is a title of its own: the page's, above);
    5. of two lines that each name a whole speech, the one nearer the body is the title, the other
       the page's (`某某在…上的讲话` above `在…上的讲话提纲`);
    6. an occasion line (`在…上的讲话`) beside the title's own lines is the subtitle;
    7. a line opening with —— is a subtitle, never the title, when a line above can be the title
       (and that line is the title, when nothing else is);
    8. a subtitle needs a title: with none, the subtitle line is the title; with no title at all,
       the last line above the body that can be a title and names a speech (or is the page's second
       copy of a line: the page repeats its title) is the title;
    9. the body starts at the first paragraph under the salutation (whom the speech addresses:
       `同志们：`, and `全体同志：`, `乡亲们：` too, `addresses_hearers`).
    `set_aside`: the lines (cleaning.Line) taken out of the text above as residue; those of them
    that are the page's record (`发布时间:…`, `来源:…`) tell where the page's lines end.
    """
    tags = list(tags)
    end = next((i for i, tag in enumerate(tags) if tag == "body"), len(tags))
    opening = first_section_label(lines, tags, end)
    if opening is not None:
        tags[opening], end = "body", opening
    texts = [ln.text for ln in lines[:end]]
    numbers = [ln.number for ln in lines[:end]]
    # (and the page's other lines set aside above the speech, `page_noise`: they part the lines around them)
    records = [ln.number for ln in set_aside if page_record(ln.text) or is_page_line(ln.text)]

    def present(tag: str) -> bool:
        return tag in tags[:end]

    for i in range(end):   # 0. `同志们：` is never the page's: with no other salutation it is the salutation
        if tags[i] == "noise" and (is_salutation(texts[i]) or addresses_hearers(texts[i]) or greets_hearers(texts[i])
                                   or lists_hearers(texts[i])) \
                and not present("salutation"):
            tags[i] = "salutation"
        # (nor a date or a speaker: `各位院士，同志们，朋友们：` read as the date, `同仁们：` as the speaker)
        if tags[i] in ("date", "speaker") and (is_salutation(texts[i]) or addresses_hearers(texts[i]) or lists_hearers(texts[i])) \
                and not is_date(texts[i]) and not speaker_field(texts[i]) and not present("salutation"):
            tags[i] = "salutation"
    if not present("salutation") and end + 1 < len(tags) and tags[end + 1] == "body" \
            and (addresses_hearers(lines[end].text) or greets_hearers(lines[end].text) or lists_hearers(lines[end].text)):
        # `全体同志：`, `乡亲们：`, `各位同事，大家好。`, a long one (`…主席先生，…先生，…的成员们：`) read as
        # the body's first line
        tags[end] = "salutation"
        end += 1
        texts.append(lines[end - 1].text)
        numbers.append(lines[end - 1].number)
    while 0 < end < len(lines) - 1 and tags[end - 1] == "salutation" and lines[end].number - numbers[end - 1] <= 2 \
            and (texts[end - 1].rstrip()[-1:] in "，,、" and continues_salutation(lines[end].text)
                 or ends_broken_salutation(texts[end - 1], lines[end].text)):
        # (a salutation over several lines, each whom it addresses, up to its `：`; or broken mid-phrase:
        # `各位领导、各位` / `同志：`, whichever of its lines the model read as the salutation)
        tags[end] = "salutation"
        end += 1
        texts.append(lines[end - 1].text)
        numbers.append(lines[end - 1].number)
    if end == 0 and len(lines) > 2:   # the title read as the body's first line, right above its first paragraph
        first_two = ["noise", "noise"]
        title_above_first_paragraph([lines[0].text, lines[1].text], first_two, [lines[0].number, lines[1].number], 2)
        if first_two[0] == "title":
            tags[0], end = "title", 1
            texts, numbers = [lines[0].text], [lines[0].number]
    if end == 0 and len(lines) > 3 and title_over_speaker(lines):
        # (the title block read as the body, `…述职报告` / `1.孙洪亮（党委副书记、纪委书记）` / a paragraph: the
        # name line under the title is the speaker's, taken by the pass below)
        tags[0], end = "title", 1
        texts, numbers = [lines[0].text], [lines[0].number]
    if end == 0 and len(lines) > 2 and is_header_like(lines[0].text) and lines[0].text[-1] not in "：:" \
            and (PART_PREFIX.match(lines[0].text) or is_collection_title(lines[0].text)) \
            and title_the_page_copied([lines[0].text], lines[1].text):
        tags[0] = "noise"   # `第一篇：…大全` read as the body's first line: the page's line above the speech's title
        end = 1
        texts, numbers = [lines[0].text], [lines[0].number]
    if end + 1 < len(tags) and not present("title") and title_the_page_copied(texts, lines[end].text):
        tags[end] = "title"   # (the page's title, `…_公文范文网`, then its guide's prose, then the speech's own)
        end += 1
        texts.append(lines[end - 1].text)
        numbers.append(lines[end - 1].number)
    if 0 < end < len(lines) - 1 and tags[end - 1] in ("title", "subtitle", "speaker", "date"):
        # the body read from a line of the title block: `在延安文艺座` / `谈会上的讲话` (the second line
        # ends the title), a name (`王建国`, `县委书记 王建国`) or a date right under the title
        start = end
        if tags[end - 1] == "title" and title_runs_on(texts[end - 1], lines[end], numbers[end - 1]):
            tags[end] = "title"
            end += 1
        while end < len(lines) - 1 and lines[end].number - lines[end - 1].number <= 2 \
                and (is_header_like(lines[end].text) or MEETING_FIELD.match(lines[end].text)) \
                and (not find_marker(lines[end].text) or person_and_post(lines[end].text)):
            text = lines[end].text
            # (the event's record under the title, `时间：西元2016年1月30日…。`, `地点：…`: when it was given, where)
            tag = "date" if date_or_blank(text) or DATED.match(text) or meeting_time(text) else "speaker" if is_name_line(text) \
                or ends_with_name(text) or position_and_person(text) else "subtitle" if is_subtitle_line(text) \
                else "noise" if MEETING_FIELD.match(text) and not addresses_hearers(text) else None
            if tag is None or tag in tags[:end] and tag != "noise":
                break
            tags[end] = tag
            end += 1
        if end != start and end < len(lines) - 1 and not present("salutation") and greets_hearers(lines[end].text):
            tags[end] = "salutation"   # (and under them, whom the speech addresses: `…市长、各位贵宾，大家好。`)
            end += 1
        if end != start:
            texts = [ln.text for ln in lines[:end]]
            numbers = [ln.number for ln in lines[:end]]
    salutation_broken_over_lines(texts, tags, numbers, end)
    for i in range(end):   # 1. what is no title
        if tags[i] == "subtitle" and PAGE_META.search(texts[i]) \
                or tags[i] in ("title", "subtitle", "speaker") and (is_page_furniture(texts[i]) or is_page_line(texts[i])):
            tags[i] = "noise"   # `文章标题：…`, `首页 > 讲话 > …`, `时间:… 浏览量:`: the page's, never the speech's
        if tags[i] in ("title", "subtitle", "salutation") and date_or_blank(texts[i]) \
                and not present("date"):
            tags[i] = "date"   # `2022.08.31`, `(X年X月X日)` alone on its line
        if tags[i] == "noise" and meeting_time(texts[i]) and not present("date"):
            tags[i] = "date"   # `时间：民国1061021(星期六)上午9`: when the meeting was, the speech's date
        if tags[i] == "date" and _STAMPED_DAY.match(texts[i].strip()) and any(abs(m - numbers[i]) <= 1 for m in records):
            tags[i] = "noise"   # `2025-04-02` beside the page's lines (its site's name, `VIP专免`): when the page was posted
        if tags[i] == "salutation" and texts[i][-1] in "。." and "salutation" in tags[i + 1:end + 1]:
            tags[i] = "noise"   # a sentence above the salutation (a page's `请用空格间隔。`) is none of it
        if tags[i] == "salutation" and texts[i][-1] not in "：:、，,！!" and looks_like_speech_title(texts[i]) \
                and can_be_title(texts, i):
            tags[i] = "title"   # `委员会工作报告(…)` under `…常务`: a salutation names whom it addresses, never a speech
        if tags[i] == "title" and DATED_AT.match(texts[i]):
            tags[i] = "subtitle"   # `2025年3月21日在…第十九届`: when and where it was given, never the title
        elif tags[i] == "title" and DATED.match(texts[i]):
            # `民国113年6月6日第3907次会议`: a line opening with its day is when the speech was given, never the title
            tags[i] = "date" if not present("date") else "noise"
        if tags[i] != "title":
            continue
        if is_name_line(texts[i]) or names_of_people(texts[i]) or POSITION.match(compacted(texts[i])) \
                or speaker_field(texts[i]):
            # a name, or a position alone (`武进区区长`, above the name on a line of its own)
            tags[i] = "speaker" if not present("speaker") or i + 1 < end and tags[i + 1] == "speaker" else "noise"
        elif PART_ALONE.match(texts[i]) or BREADCRUMBS.search(texts[i]) or EDITOR_NOTE.match(texts[i]) \
                or texts[i].startswith(("…", "...")) or texts[i].endswith(("…", "...")) \
                or WEB_LINE.search(texts[i]) and STAMP.search(texts[i]):
            tags[i] = "noise"   # `篇1` alone (an aggregator's part number), `首页 > …` (where the page is)
        elif (ends_with_name(texts[i]) and " " in texts[i].strip() or position_and_person(texts[i])) \
                and not looks_like_speech_title(texts[i]) and not names_whole_speech(texts[i]) and not present("speaker"):
            tags[i] = "speaker"   # `…党委书记、校长 王琛`, `…代县长林昭闹`: a position and a name, never a title
        elif is_page_ui(texts[i]) or CLOSING_WORDS.match(texts[i]) or PLACEHOLDER_DATE.match(texts[i]) \
                or asks_about_speech(texts[i]) or keywords_of_another_line(texts, i):
            tags[i] = "noise"   # `正文复制`, `官方公众号`, `谢谢大家！` (the page's last speech), a date
        elif texts[i][-1] in "：:" and not ADDRESSEES.search(texts[i]) and not speaker_field(texts[i]) \
                and not numbered_part_title(texts[i]):
            tags[i] = "noise"   # `运动会闭幕词如下：`, `发言之一：`: a line that leads in to what follows names nothing
            # (a part's own title, `…讲话（一）：`, names its part)
        elif PAGE_META.search(texts[i]) or copies(texts, i) or section_label(texts[i]) \
                or SECTION_WORD.match(compacted(texts[i])) or find_marker(texts[i]):
            tags[i] = "noise"
    title_under_first_paragraph(texts, tags, end)
    numbered_part_under_headline(texts, tags, end)
    collection_titles(texts, tags, end)
    second_lines(texts, tags, end)
    for i in range(1, end):   # a title line opening with 的 (`的表态发言`) ends the line above
        if tags[i] == "title" and texts[i].startswith("的") and tags[i - 1] != "title" and can_be_title(texts, i - 1):
            tags[i - 1] = "title"
    subtitle_continued(texts, tags, numbers, end)
    for i in range(end):   # 2. what is no speaker, no date
        if tags[i] == "speaker" and texts[i].startswith(DASH) and looks_like_speech_title(texts[i]) \
                and not present("subtitle"):
            tags[i] = "subtitle"   # `——在…上的讲话 王琛`: the subtitle, with the name run on
            continue
        if tags[i] == "date" and DATED_OCCASION.match(texts[i]) and not present("subtitle"):
            tags[i] = "subtitle"   # `1957年6月26日在…会议上`: when and where it was given, the subtitle
            continue
        wrong = (tags[i] == "speaker" and not can_be_speaker(texts[i])) \
            or (tags[i] == "date" and not is_date(texts[i]) and not meeting_time(texts[i]))
        if wrong and can_be_title(texts, i):
            tags[i] = "title"
        elif wrong and tags[i] == "date" and can_be_speaker(texts[i]) and not present("speaker"):
            tags[i] = "speaker"   # `交通局局长 xxx`
        elif wrong and tags[i] == "speaker" and is_date(texts[i]) and not present("date"):
            tags[i] = "date"   # `2020年10月29日上午`
        elif wrong:
            tags[i] = "noise"   # `引 言` (the first section's label), `合集下载`, `篇1`: a page's or a document's
    for i in range(end):   # a name read as a subtitle or page noise (a name after a position as a subtitle)
        signed = texts[i].lstrip("—-－ 　")   # (`——百年人寿陕西分公司总经理 荆晓达`: who speaks, signed with a dash)
        named = is_name_line(texts[i]) or tags[i] == "subtitle" and ends_with_name(signed) \
            and not looks_like_speech_title(signed) and "在" not in signed
        # (under the title, read as the page's: a position and a person's name, `常务副市长尚根仓`, or
        # people's names, `戚本禹、张春桥、谢富治`)
        named = named or tags[i] == "noise" and "title" in tags[:i] and (
            position_and_person(texts[i]) or names_of_people(texts[i]))
        # (`xx 中学` under the title: the unit that reports, its name left to fill in)
        named = named or tags[i] in ("noise", "title") and placeholder_unit(texts[i]) and "title" in tags[:i]
        if tags[i] in ("subtitle", "noise") and named and not present("speaker") and not is_page_furniture(texts[i]) \
                and (tags[i] == "subtitle" or in_title_block(tags, numbers, i, end)):
            tags[i] = "speaker"
    for i in range(end - 1):   # `国务院总理` over `李　强`: a position alone, above the name, is the speaker's line, no subtitle's
        if tags[i] == "subtitle" and tags[i + 1] == "speaker" and POSITION.match(compacted(texts[i])) \
                and numbers[i + 1] - numbers[i] <= 2:
            tags[i] = "speaker"
    for i in range(end):   # the page repeats the subtitle line too: the last copy is the subtitle
        if tags[i] == "subtitle" and any(tags[k] == "subtitle" and texts[k] == texts[i] for k in range(i + 1, end)):
            tags[i] = "noise"
    titles = [i for i in range(end) if tags[i] == "title"]
    if titles:   # 3. a "subtitle" right above the title
        j = titles[0] - 1
        if j >= 0 and tags[j] == "subtitle" and not is_subtitle_line(texts[j]) and can_be_title(texts, j) \
                and texts[j][-1] not in SENTENCE_END and not names_whole_speech(texts[j]):
            tags[j] = "title"
        title_ending_read_as_subtitle(texts, tags, numbers, titles[-1], end)
    page_line = page_line_for_title(texts, tags, numbers, end)
    for i in range(1, end):   # 4. one title over two lines with a blank line between
        j = i - 1
        if numbers[i] - numbers[j] < 2 or texts[j][-1] in SENTENCE_END or names_whole_speech(texts[j]) \
                or j == page_line or any(numbers[j] < m < numbers[i] for m in records):
            continue   # (a page's record line between two lines parts them: `标题` / `发布时间:…` / `标题`)
        if tags[i] == "title" and tags[j] == "noise" and (j == 0 or tags[j - 1] != "title") and can_be_title(texts, j) \
                and not is_collection_title(texts[j]) \
                and not (is_subtitle_line(texts[i]) and looks_like_speech_title(texts[j])):
            # (a page's headline naming the speech, `…动员会讲话:发挥…`, above `在…上的讲话`, is none of it)
            tags[j] = "title"
        elif tags[j] == "title" and tags[i] in ("noise", "speaker", "subtitle") \
                and not any(tags[k] == "title" and not texts[k].startswith(DASH) for k in range(i + 1, end)) \
                and can_be_title(texts, i) and not is_subtitle_line(occasion_from(texts, tags, numbers, i)):
            tags[i] = "title"
    second_lines(texts, tags, end)
    adjacent_title_lines(texts, tags, numbers, end)
    own_title_under_record(texts, tags, numbers, end, records)
    # 5. two whole titles: the page's above the speech's own (a second line under a title that
    # names a whole speech too, and is no `——…`/`在…上的讲话` subtitle, is the speech's own title)
    whole = [i for i in range(end) if names_whole_speech_spaced(texts[i]) and (
        tags[i] == "title" or tags[i] == "subtitle" and not is_subtitle_line(texts[i]) and "title" in tags[:i])]
    for i in whole[:-1]:
        occasion_above_title = is_subtitle_line(texts[i]) and not is_subtitle_line(texts[whole[-1]])
        if not occasion_above_title:   # (`在…上的讲话` above `…工作报告` is its subtitle: 6.)
            tags[i] = "noise"
            tags[whole[-1]] = "title"
    adjacent_title_lines(texts, tags, numbers, end)   # (the title the page's line stood above)
    titles = [i for i in range(end) if tags[i] == "title"]
    if len(titles) == 1 and titles[0] > 0 and texts[titles[0]].startswith("在") and is_subtitle_line(texts[titles[0]]):
        # an occasion read as the title under a line read as the page's: that line, when it names no
        # speech and is no page line (a slogan: `西迁薪火传久力 夯筑新基上高楼`), is the title over its subtitle;
        # a slogan says something in two phrases: a line of a few characters is a page's label (`声望点数`)
        j, k = titles[0] - 1, titles[0]
        if tags[j] == "noise" and numbers[k] - numbers[j] <= 2 and visible_len(texts[j]) >= SLOGAN_LEN and can_be_title(texts, j) \
                and texts[j][-1] not in SENTENCE_END and not looks_like_speech_title(texts[j]) \
                and not names_whole_speech(texts[j]) and not is_page_furniture(texts[j]) and not is_page_ui(texts[j]) \
                and not is_page_notice(texts[j]) and not is_collection_title(texts[j]) and not copies(texts, j):
            tags[j], tags[k] = "title", "subtitle"
        titles = [i for i in range(end) if tags[i] == "title"]
    occasion = [i for i in titles if is_subtitle_line(texts[i])]
    if occasion and len(occasion) < len(titles) and not present("subtitle"):   # 6. the occasion line
        tags[occasion[0]] = "subtitle"
    for i in range(end):   # 7. a dash line
        if tags[i] not in ("title", "subtitle") or not texts[i].startswith(DASH) \
                or tags[i] == "subtitle" and "title" in tags[:end]:
            continue
        if "title" in tags[:i]:
            tags[i] = "subtitle"
            continue
        above = next((j for j in range(i - 1, -1, -1)
                      if tags[j] in ("noise", "subtitle", "speaker") and can_head_subtitle(texts, j)), None)
        if above is not None:
            tags[above], tags[i] = "title", "subtitle"
        elif tags[i] == "title":   # (nothing above can be the title: the page left it out; the dash line is none)
            tags[i] = "noise" if present("subtitle") else "subtitle"
    headline_above_own_title(texts, tags, end)
    collection_titles(texts, tags, end)
    own_title_block_under_page(texts, tags, numbers, end, records)
    if not present("title"):   # 8. a subtitle needs a title
        # (a subtitle's first line: `人民代表大会第四次会议上` under `2025年3月21日在…第十九届` ends an occasion,
        # on the next line or after a blank one)
        lone = next((i for i in range(end) if tags[i] == "subtitle" and not texts[i].startswith(DASH)
                     and can_be_title(texts, i) and not (i and tags[i - 1] == "subtitle" and numbers[i] - numbers[i - 1] <= 2)),
                    None)
        if lone is None:
            lone = next((i for i in range(end - 1, -1, -1) if tags[i] == "noise" and can_be_title(texts, i)
                         and (looks_like_speech_title(texts[i]) or names_whole_speech(texts[i]) or texts[i] in texts[:i])
                         and not PAGE_META.search(texts[i]) and not is_collection_title(texts[i])), None)
        if lone is None:   # the line right above the title block's date, speaker or subtitle (`论联合政府` / `（一九四五年…）`)
            # (a line opening with its day, `2015年4月20日 会见传媒`, stands where the date does, whatever the model made of it)
            block = next((i for i in range(end) if tags[i] in ("date", "speaker", "subtitle")
                          or tags[i] == "noise" and DATED.match(texts[i])), 0)
            k = block - 1
            if k >= 0 and tags[k] == "noise" and numbers[block] - numbers[k] <= 2 and can_be_title(texts, k) \
                    and not is_collection_title(texts[k]):
                lone = k
        if lone is None:   # a part line (`…讲话 篇1`) under the collection's title
            lone = next((i for i in range(end - 1, -1, -1) if tags[i] in ("noise", "speaker")
                         and part_marker_title(texts[i]) is not None), None)
        if lone is None:   # the collection's title itself, when the page holds one speech of it
            lone = next((i for i in range(end - 1, -1, -1) if tags[i] == "noise" and can_be_title(texts, i)
                         and is_collection_title(texts[i]) and looks_like_speech_title(texts[i])), None)
        if lone is not None:
            tags[lone] = "title"
            adjacent_title_lines(texts, tags, numbers, end)   # (`…决胜摘帽“` / `冲刺200天”…上的讲话`)
    if not present("title") and not present("salutation"):
        title_above_first_paragraph(texts, tags, numbers, end)
        if not present("title") and 1 < end < len(lines) and title_the_page_copied(texts[:end - 1], texts[end - 1]):
            # (the model read the first paragraph as the body and every line above as the page's: the
            # line right above that paragraph, held whole in the page's title above it, `第一篇：…大全`,
            # is looked at as when the paragraph is read as the page's)
            seen = tags[:end] + ["noise"]
            title_above_first_paragraph(texts + [lines[end].text], seen, numbers + [lines[end].number], end + 1)
            if seen[end - 1] == "title":
                tags[end - 1] = "title"
    own_title_under_lead_in(texts, tags, numbers, end)
    one_title_run(texts, tags, numbers, end, [ln.number for ln in set_aside])
    salutation = next((i for i in range(end) if tags[i] == "salutation"), None)
    while salutation and tags[salutation - 1] in ("noise", "speaker") and numbers[salutation] - numbers[salutation - 1] <= 2 \
            and opens_salutation(texts[salutation - 1]) \
            and not any(numbers[salutation - 1] < m < numbers[salutation] for m in records):
        # (its first line above it, ending with a comma: `亲爱的2020级新同学，` / `尊敬的各位嘉宾、…：`)
        salutation -= 1
        tags[salutation] = "salutation"
    if salutation is not None:   # 9. the body starts at the first paragraph under the salutation
        first = next((k for k in range(salutation + 1, end) if tags[k] == "noise" and not is_header_like(texts[k])
                      and not is_page_notice(texts[k]) and not is_page_furniture(texts[k])), None)
        if first is not None:
            tags[first] = "body"
    elif present("title"):   # 9'. no salutation: the paragraph right under the title block starts the body
        block = max(i for i in range(end) if tags[i] in ("title", "subtitle", "speaker", "date"))
        k = block + 1
        if k < end and tags[k] == "noise" and numbers[k] - numbers[block] <= 2 and not is_header_like(texts[k]) \
                and texts[k][-1] in SENTENCE_END and not is_page_notice(texts[k]) and not is_page_furniture(texts[k]) \
                and not EDITOR_NOTE.match(texts[k]) and not LEAD.match(texts[k]) and not MEETING_FIELD.match(texts[k]):
            tags[k] = "body"
    title_repeated_under_salutation(lines, tags)
    return tags


def title_repeated_under_salutation(lines: list, tags: list[str]) -> None:
    """The page repeats the title right under the salutation (`秋季田径运动会开幕词` / `尊敬的…：` /
    `秋季田径运动会开幕词` / `大家早上好！`): that copy, read as the body's first line, is the page's,
    and the body starts on the line under it."""
    body = next((i for i, tag in enumerate(tags) if tag == "body"), None)
    if body is None or not 0 < body < len(lines) - 1 or "salutation" not in tags[:body]:
        return
    own = {compacted(lines[i].text) for i in range(body) if tags[i] == "title"}
    if compacted(lines[body].text) in own:
        tags[body], tags[body + 1] = "noise", "body"
