"""Golden files: the XML inside the .docx compared with reviewed reference copies.

To regenerate after an intended change:  SPEECHWRITER_UPDATE_GOLDEN=1 pytest tests/render/test_golden.py
then READ `git diff tests/golden` (or open the files) before committing: a golden is a reviewed
statement of what Word receives, not a snapshot to wave through.
"""

import difflib
import os
from pathlib import Path

import pytest

from speechwriter.render import docx_bytes, render_blocks
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
    return docx_bytes(render_blocks(outline, template="汇报发言"), "系统自带", "")


CASES = {"leader-speech": _leader_speech, "report-run-in-system-fonts": _report_run_in_system_fonts}


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("part", ["word/document.xml", "word/styles.xml"])
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
