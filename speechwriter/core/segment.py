"""Cutting a document into the speeches it holds.

A web page may collect several speeches (`…讲话 篇1` … `篇5`); a newspaper page may carry a
speech excerpt between news reports and features. Both are cut here; what is not a speech is
returned as `outside` so no line silently disappears.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from speechwriter.core.cleaning import Line, is_noise
from speechwriter.core.header import is_salutation, looks_like_speech_title, part_marker_title

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


def segment(lines: list[Line]) -> Segmentation:
    speeches: list[Span] = []
    outside: list[Line] = []
    for part in _split_parts(lines):
        articles = _split_articles(part)
        signals = [_speech_signal(a) for a in articles]
        if any(signals):  # a page that presents speeches: the other pieces are not speech
            speeches.extend(a for a, signal in zip(articles, signals) if signal)
            outside.extend(ln for a, signal in zip(articles, signals) if not signal for ln in a.lines)
        else:
            speeches.append(Span([ln for a in articles for ln in a.lines]))
    return Segmentation([s for s in speeches if s.lines], outside)


def _split_parts(lines: list[Line]) -> list[list[Line]]:
    """Split at aggregator part lines (`…讲话 篇2`) when there are at least two of them."""
    starts = [i for i, ln in enumerate(lines) if part_marker_title(ln.text) is not None]
    if len(starts) < 2:
        return [lines]
    bounds = [0] + starts[1:] + [len(lines)]  # lines before 篇1 belong to the first part's header
    return [lines[a:b] for a, b in zip(bounds, bounds[1:])]


def _split_articles(lines: list[Line]) -> list[Span]:
    """Newspaper pages: a column label or an `(摘自…)` attribution line ends one article."""
    articles, current = [], Span()
    for line in lines:
        if _COLUMN_LABEL.match(line.text) and current.lines:
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
