"""How fast a ~6,000-character speech becomes a .docx, against pandoc in the same run.

Ours: outline → template → blocks → .docx written to disk, in-process (the GUI's 导出 button);
the first call (template compile, python-docx import) is reported separately, the figure is the
median of the following runs. Reference: pandoc converting the same speech as Markdown to .docx,
timed as a whole process (the way a clerk's script would call it).
The PDF of the same speech (layout + Qt's PDF writer, offscreen) is timed the same way and given
against our .docx: pdf_vs_docx.
Last line: render_ms=… pandoc_ms=… render_vs_pandoc=… pdf_ms=… pdf_vs_docx=… (pandoc_ms=NA when
pandoc is missing).
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from speechwriter.outline.count import outline_chars  # noqa: E402
from speechwriter.outline.tree import Outline, Section  # noqa: E402
from speechwriter.render import export_docx, export_pdf, render_blocks  # noqa: E402

RUNS = 9
SENTENCE = "我们要坚持以人民为中心的发展思想，扎实推进各项工作落地见效，确保全年目标任务圆满完成。"


def speech() -> Outline:
    sections = [Section("opening", body="今天，我们召开{{ 会议名称 }}，主要任务是总结工作、部署任务。" + SENTENCE * 3)]
    for n in range(5):
        children = [Section("key_points", f"第{k + 1}个方面的具体要求", "\n".join([SENTENCE * 3] * 3)) for k in range(3)]
        sections.append(Section("key_points", f"抓好第{n + 1}项重点工作", SENTENCE * 2, children))
    sections.append(Section("closing", body="同志们，" + SENTENCE * 2))
    return Outline(fields={"标题": "在全市{{ 会议名称 }}上的讲话", "讲话人": "王明", "日期": "2026年11月21日",
                           "称呼": "同志们：", "会议名称": "经济工作会议"}, sections=sections)


def markdown(outline: Outline) -> str:
    lines = []
    for block in render_blocks(outline):
        if block.kind == "title":
            lines.append(f"# {block.text}")
        elif block.kind == "heading":
            lines.append("#" * (block.level + 1) + " " + block.text)
        elif block.kind == "runin":
            lines.append(f"**{block.lead}**{block.text}")
        else:
            lines.append(block.text)
    return "\n\n".join(lines) + "\n"


def main() -> int:
    outline = speech()
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "讲话.docx"
        start = time.perf_counter()
        export_docx(outline, target)
        first_ms = (time.perf_counter() - start) * 1000
        times = []
        for _ in range(RUNS):
            start = time.perf_counter()
            export_docx(outline, target)
            times.append((time.perf_counter() - start) * 1000)
        render_ms = statistics.median(times)
        print(f"speech: {outline_chars(outline)} characters, {len(render_blocks(outline))} blocks")
        print(f"ours (in-process export_docx): first call {first_ms:.1f} ms, median of {RUNS} {render_ms:.1f} ms")
        export_pdf(outline, Path(folder) / "讲话.pdf")  # first call: Qt start-up, fonts
        pdf_times = []
        for _ in range(RUNS):
            start = time.perf_counter()
            export_pdf(outline, Path(folder) / "讲话.pdf")
            pdf_times.append((time.perf_counter() - start) * 1000)
        pdf_ms = statistics.median(pdf_times)
        pdf = f"pdf_ms={pdf_ms:.0f} pdf_vs_docx={pdf_ms / render_ms:.2f}"
        print(f"ours (in-process export_pdf): median of {RUNS} {pdf_ms:.1f} ms")
        pandoc = shutil.which("pandoc")
        if not pandoc:
            print("pandoc is NOT installed: no reference measured (apt-get install pandoc)")
            print(f"render_ms={render_ms:.0f} first_render_ms={first_ms:.0f} pandoc_ms=NA render_vs_pandoc=NA {pdf}")
            return 0
        source = Path(folder) / "讲话.md"
        source.write_text(markdown(outline), encoding="utf-8")
        reference = []
        for _ in range(RUNS):
            start = time.perf_counter()
            subprocess.run([pandoc, str(source), "-o", str(Path(folder) / "pandoc.docx")], check=True)
            reference.append((time.perf_counter() - start) * 1000)
        pandoc_ms = statistics.median(reference)
        print(f"pandoc (Markdown → .docx, whole process): median of {RUNS} {pandoc_ms:.1f} ms")
        ratio = render_ms / pandoc_ms
        print(f"render_ms={render_ms:.0f} first_render_ms={first_ms:.0f} pandoc_ms={pandoc_ms:.0f} "
              f"render_vs_pandoc={ratio:.2f} {pdf}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
