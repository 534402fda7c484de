"""A killed import leaves the library whole: each file is all in or not in at all.

The importing process is a real subprocess killed with SIGKILL — once in the middle of a file's
transaction (its rows written, not committed), and at random moments of a longer import.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from speechwriter.library import Library, import_paths
from tests.conftest import REPO
from tests.library.conftest import SPEECH

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")

PLACES = ["东城", "西城", "南岗", "北湖", "青山", "白云", "金水", "银川", "玉泉", "龙湖", "凤凰", "桃源"]


def _folder(tmp_path, count):
    folder = tmp_path / "往年讲话"
    folder.mkdir()
    for n in range(count):
        place = PLACES[n % len(PLACES)] + str(n // len(PLACES) + 1)
        text = SPEECH.replace("全县", f"{place}县").replace("2023年", f"{2000 + n}年")
        (folder / f"{n:03d}_{place}.txt").write_text(text, encoding="utf-8")
    return folder


def _run_importer(library_file, folder, kill_in_file=None):
    """Start `import_paths` in a child; with kill_in_file=N it kills itself inside file N's transaction."""
    code = textwrap.dedent(f"""
        import os, signal, sys
        from speechwriter.library import Library, import_paths
        library = Library({str(library_file)!r})
        files = 0
        def watch(statement):
            global files
            if statement.startswith("INSERT INTO files"):
                files += 1
            # file N's speeches and paragraphs are written, its index rows are going in: die uncommitted
            if {kill_in_file!r} is not None and files == {kill_in_file!r} and "paragraph_index" in statement:
                os.kill(os.getpid(), signal.SIGKILL)
        library.conn.set_trace_callback(watch)
        import_paths(library, [{str(folder)!r}])
        print("finished")
    """)
    return subprocess.Popen([sys.executable, "-c", code], cwd=REPO, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, encoding="utf-8")


def assert_consistent(library_file):
    """What the next start relies on: every file, speech and paragraph complete, index and text agree."""
    conn = sqlite3.connect(library_file)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.execute("INSERT INTO paragraph_index(paragraph_index) VALUES ('integrity-check')")  # raises if not
    assert conn.execute("SELECT COUNT(*) FROM files f WHERE NOT EXISTS "
                        "(SELECT 1 FROM speeches s WHERE s.file_id = f.id)").fetchone()[0] == 0
    assert conn.execute("SELECT COUNT(*) FROM speeches s WHERE s.paragraph_count != "
                        "(SELECT COUNT(*) FROM paragraphs p WHERE p.speech_id = s.id)").fetchone()[0] == 0
    paragraph_ids = {r[0] for r in conn.execute("SELECT id FROM paragraphs")}
    index_ids = {r[0] for r in conn.execute("SELECT rowid FROM paragraph_index")}
    assert paragraph_ids == index_ids
    conn.close()
    with Library(library_file) as library:
        for entry in library.speeches():
            speech = library.speech(entry.id)
            analysed = [t for s in speech.sections for t in s.all_paragraphs()]
            assert [t for _, t in library.paragraphs(entry.id)] == analysed


def test_killed_inside_a_files_transaction(tmp_path, seeded_file):
    folder = _folder(tmp_path, 6)
    child = _run_importer(seeded_file, folder, kill_in_file=3)
    child.wait(timeout=120)
    assert child.returncode == -signal.SIGKILL, child.stderr.read()

    assert_consistent(seeded_file)
    with Library(seeded_file) as library:
        own = sorted(os.path.basename(e.source) for e in library.speeches(bundled=False))
        assert own == ["000_东城1.txt", "001_西城1.txt"]  # the third file is not there at all
        summary = import_paths(library, [folder])  # the next start simply goes on
        assert len(summary.imported) == 4 and len(summary.unchanged) == 2
    assert_consistent(seeded_file)


def _own_files(library_file) -> int:
    conn = sqlite3.connect(library_file, timeout=10)
    try:
        return conn.execute("SELECT COUNT(*) FROM files WHERE bundled = 0").fetchone()[0]
    finally:
        conn.close()


def test_killed_while_importing_a_folder(tmp_path, seeded_file):
    folder = _folder(tmp_path, 40)
    seen = []
    for target in (5, 15, 25):
        child = _run_importer(seeded_file, folder)
        deadline = time.monotonic() + 120
        while _own_files(seeded_file) < target and time.monotonic() < deadline:
            time.sleep(0.005)
        time.sleep(random.uniform(0, 0.02))  # any moment: reading, analysing or inside a transaction
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)
        assert child.returncode == -signal.SIGKILL
        assert_consistent(seeded_file)
        seen.append(_own_files(seeded_file))
    assert seen[0] >= 5 and seen[-1] < 40 and seen == sorted(seen)  # killed mid-import each time
    with Library(seeded_file) as library:
        summary = import_paths(library, [folder])
        assert len(summary.imported) + len(summary.unchanged) == 40 and not summary.failed
        assert len(library.speeches(bundled=False)) == 40
    assert_consistent(seeded_file)
