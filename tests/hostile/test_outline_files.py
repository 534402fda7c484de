"""Hole 5 (outline files): whatever an outline file holds, the command line answers exit 0 or 2 —
never "程序内部出错" (exit 1) — with one Chinese sentence."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from speechwriter.cli import main
from speechwriter.outline.io import MAX_SECTIONS
from tests.hostile.conftest import CHINESE, assert_refused, english_words, run_limited

GOOD_SECTION = {"role": "key_points", "heading": "抓好落实", "body": "要抓好落实。", "children": []}


def _outline(**changes) -> dict:
    data = {"format": "speechwriter-outline", "version": 2, "template": "讲话稿", "kind": "领导讲话",
            "fields": {"标题": "讲话", "讲话人": "王明", "日期": "2026年1月1日", "称呼": "同志们："},
            "sections": [dict(GOOD_SECTION)]}
    data.update(changes)
    return data


CASES = {
    "v1-sections-not-objects": {"format": "speechwriter-outline", "version": 1, "sections": [1, "a"]},
    "v1-fields-a-string": {"format": "speechwriter-outline", "version": 1, "fields": "abc", "sections": []},
    "v1-paragraphs-numbers": {"format": "speechwriter-outline", "version": 1,
                              "sections": [{"paragraphs": [1, 2], "children": 5}]},
    "v1-title-a-list": {"format": "speechwriter-outline", "version": 1, "title": ["a"], "sections": []},
    "kind-a-list": _outline(kind=["a"]),
    "template-a-number": _outline(template=5),
    "numbering-a-dict": _outline(numbering={"a": 1}),
    "numbering-unhashable": _outline(numbering=[["一、"]]),
    "role-a-list": _outline(sections=[{**GOOD_SECTION, "role": ["a"]}]),
    "version-true": _outline(version=True),
    "too-many-sections": _outline(sections=[{"role": "key_points", "heading": f"第{i}点", "body": ""}
                                            for i in range(MAX_SECTIONS + 1)]),
}


def _write(tmp_path, data) -> str:
    path = tmp_path / "提纲.speech.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


def _main(capsys, *args) -> tuple[int, str]:
    code = main([str(a) for a in args])
    return code, capsys.readouterr().err


@pytest.mark.parametrize("data", list(CASES.values()), ids=list(CASES))
def test_a_wrong_outline_is_bad_input(tmp_path, capsys, data):
    code, err = _main(capsys, "render", _write(tmp_path, data), "-o", tmp_path / "稿.docx")
    assert code == 2, err
    assert CHINESE.search(err) and not english_words(err), err
    assert not (tmp_path / "稿.docx").exists()


@pytest.mark.parametrize("rate", [float("inf"), float("nan"), "快", True, 10 ** 30])
def test_a_rate_no_one_could_mean_falls_back_to_the_default(tmp_path, rate):
    from speechwriter import defaults
    from speechwriter.outline.io import load_outline

    assert load_outline(_write(tmp_path, _outline(rate=rate))).rate == defaults.SPEAKING_RATE


def test_a_lone_surrogate_is_refused(tmp_path, capsys):
    text = json.dumps(_outline(), ensure_ascii=False).replace("抓好落实", "\\ud800", 1)
    assert "\\ud800" in text
    code, err = _main(capsys, "render", _write(tmp_path, text), "-o", tmp_path / "稿.txt")
    assert code == 2 and "残缺字符" in err, err


@pytest.mark.parametrize("char", ["\u0000", "\u0001", "\u000b", "\ufffe"], ids=["nul", "soh", "vt", "fffe"])
def test_characters_word_cannot_hold_are_left_out(tmp_path, capsys, char):
    data = _outline(fields={**_outline()["fields"], "标题": f"讲话{char}"},
                    sections=[{**GOOD_SECTION, "body": f"要抓好{char}落实。"}])
    code, err = _main(capsys, "render", _write(tmp_path, json.dumps(data)), "-o", tmp_path / "稿.docx",
                      "--set", f"会议名称=大会{char}")
    assert code == 0, err
    import docx

    assert "要抓好落实。" in [p.text for p in docx.Document(str(tmp_path / "稿.docx")).paragraphs]


def test_json_nested_very_deep_is_refused(tmp_path):
    text = '{"format": "speechwriter-outline", "version": 2, "sections": ' + "[" * 100_000 + "]" * 100_000 + "}"
    assert_refused(run_limited("render", _write(tmp_path, text), "-o", tmp_path / "稿.docx"), "嵌套太深")


def test_a_million_sections_are_refused_within_the_limits(tmp_path):
    sections = ",".join(["{}"] * 1_000_000)
    text = '{"format": "speechwriter-outline", "version": 2, "sections": [' + sections + "]}"
    assert_refused(run_limited("render", _write(tmp_path, text), "-o", tmp_path / "稿.docx"), "小节超过")


def test_an_outline_file_over_the_size_limit_is_refused(tmp_path):
    sections = ",".join(['{"heading":"点","body":"","children":[]}'] * 1_000_000)
    text = '{"format": "speechwriter-outline", "version": 2, "sections": [' + sections + "]}"
    assert_refused(run_limited("render", _write(tmp_path, text), "-o", tmp_path / "稿.docx"), "太大")


def test_a_title_longer_than_words_core_properties_still_exports(tmp_path, capsys):
    data = _outline(fields={**_outline()["fields"], "标题": "在全市工作会议上的讲话" * 30})
    code, err = _main(capsys, "render", _write(tmp_path, data), "-o", tmp_path / "稿.docx")
    assert code == 0, err
    import docx

    document = docx.Document(str(tmp_path / "稿.docx"))
    assert len(document.core_properties.title) == 255
    title_lines = document.paragraphs[0].text.split("\n")  # the title is broken into lines (w:br)
    assert "".join(title_lines) == "在全市工作会议上的讲话" * 30
    assert len(title_lines) > 1


_json = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-2 ** 70, max_value=2 ** 70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(st.characters(blacklist_categories=()), max_size=12)
    | st.sampled_from(["key_points", "opening", "closing", "review", "一、", "（一）", "讲话稿", "领导讲话",
                       "{{ 会议名称 }}", "{% for i in range(3) %}{{ i }}{% endfor %}", "{{ 1/0 }}", "{{ x.y }}"]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["role", "heading", "body", "children", "id", "paragraphs", "标题", "会议名称", "x"]),
        inner, max_size=5),
    max_leaves=20)
_outlines = st.fixed_dictionaries(
    {"format": st.sampled_from(["speechwriter-outline", "speechwriter-outline", "other"]),
     "version": st.sampled_from([1, 2, 2, 3, 0, "2"]) | _json},
    optional={"template": _json, "kind": _json, "structure_id": _json, "rate": _json, "numbering": _json,
              "fields": st.dictionaries(st.text(max_size=4), _json, max_size=4) | _json,
              "sections": st.lists(_json, max_size=5) | _json,
              "title": _json, "subtitle": _json})


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(data=_outlines, suffix=st.sampled_from([".txt", ".html", ".docx"]))
def test_random_outline_json_never_ends_in_an_internal_fault(tmp_path, capsys, data, suffix):
    path = _write(tmp_path, json.dumps(data))  # \u escapes: lone surrogates reach the file as JSON has them
    out = tmp_path / f"稿{suffix}"
    out.unlink(missing_ok=True)
    code, err = _main(capsys, "render", path, "-o", out)
    assert code in (0, 2), err
    if code == 2:
        assert CHINESE.search(err), err
        assert not out.exists()
    code, err = _main(capsys, "new", "--from", path, "-o", tmp_path / "新.speech.json", "--force")
    assert code in (0, 2), err


_any_text = st.text(st.characters(blacklist_categories=()), max_size=15) | st.sampled_from(
    ["{{ 会议名称 }}", "{% if 标题 %}有{% endif %}", "{{ 1/0 }}", "{{", "{% for %}", "无", ""])
_section = st.fixed_dictionaries({"role": st.sampled_from(["opening", "review", "key_points", "closing"]),
                                  "heading": _any_text, "body": _any_text})
_shaped = st.fixed_dictionaries({
    "format": st.just("speechwriter-outline"), "version": st.just(2),
    "fields": st.fixed_dictionaries({"标题": _any_text, "讲话人": _any_text, "日期": _any_text, "称呼": _any_text},
                                    optional={"会议名称": _any_text}),
    "sections": st.lists(st.builds(lambda s, kids: {**s, "children": kids}, _section, st.lists(_section, max_size=2)),
                         max_size=4)})


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(data=_shaped, suffix=st.sampled_from([".docx", ".html", ".txt"]))
def test_random_text_in_a_well_formed_outline_never_ends_in_an_internal_fault(tmp_path, capsys, data, suffix):
    path = _write(tmp_path, json.dumps(data))
    out = tmp_path / f"稿{suffix}"
    out.unlink(missing_ok=True)
    code, err = _main(capsys, "render", path, "-o", out)
    assert code in (0, 2), err
    assert out.exists() == (code == 0)
