"""Issue 19, the files a clerk may be handed: a 2 KB-shaped .docx whose list number repeats `%1`
200,000 times, damaged .docx (bad deflate data, an encrypted member, a body of another root), a
Word template without some of its parts, a zip bomb or 600,000 styles as --reference, 100 or
more items numbered 一、二、…, a UTF-8 speech with stray NUL bytes, a .dotx."""

from __future__ import annotations

import pytest

from speechwriter.core import docx_text
from speechwriter.core.numerals import chinese_numeral, numeral_or_digits
from tests.hostile import makers
from tests.hostile.conftest import assert_refused, english_words, run_limited

DAMAGED = {"bad-deflate": makers.bad_deflate_docx, "encrypted-member": makers.encrypted_member_docx,
           "wrong-root": makers.wrong_root_docx}
WORDS = {"bad-deflate": "损坏", "encrypted-member": "加密", "wrong-root": "正文"}


@pytest.mark.parametrize("command", ["analyze", "check", "outline"])
def test_a_list_number_of_200000_percent_ones_is_read_as_the_speech(tmp_path, command):
    path = makers.percent_docx(tmp_path / "编号.docx")
    args = [command, path] + (["-o", tmp_path / "新.speech.json", "--part", "1"] if command == "outline" else [])
    result = run_limited(*args)
    assert result.returncode == 0, result.stderr[-500:]
    assert len(result.stdout) < 200_000   # the paragraphs' own text, not 400 numbers of 200,000 characters
    if command == "analyze":
        assert "安全生产" in result.stdout and "一一一一" not in result.stdout


def test_a_list_number_of_200000_percent_ones_goes_into_the_library(tmp_path):
    path = makers.percent_docx(tmp_path / "编号.docx")
    result = run_limited("library", "add", path, "--library", tmp_path / "lib" / "library.sqlite3")
    assert result.returncode == 0, result.stderr[-500:]
    assert "导入 1 个文件" in result.stdout


@pytest.mark.parametrize("damage", DAMAGED)
@pytest.mark.parametrize("command", ["analyze", "check", "outline"])
def test_a_damaged_docx_is_refused_in_chinese(tmp_path, damage, command):
    path = DAMAGED[damage](tmp_path / "坏.docx")
    args = [command, path] + (["-o", tmp_path / "新.speech.json"] if command == "outline" else [])
    assert_refused(run_limited(*args), "坏.docx", WORDS[damage])
    assert not (tmp_path / "新.speech.json").exists()


def test_one_damaged_docx_in_a_samples_folder_is_skipped_with_a_warning(tmp_path):
    folder = tmp_path / "范文"
    folder.mkdir()
    makers.bad_deflate_docx(folder / "坏.docx")
    (folder / "好.docx").write_bytes(makers.speech_docx_bytes())
    result = run_limited("structures", "--samples", folder, "--json")
    assert result.returncode == 0, result.stderr
    assert "坏.docx" in result.stderr and "已跳过" in result.stderr and not english_words(result.stderr)
    assert "好.docx" in result.stdout


def test_a_word_template_dotx_is_read(tmp_path):
    data = makers.rezip(makers.speech_docx_bytes(), lambda name, content: content.replace(
        b"wordprocessingml.document.main+xml", b"wordprocessingml.template.main+xml")
        if name == "[Content_Types].xml" else content)
    path = tmp_path / "讲话.dotx"
    path.write_bytes(data)
    result = run_limited("analyze", path)
    assert result.returncode == 0, result.stderr
    assert "安全生产" in result.stdout


def test_a_utf8_speech_with_a_few_nul_bytes_is_read(tmp_path):
    path = tmp_path / "讲话.txt"
    path.write_bytes(makers.SPEECH.replace("今天，", "今天，\x00").encode("utf-8") + b"\x00")
    result = run_limited("analyze", path)
    assert result.returncode == 0, result.stderr
    assert "安全生产" in result.stdout


@pytest.mark.parametrize("member", ["word/fontTable.xml", "word/settings.xml", "word/styles.xml",
                                    "word/numbering.xml", "word/theme/theme1.xml", "word/webSettings.xml",
                                    "docProps/core.xml"])
def test_a_reference_template_without_a_part_still_renders(tmp_path, member, outline_file):
    template = makers.without_member_docx(tmp_path / "模板.docx", member)
    result = run_limited("render", outline_file, "-o", tmp_path / "稿.docx", "--reference", template)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "稿.docx").stat().st_size > 0


@pytest.mark.parametrize("make, word", [(makers.zip_bomb_docx, "太大"),
                                        (makers.many_styles_docx, "太大"),
                                        (makers.bad_deflate_docx, "损坏"),
                                        (makers.encrypted_member_docx, "加密")],
                         ids=["zip-bomb", "600000-styles", "bad-deflate", "encrypted"])
def test_a_hostile_reference_is_refused_before_it_is_inflated(tmp_path, make, word, outline_file):
    template = make(tmp_path / "模板.docx")
    assert_refused(run_limited("render", outline_file, "-o", tmp_path / "稿.docx", "--reference", template), word)
    assert not (tmp_path / "稿.docx").exists()


def test_a_compact_template_of_too_many_styles_is_refused(tmp_path, outline_file):
    style = b'<w:style w:type="paragraph" w:styleId="s%d"/>'
    data = makers.rezip(makers.speech_docx_bytes(), lambda name, content: content.replace(
        b"</w:styles>", b"".join(style % i for i in range(20_000)) + b"</w:styles>")
        if name == "word/styles.xml" else content)
    template = tmp_path / "模板.docx"
    template.write_bytes(data)
    assert_refused(run_limited("render", outline_file, "-o", tmp_path / "稿.docx", "--reference", template), "样式")


def test_checked_package_keeps_a_sound_docx_byte_identical():
    data = makers.speech_docx_bytes()
    assert docx_text.checked_package(data, "讲话.docx") == data


def test_check_reads_120_items_numbered_in_chinese(tmp_path):
    path = tmp_path / "多条.txt"
    lines = ["关于抓好工作落实的讲话", "同志们："] + [f"{chinese_numeral(i)}、要抓好第{i}项工作的落实。" for i in range(1, 121)]
    path.write_text("\n".join(lines), encoding="utf-8")
    result = run_limited("check", path, "--json")
    assert result.returncode == 0, result.stderr
    assert '"numbering"' not in result.stdout   # 一百一十一、 follows 一百一十、: no gap, no error


def test_gapped_numbering_past_one_hundred_is_suggested_right(tmp_path):
    path = tmp_path / "跳号.txt"
    numbers = [*range(1, 102), 103]
    lines = ["关于抓好工作落实的讲话", "同志们："] + [f"{chinese_numeral(i)}、要抓好第{i}项工作的落实。" for i in numbers]
    path.write_text("\n".join(lines), encoding="utf-8")
    result = run_limited("check", path)
    assert result.returncode == 0, result.stderr
    assert "一百零二、" in result.stdout


def test_numerals_past_the_chinese_range_are_digits():
    assert [numeral_or_digits(n) for n in (1, 100, 101, 110, 9999, 10000, 0)] == \
        ["一", "一百", "一百零一", "一百一十", "九千九百九十九", "10000", "0"]
