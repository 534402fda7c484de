"""The library's SQLite file: opening it, its schema and its version, one write transaction at a time.

WAL journal: the app can search while an import writes, and a killed process leaves either the
whole of its last transaction or none of it. Schema changes bump SCHEMA_VERSION (stored in
`PRAGMA user_version`). A file is identified read-only (APPLICATION_ID, our tables, the version)
before the first write, so a file of another program or of a newer app is refused, never rewritten.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from speechwriter.core.atomic import discard, sweep_stale, temporary_name
from speechwriter.errors import UserError, os_reason, sqlite_reason

SCHEMA_VERSION = 3
# `PRAGMA application_id` of every library ("SpWr"): what tells our file from another program's
APPLICATION_ID = 0x53705772
_OUR_TABLES = {"meta", "files", "speeches", "paragraphs", "phrases"}
FILE_NAME = "library.sqlite3"
ENV_PATH = "SPEECHWRITER_LIBRARY"

_TABLES = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE files (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,            -- absolute path, or resources/samples/NAME for a bundled sample
    name TEXT NOT NULL,                  -- the file name, for display
    content_hash TEXT NOT NULL UNIQUE,   -- sha256 of the text without blank lines and edge spaces
    size INTEGER NOT NULL,
    mtime REAL NOT NULL,
    bundled INTEGER NOT NULL DEFAULT 0,
    analyzer_version TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    text BLOB NOT NULL                   -- zlib of the text as read, so a new analyser needs no file
);
CREATE TABLE speeches (
    id INTEGER PRIMARY KEY,
    file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,            -- place in its file (a web page may hold several speeches)
    title TEXT, subtitle TEXT, speaker TEXT, date TEXT,
    kind TEXT NOT NULL,
    keywords TEXT NOT NULL,              -- space-separated, best first
    paragraph_count INTEGER NOT NULL,
    chars INTEGER NOT NULL,
    analysed BLOB NOT NULL               -- zlib of Speech.to_dict() as JSON
);
CREATE INDEX speeches_file ON speeches(file_id);
CREATE TABLE paragraphs (
    id INTEGER PRIMARY KEY,              -- also the rowid of its row in paragraph_index
    speech_id INTEGER NOT NULL REFERENCES speeches(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,           -- reading order in the speech
    section INTEGER NOT NULL,            -- index of its top-level section
    role TEXT,                           -- opening / review / key_points / closing
    level INTEGER NOT NULL,
    heading INTEGER NOT NULL,
    text TEXT NOT NULL,
    keywords TEXT NOT NULL,
    tokens BLOB                          -- zlib of its index words (schema 3): what removing it from the index needs
);
CREATE INDEX paragraphs_speech ON paragraphs(speech_id, position);
CREATE TABLE phrases (
    speech_id INTEGER NOT NULL REFERENCES speeches(id) ON DELETE CASCADE,
    role TEXT NOT NULL,                  -- opening / transition / closing
    text TEXT NOT NULL
);
CREATE INDEX phrases_role ON phrases(role);
"""
# The clerk's corrected readings (schema 2), by content: they outlive re-imports, moves and re-analyses.
_LABELS = """
CREATE TABLE labels (
    content_hash TEXT NOT NULL,          -- files.content_hash of the speech's file
    ordinal INTEGER NOT NULL,            -- the speech's place in that file
    label TEXT NOT NULL,                 -- JSON in the schema of the labelled corpus
    labelled_at TEXT NOT NULL,
    PRIMARY KEY (content_hash, ordinal)
);
"""
# Words of the paragraph in `tokens`; what a search may be narrowed to (role, kind, file) as
# tokens in `facets`, so FTS5 itself intersects them. `facets` weighs nothing in the ranking.
# Contentless (schema 3): the index keeps no copy of the words it was given — that copy was 40 % of
# the file (bench/library.py); removing a paragraph gives them back from paragraphs.tokens.
_FULLTEXT = """
CREATE VIRTUAL TABLE paragraph_index USING fts5(tokens, facets, content = '', tokenize = 'unicode61');
INSERT INTO paragraph_index(paragraph_index, rank) VALUES ('rank', 'bm25(1.0, 0.0)');
"""


def _contentless_index(conn: sqlite3.Connection) -> None:
    """Schema 3: the paragraphs keep their index words compressed, the index no copy of them."""
    columns = {row[1] for row in conn.execute("PRAGMA table_info(paragraphs)")}
    if "tokens" in columns:   # laid out so already (a newer file whose version was set back)
        return
    conn.execute("ALTER TABLE paragraphs ADD COLUMN tokens BLOB")
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'paragraph_index'").fetchone() is None:
        return
    if not fts5_available():   # the old index cannot be read here: it is made again where FTS5 is back
        set_meta(conn, "index_complete", "0")
        return
    rows = conn.execute("SELECT rowid, tokens, facets FROM paragraph_index").fetchall()
    conn.executemany("UPDATE paragraphs SET tokens = ? WHERE id = ?",
                     [(zlib.compress(tokens.encode("utf-8")), rowid) for rowid, tokens, _ in rows])
    conn.execute("DROP TABLE paragraph_index")
    _script(conn, _FULLTEXT)
    conn.executemany("INSERT INTO paragraph_index(rowid, tokens, facets) VALUES (?, ?, ?)", rows)


def create_index(conn: sqlite3.Connection) -> None:
    """A new, empty word index in place of the old one, if any (inside a write transaction)."""
    conn.execute("DROP TABLE IF EXISTS paragraph_index")
    _script(conn, _FULLTEXT)


# What each schema version adds to the one before (SQL, or a function for what SQL alone cannot
# do); run in one transaction on opening an older file.
_MIGRATIONS: dict[int, str | Callable[[sqlite3.Connection], None]] = {2: _LABELS, 3: _contentless_index}


def default_path() -> Path:
    """SPEECHWRITER_LIBRARY if set, else library.sqlite3 in the user's data folder."""
    env = os.environ.get(ENV_PATH)
    if env:
        return Path(env)
    from speechwriter.paths import user_dir

    return user_dir() / FILE_NAME


def fts5_available() -> bool:
    try:
        probe = sqlite3.connect(":memory:")
        probe.execute("CREATE VIRTUAL TABLE probe USING fts5(x)")
        probe.close()
        return True
    except sqlite3.OperationalError:
        return False


def connect(path: Path, fulltext: bool | None = None) -> tuple[sqlite3.Connection, bool]:
    """Open (creating when new) the library; returns the connection and whether it has the FTS5 index.

    An existing file is identified read-only before anything is written to it: another program's
    SQLite file, a library of a newer version or a damaged file is refused untouched. A rollback
    journal a crash left beside it (a share without WAL) is played back first, as SQLite does on
    any write access, so an intact library opens again. A library that cannot be written (a
    read-only medium, a file without write permission) is opened read-only: it can be listed and
    searched; a change is refused by SQLite and said in Chinese.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        if not path.parent.is_dir():
            raise UserError(f"无法创建素材库所在的文件夹“{path.parent}”：{os_reason(err)}。") from None
    sweep_stale(path.parent)  # temporary files left by a killed save or creation
    legacy, version = False, SCHEMA_VERSION
    exists = _exists(path)
    writable = not exists or (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))
    if exists and writable and _hot_journal(path):
        _recover_journal(path)
    if exists:
        before = {suffix for suffix in ("-wal", "-shm") if os.path.lexists(f"{path}{suffix}")}
        try:
            legacy, version = identify(path)
        except UserError:
            # another program's WAL database: SQLite made its -wal/-shm beside it just to read it; gone again
            for suffix in {"-wal", "-shm"} - before:
                leftover = f"{path}{suffix}"
                try:
                    if suffix == "-shm" or os.path.getsize(leftover) == 0:
                        os.unlink(leftover)
                except OSError:
                    pass
            raise
    else:
        _create_file(path, fulltext if fulltext is not None else fts5_available())
    if not writable:
        return _read_only(path), bool(fulltext is not False and fts5_available() and _has_index(path))
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_SECONDS, check_same_thread=False)
        conn.execute("PRAGMA foreign_keys = ON")
        _to_wal(conn)  # stays as it was on a read-only medium; reading works
        conn.execute("PRAGMA synchronous = NORMAL")
        if legacy:  # made before libraries carried the application id: ours, so mark it
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    except sqlite3.DatabaseError as err:
        raise UserError(_open_error(path, err)) from None
    if fulltext is None:
        fulltext = fts5_available()
    try:
        if version < SCHEMA_VERSION:
            _migrate(conn, version)
        has_index = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'paragraph_index'").fetchone() is not None
        if not fulltext and has_index and get_meta(conn, "index_complete") == "1":
            # changes made now do not reach the index: have it rebuilt where FTS5 is back
            with write(conn):
                set_meta(conn, "index_complete", "0")
        if fulltext and not has_index:
            # made where SQLite lacked FTS5; the index is filled again by Library.refresh()
            with write(conn):
                _script(conn, _FULLTEXT)
                set_meta(conn, "index_complete", "0")
            has_index = True
    except sqlite3.DatabaseError as err:
        conn.close()
        raise UserError(_open_error(path, err)) from None
    return conn, bool(fulltext and has_index)


BUSY_SECONDS = 15   # how long opening or writing waits for another program's lock before saying the library is busy


def _to_wal(conn: sqlite3.Connection) -> None:
    """Switch a library in rollback-journal mode (new, or made where WAL was off) to WAL, waiting as for
    any other lock. SQLite does not wait here: where another process holds the write lock — a second
    program importing into the same new library at the same moment, or switching it too — the switch
    fails at once with "database is locked", and the clerk was told the library was busy."""
    deadline = time.monotonic() + BUSY_SECONDS
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL").fetchone()
            return
        except sqlite3.OperationalError as err:
            text = str(err).lower()
            if ("locked" not in text and "busy" not in text) or time.monotonic() > deadline:
                raise
        time.sleep(0.02)


def _hot_journal(path: Path) -> bool:
    try:
        return os.stat(f"{path}-journal").st_size > 0
    except OSError:
        return False


def _recover_journal(path: Path) -> None:
    """Play back the rollback journal of an interrupted transaction (only on a file that is SQLite's:
    the journal restores it as it was before that transaction)."""
    try:
        with open(path, "rb") as handle:
            if not handle.read(16).startswith(b"SQLite format 3"):
                return
        recovering = sqlite3.connect(path, timeout=BUSY_SECONDS)
        try:
            recovering.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            recovering.close()
    except (OSError, sqlite3.DatabaseError) as err:
        raise UserError(f"素材库“{path}”上次没有正常关闭，旁边的“{path.name}-journal”无法回放（{sqlite_reason(err)}）；"
                        "请勿删除这个文件，把素材库所在文件夹设为可写后再打开。") from None


def _read_only(path: Path) -> sqlite3.Connection:
    """A connection that never writes: `mode=ro`, or `immutable=1` where SQLite cannot even keep its
    shared-memory file beside a WAL library (a read-only medium)."""
    uri = path.resolve().as_uri()
    last: sqlite3.DatabaseError | None = None
    for query in ("mode=ro", "immutable=1"):
        try:
            conn = sqlite3.connect(f"{uri}?{query}", uri=True, isolation_level=None, timeout=BUSY_SECONDS,
                                   check_same_thread=False)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.DatabaseError as err:
            last = err
    raise UserError(_open_error(path, last) if last else f"无法打开素材库“{path}”。")


def _has_index(path: Path) -> bool:
    conn = _read_only(path)
    try:
        return conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'paragraph_index'").fetchone() is not None
    finally:
        conn.close()


def _exists(path: Path) -> bool:
    """Whether there is a library to identify (False: none yet, or a 0-byte one a failed tool left)."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return False
    except OSError as err:
        raise UserError(f"无法打开素材库“{path}”：{os_reason(err)}。") from None
    if stat.S_ISDIR(info.st_mode):
        raise UserError(f"素材库路径“{path}”是一个文件夹，请指定一个文件。")
    if not stat.S_ISREG(info.st_mode):
        raise UserError(f"素材库路径“{path}”不是普通文件（可能是设备或管道），请指定一个文件。")
    if info.st_size == 0:
        try:
            os.unlink(path)  # holds nothing; a new library takes its place
        except FileNotFoundError:
            pass
        except OSError as err:
            raise UserError(f"无法打开素材库“{path}”：{os_reason(err)}。") from None
        return False
    return True


def identify(path: Path) -> tuple[bool, int]:
    """Check, read-only, that `path` is a library of ours this version can use; UserError if not.

    Returns (made before the application id was set — to be marked on opening, its schema version).
    """
    not_ours = f"“{path}”不是讲稿助手的素材库文件，为免损坏没有打开它（请另选一个素材库文件，或换一个新文件名）。"
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError as err:
        raise UserError(f"无法打开素材库“{path}”：{os_reason(err)}。") from None
    if not header.startswith(b"SQLite format 3\x00") or len(header) < 100:
        raise UserError(not_ours)
    probe = _read_only(path)
    try:
        application_id = probe.execute("PRAGMA application_id").fetchone()[0]
        version = probe.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in probe.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        generation = probe.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone() \
            if "meta" in tables else None
    except sqlite3.DatabaseError as err:
        raise UserError(_open_error(path, err)) from None
    finally:
        probe.close()
    legacy = application_id == 0 and 1 <= version <= SCHEMA_VERSION
    if application_id != APPLICATION_ID and not legacy:
        raise UserError(not_ours)
    if version > SCHEMA_VERSION:
        raise UserError(f"素材库“{path}”是更新版本的讲稿助手建立的，请升级本程序后再打开（文件未做任何改动）。")
    if not _OUR_TABLES <= tables or generation is None or version < 1:
        raise UserError(not_ours if legacy else f"素材库“{path}”已损坏（缺少数据表），为免进一步损坏没有打开它。")
    return legacy, version


def _create_file(path: Path, fulltext: bool) -> None:
    """Build a new library in a temporary file, then link it into place in one step.

    A failure (disk full …) leaves no file behind; two processes creating the same library at
    once both end up using the one that got there first.
    """
    tmp = temporary_name(path.parent, path.name)
    try:
        conn = sqlite3.connect(tmp, isolation_level=None)
        try:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            _create(conn, fulltext)
        finally:
            conn.close()
        try:
            os.link(tmp, path)
        except FileExistsError:
            identify(path)  # another process made it meanwhile: use theirs
        except (AttributeError, NotImplementedError, PermissionError):
            # no hard links here (some network shares): a rename, which a racing creator may overwrite
            if not path.exists():
                os.replace(tmp, path)
    except sqlite3.DatabaseError as err:
        raise UserError(f"无法建立素材库“{path}”：{sqlite_reason(err)}。") from None
    except OSError as err:
        raise UserError(f"无法建立素材库“{path}”：{os_reason(err)}。") from None
    finally:
        for name in (tmp, tmp + "-journal"):
            discard(name)


def _create(conn: sqlite3.Connection, fulltext: bool) -> None:
    with write(conn):
        _script(conn, _TABLES + _LABELS)
        if fulltext:
            _script(conn, _FULLTEXT)
        set_meta(conn, "index_complete", "1" if fulltext else "0")
        set_meta(conn, "generation", "0")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _migrate(conn: sqlite3.Connection, version: int) -> None:
    """Bring a file of an older schema up to this one, keeping everything in it (all or nothing)."""
    with write(conn):
        for step in range(version + 1, SCHEMA_VERSION + 1):
            change = _MIGRATIONS[step]
            if isinstance(change, str):
                _script(conn, change)
            else:
                change(conn)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _script(conn: sqlite3.Connection, script: str) -> None:
    # executescript() would commit the open transaction first; statement by statement keeps it whole
    for statement in script.split(";\n"):
        if statement.strip():
            conn.execute(statement)


def _open_error(path: Path, err: sqlite3.DatabaseError) -> str:
    text = str(err).lower()
    if "not a database" in text or "malformed" in text or "file is encrypted" in text:
        return f"“{path}”不是讲稿助手的素材库文件，或者文件已损坏。"
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return f"无法打开素材库“{path}”：文件或文件夹不可写。"
    if "locked" in text or "busy" in text:
        return f"素材库“{path}”正被另一个程序占用，请稍后再试。"
    return f"无法打开素材库“{path}”：{sqlite_reason(err)}。"


@contextmanager
def write(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction: all of it is committed, or (error, kill, power cut) none of it."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as err:
        raise UserError(_open_error(Path(conn_path(conn)), err)) from None
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'")
    conn.execute("COMMIT")


def conn_path(conn: sqlite3.Connection) -> str:
    row = conn.execute("PRAGMA database_list").fetchone()
    return row[2] if row else "素材库"


def get_meta(conn: sqlite3.Connection, key: str, default: str | None = None) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else default


def set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                 (key, value))
