"""Hole 4: a failure leaves nothing behind — no output on error, our stale temporary files are
swept on the next write into their folder (only ours, only old ones)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

from speechwriter.outline.io import MAX_SECTIONS
from tests.hostile.conftest import assert_refused, run_limited

HOUR_AGO = time.time() - 3600


def _outline_file(tmp_path, sections: int = 1):
    path = tmp_path / "旧.speech.json"
    path.write_text(json.dumps({"format": "speechwriter-outline", "version": 2, "fields": {"标题": "讲话", "日期": "无", "称呼": "无", "讲话人": "无"},
                                "sections": [{"role": "key_points", "heading": f"第{i}点", "body": "要落实。"}
                                             for i in range(sections)]}, ensure_ascii=False), encoding="utf-8")
    return path


def test_new_from_a_ten_thousand_heading_outline_writes_nothing(tmp_path):
    source = _outline_file(tmp_path, sections=10_000)
    result = run_limited("new", "--from", source, "-o", tmp_path / "新.speech.json")
    assert_refused(result, f"{MAX_SECTIONS}")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["旧.speech.json"]


def _make_stale(folder, name):
    path = folder / name
    path.write_bytes(b"half")
    os.utime(path, (HOUR_AGO, HOUR_AGO))
    return path


def test_stale_temporary_files_of_ours_are_swept_on_the_next_write(tmp_path):
    ours_old = _make_stale(tmp_path, ".稿.docx.1a2b3c4d.tmp")
    other_old = _make_stale(tmp_path, ".其他程序.tmp")          # not our pattern
    not_hex = _make_stale(tmp_path, ".稿.docx.zzzzzzzz.tmp")    # not our pattern
    ours_young = tmp_path / ".提纲.speech.json.00ff00ff.tmp"    # maybe being written right now
    ours_young.write_bytes(b"young")
    result = run_limited("render", _outline_file(tmp_path), "-o", tmp_path / "稿.txt")
    assert result.returncode == 0, result.stderr
    assert not ours_old.exists()
    assert other_old.exists() and not_hex.exists() and ours_young.exists()


def test_a_write_killed_midway_leaves_a_file_the_next_write_removes(tmp_path):
    target = tmp_path / "稿.docx"
    code = ("import os, sys, time; from speechwriter.core import atomic\n"
            "os.replace = lambda *a: (print('written', flush=True), time.sleep(600))\n"
            f"atomic.atomic_write_bytes({str(target)!r}, b'x' * 100000)\n")
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "written"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    left = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert len(left) == 1 and not target.exists()
    os.utime(left[0], (HOUR_AGO, HOUR_AGO))
    from speechwriter.core.atomic import atomic_write_bytes

    atomic_write_bytes(tmp_path / "别的.txt", b"ok")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["别的.txt"]


def test_opening_the_library_sweeps_its_folder(tmp_path):
    stale = _make_stale(tmp_path, ".library.sqlite3.0badc0de.tmp")
    result = run_limited("library", "list", "--own", "--library", tmp_path / "library.sqlite3")
    assert result.returncode == 0, result.stderr
    assert not stale.exists()
