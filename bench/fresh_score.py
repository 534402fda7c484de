#!/usr/bin/env python3
"""Score a speech analyser's header and kind against header-only labels (bench/corpus_fresh).

Usage:  fresh_score.py [--set DIR] [--show] [CMD ...]
  DIR   a folder of NN.txt + NN.json header-only labels (default: bench/corpus_fresh, development data
        since 2026-12-06, bench/corpus_fresh2, bench/corpus_fresh4 and bench/corpus_fresh3 too since 2026-12-07; the held-out sets
        are bench/corpus_fresh5 and bench/corpus_fresh6 — never read their per-speech results)
  CMD   the analyser command, run as `CMD analyze FILE --json` (default: speechwriter)

../shared/corpus/score.py needs `sections` in every label and stops with KeyError on the
header-only labels of bench/corpus_fresh; this script scores only what those labels give.
For each speech it compares the first speech in the analyser's output with the label:
  title, salutation, kind        exact match after normalising (as score.py)
  subtitle, speaker, date        the same, each on its own
  header                         subtitle, speaker and date all right (as score.py's header)
  body                           the analyser's first section starts with the label's body_first
Text is compared after NFKC, with punctuation, symbols, spaces and control characters removed.
Without --show only that last line is printed (bench/corpus_fresh5 and corpus_fresh6 are held out: which speech or which
kind it misses is not to be read); --show adds a line per speech, what each miss read, and the kind's
confusions. The last line sums up the set:
  title=0.80 salutation=0.90 kind=0.70 header=0.85 subtitle=… speaker=… date=… body=0.75 n=42
Exit status 0, or 3 when the analyser cannot be started at all.
"""
from __future__ import annotations

import collections
import json
import os
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from speechwriter.core.held_out import held_out_among  # noqa: E402  (the one list of held-out sets)

KEYS = ("title", "salutation", "kind", "header", "subtitle", "speaker", "date", "body")


def norm(s: str | None) -> str:
    if not s:
        return ""
    return "".join(ch for ch in unicodedata.normalize("NFKC", s)
                   if unicodedata.category(ch)[0] not in "PSZC" and not 0xE000 <= ord(ch) <= 0xF8FF)


def section_text(sec: dict) -> str:
    parts = [sec.get("heading") or ""] + list(sec.get("paragraphs") or [])
    parts += [section_text(p) for p in sec.get("points") or []]
    return "".join(parts)


def marks_for(label: dict, first: dict) -> dict[str, bool]:
    marks = {k: norm(first.get(k)) == norm(label.get(k))
             for k in ("title", "salutation", "kind", "subtitle", "speaker", "date")}
    marks["header"] = marks["subtitle"] and marks["speaker"] and marks["date"]
    sections = first.get("sections") or []
    start = norm(section_text(sections[0])) if sections else ""
    marks["body"] = bool(start) and start.startswith(norm(label.get("body_first")))
    return marks


def main() -> int:
    args = sys.argv[1:]
    folder, show = os.path.join(HERE, "corpus_fresh"), False
    while args and args[0].startswith("--"):
        flag = args.pop(0)
        if flag == "--set":
            folder = args.pop(0)
        elif flag == "--show":
            show = True
        else:
            raise SystemExit(__doc__)
    cmd = args or ["speechwriter"]
    if show and held_out_among([folder]):
        raise SystemExit(f"{folder} is held out: its per-speech results are not read (no --show)")
    names = sorted(f[:-5] for f in os.listdir(folder) if f.endswith(".json"))
    right = dict.fromkeys(KEYS, 0)
    by_kind: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    confusion: collections.Counter[tuple[str, str]] = collections.Counter()
    for nn in names:
        with open(os.path.join(folder, nn + ".json"), encoding="utf-8") as fh:
            label = json.load(fh)
        path = os.path.join(folder, nn + ".txt")
        try:
            run = subprocess.run(cmd + ["analyze", path, "--json"], capture_output=True, timeout=120)
        except FileNotFoundError:
            print("analyser cannot be started:", " ".join(cmd))
            return 3
        by_kind[label["kind"]][1] += 1
        if run.returncode != 0:
            print(f"{nn}: analyser failed rc={run.returncode}: "
                  f"{run.stderr.decode('utf-8', 'replace').strip()[-200:]}")
            confusion[(label["kind"], "(failed)")] += 1
            continue
        speeches = json.loads(run.stdout.decode("utf-8")).get("speeches") or []
        first = speeches[0] if speeches else {}
        marks = marks_for(label, first)
        for key in KEYS:
            right[key] += marks[key]
        by_kind[label["kind"]][0] += marks["kind"]
        confusion[(label["kind"], first.get("kind") or "(none)")] += 1
        if not show:
            continue
        print(f"{nn}: " + " ".join(f"{k}={'ok' if marks[k] else 'MISS'}" for k in KEYS)
              + f" speeches={len(speeches)}")
        for key in ("title", "subtitle", "speaker", "date", "salutation", "kind"):
            if not marks[key]:
                print(f"    {key}: got {first.get(key)!r}, label {label.get(key)!r}")
    if show:   # (the held-out set's figures are the last line alone: which speech or kind it misses is not read)
        print("kind by label: " + ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(by_kind.items())))
        print("kind misreads (label -> read): " + ", ".join(
            f"{a}->{b} {n}" for (a, b), n in confusion.most_common() if a != b))
    n = max(1, len(names))
    print(" ".join(f"{k}={right[k] / n:.2f}" for k in KEYS) + f" n={len(names)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
