"""The 错别字 rule's slip-word route: a word jieba's dictionary holds that is a slip of a frequent word (震憾 → 震撼,
光采 → 光彩, 荷泽 → 菏泽). jieba's dictionary was counted from real, uncorrected text, so the commonest misspellings —
what clerks write — are in it, and the routes that look for what is not a word trust them. build_slips.py finds them
ahead (resources/check/slips.tsv): words one 同音-and-形近 character from a word far more frequent in jieba and in real
edited text, which that text itself (nearly) never writes. Here each is flagged where jieba's cut has it as a word of
its own (平安祥和 has no 安祥: a run inside or across other words is left alone). A missing table turns the route off.
"""

from __future__ import annotations

from functools import lru_cache

from speechwriter.check.lexicon import Lexicon
from speechwriter.check.typo_shared import HAN_RUN

SLIPS = "slips.tsv"


@lru_cache(maxsize=1)
def slip_table() -> dict[str, tuple[str, str]]:
    """Each slip of SLIPS with the word meant and how they relate; empty without the file."""
    from speechwriter.paths import resources_dir

    try:
        text = (resources_dir() / "check" / SLIPS).read_text(encoding="utf-8")
    except OSError:
        return {}
    table = {}
    for line in text.splitlines():
        row = line.split("\t")
        if line and not line.startswith("#") and len(row) >= 3:
            table[row[0]] = (row[1], row[2])
    return table


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    """The first two characters of each slip of the table."""
    return frozenset(slip[:2] for slip in slip_table())


def slip_candidates(line: str, lex: Lexicon) -> list[tuple[int, int, int, int, str, str]]:
    """(length, weight, start, end, right word, how) for each slip of the table that jieba's cut of `line` has as a
    word of its own (weight: jieba's frequency of the word meant)."""
    table = slip_table()
    if not table:
        return []
    heads = _heads()
    found = []
    for run in HAN_RUN.finditer(line):
        lo, text = run.start(), run.group()
        for i in range(len(text) - 1):
            if text[i:i + 2] in heads:   # (one look-up a character; the slips of three or four only where one begins)
                found += [(lo + i, lo + i + n) for n in (2, 3, 4) if text[i:i + n] in table and i + n <= len(text)]
    if not found:
        return []
    from speechwriter.core.tokens import tokenizer

    words = {(s, e) for _, s, e in tokenizer().tokenize(line, HMM=False)}
    out = []
    for s, e in found:
        if (s, e) in words:
            right, how = table[line[s:e]]
            out.append((e - s, lex.freq.get(right) or 0, s, e, right, how))
    return out
