"""Bad input through the command line, as a clerk would meet it: one Chinese sentence, exit 2."""

import os
import re
import zipfile

import pytest

from tests.conftest import run_cli

CHINESE = re.compile(r"[\u4e00-\u9fff]")


def assert_clear_refusal(result, *words):
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert CHINESE.search(result.stderr), result.stderr
    for word in words:
        assert word in result.stderr
    assert result.stdout == ""


def test_empty_file(tmp_path):
    path = tmp_path / "空.txt"
    path.write_bytes(b"")
    assert_clear_refusal(run_cli("analyze", path), "空.txt", "空的")


def test_binary_file(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(bytes(range(256)) * 40)
    assert_clear_refusal(run_cli("analyze", path), "不是文本文件")


def test_docx_that_is_not_a_zip(tmp_path):
    path = tmp_path / "讲话.docx"
    path.write_text("这其实是纯文本，只是改了扩展名。", encoding="utf-8")
    assert_clear_refusal(run_cli("analyze", path), "讲话.docx", "不是有效的 Word 文档")


def test_zip_that_is_not_a_docx(tmp_path):
    path = tmp_path / "压缩包.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    assert_clear_refusal(run_cli("analyze", path), "不是 Word 文档")


def test_old_word_format(tmp_path):
    path = tmp_path / "旧稿.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 100)
    assert_clear_refusal(run_cli("analyze", path), "另存为 .docx")


def test_gbk_file_is_read_not_refused(tmp_path):
    path = tmp_path / "gbk.txt"
    path.write_bytes("在全市工作会议上的讲话\n同志们：\n今天，我们召开全市工作会议。\n谢谢大家！\n".encode("gbk"))
    result = run_cli("analyze", path, "--json")
    assert result.returncode == 0, result.stderr
    assert "在全市工作会议上的讲话" in result.stdout


def test_file_of_fifty_megabytes(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: no need to write 50 MB to disk
    assert_clear_refusal(run_cli("analyze", path), "太大")


def test_file_without_chinese(tmp_path):
    path = tmp_path / "english.txt"
    path.write_text("Ladies and gentlemen, thank you.\n", encoding="utf-8")
    assert_clear_refusal(run_cli("analyze", path), "没有中文")


def test_missing_path(tmp_path):
    assert_clear_refusal(run_cli("analyze", tmp_path / "不存在.txt"), "找不到", "不存在.txt")


def test_a_folder_instead_of_a_file(tmp_path):
    assert_clear_refusal(run_cli("analyze", tmp_path), "文件夹")


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_unreadable_file(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text("同志们：今天开会。", encoding="utf-8")
    path.chmod(0)
    if os.access(path, os.R_OK):  # root reads anything: use a path that cannot be opened instead
        path = tmp_path / "locked.txt" / "inside.txt"
        assert_clear_refusal(run_cli("analyze", path), "inside.txt")
    else:
        assert_clear_refusal(run_cli("analyze", path), "权限")


def test_one_bad_file_among_good_ones_still_fails_clearly(tmp_path, samples_dir):
    good = samples_dir / "000_32bc476c12bb423b.txt"
    assert_clear_refusal(run_cli("analyze", good, tmp_path / "missing.txt"), "missing.txt")


def test_unknown_option_is_refused_in_chinese():
    result = run_cli("analyze", "--colour")
    assert result.returncode == 2
    assert "参数" in result.stderr
