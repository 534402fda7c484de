"""The library on the unit's PostgreSQL server: set up by IT, shared by clerks, rules kept by the server.

A real throw-away server (see engines.py); the clerks are login roles in speechwriter_clerk.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

import psycopg
import pytest

from speechwriter.errors import UserError
from speechwriter.library import Library, import_paths, search, textindex
from speechwriter.library.pg_schema import initialise
from tests.conftest import REPO, run_cli
from tests.library.conftest import SPEECH
from tests.library.engines import admin_url, as_clerk, pg_bin

PLACES = ["东城", "西城", "南岗", "北湖", "青山", "白云", "金水", "银川", "玉泉", "龙湖", "凤凰", "桃源"]


@pytest.fixture
def alice(pg_server, pg_database):
    return pg_server.url(pg_database, "alice")


def _speech(n: int) -> str:
    return SPEECH.replace("全县", f"{PLACES[n % len(PLACES)]}{n}县").replace("2023年", f"{2000 + n}年")


def _write(folder, numbers):
    folder.mkdir(parents=True)
    for n in numbers:
        (folder / f"{n:02d}.txt").write_text(_speech(n), encoding="utf-8")
    return folder


def test_init_sets_up_role_and_row_security_and_may_run_again(pg_server):
    url = pg_server.url(pg_server.new_database())
    with pytest.raises(UserError, match="还没有建立.*library init"):
        Library(url)
    assert "已建立素材库" in initialise(url)
    assert "已是最新版本" in initialise(url)   # a second run changes nothing, keeps the rows
    with psycopg.connect(url) as conn:
        secured: dict[str, bool] = dict(conn.execute("SELECT c.relname, c.relrowsecurity FROM pg_class c JOIN pg_namespace n "
                                    "ON n.oid = c.relnamespace WHERE n.nspname = 'speechwriter' AND c.relkind = 'r'"))
        assert conn.execute("SELECT rolcanlogin FROM pg_roles WHERE rolname = 'speechwriter_clerk'").fetchone() == (False,)
    assert all(secured[t] for t in ("files", "speeches", "paragraphs", "phrases", "labels"))


def test_it_sets_up_the_server_from_the_command_line_and_a_clerk_then_imports(pg_server, tmp_path):
    database = pg_server.new_database()
    done = run_cli("library", "init", "--library", pg_server.url(database))
    assert done.returncode == 0, done.stderr
    assert "已建立素材库" in done.stdout and "IN ROLE speechwriter_clerk" in done.stdout
    pg_server.sql("CREATE ROLE hank LOGIN")    # a new clerk's account, as IT makes one
    clerk = pg_server.url(database, "hank")
    refused = run_cli("library", "list", "--library", clerk)     # not in the clerks' group yet
    assert refused.returncode == 2 and "没有权限" in refused.stderr and "Traceback" not in refused.stderr
    pg_server.sql("GRANT speechwriter_clerk TO hank")
    assert run_cli("library", "add", _write(tmp_path / "讲稿", [5]), "--library", clerk).returncode == 0
    listed = json.loads(run_cli("library", "list", "--json", "--library", clerk).stdout)["speeches"]
    assert [s["title"] for s in listed if not s["bundled"]] == ["在白云5县安全生产工作会议上的讲话"]
    again = run_cli("library", "init", "--library", pg_server.url(database))
    assert again.returncode == 0 and "已是最新版本" in again.stdout
    assert len(json.loads(run_cli("library", "list", "--json", "--library", clerk).stdout)["speeches"]) == len(listed)


def test_a_first_version_library_is_upgraded_by_init_and_searches_the_same(alice):
    with Library(alice) as library:
        before = {role: search(library, "妇女儿童", role=role).total for role in (None, "closing", "开场")}
    with psycopg.connect(admin_url(alice), autocommit=True) as admin:   # as schema 1 left it: the words in a tsvector
        rows = admin.execute("SELECT id, text FROM speechwriter.paragraphs").fetchall()
        admin.execute("ALTER TABLE speechwriter.paragraphs ADD COLUMN words tsvector")
        with admin.cursor() as cur:
            cur.executemany("UPDATE speechwriter.paragraphs SET words = array_to_tsvector(%s::text[]) WHERE id = %s",
                            [(sorted({w.lower() for w in textindex.index_terms(textindex.words(text))}), pid)
                             for pid, text in rows])
        admin.execute("ALTER TABLE speechwriter.paragraphs DROP COLUMN word_ids")
        admin.execute("CREATE INDEX paragraphs_file ON speechwriter.paragraphs (file_id)")
        admin.execute("CREATE INDEX paragraphs_words ON speechwriter.paragraphs USING gin (words)")
        admin.execute("DROP FUNCTION speechwriter.matches, speechwriter.match_count, speechwriter.common_words")
        admin.execute("UPDATE speechwriter.meta SET value = '1' WHERE key = 'schema_version'")
    with pytest.raises(UserError, match="旧版本.*library init"):
        Library(alice)
    assert "从第 1 版升级到第 3 版" in initialise(admin_url(alice))
    with Library(alice) as library:
        assert {role: search(library, "妇女儿童", role=role).total for role in before} == before
    assert before["closing"] < before[None]


def test_a_second_version_library_gets_the_common_words_function_from_init(alice):
    with Library(alice) as library:
        before = [search(library, q).total for q in ("妇女儿童 发展", "安全 生产")]
    with psycopg.connect(admin_url(alice), autocommit=True) as admin:   # as schema 2 left it
        admin.execute("DROP FUNCTION speechwriter.common_words")
        admin.execute("UPDATE speechwriter.meta SET value = '2' WHERE key = 'schema_version'")
    with pytest.raises(UserError, match="旧版本.*library init"):
        Library(alice)
    assert "从第 2 版升级到第 3 版" in initialise(admin_url(alice))
    with Library(alice) as library:
        assert [search(library, q).total for q in ("妇女儿童 发展", "安全 生产")] == before


def test_init_by_an_account_without_rights_is_refused_in_chinese(alice):
    done = run_cli("library", "init", "--library", as_clerk(alice, "bob"))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "没有权限" in done.stderr or "已是最新版本" not in done.stdout


def test_a_server_that_is_not_there_is_one_chinese_sentence(tmp_path):
    done = run_cli("library", "list", "--library", f"postgresql://alice:secret@/none?host={tmp_path}")
    assert done.returncode == 2
    assert "无法连接单位服务器上的素材库" in done.stderr and "secret" not in done.stderr
    assert "Traceback" not in done.stderr


def test_a_private_speech_is_its_owners_alone(alice, tmp_path, pg_server, pg_database):
    bob = as_clerk(alice, "bob")
    secret = _write(tmp_path / "私密", [1])
    added = run_cli("library", "add", secret, "--private", "--library", alice)
    assert added.returncode == 0, added.stderr
    mine = run_cli("library", "search", "森林防火", "--json", "--library", alice)
    assert json.loads(mine.stdout)["total"] == 1

    listed = json.loads(run_cli("library", "list", "--json", "--library", bob).stdout)["speeches"]
    assert [s for s in listed if not s["bundled"]] == []
    assert json.loads(run_cli("library", "search", "森林防火", "--json", "--library", bob).stdout)["total"] == 0
    # straight at the server, as the unit's tools would: psql-like queries and pg_dump
    with psycopg.connect(bob) as conn:
        assert conn.execute("SELECT COUNT(*) FROM speechwriter.paragraphs WHERE text LIKE '%西城1县%'").fetchone()[0] == 0
        assert conn.execute("SELECT COUNT(*) FROM speechwriter.files WHERE private").fetchone()[0] == 0
    dump = subprocess.run([pg_bin("pg_dump"), "--enable-row-security", "-h", str(pg_server.folder),
                           "-U", "bob", pg_database], capture_output=True, text=True, timeout=120)
    assert dump.returncode == 0, dump.stderr
    assert "speechwriter.paragraphs" in dump.stdout and "西城1县" not in dump.stdout
    plain = subprocess.run([pg_bin("pg_dump"), "-h", str(pg_server.folder), "-U", "bob", pg_database],
                           capture_output=True, text=True, timeout=120)
    assert "西城1县" not in plain.stdout   # without the option pg_dump refuses rather than leaks
    admin = subprocess.run([pg_bin("pg_dump"), "-h", str(pg_server.folder), "-U", "postgres", pg_database],
                           capture_output=True, text=True, timeout=120)
    assert "西城1县" in admin.stdout         # the unit's backup (by the admin) has everything


def test_only_the_owner_or_the_admin_removes_or_relabels(alice, tmp_path):
    bob = as_clerk(alice, "bob")
    import_paths_cli = run_cli("library", "add", _write(tmp_path / "a", [2]), "--library", alice)
    assert import_paths_cli.returncode == 0
    own = [s for s in json.loads(run_cli("library", "list", "--json", "--library", bob).stdout)["speeches"]
           if not s["bundled"]]
    assert len(own) == 1   # shared: bob sees it
    speech_id = str(own[0]["id"])

    refused = run_cli("library", "remove", speech_id, "--library", bob)
    assert refused.returncode == 2 and "只有导入者本人或管理员" in refused.stderr and "Traceback" not in refused.stderr
    shown = json.loads(run_cli("library", "show", speech_id, "--json", "--library", bob).stdout)
    label = tmp_path / "label.json"
    label.write_text(json.dumps({"speeches": shown["speeches"]}, ensure_ascii=False), encoding="utf-8")
    relabel = run_cli("library", "label", speech_id, label, "--library", bob)
    assert relabel.returncode == 2 and "只有导入者本人或管理员" in relabel.stderr
    # the server itself refuses too, whatever program bob uses
    with psycopg.connect(bob, autocommit=True) as conn:
        assert conn.execute("DELETE FROM speechwriter.speeches WHERE id = %s", (int(speech_id),)).rowcount == 0
        assert conn.execute("UPDATE speechwriter.files SET owner = 'bob'").rowcount == 0
    assert run_cli("library", "remove", speech_id, "--library", admin_url(alice)).returncode == 0
    assert [s for s in json.loads(run_cli("library", "list", "--json", "--library", alice).stdout)["speeches"]
            if not s["bundled"]] == []


def test_the_same_text_from_two_clerks_is_stored_once(alice, tmp_path):
    with Library(alice) as lib_a:
        assert import_paths(lib_a, [_write(tmp_path / "alice", [3])]).imported
    with Library(as_clerk(alice, "bob")) as lib_b:
        summary = import_paths(lib_b, [_write(tmp_path / "bob", [3])])
        assert not summary.imported and len(summary.duplicates) == 1
        assert summary.duplicates[0][1].endswith("alice/03.txt")
        assert search(lib_b, "森林防火").total == 1


def _same_on_both(location, folder) -> dict:
    """What a clerk sees after importing `folder`: the CLI's own answers, ids and dates left out."""
    assert run_cli("library", "add", folder, "--library", location).returncode == 0
    listed = json.loads(run_cli("library", "list", "--json", "--library", location).stdout)["speeches"]
    for entry in listed:
        del entry["id"], entry["imported_at"]
    found = {}
    for query in ("森林防火", "安全生产 责任", "妇女儿童", "调研 看望", "发言完毕 批评指正"):
        result = json.loads(run_cli("library", "search", query, "--json", "--library", location).stdout)
        found[query] = (result["total"], result["ranked"], [h["text"] for h in result["hits"][:3]])
    phrases = json.loads(run_cli("library", "phrases", "开场", "--json", "--library", location).stdout)
    return {"list": sorted(listed, key=lambda e: (e["source"], e["title"] or "")), "search": found,
            "phrases": phrases}


def test_the_server_gives_what_the_file_gives(alice, tmp_path):
    folder = _write(tmp_path / "讲稿", range(6))
    assert _same_on_both(alice, folder) == _same_on_both(tmp_path / "library.sqlite3", folder)


def test_copy_moves_a_library_with_labels_and_may_run_again(alice, tmp_path):
    from speechwriter.core.labelling import label_of
    from speechwriter.library.labels import set_label, stored_reading

    source = tmp_path / "本机.sqlite3"
    with Library(source) as lib:
        import_paths(lib, [_write(tmp_path / "讲稿", range(4))])
        first = lib.speeches(bundled=False)[0]
        set_label(lib, first.id, label_of(stored_reading(lib, first.id)))   # the clerk confirmed its reading
    once = run_cli("library", "copy", "--from", source, "--to", alice, "--json")
    assert once.returncode == 0, once.stderr
    assert len(json.loads(once.stdout)["copied"]) == 4 and json.loads(once.stdout)["labels"] == 1
    again = json.loads(run_cli("library", "copy", "--from", source, "--to", alice, "--json").stdout)
    assert again["copied"] == [] and len(again["present"]) == 4
    with Library(alice) as server:
        own = server.speeches(bundled=False)
        assert len(own) == 4 and sum(e.labelled for e in own) == 1
    back = tmp_path / "回来.sqlite3"
    assert run_cli("library", "copy", "--from", alice, "--to", back).returncode == 0
    with Library(back) as lib:
        assert sorted(e.title or "" for e in lib.speeches(bundled=False)) == sorted(e.title or "" for e in own)


_IMPORTER = """
import json, sys
from speechwriter.library import Library, import_paths
with Library(sys.argv[1]) as library:
    summary = import_paths(library, [sys.argv[2]])
print(json.dumps(summary.to_dict()))
"""
_SEARCHER = """
import json, sys, time
from speechwriter.library import Library, search
seen = []
with Library(sys.argv[1]) as library:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        seen.append(search(library, "森林防火").total)
        try:
            open(sys.argv[2]).close()
            seen.append(search(library, "森林防火").total)   # once more, after every import ended
            break
        except OSError:
            time.sleep(0.05)
print(json.dumps(seen))
"""


def test_six_clerks_import_overlapping_folders_while_two_search(alice, tmp_path):
    clerks = ["alice", "bob", "carol", "dave", "erin", "frank"]
    folders = {c: _write(tmp_path / c, [(2 * i + k) % 12 for k in range(6)]) for i, c in enumerate(clerks)}
    stop = tmp_path / "stop"
    run = lambda code, *args: subprocess.Popen(  # noqa: E731
        [sys.executable, "-c", code, *map(str, args)], cwd=REPO, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True, encoding="utf-8")
    searchers = [run(_SEARCHER, as_clerk(alice, c), stop) for c in ("alice", "bob")]
    importers = {c: run(_IMPORTER, as_clerk(alice, c), folders[c]) for c in clerks}
    outcomes = {}
    for clerk, process in importers.items():
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
        outcomes[clerk] = json.loads(out.strip().splitlines()[-1])
    stop.write_text("")
    for process in searchers:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        seen = json.loads(out.strip().splitlines()[-1])
        assert seen == sorted(seen) and seen[-1] == 12, str(seen)   # the library only grew, to all of it
    for clerk, summary in outcomes.items():
        assert summary["failed"] == [], clerk
        assert len(summary["imported"]) + len(summary["duplicates"]) + len(summary["unchanged"]) == 6, clerk
    assert sum(len(s["imported"]) for s in outcomes.values()) == 12   # each text stored by exactly one clerk
    with Library(admin_url(alice)) as library:
        own = library.speeches(bundled=False)
        assert len(own) == 12 and len({e.title for e in own}) == 12   # nothing lost, nothing doubled
        assert search(library, "森林防火").total == 12


def test_a_speech_removed_by_another_meanwhile_is_said_and_the_connection_goes_on(alice, tmp_path, monkeypatch):
    with Library(alice) as library:
        import_paths(library, [_write(tmp_path / "a", [4])])
        entry = library.speeches(bundled=False)[0]
        with psycopg.connect(admin_url(alice), autocommit=True) as admin:
            admin.execute("DELETE FROM speechwriter.speeches WHERE id = %s", (entry.id,))
        monkeypatch.setattr(library, "entry", lambda _id: entry)   # as read a moment before it went
        with pytest.raises(UserError, match="没有删除"):
            library.remove(entry.id)
        monkeypatch.undo()
        assert import_paths(library, [_write(tmp_path / "b", [6])]).imported   # the next write goes in
        assert [e.title for e in library.speeches(bundled=False)] == ["在金水6县安全生产工作会议上的讲话"]


def _own_on_server(url: str) -> int:
    with psycopg.connect(admin_url(url)) as conn:
        return conn.execute("SELECT COUNT(*) FROM speechwriter.files WHERE NOT bundled").fetchone()[0]


def test_an_import_killed_at_any_moment_leaves_every_file_whole_on_the_server(alice, tmp_path):
    import random
    import signal

    folder = _write(tmp_path / "往年讲话", range(30))
    seen = []
    for target in (4, 12):
        child = subprocess.Popen([sys.executable, "-c", _IMPORTER, alice, str(folder)], cwd=REPO,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 120
        while _own_on_server(alice) < target and time.monotonic() < deadline:
            time.sleep(0.005)
        time.sleep(random.uniform(0, 0.05))   # any moment: reading, looking up, inside a file's statement
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=60)
        seen.append(_own_on_server(alice))
        with psycopg.connect(admin_url(alice)) as conn:   # every file in is complete
            assert conn.execute("SELECT COUNT(*) FROM speechwriter.files f WHERE NOT EXISTS "
                                "(SELECT 1 FROM speechwriter.speeches s WHERE s.file_id = f.id)").fetchone()[0] == 0
            assert conn.execute("SELECT COUNT(*) FROM speechwriter.speeches s WHERE s.paragraph_count != "
                                "(SELECT COUNT(*) FROM speechwriter.paragraphs p WHERE p.speech_id = s.id)"
                                ).fetchone()[0] == 0
    assert seen[0] >= 4 and seen[-1] < 30 and seen == sorted(seen)
    with Library(alice) as library:
        summary = import_paths(library, [folder])     # the next start goes on where it stopped
        assert len(summary.imported) + len(summary.unchanged) == 30 and not summary.failed
        assert len(library.speeches(bundled=False)) == 30 and search(library, "森林防火").total == 30


def test_a_server_gone_mid_work_is_a_chinese_sentence(alice, pg_server, pg_database):
    library = Library(alice)
    try:
        pg_server.sql(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{pg_database}' "
                      "AND usename = 'alice'")
        time.sleep(0.2)
        with pytest.raises(UserError, match="暂时无法使用"):
            search(library, "森林防火")
    finally:
        library.close()


def test_a_word_searched_alone_finds_what_the_counting_route_finds(alice, tmp_path, monkeypatch):
    """A lone word's first matches serve its count and its ranking at once, and a word found very
    often (or that the server's statistics call common) is not counted: same hits, scores and
    totals as counting every time, and another clerk's private speech stays out of all of them."""
    from speechwriter.library import pg_store
    from speechwriter.library.pg_store import PostgresLibrary

    monkeypatch.setattr(pg_store, "DF_CAP", 3)   # so that words of these few speeches count as very common
    monkeypatch.setattr(pg_store, "COMMON_ROWS", 6)   # … and the server's statistics name some of them
    with Library(alice) as library:
        import_paths(library, [_write(tmp_path / "公开", range(4))])
    with Library(as_clerk(alice, "bob")) as library:
        import_paths(library, [_write(tmp_path / "私有", range(20, 23))], private=True)
    with psycopg.connect(admin_url(alice), autocommit=True) as admin:
        admin.execute("ANALYZE speechwriter.paragraphs")
        assert admin.execute("SELECT cardinality(speechwriter.common_words(6))").fetchone()[0] > 0
    queries = ["妇女儿童", "森林防火", "安全", "发言完毕", "量子计算机", "工会女职", "玉泉", "安全 生产", "妇女儿童 发展"]

    def results() -> list[tuple]:
        with Library(alice) as library:
            return [(r.total, r.ranked, r.literal, r.capped, [(h.paragraph_id, h.score) for h in r.hits])
                    for r in (search(library, q) for q in queries + queries)]   # the second time, common words known

    together = results()
    counted = PostgresLibrary.any_match
    monkeypatch.setattr(PostgresLibrary, "any_match", lambda self, term, alone=False: counted(self, term))
    monkeypatch.setattr(pg_store, "COMMON_KEPT_S", 0)
    monkeypatch.setattr(pg_store, "COMMON_ROWS", 10 ** 9)
    assert together == results()
    assert together[:len(queries)] == together[len(queries):]
    assert together[0][0] > 0 and together[4][4] == [] and together[6][4] == []   # 玉泉: only in bob's private speech
    with Library(as_clerk(alice, "bob")) as library:
        assert search(library, "玉泉").hits
