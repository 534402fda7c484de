"""Everything slow about importing one file, done before the database is touched.

Reading, analysing, cutting words and picking keywords take tens of milliseconds per speech; the
write that follows takes a few. Preparing outside the transaction keeps the database lock short,
so the app can search while a folder is being imported.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from speechwriter.core import analyzer
from speechwriter.core.adapt import reading_version
from speechwriter.core.learn import learn_structures
from speechwriter.core.reader import read_speech_file
from speechwriter.core.speech import Block, Speech
from speechwriter.library import textindex


@dataclass
class PreparedParagraph:
    section: int          # index of the top-level section in the speech
    role: str | None      # that section's role
    level: int            # 1 = section level, 2 = its points …
    heading: bool         # a heading line rather than body text
    text: str
    terms: str            # index words separated by spaces
    keywords: list[str]


@dataclass
class PreparedSpeech:
    speech: Speech
    keywords: list[str]
    paragraphs: list[PreparedParagraph]
    # role → the speech's typical sentences with names generalised into fields (see phrases.py)
    phrases: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class PreparedFile:
    key: str              # where it came from: an absolute path, or resources/samples/NAME
    text: str             # as read (kept, so a new analyser can redo it without the file)
    content_hash: str
    size: int
    mtime: float
    bundled: bool
    speeches: list[PreparedSpeech]
    analyzer_version: str = ""  # filled from the analyser in use


def content_hash(text: str) -> str:
    """Same speech, same hash: line breaks, blank lines and surrounding spaces do not count, nor
    does the encoding or the file format (a .docx and its .txt copy are duplicates)."""
    lines = (line.strip() for line in text.splitlines())
    normal = "\n".join(line for line in lines if line)
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def read_file(path: Path) -> str:
    """The text of a .txt/.docx file (UserError with the reason when it cannot be read)."""
    return read_speech_file(path)


def prepare_text(text: str, key: str, *, size: int = 0, mtime: float = 0.0, bundled: bool = False,
                 digest: str | None = None, labels: dict[int, dict] | None = None) -> PreparedFile:
    """`labels`: the clerk's labels of this content by the speech's place in the file; those speeches
    are read as labelled rather than as the analyser reads them."""
    from speechwriter.library.labels import labelled_speeches

    read = labelled_speeches(analyzer.analyze_text(text, source=key), text, labels or {})
    speeches = [prepare_speech(s) for s in read]
    return PreparedFile(key=key, text=text, content_hash=digest or content_hash(text), size=size,
                        mtime=mtime, bundled=bundled, speeches=speeches, analyzer_version=reading_version())


def prepare_file(path: Path, key: str, bundled: bool = False) -> PreparedFile:
    stat = os.stat(path)
    return prepare_text(read_file(path), key, size=stat.st_size, mtime=stat.st_mtime, bundled=bundled)


def prepare_speech(speech: Speech) -> PreparedSpeech:
    paragraphs: list[PreparedParagraph] = []
    speech_counts: dict[str, int] = {}   # the speech's keyword counts: its paragraphs' added up
    for index, section in enumerate(speech.sections):
        for level, is_heading, text in _lines(section, section.level):
            cut = textindex.words(text)
            counts = textindex.keyword_counts(cut)
            textindex.add_counts(speech_counts, counts)
            paragraphs.append(PreparedParagraph(
                section=index, role=section.role, level=level, heading=is_heading, text=text,
                terms=textindex.index_text(cut),
                keywords=textindex.top_keywords(counts, textindex.KEYWORDS_PER_PARAGRAPH)))
    return PreparedSpeech(speech=speech, keywords=textindex.top_keywords(speech_counts, textindex.KEYWORDS_PER_SPEECH),
                          paragraphs=paragraphs, phrases=speech_phrases(speech))


def _lines(block: Block, level: int) -> Iterator[tuple[int, bool, str]]:
    """(level, is_heading, text) for a block's heading, paragraphs and points, in reading order."""
    if block.heading:
        yield level, True, block.heading
    for text in block.paragraphs:
        yield level, False, text
    for point in block.points:
        yield from _lines(point, point.level)


def speech_phrases(speech: Speech) -> dict[str, list[str]]:
    """The opening, transition and closing sentences of one speech, names turned into fields.

    The structure learner already picks and generalises them; learning from this speech alone
    gives exactly this speech's phrases.
    """
    learned = learn_structures([speech])
    if not learned:
        return {}
    return {role: list(found) for role, found in learned[0].phrases.items() if found}
