"""Cutting a document into the speeches it holds.

A web page may collect several speeches (`…讲话 篇1` … `篇5`); a newspaper page may carry a
speech excerpt between news reports and features. Both are cut here; what is not a speech is
returned as `outside` so no line silently disappears.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from speechwriter.core.cleaning import Line, ends_sentence, is_noise
from speechwriter.core.header import (
    is_date_line,
    is_header_like,
    is_page_furniture,
    is_page_notice,
    is_salutation,
    is_speaker_line,
    is_subtitle_line,
    looks_like_speech_title,
    part_marker_title,
)
from speechwriter.core.markers import find_marker

_COLUMN_LABEL = re.compile(r"^[·•]\s*\S{1,12}\s*[·•]?$")
_ATTRIBUTION = re.compile(r"^[（(]摘自(?P<what>.{0,60})[)）]?$")
_SPEECH_ATTRIBUTION = re.compile(r"讲话|发言|报告|致辞")
_NEWS_DATELINE = re.compile(r"记者\S{0,12}|(发自|报道|讯)\s*\S{0,6}(北京|\S{2,3}[市省县])|新华社|通讯员")


@dataclass
class Span:
    """Consecutive source lines that form one speech (or one non-speech piece)."""

    lines: list[Line] = field(default_factory=list)


@dataclass
class Segmentation:
    speeches: list[Span]
    outside: list[Line]  # lines of the document that belong to no speech (news, features, imprint)


def segment(lines: list[Line], models: Any = None) -> Segmentation:
    """`models`: the trained header model confirms where a new speech's title block starts."""
    speeches: list[Span] = []
    outside: list[Line] = []
    for part in _split_parts(lines):
        articles = _split_articles(part)
        signals = [_speech_signal(a) for a in articles]
        if any(signals):  # a page that presents speeches: the other pieces are not speech
            chosen = [a.lines for a, signal in zip(articles, signals) if signal]
            outside.extend(ln for a, signal in zip(articles, signals) if not signal for ln in a.lines)
        else:
            chosen = [[ln for a in articles for ln in a.lines]]
        # speeches one after another, each with its own title block
        speeches.extend(Span(piece) for span in chosen for piece in _split_stacked(span, models))
    return Segmentation([s for s in speeches if s.lines], outside)


def _split_parts(lines: list[Line]) -> list[list[Line]]:
    """Split at aggregator part lines (`…讲话 篇2`) when there are at least two of them."""
    starts: list[int] = []
    for i, ln in enumerate(lines):
        # (a part starts at its line only after a paragraph: `…讲话 篇1` twice over, the page's copy
        # above the part's own, is one part's title block — a page's note to its reader between them,
        # `下面是小编为大家整理的…`, is no paragraph of a speech)
        if part_marker_title(ln.text) is not None and (not starts or any(
                not is_header_like(other.text) and not is_page_notice(other.text) and not is_page_furniture(other.text)
                for other in lines[starts[-1] + 1:i])):
            starts.append(i)
    if len(starts) < 2:
        return [lines]
    bounds = [0] + starts[1:] + [len(lines)]  # lines before 篇1 belong to the first part's header
    return [lines[a:b] for a, b in zip(bounds, bounds[1:])]


_MIN_BODY = 3  # paragraphs a speech has at least before another may start


def _split_stacked(lines: list[Line], models: Any) -> list[list[Line]]:
    """Speeches one after another in one file, each with its own title block: cut before each block."""
    starts, paragraphs = [0], 0
    for index in range(1, len(lines)):
        if paragraphs >= _MIN_BODY and _opens_speech(lines, index, models):
            starts.append(index)
            paragraphs = 0
        # (a page's note to its reader, `1、下载文档前请…`, is no paragraph of a speech); counted only up to
        # _MIN_BODY, all that the test above asks: a long speech's lines are not looked at again
        text = lines[index].text
        if paragraphs < _MIN_BODY and not is_noise(text) and not is_header_like(text) and not is_page_notice(text) \
                and not is_page_furniture(text):
            paragraphs += 1
    bounds = starts + [len(lines)]
    return [lines[a:b] for a, b in zip(bounds, bounds[1:])]


def _opens_speech(lines: list[Line], index: int, models: Any) -> bool:
    """A title line after a finished paragraph, then header lines down to a salutation or a date —
    or, when the header model reads them so, down to a speaker or subtitle line — then a body."""
    text = lines[index].text
    if not is_header_like(text):   # first: most lines are paragraphs, and this tells at once
        return False
    before = next((ln.text for ln in reversed(lines[:index]) if not is_noise(ln.text)), "")
    if not ends_sentence(before) or find_marker(text) or is_salutation(text) or is_noise(text):
        return False
    window = [ln for ln in lines[index:index + 8] if not is_noise(ln.text)][:6]
    texts = [ln.text for ln in window]
    strong = next((k for k, t in enumerate(texts[1:], 1) if is_salutation(t) or is_date_line(t)), None)
    weak = next((k for k, t in enumerate(texts[1:], 1) if is_speaker_line(t) or is_subtitle_line(t)), None)
    end = strong if strong is not None else weak
    if end is None or not all(is_header_like(t) and not find_marker(t) for t in texts[:end]):
        return False
    if end + 1 >= len(texts) or is_header_like(texts[-1]) and is_header_like(texts[end + 1]):
        return False  # a title block stands above a body
    if models is None:
        return strong is not None and (looks_like_speech_title(text) or is_salutation(texts[end]))
    from speechwriter.core.analyzer import rule_line_tags
    from speechwriter.core.features import line_features

    tags = models.tag_header(line_features(texts, rule_line_tags(window)))
    header = tags[:end + 1]
    if strong is None and header[-1] not in ("speaker", "subtitle"):
        return False
    return tags[0] in ("title", "noise") and "title" in header and "body" not in header


def _split_articles(lines: list[Line]) -> list[Span]:
    """Newspaper pages: a column label or an `(摘自…)` attribution line ends one article."""
    articles, current = [], Span()
    for line in lines:
        # (a column label ends an article only under its text: above any paragraph, `• 相关推荐` is the page's)
        if _COLUMN_LABEL.match(line.text) and any(not is_header_like(ln.text) for ln in current.lines):
            articles.append(current)
            current = Span()
        current.lines.append(line)
        if _ATTRIBUTION.match(line.text):
            articles.append(current)
            current = Span()
    if current.lines:
        articles.append(current)
    return articles


def _speech_signal(article: Span) -> bool:
    """Does this piece present itself as a speech (not a news report or a feature)?"""
    texts = [ln.text for ln in article.lines if not is_noise(ln.text) or _ATTRIBUTION.match(ln.text)]
    if not texts:
        return False
    head = texts[:6]
    if any(_NEWS_DATELINE.search(t[:40]) for t in texts[:10]):
        return False
    attribution = _ATTRIBUTION.match(texts[-1])
    if attribution and _SPEECH_ATTRIBUTION.search(attribution.group("what")):
        return True
    if any(is_salutation(t) for t in head):
        return True
    return any(looks_like_speech_title(t) and len(t) <= 60 for t in head[:3])
