"""The clerk's labels in the 素材库: attached, shown, kept across re-imports, re-analyses and schema upgrades."""

from __future__ import annotations

import json
import sqlite3

import pytest

from speechwriter.core.labelling import label_of
from speechwriter.errors import UserError
from speechwriter.library import Library, import_paths, refresh, search
from speechwriter.library.db import SCHEMA_VERSION
from speechwriter.library.labels import clear_label, label_for, set_label, stored_reading
from tests.adapt.conftest import HOUSE_SPEECH as SPEECH
from tests.conftest import run_cli


def _own(library):
    return library.speeches(bundled=False)[0]


def _corrected_label(library, speech_id):
    label = label_of(stored_reading(library, speech_id))
    label["sections"][1]["role"] = "review"     # 一、坚持… looks back, as this office means it
    label["kind"] = "动员讲话"
    return label


@pytest.fixture
def imported(library, tmp_path):
    path = tmp_path / "安全生产.txt"
    path.write_text(SPEECH, encoding="utf-8")
    import_paths(library, [path])
    return path


def test_a_label_changes_the_stored_reading_under_the_same_id(library, imported):
    entry = _own(library)
    assert not entry.labelled and label_for(library, entry.id) is None
    label = _corrected_label(library, entry.id)
    set_label(library, entry.id, label)
    again = library.entry(entry.id)
    assert again.labelled and again.kind == "动员讲话"
    assert [s.role for s in library.speech(entry.id).sections][:2] == ["opening", "review"]
    # what the 素材库 finds follows the corrected role
    hits = search(library, "双下降", role="回顾").hits
    assert [h.speech_id for h in hits] == [entry.id]
    assert label_for(library, entry.id) == label

    clear_label(library, entry.id)
    assert not library.entry(entry.id).labelled
    assert library.speech(entry.id).sections[1].role == "key_points"
    assert not search(library, "双下降", role="回顾").hits


def test_a_label_is_kept_when_the_speech_is_imported_again_or_re_analysed(library, imported):
    entry = _own(library)
    set_label(library, entry.id, _corrected_label(library, entry.id))
    library.remove(entry.id)
    import_paths(library, [imported])
    back = _own(library)
    assert back.labelled and library.speech(back.id).sections[1].role == "review"
    # a new analyser version re-reads every file from its stored text: the label still wins
    library.conn.execute("UPDATE files SET analyzer_version = 'old'")
    summary = refresh(library)
    assert str(imported.resolve()) in summary.reanalysed
    back = _own(library)
    assert back.labelled and library.speech(back.id).sections[1].role == "review"


def test_a_label_that_does_not_fit_is_refused_and_nothing_changes(library, imported):
    entry = _own(library)
    before = library.speech(entry.id).to_dict()
    label = _corrected_label(library, entry.id)
    label["sections"][2]["first"] = "二、严格考核问责"
    with pytest.raises(UserError, match="第 3 节“二、严格考核问责”.*找不到"):
        set_label(library, entry.id, label)
    assert library.speech(entry.id).to_dict() == before and not library.entry(entry.id).labelled


def test_a_library_of_the_first_schema_is_upgraded_keeping_everything(seeded_file, tmp_path):
    path = tmp_path / "安全生产.txt"
    path.write_text(SPEECH, encoding="utf-8")
    with Library(seeded_file) as lib:
        import_paths(lib, [path])
        speeches = [e.to_dict() for e in lib.speeches()]
    conn = sqlite3.connect(seeded_file)      # as the previous version of the app left it
    conn.execute("DROP TABLE labels")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with Library(seeded_file) as lib:
        assert [e.to_dict() for e in lib.speeches()] == speeches
        own = _own(lib)
        set_label(lib, own.id, _corrected_label(lib, own.id))
        assert lib.entry(own.id).labelled
    assert sqlite3.connect(seeded_file).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_show_and_label_on_the_command_line(seeded_file, tmp_path):
    path = tmp_path / "安全生产.txt"
    path.write_text(SPEECH, encoding="utf-8")
    lib = ["--library", seeded_file]
    assert run_cli("library", "add", path, *lib).returncode == 0
    own = [s for s in json.loads(run_cli("library", "list", "--json", *lib).stdout)["speeches"] if not s["bundled"]]
    assert own[0]["labelled"] is False
    speech_id = str(own[0]["id"])

    shown = json.loads(run_cli("library", "show", speech_id, "--json", *lib).stdout)
    assert shown["id"] == own[0]["id"] and shown["labelled"] is False
    reading = shown["speeches"][0]
    assert reading["title"] == "在全县安全生产工作会议上的讲话" and reading["sections"][1]["role"] == "key_points"
    # the clerk edits the exported reading and gives it back as the label
    reading["sections"][1]["role"] = "review"
    edited = tmp_path / "校正.json"
    edited.write_text(json.dumps(shown, ensure_ascii=False), encoding="utf-8")
    result = run_cli("library", "label", speech_id, edited, *lib)
    assert result.returncode == 0, result.stderr
    assert "已为第" in result.stdout and "回顾" in result.stdout
    shown = json.loads(run_cli("library", "show", speech_id, "--json", *lib).stdout)
    assert shown["labelled"] is True and shown["speeches"][0]["sections"][1]["role"] == "review"
    assert "按您校正的结构" in run_cli("library", "show", speech_id, *lib).stdout
    assert "已校正" in run_cli("library", "list", "--own", *lib).stdout

    bad = tmp_path / "坏标注.json"
    bad.write_text(json.dumps({"kind": "领导讲话", "title": None, "sections": [
        {"role": "opening", "first": "今天，我们召开全县安全", "heading": None},
        {"role": "closing", "first": "同志们，防汛工作", "heading": None}]}, ensure_ascii=False), encoding="utf-8")
    refused = run_cli("library", "label", speech_id, bad, *lib)
    assert refused.returncode == 2 and "第 2 节“同志们，防汛工作”" in refused.stderr
    assert "Traceback" not in refused.stderr
    for args, words in (((speech_id,), "二者选一"), ((speech_id, tmp_path / "无.json"), "找不到标注文件"),
                        (("abc", edited), "讲稿编号应是数字"), (("99999", edited), "没有编号为 99999")):
        result = run_cli("library", "label", *args, *lib)
        assert result.returncode == 2 and words in result.stderr, (args, result.stderr)

    cleared = run_cli("library", "label", speech_id, "--clear", *lib)
    assert cleared.returncode == 0 and "已去掉" in cleared.stdout
    shown = json.loads(run_cli("library", "show", speech_id, "--json", *lib).stdout)
    assert shown["labelled"] is False and shown["speeches"][0]["sections"][1]["role"] == "key_points"
