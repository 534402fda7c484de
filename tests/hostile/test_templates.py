"""Hole 2: template code in outline texts, field values and shared templates runs under a time and
size budget ("模板运行超出限制", exit 2); listing templates never evaluates them; a template that
reaches outside the template folders is refused."""

from __future__ import annotations

import json

import pytest

from speechwriter.paths import templates_dir
from speechwriter.render import user_templates_dir
from tests.hostile.conftest import assert_refused, run_limited

NESTED_LOOPS = "{% for i in range(100000) %}{% for j in range(100000) %}字{% endfor %}{% endfor %}"
HOSTILE = {
    "nested-loops": NESTED_LOOPS,
    "huge-repeat": '{{ "x" * 3000000000 }}',
    "huge-power": "{{ 10 ** (10 ** 10) }}",
    "doubling-concat": '{% set ns = namespace(s="字") %}{% for i in range(64) %}{% set ns.s = ns.s ~ ns.s %}'
                       "{% endfor %}{{ ns.s }}",
    "doubling-list": "{% set ns = namespace(l=[1]) %}{% for i in range(64) %}{% set ns.l = ns.l + ns.l %}"
                     "{% endfor %}{{ ns.l|length }}",
    "squaring": "{% set ns = namespace(n=3) %}{% for i in range(64) %}{% set ns.n = ns.n * ns.n %}{% endfor %}",
    "center": '{{ "x"|center(3000000000) }}',
    "ljust": '{{ "x".ljust(1000000000) }}',
    "replace": '{{ ("x" * 1000000).replace("x", "x" * 1000000) }}',
    "percent-width": '{{ "%0999999999d" % 1 }}',
    "format-width": '{{ "{:>999999999}".format(1) }}',
    "join": '{{ range(100000)|join("x" * 100000) }}',
    "binary-macro": "{% macro m(n) %}{% if n %}{{ m(n - 1) }}{{ m(n - 1) }}{% endif %}{% endmacro %}{{ m(60) }}",
    "indent": '{{ ("a\\n" * 1000000)|indent(1000) }}',
}


def _outline(tmp_path, body: str = "正文。", fields: dict | None = None, template: str = "讲话稿"):
    path = tmp_path / "提纲.speech.json"
    data = {"format": "speechwriter-outline", "version": 2, "template": template, "kind": "领导讲话",
            "fields": {"标题": "在全市工作会议上的讲话", "讲话人": "王明", "日期": "2026年1月1日", "称呼": "同志们：",
                       **(fields or {})},
            "sections": [{"role": "opening", "heading": "", "body": "今天开会。", "children": []},
                         {"role": "key_points", "heading": "抓好落实", "body": body, "children": []},
                         {"role": "closing", "heading": "", "body": "谢谢大家！", "children": []}]}
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


# Section texts and field values are the clerk's words with `{{ 字段 }}` in them: a `{{ … }}` that is
# not a field name (with at most a filter) is printed exactly as written and named in a note, never
# run (issue 10's one field reader); only text that is otherwise well-formed Jinja reaches the
# template engine, and that runs under the budget.
AS_WRITTEN = {"huge-repeat", "huge-power", "doubling-concat", "doubling-list", "center", "ljust", "replace",
              "percent-width", "format-width", "join", "binary-macro", "indent"}
RUN_UNDER_BUDGET = set(HOSTILE) - AS_WRITTEN  # nested-loops, squaring: no `{{ }}`, only statements
# the same dangers behind a real field's filter, where the engine does evaluate them
IN_A_FILTER = {
    "huge-repeat": '{{ 会议名称 | default("x" * 3000000000) }}',
    "huge-power": "{{ 会议名称 | default(10 ** (10 ** 10)) }}",
    "center": "{{ 会议名称 | center(3000000000) }}",
    "replace": '{{ 会议名称 | default("x" * 1000000) | replace("x", "x" * 1000000) }}',
    "join": '{{ 会议名称 | default(range(100000) | join("x" * 100000)) }}',
    "doubling-concat": '{% set ns = namespace(s="字") %}{% for i in range(64) %}{% set ns.s = ns.s ~ ns.s %}'
                       "{% endfor %}{{ 会议名称 | default(ns.s) }}",
}


def _assert_printed_as_written(result, out, code: str) -> None:
    assert result.returncode == 0, (result.returncode, result.stderr[-2000:])
    assert code in out.read_text(encoding="utf-8")
    assert "已原样输出" in result.stderr and "Traceback" not in result.stderr, result.stderr


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_section_text_cannot_hang_or_eat_memory(tmp_path, name):
    out = tmp_path / "稿.txt"
    result = run_limited("render", _outline(tmp_path, body=HOSTILE[name]), "-o", out)
    if name in AS_WRITTEN:
        _assert_printed_as_written(result, out, HOSTILE[name])
    else:
        assert_refused(result, "模板运行超出限制")
        assert not out.exists()


@pytest.mark.parametrize("name", sorted(IN_A_FILTER))
def test_a_field_filter_in_a_section_text_runs_under_the_budget(tmp_path, name):
    result = run_limited("render", _outline(tmp_path, body=IN_A_FILTER[name]), "-o", tmp_path / "稿.docx")
    assert_refused(result, "模板运行超出限制")
    assert not (tmp_path / "稿.docx").exists()


@pytest.mark.parametrize("name", ["nested-loops", "huge-repeat", "doubling-concat"])
def test_a_field_value_cannot_hang_or_eat_memory(tmp_path, name):
    outline = _outline(tmp_path, fields={"会议名称": HOSTILE[name]})
    out = tmp_path / "稿.txt"
    result = run_limited("render", outline, "-o", out, "--set", "标题=在{{ 会议名称 }}上的讲话")
    if name in AS_WRITTEN:
        _assert_printed_as_written(result, out, HOSTILE[name])
    else:
        assert_refused(result, "模板运行超出限制")


def _user_template(name: str, text: str) -> None:
    folder = user_templates_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.jinja").write_text(text, encoding="utf-8")


def test_listing_a_hostile_template_evaluates_nothing(tmp_path):
    _user_template("大模板", '{# 类型：领导讲话 #}::title {{ 标题 }}\n{{ "x" * 3000000000 }}\n'
                            '{{ "x"|center(3000000000) }}\n{{ 10 ** (10 ** 10) }}\n')
    result = run_limited("templates", "--json")
    assert result.returncode == 0, result.stderr
    listed = {t["name"]: t for t in json.loads(result.stdout)["templates"]}
    assert [f["name"] for f in listed["大模板"]["fields"]] == ["标题"]
    rendered = run_limited("render", _outline(tmp_path), "-o", tmp_path / "稿.docx", "--template", "大模板")
    assert_refused(rendered, "模板运行超出限制")


@pytest.mark.parametrize("reference", ['{% extends "../../etc/passwd" %}', '{% include "/etc/passwd" %}',
                                       '{% import "../secret.jinja" as s %}', '{% include "没有这个.jinja" %}'])
def test_a_template_reaching_outside_its_folders_is_refused(tmp_path, reference):
    _user_template("越界", f"{{# 类型：领导讲话 #}}\n{reference}\n::title {{{{ 标题 }}}}\n")
    listing = run_limited("templates")
    assert listing.returncode == 0, listing.stderr
    assert "越界" not in listing.stdout
    assert "越界" in listing.stderr
    rendered = run_limited("render", _outline(tmp_path), "-o", tmp_path / "稿.docx", "--template", "越界")
    assert_refused(rendered, "越界")
    assert str(user_templates_dir()) not in rendered.stderr and str(templates_dir()) not in rendered.stderr


def test_runtime_faults_are_said_in_chinese(tmp_path):
    divided = _outline(tmp_path, body="{{ 会议名称 | default(1 / 0) }}")
    assert_refused(run_limited("render", divided, "-o", tmp_path / "a.txt"), "除数为零")
    _user_template("动态", '{# 类型：领导讲话 #}\n{% include 类型 ~ ".jinja" %}\n')
    rendered = run_limited("render", _outline(tmp_path), "-o", tmp_path / "b.txt", "--template", "动态")
    assert_refused(rendered, "不存在")
    assert str(user_templates_dir()) not in rendered.stderr


def test_an_ordinary_speech_still_renders_within_the_budget(tmp_path):
    body = "{% for i in range(1, 4) %}第{{ i }}条。{% endfor %}" + "{{ 会议名称 | default('会议') * 2 }}"
    result = run_limited("render", _outline(tmp_path, body=body, fields={"会议名称": "工作会议"}), "-o", tmp_path / "稿.txt")
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "稿.txt").read_text(encoding="utf-8")
    assert "第1条。第2条。第3条。工作会议工作会议" in text
