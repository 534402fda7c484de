"""Benchmark: the header read in every labelled speech rewritten in the shapes real files and
pasted pages take (core/shapes.py): per shape, the share of speeches whose title, header (subtitle,
speaker, date) and salutation are read as labelled.

    python bench/shapes.py                       # the models in use, on ../shared/corpus, bench/corpus, bench/corpus_fresh
    python bench/shapes.py --cache /tmp/cv-models   # each speech read by its fold's models
        # (bench/structure.py --cache's folder, same folds: a speech's source never trained on)
    python bench/shapes.py --show title          # also each wrong title

Last line: shapes_title=… shapes_header=… shapes_salutation=… n=… (over all speeches × shapes).
Development data only (never bench/corpus_fresh2).
"""

from __future__ import annotations

import argparse
import json
import sys
import zlib
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from speechwriter.core import training  # noqa: E402
from speechwriter.core.analyzer import CURRENT, analyze_text  # noqa: E402
from speechwriter.core.labelling import norm  # noqa: E402
from speechwriter.core.reader import read_speech_file  # noqa: E402
from speechwriter.core.shapes import top_of, variants  # noqa: E402

SHARED = ROOT.parent / "shared"
FOLDERS = [SHARED / "corpus", ROOT / "bench" / "corpus", ROOT / "bench" / "corpus_fresh"]


def speeches(folders: list[Path]) -> list[tuple[str, str, str, dict]]:
    """(folder name/number, group, text, label) of each labelled speech."""
    out = []
    for folder in folders:
        groups = training.corpus_groups(folder)
        for label_path in sorted(folder.glob("*.json")):
            nn = label_path.stem
            source = folder / f"{nn}.docx" if (folder / f"{nn}.docx").exists() else folder / f"{nn}.txt"
            if not source.exists():
                continue
            label = json.loads(label_path.read_text(encoding="utf-8"))
            out.append((f"{folder.name}/{nn}", groups.get(nn, f"{folder.name}/{nn}"), read_speech_file(source), label))
    return out


def fold_models_for(cache: Path) -> dict[str, object]:
    """Each source's held-out models, as bench/structure.py --cache trained them (None where not cached)."""
    import bench.structure as structure

    examples = training.labelled_examples([SHARED / "corpus", ROOT / "bench" / "corpus"],
                                          SHARED / "seeds" / "labels")
    index = structure.fold_of(examples, 0)
    models = {}
    for group in sorted(set(index.values())):
        train_set = [e for e in examples if index[e.group] != group]
        name = structure.fold_key(train_set)
        path = cache / name
        if path.exists():
            data = {k: bytes.fromhex(v) for k, v in json.loads(path.read_text(encoding="utf-8")).items()}
            opened = training.open_models(data)
            for source, g in index.items():
                if g == group:
                    models[source] = opened
    return models


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cache", help="bench/structure.py --cache's folder: read each speech with its fold's models")
    parser.add_argument("--show", choices=("title", "header", "salutation"), help="print each wrong reading of this")
    parser.add_argument("--shapes", help="only these shapes (comma-separated)")
    parser.add_argument("--limit", type=int, default=0, help="only every N-th speech (quick look)")
    args = parser.parse_args()
    folds = fold_models_for(Path(args.cache)) if args.cache else {}
    items = speeches(FOLDERS)
    if args.limit:
        items = items[::args.limit]
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for name, group, text, label in items:
        top = top_of(text, label)
        if top is None:
            continue
        models = folds.get(group, CURRENT) if args.cache else CURRENT
        if args.cache and group not in folds:
            continue   # (bench/corpus_fresh: no source of it is trained on; read with a fold trained on all but one)
        for shape, variant, want in variants(top, seed=zlib.crc32(name.encode()), shapes=args.shapes.split(",") if args.shapes else None):
            got = analyze_text(variant, models=models)
            first = got[0].to_dict() if got else {}
            ok_title = norm(first.get("title")) == norm(want["title"])
            ok_header = all(norm(first.get(k)) == norm(want[k]) for k in ("subtitle", "speaker", "date"))
            ok_salutation = norm(first.get("salutation")) == norm(want["salutation"])
            row = tally[shape]
            row[0] += ok_title
            row[1] += ok_header
            row[2] += ok_salutation
            row[3] += 1
            wrong = {"title": ok_title, "header": ok_header, "salutation": ok_salutation}
            if args.show and not wrong[args.show]:
                keys = ("subtitle", "speaker", "date") if args.show == "header" else (args.show,)
                print(f"  {name} {shape}: " + "; ".join(f"{k} {first.get(k)!r} ≠ {want[k]!r}" for k in keys
                                                      if norm(first.get(k)) != norm(want[k])))
    total = [0, 0, 0, 0]
    for shape, row in sorted(tally.items()):
        n = max(1, row[3])
        print(f"{shape:20s} title={row[0] / n:.2f} header={row[1] / n:.2f} salutation={row[2] / n:.2f} n={row[3]}")
        total = [a + b for a, b in zip(total, row)]
    n = max(1, total[3])
    print(f"shapes_title={total[0] / n:.3f} shapes_header={total[1] / n:.3f} shapes_salutation={total[2] / n:.3f} n={total[3]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
