"""The library's store: one interface, two engines (a SQLite file, or the unit's PostgreSQL server).

`Library(location)` opens the engine the location names: a file path (the embedded SQLite library,
sqlite_store.py) or a `postgresql://` URL (pg_store.py). Everything the library does — import,
search, phrases, labels, structures, retraining — goes through the methods below; all SQL lives in
the two engine modules. A Library belongs to the thread that opened it: open one per thread.

Every change is one short transaction (`store()`, `remove()`, `replace_speech()` …): a kill or a
dropped connection leaves each file fully in or not at all.
"""

from __future__ import annotations

import json
import os
import re
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from speechwriter.core.speech import Speech

if TYPE_CHECKING:
    from speechwriter.library.prepare import PreparedFile, PreparedSpeech

ENV_LOCATION = "SPEECHWRITER_LIBRARY"
_URL = re.compile(r"^postgres(ql)?://", re.IGNORECASE)
KEEP = object()   # replace_speech(label=KEEP): the speech's label stays as it is


def is_server(location: str | os.PathLike | None) -> bool:
    """Whether a location names a PostgreSQL server (a postgresql:// URL) rather than a file."""
    return isinstance(location, str) and bool(_URL.match(location.strip()))


def default_location() -> str | Path:
    """SPEECHWRITER_LIBRARY if set (a file or a URL), else library.sqlite3 in the user's data folder."""
    from speechwriter.library import db

    env = os.environ.get(ENV_LOCATION)
    if env and is_server(env):
        return env.strip()
    return db.default_path()


def shown_location(location: str | os.PathLike) -> str:
    """The location as a message may show it: a URL without its password."""
    text = os.fspath(location)
    if not is_server(text):
        return text
    return re.sub(r"^(postgres(?:ql)?://[^:/@]*):[^@/]*@", r"\1:***@", text, flags=re.IGNORECASE)


@dataclass
class SpeechEntry:
    """One speech of the library as a list shows it."""

    id: int
    title: str | None
    kind: str
    date: str | None
    speaker: str | None
    source: str            # the file it came from (resources/samples/… for a bundled sample)
    file_name: str
    bundled: bool
    paragraphs: int
    chars: int
    keywords: list[str]
    imported_at: str
    labelled: bool = False   # its reading was corrected by the clerk (a label is stored for it)
    owner: str | None = None  # on a server: the login role that imported it
    private: bool = False     # on a server: visible to its owner only

    def to_dict(self) -> dict:
        return {"id": self.id, "title": self.title, "kind": self.kind, "date": self.date,
                "speaker": self.speaker, "source": self.source, "file_name": self.file_name,
                "bundled": self.bundled, "paragraphs": self.paragraphs, "chars": self.chars,
                "keywords": list(self.keywords), "imported_at": self.imported_at, "labelled": self.labelled}


@dataclass
class FileRecord:
    id: int
    key: str
    name: str
    content_hash: str
    size: int
    mtime: float
    bundled: bool
    analyzer_version: str
    mine: bool = True      # imported by this login (always, in a file of one's own)


@dataclass
class SpeechPlace:
    file_id: int
    ordinal: int          # its place in the file
    content_hash: str     # of the file (labels are kept by it)
    bundled: bool
    count: int            # speeches in the file


@dataclass
class Stored:
    """What store() did: "imported", "updated" (same file, new content), "duplicate" or
    "unchanged" (another process stored the same file meanwhile)."""

    outcome: str
    file_id: int | None = None
    same_as: str | None = None   # for a duplicate: the library file with the same content


@dataclass
class Filters:
    """What a search is narrowed to."""

    role: str | None = None          # opening / review / key_points / closing
    kind: str | None = None          # 领导讲话 …
    bundled: bool | None = None      # True: the app's samples; False: the clerk's own files
    file_ids: list[int] | None = None


# A detail row of a hit: paragraph id, speech id, position, role, heading, text, keywords,
# title, kind, date, speaker, file key, file name, bundled
DetailRow = tuple


class Library:
    """The interface both engines implement. `Library(location)` opens the right one."""

    location: str
    path: Path | str          # what messages name (a URL without its password on a server)
    fulltext: bool            # searches go through a word index (else: the text is scanned)
    server: bool = False
    # the engine's database errors (a broken file, a lost connection): turned into a Chinese sentence
    Error: type[BaseException] | tuple[type[BaseException], ...] = ()

    def __new__(cls, location: str | os.PathLike | None = None, **_options: Any) -> Library:
        if cls is Library:
            place = default_location() if location is None else location
            if is_server(place):
                from speechwriter.library.pg_store import PostgresLibrary

                cls = PostgresLibrary
            else:
                from speechwriter.library.sqlite_store import SqliteLibrary

                cls = SqliteLibrary
        return super().__new__(cls)

    # --- life cycle -----------------------------------------------------------------------
    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def reason(self, err: BaseException) -> str:
        """A database error in Chinese, without a final 。."""
        raise NotImplementedError

    def generation(self) -> int:
        """Grows with every committed change (by any process): cache what you derive by it."""
        raise NotImplementedError

    _interrupted = False

    def interrupt(self) -> None:
        """Stop the statement this connection is running (it fails with the engine's Error); safe to
        call from another thread — the window's search worker stops a search the clerk typed past."""
        self._interrupted = True
        try:
            self._cancel()
        except Exception:  # noqa: BLE001 - nothing running, or the connection is gone: nothing to stop
            pass

    def interrupted(self) -> bool:
        """Whether interrupt() was called since the last time this was asked."""
        was, self._interrupted = self._interrupted, False
        return was

    def _cancel(self) -> None:
        raise NotImplementedError

    def connected(self) -> bool:
        """False once the server dropped the connection (a file is always there)."""
        return True

    # --- files ----------------------------------------------------------------------------
    def file_by_key(self, key: str) -> FileRecord | None:
        raise NotImplementedError

    def file_by_hash(self, content_hash: str) -> FileRecord | None:
        raise NotImplementedError

    def files(self, *, bundled: bool | None = None, outdated_from: str | None = None) -> list[FileRecord]:
        """The files (only this login's own on a server when `outdated_from` is given: each clerk's
        files are read by that clerk's model), optionally only the bundled ones or those read by
        another analyser version than `outdated_from`."""
        raise NotImplementedError

    def file_text(self, file_id: int) -> str:
        raise NotImplementedError

    def touch(self, file_id: int, size: int, mtime: float) -> None:
        """The file was saved again with the same content: remember its new date, keep the rest."""
        raise NotImplementedError

    def relink(self, file_id: int, key: str, size: int, mtime: float) -> None:
        """The file was moved or renamed: same content, new place."""
        raise NotImplementedError

    def store(self, prepared: PreparedFile, *, private: bool = False,
              labels: dict[int, str] | None = None) -> Stored:
        """Put one prepared file in, in one transaction, replacing an older version at the same key.

        Content already in the library under another key is a duplicate and is not stored.
        `private` (server only): visible to this login alone. `labels`: label JSON by ordinal,
        stored with the file (a copied library's labels).
        """
        raise NotImplementedError

    def remove_file(self, file_id: int) -> None:
        raise NotImplementedError

    # --- speeches -------------------------------------------------------------------------
    def speeches(self, bundled: bool | None = None) -> list[SpeechEntry]:
        raise NotImplementedError

    def kinds(self) -> list[str]:
        """The kinds (领导讲话, 汇报发言 …) the library's speeches are of, for a filter."""
        raise NotImplementedError

    def entry(self, speech_id: int) -> SpeechEntry:
        raise NotImplementedError

    def speech(self, speech_id: int) -> Speech:
        raise NotImplementedError

    def all_speeches(self) -> list[Speech]:
        """Every speech as analysed, its source the file it came from (for learning structures)."""
        raise NotImplementedError

    def paragraphs(self, speech_id: int) -> list[tuple[str | None, str]]:
        """(role, text) of a speech's paragraphs in reading order."""
        raise NotImplementedError

    def place(self, speech_id: int) -> SpeechPlace:
        """Where a speech sits: its file, its place in it, how many the file holds."""
        raise NotImplementedError

    def replace_speech(self, speech_id: int, item: PreparedSpeech, *, label: object = KEEP) -> None:
        """Store a new reading of one speech under the same id, in one transaction with its label:
        `label` a JSON text to store, None to drop the label, KEEP to leave it."""
        raise NotImplementedError

    def remove(self, speech_id: int) -> SpeechEntry:
        """Take a speech out of the library (its file goes too once it holds no other speech)."""
        raise NotImplementedError

    def counts(self) -> dict[str, int]:
        """{files, speeches, own_speeches, paragraphs}"""
        raise NotImplementedError

    # --- labels ---------------------------------------------------------------------------
    def labels_of(self, content_hash: str) -> dict[int, dict]:
        """The labels of one file's content, by the speech's place in the file."""
        return {ordinal: json.loads(label) for ordinal, label in self.label_texts(content_hash).items()}

    def label_texts(self, content_hash: str) -> dict[int, str]:
        """The same as stored JSON text (for copying a library)."""
        raise NotImplementedError

    def labelled(self) -> list[tuple[int, dict]]:
        """(speech id, label) of every labelled speech, oldest label first."""
        raise NotImplementedError

    # --- the word index -------------------------------------------------------------------
    def index_complete(self) -> bool:
        return True

    def rebuild_index(self, progress: Callable[[int, str], None] | None = None) -> None:
        """Fill the word index from the paragraphs (a library made without one)."""

    # --- searching (search.py decides what to ask) ----------------------------------------
    def any_match(self, term: str, alone: bool = False) -> bool:
        """Whether some paragraph has this word in the index. `alone`: the search is for this word
        alone, unfiltered (an engine may keep what it finds for the `ranked` that follows)."""
        raise NotImplementedError

    def files_under(self, part: str) -> list[int]:
        """The ids of the files whose path contains `part`."""
        raise NotImplementedError

    def ranked(self, terms: list[str], filters: Filters, window: int, limit: int,
               count_limit: int) -> tuple[list[tuple[int, float]], int]:
        """(paragraph id, score larger-is-better) of the best `limit` among the first `window`
        paragraphs holding every term (as stored: the oldest), and how many hold them all (counted up to `count_limit`)."""
        raise NotImplementedError

    def containing(self, ids: list[int], phrase: str) -> set[int]:
        """Of these paragraphs, those whose text contains `phrase` as typed."""
        raise NotImplementedError

    def details(self, ids: list[int]) -> dict[int, DetailRow]:
        raise NotImplementedError

    def scan(self, needles: list[str], filters: Filters, limit: int, count_limit: int) -> tuple[list[DetailRow], int]:
        """Paragraphs whose text contains every needle, newest first, and how many do (counted up
        to `count_limit`)."""
        raise NotImplementedError

    # --- phrases --------------------------------------------------------------------------
    def phrase_rows(self, role: str) -> list[tuple[str, str, str]]:
        """(phrase, speech kind, file key) of every stored phrase of `role`, the clerk's before the samples."""
        raise NotImplementedError


def compressed_speech(speech: Speech, texts: list[str]) -> bytes:
    """The speech as analysed, to store beside its paragraphs. `texts`: the paragraphs stored with it,
    in reading order; when they are the speech's own lines (as prepare_speech makes them) only the
    speech's skeleton is kept — its lines are read back from the paragraphs (`stored_speech`), so
    the text is not stored twice."""
    data = speech.to_dict()
    if [line for block in speech.sections for line in block.all_paragraphs()] == texts:
        data = {**data, "sections": [_skeleton(block) for block in data["sections"]], "skeleton": True}
    return zlib.compress(json.dumps(data, ensure_ascii=False).encode("utf-8"))


def _skeleton(block: dict) -> dict:
    return {**block, "heading": True if block["heading"] else block["heading"], "paragraphs": len(block["paragraphs"]),
            "points": [_skeleton(point) for point in block["points"]]}


def _filled(block: dict, lines: Iterator[str]) -> dict:
    heading = next(lines) if block["heading"] is True else block["heading"]
    paragraphs = [next(lines) for _ in range(block["paragraphs"])]
    return {**block, "heading": heading, "paragraphs": paragraphs, "points": [_filled(p, lines) for p in block["points"]]}


def stored_speech(analysed: bytes, key: str, texts: list[str]) -> Speech:
    """A stored speech back, its lines from `texts` (its paragraphs in reading order) when only its
    skeleton was kept."""
    data = json.loads(zlib.decompress(analysed))
    if data.pop("skeleton", False):
        lines = iter(texts)
        data["sections"] = [_filled(block, lines) for block in data["sections"]]
    speech = Speech.from_dict(data)
    speech.source = key  # where the file is now (it may have moved since it was analysed)
    return speech


def lines_by_speech(rows: Iterable[tuple[int, str]]) -> dict[int, list[str]]:
    """(speech id, text) rows in reading order → each speech's lines."""
    out: dict[int, list[str]] = {}
    for speech_id, text in rows:
        out.setdefault(speech_id, []).append(text)
    return out


def record(row: tuple) -> FileRecord:
    """A files row (id, key, name, content_hash, size, mtime, bundled, analyzer_version[, mine])."""
    mine = bool(row[8]) if len(row) > 8 else True
    return FileRecord(row[0], row[1], row[2], row[3], row[4], row[5], bool(row[6]), row[7], mine)


def entry_of(row: tuple) -> SpeechEntry:
    """(id, title, kind, date, speaker, key, name, bundled, paragraphs, chars, keywords, imported_at,
    labelled[, owner, private])"""
    return SpeechEntry(id=row[0], title=row[1], kind=row[2], date=row[3], speaker=row[4], source=row[5],
                       file_name=row[6], bundled=bool(row[7]), paragraphs=row[8], chars=row[9],
                       keywords=row[10].split(), imported_at=str(row[11]), labelled=bool(row[12]),
                       owner=row[13] if len(row) > 13 else None, private=bool(row[14]) if len(row) > 14 else False)


def no_speech(speech_id: int) -> str:
    return f"素材库里没有编号为 {speech_id} 的讲稿，可用 speechwriter library list 查看编号。"
