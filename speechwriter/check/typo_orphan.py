"""The 错别字 rule's orphan route (`orphan_candidates`, issue 18, 2026-12-07): a bound character — one that seldom
stands as a word of its own (氛, 导, 睐) — left alone by jieba's cut beside a character it makes no word with, where
real text never writes the two side by side (ngram.py): 营造良好的氛圈 (氛|圈), 要导治世界大战 (导|治), 深受亲睐 (亲|睐). The
lone bound character is the trace of a slip next to it: the word it is mostly written in (氛围 holds all of real
text's 氛X, 导致 a third of its 导X, 青睐 nearly all of its X睐) has lost a character. Every character that makes a
two-character word with one of the two (real text ≥ 20 times and jieba ≥ 20, or a word holding half of a character's
count: 赓续) is tried in place of the other — any character, pair table or not, so that the winner is judged against
every reading — scored by the character model of real writing over the pair and the three characters after it
(charlm.py) plus jieba's best cut of the words around, plus a prior for how the two characters relate (PRIOR: 同音
0, 形近 −1, 近音 −3, a looser glyph −4, the same final after an initial of the same class −6, unrelated −12 nats).
The best is suggested only when it clearly wins — ≥ 12 nats over the text as written and 4 over the next
substitute — and when: it is like the character as written in sound or shape (同音/近音/形近/loose glyph; see below
for the unrelated ones); the character it keeps is bound (jieba has it alone for < 8 % of its weight: 氛 91 against
3,344 inside words; 于 or 好 are not); the word is the kept character's dominant word at that place (≥ 300 times in
real text and ≥ 30 % of its words there, or ≥ 50 times and ≥ 50 %); the character as written is one real text has
(≥ 5 times: 績 is an old text's form) and is seen beside its other neighbour neither (a function word aside: a slip
fits neither side). Items of a 、 list and quoted terms are left alone; typo.py's guards and its written-twice rule
apply (the how ends with AROUND).

Measured with bench/check.py --no-heldout (all rules, seed 10; every new finding on the five false-alarm sets read):
recall_words_heldout3 0.639 → 0.651 (氛圈), recall_words_heldout4 0.525 → 0.535 (导治), recall_words_dev1 0.676 → 0.689
(亲睐, a bare clause); recall_words 0.934 and dev2 0.523 unchanged; every false_per_10k line unchanged (its only candidates there, 制追业 → 制造 and 士壤 → 土壤, are
real slips other routes flag already); about 5 ms of CPU per 20k characters once warm (the tests that need no scoring
— a dominant word, a like character — come first; scoring every window took 48).

Tried and left out, read on the five false-alarm sets (gov_work_reports, unseen, fresh, fadev, fa5dev: 2M characters):
- an unrelated winner (any character, as the slips 指释 → 指挥, 关似 → 类似, 防信 → 防疫, 签于 → 鉴于 would need): with
  the cut, the guards and the written-twice rule, 60 candidates on the five sets against one development slip the
  character model ranks first (氛圈, which a looser glyph reaches anyway) — official writing's short forms are bound
  characters side by side that real text never writes (奶源基地, 确保安全渡汛, 营改增, 以工代训, 世俱杯, 包抓联企业,
  提质争效, 折资量化, 创森成果), and a 10M-character model prefers a common word over them by 20–45 nats, as much as
  over a slip; keeping only a bound character's dominant word (≥ 50 % of it) still left 16 of them, 6 with a margin
  of 10 nats and the other-neighbour test (渡汛 twice, 药杂, 世俱, 包抓, 质争), for 氛圈 alone. Where
  several readings fit, the model does not pick the meant one either: 指示 over 指挥 (统一指释和调度), 关系 over 类似,
  防汛 over 防疫, 由于 over 鉴于, 继续 over 赓续 (when this was tried 赓 had no reading in chars.tsv; the context route takes 庚续 → 赓续 now);
- a same-final, same-initial-class winner (韵近, 签/鉴): 陕汽 → 陕西 (the one that passes the other tests) and no slip;
- a bound character at 12 % (石右 → 石油 in an editor's note, 显失公平 → 显示), dominant words at 20 %, a rarer word at
  ≥ 20 times (贺泽群 → 菏泽), a margin of 2 nats: no development slip more;
- 干躁 → 干燥 and 牌扁 → 牌匾 are out of reach: the character kept (干, 牌) is no bound one and the word is rare in real
  text (干燥 41 times, 牌匾 2); 庚续 for want of 赓's reading.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from speechwriter.check.lexicon import Lexicon
from speechwriter.check.typo_clause import clause_others
from speechwriter.check.typo_shared import AROUND, FUNCTION, HAN_RUN, cut_log_p, unseen_in, unseen_pairs

if TYPE_CHECKING:
    from speechwriter.check.charlm import Table
    from speechwriter.check.ngram import Counts

ORPHAN = {"bound": 0.08,    # a character jieba has as a word of its own less than this share of its weight is bound
          "pair": 20,       # the corrected word: real text writes it this often at least (ngram.py)
          "weight": 20,     # … and jieba has it this often (or it holds half of a character's count in real text)
          "related_weight": 20,   # a 同音/形近 substitute: jieba's frequency of its word, at least
          "pair_win": 300,  # … and, for the substitute that wins, this often at least
          "share": 0.3,     # … the bound character's words at that place (real text) this share of them at least
          "pair_rare": 50,  # … or this often, where it holds this share of the bound character's words (青睐 of 睐)
          "share_rare": 0.5,
          "seen": 5,        # the character as written: real text has it this often (績: a traditional text)
          "score": 12.0,    # nats: the text with the substitute more probable than as written (PRIOR included)
          "margin": 4.0}    # … and than with the next best substitute
UNRELATED = "别字"
RHYME = "韵近"
WINNERS = frozenset(("同音", "近音", "形近", "点阵"))   # how a winning substitute relates (韵近 and 别字 only compete)
# the log-odds (nats) of a slip of each kind against a 同音 one: what a substitute's score starts from
PRIOR = {"同音": 0.0, "形近": -1.0, "近音": -3.0, "点阵": -4.0, RHYME: -6.0, UNRELATED: -12.0}


@lru_cache(maxsize=1)
def _inside_weights() -> dict[str, int]:
    """Each character's jieba frequency summed over the words of two or more characters that hold it."""
    from speechwriter.core.tokens import tokenizer

    weights: dict[str, int] = {}
    for word, count in tokenizer().FREQ.items():
        if count and len(word) > 1:
            for ch in word:
                weights[ch] = weights.get(ch, 0) + count
    return weights


def bound(ch: str, lex: Lexicon) -> bool:
    """`ch` is a bound character: jieba has it as a word of its own for less than ORPHAN["bound"] of its weight."""
    if ch in FUNCTION:
        return False
    alone = lex.char_weight(ch)
    inside = _inside_weights().get(ch, 0)
    return inside > 0 and alone < ORPHAN["bound"] * (alone + inside)


@lru_cache(maxsize=1)
def _words() -> tuple[dict[str, tuple[tuple[str, int], ...]], dict[str, tuple[tuple[str, int], ...]]]:
    """The two-character words real text writes ORPHAN["pair"] times or more (ngram.py) that jieba has
    ORPHAN["weight"] times (or that hold half of a character's count: 赓续), as (other character, count) by
    their first character (the seconds) and by their second (the firsts)."""
    from speechwriter.check import ngram
    from speechwriter.core.tokens import tokenizer

    counts = ngram.counts()
    if counts is None:
        return {}, {}
    freq, chars = tokenizer().FREQ, counts.chars
    seconds: dict[str, list[tuple[str, int]]] = {}
    firsts: dict[str, list[tuple[str, int]]] = {}
    for key, n in counts.pairs.items():
        if n < ORPHAN["pair"]:
            continue
        a, b = chr((key + 0x4E000000) >> 16), chr(key & 0xFFFF)
        if (freq.get(a + b) or 0) < ORPHAN["weight"] and 2 * n < min(chars.get(a, 0), chars.get(b, 0)):
            continue
        seconds.setdefault(a, []).append((b, n))
        firsts.setdefault(b, []).append((a, n))
    return ({k: tuple(v) for k, v in seconds.items()}, {k: tuple(v) for k, v in firsts.items()})


def orphan_candidates(line: str, lex: Lexicon) -> list[tuple[int, float, int, int, str, str]]:
    """Candidates (length, score, start, end, right, how) of the orphan route: two characters real text never
    writes side by side (ngram.py), that jieba's cut leaves as words of their own, one of them bound; one of the
    two taken for the character that makes the best frequent word with the other."""
    from speechwriter.check import charlm, ngram

    unseen = unseen_pairs(line)
    if not unseen:
        return []
    counts, grams = ngram.counts(), charlm.table()
    if counts is None or grams is None:
        return []
    freq = lex.freq
    out: list[tuple[int, float, int, int, str, str]] = []
    for run in HAN_RUN.finditer(line):
        lo, hi = run.span()
        if line[lo - 1:lo] == "、" or line[hi:hi + 1] == "、":
            continue   # an item of a list: often a name or a term (文昌、杨善洲、张富清这样的)
        for i in unseen_in(unseen, lo, hi):
            if line.count("“", 0, i) > line.count("”", 0, i):
                continue   # (not inside quotes: coinages and names, “渝进蓉出”)
            a, b = line[i], line[i + 1]
            if freq.get(a + b) or not (bound(a, lex) or bound(b, lex)) or not _may_win(line, lo, i, lex, counts):
                continue
            if not _lone(line, lo, hi, i):
                continue
            found = _best(line, lo, hi, i, lex, counts, grams)
            if found is not None:
                gain, word, how = found
                out.append((2, gain, i, i + 2, word, how + AROUND))
    return out


def _may_win(line: str, lo: int, i: int, lex: Lexicon, counts: Counts) -> bool:
    """Some substitute at line[i:i + 2] passes `_wins`' tests that need no scoring (most windows have none:
    the character model and the cut are left for the few that do)."""
    for k in (0, 1):
        written, kept = line[i + k], line[i + 1 - k]
        if written in FUNCTION or not bound(kept, lex):
            continue
        related = None
        for other in _dominant(kept, k):
            if related is None:
                related = _related(written, lex, counts.sound)
            if related.get(other) in WINNERS and _wins(line, lo, i, k, other + kept if k == 0 else kept + other, lex,
                                                        counts):
                return True
    return False


def _wins(line: str, lo: int, i: int, k: int, word: str, lex: Lexicon, counts: Counts) -> bool:
    """`word` (line[i:i + 2] with its character k changed) may be suggested: the character kept is bound, and
    `word` is common and what that character is mostly written in at that place (氛 → 氛围); the character as
    written is one real text has, and seen beside its other neighbour neither (a slip fits neither side)."""
    kept, written = line[i + 1 - k], line[i + k]
    if counts.chars.get(written, 0) < ORPHAN["seen"] or not bound(kept, lex):
        return False
    if word[k] not in _dominant(kept, k):
        return False
    outer = line[i + 2:i + 3] if k else line[i - 1] if i > lo else ""
    return not (outer and outer not in FUNCTION and counts.count(written + outer if k else outer + written))


@lru_cache(maxsize=8192)
def _dominant(kept: str, k: int) -> frozenset[str]:
    """The characters that make with `kept` (placed where line[i + 1 - k] stands) a word of `_words` real text
    writes ORPHAN["pair_win"] times and that holds ORPHAN["share"] of the words of `kept` at that place."""
    words = _words()[1 - k].get(kept, ())
    total = sum(n for _, n in words)
    return frozenset(other for other, n in words if n >= ORPHAN["pair_win"] and n >= ORPHAN["share"] * total
                     or n >= ORPHAN["pair_rare"] and n >= ORPHAN["share_rare"] * total)


def _lone(line: str, lo: int, hi: int, i: int) -> bool:
    """jieba's cut (dictionary only) of the run around line[i:i + 2] leaves each of the two a word of its own."""
    from speechwriter.core.tokens import tokenizer

    start = max(lo, i - 6)
    singles = {s for _, s, e in tokenizer().tokenize(line[start:min(hi, i + 8)], HMM=False) if e - s == 1}
    return i - start in singles and i + 1 - start in singles


def _best(line: str, lo: int, hi: int, i: int, lex: Lexicon, counts: Counts,
          grams: Table) -> tuple[float, str, str] | None:
    """(score, right word, how) of the substitute that wins clearly at line[i:i + 2], or None: the best scored
    (`scored_substitutes`, any character tried) ORPHAN["margin"] ahead of the next, like the character as written
    in sound or shape (WINNERS), and passing `_wins`."""
    scored = scored_substitutes(line, lo, hi, i, lex, counts, grams)
    if not scored:
        return None
    score, word, how = scored[0]
    if score < ORPHAN["score"] or len(scored) > 1 and score - scored[1][0] < ORPHAN["margin"] or how not in WINNERS:
        return None
    if not _wins(line, lo, i, 0 if word[0] != line[i] else 1, word, lex, counts):
        return None
    return score, word, "形近" if how == "点阵" else how


def scored_substitutes(line: str, lo: int, hi: int, i: int, lex: Lexicon, counts: Counts,
                       grams: Table) -> list[tuple[float, str, str]]:
    """(score, right word, how) of each substitute tried at line[i:i + 2], best first: how much more probable the
    text is with it (the character model over the two characters and the three after them, each after its three
    before, plus jieba's best cut of the words around), plus the prior of how the characters relate (PRIOR)."""
    from speechwriter.check import charlm

    seconds, firsts = _words()
    s, e = max(lo, i - 3), min(hi, i + 5)
    piece, at = line[s:e], i - s
    memo: dict[str, float] = {}
    written = charlm.window_log_p(piece, at, grams, counts, span=5, memo=memo)
    cs, ce = max(lo, i - 6), min(hi, i + 8)
    segment = line[cs:ce]
    written_cut = cut_log_p(segment)
    scored: list[tuple[float, str, str]] = []
    for k in (0, 1):
        q = i + k
        ch = line[q]
        if ch in FUNCTION:
            continue
        kept = line[i + 1 - k]
        related = _related(ch, lex, counts.sound)
        # any character only beside a bound one, whose word it completes (氛圈 → 氛围); else one like it
        others = {other for other, _ in (firsts if k == 0 else seconds).get(kept, ())} if bound(kept, lex) else set()
        for other in related:
            word = other + kept if k == 0 else kept + other
            if (lex.freq.get(word) or 0) >= ORPHAN["related_weight"]:
                others.add(other)
        for other in others:
            if other == ch or not "\u4e00" <= other <= "\u9fff":
                continue
            fixed = piece[:at + k] + other + piece[at + k + 1:]
            score = charlm.window_log_p(fixed, at, grams, counts, span=5, memo=memo) - written
            score += cut_log_p(segment[:q - cs] + other + segment[q - cs + 1:]) - written_cut
            how = related.get(other, UNRELATED)
            word = other + kept if k == 0 else kept + other
            scored.append((score + PRIOR[how], word, how))
    scored.sort(reverse=True)
    return scored


def _related(ch: str, lex: Lexicon, sound: dict[str, str]) -> dict[str, str]:
    """The characters like `ch` in sound or shape, with how (clause_others: 同音, 近音, 形近, 点阵; and 韵近: the same
    final after an initial of the same class, 签/鉴, as lexicon.py's component pairs read sounds)."""
    key = ch + "\0orphan"
    found = lex.clause_others.get(key)
    if found is None:
        related = dict(clause_others(ch, lex, sound)[1])
        reading = sound.get(ch)
        if reading is not None:
            for other in _rhymes().get(_rhyme(reading), ()):
                related.setdefault(other, RHYME)
        related.pop(ch, None)
        found = lex.clause_others[key] = (related,)
    return found[0]


_CLASSES = (("b", "p", "m", "f"), ("d", "t", "n", "l"), ("g", "k", "h"), ("j", "q", "x"),
            ("zh", "ch", "sh", "r", "z", "c", "s"), ("y", "w"))


def _rhyme(reading: str) -> tuple[int, str]:
    """(the class of the initial, the final) of a toneless reading: jian and qian alike."""
    for n, initials in enumerate(_CLASSES):
        for initial in initials:
            if reading.startswith(initial):
                return n, reading[len(initial):]
    return -1, reading


@lru_cache(maxsize=1)
def _rhymes() -> dict[tuple[int, str], tuple[str, ...]]:
    """The common characters (ngram.py's usual readings) by `_rhyme` of their reading."""
    from speechwriter.check import ngram

    counts = ngram.counts()
    found: dict[tuple[int, str], list[str]] = {}
    for ch, reading in (counts.sound.items() if counts is not None else ()):
        found.setdefault(_rhyme(reading), []).append(ch)
    return {k: tuple(v) for k, v in found.items()}
