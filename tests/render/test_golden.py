"""Golden files: the XML inside the .docx compared with reviewed reference copies.

To regenerate after an intended change:  SPEECHWRITER_UPDATE_GOLDEN=1 pytest tests/render/test_golden.py
then READ `git diff tests/golden` (or open the files) before committing: a golden is a reviewed
statement of what Word receives, not a snapshot to wave through.
"""

import difflib
import os
from pathlib import Path

import pytest

from speechwriter.render import LayoutOptions, apply_template, docx_bytes, render_blocks
from tests.render.conftest import sample_outline
from tests.render.docx_xml import normalised, parts

GOLDEN = Path(__file__).resolve().parent.parent / "golden"
UPDATE = os.environ.get("SPEECHWRITER_UPDATE_GOLDEN") == "1"


def _leader_speech():
    return docx_bytes(render_blocks(sample_outline()), "公文字体", "在全市安全生产工作会议上的讲话")


def _report_run_in_system_fonts():
    outline = sample_outline()
    outline.numbering = ["一是", "（一）", "1.", "（1）"]
    outline.fields["单位"] = "市应急管理局"
    apply_template(outline, "汇报发言")  # as chosen in the editor: its sentences become the text
    return docx_bytes(render_blocks(outline), "系统自带", "")


def _leader_speech_fangzheng_gbk():
    return docx_bytes(render_blocks(sample_outline()), "方正GBK", "")


def _custom_fonts_centred_numbers():
    """An office's own faces and sizes: 24 pt title, 29.5 pt lines, page numbers centred."""
    options = LayoutOptions(fonts="自定义", title_font="华文中宋", body_font="仿宋", hei_font="方正黑体简体",
                            kai_font="", title_size=24, line_spacing=29.5, page_numbers="居中")
    outline = sample_outline()
    outline.fields["标题"] = "在全市安全生产暨消防工作\n电视电话会议上的讲话"  # a forced break
    return docx_bytes(render_blocks(outline), options, "")


CASES = {"leader-speech": _leader_speech, "report-run-in-system-fonts": _report_run_in_system_fonts,
         "leader-speech-fangzheng-gbk": _leader_speech_fangzheng_gbk,
         "custom-fonts-centred-numbers": _custom_fonts_centred_numbers}


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("part", ["word/document.xml", "word/styles.xml", "word/fontTable.xml", "word/settings.xml"])
def test_docx_xml_matches_golden(case, part):
    actual = normalised(parts(CASES[case]())[part])
    reference = GOLDEN / case / Path(part).name
    if UPDATE:
        reference.parent.mkdir(parents=True, exist_ok=True)
        reference.write_text(actual, encoding="utf-8")
        pytest.skip(f"rewrote {reference}: review the diff before committing")
    if not reference.exists():
        pytest.fail(f"no golden file {reference}; create it with SPEECHWRITER_UPDATE_GOLDEN=1 and review it")
    expected = reference.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                            f"golden/{case}/{Path(part).name}", "rendered", n=2))
        pytest.fail(f"{part} differs from the golden file:\n{diff[:6000]}")
