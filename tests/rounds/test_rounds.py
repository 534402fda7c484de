"""Rounds kept inside the outline file: save, list, go back; the file format's versions."""

import json

import pytest

from speechwriter.errors import UserError
from speechwriter.outline import rounds
from speechwriter.outline.io import FORMAT, PLAIN_VERSION, VERSION, dumps, load_outline, outline_from_dict, save_outline
from tests.conftest import run_cli


def test_an_outline_without_rounds_lists_as_one_round_and_stays_version_2(outline):
    listed = rounds.versions(outline)
    assert [(v.n, v.name, v.saved) for v in listed] == [(1, rounds.CURRENT_NAME, False)]
    assert listed[0].chars > 100
    assert json.loads(dumps(outline))["version"] == PLAIN_VERSION


def test_saved_rounds_survive_the_file_and_keep_their_own_text(outline, tmp_path):
    rounds.save_round(outline, "初稿", "2026-12-01T09:00:00+08:00")
    outline.sections[0].body = "今天的会议很重要。"
    rounds.save_round(outline, "二稿")
    outline.fields["标题"] = "新的标题"
    path = tmp_path / "a.speech.json"
    save_outline(outline, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == VERSION and [r["name"] for r in data["rounds"]] == ["初稿", "二稿"]
    back = load_outline(path)
    listed = rounds.versions(back)
    assert [v.name for v in listed] == ["初稿", "二稿", rounds.CURRENT_NAME]
    assert listed[0].saved_at == "2026-12-01T09:00:00+08:00"
    assert "刚才，李局长" in rounds.round_text(back, 1).sections[0].body
    assert rounds.round_text(back, 2).sections[0].body == "今天的会议很重要。"
    assert rounds.round_text(back, 3).field("标题") == "新的标题"
    assert listed[1].chars < listed[0].chars  # 字数 of each round as it was


def test_the_current_text_equal_to_the_last_round_is_not_listed_twice(outline):
    rounds.save_round(outline, "初稿")
    assert [v.name for v in rounds.versions(outline)] == ["初稿"]
    assert rounds.current_is_saved(outline)


def test_going_back_keeps_every_round_and_the_unsaved_text(outline):
    rounds.save_round(outline, "初稿")
    outline.sections[0].body = "改过的开头。"
    rounds.save_round(outline, "二稿")
    outline.sections[0].body = "还没保存的开头。"
    back = rounds.gone_back(outline, 1)
    assert "李局长" in back.sections[0].body
    assert [r.name for r in back.rounds] == ["初稿", "二稿", rounds.BEFORE_GOING_BACK]
    assert back.rounds[2].outline.sections[0].body == "还没保存的开头。"
    assert outline.sections[0].body == "还没保存的开头。"  # the outline handed in is not changed
    again = rounds.gone_back(back, 2)   # the current text is round 1's: nothing more is added
    assert [r.name for r in again.rounds] == ["初稿", "二稿", rounds.BEFORE_GOING_BACK]
    assert again.sections[0].body == "改过的开头。"


def test_a_round_name_is_required_and_suggested(outline):
    with pytest.raises(UserError, match="名字"):
        rounds.save_round(outline, "  ")
    assert rounds.suggest_name(outline) == "初稿"
    rounds.save_round(outline, "初稿")
    assert rounds.suggest_name(outline) == "二稿"


def test_a_newer_file_and_broken_rounds_are_refused_in_chinese():
    with pytest.raises(UserError, match="更新版本"):
        outline_from_dict({"format": FORMAT, "version": VERSION + 1, "sections": []})
    with pytest.raises(UserError, match="第 1 轮"):
        outline_from_dict({"format": FORMAT, "version": 3, "sections": [], "rounds": [{"name": "初稿"}]})
    with pytest.raises(UserError, match="rounds"):
        outline_from_dict({"format": FORMAT, "version": 3, "sections": [], "rounds": "初稿"})


def test_cli_versions_saves_and_lists(outline_file):
    result = run_cli("versions", outline_file, "--json")
    assert result.returncode == 0, result.stderr
    only = json.loads(result.stdout)["versions"]
    assert len(only) == 1 and only[0]["n"] == 1 and only[0]["chars"] > 100
    result = run_cli("versions", outline_file, "--save", "初稿")
    assert result.returncode == 0 and "初稿" in result.stdout
    result = run_cli("versions", outline_file, "--save", "二稿", "--json")
    listed = json.loads(result.stdout)["versions"]
    assert [(v["n"], v["name"]) for v in listed] == [(1, "初稿"), (2, "二稿")]
    assert set(listed[0]) == {"n", "name", "saved_at", "chars"}
    assert json.loads(outline_file.read_text(encoding="utf-8"))["version"] == VERSION


def test_cli_versions_refuses_a_newer_file_in_chinese(tmp_path):
    path = tmp_path / "新.speech.json"
    path.write_text(json.dumps({"format": FORMAT, "version": 99, "sections": []}), encoding="utf-8")
    result = run_cli("versions", path, "--save", "初稿")
    assert result.returncode == 2 and "更新版本" in result.stderr and "Traceback" not in result.stderr
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == 99


def test_open_comments_are_kept_in_the_file_but_not_in_the_rounds(outline, tmp_path):
    from speechwriter.outline.tree import Note

    outline.notes = [Note("王书记", "再精炼一些", "大家要认真抓好落实", outline.sections[0].id)]
    rounds.save_round(outline, "初稿")
    path = tmp_path / "批注.speech.json"
    save_outline(outline, path)
    back = load_outline(path)
    assert back.notes == outline.notes
    assert back.rounds[0].outline.notes == []        # a 批注 belongs to the speech, not to one round
    assert rounds.current_is_saved(back)             # and is not part of the text compared
    assert rounds.gone_back(back, 1).notes == outline.notes


def test_hand_edited_rounds_and_notes_are_read_or_refused_in_chinese():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from tests.hostile.test_outline_files import _json

    good = {"name": "初稿", "saved_at": "2026-12-01T09:00:00+08:00", "chars": 10,
            "outline": {"format": FORMAT, "version": 2, "sections": [{"role": "opening", "body": "同志们好。"}]}}
    shaped = st.fixed_dictionaries({}, optional={"name": _json, "saved_at": _json, "chars": _json,
                                                 "outline": st.just(good["outline"]) | _json})

    @settings(max_examples=150, deadline=None)
    @given(rounds_=st.lists(shaped | _json, max_size=3) | _json, notes=st.lists(_json, max_size=3) | _json)
    def check(rounds_, notes):
        data = {"format": FORMAT, "version": 3, "sections": [], "rounds": rounds_, "notes": notes}
        try:
            outline = outline_from_dict(data)
        except UserError as err:
            assert any("\u4e00" <= ch <= "\u9fff" for ch in err.message)
            return
        assert all(r.outline.rounds == [] for r in outline.rounds)
        dumps(outline)   # what was read can be written again

    check()
    assert outline_from_dict({"format": FORMAT, "version": 3, "sections": [], "rounds": [good]}).rounds[0].name == "初稿"
