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


@pytest.mark.parametrize("code", list(HOSTILE.values()), ids=list(HOSTILE))
def test_a_section_text_cannot_hang_or_eat_memory(tmp_path, code):
    result = run_limited("render", _outline(tmp_path, body=code), "-o", tmp_path / "稿.docx")
    assert_refused(result, "模板运行超出限制")
    assert not (tmp_path / "稿.docx").exists()


@pytest.mark.parametrize("name", ["nested-loops", "huge-repeat", "doubling-concat"])
def test_a_field_value_cannot_hang_or_eat_memory(tmp_path, name):
    outline = _outline(tmp_path, fields={"会议名称": HOSTILE[name]})
    result = run_limited("render", outline, "-o", tmp_path / "稿.txt", "--set", "标题=在{{ 会议名称 }}上的讲话")
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
    assert_refused(run_limited("render", _outline(tmp_path, body="{{ 1 / 0 }}"), "-o", tmp_path / "a.txt"), "除数为零")
    _user_template("动态", '{# 类型：领导讲话 #}\n{% include 类型 ~ ".jinja" %}\n')
    rendered = run_limited("render", _outline(tmp_path), "-o", tmp_path / "b.txt", "--template", "动态")
    assert_refused(rendered, "不存在")
    assert str(user_templates_dir()) not in rendered.stderr


def test_an_ordinary_speech_still_renders_within_the_budget(tmp_path):
    body = "{% for i in range(3) %}第{{ i + 1 }}条。{% endfor %}" + "{{ 会议名称 * 2 }}"
    result = run_limited("render", _outline(tmp_path, body=body, fields={"会议名称": "工作会议"}), "-o", tmp_path / "稿.txt")
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "稿.txt").read_text(encoding="utf-8")
    assert "第1条。第2条。第3条。工作会议工作会议" in text
