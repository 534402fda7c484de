"""The Library object: one connection to the library file, its writes and its listings.

A Library belongs to the thread that opened it (the GUI opens one for searching and a worker
opens its own for importing; WAL lets both work at once). Every change goes through `store()` or
`remove()`, each one transaction.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from speechwriter.core.speech import Speech
from speechwriter.errors import UserError
from speechwriter.library import db
from speechwriter.library.prepare import PreparedFile, PreparedSpeech


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


def _record(row: tuple) -> FileRecord:
    """A files row (id, key, name, content_hash, size, mtime, bundled, analyzer_version)."""
    return FileRecord(row[0], row[1], row[2], row[3], row[4], row[5], bool(row[6]), row[7])


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


_ENTRY_SQL = """
SELECT s.id, s.title, s.kind, s.date, s.speaker, f.key, f.name, f.bundled, s.paragraph_count, s.chars,
       s.keywords, f.imported_at,
       EXISTS (SELECT 1 FROM labels l WHERE l.content_hash = f.content_hash AND l.ordinal = s.ordinal)
FROM speeches s JOIN files f ON f.id = s.file_id
"""


class Library:
    def __init__(self, path: str | Path | None = None, *, fulltext: bool | None = None):
        """Open (or create) the library file; `fulltext=False` forces the plain scan (as without FTS5)."""
        self.path = Path(path) if path is not None else db.default_path()
        self.conn, self.fulltext = db.connect(self.path, fulltext)

    # --- life cycle -----------------------------------------------------------------------
    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def generation(self) -> int:
        """Grows with every committed change (by any process): cache what you derive by it."""
        return int(db.get_meta(self.conn, "generation") or 0)

    # --- files ----------------------------------------------------------------------------
    def file_by_key(self, key: str) -> FileRecord | None:
        return self._file("key = ?", key)

    def file_by_hash(self, content_hash: str) -> FileRecord | None:
        return self._file("content_hash = ?", content_hash)

    def _file(self, where: str, value: object) -> FileRecord | None:
        row = self.conn.execute(f"SELECT id, key, name, content_hash, size, mtime, bundled, analyzer_version "
                                f"FROM files WHERE {where}", (value,)).fetchone()
        return _record(row) if row else None

    def files(self, where: str = "1", params: tuple = ()) -> list[FileRecord]:
        rows = self.conn.execute(f"SELECT id, key, name, content_hash, size, mtime, bundled, analyzer_version "
                                 f"FROM files WHERE {where} ORDER BY id", params).fetchall()
        return [_record(r) for r in rows]

    def file_text(self, file_id: int) -> str:
        row = self.conn.execute("SELECT text FROM files WHERE id = ?", (file_id,)).fetchone()
        return zlib.decompress(row[0]).decode("utf-8")

    def touch(self, file_id: int, size: int, mtime: float) -> None:
        """The file was saved again with the same content: remember its new date, keep the rest."""
        with db.write(self.conn):
            self.conn.execute("UPDATE files SET size = ?, mtime = ? WHERE id = ?", (size, mtime, file_id))

    def relink(self, file_id: int, key: str, size: int, mtime: float) -> None:
        """The file was moved or renamed: same content, new place."""
        with db.write(self.conn):
            self.conn.execute("UPDATE files SET key = ?, name = ?, size = ?, mtime = ? WHERE id = ?",
                              (key, Path(key).name, size, mtime, file_id))

    def store(self, prepared: PreparedFile) -> Stored:
        """Put one prepared file in, in one transaction, replacing an older version at the same key.

        Content already in the library under another key is a duplicate and is not stored (an older
        version at this key is dropped: that content is no longer there).
        """
        with db.write(self.conn):
            old = self.file_by_key(prepared.key)
            if old is not None and old.content_hash == prepared.content_hash and \
                    old.analyzer_version == prepared.analyzer_version:
                return Stored("unchanged", old.id)  # another process stored this very file meanwhile
            twin = self.file_by_hash(prepared.content_hash)
            if twin is not None and (old is None or twin.id != old.id):
                if old is not None:
                    self._delete_file(old.id)
                return Stored("duplicate", same_as=twin.key)
            keep_ids = {}
            if old is not None:   # a re-read file keeps its speeches' ids (a view may be showing one)
                keep_ids = dict(self.conn.execute("SELECT ordinal, id FROM speeches WHERE file_id = ?", (old.id,)))
                self._delete_file(old.id)
            file_id = self._insert(prepared, keep_ids)
        return Stored("updated" if old is not None else "imported", file_id)

    def _insert(self, prepared: PreparedFile, keep_ids: dict[int, int] | None = None) -> int:
        now = datetime.now().isoformat(timespec="seconds")
        cur = self.conn.execute(
            "INSERT INTO files(key, name, content_hash, size, mtime, bundled, analyzer_version, imported_at, text) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (prepared.key, Path(prepared.key).name, prepared.content_hash, prepared.size, prepared.mtime,
             int(prepared.bundled), prepared.analyzer_version, now,
             zlib.compress(prepared.text.encode("utf-8"))))
        file_id = cur.lastrowid
        assert file_id is not None   # an INSERT always gives its row id
        for ordinal, item in enumerate(prepared.speeches):
            self._insert_speech(file_id, ordinal, item, prepared.bundled, speech_id=(keep_ids or {}).get(ordinal))
        return file_id

    def _insert_speech(self, file_id: int, ordinal: int, item: PreparedSpeech, bundled: bool,
                       speech_id: int | None = None) -> int:
        speech = item.speech
        analysed = zlib.compress(json.dumps(speech.to_dict(), ensure_ascii=False).encode("utf-8"))
        speech_id = self.conn.execute(
            "INSERT INTO speeches(id, file_id, ordinal, title, subtitle, speaker, date, kind, keywords, "
            "paragraph_count, chars, analysed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (speech_id, file_id, ordinal, speech.title, speech.subtitle, speech.speaker, speech.date, speech.kind,
             " ".join(item.keywords), len(item.paragraphs), sum(len(p.text) for p in item.paragraphs),
             analysed)).lastrowid
        assert speech_id is not None   # an INSERT always gives its row id
        next_id = self.conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM paragraphs").fetchone()[0]
        rows = [(next_id + n, speech_id, n, p.section, p.role, p.level, int(p.heading), p.text,
                 " ".join(p.keywords)) for n, p in enumerate(item.paragraphs)]
        self.conn.executemany("INSERT INTO paragraphs(id, speech_id, position, section, role, level, heading, "
                              "text, keywords) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        if self.fulltext:
            self.conn.executemany(
                "INSERT INTO paragraph_index(rowid, tokens, facets) VALUES (?, ?, ?)",
                [(next_id + n, p.terms, facets(p.role, speech.kind, file_id, bundled))
                 for n, p in enumerate(item.paragraphs)])
        self.conn.executemany("INSERT INTO phrases(speech_id, role, text) VALUES (?, ?, ?)",
                              [(speech_id, role, text) for role, texts in item.phrases.items() for text in texts])
        return speech_id

    def replace_speech(self, speech_id: int, item: PreparedSpeech, also: tuple[str, tuple] | None = None) -> None:
        """Store a new reading of one speech under the same id (a corrected or re-done reading).

        `also`: one more statement (SQL, parameters) made in the same transaction.
        """
        place = self.place(speech_id)
        with db.write(self.conn):
            if also is not None:
                self.conn.execute(*also)
            self._delete_speech(speech_id)
            self._insert_speech(place.file_id, place.ordinal, item, place.bundled, speech_id=speech_id)

    def _delete_speech(self, speech_id: int) -> None:
        if self.fulltext:
            self.conn.execute("DELETE FROM paragraph_index WHERE rowid IN "
                              "(SELECT id FROM paragraphs WHERE speech_id = ?)", (speech_id,))
        self.conn.execute("DELETE FROM speeches WHERE id = ?", (speech_id,))  # paragraphs, phrases cascade

    def place(self, speech_id: int) -> SpeechPlace:
        """Where a speech sits: its file, its place in it, how many the file holds."""
        self.entry(speech_id)
        row = self.conn.execute(
            "SELECT s.file_id, s.ordinal, f.content_hash, f.bundled, "
            "(SELECT COUNT(*) FROM speeches o WHERE o.file_id = s.file_id) "
            "FROM speeches s JOIN files f ON f.id = s.file_id WHERE s.id = ?", (speech_id,)).fetchone()
        return SpeechPlace(row[0], row[1], row[2], bool(row[3]), row[4])

    def _delete_file(self, file_id: int) -> None:
        if self.fulltext:
            self.conn.execute("DELETE FROM paragraph_index WHERE rowid IN (SELECT p.id FROM paragraphs p "
                              "JOIN speeches s ON s.id = p.speech_id WHERE s.file_id = ?)", (file_id,))
        self.conn.execute("DELETE FROM files WHERE id = ?", (file_id,))  # speeches, paragraphs cascade

    def remove_file(self, file_id: int) -> None:
        with db.write(self.conn):
            self._delete_file(file_id)

    # --- speeches -------------------------------------------------------------------------
    def speeches(self, bundled: bool | None = None) -> list[SpeechEntry]:
        where, params = ("", ()) if bundled is None else (" WHERE f.bundled = ?", (int(bundled),))
        rows = self.conn.execute(_ENTRY_SQL + where + " ORDER BY f.bundled DESC, s.id", params).fetchall()
        return [_entry(r) for r in rows]

    def kinds(self) -> list[str]:
        """The kinds (领导讲话, 汇报发言 …) the library's speeches are of, for a filter."""
        return [r[0] for r in self.conn.execute("SELECT DISTINCT kind FROM speeches ORDER BY kind")]

    def entry(self, speech_id: int) -> SpeechEntry:
        row = self.conn.execute(_ENTRY_SQL + " WHERE s.id = ?", (speech_id,)).fetchone()
        if row is None:
            raise UserError(f"素材库里没有编号为 {speech_id} 的讲稿，可用 speechwriter library list 查看编号。")
        return _entry(row)

    def speech(self, speech_id: int) -> Speech:
        self.entry(speech_id)
        row = self.conn.execute("SELECT s.analysed, f.key FROM speeches s JOIN files f ON f.id = s.file_id "
                                "WHERE s.id = ?", (speech_id,)).fetchone()
        return _speech(*row)

    def all_speeches(self) -> list[Speech]:
        """Every speech as analysed, its source the file it came from (for learning structures)."""
        rows = self.conn.execute("SELECT s.analysed, f.key FROM speeches s JOIN files f ON f.id = s.file_id "
                                 "ORDER BY s.id").fetchall()
        return [_speech(*r) for r in rows]

    def paragraphs(self, speech_id: int) -> list[tuple[str | None, str]]:
        """(role, text) of a speech's paragraphs in reading order."""
        return self.conn.execute("SELECT role, text FROM paragraphs WHERE speech_id = ? ORDER BY position",
                                 (speech_id,)).fetchall()

    def remove(self, speech_id: int) -> SpeechEntry:
        """Take a speech out of the library (its file goes too once it holds no other speech)."""
        entry = self.entry(speech_id)
        if entry.bundled:
            raise UserError(f"第 {speech_id} 篇是程序自带的范文，不能从素材库删除。")
        with db.write(self.conn):
            file_id = self.conn.execute("SELECT file_id FROM speeches WHERE id = ?", (speech_id,)).fetchone()[0]
            self._delete_speech(speech_id)
            if not self.conn.execute("SELECT 1 FROM speeches WHERE file_id = ?", (file_id,)).fetchone():
                self.conn.execute("DELETE FROM files WHERE id = ?", (file_id,))
        return entry

    def counts(self) -> dict[str, int]:
        one = lambda sql: self.conn.execute(sql).fetchone()[0]  # noqa: E731
        return {"files": one("SELECT COUNT(*) FROM files"), "speeches": one("SELECT COUNT(*) FROM speeches"),
                "paragraphs": one("SELECT COUNT(*) FROM paragraphs"),
                "own_speeches": one("SELECT COUNT(*) FROM speeches s JOIN files f ON f.id = s.file_id "
                                    "WHERE f.bundled = 0")}


def facets(role: str | None, kind: str, file_id: int, bundled: bool) -> str:
    """The filter tokens of a paragraph (ASCII prefixes, so they never collide with words)."""
    return " ".join((role_facet(role), kind_facet(kind), f"file{file_id}", "bundled" if bundled else "own"))


def role_facet(role: str | None) -> str:
    return "role" + (role or "none").replace("_", "")


def kind_facet(kind: str) -> str:
    return "kind" + "".join(ch for ch in kind if ch.isalnum())


def _speech(analysed: bytes, key: str) -> Speech:
    speech = Speech.from_dict(json.loads(zlib.decompress(analysed)))
    speech.source = key  # where the file is now (it may have moved since it was analysed)
    return speech


def _entry(row: sqlite3.Row | tuple) -> SpeechEntry:
    return SpeechEntry(id=row[0], title=row[1], kind=row[2], date=row[3], speaker=row[4], source=row[5],
                       file_name=row[6], bundled=bool(row[7]), paragraphs=row[8], chars=row[9],
                       keywords=row[10].split(), imported_at=row[11], labelled=bool(row[12]))
