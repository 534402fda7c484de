"""Hole 1 and the library half of hole 4: a library file is identified read-only before anything
is written; another program's file or a newer library stays byte-identical; creation is atomic
and safe against a second process; a full disk leaves no 0-byte library."""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
from pathlib import Path

import pytest

from speechwriter.errors import UserError
from speechwriter.library import Library
from tests.hostile.conftest import assert_refused, run_limited
from tests.library.conftest import SPEECH

COMMANDS = (["list"], ["search", "工作"], ["phrases", "开场"], ["remove", "1"])


def _foreign(path: Path, *statements: str) -> bytes:
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return path.read_bytes()


def _leftovers(folder: Path, name: str) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != name)


@pytest.mark.parametrize("command", COMMANDS + (["add", "SPEECH"],), ids=lambda c: c[0])
def test_another_programs_file_is_refused_untouched(tmp_path, command):
    path = tmp_path / "other-app.sqlite3"
    before = _foreign(path, "CREATE TABLE contacts (name TEXT, phone TEXT)",
                      "INSERT INTO contacts VALUES ('张三', '123')")
    speech = tmp_path / "讲话.txt"
    speech.write_text(SPEECH, encoding="utf-8")
    args = [str(speech) if a == "SPEECH" else a for a in command]
    result = run_limited("library", command[0], *args[1:], "--library", path)
    assert_refused(result, "不是讲稿助手的素材库")
    assert path.read_bytes() == before
    assert _leftovers(tmp_path, path.name) == ["讲话.txt"]


def test_a_foreign_file_with_a_meta_table_is_refused_untouched(tmp_path):
    path = tmp_path / "settings.db"
    before = _foreign(path, "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)",
                      "INSERT INTO meta VALUES ('theme', 'dark')")
    for command in (["list"], ["search", "工作"]):
        assert_refused(run_limited("library", *command, "--library", path), "不是讲稿助手的素材库")
    assert path.read_bytes() == before
    assert _leftovers(tmp_path, path.name) == []


def _make_library(path: Path, pragma: str) -> None:
    """A library of ours as one self-contained file (to compare byte by byte), changed by `pragma`."""
    Library(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute(pragma)
    conn.close()


def test_a_library_of_a_newer_version_is_refused_byte_identical(tmp_path):
    path = tmp_path / "library.sqlite3"
    _make_library(path, "PRAGMA user_version = 7")
    before = path.read_bytes()
    for command in COMMANDS:
        assert_refused(run_limited("library", *command, "--library", path), "更新版本")
    assert path.read_bytes() == before
    assert _leftovers(tmp_path, path.name) == []


def test_a_library_made_before_the_application_id_still_opens(tmp_path):
    path = tmp_path / "library.sqlite3"
    _make_library(path, "PRAGMA application_id = 0")
    with Library(path) as library:
        assert library.counts()["files"] == 0
    with Library(path):  # and it is marked as ours from now on
        pass


@pytest.mark.parametrize("content", [b"\xef\xbb\xbf\xe8\xae\xb2\xe8\xaf\x9d\n" * 100,
                                     b"SQLite format 3\x00" + bytes(range(256)) * 20],
                         ids=["text", "damaged"])
def test_a_file_that_is_not_a_library_is_refused_untouched(tmp_path, content):
    path = tmp_path / "library.sqlite3"
    path.write_bytes(content)
    assert_refused(run_limited("library", "list", "--library", path), "library.sqlite3")
    assert path.read_bytes() == content


def test_a_folder_or_a_pipe_as_library_is_refused(tmp_path, fifo):
    assert_refused(run_limited("library", "list", "--library", tmp_path), "文件夹")
    assert_refused(run_limited("library", "list", "--library", fifo), "不是普通文件")


def test_an_empty_file_becomes_a_library(tmp_path):
    path = tmp_path / "library.sqlite3"
    path.write_bytes(b"")
    with Library(path) as library:
        assert library.counts()["files"] == 0
    assert path.stat().st_size > 0


def _import_both(args):
    library, files, barrier = args
    from speechwriter.library import import_paths

    barrier.wait()
    try:
        with Library(library) as lib:
            summary = import_paths(lib, files)
    except UserError as err:
        return {"error": err.message}
    return summary.to_dict()


def test_twenty_pairs_of_first_imports_at_once(tmp_path):
    from speechwriter.core.tokens import warm_up

    warm_up()  # the forked children share the parent's loaded dictionary
    a, b = tmp_path / "安全生产.txt", tmp_path / "防汛.txt"
    a.write_text(SPEECH, encoding="utf-8")
    b.write_text(SPEECH.replace("安全生产", "防汛抗旱"), encoding="utf-8")
    files = [str(a), str(b)]
    context = multiprocessing.get_context("fork")
    for pair in range(20):
        library = tmp_path / f"lib{pair}" / "library.sqlite3"
        with context.Manager() as manager:
            barrier = manager.Barrier(2)
            with context.Pool(2) as pool:
                results = pool.map(_import_both, [(library, files, barrier)] * 2)
        for result in results:
            assert "error" not in result, result
            assert not result["failed"] and not result["duplicates"], result
            assert sorted(result["imported"] + result["unchanged"]) == sorted(files), result
        assert sorted(r for result in results for r in result["imported"]) == sorted(files), results
        with Library(library) as lib:
            assert sorted(f.key for f in lib.files()) == sorted(str(Path(f).resolve()) for f in files)
        assert _leftovers(library.parent, library.name) == ["library.sqlite3-shm", "library.sqlite3-wal"] or \
            _leftovers(library.parent, library.name) == []


def test_a_write_limit_during_creation_leaves_no_library(tmp_path):
    path = tmp_path / "library.sqlite3"
    result = run_limited("library", "list", "--library", path, fsize=8192)
    assert_refused(result, "素材库")
    assert not path.exists()
    assert _leftovers(tmp_path, path.name) == []


def test_a_full_disk_leaves_no_zero_byte_library(tiny_disk, tmp_path):
    disk = tiny_disk("48k")
    speech = tmp_path / "讲话.txt"
    speech.write_text(SPEECH, encoding="utf-8")
    path = disk / "library.sqlite3"
    result = run_limited("library", "add", speech, "--library", path)
    assert_refused(result, "磁盘空间不足")
    assert not path.exists() or path.stat().st_size > 0
    assert not [p for p in os.listdir(disk) if p.endswith(".tmp")]


def test_a_library_another_program_is_writing_opens_once_it_is_done(tmp_path):
    """A library in rollback-journal mode (made where WAL was off) that another program is writing to:
    switching it to WAL must wait for that program, as every other lock does, not say at once that the
    library is busy (two first imports at the same moment met this, one time in about forty)."""
    import threading
    import time

    path = tmp_path / "library.sqlite3"
    _make_library(path, "PRAGMA cache_size = 100")  # as made: only the journal mode changed
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO meta (key, value) VALUES ('other', 'program')")
    done = threading.Timer(0.5, lambda: other.execute("COMMIT"))
    done.start()
    started = time.monotonic()
    try:
        with Library(path) as library:
            assert library.counts()["files"] == 0
    finally:
        done.join()
        other.close()
    assert time.monotonic() - started >= 0.4  # it waited for the other program instead of failing
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("SELECT value FROM meta WHERE key = 'other'").fetchone() == ("program",)
