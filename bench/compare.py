"""Benchmark: comparing two rounds of a long speech, and merging a leader's copy with 50 changes.

A speech of about 20,000 characters is made from the bundled sample speeches (resources/samples,
their paragraphs under numbered sections). Round 2 changes a word in 40 paragraphs, deletes 4,
inserts 4 and moves 2. `compare` = both rounds printed through the render pipeline + paragraphs
matched + words compared (what `speechwriter compare A@1 A@2` does after reading the file).
`merge` = round 1 exported as .docx, a leader's copy made from it with 50 tracked changes (the way
Word writes them, tests/rounds/leader.py) and one 批注, then read and mapped back onto the outline
and the new round built (what `speechwriter merge` does between reading and writing files).
jieba's dictionary is loaded before timing (the window loads it at start-up on a worker thread);
the median of 3 runs is reported.

    python bench/compare.py     # last line: compare_ms=… merge_ms=… chars=… changes=…
"""

from __future__ import annotations

import copy
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from speechwriter.core.tokens import warm_up  # noqa: E402
from speechwriter.outline.count import outline_chars  # noqa: E402
from speechwriter.outline.tree import Outline, Section  # noqa: E402
from speechwriter.render import export_docx  # noqa: E402
from speechwriter.revise.diff import changes, compare  # noqa: E402
from speechwriter.revise.merge import read_merge  # noqa: E402
from speechwriter.revise.sources import outline_blocks, paragraphs_of  # noqa: E402
from tests.rounds.leader import LeaderCopy  # noqa: E402

TARGET_CHARS = 20_000
WORDS = ("工作", "发展", "建设", "推进", "加强", "坚持", "全面", "提高", "进一步", "落实")


def long_speech() -> Outline:
    paragraphs = []
    for sample in sorted((ROOT / "resources" / "samples").glob("*.txt")):
        lines = [line.strip() for line in sample.read_text(encoding="utf-8").splitlines()]
        paragraphs += [line for line in lines if len(line) >= 40]
    seen, body = set(), []
    for paragraph in paragraphs:
        if paragraph not in seen:
            seen.add(paragraph)
            body.append(paragraph)
        if sum(map(len, body)) >= TARGET_CHARS:
            break
    sections = [Section("key_points", f"第{n + 1}方面的工作要求", "\n".join(body[i:i + 6]))
                for n, i in enumerate(range(0, len(body), 6))]
    return Outline(fields={"标题": "在全市工作会议上的讲话", "讲话人": "王明", "日期": "2026年12月1日", "称呼": "同志们："},
                   sections=sections)


def second_round(first: Outline) -> Outline:
    second = copy.deepcopy(first)
    lines = [(s, s.paragraphs()) for s in second.sections]
    flat = [(s, k) for s, ps in lines for k in range(len(ps))]
    step = max(1, len(flat) // 50)
    edits = 0
    for n, (section, k) in enumerate(flat[::step][:50]):
        paragraphs = section.paragraphs()
        if n % 12 == 11:
            paragraphs.insert(k + 1, f"领导补充：这项工作要在第{n}周前落实到位，确保取得实效。")
        elif n % 12 == 5:
            paragraphs[k] = ""
        else:
            word = next((w for w in WORDS if w in paragraphs[k]), None)
            if word is None:
                continue
            paragraphs[k] = paragraphs[k].replace(word, "切实" + word, 1)
        section.body = "\n".join(p for p in paragraphs if p)
        edits += 1
    moved = second.sections[2].paragraphs()
    second.sections[2].body = "\n".join(moved[1:])
    second.sections[-2].body += "\n" + moved[0]
    return second


def leader_copy(sent: Path, first: Outline, out: Path, wanted: int = 50) -> int:
    """`wanted` tracked changes spread over the speech: each on a snippet found once in the text."""
    copy_ = LeaderCopy(sent)
    everything = "\n".join(p for s in first.sections for p in s.paragraphs())
    snippets = []
    for section in first.sections:
        for paragraph in section.paragraphs():
            for start in range(0, len(paragraph) - 8, 60):
                snippet = paragraph[start:start + 8]
                if everything.count(snippet) == 1 and "\n" not in snippet:
                    snippets.append(snippet)
    step = max(1, len(snippets) // wanted)
    done = 0
    for n, snippet in enumerate(snippets[2::step][:wanted]):
        if n % 10 == 9:
            copy_.delete(snippet)
        elif n % 10 == 4:
            copy_.insert_after(snippet, "（领导加注）")
        else:
            copy_.replace(snippet, snippet[:4] + "切实" + snippet[4:])
        done += 1
    copy_.comment(snippets[1], "这一句再精炼一些", author="王书记")
    copy_.save(out)
    return done


def timed(work) -> tuple[float, object]:
    start = time.perf_counter()
    result = work()
    return (time.perf_counter() - start) * 1000, result


def main() -> None:
    warm_up()
    first = long_speech()
    second = second_round(first)

    def do_compare():
        return changes(compare(paragraphs_of(outline_blocks(first)), paragraphs_of(outline_blocks(second))))

    compare_runs = [timed(do_compare) for _ in range(3)]
    found = compare_runs[0][1]
    with tempfile.TemporaryDirectory() as tmp:
        sent = Path(tmp) / "初稿.docx"
        export_docx(first, sent)
        edited = Path(tmp) / "领导修改稿.docx"
        made = leader_copy(sent, first, edited)

        def do_merge():
            merge = read_merge(first, edited)
            return merge, merge.result()

        merge_runs = [timed(do_merge) for _ in range(3)]
        merge, merged = merge_runs[0][1]
        from speechwriter.revise.docx_in import read_docx

        wanted = [t.strip("\u3000") for t in read_docx(edited).texts() if t.strip()]
        exact = int([b.plain() for b in outline_blocks(merged)] == wanted)
    compare_ms = statistics.median(t for t, _ in compare_runs)
    merge_ms = statistics.median(t for t, _ in merge_runs)
    print(f"speech: {outline_chars(first)} chars in {len(first.sections)} sections; "
          f"round 2: {len(found)} changes found; leader's copy: {made} tracked changes, "
          f"{len(merge.changes)} listed, {len(merge.comments)} comment(s), {len(merge.unplaced)} unplaced")
    print(f"compare_ms={compare_ms:.0f} merge_ms={merge_ms:.0f} chars={outline_chars(first)} "
          f"changes={len(found)} merged_changes={len(merge.changes)} merged_text_exact={exact}")


if __name__ == "__main__":
    main()
