"""Hole 7: wrong input is refused instead of silently accepted; odd but valid encodings are read."""

from __future__ import annotations

import errno
import os

import pytest

from speechwriter.cli import main
from tests.hostile.conftest import assert_refused, run_limited
from tests.library.conftest import SPEECH

CHINESE_ONLY = "在全市工作会议上的讲话。同志们：今天召开会议，主要任务是部署工作。要抓好落实。谢谢大家！"


def test_part_zero_is_refused(tmp_path):
    speech = tmp_path / "讲话.txt"
    speech.write_text(SPEECH, encoding="utf-8")
    for part in ("0", "-1"):
        assert_refused(run_limited("outline", speech, "-o", tmp_path / "a.speech.json", "--part", part), "--part")
    assert not (tmp_path / "a.speech.json").exists()


def test_a_samples_folder_that_cannot_be_read_is_refused(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "范文"
    folder.mkdir()
    real_scandir = os.scandir

    def refuse(path="."):
        if os.fspath(path) == str(folder):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", refuse)
    assert main(["structures", "--samples", str(folder)]) == 2
    err = capsys.readouterr().err
    assert "无法读取范文文件夹" in err and "没有权限" in err


def test_a_missing_samples_folder_is_refused(tmp_path):
    assert_refused(run_limited("structures", "--samples", tmp_path / "没有"), "不存在")


@pytest.mark.parametrize("text", [SPEECH, "同志们：要抓好落实，确保工作见效。", "讲话稿"], ids=["speech", "no-ascii", "short"])
@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_read(tmp_path, text, encoding):
    path = tmp_path / "讲话.txt"
    path.write_bytes(text.encode(encoding))
    result = run_limited("analyze", path, "--json")
    assert result.returncode == 0, result.stderr
    assert text.splitlines()[-1][-3:] in result.stdout


@pytest.mark.parametrize("text", ["①加强领导。", "同志们：\n①加强领导，落实责任。\n②严格考核。", "同志们：①②③④⑤要落实。"])
def test_a_short_gbk_text_with_circled_numbers_is_read(tmp_path, text):
    path = tmp_path / "短.txt"
    path.write_bytes(text.encode("gbk"))
    result = run_limited("analyze", path, "--json")
    assert result.returncode == 0, result.stderr
    assert "①" in result.stdout and text.splitlines()[-1][-4:] in result.stdout


def test_ids_beyond_sqlite_integers_are_refused(tmp_path):
    library = tmp_path / "library.sqlite3"
    assert_refused(run_limited("library", "remove", str(2 ** 64), "--library", library), "没有编号")
    result = run_limited("library", "search", "工作", "--limit", str(10 ** 30), "--library", library)
    assert result.returncode == 0, result.stderr
