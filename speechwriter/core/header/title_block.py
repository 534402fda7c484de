"""The passes over a title block that put its lines right where a clerk reads them otherwise (used by clerk.py)."""

from __future__ import annotations

import re
from typing import Any

from speechwriter.core.cleaning import visible_len
from speechwriter.core.header.page import PAGE_META, is_collection_title, is_page_furniture, is_page_notice, page_record
from speechwriter.core.header.salutation import ADDRESSEES, is_salutation
from speechwriter.core.header.speaker_date import (
    DATED,
    ORGANISATION,
    POSITION_END,
    date_or_blank,
    ends_with_name,
    is_date,
    is_name_line,
)
from speechwriter.core.header.title import can_be_title, copies, title_shaped
from speechwriter.core.header.words import (
    DASH,
    HOST_WORDS,
    OCCASION_END,
    PART_ALONE,
    SENTENCE_END,
    SHORT_PLAIN,
    compacted,
    is_header_like,
    is_subtitle_line,
    looks_like_speech_title,
    names_whole_speech,
    names_whole_speech_spaced,
    numbered_part_title,
    part_marker_title,
)


def subtitle_continued(texts: list[str], tags: list[str], numbers: list[int], end: int) -> None:
    """`1957年6月26日在第一届` / `全国人民代表大会第四次会议上`, `——在全县…工作` / `会议上的讲话`: a
    subtitle wrapped over two lines; the line right under an occasion line that has not ended, and is
    no name, date or salutation, is its second line."""
    for k in range(1, end):
        j = k - 1
        head = texts[j].strip()
        dated = bool(DATED.match(head)) and "在" in head
        opens = head.startswith(DASH) or dated or head.lstrip("（(").startswith("在")
        # (both lines read as the page's or the title's: `――2007年1月26日在福建省` / `第十届…会议上`, the
        # occasion opened and ended — with a title above or none: a dash or a date opens no title)
        if tags[j] == "noise" and tags[k] in ("noise", "title") and (head.startswith(DASH) or dated) \
                and numbers[k] - numbers[j] <= 2 and OCCASION_END.search(texts[k].strip()) \
                and not OCCASION_END.search(head):
            tags[j] = "subtitle"
            if tags[k] == "title":
                tags[k] = "noise"
        # (`在全县…负责` / `同志…上的讲话` under the title, read as the title's lines or the page's: an
        # occasion opened with 在, not ended, and ended on the very next line, that is no occasion of its own)
        # (not after a line ending with who speaks, `[县长在县委书记]县长` / `在县委全委…` / `…会议上的讲话`: one
        # title, who and where)
        wrapped = head.lstrip("（(").startswith("在") and numbers[k] - numbers[j] == 1 and not OCCASION_END.search(head) \
            and head[-1] not in SENTENCE_END and OCCASION_END.search(texts[k].strip()) and not is_subtitle_line(texts[k]) \
            and not (j and POSITION_END.search(texts[j - 1].strip()))
        if wrapped and tags[j] in ("noise", "title") and tags[k] in ("noise", "title", "subtitle") \
                and any(tags[t] == "title" for t in range(j)) and "subtitle" not in tags[:j] + tags[k + 1:end]:
            tags[j] = tags[k] = "subtitle"
            continue
        if tags[j] not in ("subtitle", "date") or tags[j] == "date" and not dated \
                or tags[k] in ("salutation", "body") or tags[k] == tags[j] == "subtitle" or numbers[k] - numbers[j] != 1:
            continue
        if not opens or OCCASION_END.search(head) or head[-1] in SENTENCE_END \
                or "subtitle" in tags[:j] + tags[k + 1:end]:
            continue
        line = texts[k].strip()
        if is_name_line(line) or ends_with_name(line) or date_or_blank(line) or is_salutation(line) \
                or line.startswith(DASH) or not is_header_like(line):
            continue
        tags[j] = tags[k] = "subtitle"


def occasion_from(texts: list[str], tags: list[str], numbers: list[int], i: int) -> str:
    """The subtitle line at `i` with the subtitle lines right under it (a wrapped `在…` / `…上的讲话`), joined."""
    k = i
    while k + 1 < len(tags) and tags[k + 1] == "subtitle" and numbers[k + 1] - numbers[k] == 1:
        k += 1
    return "".join(t.strip() for t in texts[i:k + 1])


def title_the_page_copied(above: list[str], text: str) -> bool:
    """Is this line, read as the body's first, the speech's own title: a line that can be a title,
    held whole in a line above it (the page's title, `…上的讲话_某某范文网`)?"""
    own = compacted(text)
    if len(own) < 4 or not (can_be_title(above + [text], len(above))
                            or part_marker_title(text) is not None and title_shaped(text)):
        return False
    return any(own in compacted(line) and own != compacted(line) for line in above)


def title_ending_read_as_subtitle(texts: list[str], tags: list[str], numbers: list[int], last: int, end: int) -> None:
    """`在庆祝中国共产党成立` / `100周年大会上的讲话`: a "subtitle" (or, on the very next line, a line
    read as the page's) right under a title line that ends no sentence and names no speech, that is
    no `——`/`在…上的讲话` line and ends naming the speech, is the title's last line (a title in two
    parts has a break in its first, `守牢底线 护航发展`)."""
    k = last + 1
    if k >= end or tags[k] not in ("subtitle", "noise") or numbers[k] - numbers[last] > (2 if tags[k] == "subtitle" else 1):
        return
    title, line = texts[last], texts[k]
    # (a title in two parts has a break in its first line; an occasion opened on the line right above,
    # `在BT系统部、英国代` / `表处汇报会上的讲话`, is one title's whatever its first line holds)
    opened = title.startswith("在") and numbers[k] - numbers[last] == 1 and not OCCASION_END.search(title)
    if title[-1] in SENTENCE_END or names_whole_speech(title) or re.search(r"[\s　，,、]", title.strip()) and not opened \
            or is_subtitle_line(line) or not names_whole_speech(line) or not can_be_title(texts, k):
        return
    tags[k] = "title"


def page_line_for_title(texts: list[str], tags: list[str], numbers: list[int], end: int) -> int | None:
    """A line the model took for the title that is one short plain line naming no speech (`正文复制`,
    a site's name), beside a line that names a whole speech (`在…上的讲话`, no `——`) taken for a
    title line, the subtitle or the page's: the line naming the speech is the title, the short one
    the page's (its index is returned; None when there is no such line)."""
    named = [k for k in range(end) if tags[k] in ("title", "subtitle", "noise") and not texts[k].startswith(DASH)
             and names_whole_speech(texts[k]) and not PAGE_META.search(texts[k]) and can_be_title(texts, k)]
    plain = [i for i in range(end) if tags[i] == "title" and i not in named]
    if len(plain) != 1 or not named or looks_like_speech_title(texts[plain[0]]) or not SHORT_PLAIN.match(texts[plain[0]]):
        return None
    if plain[0] + 1 in named and numbers[plain[0] + 1] - numbers[plain[0]] <= 2 and can_be_title(texts, plain[0]):
        return None   # (`书记校长读书` / `会表态发言稿`: one title wrapped, its first line ending no sentence)
    tags[plain[0]], tags[named[-1]] = "noise", "title"
    return plain[0]


def second_lines(texts: list[str], tags: list[str], end: int) -> None:
    """A "title" line beside another (or under a line that can be the title) that is the speaker's
    (`…校长 王琛`, `王琛 2020.6.20`) or the date (`…日上午`) is that (alone, such a line may be a
    title that runs on to its date and name)."""
    for i in range(end):
        if tags[i] != "title":
            continue
        others = any(k != i and tags[k] == "title" for k in range(end))
        # (or a line above, taken for page noise, can be the title and names a speech)
        if not others and not any(tags[k] == "noise" and looks_like_speech_title(texts[k]) and can_be_title(texts, k)
                                  for k in range(i)):
            continue
        if ends_with_name(texts[i]) and "speaker" not in tags[:end]:
            tags[i] = "speaker"
        elif is_date(texts[i]) and "date" not in tags[:end]:
            tags[i] = "date"


def collection_titles(texts: list[str], tags: list[str], end: int) -> None:
    """A collection page's title (`毕业酒会领导致辞7篇`, `…(精选31篇)`) taken for the title is the
    page's when a line below it can be the title or is a part line (`…篇1`); with no title left, the
    last of those that names a speech (else the last part line) is the title."""
    for i in range(end):
        if tags[i] != "title" or not is_collection_title(texts[i]):
            continue
        below = [k for k in range(i + 1, end) if tags[k] not in ("salutation", "date") and not is_collection_title(texts[k])
                 and (can_be_title(texts, k) or part_marker_title(texts[k]) is not None)]
        if not below:
            continue
        tags[i] = "noise"
        if "title" in tags[:end]:
            continue
        own = [k for k in below if can_be_title(texts, k) and looks_like_speech_title(texts[k])]
        parts = [k for k in below if part_marker_title(texts[k]) is not None]
        pick = own[-1] if own else parts[-1] if parts else None
        if pick is not None:
            tags[pick] = "title"


# a unit's name alone on the line above a title (`绍兴市第一中学`): its letterhead, not the title's first line
_UNIT_NAME = re.compile(r"(中学|小学|大学|学院|学校|医院|公司|集团|银行|委员会|政府|办公室|局|厅)$")


def adjacent_title_lines(texts: list[str], tags: list[str], numbers: list[int], end: int) -> None:
    """Lines of one title on consecutive lines (no blank line between): a line between two title
    lines that can be a title is one of them (`市委副书记在…专题` / `学习…的` / `…上的发言`); the line
    right above the title that can be a title, ends no sentence and names no speech of its own is
    its first line (`中国人民政治协商会议` / `第七届…工作报告`, `政府工作报` / `告`); a line of one or
    two characters right under the title ends it."""
    titles = [i for i in range(end) if tags[i] == "title"]
    if not titles:
        return
    first, last = titles[0], titles[-1]
    for k in range(first + 1, last):
        if tags[k] == "noise" and numbers[k + 1] - numbers[k - 1] == 2 and can_be_title(texts, k):
            tags[k] = "title"
    while first > 0:   # (a title wrapped over three lines: its first lines, one by one)
        j = first - 1
        # (the body above a bare kind title, `共青团…第一次代表大会` / `筹备工作报告`, names itself as a unit does)
        body_above = bool(ORGANISATION.match(texts[j])) and visible_len(texts[first]) <= 8 \
            and names_whole_speech_spaced(texts[first]) and not copies(texts, j)
        letterhead = bool(_UNIT_NAME.search(texts[j]) or ORGANISATION.match(texts[j]))
        if tags[j] == "noise" and numbers[first] - numbers[j] == 1 \
                and (can_be_title(texts, j) and not letterhead or body_above) \
                and texts[j][-1] not in SENTENCE_END and not looks_like_speech_title(texts[j]) \
                and not is_collection_title(texts[j]) and not texts[first].startswith(DASH) \
                and not is_subtitle_line(texts[first]):
            tags[j] = "title"
            first = j
        else:
            break
    k = last + 1
    if k < end and tags[k] == "noise" and numbers[k] - numbers[last] == 1 and visible_len(texts[k]) <= 2 \
            and not is_salutation(texts[k]) and not PART_ALONE.match(texts[k]) and compacted(texts[k]):
        tags[k] = "title"
    # a title's second line right under it, above the rest of the title block (`决胜全面建成小康社会` /
    # `为夺取新时代…伟大胜利` / `——在…上的报告`): the title's first line ends no sentence and names no
    # whole speech, the second is no `——`/`在…上的讲话` line
    own = [i for i in titles if not texts[i].startswith(DASH)]   # (a `——` line read as a title is the subtitle)
    if not own:
        return
    last = own[-1]
    k = last + 1
    if k + 1 < end and tags[k] == "noise" and numbers[k] - numbers[last] == 1 and can_be_title(texts, k) \
            and texts[last][-1] not in SENTENCE_END and not names_whole_speech_spaced(texts[last]) \
            and not is_subtitle_line(texts[k]) and not is_collection_title(texts[k]) \
            and (tags[k + 1] in ("speaker", "subtitle", "date", "salutation") or texts[k + 1].startswith(DASH)):
        tags[k] = "title"


def own_title_under_record(texts: list[str], tags: list[str], numbers: list[int], end: int, set_aside: list[int]) -> None:
    """A page's headline naming a whole speech, the page's record of it (`发表时间:…`, `阅读 4973`; or
    `set_aside`: the line numbers of the page's lines taken out above), then, right above the
    salutation or the body, a line that names a whole speech too: that line is the speech's own
    title, the headline the page's (as when the page repeats its title)."""
    titles = [i for i in range(end) if tags[i] == "title"]
    if not titles or not all(names_whole_speech_spaced(texts[i]) for i in titles):
        return
    last = titles[-1]
    own = next((k for k in range(end - 1, last, -1) if tags[k] == "noise" and names_whole_speech_spaced(texts[k])
                and can_be_title(texts, k)), None)
    if own is None or any(tags[k] in ("title", "subtitle") for k in range(own + 1, end)):
        return
    if any(is_page_furniture(texts[m]) or PAGE_META.search(texts[m]) for m in range(last + 1, own)) \
            or any(numbers[last] < m < numbers[own] for m in set_aside):
        for i in titles:
            tags[i] = "noise"
        tags[own] = "title"


def headline_above_own_title(texts: list[str], tags: list[str], end: int) -> None:
    """A page's headline naming the speech (`党委书记在学院党委全会上的讲话`) above a title that
    names none, whose `——在…上的报告` subtitle names it: the headline is the page's."""
    titles = [i for i in range(end) if tags[i] == "title"]
    dash = [k for k in range(end) if tags[k] == "subtitle" and texts[k].startswith(DASH) and looks_like_speech_title(texts[k])]
    if len(titles) > 1 and dash and titles[-1] < dash[0] and looks_like_speech_title(texts[titles[0]]) \
            and not any(looks_like_speech_title(texts[t]) for t in titles[1:]):
        tags[titles[0]] = "noise"


_FIELD_TAGS = ("speaker", "date", "subtitle", "salutation")


def own_title_block_under_page(texts: list[str], tags: list[str], numbers: list[int], end: int,
                                set_aside: list[int]) -> None:
    """The page's lines (a site's name and slogan, its breadcrumbs, its headline) above its record
    (`当前位置：首页 > …`, `发布时间:…`, `来源:…`), then the speech's own title block: lines that can be
    a title right above its speaker, date or subtitle line. The title is the own block's; a line read
    as the title above the page's record is the page's. (`set_aside`: the line numbers of the page's
    record lines taken out of the text as residue.)"""
    if not end:
        return
    marks = [numbers[i] for i in range(end) if page_record(texts[i])] + [m for m in set_aside if m < numbers[end - 1]]
    if not marks:
        return
    fence = max(marks)
    below = [k for k in range(end) if numbers[k] > fence]
    above_titles = [i for i in range(end) if numbers[i] < fence and tags[i] == "title"]
    if not below or not above_titles and "title" in tags[:end]:
        return
    if not any(tags[k] == "title" for k in below):
        field = next((k for k in below if tags[k] in _FIELD_TAGS), None)
        if field is None or tags[field] == "salutation" and field == below[0]:
            return
        run: list[int] = []
        k = field - 1
        while k >= below[0] and len(run) < 3 and tags[k] in ("noise", "title") and can_be_title(texts, k) \
                and numbers[k + 1] - numbers[k] <= 2 and texts[k][-1] not in SENTENCE_END:
            run.insert(0, k)
            k -= 1
        # (a salutation right under the run: the run is the title only when it names the speech or the
        # block has a speaker, date or subtitle too — else it may be the page's lead)
        if not run or tags[field] == "salutation" and not any(names_whole_speech_spaced(texts[r]) for r in run):
            return
        for r in run:
            tags[r] = "title"
    for i in above_titles:
        tags[i] = "noise"


def title_above_first_paragraph(texts: list[str], tags: list[str], numbers: list[int], end: int) -> None:
    """No title, no salutation, and all read as the page's down to the first paragraph: the line
    right above that paragraph that can be a title and is far shorter than it (`以产业振兴为抓手，推动…`
    above `今天，我们召开…`) is the title, and the paragraph starts the body. (A paragraph broken into
    lines of one width is no title above its next line: the lines are as long as each other.)"""
    p = next((i for i in range(end) if not is_header_like(texts[i])), None)
    if p is None or p == 0 or any(tags[i] != "noise" for i in range(p + 1)):
        return
    k = p - 1
    if numbers[p] - numbers[k] > 2 or not can_be_title(texts, k) or texts[k][-1] in "，,、；;" \
            or ADDRESSEES.search(texts[k]) or is_collection_title(texts[k]) or is_page_notice(texts[k]) \
            or texts[p][-1] not in SENTENCE_END or 2 * visible_len(texts[k]) > visible_len(texts[p]):
        return
    tags[k], tags[p] = "title", "body"


def title_runs_on(title: str, line: Any, title_number: int) -> bool:
    """Is `line` (cleaning.Line, read as the body's first) the last line of a title wrapped right
    above it: on the next line (or after one blank line, as lines of one title may be), the title's
    line ending no sentence and naming no whole speech, the line short, naming a whole speech
    (`谈会上的讲话`), and no `——`/`在…上的讲话` line of its own?"""
    text = line.text
    return line.number - title_number <= 2 and title[-1] not in SENTENCE_END and not names_whole_speech(title) \
        and not is_subtitle_line(text) and is_header_like(text) and visible_len(text) <= 30 \
        and names_whole_speech(text) and can_be_title([title, text], 1)


def one_title_run(texts: list[str], tags: list[str], numbers: list[int], end: int, aside: list[int]) -> None:
    """A title is one run of lines: title lines parted by a line that is none of it (the page's
    `精选范文` above its collection's title, set aside, above `篇一：在…上的讲话`) are the page's but
    the last run, the one nearest the body (as when the page repeats its title). `aside`: the
    numbers of the lines set aside as residue."""
    titles = [i for i in range(end) if tags[i] == "title"]
    if len(titles) < 2:
        return
    start = titles[-1]
    while start - 1 in titles and not any(numbers[start - 1] < m < numbers[start] for m in aside):
        start -= 1
    if not all(title_shaped(texts[i]) for i in range(start, titles[-1] + 1)):
        return   # (a sentence read as a title below the title block is no title run: the model's slip)
    for i in titles:
        if i < start and (any(tags[k] == "noise" for k in range(i + 1, start))
                          or any(numbers[i] < m < numbers[start] for m in aside)):
            tags[i] = "noise"


def title_under_first_paragraph(texts: list[str], tags: list[str], end: int) -> None:
    """The title stands above its date line and the speech's first paragraph: under a line that can
    be the title, its date and a paragraph (`元旦祝词` / `（一九五二年一月一日）` / `祝我们全体…的胜利!`),
    a line naming no speech read as the title (`祝我们在…胜利!`) is the body's."""
    date = next((j for j in range(end) if tags[j] == "date" and is_date(texts[j])), None)
    if date is None or not any(can_be_title(texts, t) for t in range(date)):
        return
    paragraph = next((k for k in range(date + 1, end) if tags[k] in ("noise", "body") and not is_header_like(texts[k])
                      and (texts[k][-1] in SENTENCE_END or visible_len(texts[k]) > 60)), None)
    for i in range(paragraph + 1 if paragraph is not None else end, end):
        if tags[i] == "title" and not looks_like_speech_title(texts[i]):
            tags[i] = "noise"


def numbered_part_under_headline(texts: list[str], tags: list[str], end: int) -> None:
    """A page's numbered part (`校长在教代会上讲话（一）：`) under its headline or collection title
    (`校长在教代会上讲话`, `…讲话3篇`) read as the title: the part line is the speech's title, the line
    above the page's (its words held in the part's, or a collection's count)."""
    part = next((k for k in range(end) if tags[k] == "noise" and numbered_part_title(texts[k])), None)
    titles = [i for i in range(end) if tags[i] == "title"]
    if part is None or not titles or titles[-1] > part:
        return
    own = compacted(texts[part])
    if all(compacted(texts[i]) in own or is_collection_title(texts[i]) for i in titles):
        for i in titles:
            tags[i] = "noise"
        tags[part] = "title"


_HOST_WORDS = re.compile(HOST_WORDS)


def own_title_under_lead_in(texts: list[str], tags: list[str], numbers: list[int], end: int) -> None:
    """A short line naming the speech that leads in to it (`国旗下讲话：`, `校长致辞：`) parts the
    page's headline above it (`博雅论坛第六期：诚信以笃学`) from the speech's own title: the line right
    under it that can be a title is the title, and what was read as the title above the lead-in is
    the page's. Not when a title stands below the lead-in already, nor for a host's words
    (`下面请王局长讲话：`), nor for whom the speech addresses."""
    for k in range(end - 1):
        lead, j = texts[k].strip(), k + 1
        if tags[k] != "noise" or lead[-1:] not in "：:" or visible_len(lead) > 10 or not looks_like_speech_title(lead) \
                or _HOST_WORDS.search(lead) or ADDRESSEES.search(lead) or is_salutation(lead):
            continue
        if tags[j] != "noise" or numbers[j] - numbers[k] > 2 or not can_be_title(texts, j) \
                or any(tags[t] == "title" for t in range(j, end)):
            continue
        for t in range(k):
            if tags[t] == "title":
                tags[t] = "noise"
        tags[j] = "title"
        return
