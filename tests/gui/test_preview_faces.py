"""What the preview shows is what prints: each kind of line (title, 楷体 subtitle and date, 黑体 and
楷体 headings, body) is drawn in the same face on screen as in the PDF, on a desktop whose set's faces
are not installed (as on 统信/麒麟 with Noto CJK and WenQuanYi, which .ci/run installs)."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from speechwriter.outline.tree import Outline, Section
from speechwriter.render import export_pdf, to_html

needs_pdffonts = pytest.mark.skipif(not shutil.which("pdffonts"), reason="pdffonts 未安装：apt-get install poppler-utils")
HAN = re.compile(r"[\u4e00-\u9fff]")


def _outline() -> Outline:
    sections = [Section("opening", body="今天召开会议，主要任务是总结工作、部署任务。"),
                Section("key_points", "一、提高认识", "要把思想统一到会议精神上来。",
                        [Section("key_points", "（一）抓好学习", "认真学习，深刻领会。")]),
                Section("closing", body="同志们，让我们共同努力。")]
    return Outline(fields={"标题": "在全市工作会议上的讲话", "副标题": "——在年度总结大会上",
                           "讲话人": "王明", "日期": "2026年11月21日", "称呼": "同志们："}, sections=sections)


def _face(name: str) -> str:
    """A family as pdffonts and as Qt name it: 'NotoSerifCJKsc-Regular' ~ 'Noto Serif CJK SC'."""
    return re.sub(r"[\s_]", "", name.split("-")[0].split("+")[-1]).lower()


@needs_pdffonts
@pytest.mark.parametrize("fonts", ["公文字体", "系统自带"])
def test_every_line_is_drawn_in_the_face_the_pdf_prints_it_in(qapp, tmp_path, fonts):
    from PySide6.QtGui import QFontInfo, QTextDocument

    outline = _outline()
    pdf = tmp_path / "讲话.pdf"
    export_pdf(outline, pdf, font_set=fonts)
    listing = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout
    printed = {_face(row.split()[0]) for row in listing.splitlines()[2:]}

    document = QTextDocument()
    document.setHtml(to_html(outline, font_set=fonts, view_width=700))
    shown, block = set(), document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if HAN.search(fragment.text()):
                shown.add(_face(QFontInfo(fragment.charFormat().font()).family()))
            fragments += 1
        block = block.next()
    cjk_printed = {face for face in printed if "cjk" in face or "wenquanyi" in face or "hei" in face}
    assert shown == cjk_printed, (shown, printed)
