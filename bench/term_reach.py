"""How far the 规范表述 rule's near-miss routes reach a fixed formulation: each formulation of a file (one a line)
written with one edit of each kind — a character dropped, one doubled, two side by side swapped, one replaced by a
character read alike, one replaced by a look-alike, one replaced by a common character of neither kind, the number of
a numbered formulation changed, two items of a series swapped — inside a sentence of our own, and term.check asked
whether it flags the edit (a finding of the rule overlapping it). Per kind of edit: found / tried, and, with --show,
the edits nobody flagged.

    python bench/term_reach.py FILE [--show] [--mined-only | --curated-only]

--mined-only turns the curated tables off (formulas.tsv, names.tsv and orders.tsv read as empty): what the mined
phrases (runs.zlib) alone find; --curated-only turns the mined table off. Without either, the rule as shipped.
Deterministic: the edit's place is the formulation's middle (for a drop, a swap or a replacement, the first place
from there whose edit is a real change), the replacing character the first of the lexicon's candidates in code order.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from speechwriter.check import term
from speechwriter.check.findings import Para, Text

SENTENCE = "会议要求，各级各部门要{}，确保各项工作落地见效。"
_HAN = re.compile(r"[\u4e00-\u9fff]")
NUMBERS = "一二三四五六七八九十"
# common characters that replace one of a formulation's where neither sound nor shape lead (a slip of the keyboard)
COMMON = "人国我他时来用生作出分对成会可主发年动同工能下过子说产种面方后多定行学法所民得经之进部度家电力里水化高自理起小物现实加量都体制机当使点从业本去性好应开合还由些然前外天政日那社事平形相全表间样关重新线内数正心反明看原利比质气第向道命变条结解问意建月公无系军情者最立代想通并提直题党程展果料象员革位常文总次品式活设管特件长求老头基资边流路级少图山统接知较组见计别手角期根论运农指区强放决西被干做必战先回则任取据处府研世"


def _places(text: str) -> list[int]:
    """The Han characters' places inside the formulation (not its first or last), from the middle outwards."""
    han = [i for i, ch in enumerate(text) if _HAN.match(ch)]
    inner = han[1:-1]
    mid = len(inner) // 2
    return sorted(inner, key=lambda i: abs(inner.index(i) - mid))


def edits(text: str) -> list[tuple[str, str]]:
    """(kind, the formulation with one edit of that kind) for each kind that applies."""
    from speechwriter.check.lexicon import lexicon

    lex = lexicon()
    by_reading: dict[str, list[str]] = {}
    for ch, values in lex.readings.items():
        for value in values:
            by_reading.setdefault(value, []).append(ch)
    places = _places(text)
    found: list[tuple[str, str]] = []
    if places:
        i = places[0]
        found.append(("少字", text[:i] + text[i + 1:]))
        found.append(("多字", text[:i + 1] + text[i] + text[i + 1:]))
    for i in places:
        j = i + 1
        if j < len(text) and _HAN.match(text[j]) and text[i] != text[j] and j != len(text) - 1:
            found.append(("颠倒", text[:i] + text[j] + text[i] + text[j + 1:]))
            break
    for kind, candidates in (("同音", lambda ch: sorted({c for r in lex.readings.get(ch, ()) for c in by_reading.get(r, ())})),
                             ("形近", lambda ch: sorted(lex.shapes.get(ch, ()))),
                             ("他字", lambda ch: list(COMMON))):
        for i in places:
            options = [c for c in candidates(text[i]) if c != text[i] and c not in NUMBERS and c not in text
                       and c in lex.readings]   # (a common character: 吸収 is no clerk's slip)
            if kind == "他字":
                from speechwriter.check.term_edit import alike

                options = [c for c in options if not alike(c, text[i])]
            if options:
                found.append((kind, text[:i] + options[0] + text[i + 1:]))
                break
    numbered = re.search(f"[{NUMBERS}]个", text)
    if numbered:
        n = numbered.start()
        other = "三" if text[n] != "三" else "四"
        found.append(("数目", text[:n] + other + text[n + 1:]))
    for part in re.split("[，；]", text.replace("“", "").replace("”", "")):
        items = part.split("、")
        if len(items) >= 3:
            swapped = items[:]
            swapped[0], swapped[1] = swapped[1], swapped[0]
            found.append(("次序", text.replace("“", "").replace("”", "").replace(part, "、".join(swapped))))
            break
    return found


def flagged(wrong: str) -> bool:
    line = SENTENCE.format(wrong)
    start = line.index(wrong)
    end = start + len(wrong)
    return any(f.start < end and start < f.end for f in term.check(Text([Para(line)])))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--show", action="store_true")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--mined-only", action="store_true")
    group.add_argument("--curated-only", action="store_true")
    group.add_argument("--as-curated", action="store_true",
                       help="the file's formulations added to formulas.tsv (the curated routes) for this run")
    args = parser.parse_args(argv)
    lines = [line.split("\t")[0].strip() for line in args.file.read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if line and not line.startswith("#")]
    if args.mined_only:
        from speechwriter.check import lists

        real = lists.entries

        def entries(name: str):
            return {} if name in ("formulas", "names", "orders") else real(name)

        lists.entries = entries
        term.entries = entries
        import speechwriter.check.term_mined as term_mined

        term_mined.entries = entries
    if args.curated_only:
        term.run_index = lambda _key: None  # type: ignore[assignment]
    if args.as_curated:
        from speechwriter.check import lists
        from speechwriter.check.lists import Entry

        shipped = lists.entries
        added = {line: Entry(line, "", "") for line in lines}
        grown = {**shipped("formulas"), **added}

        def with_file(name: str):
            return grown if name == "formulas" else shipped(name)

        term.entries = with_file
    tried: Counter[str] = Counter()
    hit: Counter[str] = Counter()
    right_flagged = []
    for text in lines:
        if flagged(text):
            right_flagged.append(text)
        for kind, wrong in edits(text):
            tried[kind] += 1
            if flagged(wrong):
                hit[kind] += 1
            elif args.show:
                print(f"silent {kind}: {wrong}  ({text})")
    for kind in tried:
        print(f"{kind:4s} {hit[kind]:3d}/{tried[kind]:3d}")
    print(f"all  {sum(hit.values()):3d}/{sum(tried.values()):3d}; right forms flagged: {len(right_flagged)} {right_flagged}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
