"""Benchmark: does the analyser learn an office's house style from two of the clerk's corrections?

On the labelled speeches in ../shared/corpus (sources from its SOURCES.md), speeches of one source
and one shape (kind, and headings / run-in points / prose, from their labels) form a group; for
every group of three or more, the bundled model is trained without that source (as if the
clerk's office were new to it). Each speech of the group in turn is read by it, then two other
speeches of the group are labelled, the model retrained as `speechwriter train` does (bundled data
plus the labels, weighted) and the speech read again. Role agreement (share of body characters
with the labelled role, scored by ../shared/corpus/score.py) before and after, summed over the
group. The last line is the group the bundled model misreads most. Then the retraining time on
the bundled data plus 20 labelled speeches.

    python bench/adapt.py        # last line: before_roles=… after_roles=… labelled=2 …
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from structure import CORPUS, SEEDS, Tally, load_scorer, score_speech  # noqa: E402

from speechwriter.core import adapt, training  # noqa: E402
from speechwriter.core.analyzer import analyze_text  # noqa: E402

LABELLED = 2


def read_all(score, models, examples) -> Tally:
    tally = Tally()
    for example in examples:
        tally.add(score_speech(score, example, analyze_text(example.text, models=models))[0])
    return tally


def shape(label: dict) -> str:
    """The shape of a labelled speech: its kind and how its body is cut (headings, run-in points, prose)."""
    cut = "headings" if label["level1_headings"] else "points" if len(label["sections"]) > 4 else "prose"
    return f"{label.get('kind')}/{cut}"


def main() -> int:
    if not CORPUS.is_dir():
        print(f"no labelled corpus at {CORPUS}: nothing to measure")
        return 0
    score = load_scorer()
    examples = training.labelled_examples(CORPUS, SEEDS if SEEDS.is_dir() else None)
    groups: dict[tuple[str, str], list] = {}
    for example in examples:
        if example.group != "seeds":
            groups.setdefault((example.group, shape(example.label)), []).append(example)
    results = []
    for (source, form), members in sorted(groups.items()):
        if len(members) < LABELLED + 1:
            continue
        others = [e for e in examples if e.group != source]   # the bundled model has never seen this source
        bundled = training.open_models(training.train(others))
        before, after = Tally(), Tally()
        # each speech of the group in turn is the one read; two others of the same shape are labelled
        for k, target in enumerate(members):
            labelled = [members[(k + 1 + n) % len(members)] for n in range(LABELLED)]
            adapted = training.open_models(adapt.train_models([(e.text, e.label) for e in labelled], bundled=others))
            b, a = read_all(score, bundled, [target]), read_all(score, adapted, [target])
            before.add(b)
            after.add(a)
            print(f"  {source} {form}: labelled {' '.join(e.name for e in labelled)} -> "
                  f"{target.name} roles {b.roles:.3f} -> {a.roles:.3f}")
        print(f"source {source}, shape {form}: roles {before.roles:.3f} -> {after.roles:.3f} (n={len(members)})")
        results.append((before.roles, after.roles, source, form))
    # the group whose shape the bundled model misreads most is the clerk's office of the last line
    before_roles, after_roles, source, form = min(results)
    print(f"misread most: {source} ({form})")

    # retraining time as the clerk meets it: bundled examples built (first time in the process),
    # twenty labelled speeches turned into examples, the three models trained
    twenty = [(e.text, e.label) for e in (examples * 2)[:20]]
    adapt._bundled_cache = None
    started = time.perf_counter()
    adapt.train_models(twenty)
    first = time.perf_counter() - started
    started = time.perf_counter()
    adapt.train_models(twenty)
    again = time.perf_counter() - started
    print(f"retraining on {len(adapt.bundled_examples())} bundled + 20 labelled speeches: "
          f"{first:.1f} s (first in the process), {again:.1f} s (bundled examples cached)")
    print(f"before_roles={before_roles:.3f} after_roles={after_roles:.3f} labelled={LABELLED} "
          f"retrain_s={first:.1f} retrain_cached_s={again:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
