"""Builds confuse.py's table of confusion pairs and their context counts (a developer's tool; the app only reads
what it writes). Run from a checkout, after build_lexicon (it reads ngram.marshal's readings and shapes.tsv):

    python -m speechwriter.check.build_confuse

Reads the real text build_lexicon.NGRAM_SOURCES lists (the one list of the corpora the counts of real text are
built from: never a 政府工作报告 nor a false-alarm set; whatever that list holds is read), cut by clause and by
jieba (dictionary only). Then:
- the members: words of two to four Han characters of jieba's dictionary or common.tsv written MIN_WORD times at
  least as words of the cut;
- the pairs: two members that differ in one character, 同音 (the usual toneless readings of ngram.marshal) or
  形近 (shapes.tsv and its glyph pairs), not a variant of the usage rule (variants.VARIANTS); and the pairs of
  public usage notes (NOTED) where both are written MIN_NOTED times;
- for each pair, the features (confuse.features) of every place a member is written, counted by member, and
  kept where they tell the two apart (|ln ratio| ≥ KEEP_RATIO, seen KEEP_MIN times with the pair at least).
Writes resources/check/confuse.zlib. `--split` trains without the held-aside days of the news (HOLD) and writes
the table to the path given after it instead (bench/confuse.py measures it on those days).
"""

from __future__ import annotations

import collections
import gzip
import math
import sys
from collections.abc import Iterator
from pathlib import Path

from speechwriter.check.build_lexicon import DATA, NGRAM_SOURCES, OUT

MIN_WORD = 20       # a member is written this often as a word of the cut, at least
MIN_NOTED = 40      # … a member of a NOTED pair
KEEP_MIN = 3        # a feature is seen with the pair this often, at least, to be kept
KEEP_RATIO = 1.0    # … and tells the two apart by this many nats
MAX_PLACES = 20000  # places of one member counted, at most (the first ones: 发展 needs no million)
# Pairs named by public usage notes (none of them a page an error set here was collected from):
# 界限/界线: 《公文写作常见错误辨析》-style notes, http://ulib.interlib.cn/tcshop/1111/product/6106645.html;
# 启用/起用: http://www.studyofnet.com/239075799.html (启用 for things, 起用 for people);
# 考察/考查, 度过/渡过: 杜永道's notes at http://www.jizihe.com/page/2018/0507/3483099.shtml;
# the rest of issue 18's list (权利/权力, 反映/反应, 形式/形势, 以至/以致, 法治/法制, 截止/截至, 必须/必需,
# 其间/期间, 品味/品位) are 同音 pairs the mechanical rule finds too; 制定/制订 is a house-style variant (订/定).
NOTED = (("界限", "界线"), ("启用", "起用"), ("考察", "考查"), ("度过", "渡过"), ("权利", "权力"), ("反映", "反应"),
         ("形式", "形势"), ("以至", "以致"), ("法治", "法制"), ("截止", "截至"), ("必须", "必需"), ("其间", "期间"),
         ("品味", "品位"))
HOLD = "cctv_news_2022_2025.txt.gz"   # the file whose last days are held aside by --split
DEV_FROM, TEST_FROM = 0.5, 0.75       # shares of its days: development from here, test from there


def documents(sources: tuple[str, ...] = NGRAM_SOURCES) -> Iterator[tuple[str, int, list[str]]]:
    """(file, day, lines) of the corpora: a day of the news (its list of items opens with "1."), else the file
    as one document (day 0)."""
    for name in sources:
        day, lines = 0, list[str]()
        for line in gzip.open(DATA / name, "rt", encoding="utf-8"):
            if name == HOLD and line.startswith("1.") and lines:
                yield name, day, lines
                day, lines = day + 1, []
            lines.append(line.rstrip("\n"))
        yield name, day, lines


def split_lines(part: str) -> list[str]:
    """The lines of 'train' (all but the held-aside days), 'dev', 'test' or 'all'."""
    docs = list(documents())
    days = max((d for name, d, _ in docs if name == HOLD), default=0) + 1
    out = []
    for name, day, lines in docs:
        where = ("test" if day >= TEST_FROM * days else "dev" if day >= DEV_FROM * days else "train") \
            if name == HOLD else "train"
        if part == "all" or where == part:
            out += lines
    return out


def cut_clauses(lines: list[str]) -> Iterator[list[str]]:
    """Every clause of `lines` cut into words (jieba, dictionary only), numbers as one token (cut again on each
    pass rather than kept: the list of corpora may grow well past memory's share)."""
    from speechwriter.check.confuse import CLAUSE, norm
    from speechwriter.core.tokens import tokenizer

    cutter = tokenizer()
    for line in lines:
        for clause in CLAUSE.findall(line):
            yield [norm(w) for w, _, _ in cutter.tokenize(clause, HMM=False)]


def confusion_pairs(counts: collections.Counter[str]) -> list[tuple[str, str]]:
    """The pairs (a < b) of members that one 同音/形近 character tells apart, and the NOTED ones."""
    from speechwriter.check import ngram
    from speechwriter.check.lexicon import lexicon
    from speechwriter.check.variants import variant
    from speechwriter.core.tokens import tokenizer

    freq = tokenizer().FREQ
    common = {line.split("\t")[0] for line in (OUT / "common.tsv").read_text(encoding="utf-8").splitlines()
              if line and not line.startswith("#")}
    counted = ngram.counts()
    sound = counted.sound if counted is not None else {}
    lex = lexicon()
    members = [w for w, c in counts.items() if c >= MIN_WORD and 2 <= len(w) <= 4
               and all("\u4e00" <= ch <= "\u9fff" for ch in w) and (freq.get(w) or w in common)]
    blanked: dict[str, list[str]] = {}
    for w in members:
        for k in range(len(w)):
            blanked.setdefault(w[:k] + "\0" + w[k + 1:] + str(k), []).append(w)
    pairs = set()
    for key, words in blanked.items():
        k = int(key[-1])
        for i, a in enumerate(words):
            for b in words[i + 1:]:
                x, y = a[k], b[k]
                if variant(x, y):
                    continue
                same = sound.get(x) is not None and sound.get(x) == sound.get(y)
                if same or y in lex.shapes.get(x, ()) or y in lex.glyphs.get(x, ()):
                    pairs.add((min(a, b), max(a, b)))
    for a, b in NOTED:
        if counts[a] >= MIN_NOTED and counts[b] >= MIN_NOTED:
            pairs.add((min(a, b), max(a, b)))
    return sorted(pairs)


def build(lines: list[str]) -> tuple[bytes, int, int]:
    """(the table's bytes, pairs, features kept) from `lines` of real text."""
    from speechwriter.check import confuse

    counts: collections.Counter[str] = collections.Counter(w for words in cut_clauses(lines) for w in words)
    pairs = confusion_pairs(counts)
    members = {w for pair in pairs for w in pair}
    seen: collections.Counter[str] = collections.Counter()
    by_word: dict[str, collections.Counter[str]] = {w: collections.Counter() for w in members}
    for words in cut_clauses(lines):
        for k, w in enumerate(words):
            if w in members and seen[w] < MAX_PLACES:
                seen[w] += 1
                by_word[w].update(confuse.features(words, k))
    table: dict[str, dict[str, tuple[int, int]]] = {}
    kept = 0
    for a, b in pairs:
        na, nb = seen[a], seen[b]
        fa, fb = by_word[a], by_word[b]
        entry = {}
        for f in set(fa) | set(fb):
            ca, cb = fa.get(f, 0), fb.get(f, 0)
            if ca + cb < KEEP_MIN:
                continue
            ratio = math.log((cb + confuse.ALPHA) / (nb + 2 * confuse.ALPHA)) - \
                math.log((ca + confuse.ALPHA) / (na + 2 * confuse.ALPHA))
            if abs(ratio) >= KEEP_RATIO or f[0] in "<>" and f[1] not in "<>":   # (a neighbour: attested or not)
                entry[f] = (ca, cb)
        if entry:
            table[a + "\t" + b] = entry
            kept += len(entry)
    used = {w for key in table for w in key.split("\t")}
    return confuse.dumps({w: (counts[w], seen[w]) for w in sorted(used)}, table), len(table), kept


def main(argv: list[str] | None = None) -> None:
    from speechwriter.check import confuse

    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["--split"]:
        data, pairs, kept = build(split_lines("train"))
        Path(args[1]).write_bytes(data)
    else:
        data, pairs, kept = build(split_lines("all"))
        (OUT / confuse.PREBUILT).write_bytes(data)
    print(f"{confuse.PREBUILT}={len(data)} bytes, pairs={pairs}, features kept={kept}")


if __name__ == "__main__":
    main()
