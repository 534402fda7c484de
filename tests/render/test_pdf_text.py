"""The PDF of a long real speech, under each Chinese font clerks have (Noto CJK, WenQuanYi): its text
layer is what the clerk wrote — what copy, search and pdftotext give equals the .docx's text, with no
Kangxi radicals (Noto CJK draws 工 and ⼯ with one glyph) —, it is tagged (a screen reader reads the
.docx's paragraphs, headings as headings), and 避头尾 holds on every printed line."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from tests.cjk_fonts import CJK_FONTS, fontconfig_env, only_font_in_pdf
from tests.conftest import SHARED, run_cli

pytestmark = pytest.mark.skipif(not (shutil.which("pdftotext") and shutil.which("pdffonts")),
                                reason="pdftotext/pdffonts 未安装：apt-get install poppler-utils")

CORPUS_SPEECH = "19.txt"  # the longest speech of the labelled corpus (~17 000 characters, 20 pages)
NO_LINE_START = "，。、；：？！”）》"
NO_LINE_END = "“（《"


def _radicals(text: str) -> set[str]:
    return {ch for ch in text if 0x2E80 <= ord(ch) <= 0x2FDF}


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", re.sub(r"—\s*\d+\s*—", "", text))


def _pdftotext(path, *options) -> str:
    return subprocess.run(["pdftotext", *options, str(path), "-"], check=True, capture_output=True, text=True).stdout


def _docx_paragraphs(path) -> list[str]:
    import docx

    return [p.text for p in docx.Document(str(path)).paragraphs if p.text.strip()]


def _tagged(pdf) -> list[tuple[str, str]]:
    """(structure type, text) of each element of the PDF's tag tree, as a screen reader reads it."""
    listing = subprocess.run(["pdfinfo", "-struct-text", str(pdf)], check=True, capture_output=True, text=True).stdout
    elements: list[tuple[str, str]] = []
    for line in listing.splitlines():
        if line.startswith("  ") and not line.startswith("    "):
            elements.append((line.split()[0], ""))
        elif line.startswith('    "') and elements:
            elements[-1] = (elements[-1][0], elements[-1][1] + line.strip()[1:-1])
    return elements


@pytest.fixture(scope="module")
def speech(tmp_path_factory):
    """The corpus speech made an outline, as a clerk reuses an old speech."""
    corpus = SHARED / "corpus"
    if not (corpus / CORPUS_SPEECH).is_file():
        pytest.skip("../shared/corpus (the labelled corpus) is not here")
    folder = tmp_path_factory.mktemp("speech")
    source = folder / "讲话.speech.json"
    result = run_cli("outline", corpus / CORPUS_SPEECH, "-o", source)
    assert result.returncode == 0, result.stderr
    return source


@pytest.mark.parametrize("font", list(CJK_FONTS))
def test_pdf_text_is_the_docx_text_under_each_font(font, speech, tmp_path):
    env = fontconfig_env(font, tmp_path)
    for suffix in (".pdf", ".docx"):
        result = run_cli("render", speech, "-o", tmp_path / f"讲话{suffix}", "--set", "日期=2026年3月15日", env=env)
        assert result.returncode == 0, result.stderr
    pdf = tmp_path / "讲话.pdf"
    assert only_font_in_pdf(pdf, font)  # the font meant, not another one installed here
    text = _pdftotext(pdf)
    assert not _radicals(text), sorted(_radicals(text))
    paragraphs = _docx_paragraphs(tmp_path / "讲话.docx")
    docx_text = _flat("".join(paragraphs))
    assert len(docx_text) > 15000
    assert _flat(text) == docx_text
    # tagged: the tag tree is the manuscript's paragraphs in order, the title and headings as H1, H2 …
    tagged = _tagged(pdf)
    assert [_flat(t) for _, t in tagged] == [_flat(p) for p in paragraphs]
    assert tagged[0] == ("H1", _flat(paragraphs[0])) and {"P", "H2"} <= {kind for kind, _ in tagged}
    assert "工作" in text and "人民" in text  # what a clerk would search for
    # 避头尾, as printed: no line opens with a closing mark, none ends with an opening one
    lines = [line.strip() for line in _pdftotext(pdf, "-layout").splitlines() if line.strip()]
    assert len(lines) > 500
    assert [line for line in lines if line[0] in NO_LINE_START or line[-1] in NO_LINE_END] == []


def test_pdf_is_tagged_and_names_its_language(speech, tmp_path):
    pdf = tmp_path / "讲话.pdf"
    assert run_cli("render", speech, "-o", pdf, "--set", "日期=2026年3月15日").returncode == 0
    assert b"/Lang (zh-CN)" in pdf.read_bytes()
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Tagged:\s+yes$", info, re.M) and re.search(r"^Pages:\s+\d\d$", info, re.M), info


# characters Noto CJK draws with the glyph of a radical (⼯ ⽣ ⼈ ⼤ ⼆ ⼗ are Kangxi radicals, ⻅ ⻓ ⻔ ⻋ ⻆
# of the CJK Radicals Supplement, which have no compatibility decomposition)
SHARED_GLYPHS = "工作生产人民大会二十见长门车角"


@pytest.mark.parametrize("font", list(CJK_FONTS))
def test_every_font_role_writes_the_characters_drawn(font, tmp_path):
    """Title (宋), subtitle and date (楷), headings of four levels (黑, 楷, bold 仿宋), run-in and body:
    each role comes from another face or fall-back, and each font's map is mended."""
    from speechwriter.outline.io import save_outline
    from speechwriter.outline.tree import Outline, Section
    from speechwriter.render import render_blocks

    text = SHARED_GLYPHS + ("𠮷" if font == "noto" else "")  # beyond U+FFFF: only Noto CJK has it here
    outline = Outline(
        fields={"标题": f"在{text}上的讲话", "副标题": f"——{text}", "讲话人": "王见长", "日期": "2026年1月1日",
                "称呼": "同志们："},
        numbering=["一、", "（一）", "1.", "（1）"],
        sections=[Section("opening", body=f"今天{text}。"),
                  Section("key_points", f"{text}一", f"{text}。", children=[
                      Section("key_points", f"{text}二", f"{text}。", children=[
                          Section("key_points", f"{text}三", f"{text}。", children=[
                              Section("key_points", f"{text}四", f"{text}。")])])])])
    source = tmp_path / "字.speech.json"
    save_outline(outline, source)
    result = run_cli("render", source, "-o", tmp_path / "字.pdf", env=fontconfig_env(font, tmp_path))
    assert result.returncode == 0, result.stderr
    assert only_font_in_pdf(tmp_path / "字.pdf", font)
    printed = _pdftotext(tmp_path / "字.pdf")
    assert not _radicals(printed), sorted(_radicals(printed))
    assert _flat(printed) == _flat("".join(b.plain() for b in render_blocks(outline)))


def _tiny_pdf() -> bytes:
    """A one-page PDF laid out as Qt writes its files: numbered objects and one xref table."""
    objects = [b"<<\n/Type /Catalog\n/Pages 2 0 R\n>>", b"<<\n/Type /Pages\n/Kids [3 0 R]\n/Count 1\n>>",
               b"<<\n/Type /Page\n/Parent 2 0 R\n/MediaBox [0 0 595 842]\n>>"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 4\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<<\n/Size 4\n/Root 1 0 R\n>>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def test_the_pdf_editor_writes_a_file_readers_take_without_repair(tmp_path):
    from speechwriter.paint.pdf_file import QtPdf

    pdf = QtPdf(_tiny_pdf())
    assert pdf.pages() == [3]
    pdf.add_to_dictionary(pdf.root(), b"/Lang (zh-CN)")
    added = pdf.add(b"<< /Note (added) >>")
    pdf.set_stream(added, b"BT ET")
    path = tmp_path / "edited.pdf"
    path.write_bytes(pdf.write())
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True)
    assert info.returncode == 0 and "Pages:           1" in info.stdout
    again = QtPdf(path.read_bytes())
    # every entry of the new cross-reference table points at its object (readers seek there)
    assert all(again.data.startswith(b"%d 0 obj" % n, start) for n, (start, _) in again.spans.items())
    assert sorted(again.spans) == [1, 2, 3, added]
    assert again.stream(added) == b"BT ET" and b"/Lang (zh-CN)" in again.dictionary(again.root())


def test_a_pdf_not_laid_out_as_qt_writes_is_left_as_it_is():
    from speechwriter.paint.pdf_text import Painted, fix_text_layer

    odd = b"%PDF-1.5\n1 0 obj\n<< /Type /XRef >>\nendobj\nstartxref\n9\n%%EOF\n"  # a cross-reference stream
    assert fix_text_layer(odd, Painted()) == odd
