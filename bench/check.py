"""校对 recall and false alarms on real speeches, and its speed on a 20,000-character speech.

Errors of each kind are injected one at a time (seeded RNG) into the corpus's published speeches
(`../shared/corpus/*.txt`, or `--corpus DIR` for speeches from elsewhere): a placeholder, a sample
sentence, a field mark, a wrong heading number, a wrong "讲三点", a half-width comma, an unmatched
quote, a doubled character/word/sentence/closing, an impossible date, a non-standard formulation, a
common misspelling, a speech over its time limit. An injection counts as found when the checker
reports a finding of that kind, not there in the unaltered text, overlapping the injected place.
False alarms: findings on the unaltered texts, per 10,000 characters (the texts are published, so
nearly all repeat/date/term/typo findings there are false; punctuation/pairs/placeholder ones are
often real slips of the web copies and are counted apart).
Speed: the median of 5 checks of a 20,000-character speech, against jieba.lcut of the same text.

Last line: recall=… per_kind=kind:r,… false_per_10k=… (repeat+date+term+typo) all_per_10k=…
check_ms_20k=… check_vs_jieba=…
"""

from __future__ import annotations

import argparse
import itertools
import random
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from speechwriter.check import KINDS, Para, Text, run_checks  # noqa: E402
from speechwriter.check.lists import entries  # noqa: E402
from speechwriter.core.markers import find_marker  # noqa: E402
from speechwriter.core.numerals import chinese_numeral  # noqa: E402

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
PER_SPEECH = 4  # injections of each kind per speech
STRICT = ("repeat", "date", "term", "typo")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def read(path: Path) -> list[str]:
    from speechwriter.core.reader import read_speech_file

    return [line.strip() for line in read_speech_file(path).splitlines() if line.strip()]


def body(lines: list[str]) -> list[int]:
    """Indexes of body paragraphs long enough to carry an error (not title/header lines)."""
    return [i for i, line in enumerate(lines) if len(line) >= 30 and i >= 2]


def sentence_end(rng, line: str) -> int:
    ends = [m.end() for m in re.finditer(r"[。；！？]", line)]
    return rng.choice(ends) if ends else len(line)


# each injector: (lines, rng) -> (new lines, paragraph, start, end, extra Text settings) or None
def insert_at(rng, lines, words):
    candidates = body(lines)
    if not candidates:
        return None
    i = rng.choice(candidates)
    at = sentence_end(rng, lines[i])
    word = rng.choice(words)
    new = lines[:]
    new[i] = lines[i][:at] + word + lines[i][at:]
    return new, i, at, at + len(word), {}


def placeholder(lines, rng):
    return insert_at(rng, lines, ["××", "XX", "xx", "**", "○○", "某某", "20××年", "20xx年",
                                  "（在此回顾过去一段时间的工作和成绩。）", "XXX同志指出", "××局"])


def _sample_sentences() -> list[str]:
    from speechwriter.core.reader import read_speech_file
    from speechwriter.paths import samples_dir

    found = []
    for path in sorted(samples_dir().iterdir()):
        for line in read_speech_file(path).splitlines():
            found += [s for s in re.findall(r"[^。！？]+[。！？]", line.strip()) if len(_CJK.findall(s)) >= 30]
    return found


_SAMPLES: list[str] = []


def sample_text(lines, rng):
    if not _SAMPLES:
        _SAMPLES.extend(_sample_sentences())
    return insert_at(rng, lines, _SAMPLES)


def field(lines, rng):
    return insert_at(rng, lines, ["{{ 单位 }}", "{{ 会议名称", "会议名称 }}", "{{ 日期 }}", "{{ }}"])


def numbering(lines, rng):
    markers = [(i, find_marker(line)) for i, line in enumerate(lines)]
    markers = [(i, m) for i, m in markers if m and m.family not in ("order", "part")]
    options = [(i, m) for k, (i, m) in enumerate(markers) if m.number >= 2 and k and markers[k - 1][1].family == m.family]
    if not options:
        return None
    i, marker = rng.choice(options)
    how = rng.choice(["gap", "repeat", "family"])
    if how == "family":
        other = {"cn": "（{}）", "paren_cn": "{}、", "arabic": "（{}）", "paren_arabic": "{}.", "shi": "第{}，",
                 "di": "{}是", "yao": "{}是", "circled": "（{}）"}[marker.family]
        number = chinese_numeral(marker.number) if "{}" in other and marker.family != "paren_cn" else chinese_numeral(marker.number)
        if marker.family == "arabic":
            number = chinese_numeral(marker.number)
        label = other.format(number)
    else:
        number = marker.number + (1 if how == "gap" else -1)
        if marker.family in ("arabic", "paren_arabic"):
            label = re.sub(r"\d+", str(number), marker.text, count=1)
        elif marker.family == "circled":
            label = chr(ord("①") + number - 1)
        else:
            label = re.sub(r"[一二三四五六七八九十]+", chinese_numeral(number), marker.text, count=1)
    new = lines[:]
    new[i] = label + lines[i][len(marker.text):]
    return new, i, 0, len(label), {}


def count_mismatch(lines, rng):
    """Before the first run of numbered points, announce a count that is not theirs."""
    markers = [(i, find_marker(line)) for i, line in enumerate(lines)]
    runs = []
    for i, m in markers:
        if m and m.number == 1 and i > 2 and m.family not in ("order", "part"):
            count, seen = 0, set()
            for j in range(i, len(lines)):
                other = markers[j][1]
                if other is None:
                    continue
                if other.family == m.family:
                    if other.number == 1 and count:
                        break
                    count += 1
                elif other.family in seen:
                    break
            runs.append((i, count))
            seen.add(m.family)
    runs = [(i, c) for i, c in runs if c >= 2]
    if not runs:
        return None
    i, count = rng.choice(runs)
    said = rng.choice([n for n in (count - 1, count + 1, count + 2) if n >= 2 and n != count])
    sentence = f"下面，我讲{chinese_numeral(said) if said != 2 else '两'}点意见。"
    new = lines[:]
    new[i - 1] = lines[i - 1] + sentence
    start = len(lines[i - 1]) + sentence.index("讲") + 1
    return new, i - 1, start, start + 1, {}


def punctuation(lines, rng):
    spots = [(i, m.start()) for i in body(lines) for m in re.finditer(r"(?<=[\u4e00-\u9fff])[，；：！？](?=[\u4e00-\u9fff])", lines[i])]
    if not spots:
        return None
    i, at = rng.choice(spots)
    half = {"，": ",", "；": ";", "：": ":", "！": "!", "？": "?"}[lines[i][at]]
    new = lines[:]
    new[i] = lines[i][:at] + half + lines[i][at + 1:]
    return new, i, at, at + 1, {}


def pairs(lines, rng):
    spots = [(i, m.start()) for i in body(lines) for m in re.finditer(r"[”》）]", lines[i])]
    new = lines[:]
    if spots and rng.random() < 0.7:
        i, at = rng.choice(spots)
        new[i] = lines[i][:at] + lines[i][at + 1:]
        opener = {"”": "“", "》": "《", "）": "（"}[lines[i][at]]
        start = lines[i].rfind(opener, 0, at)
        return new, i, start, at, {}
    candidates = body(lines)
    i = rng.choice(candidates)
    at = sentence_end(rng, lines[i])
    new[i] = lines[i][:at] + "“" + lines[i][at:]
    return new, i, at, at + 1, {}


def repeat(lines, rng):
    from speechwriter.core.tokens import cut

    how = rng.choice(["char", "word", "sentence", "closing"])
    new = lines[:]
    candidates = body(lines)
    if how == "closing" and "谢谢" in lines[-1]:
        new.append("我的发言完毕，谢谢！")
        return new, len(lines), 0, len(new[-1]), {}
    if how == "sentence":
        i = rng.choice(candidates)
        spans = [m.span() for m in re.finditer(r"[^。！？]{6,}[。！？]", lines[i])]
        if spans:
            s, e = rng.choice(spans)
            new[i] = lines[i][:e] + lines[i][s:e] + lines[i][e:]
            return new, i, e, e + (e - s), {}
    if how == "word":
        i = rng.choice(candidates)
        offset, spots = 0, []
        for token in cut(lines[i]):
            if len(token) >= 3 and _CJK.match(token) or token in ("我们", "他们", "大家", "同志", "问题", "群众", "干部"):
                spots.append((offset, token))
            offset += len(token)
        if spots:
            at, token = rng.choice(spots)
            new[i] = lines[i][:at + len(token)] + token + lines[i][at + len(token):]
            return new, i, at, at + 2 * len(token), {}
    spots = [(i, m.start()) for i in candidates for m in re.finditer("[的了在是和对把]", lines[i])
             if not re.match(r"(.)\1", lines[i][m.start() - 1:m.start() + 1])]
    i, at = rng.choice(spots)
    new[i] = lines[i][:at + 1] + lines[i][at] + lines[i][at + 1:]
    return new, i, at, at + 2, {}


def date(lines, rng):
    import datetime as dt

    how = rng.choice(["impossible", "weekday", "far"])
    year = rng.randint(2015, 2026)
    if how == "impossible":
        month = rng.choice([2, 4, 6, 9, 11])
        day = {2: rng.choice([30, 31]), 4: 31, 6: 31, 9: 31, 11: 31}[month]
        return insert_at(rng, lines, [f"{year}年{month}月{day}日，"])
    if how == "weekday":
        day = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
        wrong = (day.weekday() + rng.randint(1, 6)) % 7
        return insert_at(rng, lines, [f"{day.year}年{day.month}月{day.day}日（星期{'一二三四五六日'[wrong]}），"])
    speech_day = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
    far = speech_day.replace(year=speech_day.year + rng.randint(2, 5))
    result = insert_at(rng, lines, [f"{far.year}年{far.month}月{far.day}日前，"])
    if result:
        result[4]["date"] = speech_day
    return result


def _list_injection(name):
    def inject(lines, rng):
        table = entries(name)
        table = {w: e for w, e in table.items() if e.right}
        present = [(i, m.start(), e) for i in body(lines) for e in table.values()
                   for m in re.finditer(re.escape(e.right), lines[i])]
        new = lines[:]
        if present and rng.random() < 0.5:
            i, at, entry = rng.choice(present)
            new[i] = lines[i][:at] + entry.wrong + lines[i][at + len(entry.right):]
            return new, i, at, at + len(entry.wrong), {}
        return insert_at(rng, lines, ["，" + w for w in sorted(table)])
    return inject


def length(lines, rng):
    chars = sum(len(line) for line in lines)
    return lines[:], 0, 0, 0, {"target_minutes": round(chars / 220 * rng.uniform(0.5, 0.9), 1)}


INJECTORS = {"placeholder": placeholder, "sample_text": sample_text, "field": field, "numbering": numbering,
             "count_mismatch": count_mismatch, "punctuation": punctuation, "pairs": pairs, "repeat": repeat,
             "date": date, "term": _list_injection("terms"), "typo": _list_injection("typos"), "length": length}


def as_text(lines, **settings) -> Text:
    return Text([Para(line) for line in lines], **settings)


def found(kind, findings, baseline, paragraph, start, end, shift) -> bool:
    """A new finding of `kind` overlapping the injected place; `shift` moves the old findings of
    the injected paragraph that lie after the injection to where they now are."""
    old = {(f.kind, f.paragraph, f.start + (shift if f.paragraph == paragraph and f.start >= start else 0))
           for f in baseline}
    for f in findings:
        if f.kind != kind or (f.kind, f.paragraph, f.start) in old:
            continue
        if kind == "length" or (f.paragraph == paragraph and f.start < max(end, start + 1) and f.end > start):
            return True
    return False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder of speeches (*.txt, *.docx)")
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument("--show", action="store_true", help="print every missed injection")
    args = parser.parse_args()
    files = sorted(p for p in args.corpus.glob("*") if p.suffix.lower() in (".txt", ".docx")
                   and not (p.suffix.lower() == ".txt" and p.with_suffix(".docx").exists()))
    if not files:
        print(f"skipped: no speeches in {args.corpus} (the shared corpus is absent)")
        print("recall=NA per_kind=NA false_per_10k=NA")
        return 0
    rng = random.Random(args.seed)
    hits = {k: 0 for k in KINDS}
    tries = {k: 0 for k in KINDS}
    false = {k: 0 for k in KINDS}
    chars = 0
    speeches = [read(p) for p in files]
    for path, lines in zip(files, speeches):
        chars += sum(len(line) for line in lines)
        baseline = run_checks(as_text(lines))
        for f in baseline:
            false[f.kind] += 1
        for kind, inject in INJECTORS.items():
            for _ in range(PER_SPEECH):
                made = inject(lines, rng)
                if made is None:
                    continue
                new, paragraph, start, end, settings = made
                tries[kind] += 1
                findings = run_checks(as_text(new, **settings), kinds={kind})
                shift = (len(new[paragraph]) - len(lines[paragraph])) if paragraph < len(lines) else 0
                if found(kind, findings, baseline, paragraph, start, end, shift):
                    hits[kind] += 1
                elif args.show:
                    print(f"missed {kind} in {path.name} ¶{paragraph}: {new[paragraph][max(0, start - 12):end + 12]}")
    for kind in KINDS:
        print(f"{kind:15s} injected={tries[kind]:4d} found={hits[kind]:4d} "
              f"recall={hits[kind] / tries[kind] if tries[kind] else float('nan'):.3f} "
              f"unaltered_per_10k={false[kind] / chars * 1e4:.2f}")
    print(f"{len(files)} speeches, {chars} characters")
    text, size = [], 0
    for line in itertools.cycle([line for lines in speeches for line in lines]):
        if size >= 20000:
            break
        text.append(line)
        size += len(line)
    big = as_text(text)
    run_checks(big)  # warm: lists, jieba
    times = []
    for _ in range(5):
        start = time.perf_counter()
        run_checks(as_text(text))
        times.append((time.perf_counter() - start) * 1000)
    from speechwriter.core.tokens import cut

    joined = "\n".join(text)
    cut(joined)
    ref = []
    for _ in range(5):
        start = time.perf_counter()
        cut(joined)
        ref.append((time.perf_counter() - start) * 1000)
    check_ms, jieba_ms = statistics.median(times), statistics.median(ref)
    print(f"20,000-character speech ({len(joined)} chars): check {check_ms:.0f} ms, jieba.lcut {jieba_ms:.0f} ms")
    total = sum(tries.values())
    recall = sum(hits.values()) / total if total else 0
    per_kind = ",".join(f"{k}:{hits[k] / tries[k]:.2f}" for k in KINDS if tries[k])
    strict = sum(false[k] for k in STRICT) / chars * 1e4
    everything = sum(false.values()) / chars * 1e4
    print(f"recall={recall:.3f} per_kind={per_kind} false_per_10k={strict:.2f} all_per_10k={everything:.2f} "
          f"check_ms_20k={check_ms:.0f} check_vs_jieba={check_ms / jieba_ms:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
