"""Hole 6: no English inside Chinese messages — argparse, the operating system, SQLite, Jinja, jieba."""

from __future__ import annotations

import errno

import pytest

from speechwriter.errors import os_reason, sqlite_reason
from tests.hostile.conftest import assert_refused, english_words, run_limited
from tests.library.conftest import SPEECH


@pytest.mark.parametrize("args, words", [
    (["render"], ["缺少必需的参数"]),
    (["outline", "讲话.txt", "-o", "a.speech.json", "--part", "abc"], ["不是有效的整数"]),
    (["analyze", "--jsn", "a.txt"], ["无法识别的参数"]),
    (["librar"], ["无效的选项"]),
    (["new", "--structure", "a", "--from", "b", "-o", "c"], ["不能与参数"]),
    (["new", "-o", "c"], ["必须给出其中一个"]),
])
def test_command_line_mistakes_are_said_in_chinese(args, words):
    result = run_limited(*args)
    assert_refused(result, "用法：", *words, lines=6)
    assert "usage:" not in result.stderr and "error:" not in result.stderr


def test_help_is_in_chinese():
    result = run_limited("render", "--help")
    assert result.returncode == 0
    assert "显示帮助并退出" in result.stdout and "选项" in result.stdout
    assert "show this help" not in result.stdout and "options:" not in result.stdout


@pytest.mark.parametrize("number, reason", [(errno.ENOSPC, "磁盘空间不足"), (errno.EACCES, "没有权限"),
                                            (errno.EPERM, "不被允许"), (errno.ENOENT, "不存在"),
                                            (errno.EROFS, "只读"), (errno.EISDIR, "文件夹")])
def test_system_errors_have_chinese_reasons(number, reason):
    assert reason in os_reason(OSError(number, "English text from the system"))


def test_sqlite_errors_have_chinese_reasons():
    import sqlite3

    assert sqlite_reason(sqlite3.OperationalError("database or disk is full")) == "磁盘空间不足"
    assert not english_words(sqlite_reason(sqlite3.OperationalError("something new")))


def test_a_full_disk_is_said_in_chinese_and_leaves_nothing(tiny_disk, tmp_path):
    disk = tiny_disk("16k")
    outline = tmp_path / "提纲.speech.json"
    outline.write_text('{"format": "speechwriter-outline", "version": 2, "fields": {"标题": "讲话", "日期": "无", "称呼": "无"}, "sections": '
                       '[{"role": "key_points", "heading": "点", "body": "' + "要落实。" * 20000 + '"}]}',
                       encoding="utf-8")
    result = run_limited("render", outline, "-o", disk / "稿.txt")
    assert_refused(result, "磁盘空间不足")
    assert list(disk.iterdir()) == []


def test_permission_denied_is_said_in_chinese(tmp_path, monkeypatch, capsys):
    import os

    from speechwriter.cli import main

    real_open = os.open

    def refuse(path, flags, *args, **kwargs):
        if str(path).startswith(str(tmp_path / "out")):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    (tmp_path / "out").mkdir()
    speech = tmp_path / "讲话.txt"
    speech.write_text(SPEECH, encoding="utf-8")
    monkeypatch.setattr(os, "open", refuse)
    assert main(["outline", str(speech), "-o", str(tmp_path / "out" / "a.speech.json")]) == 2
    err = capsys.readouterr().err
    assert "权限" in err and not english_words(err), err


def test_jieba_says_nothing_when_its_cache_cannot_be_written(tmp_path):
    import os

    cache = tmp_path / "cache"
    (cache / "speechwriter" / "jieba.cache").mkdir(parents=True)  # where the cache file should go
    speech = tmp_path / "讲话.txt"
    speech.write_text(SPEECH, encoding="utf-8")
    result = run_limited("analyze", speech, env={"XDG_CACHE_HOME": str(cache)})
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and not english_words(result.stderr), result.stderr
    assert os.path.isdir(cache / "speechwriter" / "jieba.cache")
