"""Writes `resources/check/common.tsv`, the words typo.py's common-character route corrects to (a developer's
tool; the app only reads what it writes). Run from a checkout, after build_lexicon:

    python -m speechwriter.check.build_common

A word is a two-character word of jieba's dictionary at least typo.COMMON["min_weight"] frequent that real
text (the counts of ngram.marshal: 党代会 reports, the 1998 人民日报, 新闻联播 2022–2025 — never a 政府工作报告
nor another false-alarm set) writes at least typo.COMMON["pair"] times. One word a line, sorted. Finding the
≈9,000 among jieba's 500,000 entries takes a tenth of a second, which every `check` would otherwise pay.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "resources" / "check" / "common.tsv"


def words() -> list[str]:
    from speechwriter.check import ngram
    from speechwriter.check.typo_common import COMMON
    from speechwriter.core.tokens import tokenizer

    counts = ngram.counts()
    if counts is None:
        raise SystemExit("resources/check/ngram.marshal is missing: run build_lexicon first")
    freq = tokenizer().FREQ
    return sorted(word for word, weight in freq.items()
                  if len(word) == 2 and weight >= COMMON["min_weight"] and counts.count(word) >= COMMON["pair"])


def main(argv: list[str] | None = None) -> None:
    found = words()
    OUT.write_text("".join(word + "\n" for word in found), encoding="utf-8")
    print(f"{len(found)} words → {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
