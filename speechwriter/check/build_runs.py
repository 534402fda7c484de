"""Mines the fixed phrases of official writing for term.py's near-miss route (a developer's tool; the app
only reads what it writes). Run from a checkout:

    python -m speechwriter.check.build_runs

The fixed phrases of official writing are the long runs of characters it repeats: names of bodies
(全国人民代表大会常务委员会), formulations (坚持以人民为中心的发展思想), fixed enumerations (党中央、国务院).
Reads the 新闻联播 of 2022–2025 (one document a day), the reports to the 12th–20th 党代会 (one a report) and the
sentences of the 1998 人民日报 (one a sentence) — see bench/data/check/SOURCES; never a 政府工作报告 nor
another false-alarm set. A run is 5 to MAX_LEN characters (Han and 、; quotes dropped), seen in at least
MIN_DOCS documents, and maximal: no run one character longer holding it is seen in nearly as many
documents (MAXIMAL_SHARE), so 全国人民代表大会常务委 is no run of its own beside 全国人民代表大会常务委员会.
(Mining grows the frequent runs one character at a time; about 10 minutes of one core, 2 GB.)

Then the same corpora are scanned with term.py's near-miss route over the mined runs: every near miss
written there is a legitimate variant or another phrase (省人民代表大会常务委员会 is no slip), kept as
"seen" and never flagged.

Writes `resources/check/runs.zlib` (term_mined.RUNS): zlib-compressed UTF-8 lines — a header, the runs, a line
`--`, the near misses seen.
"""

from __future__ import annotations

import collections
import gzip
import re
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "bench" / "data" / "check"
OUT = ROOT / "resources" / "check"

MIN_LEN = 5          # Han characters of a run, at least
MAX_LEN = 20         # characters of a run, at most
MIN_DOCS = 8         # documents (days of the news, reports, sentences) a run is seen in, at least
MINE_FLOOR = 5       # … mined down to this many, so that a run is maximal among these (its longer forms seen
                     # in 5–7 documents absorb it too)
MAXIMAL_SHARE = 0.8  # a run is part of a longer one seen in this share of its documents: the longer one only
_SEGMENT = re.compile(r"[\u4e00-\u9fff、]+")
_QUOTES = str.maketrans("", "", "“”‘’")


def documents() -> Iterator[list[str]]:
    """The segments (runs of Han characters and 、, quotes dropped) of each document of the corpora."""
    day: list[str] = []
    for line in gzip.open(DATA / "cctv_news_2022_2025.txt.gz", "rt", encoding="utf-8"):
        if line.startswith("1.") and day:   # a day's list of items opens with its first
            yield day
            day = []
        day += _SEGMENT.findall(line.translate(_QUOTES))
    yield day
    report: list[str] = []
    for line in gzip.open(DATA / "cpc_congress_reports_12_20.txt.gz", "rt", encoding="utf-8"):
        if line.startswith("### ") and report:
            yield report
            report = []
        report += _SEGMENT.findall(line.translate(_QUOTES))
    yield report
    for line in gzip.open(DATA / "peoples_daily_1998_ner_sentences.txt.gz", "rt", encoding="utf-8"):
        yield _SEGMENT.findall(line.translate(_QUOTES))


def mine(docs: list[list[str]], min_docs: int = MIN_DOCS) -> dict[str, int]:
    """The maximal runs of `docs` seen in `min_docs` documents at least, each with that number (n-grams grown
    one character at a time from the frequent ones: a run's two parts one shorter are frequent too)."""
    frequent: dict[int, dict[str, int]] = {}
    # per segment, the starts whose gram of the current length is frequent
    starts = [[list(range(len(seg))) for seg in doc] for doc in docs]
    n = 2
    while n <= MAX_LEN:
        counts: collections.Counter[str] = collections.Counter()
        for doc, doc_starts in zip(docs, starts):
            seen = set()
            for seg, ss in zip(doc, doc_starts):
                for i in ss:
                    if i + n <= len(seg):
                        seen.add(seg[i:i + n])
            counts.update(seen)
        keep = {g: c for g, c in counts.items() if c >= min_docs}
        frequent[n] = keep
        if not keep:
            break
        # a gram one longer at i is frequent only if the grams at i and i + 1 are
        for d, (doc, doc_starts) in enumerate(zip(docs, starts)):
            for s, (seg, ss) in enumerate(zip(doc, doc_starts)):
                ok = {i for i in ss if i + n <= len(seg) and seg[i:i + n] in keep}
                starts[d][s] = [i for i in sorted(ok) if i + 1 in ok]
        print(f"length {n}: {len(keep)} frequent", file=sys.stderr)
        n += 1
    runs: dict[str, int] = {}
    for n, grams in frequent.items():
        longer = frequent.get(n + 1, {})
        best: dict[str, int] = {}
        for g, c in longer.items():
            for part in (g[:-1], g[1:]):
                if c > best.get(part, 0):
                    best[part] = c
        for g, c in grams.items():
            core = g.strip("、")
            if core != g or "、、" in g or len(re.findall(r"[\u4e00-\u9fff]", g)) < MIN_LEN:
                continue
            if best.get(g, 0) >= MAXIMAL_SHARE * c:
                continue
            runs[g] = c
    return runs


def seen_near_misses(docs: list[list[str]], runs: list[str]) -> set[str]:
    """The near misses of the runs written in the corpora themselves (term.py's route over them)."""
    from speechwriter.check import term_mined

    index = term_mined.RunIndex(runs, frozenset())
    seen: set[str] = set()
    for doc in docs:
        for seg in doc:
            for _s, _e, written, _run, _how in index.scan(seg, check_seen=False):
                seen.add(written)
    return seen


def main(argv: list[str] | None = None) -> None:
    """`python -m speechwriter.check.build_runs [--keep-runs] [OUTPUT]` (default resources/check/runs.zlib);
    `--keep-runs` keeps the runs of OUTPUT as they are and scans the corpora for their near misses again (after
    term.py's route changed: about five minutes instead of mining's ten)."""
    from speechwriter.check import term_mined

    args = sys.argv[1:] if argv is None else argv
    keep = "--keep-runs" in args
    args = [a for a in args if a != "--keep-runs"]
    out = Path(args[0]) if args else OUT / term_mined.RUNS
    docs = list(documents())
    print(f"{len(docs)} documents, {sum(len(s) for d in docs for s in d)} characters", file=sys.stderr)
    if keep:
        lines = zlib.decompress(out.read_bytes()).decode("utf-8").split("\n")
        ordered = lines[1:lines.index("--")]
    else:
        runs = {run: count for run, count in mine(docs, MINE_FLOOR).items() if count >= MIN_DOCS}
        ordered = sorted(runs, key=lambda r: (-runs[r], r))
    seen = seen_near_misses(docs, ordered)
    body = "\n".join([term_mined.RUNS_HEADER, *ordered, "--", *sorted(seen)])
    data = zlib.compress(body.encode("utf-8"), 9)
    out.write_bytes(data)
    print(f"{out.name}={len(data)} bytes runs={len(ordered)} seen_near_misses={len(seen)}")


if __name__ == "__main__":
    main()
