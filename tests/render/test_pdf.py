"""`render -o X.pdf`: the same blocks on the same grid as the .docx, checked against LibreOffice's
rendering of that .docx with pdftotext/pdffonts (skips when they are missing), under Noto CJK and under
WenQuanYi alone (both for our PDF and for LibreOffice: tests/cjk_fonts.py)."""

import os
import re
import shutil
import subprocess

import pytest

from speechwriter.outline.io import save_outline
from speechwriter.outline.tree import Outline, Section
from speechwriter.render import render_blocks, to_html
from speechwriter.render.blocks import title_lines
from tests.cjk_fonts import CJK_FONTS, fontconfig_env
from tests.conftest import run_cli
from tests.render.docx_xml import NS, xml
from tests.render.test_libreoffice import _outline

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
POPPLER = shutil.which("pdftotext") and shutil.which("pdffonts")
needs_poppler = pytest.mark.skipif(not POPPLER, reason="pdftotext/pdffonts 未安装：apt-get install poppler-utils")
needs_lo = pytest.mark.skipif(not SOFFICE, reason="LibreOffice 未安装：apt-get install libreoffice-writer-nogui")

TITLES = ["在全市安全生产暨消防工作电视电话会议上的讲话",                      # 22
          "在中国共产党某某市第十三届委员会第五次全体会议上的讲话",            # 27
          "在全市深入学习贯彻党的二十大精神暨推进高质量发展动员大会上的讲话",  # 31
          "关于进一步加强和改进新时代机关党的建设推动全面从严治党向纵深发展的情况汇报"]  # 36


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", re.sub(r"—\s*\d+\s*—", "", text))


def _pdftotext(path, layout=False) -> str:
    args = ["pdftotext"] + (["-layout"] if layout else []) + [str(path), "-"]
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


@pytest.fixture(scope="module", params=list(CJK_FONTS))
def rendered(request, tmp_path_factory):
    """The manuscript as .pdf and .docx, under each Chinese font (Noto CJK, WenQuanYi) alone."""
    folder = tmp_path_factory.mktemp("pdf")
    env = fontconfig_env(request.param, folder)
    outline = _outline()
    outline.fields["标题"] = TITLES[1]
    outline.sections[0].body += "\n2026年全市完成投资1234.5亿元，同比增长5.2%，GDP总量迈上新台阶。"
    source = folder / "讲话.speech.json"
    save_outline(outline, source)
    for suffix in (".pdf", ".docx"):
        result = run_cli("render", source, "-o", folder / f"讲话{suffix}", env=env)
        assert result.returncode == 0, result.stderr
    return folder, outline, env


@needs_poppler
def test_pdf_text_equals_the_manuscript_and_fonts_are_embedded(rendered):
    folder, outline, _ = rendered
    text = _flat(_pdftotext(folder / "讲话.pdf"))
    assert text == _flat("".join(b.plain() for b in render_blocks(outline)))
    fonts = subprocess.run(["pdffonts", str(folder / "讲话.pdf")], check=True, capture_output=True, text=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(row.split()[-5] == "yes" for row in rows), fonts  # the "emb" column


@needs_poppler
@needs_lo
def test_pdf_matches_libreoffice_rendering_of_the_docx(rendered, tmp_path):
    folder, _, env = rendered  # LibreOffice sees the same one font
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(folder / "讲话.docx")], check=True, capture_output=True, timeout=240,
                   env={**os.environ, **env})
    ours, theirs = _pdftotext(folder / "讲话.pdf", True), _pdftotext(tmp_path / "讲话.pdf", True)
    assert _flat(ours) == _flat(theirs)
    ours_pages, their_pages = ours.count("\f"), theirs.count("\f")
    assert abs(ours_pages - their_pages) <= 1, (ours_pages, their_pages)
    # the same lines: every printed line of ours is a line of LibreOffice's (page numbers aside)
    lines = lambda text: [_flat(line) for line in text.splitlines() if _flat(line)]  # noqa: E731
    same = len(set(lines(ours)) & set(lines(theirs))) / len(set(lines(ours)))
    assert same > 0.9, same


def _jieba_cuts(text):
    from speechwriter.core.tokens import cut

    cuts, position = set(), 0
    for word in cut(text):
        position += len(word)
        cuts.add(position)
    return cuts


def _check_title(title, lines):
    assert "".join(lines) == title
    assert len(lines) >= 2 and min(map(len, lines)) >= 4, lines
    cuts = _jieba_cuts(title)
    position = 0
    for line in lines[:-1]:
        position += len(line)
        assert position in cuts, f"broken inside a word: {lines}"
    lengths = [len(line) for line in lines]
    peak = lengths.index(max(lengths))  # 梯形 (longest first) or 菱形 (longest in the middle)
    assert lengths[:peak + 1] == sorted(lengths[:peak + 1]) and lengths[peak:] == sorted(lengths[peak:], reverse=True)
    if len(lines) == 2:
        assert lengths[0] >= lengths[1]


@pytest.mark.parametrize("title", TITLES)
def test_balanced_title_in_preview_docx_and_pdf(title, tmp_path):
    from speechwriter.render import docx_bytes

    outline = Outline(fields={"标题": title, "日期": "2026年1月1日", "称呼": "同志们："},
                      sections=[Section("opening", body="正文。")])
    lines = title_lines(title, 20)
    _check_title(title, lines)
    # preview
    html = to_html(outline)
    shown = re.search(r'<p class="title">(.*?)</p>', html).group(1).split("<br>")
    assert shown == lines
    # .docx: the title paragraph's runs, broken by w:br
    document = xml(docx_bytes(render_blocks(outline)), "word/document.xml")
    first = document.find(".//w:body/w:p", NS)
    pieces, current = [], ""
    for run in first.findall("w:r", NS):
        if run.find("w:br", NS) is not None:
            pieces.append(current)
            current = ""
        current += "".join(t.text for t in run.findall("w:t", NS))
    assert pieces + [current] == lines


@needs_poppler
def test_balanced_title_in_the_pdf(tmp_path):
    source = tmp_path / "t.speech.json"
    outline = Outline(fields={"标题": TITLES[2], "日期": "2026年1月1日", "称呼": "同志们："},
                      sections=[Section("opening", body="正文。")])
    save_outline(outline, source)
    assert run_cli("render", source, "-o", tmp_path / "t.pdf").returncode == 0
    printed = [line.strip() for line in _pdftotext(tmp_path / "t.pdf", True).splitlines() if line.strip()]
    assert printed[:2] == title_lines(TITLES[2], 20)


def test_forced_break_in_the_title_field_is_kept():
    outline = Outline(fields={"标题": "在全市安全生产工作会议\n上的讲话", "日期": "2026年1月1日", "称呼": "同志们："},
                      sections=[Section("opening", body="正文。")])
    title = next(b for b in render_blocks(outline) if b.kind == "title")
    assert title_lines(title.text, 20) == ["在全市安全生产工作会议", "上的讲话"]


def test_large_print_pdf_has_more_pages(tmp_path):
    # through the CLI: a QGuiApplication made in this process would stand in the way of the GUI tests
    outline = _outline()
    save_outline(outline, tmp_path / "a.speech.json")
    outline.layout = {"large_print": True}
    save_outline(outline, tmp_path / "b.speech.json")
    for name in ("a", "b"):
        result = run_cli("render", tmp_path / f"{name}.speech.json", "-o", tmp_path / f"{name}.pdf")
        assert result.returncode == 0, result.stderr
    pages = lambda p: len(re.findall(rb"/Type\s*/Page[^s]", p.read_bytes()))  # noqa: E731
    assert pages(tmp_path / "b.pdf") > pages(tmp_path / "a.pdf") > 1
