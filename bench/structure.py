"""Benchmark: how well the trained analyser reads speeches from sources it was not trained on.

Source-grouped cross-validation over the labelled speeches in ../shared/corpus and bench/corpus
(grouped by the source in each folder's SOURCES.md) and ../shared/seeds/labels (one group): for
each source, the models are trained on all the other sources and tested on this one's speeches, so
a source's speeches are never both trained and tested on. Scoring is ../shared/corpus/score.py's
own (imported from there): roles = share of body characters with the labelled role, level-1 heading
F1, exact title, salutation and kind, header = subtitle, speaker and date all right. bench/corpus's
labels are header-and-kind labels: they count for title, salutation, kind and header, not for roles
and headings.

    python bench/structure.py                 # per-fold / per-speech figures, last line cv_…=…
    python bench/structure.py --search        # also try the regularisation grid (choose PARAMS)
    python bench/structure.py --record resources/models/model.json   # add the figures to the record
    python bench/structure.py --cache /tmp/cv-models --quick   # keep each fold's models (keyed by
        # the training rows they were trained on, so a change of features retrains) and skip the
        # trained-on-all pass: a change of the rules after the models (core/header/clerk.py's
        # clerk_header_tags) is measured in a few minutes instead of retraining every fold
    python bench/structure.py --kind-cache bench/out/kind_inputs.json   # quick (~5 min): what each
                     # held-out analysis handed the kind model (title, opening, body …), 10 source folds
    python bench/structure.py --kind-only bench/out/kind_inputs.json    # quicker (~2 min): the kind alone

`--kind-cache` runs the cross-validation with the sources dealt in 10 folds (--folds; 0 leaves one
source out, as the full run does) and keeps, for each held-out speech, what its analysis handed the
kind model. `--kind-only` then retrains only the kind model per fold (same folds) and reads each
held-out speech's kind from those cached readings: kinds.py's cues and the kind features are
recomputed with today's code, the header reading is the cached one. So it measures changes to the
kind's reading alone (after a change to the header's reading, make the cache again), for iterating;
the figures to report are the full run's. Its last line is cv_kind=… cv_kind_fair=… (the fair
speeches 401–495, bench/corpus/SOURCES.md says why) cv_kind_or_alternative=… (the right kind read
first or offered as the close alternative the clerk is shown).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from speechwriter.core import analyzer, training  # noqa: E402
from speechwriter.core.analyzer import analyze_text  # noqa: E402
from speechwriter.core.features import kind_features  # noqa: E402
from speechwriter.core.held_out import held_out_among  # noqa: E402
from speechwriter.core.kind_model import KindModel, train_kinds  # noqa: E402
from speechwriter.core.kinds import close_alternatives, lead_line, title_first  # noqa: E402

SHARED = ROOT.parent / "shared"
CORPUS, SEEDS = SHARED / "corpus", SHARED / "seeds" / "labels"
LOCAL = ROOT / "bench" / "corpus"   # more speeches, header and kind labelled (never shipped)


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", CORPUS / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Tally:
    def __init__(self):
        self.total = self.agree = self.tp = self.fp = self.fn = 0
        self.counts = {"title": [0, 0], "salutation": [0, 0], "kind": [0, 0], "header": [0, 0]}

    def add(self, other: Tally) -> None:
        for key in ("total", "agree", "tp", "fp", "fn"):
            setattr(self, key, getattr(self, key) + getattr(other, key))
        for key, (ok, n) in other.counts.items():
            self.counts[key][0] += ok
            self.counts[key][1] += n

    @property
    def roles(self) -> float:
        return self.agree / max(1, self.total)

    @property
    def f1(self) -> float:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def share(self, key: str) -> float:
        ok, n = self.counts[key]
        return ok / max(1, n)


def score_speech(score, example, speeches) -> tuple[Tally, str]:
    tally = Tally()
    label = example.label
    dicts = [s.to_dict() for s in speeches]
    hit = want_n = extra = 0
    if not training.is_header_only(label):
        text_n = score.norm(example.text)
        lroles, body_start = score.label_roles(text_n, label)
        proles = score.analyser_roles(text_n, dicts)
        body = range(body_start, len(text_n))
        tally.total = len(body)
        tally.agree = sum(1 for x in body if proles[x] == lroles[x])
        got = [score.norm(h) for sp in dicts for h in score.level1_headings(sp.get("sections") or [])]
        want = [score.norm(h) for h in label["level1_headings"]]
        for w in want:
            if w in got:
                got.remove(w)
                hit += 1
        want_n, extra = len(want), len(got)
        tally.tp, tally.fp, tally.fn = hit, len(got), len(want) - hit
    first = dicts[0] if dicts else {}
    marks = []
    for key in ("title", "salutation", "kind", "header"):
        keys = [k for k in ("subtitle", "speaker", "date") if k in label] if key == "header" else [key]
        ok = all(score.norm(first.get(k)) == score.norm(label.get(k)) for k in keys)
        tally.counts[key] = [int(ok), 1]
        if not ok:
            marks.extend(f"{k}: {first.get(k)!r} ≠ {label.get(k)!r}" for k in keys
                         if score.norm(first.get(k)) != score.norm(label.get(k)))
    roles = "header only" if training.is_header_only(label) else f"roles={tally.roles:.3f} l1 {hit}/{want_n} (+{extra})"
    line = (f"  {example.name:10s} {roles} speeches={len(dicts)}" + ("  " + "; ".join(marks) if marks else ""))
    return tally, line


def _recording_kind_inputs(kept: list) -> object:
    """analyzer's kind_features, keeping the arguments of each call (what the analysis read)."""
    def recorded(*args):
        kept.append(list(args))
        return kind_features(*args)
    return recorded


def fold_of(examples, folds: int, untested: frozenset = frozenset()) -> dict[str, int]:
    """Each source's fold: its own (`folds` 0, leave one source out), or the sources dealt round; a
    source with no speech to read (`untested` only) is in no fold (-1: it trains in every fold), so
    the folds are the same with and without --train-with."""
    groups = sorted({e.group for e in examples if e.name not in untested})
    return {**{e.group: -1 for e in examples}, **{g: (i % folds if folds else i) for i, g in enumerate(groups)}}


def fold_key(train_set, params=None) -> str:
    """The cache file name of the models trained on these examples (what training sees)."""
    rows = json.dumps([training.example_row(e) for e in train_set] + [training.PARAMS, params], ensure_ascii=False,
                      sort_keys=True)
    return hashlib.sha256(rows.encode("utf-8")).hexdigest()[:24] + ".json"


def fold_models(train_set, params=None, cache: Path | None = None) -> dict[str, bytes]:
    """The models trained on these examples; with a cache folder, kept there under a key of what
    training sees (the rows' features and tags, the parameters), so they are reused only when
    training would give the same models."""
    if cache is None:
        return training.train(train_set, params=params)
    path = cache / fold_key(train_set, params)
    if path.exists():
        return {name: bytes.fromhex(value) for name, value in json.loads(path.read_text(encoding="utf-8")).items()}
    models = training.train(train_set, params=params)
    cache.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({name: value.hex() for name, value in models.items()}), encoding="utf-8")
    return models


def cross_validate(score, examples, params=None, verbose=True, kind_inputs: dict | None = None,
                   folds: int = 0, cache: Path | None = None, untested: frozenset = frozenset(),
                   cut: int = 0) -> tuple[Tally, Tally]:
    """(all speeches, seed speeches) tallies of source-grouped cross-validation (`folds`: see
    fold_of). `kind_inputs`, when given, gets each held-out speech's first kind-model call's
    arguments (for --kind-only). `cache`: see fold_models. `untested`: names of speeches that train
    in every fold but their source's and are never read (--train-with). `cut`: each held-out speech is read
    from its first `cut` characters only (an excerpt, as index pages give), training on whole speeches."""
    everything, seeds = Tally(), Tally()
    fold_index = fold_of(examples, folds, untested)
    for group in sorted(set(fold_index.values()) - {-1}):
        test_set = [e for e in examples if fold_index[e.group] == group and e.name not in untested]
        if not test_set:
            continue
        train_set = [e for e in examples if fold_index[e.group] != group]
        models = training.open_models(fold_models(train_set, params, cache))
        fold = Tally()
        lines = []
        for example in test_set:
            kept: list = []
            analyzer.kind_features = _recording_kind_inputs(kept)  # type: ignore[assignment]
            try:
                speeches = analyze_text(example.text[:cut] if cut else example.text, models=models)
            finally:
                analyzer.kind_features = kind_features  # type: ignore[assignment]
            if kind_inputs is not None and kept:
                kind_inputs[f"{example.group}/{example.name}"] = kept[0]
            tally, line = score_speech(score, example, speeches)
            fold.add(tally)
            if example.group == "seeds":
                seeds.add(tally)
            lines.append(line)
        everything.add(fold)
        if verbose:
            print(f"fold {group}: roles={fold.roles:.3f} l1_f1={fold.f1:.3f} title={fold.share('title'):.2f} "
                  f"salutation={fold.share('salutation'):.2f} kind={fold.share('kind'):.2f} "
                  f"header={fold.share('header'):.2f} n={len(test_set)}")
            print("\n".join(lines))
    return everything, seeds


def is_fair(example) -> bool:
    """Speeches 401–495 of bench/corpus: collected apart from every rule writer (SOURCES.md)."""
    return example.name.isdigit() and 401 <= int(example.name) <= 495


def kind_only(examples, inputs: dict, folds: int, verbose: bool = True, sets: dict | None = None,
              untrained: frozenset = frozenset()) -> str:
    """Source-grouped CV of the kind alone, from the cached analysis inputs (see the module's doc):
    the sources dealt round in `folds` folds (0: one fold per source, as the full run). `sets`: each
    speech's folder (name → folder), for a figure per folder; `untrained`: folders whose speeches are
    read (in their own fold) but never trained on — the same folds with and without them in training."""
    right = fair_right = fair_n = n = offered = 0
    confusion: dict[tuple[str, str], int] = {}
    per_set: dict[str, list[int]] = {}
    sets = sets or {}
    fold_index = fold_of(examples, folds)
    for fold in sorted(set(fold_index.values())):
        train_set = [e for e in examples if fold_index[e.group] != fold and sets.get(e.name) not in untrained]
        model: KindModel = train_kinds([(e.kind_features, e.label.get("kind") or "other") for e in train_set],
                                       **training.PARAMS["kind"])
        for example in (e for e in examples if fold_index[e.group] == fold):
            group = example.group
            args = inputs.get(f"{example.group}/{example.name}")
            if args is None:
                continue
            ranked = title_first(model.ranked(kind_features(*args)), args[0], args[1], lead_line(args[3], args[6]))
            gold, read = example.label.get("kind"), ranked[0][0]
            n += 1
            right += gold == read
            tally = per_set.setdefault(sets.get(example.name, "?"), [0, 0])
            tally[0] += gold == read
            tally[1] += 1
            offered += gold == read or gold in close_alternatives(ranked)   # the clerk is shown it
            if is_fair(example):
                fair_n += 1
                fair_right += gold == read
            if gold != read:
                confusion[(gold, read)] = confusion.get((gold, read), 0) + 1
                if verbose:
                    print(f"  {example.name:10s} {group}: {read} ≠ {gold}  title={args[0]!r}")
    if verbose:
        for (gold, read), count in sorted(confusion.items(), key=lambda kv: -kv[1]):
            print(f"  {count:3d}  {gold} read as {read}")
    if len(per_set) > 1:
        print("by folder: " + ", ".join(f"{name} {ok}/{total}={ok / max(1, total):.3f}"
                                        for name, (ok, total) in sorted(per_set.items())))
    return (f"cv_kind={right / max(1, n):.3f} cv_kind_fair={fair_right / max(1, fair_n):.3f} "
            f"cv_kind_or_alternative={offered / max(1, n):.3f} n={n} n_fair={fair_n}")


def summary(tally: Tally, n: int, prefix: str = "cv_") -> str:
    return (f"{prefix}roles={tally.roles:.3f} {prefix}l1_f1={tally.f1:.3f} {prefix}title={tally.share('title'):.2f} "
            f"{prefix}salutation={tally.share('salutation'):.2f} {prefix}kind={tally.share('kind'):.2f} "
            f"{prefix}header={tally.share('header'):.2f} n={n}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--search", action="store_true", help="try the c1/c2 grid for each model")
    parser.add_argument("--record", help="add the figures to this model record (model.json)")
    parser.add_argument("--kind-cache", help="keep what each held-out analysis handed the kind model (JSON)")
    parser.add_argument("--kind-only", help="quick CV of the kind alone from a --kind-cache file")
    parser.add_argument("--cut", type=int, default=0,
                        help="--kind-cache: read each held-out speech from its first CUT characters only (an excerpt)")
    parser.add_argument("--folds", type=int, default=10,
                        help="--kind-cache/--kind-only: sources dealt in this many folds (0: one per source)")
    parser.add_argument("--shared-only", action="store_true", help="only ../shared's labelled speeches (the earlier set)")
    parser.add_argument("--untrained", action="append", default=[],
                        help="--kind-only: a --with folder read in its folds but never trained on")
    parser.add_argument("--with", dest="also", action="append", default=[],
                        help="--kind-cache/--kind-only: one more labelled folder (header+kind labels) in the CV, grouped "
                             "by its SOURCES.md as the others, teaching the kind alone as in `make model` "
                             "(never bench/corpus_fresh5 or corpus_fresh6, the held-out sets)")
    parser.add_argument("--train-with", action="append", default=[],
                        help="a header-only labelled folder that teaches the header and kind models in every fold "
                             "(but its own sources' folds) and is never read: the shipped recipe's bench/corpus_fresh, "
                             "bench/corpus_fresh2")
    parser.add_argument("--header-with", action="append", default=[],
                        help="as --train-with, teaching the header model alone (the shipped recipe's bench/corpus_fresh4)")
    parser.add_argument("--cache", help="keep (and reuse) each fold's trained models in this folder")
    parser.add_argument("--quick", action="store_true", help="skip the trained-on-all pass (the cv_ line only)")
    parser.add_argument("--cv-folds", type=int, default=0,
                        help="the sources dealt in this many folds (default 0: leave one source out)")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"no labelled corpus at {CORPUS}: nothing to measure")
        return 0
    score = load_scorer()
    folders = [CORPUS] + ([LOCAL] if LOCAL.is_dir() and not args.shared_only else [])
    held = held_out_among(args.also + args.train_with + args.header_with)
    if held:
        parser.error(f"bench/{held} is held out: no training or CV reads it")
    also = [Path(f) for f in args.also]   # teach the kind alone, as `make model` has them
    examples = training.labelled_examples(folders + [Path(f) for f in args.train_with], SEEDS if SEEDS.is_dir() else None,
                                          kind_corpus=also, header_corpus=args.header_with)
    untested = frozenset(p.stem for f in args.train_with + args.header_with for p in Path(f).glob("*.json"))
    folders += also
    if args.kind_cache:   # quick: the folds' readings for --kind-only, no more
        kind_inputs: dict = {}
        tally, _ = cross_validate(score, examples, kind_inputs=kind_inputs, folds=args.folds, verbose=False,
                                  cut=args.cut)
        Path(args.kind_cache).write_text(json.dumps(kind_inputs, ensure_ascii=False), encoding="utf-8")
        print(summary(tally, len(examples), prefix=f"cv{args.folds}_"))
        return 0
    if args.kind_only:
        sets = {p.stem: f"{folder.parent.name}/{folder.name}" for folder in folders for p in folder.glob("*.json")}
        sets.update({e.name: "seeds" for e in examples if e.group == "seeds"})
        untrained = frozenset(f"{Path(f).parent.name}/{Path(f).name}" for f in args.untrained)
        print(kind_only(examples, json.loads(Path(args.kind_only).read_text(encoding="utf-8")), args.folds,
                        sets=sets, untrained=untrained))
        return 0
    if args.search:
        for c1 in (0.0, 0.05, 0.1, 0.3):
            for c2 in (0.01, 0.05, 0.1, 0.5):
                params = {name: {"c1": c1, "c2": c2} for name in ("roles", "header", "kind")}
                tally, _ = cross_validate(score, examples, params, verbose=False)
                print(f"c1={c1} c2={c2}: " + summary(tally, len(examples)))
    tally, seeds = cross_validate(score, examples, cache=Path(args.cache) if args.cache else None, untested=untested,
                                  folds=args.cv_folds)
    if args.quick:
        print(summary(tally, len(examples) - sum(1 for e in examples if e.name in untested)))
        return 0
    n_seeds = sum(1 for e in examples if e.group == "seeds")
    seed_line = summary(seeds, n_seeds, prefix="cv_seed_")
    full, full_seeds = Tally(), Tally()
    models = training.open_models(training.train(examples))
    read = [e for e in examples if e.name not in untested]
    for example in read:
        tally_one = score_speech(score, example, analyze_text(example.text, models=models))[0]
        full.add(tally_one)
        if example.group == "seeds":
            full_seeds.add(tally_one)
    full_line = summary(full, len(read), prefix="trained_")
    # what the clerk sees on the bundled samples: the shipped models (trained on all) reading them
    shipped_seed_line = summary(full_seeds, n_seeds, prefix="shipped_seed_")
    print(f"held-out seeds: {seed_line}")
    print(f"bundled samples read by the shipped model: {shipped_seed_line}")
    print(f"trained on all (upper bound): {full_line}")
    line = summary(tally, len(read))
    if args.record:
        path = Path(args.record)
        record = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        record["cross_validation"] = {"grouping": "leave one source out (SOURCES.md source of ../shared/corpus and "
                                                  "bench/corpus; seeds one group)"
                                      + (f"; every fold also trained on {' and '.join(args.train_with + args.header_with)}"
                                         " (never read)" if untested else ""),
                                      "figures": line, "held_out_seeds": seed_line, "shipped_on_seeds": shipped_seed_line,
                                      "trained_on_all": full_line}
        path.write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
