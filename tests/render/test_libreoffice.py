"""Real client: LibreOffice opens the .docx, lays it out, and pdftotext reads the result back.

Skips (with the reason) when soffice or pdftotext is not installed; `.ci/run` installs both
(libreoffice-writer-nogui, poppler-utils, fonts-wqy-microhei).
"""

import math
import re
import shutil
import subprocess

import pytest

from speechwriter.outline.tree import Outline, Section
from speechwriter.render import LayoutOptions, export_docx, render_blocks

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFTOTEXT = shutil.which("pdftotext")
pytestmark = pytest.mark.skipif(not (SOFFICE and PDFTOTEXT),
                                reason="LibreOffice (soffice) 或 pdftotext 未安装：apt-get install libreoffice-writer-nogui poppler-utils")

HAN = "国家富强民族振兴人民幸福团结奋斗开拓创新务实担当砥砺前行攻坚克难"  # 32 distinct Han characters


def _text(n: int, start: int) -> str:
    """n Han characters ending in 。 — no commas, so line breaking is plain arithmetic."""
    body = "".join(HAN[(start + i) % len(HAN)] for i in range(n - 1))
    return body + "。"


def _outline() -> Outline:
    # each paragraph: 2-character indent + 54 characters = exactly two 28-character lines
    sections = [Section("opening", body="\n".join(_text(54, i) for i in range(3)))]
    for n in range(1, 7):
        children = [Section("key_points", f"第{n}{k}小点{HAN[k:k + 4]}", "\n".join(_text(54, n + k + j) for j in range(2)))
                    for k in range(2)]
        sections.append(Section("key_points", f"要点{HAN[n:n + 6]}", _text(54, n), children))
    sections.append(Section("closing", body=_text(54, 9)))
    return Outline(fields={"标题": "在全市工作会议上的讲话", "讲话人": "王明", "日期": "2026年11月21日", "称呼": "同志们："},
                   sections=sections)


def _lines(block) -> int:
    if block.kind in ("title", "meta", "salutation"):
        return 1
    return math.ceil((2 + len(block.plain())) / 28)


def expected_pages(blocks) -> list[int]:
    """Printed lines per page on a 22-line grid: one blank line before the first speaker/date line
    and before the salutation; a heading never stays alone on the last line (keep with next)."""
    pages, line = [0], 0
    previous = None
    for block in blocks:
        if block.kind == "salutation" or (block.kind == "meta" and previous in ("title", "subtitle")):
            line += 1
        if block.kind == "heading" and line % 22 == 21:
            line += 1
        for _ in range(_lines(block)):
            if line // 22 >= len(pages):
                pages.append(0)
            pages[line // 22] += 1
            line += 1
        previous = block.kind
    return pages


FONT_SETS = {"公文字体": "公文字体", "系统自带": "系统自带", "方正GBK": "方正GBK",
             # an office's own faces on 29.5 pt lines: still 22 lines (the bottom margin gives way)
             "自定义": LayoutOptions(fonts="自定义", body_font="仿宋", title_font="华文中宋", line_spacing=29.5)}


@pytest.fixture(scope="module", params=sorted(FONT_SETS))
def pdf(tmp_path_factory, request):
    folder = tmp_path_factory.mktemp("lo")
    outline = _outline()
    export_docx(outline, folder / "讲话.docx", font_set=FONT_SETS[request.param])
    profile = folder / "profile"  # a private profile: no clash with a running LibreOffice
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(folder), str(folder / "讲话.docx")], check=True, capture_output=True, timeout=240)
    layout = subprocess.run([PDFTOTEXT, "-layout", str(folder / "讲话.pdf"), "-"], check=True, capture_output=True,
                            text=True).stdout
    return outline, layout


def test_every_block_is_there_in_order(pdf):
    outline, layout = pdf
    flowing = re.sub(r"—\s*\d+\s*—", "", layout)  # page numbers interrupt paragraphs across pages
    flowing = re.sub(r"\s+", "", flowing)
    position = 0
    for block in render_blocks(outline):
        wanted = re.sub(r"\s+", "", block.plain())
        found = flowing.find(wanted, position)
        assert found >= 0, f"not found in order after position {position}: {wanted}"
        position = found + len(wanted)


def test_page_grid_22_lines_of_28_characters_and_page_numbers(pdf):
    outline, layout = pdf
    pages = [p for p in layout.split("\f") if p.strip()]
    expected = expected_pages(render_blocks(outline))
    assert 22 in expected  # the sample fills at least one page to the last grid line
    printed = []
    for number, page in enumerate(pages, 1):
        lines = [line for line in page.splitlines() if line.strip()]
        assert re.fullmatch(r"—\s*%d\s*—" % number, lines[-1].strip()), lines[-1]
        printed.append(len(lines) - 1)
        assert max(len(re.sub(r"\s", "", line)) for line in lines[:-1]) == 28  # 28 characters a line
    assert printed == expected
    # odd page numbers sit right, even ones left
    first, second = (p.splitlines() for p in pages[:2])
    odd_line = [line for line in first if "—" in line][-1]
    even_line = [line for line in second if "—" in line][-1]
    assert len(odd_line) - len(odd_line.lstrip()) > len(even_line) - len(even_line.lstrip())
