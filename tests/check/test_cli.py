"""`speechwriter check FILE... [--json]` as a clerk (or a script) runs it (contract: ../shared/spec/cli.md)."""

import json

from speechwriter.outline.io import save_outline
from speechwriter.render import export_docx
from tests.conftest import run_cli
from tests.render.conftest import sample_outline

KEYS = {"kind", "severity", "message", "paragraph", "start", "end", "text", "suggestion", "section"}


def test_json_shape_for_text_outline_and_docx(tmp_path):
    txt = tmp_path / "讲话.txt"
    txt.write_text("在××会议上的讲话\n\n同志们：\n　　要认真布署,抓好落实。\n", encoding="utf-8")
    outline = sample_outline()
    outline.sections[0].body += "\n（在此写开场白。）"
    outline.fields["会议名称"] = ""
    outline_file = tmp_path / "讲话.speech.json"
    save_outline(outline, outline_file)
    filled = sample_outline()
    filled.sections[-1].body += "\n谢谢大家！\n我的发言完毕，谢谢！"
    docx = tmp_path / "讲话.docx"
    export_docx(filled, docx)

    result = run_cli("check", txt, outline_file, docx, "--json")
    assert result.returncode == 0, result.stderr
    files = json.loads(result.stdout)["files"]
    assert [f["file"] for f in files] == [str(txt), str(outline_file), str(docx)]
    for entry in files:
        assert all(set(f) == KEYS for f in entry["findings"])
    by_kind = {f["kind"]: f for f in files[0]["findings"]}
    # paragraphs counted from 0 over the text as read (title included, blank lines not)
    assert by_kind["placeholder"]["paragraph"] == 0 and by_kind["placeholder"]["text"] == "××"
    assert by_kind["typo"]["paragraph"] == 2 and by_kind["typo"]["suggestion"] == "部署"
    assert by_kind["punctuation"]["text"] == "," and by_kind["punctuation"]["section"] is None
    # the outline: checked as its template prints it; section ids given; the empty field named
    kinds = {f["kind"]: f for f in files[1]["findings"]}
    assert kinds["placeholder"]["section"] == outline.sections[0].id
    assert kinds["field"]["text"] == "〔会议名称〕"
    # the .docx: its doubled closing
    assert [f["kind"] for f in files[2]["findings"]] == ["repeat"]


def test_unreadable_file_is_named_and_the_others_still_checked(tmp_path):
    good = tmp_path / "好.txt"
    good.write_text("同志们，要认真布署。", encoding="utf-8")
    result = run_cli("check", tmp_path / "没有这个文件.txt", good, "--json")
    assert result.returncode == 2
    assert "没有这个文件.txt" in result.stderr and "Traceback" not in result.stderr
    files = json.loads(result.stdout)["files"]
    assert [f["file"] for f in files] == [str(good)] and files[0]["findings"][0]["kind"] == "typo"


def test_human_listing_and_no_findings(tmp_path):
    clean = tmp_path / "干净.txt"
    clean.write_text("同志们：\n今天我们召开全市安全生产工作会议。\n", encoding="utf-8")
    slip = tmp_path / "有误.txt"
    slip.write_text("同志们：\n为实现第二个百年目标而奋斗。\n", encoding="utf-8")
    result = run_cli("check", clean, slip)
    assert result.returncode == 0
    assert "干净.txt：没有发现问题" in result.stdout
    assert "第2段" in result.stdout and "第二个百年奋斗目标" in result.stdout


def test_render_says_a_broken_field_and_check_names_it(tmp_path):
    from tests.render.conftest import sample_outline as outline_with_fields

    outline = outline_with_fields()
    outline.sections[1].body += "\n{{ 单位 要切实负起责任。"
    path = tmp_path / "讲话.speech.json"
    save_outline(outline, path)
    result = run_cli("render", path, "-o", tmp_path / "讲话.txt")
    assert result.returncode == 0 and "字段“{{ 单位”少了“}}”" in result.stderr
    assert "{{ 单位 要切实负起责任。" in (tmp_path / "讲话.txt").read_text(encoding="utf-8")
    checked = json.loads(run_cli("check", path, "--json").stdout)["files"][0]["findings"]
    field = next(f for f in checked if f["kind"] == "field")
    assert field["text"] == "{{ 单位" and field["section"] == outline.sections[1].id and "少了“}}”" in field["message"]


def test_render_names_leftover_placeholders_and_sample_wording(tmp_path):
    from speechwriter.core.learn import bundled_structures

    structure = next(s for s in bundled_structures() if s.name == "领导讲话：回顾＋讲几点意见")
    outline_file = tmp_path / "新.speech.json"
    assert run_cli("new", "--structure", structure.id, "-o", outline_file).returncode == 0
    fields = ["--set", "标题=讲话", "--set", "日期=2025年12月26日", "--set", "单位=市应急管理局", "--set", "会议名称=年终总结会"]
    result = run_cli("render", outline_file, "-o", tmp_path / "新.docx", *fields)
    assert result.returncode == 0, result.stderr
    assert "处占位符或提示语" in result.stderr and "处范文原话" in result.stderr


def test_an_ignored_finding_saved_in_an_outline_stays_ignored(tmp_path):
    # 忽略 is stored in the .speech.json as "rule:words" (the contract's kind): outlines saved before
    # the rule was so named keep hiding what the clerk chose to ignore
    outline = sample_outline()
    outline.sections[1].body += "\n要认真布署。"
    path = tmp_path / "讲话.speech.json"
    save_outline(outline, path)
    before = json.loads(run_cli("check", path, "--json").stdout)["files"][0]["findings"]
    assert ("typo", "布署") in [(f["kind"], f["text"]) for f in before]
    data = json.loads(path.read_text(encoding="utf-8"))
    data["ignored"] = ["typo:布署"]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    after = json.loads(run_cli("check", path, "--json").stdout)["files"][0]["findings"]
    assert ("typo", "布署") not in [(f["kind"], f["text"]) for f in after] and len(after) == len(before) - 1
    assert all(list(f)[0] == "kind" for f in after)   # the contract's key, first as ever
