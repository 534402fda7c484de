#!/usr/bin/env python3
"""Source-grouped cross-validation of the header model on a header-only labelled set that it trains on.

    python bench/fresh_cv.py --test bench/corpus_fresh4 --train ../shared/corpus --train bench/corpus \
        --train bench/corpus_fresh --train bench/corpus_fresh2 [--folds 5] [--show]

The set's sources (its SOURCES*.md) are dealt in --folds folds; for each fold the header model is
trained on the --train folders, the seed labels and the set's other folds (never on the fold's sources,
wherever they appear), and the fold's speeches are read with it (the shipped roles and kind models) and
scored as bench/fresh_score.py scores them. So a set the shipped header model learns from (make model)
still gets a figure for speeches whose sources it has not seen. Last line as fresh_score.py's. Refuses
bench/corpus_fresh5 or corpus_fresh6, the held-out sets (--show prints which speeches miss: development sets only).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import tempfile
import zlib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from speechwriter.core import trained_models, training  # noqa: E402
from speechwriter.core.analyzer import analyze_file  # noqa: E402
from speechwriter.core.held_out import held_out_among  # noqa: E402

SEEDS = ROOT.parent / "shared" / "seeds" / "labels"


def fresh_score():
    spec = importlib.util.spec_from_file_location("fresh_score", ROOT / "bench" / "fresh_score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def header_model(examples: list) -> bytes:
    trainer = training._trainer(training.PARAMS["header"])
    for example in examples:
        if example.kind_only:
            continue
        for xseq, yseq in [(example.header_features, example.header_tags)] + example.header_variants:
            if xseq:
                trainer.append(xseq, yseq)
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "header.crfsuite")
        trainer.train(path)
        return training._as_json(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--test", required=True, help="the header-only labelled set to read")
    parser.add_argument("--train", action="append", default=[], help="a labelled folder trained on in every fold")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--show", action="store_true", help="each speech's misses")
    args = parser.parse_args()
    if held_out_among(args.train + [args.test]):
        parser.error("bench/corpus_fresh5 and corpus_fresh6 are held out: no training or CV reads them")
    score = fresh_score()
    base = training.labelled_examples(args.train, SEEDS if SEEDS.is_dir() else None)
    test = training.labelled_examples([args.test], None)
    fold = {g: zlib.crc32(g.encode("utf-8")) % args.folds for g in sorted({e.group for e in test})}
    shipped = trained_models.load(trained_models.default_dir())
    right: Counter[str] = Counter()
    n = 0
    for k in range(args.folds):
        held = [e for e in test if fold[e.group] == k]
        if not held:
            continue
        groups = {e.group for e in held}
        train = [e for e in base if e.group not in groups] + [e for e in test if fold[e.group] != k]
        models = trained_models.Models(roles=shipped.roles, kind=shipped.kind,
                                       header=trained_models.READERS["header"](header_model(train)))
        for example in held:
            label = json.loads((Path(args.test) / f"{example.name}.json").read_text(encoding="utf-8"))
            speeches = analyze_file(Path(args.test) / f"{example.name}.txt", models=models)
            marks = score.marks_for(label, speeches[0].to_dict() if speeches else {})
            right.update({key: int(ok) for key, ok in marks.items()})
            n += 1
            if args.show and not all(marks.values()):
                print(f"{example.name}: " + " ".join(f"{key}=MISS" for key, ok in marks.items() if not ok))
    print(" ".join(f"{key}={right[key] / max(1, n):.2f}" for key in score.KEYS) + f" n={n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
