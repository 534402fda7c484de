"""`speechwriter library …` as a clerk or a script runs it: Chinese output, exit codes of the contract."""

from __future__ import annotations

import json

from tests.conftest import run_cli
from tests.library.conftest import SPEECH
from tests.library.engines import both_library, both_seeded  # noqa: F401 - every test here runs on both engines


def test_add_list_search_remove(tmp_path, seeded_file):
    folder = tmp_path / "讲稿"
    folder.mkdir()
    (folder / "安全生产.txt").write_text(SPEECH, encoding="utf-8")
    (folder / "坏文档.docx").write_bytes(b"not a zip")
    lib = ["--library", seeded_file]

    added = run_cli("library", "add", folder, *lib)
    assert added.returncode == 2  # one file failed: the script must notice
    assert "导入 1 个文件" in added.stdout and "坏文档.docx" in added.stdout
    assert "1 个文件未能导入" in added.stderr and "Traceback" not in added.stderr

    listed = json.loads(run_cli("library", "list", "--json", *lib).stdout)["speeches"]
    own = [s for s in listed if not s["bundled"]]
    assert [s["title"] for s in own] == ["在全县安全生产工作会议上的讲话"]
    assert own[0]["source"].endswith("安全生产.txt") and own[0]["keywords"]
    assert "在全县安全生产工作会议上的讲话" in run_cli("library", "list", *lib).stdout

    found = run_cli("library", "search", "森林防火", *lib)
    assert found.returncode == 0
    assert "【森林防火】" in found.stdout and "共找到 1 段" in found.stdout
    hits = json.loads(run_cli("library", "search", "安全生产", "--role", "结束", "--json", *lib).stdout)["hits"]
    assert [h["role"] for h in hits] == ["closing"]
    assert hits[0]["highlighted"].startswith("同志们，【安全生产】责任重于泰山")

    removed = run_cli("library", "remove", str(own[0]["id"]), *lib)
    assert removed.returncode == 0 and "已从素材库删除" in removed.stdout
    assert "没有找到" in run_cli("library", "search", "森林防火", *lib).stdout


def test_the_environment_names_the_library(tmp_path):
    target = tmp_path / "素材.sqlite3"
    result = run_cli("library", "list", "--json", env={"SPEECHWRITER_LIBRARY": str(target)})
    assert result.returncode == 0
    assert len(json.loads(result.stdout)["speeches"]) == 9 and target.is_file()


def test_bad_input_is_one_chinese_sentence_and_exit_2(tmp_path, seeded_file):
    lib = ["--library", seeded_file]
    for args, words in ((("library", "remove", "abc"), "讲稿编号应是数字"),
                        (("library", "remove", "99999"), "没有编号为 99999"),
                        (("library", "remove", "1"), "自带的范文"),
                        (("library", "search", "工作", "--role", "中间"), "段落角色"),
                        (("library", "search", "，"), "请输入要查找的词语")):
        result = run_cli(*args, *lib)
        assert result.returncode == 2, args
        assert words in result.stderr and "Traceback" not in result.stderr
    not_a_library = tmp_path / "讲话.txt"
    not_a_library.write_text(SPEECH, encoding="utf-8")
    result = run_cli("library", "list", "--library", not_a_library)
    assert result.returncode == 2 and "不是讲稿助手的素材库" in result.stderr
    assert not_a_library.read_text(encoding="utf-8") == SPEECH


def test_phrases_for_a_role(seeded_file):
    result = run_cli("library", "phrases", "开场", "--json", "--library", seeded_file)
    phrases = json.loads(result.stdout)["phrases"]
    assert any("{{ 会议名称 }}" in p["text"] and "会议名称" in p["fields"] for p in phrases)


def test_private_on_a_file_of_ones_own_is_said_to_mean_nothing(tmp_path, seeded_file):
    path = tmp_path / "安全生产.txt"
    path.write_text(SPEECH, encoding="utf-8")
    added = run_cli("library", "add", path, "--private", "--library", seeded_file)
    assert added.returncode == 0 and "导入 1 个文件" in added.stdout
    server = str(seeded_file).startswith("postgresql://")
    assert ("--private 只对单位服务器" in added.stderr) is not server   # on a server it does what it says
