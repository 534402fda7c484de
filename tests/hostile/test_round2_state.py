"""Issue 19, what a crash, a disk error or an earlier run leaves behind: a garbage models/current
pointer, a damaged clerk's model, our temporary files after kill -9 (renders and training), a
library with a hot rollback journal or on a read-only medium, -wal/-shm beside another program's
database, and outputs that must never replace what the clerk has."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import time

import pytest

from speechwriter.core import atomic
from tests.hostile import makers
from tests.hostile.conftest import assert_refused, english_words, run_limited

POINTERS = {"binary": bytes(range(256)), "absolute": b"/etc\n", "parent": b"..\n", "nul": b"clerk-1\x00x\n",
            "missing-folder": b"clerk-20990101\n", "empty": b"", "huge": b"x" * 100_000}
BROKEN_MODELS = {"not-json": b"\x00\x01garbage", "empty": b"", "list": b"[]", "wrong-shape": b'{"labels": 5}',
                 "truncated": b'{"labels": ["a", "b"], "weights": {', "deep": b"[" * 100_000}


def _data_env(tmp_path):
    return {"XDG_DATA_HOME": str(tmp_path / "data")}


def _models_home(tmp_path):
    home = tmp_path / "data" / "speechwriter" / "models"
    home.mkdir(parents=True, exist_ok=True)
    return home


def _speech(tmp_path):
    path = tmp_path / "讲话.txt"
    path.write_text(makers.SPEECH, encoding="utf-8")
    return path


def _bundled_reading(tmp_path):
    clean = tmp_path / "clean"
    result = run_limited("analyze", "--json", _speech(tmp_path), env=_data_env(clean))
    assert result.returncode == 0 and not result.stderr, result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize("pointer", POINTERS)
def test_a_garbage_model_pointer_falls_back_to_the_bundled_model(tmp_path, pointer):
    expected = _bundled_reading(tmp_path)
    (_models_home(tmp_path) / "current").write_bytes(POINTERS[pointer])
    result = run_limited("analyze", "--json", _speech(tmp_path), env=_data_env(tmp_path))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == expected
    if pointer != "empty":
        assert "警告" in result.stderr and "自带的模型" in result.stderr
    assert len(result.stderr.splitlines()) <= 1 and not english_words(result.stderr)


@pytest.mark.parametrize("broken", BROKEN_MODELS)
@pytest.mark.parametrize("file", ["roles.json", "header.json", "kind.json"])
def test_a_damaged_clerk_model_falls_back_to_the_bundled_model(tmp_path, file, broken):
    from speechwriter.paths import resources_dir

    expected = _bundled_reading(tmp_path)
    folder = _models_home(tmp_path) / "clerk-20260101-000000-000000"
    folder.mkdir()
    for name in ("roles.json", "header.json", "kind.json"):
        (folder / name).write_bytes((resources_dir() / "models" / name).read_bytes())
    (folder / file).write_bytes(BROKEN_MODELS[broken])
    (_models_home(tmp_path) / "current").write_text(folder.name + "\n", encoding="utf-8")
    result = run_limited("analyze", "--json", _speech(tmp_path), env=_data_env(tmp_path))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == expected
    assert "自带的模型" in result.stderr and "内置规则" not in result.stderr
    assert len(result.stderr.splitlines()) == 1 and not english_words(result.stderr)


def test_the_window_starts_with_a_garbage_pointer(tmp_path):
    (_models_home(tmp_path) / "current").write_bytes(POINTERS["binary"])
    result = run_limited("--version", env=_data_env(tmp_path))
    assert result.returncode == 0
    from speechwriter.core import adapt, trained_models

    os.environ["XDG_DATA_HOME"] = str(tmp_path / "data")
    assert adapt.activate() is None and trained_models.current() is not None


# --- outputs -------------------------------------------------------------------------------------

def test_outline_never_writes_over_the_speech_it_reads(tmp_path):
    speech = _speech(tmp_path)
    before = speech.read_bytes()
    assert_refused(run_limited("outline", speech, "-o", speech, "--force"), "输入文件")
    assert speech.read_bytes() == before


def test_new_from_an_outline_never_writes_over_it(tmp_path, outline_file):
    before = outline_file.read_bytes()
    assert_refused(run_limited("new", "--from", outline_file, "-o", outline_file, "--force"), "输入文件")
    assert outline_file.read_bytes() == before


def test_render_replaces_an_existing_file_only_with_force_and_keeps_a_backup(tmp_path, outline_file):
    target = tmp_path / "原稿.txt"
    target.write_text("领导改过的原稿", encoding="utf-8")
    assert_refused(run_limited("render", outline_file, "-o", target), "已存在", "--force")
    assert target.read_text(encoding="utf-8") == "领导改过的原稿"
    result = run_limited("render", outline_file, "-o", target, "--force")
    assert result.returncode == 0, result.stderr
    assert "安全生产" in target.read_text(encoding="utf-8")
    assert (tmp_path / "原稿.bak.txt").read_text(encoding="utf-8") == "领导改过的原稿"


def test_render_never_replaces_a_symlink_or_what_it_points_to(tmp_path, outline_file):
    kept = tmp_path / "重要.txt"
    kept.write_text("别动", encoding="utf-8")
    link = tmp_path / "链接.txt"
    link.symlink_to(kept)
    assert_refused(run_limited("render", outline_file, "-o", link, "--force"), "符号链接")
    assert link.is_symlink() and kept.read_text(encoding="utf-8") == "别动"


def test_render_never_replaces_a_pipe(tmp_path, outline_file, fifo):
    assert_refused(run_limited("render", outline_file, "-o", fifo, "--force"), "不是普通文件")
    assert fifo.is_fifo()


# --- temporary files -------------------------------------------------------------------------------

def _leftover(folder, name):
    path = folder / f".{name}.0123abcd.w.tmp"
    path.write_bytes(b"\0" * 512 * 1024)   # a half-written file of a killed render, seconds old
    return path


def test_a_killed_writers_temporary_file_goes_with_the_next_render(tmp_path, outline_file):
    leftover = _leftover(tmp_path, "稿.docx")
    result = run_limited("render", outline_file, "-o", tmp_path / "稿.docx")
    assert result.returncode == 0, result.stderr
    assert not leftover.exists()
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_a_temporary_file_whose_writer_is_alive_stays(tmp_path, outline_file):
    import fcntl

    busy = _leftover(tmp_path, "另一份.docx")
    with open(busy, "rb") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        result = run_limited("render", outline_file, "-o", tmp_path / "稿.docx")
        assert result.returncode == 0, result.stderr
        assert busy.exists()
    assert atomic.sweep_stale(tmp_path) == [busy.name]


def test_a_render_killed_mid_write_leaves_nothing_after_the_next_run(tmp_path, outline_file):
    """kill -9 while the writer holds its temporary file (stopped, so the moment is certain)."""
    import signal
    import sys

    code = ("import os, sys, signal; from speechwriter.core import atomic\n"
            "fd, name = atomic.create_temporary(atomic.Path(sys.argv[1]), '稿.docx')\n"
            "os.write(fd, b'half'); print(name, flush=True); signal.pause()\n")
    child = subprocess.Popen([sys.executable, "-c", code, str(tmp_path)], stdout=subprocess.PIPE, text=True)
    name = child.stdout.readline().strip()
    assert os.path.exists(name)
    assert atomic.sweep_stale(tmp_path) == []          # its writer is alive: kept
    child.send_signal(signal.SIGKILL)
    child.wait()
    result = run_limited("render", outline_file, "-o", tmp_path / "稿.docx")
    assert result.returncode == 0, result.stderr
    assert not os.path.exists(name)


def test_trainings_scratch_folder_left_by_a_kill_goes_with_the_next_one(tmp_path, monkeypatch):
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    left = tmp_path / "speechwriter-scratch-train-abc"
    left.mkdir()
    (left / "roles.crfsuite").write_bytes(b"derived from the clerk's labels")
    (left / ".lock").write_bytes(b"")
    os.utime(left / ".lock", (time.time() - 60, time.time() - 60))
    with atomic.scratch_folder("train") as folder:
        assert not left.exists()
        assert os.path.isdir(folder)
    assert not os.path.exists(folder)
    assert not list(tmp_path.iterdir())


# --- the library's file -------------------------------------------------------------------------

def _library(tmp_path):
    path = tmp_path / "lib" / "library.sqlite3"
    result = run_limited("library", "add", _speech(tmp_path), "--library", path)
    assert result.returncode == 0, result.stderr
    return path


def test_a_library_with_a_hot_rollback_journal_opens_again(tmp_path):
    path = _library(tmp_path)
    crash = ("import sqlite3, os, sys\n"
             "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
             "c.execute('PRAGMA journal_mode=DELETE'); c.execute('PRAGMA cache_size=1'); c.execute('BEGIN')\n"
             "c.execute(\"UPDATE paragraphs SET text = text || 'XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'\")\n"
             "os._exit(0)\n")
    import sys

    subprocess.run([sys.executable, "-c", crash, str(path)], check=True)
    assert os.path.getsize(f"{path}-journal") > 0
    result = run_limited("library", "list", "--library", path)
    assert result.returncode == 0, result.stderr
    assert "安全生产" in result.stdout
    found = run_limited("library", "search", "XXXXXXXXXX", "--library", path)
    assert found.returncode == 0 and "没有找到" in found.stdout   # the interrupted change was rolled back


def test_a_library_on_a_read_only_medium_is_listed_and_searched(tmp_path):
    disk = tmp_path / "usb"
    disk.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(disk)], capture_output=True).returncode:
        pytest.skip("a read-only medium needs `mount` (root)")
    try:
        path = _library(disk)
        before = path.read_bytes()
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        listed = run_limited("library", "list", "--library", path)
        assert listed.returncode == 0, listed.stderr
        assert "安全生产" in listed.stdout
        found = run_limited("library", "search", "安全生产", "--library", path)
        assert found.returncode == 0 and "安全生产" in found.stdout, found.stderr
        other = tmp_path / "另一篇.txt"
        other.write_text(makers.SPEECH.replace("安全生产", "防汛抗旱"), encoding="utf-8")
        added = run_limited("library", "add", other, "--library", path)
        assert added.returncode == 2 and "不可写" in added.stdout + added.stderr
        assert path.read_bytes() == before
    finally:
        subprocess.run(["umount", str(disk)], check=False)


def test_reading_another_programs_wal_database_leaves_no_wal_or_shm(tmp_path):
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    before = sorted(p.name for p in tmp_path.iterdir())
    assert_refused(run_limited("library", "list", "--library", path), "不是讲稿助手的素材库")
    assert sorted(p.name for p in tmp_path.iterdir()) == before


# --- library label reads its file carefully ---------------------------------------------------------

@pytest.mark.parametrize("what, word", [("fifo", "不是普通文件"), ("/dev/zero", "不是普通文件"),
                                        ("missing", "找不到"), ("folder", "文件夹"), ("digits", "位的数字")])
def test_library_label_reads_its_file_through_the_careful_reader(tmp_path, what, word, request):
    path = _library(tmp_path)
    label = {"fifo": lambda: request.getfixturevalue("fifo"), "/dev/zero": lambda: "/dev/zero",
             "missing": lambda: tmp_path / "没有.json", "folder": lambda: tmp_path,
             "digits": lambda: _digits(tmp_path)}[what]()
    assert_refused(run_limited("library", "label", "1", label, "--library", path), word)


def _digits(tmp_path):
    path = tmp_path / "标注.json"
    path.write_text('{"kind": "领导讲话", "n": ' + "9" * 4300 + "}", encoding="utf-8")
    return path


def test_trainings_own_temporary_files_are_made_inside_the_scratch_folder(tmp_path, monkeypatch):
    """training.train asks tempfile for its crfsuite folder: inside the block, that is the scratch folder."""
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with atomic.scratch_folder("train", as_temp_dir=True) as folder, tempfile.TemporaryDirectory() as inner:
        assert os.path.dirname(inner) == folder
    assert tempfile.tempdir == str(tmp_path)
    assert not list(tmp_path.iterdir())
