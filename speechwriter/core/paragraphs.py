"""Re-joining what copying broke: paragraphs cut mid-sentence, headings cut in two, headings fused
with the first sentence of their body.

Every piece keeps the position of its first character in the source (line number, offset), so
callers can prove that no character was lost or repeated.
"""

from __future__ import annotations

from dataclasses import dataclass

from speechwriter.core.cleaning import (
    Line,
    ends_sentence,
    has_inner_sentence_end,
    visible_len,
)
from speechwriter.core.markers import find_marker

_OPENING, _CLOSING = "【〔[{｛", "】〕]}｝"  # brackets a heading line is wrapped in
HEADING_MAX = 60  # a standalone heading line is rarely longer than two lines of a page
PLAIN_HEADING_MAX = 40  # an un-numbered heading is shorter still


@dataclass
class Para:
    text: str
    line: int          # source line of the first character
    offset: int = 0    # character offset in that (cleaned) line


def join_lines(lines: list[Line]) -> list[Para]:
    paras: list[Para] = []
    sub_headings = _has_plain_sub_headings(lines)
    i = 0
    while i < len(lines):
        current = Para(lines[i].text, lines[i].number)
        i += 1
        while i < len(lines) and _continues(current.text, lines[i].text, lines[i + 1].text if i + 1 < len(lines) else None,
                                            sub_headings):
            current.text += lines[i].text
            i += 1
        paras.extend(_split_fused_heading(current))
    return paras


def _plain_line(text: str) -> bool:
    """A short line with no number and no punctuation to go on or end with: an un-numbered heading's shape."""
    return 2 <= visible_len(text) <= PLAIN_HEADING_MAX and find_marker(text) is None and not ends_sentence(text) \
        and not has_inner_sentence_end(text) and text[-1] not in "，,、"


def _has_plain_sub_headings(lines: list[Line]) -> bool:
    """Does the text head its blocks' parts with un-numbered lines (`强化思想认识` below a paragraph)?
    Then such a line right under a numbered heading is the first of them, not the heading's tail."""
    return sum(1 for before, line in zip(lines, lines[1:]) if _plain_line(line.text)
               and ends_sentence(before.text) and visible_len(before.text) > PLAIN_HEADING_MAX) >= 2


def _continues(text: str, nxt: str, after: str | None, sub_headings: bool = False) -> bool:
    """Is `nxt` the rest of `text`, cut by a copy's line break? (`sub_headings`: see _has_plain_sub_headings)"""
    if ends_sentence(text) or find_marker(nxt) is not None:
        return False
    if has_inner_sentence_end(text) or visible_len(text) > HEADING_MAX:
        return True  # a paragraph cut mid-sentence (a sentence already ended inside it)
    if visible_len(text) > PLAIN_HEADING_MAX and find_marker(text) is None and any(c in text for c in "，,"):
        return True  # longer than an un-numbered heading and already inside a sentence
    # a heading cut in two: numbered, its tail short and unpunctuated, and a paragraph after it
    # (not one closed by its bracket, `一、【工作回顾】`, nor a bracketed line, `{岗位职责}`)
    if find_marker(text) is not None and text[-1] not in _CLOSING and nxt[0] not in _OPENING \
            and not (sub_headings and _plain_line(nxt)) and visible_len(nxt) <= 30 and not ends_sentence(nxt) \
            and not has_inner_sentence_end(nxt) and visible_len(text) + visible_len(nxt) <= HEADING_MAX + 20:
        return after is None or visible_len(after) > visible_len(nxt) or has_inner_sentence_end(after)
    if text[-1] in "，,、" and not ends_sentence(nxt):
        return True
    return False


def _split_fused_heading(para: Para) -> list[Para]:
    """`二、勇于…再立新功 明年是…`: a heading the copy fused with its body at a space."""
    marker = find_marker(para.text)
    if marker is None or " " not in para.text:
        return [para]
    cut = para.text.find(" ", len(marker.text))
    while cut != -1:
        head, rest = para.text[:cut], para.text[cut + 1:]
        head_body = head[len(marker.text):]
        if visible_len(head_body) >= 6 and not has_inner_sentence_end(head + "。") and head[-1] not in "，,、：:":
            if ends_sentence(head):
                return [para]  # a run-in point (`一、…。 …`), not a fused heading
            if visible_len(rest) > visible_len(head) and has_inner_sentence_end(rest + "。"):
                return [Para(head, para.line, para.offset), Para(rest, para.line, para.offset + cut + 1)]
        cut = para.text.find(" ", cut + 1)
    return [para]


def is_standalone_heading(text: str) -> bool:
    """A line that is only a heading (numbered or not): short, no sentence inside, no final stop —
    except that a short numbered heading may end with 。 (`一、提高政治站位，压实工作责任。`)."""
    if visible_len(text) > HEADING_MAX or has_inner_sentence_end(text):
        return False
    if text[-1] in "。" and find_marker(text) is not None and visible_len(text) <= PLAIN_HEADING_MAX:
        return True
    return text[-1] not in "。！？!?；;，,、：:"
