"""The context classifier of speechwriter/check/confuse.py alone, on real text it was not trained on.

    python bench/confuse.py TABLE [dev|test] [--margins 4,6,8] [--show N]

TABLE is a table trained without the held-aside days of the news (`python -m speechwriter.check.build_confuse
--split TABLE`); dev / test are those days (build_confuse.DEV_FROM, TEST_FROM: about 2024 / 2025). Every place a
member of a pair is written there as a word is judged twice: as written (a flag is a false flag) and with the
member swapped for each twin (a flag naming the original word is a detection). Reported per margin: detections /
swaps, false flags / places and per 10k characters. The margin of confuse.MARGIN was chosen on dev; test is read
once for the report.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from speechwriter.check import build_confuse, confuse  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("table", type=Path)
    parser.add_argument("part", choices=("dev", "test"), nargs="?", default="dev")
    parser.add_argument("--margins", default="2,4,5,6,7,8,10,12")
    parser.add_argument("--swaps", type=int, default=40, help="swapped places per pair and direction, at most")
    parser.add_argument("--show", type=int, default=0, help="print this many false flags and detections")
    parser.add_argument("--seed", type=int, default=10)
    args = parser.parse_args()
    tab = confuse.load(args.table.read_bytes())
    if tab is None:
        print("no table")
        return 1
    confuse.table = lambda: tab  # type: ignore[assignment]  # (the route reads this table)
    margins = [float(m) for m in args.margins.split(",")]
    lines = build_confuse.split_lines(args.part)
    chars = sum(len(line) for line in lines)
    rng = random.Random(args.seed)
    places = 0
    false: list[tuple[float, str]] = []
    swaps: dict[tuple[str, str], list[tuple[str, int, int]]] = {}
    for line in lines:
        found = {(s, e): (twin, score) for s, e, twin, score in confuse.candidates(line, margin=min(margins))}
        for s, e, word in confuse.places(line, tab):
            places += 1
            if (s, e) in found:
                twin, score = found[(s, e)]
                false.append((score, f"{word}→{twin} | {line[max(0, s - 12):e + 12]}"))
            for twin in tab.twins.get(word, ()):
                swaps.setdefault((word, twin), []).append((line, s, e))
    tried = 0
    hits: list[tuple[float, str]] = []
    for (word, twin), spots in sorted(swaps.items()):
        for line, s, e in rng.sample(spots, min(args.swaps, len(spots))):
            new = line[:s] + twin + line[e:]
            tried += 1
            for cs, _, right, score in confuse.candidates(new, margin=min(margins)):
                if cs == s and right == word:
                    hits.append((score, f"{twin}→{word} | {new[max(0, s - 12):s + len(twin) + 12]}"))
    print(f"{args.part}: {chars} characters, {places} places of members, {tried} swaps, {len(tab.pairs)} pairs")
    for m in margins:
        d = sum(1 for score, _ in hits if score >= m)
        f = sum(1 for score, _ in false if score >= m)
        print(f"margin={m:g} detected={d}/{tried}={d / max(tried, 1):.3f} false={f}/{places}={f / max(places, 1):.4f} "
              f"false_per_10k={f / chars * 1e4:.3f}")
    if args.show:
        m = confuse.MARGIN
        for score, text in sorted(false, reverse=True)[:args.show]:
            if score >= m:
                print(f"false {score:.1f} {text}")
        for score, text in rng.sample(hits, min(args.show, len(hits))):
            if score >= m:
                print(f"hit {score:.1f} {text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
