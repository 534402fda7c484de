"""Every finding of the 校对 on a fixed set of texts, written to a file: the proof that a speed-up changed nothing.

Run it before a change and after, and compare the two files (they must be byte-identical):

    PYTHONPATH=$PWD python bench/check_same.py /tmp/before.txt
    ... change the checker ...
    PYTHONPATH=$PWD python bench/check_same.py /tmp/after.txt && cmp /tmp/before.txt /tmp/after.txt

The texts (none of them held out — heldout6_pairs.tsv, heldout6_listed_pairs.tsv and fa4_official are
never read here):
- the 20,000-character text bench/check.py times (the speeches of ../shared/corpus, line after line, cycled);
- each speech of ../shared/corpus and of bench/corpus;
- the development false-alarm sets of bench/data/check/SOURCES (gov_work_reports_1998_2025, unseen_official,
  fresh_official, fadev_official, fa5dev_official), text by text;
- the development error pairs (typo_pairs_public, heldout_pairs … heldout4_pairs, term_dev_pairs,
  term_dev2_pairs): each wrong form written in its source's words where given, else between two commas of a
  fixed sentence, and in the first speech line that writes its right form; twenty such lines a text.
Each text is checked with every rule, then with 错别字, 规范表述 and 易混用法 alone (whose findings the full check
merges where two name one slip). One line per finding: the text's name, the rules asked, paragraph, start,
end, rule, severity, suggestion, text and message. --quick leaves out the false-alarm sets (a first look).
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from speechwriter.check import Para, Text, run_checks  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
OWN_CORPUS = ROOT / "bench" / "corpus"
DATA = ROOT / "bench" / "data" / "check"
FALSE_ALARM_SETS = ("gov_work_reports_1998_2025.txt.gz", "unseen_official.txt.gz", "fresh_official.txt.gz",
                    "fadev_official.txt.gz", "fa5dev_official.txt.gz")
PAIR_SETS = ("typo_pairs_public.tsv", "heldout_pairs.tsv", "heldout2_pairs.tsv", "heldout3_pairs.tsv",
             "heldout4_pairs.tsv", "term_dev_pairs.tsv", "term_dev2_pairs.tsv")
FRAME = "我们要坚持问题导向，{}，推动各项工作落地见效。"
ALONE = ("typo", "term", "usage")


def speeches(folder: Path, label: str = "corpus") -> list[tuple[str, list[str]]]:
    """The speeches of `folder` (as bench/check.py reads them), each named `label`/file name."""
    from speechwriter.core.reader import read_speech_file

    files = sorted(p for p in folder.glob("*") if p.suffix.lower() in (".txt", ".docx")
                   and not (p.suffix.lower() == ".txt" and p.with_suffix(".docx").exists()))
    return [(f"{label}/{p.name}", [line.strip() for line in read_speech_file(p).splitlines() if line.strip()])
            for p in files]


def bench_text(corpus: list[tuple[str, list[str]]]) -> list[str]:
    """The 20,000-character text of bench/check.py's speed lines, built the same way."""
    text, size = [], 0
    for line in itertools.cycle([line for _, lines in corpus for line in lines]):
        if size >= 20000:
            break
        text.append(line)
        size += len(line)
    return text


def official(name: str) -> list[tuple[str, list[str]]]:
    """The texts of a gzipped file of "### title" sections."""
    texts: list[tuple[str, list[str]]] = []
    title, lines = "", list[str]()
    for line in gzip.open(DATA / name, "rt", encoding="utf-8"):
        if line.startswith("### "):
            if lines:
                texts.append((f"{name}:{title}", lines))
            title, lines = line[4:].strip(), []
        elif line.strip():
            lines.append(line.strip())
    return texts + [(f"{name}:{title}", lines)]


def pair_texts(corpus: list[tuple[str, list[str]]]) -> list[tuple[str, list[str]]]:
    written = [line for _, lines in corpus for line in lines[2:] if len(line) >= 30]
    lines: list[str] = []
    for name in PAIR_SETS:
        for row in (line.rstrip("\n").split("\t") for line in open(DATA / name, encoding="utf-8")):
            if len(row) < 2 or not row[0].strip() or row[0].startswith("#"):
                continue
            wrong, right, context = row[0], row[1], (row[4] if len(row) > 4 else "")
            lines.append(context.replace(right, wrong, 1) if right in context else FRAME.format(wrong))
            where = next((line for line in written if right in line), None)
            if where is not None:
                lines.append(where.replace(right, wrong, 1))
    return [(f"pairs:{n // 20}", lines[n:n + 20]) for n in range(0, len(lines), 20)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--quick", action="store_true", help="leave out the false-alarm sets")
    args = parser.parse_args()
    corpus = speeches(CORPUS)
    texts = [("bench_20k", bench_text(corpus)), *corpus, *speeches(OWN_CORPUS, "bench/corpus"), *pair_texts(corpus)]
    if not args.quick:
        texts += [text for name in FALSE_ALARM_SETS for text in official(name)]
    start, count = time.perf_counter(), 0
    with open(args.out, "w", encoding="utf-8") as out:
        for name, lines in texts:
            for rules in (None, *({rule} for rule in ALONE)):
                asked = "all" if rules is None else next(iter(rules))
                for f in run_checks(Text([Para(line) for line in lines]), rules=rules):
                    out.write(f"{name}\t{asked}\t{f.paragraph}\t{f.start}\t{f.end}\t{f.rule}\t{f.severity}\t"
                              f"{f.suggestion!r}\t{f.text}\t{f.message}\n")
                    count += 1
    print(f"{len(texts)} texts, {count} findings, {time.perf_counter() - start:.0f} s → {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
