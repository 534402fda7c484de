"""The held-out labelled speech sets (folders under bench/): only measured, never trained on and never read
speech by speech. The one list that training (speechwriter.core.training), the source-grouped CV
(bench/structure.py) and the header bench (bench/fresh_score.py) read. No imports, so that a bench run with
any Python can read it."""

import os

# bench/corpus_fresh5 (40 speeches from 40 more sites, 2026-12-07), bench/corpus_fresh6 (40 more, 2026-12-07) and
# bench/corpus_fresh8 (24 mainland speeches of every kind but 调研讲话, 2026-12-07). bench/corpus_fresh3 (30 speeches, 2026-12-06) was held out until 2026-12-07: read untouched
# three times (title 0.87 → 0.83, kind 0.70 → 0.63 across two sessions' changes), it is development data since.
HELD_OUT = ("corpus_fresh5", "corpus_fresh6", "corpus_fresh8")


def held_out_among(folders: list) -> str | None:
    """The name of the first of `folders` (paths, symbolic links followed) that is a held-out set, or None."""
    for folder in folders:
        name = os.path.basename(os.path.realpath(folder))
        if name in HELD_OUT:
            return name
    return None
