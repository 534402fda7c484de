import json
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from speechwriter.errors import UserError
from speechwriter.outline.io import FORMAT, PLAIN_VERSION, dumps, load_outline, outline_from_dict, save_outline
from speechwriter.outline.tree import Outline, Section

# any text a Word file can hold: control characters other than tab and line breaks, and U+FFFE/U+FFFF,
# are left out when a file is read (tests/hostile/test_outline_files.py), so they cannot round-trip
_NOT_IN_WORD = [chr(c) for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20))] + ["\ufffe", "\uffff"]
text = st.text(alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters=_NOT_IN_WORD), max_size=30)
sections = st.recursive(st.builds(Section, role=st.sampled_from(["opening", "review", "key_points", "closing"]),
                                  heading=text, body=text),
                        lambda kids: st.builds(Section, role=st.just("key_points"), heading=text, body=text,
                                               children=st.lists(kids, max_size=3)), max_leaves=8)


def _depth_ok(section, level=1):
    return level <= 4 and all(_depth_ok(c, level + 1) for c in section.children)


@settings(max_examples=60, deadline=None)
@given(fields=st.dictionaries(text, text, max_size=5), tree=st.lists(sections, max_size=4),
       numbering=st.lists(st.sampled_from(["一、", "（一）", "1.", "（1）", "一是", "第一，", "一要", "首先", ""]),
                          min_size=1, max_size=4))
def test_outline_to_json_to_outline_is_identical(fields, tree, numbering):
    outline = Outline(fields=fields, sections=[s for s in tree if _depth_ok(s)], numbering=numbering,
                      structure_id="leader-speech", rate=180)
    assert outline_from_dict(json.loads(dumps(outline))) == outline


def test_saved_file_is_readable_utf8_json(tmp_path):
    path = tmp_path / "年度讲话.speech.json"
    outline = Outline(fields={"标题": "在全市工作会议上的讲话"}, sections=[Section("opening", body="同志们好。")])
    save_outline(outline, path)
    raw = path.read_text(encoding="utf-8")
    assert "在全市工作会议上的讲话" in raw  # not \u-escaped: a clerk can read it
    data = json.loads(raw)
    assert data["format"] == FORMAT and data["version"] == PLAIN_VERSION  # no rounds: older programs read it
    assert load_outline(path) == outline


def test_version_1_file_still_loads(tmp_path):
    old = {"format": FORMAT, "version": 1, "title": "旧标题", "speaker": "张三", "salutation": "同志们：",
           "fields": {"会议名称": "年度会议"}, "numbering": ["一、", "（一）"],
           "sections": [{"role": "opening", "heading": None, "paragraphs": ["第一段。", "第二段。"]},
                        {"role": "key_points", "heading": "抓落实", "paragraphs": [],
                         "children": [{"role": "key_points", "heading": "细化", "paragraphs": ["分解。"]}]}]}
    path = tmp_path / "old.speech.json"
    path.write_text(json.dumps(old, ensure_ascii=False), encoding="utf-8")
    outline = load_outline(path)
    assert outline.fields == {"标题": "旧标题", "讲话人": "张三", "称呼": "同志们：", "会议名称": "年度会议"}
    assert outline.sections[0].body == "第一段。\n第二段。"
    assert outline.sections[1].children[0].heading == "细化"


@pytest.mark.parametrize("content, message", [
    (b'{"format": "speechwriter-outline", "version": 2, "sections": [', "已损坏"),
    (b"\xff\xfe\x00garbage", "UTF-8"),
    (b'{"name": "package", "dependencies": {}}', "不是讲稿助手的提纲文件"),
    (b'[1, 2, 3]', "不是讲稿助手的提纲文件"),
    (b'{"format": "speechwriter-outline", "version": 99, "sections": []}', "更新版本"),
    (b'{"format": "speechwriter-outline", "version": 2, "sections": [{"role": "chorus"}]}', "chorus"),
    (b'{"format": "speechwriter-outline", "version": 2, "fields": {"a": 1}, "sections": []}', "fields"),
])
def test_broken_or_foreign_files_give_chinese_errors(tmp_path, content, message):
    path = tmp_path / "x.speech.json"
    path.write_bytes(content)
    with pytest.raises(UserError, match=message):
        load_outline(path)
    assert path.read_bytes() == content


def test_missing_file(tmp_path):
    with pytest.raises(UserError, match="找不到"):
        load_outline(tmp_path / "nope.speech.json")


def test_failed_save_keeps_previous_version(tmp_path, monkeypatch):
    path = tmp_path / "a.speech.json"
    save_outline(Outline(fields={"标题": "第一版"}), path)
    before = path.read_bytes()

    def crash(*args):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(UserError):
        save_outline(Outline(fields={"标题": "第二版"}), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["a.speech.json"]  # no temp file left behind


def test_save_into_missing_folder_or_onto_a_folder(tmp_path):
    blocker = tmp_path / "plain-file"
    blocker.write_text("x")
    with pytest.raises(UserError, match="不存在"):
        save_outline(Outline(), blocker / "a.speech.json")  # parent is a file: even root cannot write here
    (tmp_path / "dir.speech.json").mkdir()
    with pytest.raises(UserError, match="文件夹"):
        save_outline(Outline(), tmp_path / "dir.speech.json")


def test_copy_is_deep_with_fresh_ids():
    outline = Outline(fields={"标题": "去年"}, sections=[Section("key_points", "甲", children=[Section("key_points", "乙")])])
    twin = outline.copy()
    twin.fields["标题"] = "今年"
    twin.sections[0].children[0].heading = "丙"
    assert outline.fields["标题"] == "去年" and outline.sections[0].children[0].heading == "乙"
    assert twin.sections[0].id != outline.sections[0].id
