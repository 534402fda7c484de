"""Issue 19, templates and fields: values are weighed before they become text (memory bombs through
--set, |string, |tojson, |replace, |pprint …), the render's three passes share ONE budget, refusals
are named, an unknown filter in a user template does not break `templates`, and what Jinja, Python
and argparse say reaches the clerk in Chinese."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from speechwriter.core.budget import task_budget
from speechwriter.render import render_blocks
from speechwriter.render.sandbox import RenderLimit
from tests.hostile.conftest import assert_refused, english_words, run_limited

BIG = "{% set a = ['x' * 1000000] * 1000 %}"
# (a field's `{{ … }}` holds a name and filters; longer code goes in `{% set %}`, as the reproduction did)
BOMBS = {"string": "b = a|string", "tojson": "b = a|tojson", "replace": "b = a|replace('x', 'y')",
         "pprint": "b = a|pprint", "join": "b = a|join", "sort": "b = (a|sort(case_sensitive=false))|first",
         "percent": "b = '%s' % (a,)", "format": "b = '{}'.format(a)", "tilde": "b = a ~ '!'",
         "sum": "b = [a, a, a]|sum(start=[])|join"}
BIG = "{% set a = ['x' * 1000000] * 1000 %}"


@pytest.mark.parametrize("bomb", BOMBS)
def test_a_field_that_would_make_a_gigabyte_is_refused_before_it_does(tmp_path, outline_file, bomb):
    """The list costs a thousand references; its text a gigabyte: refused before that text is made."""
    value = BIG + "{% set " + BOMBS[bomb] + " %}完"
    result = run_limited("render", outline_file, "-o", tmp_path / "稿.docx", "--set", f"标题={value}")
    assert_refused(result, "超出限制")
    assert not (tmp_path / "稿.docx").exists()


@pytest.mark.parametrize("code", ["{{ range }}", "{% set b = range.__name__ %}{{ b }}",
                                  "{% set b = ''.__class__ %}{{ b }}", "{{ 标题|attr('__class__') }}"])
def test_a_refused_attribute_or_a_function_is_named_a_refusal(tmp_path, outline_file, code):
    result = run_limited("render", outline_file, "-o", tmp_path / "稿.txt", "--set", f"标题=讲话{code}")
    assert_refused(result, "不允许")


def test_the_three_passes_of_a_render_share_one_budget(outline_file):
    """One pass fits in the steps allowed; the same render done three times within one budget does not."""
    from speechwriter.outline.io import load_outline

    outline = load_outline(outline_file)
    fields = {"标题": "{% for i in range(35000) %}{% endfor %}讲话"}
    with task_budget(steps=100_000):
        render_blocks(outline, None, fields)        # one pass: about 40,000 steps
    with pytest.raises(RenderLimit), task_budget(steps=100_000):
        for _ in range(3):
            render_blocks(outline, None, fields)


def test_the_cli_render_counts_all_its_passes_against_one_budget(tmp_path, outline_file, monkeypatch):
    """`render` runs the export, the broken-field pass and the leftover check: each pass of a field
    that takes 60 % of the steps alone would pass; together they are refused."""
    from speechwriter.cli import main
    from speechwriter.core import budget

    one_pass = ["render", str(outline_file), "-o", str(tmp_path / "一遍.txt"),
                "--set", "标题={% for i in range(35000) %}{% endfor %}讲话"]
    assert main(one_pass) == 0                           # within the usual budget
    monkeypatch.setattr(budget, "MAX_STEPS", 60_000)     # one pass fits this; all of them do not
    code = main(["render", str(outline_file), "-o", str(tmp_path / "稿.txt"),   # (another text: nothing cached)
                 "--set", "标题={% for i in range(35001) %}{% endfor %}讲话"])
    assert code == 2
    assert not (tmp_path / "稿.txt").exists()


def test_a_user_template_with_an_unknown_filter_is_listed_as_unusable(tmp_path):
    folder = tmp_path / "data" / "speechwriter" / "templates"
    folder.mkdir(parents=True)
    (folder / "坏模板.jinja").write_text("::title {{ 标题|nosuchfilter }}\n", encoding="utf-8")
    (folder / "坏测试.jinja").write_text("{% if 标题 is nosuchtest %}x{% endif %}\n", encoding="utf-8")
    result = run_limited("templates", env={"XDG_DATA_HOME": str(tmp_path / "data")})
    assert result.returncode == 0, result.stderr
    assert "讲话稿" in result.stdout
    assert "坏模板" in result.stderr and "nosuchfilter" in result.stderr and "坏测试" in result.stderr
    assert not english_words(result.stderr)


@pytest.mark.parametrize("code", ["{% for %}", "{{ x|nofilter }}", "{% if %}", "{% set b = 1 + %}"])
def test_jinja_syntax_messages_are_chinese(tmp_path, outline_file, code):
    result = run_limited("render", outline_file, "-o", tmp_path / "稿.txt", "--set", f"标题=讲话{code}")
    assert result.returncode == 0, result.stderr
    # one Chinese sentence that names what is wrong: the tag as typed (缺少条件 …) or 写法有误
    assert code.split()[1] in result.stderr or "写法有误" in result.stderr, result.stderr
    assert not english_words(result.stderr), result.stderr


@pytest.mark.parametrize("code", ["{{ 1 + '字' }}", "{{ (1).real.x.y }}", "{{ 'a' * 'b' }}", "{{ [1][5] }}"])
def test_runtime_messages_in_a_section_are_chinese(tmp_path, code):
    import json

    path = tmp_path / "讲话.speech.json"
    path.write_text(json.dumps({"format": "speechwriter-outline", "version": 2,
                                "fields": {"标题": "讲话", "日期": "无", "称呼": "无"},
                                "sections": [{"role": "key_points", "heading": "一、要点",
                                              "body": "{% set 甲 = 1 %}" + code}]}, ensure_ascii=False),
                    encoding="utf-8")
    result = run_limited("render", path, "-o", tmp_path / "稿.txt")
    assert result.returncode in (0, 2), result.stderr
    assert "Traceback" not in result.stderr and not english_words(result.stderr), result.stderr


def test_a_set_value_that_is_not_utf8_is_refused_in_chinese(tmp_path, outline_file):
    value = "标题=讲".encode() + b"\xed\xa0\x80" + "话".encode()   # a surrogate's bytes: not UTF-8
    args = [os.fsencode(a) for a in (sys.executable, "-m", "speechwriter", "render", str(outline_file),
                                     "-o", str(tmp_path / "稿.docx"), "--set")] + [value]
    result = subprocess.run(args, capture_output=True, timeout=120)
    stderr = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 2, stderr
    assert "残缺字符" in stderr and "Traceback" not in stderr
    assert not (tmp_path / "稿.docx").exists()


@pytest.mark.parametrize("args, name", [(["analyze"], "文件"), (["library", "search"], "查找的词语"),
                                        (["render", "-o", "x.docx"], "提纲文件")])
def test_usage_errors_name_the_argument_in_chinese(args, name):
    result = run_limited(*args)
    assert result.returncode == 2
    error = result.stderr.strip().splitlines()[-1]
    assert name in error and not english_words(error), error


def test_a_query_starting_with_a_dash_is_a_query(tmp_path):
    path = tmp_path / "lib.sqlite3"
    result = run_limited("library", "search", "-安全生产", "--library", path)
    assert result.returncode == 0, result.stderr
