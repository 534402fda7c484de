"""Why each 错别字 injection of the development sets was missed: a line per miss, for a taxonomy of misses.

The injections are bench/check.py's (same seed, same order, same speeches): the typo/idiom pairs of
typo_pairs_public.tsv and the pairs of heldout_pairs … heldout5_pairs.tsv (development data, bench/data/check/SOURCES).
Never the held-out sets: heldout6_pairs.tsv and heldout6_listed_pairs.tsv are not read. For each injection the
checker misses, it prints the set, where the slip was put, wrong → right, and what decides the cause:
- rel: each changed character's relation to the right one (lexicon.relation: 同音/近音/形近, None when the tables
  lack the pair; "?" where a character has no reading in chars.tsv);
- jieba: the dictionary's frequency of the wrong and the right form (a slip the dictionary took in is trusted);
- real: real text's count of each pair of characters of the wrong / right form (ngram.py);
- cut: jieba's cut around the slip (a slip that joins its neighbour into a word is hidden);
- raw: the candidates each route proposed there before judging, guards and overlaps (an empty list: no route
  reached the slip; a candidate listed here was dropped later).

    PYTHONPATH=$PWD python bench/typo_misses.py > /tmp/misses.txt      (about as long as bench/check.py's injections)
"""

from __future__ import annotations

import itertools
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import check as bench  # noqa: E402

from speechwriter.check import ngram, run_checks, typo  # noqa: E402
from speechwriter.check.typo_channel import bound_candidates, channel_candidates  # noqa: E402
from speechwriter.check.typo_lexicon import window_raw  # noqa: E402
from speechwriter.core.tokens import tokenizer  # noqa: E402

SETS = ("heldout_pairs.tsv", "heldout2_pairs.tsv", "heldout3_pairs.tsv", "heldout4_pairs.tsv", "heldout5_pairs.tsv",
        "heldout5_listed_pairs.tsv")


def right_forms() -> dict[str, str]:
    out: dict[str, str] = {}
    for name in ("typo_pairs_public.tsv", *SETS):
        for row in bench._data_rows(name):
            out.setdefault(row[0], row[1])
    return out


def injections(texts):
    """(category, where, (speech, lines, paragraph, start, end), kinds) as bench/check.py makes them."""
    rng = random.Random(10)
    for category, _, case in itertools.chain(bench.typo_cases(rng, texts), bench.term_cases(rng, texts),
                                             bench.usage_cases(rng, texts)):
        if category in ("typo", "idiom"):
            yield category, "", case, {"typo"}
    suffixes = ("dev1", "dev2", "heldout3", "heldout4", "heldout5", "heldout5l")
    for name, suffix in zip(SETS, suffixes):
        # (dev1 follows the shared RNG as bench/check.py draws it; the later sets have their own)
        draw = rng if suffix == "dev1" else random.Random(10)
        for category, where, case in bench.pair_cases(draw, texts, name, suffix):
            if category.startswith("typo"):
                yield category, where, case, set(bench.WORDING)


def diagnose(line: str, s: int, e: int, wrong: str, right: str) -> str:
    lex, counts, cutter = typo.indexed_lexicon(), ngram.counts(), tokenizer()
    if len(wrong) == len(right):
        rel = [f"{a}/{b}:{lex.relation(a, b) or ('?' if a not in lex.readings or b not in lex.readings else None)}"
               for a, b in zip(wrong, right) if a != b]
    else:
        rel = ["length"]
    real = ([counts.count(wrong[j:j + 2]) for j in range(len(wrong) - 1)],
            [counts.count(right[j:j + 2]) for j in range(len(right) - 1)]) if counts else ()
    cut = "|".join(w for w, a, b in cutter.tokenize(line, HMM=False) if a < e + 2 and b > s - 2)
    idiom = lex.idioms.__contains__ if lex.idioms is not None else (lambda _: False)
    raw = [f"window:{c[3]}" for c in window_raw(line, lex, idiom) if c[0] < e and s < c[1]]
    raw += [f"channel:{c[2]}" for c in channel_candidates(line, lex) if c[1] < e and s < c[1] + 2]
    raw += [f"bound:{c[2]}" for c in bound_candidates(line, lex) if c[1] < e and s < c[1] + 2]
    for route in typo.LINE_ROUTES:
        raw += [f"{route.__name__}:{c[4]}" for c in route(line, lex) if c[2] < e and s < c[3]]
    return (f"rel={rel} jieba={lex.freq.get(wrong)}/{lex.freq.get(right)} real={real} cut={cut} raw={raw}")


def main() -> int:
    files = sorted(p for p in bench.CORPUS.glob("*") if p.suffix.lower() in (".txt", ".docx")
                   and not (p.suffix.lower() == ".txt" and p.with_suffix(".docx").exists()))
    if not files:
        print(f"skipped: no speeches in {bench.CORPUS}")
        return 0
    texts = [bench.read(p) for p in files]
    baselines = [run_checks(bench.as_text(lines)) for lines in texts]
    rights, missed = right_forms(), 0
    for category, where, (t, new, i, s, e), kinds in injections(texts):
        findings = run_checks(bench.as_text(new), rules=set(kinds))
        shift = (len(new[i]) - len(texts[t][i])) if i < len(texts[t]) else 0
        if bench.found(kinds, findings, baselines[t], i, s, e, shift):
            continue
        missed += 1
        wrong = new[i][s:e]
        right = rights.get(wrong, "?")
        print(f"{category}\t{where or '-'}\t{wrong} → {right}\t{diagnose(new[i], s, e, wrong, right)}", flush=True)
    print(f"{missed} missed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
