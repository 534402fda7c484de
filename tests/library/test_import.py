"""Importing: the bundled samples are always in; a folder of mixed files ends with a true summary."""

from __future__ import annotations

import os
import threading

import pytest

from speechwriter.errors import UserError
from speechwriter.library import Library, import_paths, open_library, refresh, search
from speechwriter.library.store import is_server
from tests.library.conftest import SPEECH, write_gbk
from tests.library.engines import admin_url, both_library, both_seeded  # noqa: F401 - every test here runs on both engines


def test_a_new_library_holds_the_bundled_samples(library, samples_dir):
    entries = library.speeches()
    assert {e.source for e in entries} == {f"resources/samples/{p.name}" for p in samples_dir.glob("*.txt")}
    assert all(e.bundled and e.paragraphs > 0 and e.keywords for e in entries)
    # one of the sample files is a web page with five speeches: each is its own entry
    assert len(entries) == 9
    assert "在2024年妇联党组理论学习中心组集体学习研讨会上的发言" in {e.title for e in entries}
    assert library.kinds() == sorted({e.kind for e in entries})   # what the app's 文种 filter offers


@pytest.mark.parametrize("workers", [1, 3], ids=["read in place", "read by 3 processes"])
def test_folder_import_summary_names_every_file(library, mixed_folder, workers):
    summary = import_paths(library, [mixed_folder], workers=workers)
    names = lambda items: sorted(os.path.basename(i if isinstance(i, str) else i[0]) for i in items)  # noqa: E731
    assert names(summary.imported) == ["安全生产.txt", "表态发言.docx", "防汛讲话.txt"]
    assert names(summary.duplicates) == ["学习研讨.txt", "安全生产（副本）.txt"]
    same_as = {os.path.basename(f): s for f, s in summary.duplicates}
    assert same_as["学习研讨.txt"] == "resources/samples/001_078ce92062d30043.txt"
    assert same_as["安全生产（副本）.txt"].endswith("安全生产.txt")
    reasons = {os.path.basename(f): r for f, r in summary.failed}
    assert sorted(reasons) == ["坏文档.docx", "旧格式.doc", "空白.txt"]
    assert "不是有效的 Word 文档" in reasons["坏文档.docx"]
    assert "另存为 .docx" in reasons["旧格式.doc"]
    assert "是空的" in reasons["空白.txt"]
    assert not summary.cancelled
    text = summary.text()
    assert "导入 3 个文件" in text and "跳过重复 2 个" in text and "失败 3 个" in text and "坏文档.docx" in text

    own = library.speeches(bundled=False)
    assert {e.title for e in own} == {"在全县安全生产工作会议上的讲话", "在全县防汛抗旱工作会议上的讲话",
                                      "在全县招商引资推进会上的表态发言"}
    gbk = next(e for e in own if "防汛" in e.title)
    assert "山洪地质灾害" in " ".join(t for _, t in library.paragraphs(gbk.id))  # GBK read right


def test_importing_again_changes_nothing(library, mixed_folder):
    generation = library.generation()
    import_paths(library, [mixed_folder])
    assert library.generation() > generation  # the app's cue to re-learn its structures
    generation = library.generation()
    before = [(e.id, e.title) for e in library.speeches()]
    summary = import_paths(library, [mixed_folder])
    assert library.generation() == generation
    assert summary.imported == [] and summary.updated == []
    assert len(summary.unchanged) == 3 and len(summary.duplicates) == 2 and len(summary.failed) == 3
    assert [(e.id, e.title) for e in library.speeches()] == before


def test_the_summary_speaks_only_of_the_files_the_clerk_chose(seeded_file, tmp_path):
    from speechwriter.library import import_into_library

    speech = tmp_path / "讲话.txt"
    speech.write_text(SPEECH, encoding="utf-8")
    summary = import_into_library([speech], path=seeded_file)   # refreshes the bundled samples first
    assert summary.imported == [str(speech)] and summary.unchanged == []
    assert summary.text().startswith("导入 1 个文件，更新 0 个，跳过重复 0 个，未变化 0 个，失败 0 个。")


def test_a_changed_file_replaces_its_old_version(library, tmp_path):
    path = tmp_path / "讲话.txt"
    path.write_text(SPEECH, encoding="utf-8")
    assert len(import_paths(library, [path]).imported) == 1
    assert search(library, "森林防火").total == 1

    path.write_text(SPEECH.replace("森林防火", "校园食品安全"), encoding="utf-8")
    os.utime(path, (1, 1))  # a different date, as an edit in Word leaves
    summary = import_paths(library, [path])
    assert [os.path.basename(f) for f in summary.updated] == ["讲话.txt"]
    assert len(library.speeches(bundled=False)) == 1
    assert search(library, "森林防火").total == 0
    assert search(library, "校园食品安全").total == 1


def test_a_resaved_file_with_the_same_text_is_unchanged(library, tmp_path):
    path = tmp_path / "讲话.txt"
    path.write_text(SPEECH, encoding="utf-8")
    import_paths(library, [path])
    ids = [e.id for e in library.speeches(bundled=False)]
    write_gbk(path, SPEECH)  # same words, other encoding and date
    summary = import_paths(library, [path])
    assert len(summary.unchanged) == 1 and not summary.updated
    assert [e.id for e in library.speeches(bundled=False)] == ids


def test_missing_paths_are_reported_and_the_rest_goes_on(library, tmp_path):
    good = tmp_path / "讲话.txt"
    good.write_text(SPEECH, encoding="utf-8")
    summary = import_paths(library, [tmp_path / "没有这个文件夹", good])
    assert len(summary.imported) == 1
    assert "找不到" in summary.failed[0][1]


def test_progress_and_cancel(library, mixed_folder):
    cancel = threading.Event()
    reports = []

    def progress(percent, text):
        reports.append((percent, text))
        if len(reports) == 2:
            cancel.set()  # the clerk presses 取消 while the second file is imported

    summary = import_paths(library, [mixed_folder], progress=progress, cancel=cancel)
    assert summary.cancelled
    done = len(summary.imported) + len(summary.duplicates) + len(summary.failed) + len(summary.unchanged)
    assert done == 2  # the file under way is finished, no further one is started
    assert reports[0][0] == 0 and "（1/8）" in reports[0][1]
    assert reports[-1] == (100, "导入已取消")


def test_removing_a_speech(library, tmp_path):
    path = tmp_path / "讲话.txt"
    path.write_text(SPEECH, encoding="utf-8")
    import_paths(library, [path])
    own = library.speeches(bundled=False)[0]
    library.remove(own.id)
    assert library.speeches(bundled=False) == []
    assert search(library, "森林防火").total == 0
    assert len(import_paths(library, [path]).imported) == 1  # and it can be added again
    with pytest.raises(UserError, match="没有编号"):
        library.remove(99999)
    with pytest.raises(UserError, match="自带的范文"):
        library.remove(library.speeches(bundled=True)[0].id)


def test_a_new_analyser_version_reanalyses_everything(library, tmp_path, monkeypatch):
    path = tmp_path / "讲话.txt"
    path.write_text(SPEECH, encoding="utf-8")
    import_paths(library, [path])
    path.unlink()  # the file is gone: its kept text is analysed again
    from speechwriter.core import analyzer

    original = analyzer.analyze_text

    def new_analyser(text, source=""):
        speeches = original(text, source)
        for speech in speeches:
            speech.kind = "新版分析"
        return speeches

    monkeypatch.setattr(analyzer, "ANALYZER_VERSION", "test-2")
    monkeypatch.setattr(analyzer, "analyze_text", new_analyser)
    summary = refresh(library)
    assert summary.reanalysed == [str(path.resolve())]  # the clerk's file; the samples are redone quietly
    assert {e.kind for e in library.speeches()} == {"新版分析"}
    assert search(library, "森林防火", kind="新版分析").total == 1
    assert refresh(library).reanalysed == []  # done once


def test_the_library_file_may_be_named_by_the_environment(tmp_path, monkeypatch):
    target = tmp_path / "别处" / "素材.sqlite3"
    monkeypatch.setenv("SPEECHWRITER_LIBRARY", str(target))
    with open_library() as lib:
        assert lib.path == target and lib.counts()["speeches"] == 9
    assert target.is_file()


def test_a_file_that_is_not_a_library_is_refused_untouched(tmp_path):
    path = tmp_path / "讲话.txt"
    path.write_text(SPEECH, encoding="utf-8")
    with pytest.raises(UserError, match="不是讲稿助手的素材库"):
        Library(path)
    assert path.read_text(encoding="utf-8") == SPEECH


def test_a_library_from_a_newer_app_is_refused(seeded_file):
    if is_server(seeded_file):
        import psycopg

        from speechwriter.library.pg_schema import initialise

        with psycopg.connect(admin_url(seeded_file), autocommit=True) as conn:
            conn.execute("UPDATE speechwriter.meta SET value = '99' WHERE key = 'schema_version'")
        with pytest.raises(UserError, match="更新版本"):
            initialise(admin_url(seeded_file))   # IT's init does not touch it either
    else:
        import sqlite3

        lite = sqlite3.connect(seeded_file)
        lite.execute("PRAGMA user_version = 99")
        lite.close()
    with pytest.raises(UserError, match="更新版本"):
        Library(seeded_file)
    if is_server(seeded_file):
        with psycopg.connect(admin_url(seeded_file)) as conn:
            assert conn.execute("SELECT value FROM speechwriter.meta WHERE key = 'schema_version'").fetchone()[0] == "99"


def test_a_moved_file_is_followed_not_duplicated(library, tmp_path):
    old = tmp_path / "2023" / "讲话.txt"
    old.parent.mkdir()
    old.write_text(SPEECH, encoding="utf-8")
    import_paths(library, [old])
    new = tmp_path / "归档" / "2023年安全生产会讲话.txt"
    new.parent.mkdir()
    old.rename(new)
    summary = import_paths(library, [new.parent])
    assert summary.moved == [(str(new), str(old.resolve()))] and not summary.duplicates and not summary.imported
    assert [e.source for e in library.speeches(bundled=False)] == [str(new.resolve())]
    assert search(library, "森林防火").hits[0].source == str(new.resolve())
    assert library.speech(library.speeches(bundled=False)[0].id).source == str(new.resolve())


def test_the_app_can_search_while_a_worker_imports(seeded_file, tmp_path):
    folder = tmp_path / "讲稿"
    folder.mkdir()
    for n in range(25):
        (folder / f"{n:02d}.txt").write_text(SPEECH.replace("全县", f"第{n}县"), encoding="utf-8")
    errors, results = [], []

    def worker():
        try:
            with Library(seeded_file) as own:  # a worker opens its own connection
                results.append(import_paths(own, [folder]))
        except Exception as err:  # noqa: BLE001 - reported below
            errors.append(err)

    thread = threading.Thread(target=worker)
    with Library(seeded_file) as gui:
        thread.start()
        seen = set()
        while thread.is_alive():
            seen.add(search(gui, "森林防火").total)
        thread.join()
        assert not errors and len(results[0].imported) == 25
        assert search(gui, "森林防火").total == 25
    assert len(seen) > 1  # the searches saw the library grow, file by file


def test_a_library_of_schema_2_gets_the_smaller_index_keeping_everything(tmp_path):
    """Schema 2 kept a copy of every paragraph's words inside the index; schema 3 keeps them compressed."""
    import sqlite3
    import zlib

    path = tmp_path / "library.sqlite3"
    folder = tmp_path / "讲稿"
    folder.mkdir()
    (folder / "安全生产.txt").write_text(SPEECH, encoding="utf-8")
    with open_library(path) as lib:
        import_paths(lib, [folder])
        before = {q: [(h.paragraph_id, round(h.score, 6)) for h in search(lib, q).hits] for q in ("森林防火", "妇女儿童")}
    conn = sqlite3.connect(path, isolation_level=None)   # as the previous version of the app made it
    rows = conn.execute("SELECT p.id, p.tokens FROM paragraphs p").fetchall()
    from speechwriter.library.sqlite_store import facets as facets_of

    facets = {pid: facets_of(role, kind, fid, bool(b)) for pid, role, kind, fid, b in conn.execute(
        "SELECT p.id, p.role, s.kind, s.file_id, f.bundled FROM paragraphs p JOIN speeches s ON s.id = p.speech_id "
        "JOIN files f ON f.id = s.file_id")}
    conn.execute("DROP TABLE paragraph_index")
    conn.execute("CREATE VIRTUAL TABLE paragraph_index USING fts5(tokens, facets, tokenize = 'unicode61')")
    conn.execute("INSERT INTO paragraph_index(paragraph_index, rank) VALUES ('rank', 'bm25(1.0, 0.0)')")
    conn.executemany("INSERT INTO paragraph_index(rowid, tokens, facets) VALUES (?, ?, ?)",
                     [(pid, zlib.decompress(t).decode("utf-8"), facets[pid]) for pid, t in rows])
    conn.execute("ALTER TABLE paragraphs DROP COLUMN tokens")
    conn.execute("PRAGMA user_version = 2")
    conn.close()

    with Library(path) as lib:
        assert {q: [(h.paragraph_id, round(h.score, 6)) for h in search(lib, q).hits] for q in before} == before
        own = lib.speeches(bundled=False)[0]
        lib.remove(own.id)
        assert search(lib, "森林防火").total == 0 and search(lib, "妇女儿童").total > 0
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
    conn.execute("INSERT INTO paragraph_index(paragraph_index) VALUES ('integrity-check')")
    assert conn.execute("SELECT COUNT(*) FROM paragraphs WHERE tokens IS NULL").fetchone()[0] == 0


def test_reading_gets_every_core(monkeypatch):
    """An embedded file, a server on this computer or the unit's: storing is a small share of a
    file's cost, so every core reads (at most four)."""
    from speechwriter.library.importer import reader_count

    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    assert reader_count() == 2
    monkeypatch.setattr(os, "cpu_count", lambda: 16)
    assert reader_count() == 4   # more processes would only hold more memory
    monkeypatch.setattr(os, "cpu_count", lambda: 1)
    assert reader_count() == 1   # one core: the files read on a thread
