"""The lines above a speech's body: title, subtitle, speaker, date, and the salutation (称呼)."""

from __future__ import annotations

import re

from speechwriter.core.cleaning import PLACEHOLDER_NAME, has_inner_sentence_end, visible_len

ADDRESSEES = re.compile(r"同志们|各位|尊敬的|女士们|先生们|朋友们|代表们|老师们|同学们|领导|委员|执委|来宾|嘉宾")
_SALUTATION = re.compile(r"[：:]$")
_DATE = re.compile(
    r"^[（(]?\s*(\d{4}|[一二三四五六七八九〇零○]{4}|20[xX×]{2}|[xX×]{4})\s*年"
    r"\s*(\d{1,2}|[一二三四五六七八九十]{1,3}|[xX×]{1,2})\s*月"
    r"(\s*(\d{1,2}|[一二三四五六七八九十]{1,3}|[xX×]{1,2})\s*日)?\s*[)）]?$")
_SUBTITLE = re.compile(r"^(——|—|--|－－)|^[（(]?在.{2,60}(讲话|发言|报告|致辞|讲稿|汇报)[)）]?$")
_PERSON = re.compile(r"^[\u4e00-\u9fff](?: ?[\u4e00-\u9fff]){1,3}$")
_POSITION_AND_NAME = re.compile(r"^[\u4e00-\u9fff]{0,12}(书记|主席|主任|市长|县长|区长|乡长|镇长|局长|部长|厅长|处长|科长|"
                                r"秘书长|理事长|会长|社长|校长|院长|所长|经理|总裁|董事长|代表|委员)\s*[\u4e00-\u9fff]{2,4}$")
_ORGANISATION = re.compile(r"^[\u4e00-\u9fff（）()]{2,24}(局|委|办|部|厅|处|院|会|中心|公司|集团|党委|党组|支部|政府|"
                           r"妇联|工会|学校|医院|街道|镇|乡|村|所|站|队)$")
_PART_MARKER = re.compile(r"^(?P<title>.{2,80}?)\s*(篇\s*\d{1,2}|[（(]?第[一二三四五六七八九十\d]{1,3}篇[)）]?)$")
_SPEECH_TITLE_WORDS = re.compile(r"讲话|发言|报告|致辞|讲稿|开幕词|闭幕词|汇报|主持词|党课|动员(大)?会|表态")


def is_salutation(text: str) -> bool:
    """`同志们：`, `尊敬的…，各位…：`; with `！` only when it opens with whom it addresses (`各位代表！`)."""
    if visible_len(text) > 40 or has_inner_sentence_end(text) or not ADDRESSEES.search(text):
        return False
    return bool(_SALUTATION.search(text)) or (text[-1] in "！!" and visible_len(text) <= 30
                                              and bool(ADDRESSEES.match(text)))


def is_date_line(text: str) -> bool:
    return bool(_DATE.match(text.replace(" ", "")))


def is_subtitle_line(text: str) -> bool:
    return bool(_SUBTITLE.search(text))


def is_speaker_line(text: str) -> bool:
    return bool(_PERSON.match(text) or PLACEHOLDER_NAME.match(text) or _POSITION_AND_NAME.match(text)
                or (_ORGANISATION.match(text) and not _SPEECH_TITLE_WORDS.search(text)))


def part_marker_title(text: str) -> str | None:
    """`在…讲话 篇1` (a web aggregator's part line) → its title part; None for other lines."""
    match = _PART_MARKER.match(text)
    return match.group("title") if match else None


def looks_like_speech_title(text: str) -> bool:
    return bool(_SPEECH_TITLE_WORDS.search(text))


def is_header_like(text: str) -> bool:
    """Short, no sentence inside: could be a title-block line."""
    return visible_len(text) <= 60 and not has_inner_sentence_end(text) and text[-1] not in "。！？!?；;，,、"


def classify_header(lines: list[str]) -> dict:
    """Assign header lines to title/subtitle/speaker/date; the rest is noise.

    Page noise in a header: a page title repeated above the real title, and a `…篇N` part line
    when the part has its own title.
    """
    result: dict = {"title": None, "subtitle": None, "speaker": None, "date": None, "noise": []}  # noise: indices
    candidates: list[tuple[int, str]] = []
    for index, text in enumerate(lines):
        later = lines[index + 1:]
        if any(other == text or (part_marker_title(other) or "") == text for other in later):
            result["noise"].append(index)  # the page repeats the title: keep the last copy
        elif is_date_line(text) and result["date"] is None:
            result["date"] = text
        elif is_speaker_line(text) and result["speaker"] is None and candidates:
            result["speaker"] = text
        elif is_subtitle_line(text) and candidates and result["subtitle"] is None:
            result["subtitle"] = text
        else:
            candidates.append((index, text))
    # A part line is the title only when the part has no title of its own.
    own_titles = [c for _, c in candidates if part_marker_title(c) is None]
    for index, text in candidates:
        if part_marker_title(text) is not None and own_titles:
            result["noise"].append(index)
        elif result["title"] is None:
            result["title"] = text
        elif result["subtitle"] is None:
            result["subtitle"] = text  # a second heading line under the title
        else:
            result["subtitle"] = f"{result['subtitle']}{text}"
    return result
