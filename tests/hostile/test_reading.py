"""Hole 3: odd files cannot hang the reader or eat memory: only regular files are read, within the
size limits the README states, checked before anything is inflated or parsed."""

from __future__ import annotations

import zipfile

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from speechwriter.core import docx_text, reader
from tests.hostile.conftest import assert_refused, run_limited
from tests.library.conftest import SPEECH

W = nsdecls("w")


def test_a_named_pipe_is_refused_not_waited_on(tmp_path, fifo):
    assert_refused(run_limited("analyze", fifo), "不是普通文件")
    assert_refused(run_limited("outline", fifo, "-o", tmp_path / "a.speech.json"), "不是普通文件")
    assert not (tmp_path / "a.speech.json").exists()


def test_a_folder_import_with_a_pipe_in_it_goes_on(tmp_path, fifo):
    (tmp_path / "讲话.txt").write_text(SPEECH, encoding="utf-8")
    result = run_limited("library", "add", tmp_path, "--library", tmp_path / "lib" / "library.sqlite3")
    assert result.returncode == 2, result.stderr
    assert "不是普通文件" in result.stdout and "导入 1 个文件" in result.stdout


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_device_is_refused(device):
    assert_refused(run_limited("analyze", device), "不是普通文件")


def test_a_folder_is_refused(tmp_path):
    assert_refused(run_limited("analyze", tmp_path), "文件夹")


def test_an_oversized_text_is_refused(tmp_path):
    path = tmp_path / "大.txt"
    path.write_bytes("在全市工作会议上的讲话。\n".encode() * (reader.MAX_TEXT_BYTES // 34 + 10))
    assert_refused(run_limited("analyze", path), "太大")


def test_a_text_of_too_many_paragraphs_is_refused(tmp_path):
    path = tmp_path / "多段.txt"
    path.write_text("讲话。\n" * (reader.MAX_PARAGRAPHS + 1), encoding="utf-8")
    assert_refused(run_limited("analyze", path), "段落超过")


def _speech_docx(path, *, numbering: str = "", ilvl: str = "0"):
    document = docx.Document()
    if numbering:
        element = document.part.numbering_part.element
        element.insert(0, parse_xml(f'<w:abstractNum {W} w:abstractNumId="90">{numbering}</w:abstractNum>'))
        element.append(parse_xml(f'<w:num {W} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    for line in SPEECH.splitlines():
        paragraph = document.add_paragraph(line)
        if numbering and line.startswith(("一、", "二、", "三、")):
            paragraph._p.get_or_add_pPr().append(
                parse_xml(f'<w:numPr {W}><w:ilvl w:val="{ilvl}"/><w:numId w:val="90"/></w:numPr>'))
    document.save(path)
    return path


def test_a_huge_list_level_is_read_quickly(tmp_path):
    path = _speech_docx(tmp_path / "层级.docx", ilvl="100000000",
                        numbering='<w:lvl w:ilvl="100000000"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                                  '<w:lvlText w:val="%1."/></w:lvl>')
    result = run_limited("analyze", path)
    assert result.returncode == 0, result.stderr
    assert "安全生产" in result.stdout


@pytest.mark.parametrize("numbering", [
    '<w:lvl w:ilvl="0"><w:start w:val="abc"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>',
    '<w:lvl w:ilvl="x"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>',
    '<w:lvl w:ilvl="99999999999999999999"><w:start w:val="-5"/><w:numFmt/><w:lvlText/></w:lvl>',
], ids=["start-abc", "ilvl-x", "ilvl-huge"])
def test_odd_numbering_values_are_read_not_fatal(tmp_path, numbering):
    path = _speech_docx(tmp_path / "编号.docx", numbering=numbering)
    result = run_limited("analyze", path)
    assert result.returncode == 0, result.stderr
    assert "安全生产" in result.stdout
    samples = tmp_path / "范文"
    samples.mkdir()
    path.rename(samples / path.name)
    structures = run_limited("structures", "--samples", samples)
    assert structures.returncode == 0, structures.stderr


def test_a_docx_that_inflates_beyond_the_limit_is_refused_before_inflating(tmp_path):
    path = tmp_path / "炸弹.docx"
    base = _speech_docx(tmp_path / "base.docx")
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            if item.filename == "word/styles.xml":
                with target.open(item.filename, "w", force_zip64=True) as handle:
                    handle.write(b"<w:styles>")
                    chunk = b" " * (1 << 20)
                    for _ in range(docx_text.MAX_XML_BYTES // len(chunk) + 1):
                        handle.write(chunk)
            else:
                target.writestr(item, source.read(item.filename))
    assert path.stat().st_size < 1 << 20
    assert_refused(run_limited("analyze", path), "太大")


def test_a_docx_of_too_many_paragraphs_is_refused(tmp_path):
    base = _speech_docx(tmp_path / "base.docx")
    path = tmp_path / "多段.docx"
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                many = b"<w:p><w:r><w:t>\xe6\xae\xb5</w:t></w:r></w:p>" * reader.MAX_PARAGRAPHS
                data = data.replace(b"<w:body>", b"<w:body>" + many, 1)
            target.writestr(item, data)
    assert_refused(run_limited("analyze", path), "段落超过")
