"""A common-character route (`common_candidates`, issue 18, 2026-12-07): the slips the routes above pass by
because each character is a common word of its own (给于 → 给予, 参予 → 参与: 给, 于, 参, 予 each cut alone;
于 is a function word the others never take for a slip). Two characters real text never writes side by
side (ngram.py), the dictionary lacks, each a word of its own in jieba's cut; one 同音 (usual readings) or
形近 character (no loose glyph) makes a word of jieba ≥ 100 that real text writes ≥ 20 times
(resources/check/common.tsv, build_common.py) and writes beside each neighbour the window has (charlm's runs
of three: 方面给予 and 给予大 — the evidence on both sides); the sentence is judged as a noisy channel, the
character model's gain over the characters the substitute conditions plus the dictionary's (the log-
probability of jieba's best cut of the words around, with the candidate and as written), ≥ 20 nats with
both neighbours, ≥ 30 at a run's edge (容人之异； → 之一 scored 26.7 in a speech of the bench), and the
corrected word must be whole in the cut. Measured with bench/check.py (all rules): typo_dev2 25 → 26 of 64 (贫团人口), typo_heldout4 6 → 8 of 49 (给于, 参予),
dev1 and heldout3 unchanged, no false alarm more on the three official-text sets (false_per_10k 0.14,
unseen 0.32, fresh 0.29 before and after); 19 ms of CPU per 20k characters once the per-character tables
are warm. Tried and left out: the window the dictionary knows up to 3 times (欢渡, but 自住性 → 自主性 at 32
nats with both neighbours); one neighbour's evidence enough where the other's run of three is unseen, at
26 nats (抉贫, 交潜, 替出 and no development slip: 众给予, 气干燥, 要导致 are unseen — real text of 10M
characters is too thin for runs of three); the look-alike glyphs of loose.tsv (长江干堤 → 干燥).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from speechwriter.check.lexicon import Lexicon
from speechwriter.check.typo_context import around_others
from speechwriter.check.typo_shared import AROUND, HAN_RUN, cut_at, cut_log_p, unseen_in, unseen_pairs

if TYPE_CHECKING:
    from speechwriter.check.charlm import Table
    from speechwriter.check.ngram import Counts

# The common-character route (`common_candidates`): two characters that are each a common word of their
# own (给/于, 参/予, 干/躁) — so that the routes above, which look for a character that joined no word or
# is rare, pass them by — written side by side where real text never writes them, one 同音/形近 character
# from a dictionary word real text writes often (给予, 参与, 干燥). Judged as a noisy channel on the
# sentence: the character model's gain (charlm.py) plus the dictionary's (jieba's best cut of the words
# around, with the candidate and as written), and real text must write the corrected word beside each
# neighbour the window has (evidence on both sides: 方面给予大力, 在参与中). Set on the development pairs
# (*_dev1, *_dev2, *_heldout3, *_heldout4) and the three official-text sets.
COMMON = {"min_weight": 100,   # the corrected word's jieba frequency, at least
          "pair": 20,          # … and how often real text writes it (ngram.py's pairs), at least
          "score": 20.0,       # nats: charlm's gain + the dictionary's, with real text's word beside both neighbours
          "edge": 30.0,        # … beside the one neighbour a window at a run's edge has (容人之异； → 之一: 26.7)
          "seen": 20}          # each character as written: real text has it this often (績: a traditional text)
_NOT_COMMON = set("的地得")     # (的/地/得 are the usage rule's)


def common_candidates(line: str, lex: Lexicon) -> list[tuple[int, float, int, int, str, str]]:
    """Candidates (as `suspects` ranks them) of the common-character route: each two characters of a run
    real text never writes side by side (ngram.py) and the dictionary lacks, for which one 同音/形近
    character (`clause_others`, no loose glyph) makes a word of jieba ≥ COMMON["min_weight"] that real text
    writes ≥ COMMON["pair"] times, and writes beside the window's neighbours (charlm's runs of three) —
    each character as written a word of its own in the dictionary's cut, the corrected word whole in the
    cut with it, and the text with it COMMON["score"] nats more probable (character model + dictionary)."""
    from speechwriter.check import charlm, ngram

    counts, grams = ngram.counts(), charlm.table()
    if counts is None or grams is None:
        return []
    right, left = _common_words()
    freq, chars, sound = lex.freq, counts.chars, counts.sound
    out: list[tuple[int, float, int, int, str, str]] = []
    seen_floor = COMMON["seen"]
    unseen = unseen_pairs(line)   # (two characters real text never writes side by side: the only windows read)
    if not unseen:
        return out
    for run in HAN_RUN.finditer(line):
        lo, hi = run.span()
        if hi - lo <= 4 and (line[lo - 1:lo] == "、" or line[hi:hi + 1] == "、"):
            continue   # a short item of a list: a name or a term
        text = run.group()
        for r in (i - lo for i in unseen_in(unseen, lo, hi)):
            a, b = text[r], text[r + 1]
            if chars.get(a, 0) < seen_floor or chars.get(b, 0) < seen_floor or freq.get(a + b):
                continue
            i = lo + r
            before = text[r - 1] if r else ""
            after = text[r + 2] if r + 2 < len(text) else ""
            if not before and not after:
                continue   # (a clause of two characters is the clause route's)
            for k in (0, 1):
                ch = text[r + k]
                if ch in _NOT_COMMON:
                    continue
                partners = (left.get(b) if k == 0 else right.get(a)) or frozenset()
                partners = partners & _common_other_chars(ch, lex, sound)   # (most often none: one set operation)
                if not partners:
                    continue
                for other, how in _common_others(ch, lex, sound):
                    if other not in partners:
                        continue
                    word = (other + b) if k == 0 else (a + other)
                    if before and not grams.count(before + word) or after and not grams.count(word + after):
                        continue   # real text must write the word beside each neighbour
                    score = _common_score(line, lo, hi, i, k, other, grams, counts)
                    if score is not None and score >= COMMON["score" if before and after else "edge"]:
                        out.append((2, score, i, i + 2, word, how + AROUND))
    return out


COMMON_WORDS = "common.tsv"


@lru_cache(maxsize=1)
def _common_words() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """The words of COMMON_WORDS (build_common.py: jieba ≥ COMMON["min_weight"], real text ≥ COMMON["pair"]),
    as each first character's seconds and each second's firsts; empty (the route off) without the file."""
    from speechwriter.paths import resources_dir

    right: dict[str, set[str]] = {}
    left: dict[str, set[str]] = {}
    try:
        lines = (resources_dir() / "check" / COMMON_WORDS).read_text(encoding="utf-8").split()
    except OSError:
        lines = []
    for word in lines:
        if len(word) == 2:
            right.setdefault(word[0], set()).add(word[1])
            left.setdefault(word[1], set()).add(word[0])
    return ({k: frozenset(v) for k, v in right.items()}, {k: frozenset(v) for k, v in left.items()})


def _common_others(ch: str, lex: Lexicon, sound: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """The characters the common-character route tries for `ch`: the context route's (`around_others`)
    but the looser look-alike glyphs and 的/地/得 (worked out once per character)."""
    key = ch + "\0common"
    found = lex.clause_others.get(key)
    if found is None:
        found = lex.clause_others[key] = tuple((other, how) for other, how, *_ in around_others(ch, lex, sound)
                                               if how != "点阵" and other not in _NOT_COMMON)
    return found


def _common_other_chars(ch: str, lex: Lexicon, sound: dict[str, str]) -> frozenset[str]:
    """The characters of `_common_others(ch)`, as a set (worked out once per character)."""
    key = ch + "\0common set"
    found = lex.clause_others.get(key)
    if found is None:   # (kept with the others, one set in a tuple)
        found = lex.clause_others[key] = (frozenset(other for other, _ in _common_others(ch, lex, sound)),)
    return found[0]


def _common_score(line: str, lo: int, hi: int, i: int, k: int, other: str, grams: Table,
                  counts: Counts) -> float | None:
    """How much more probable (nats) the text is with `other` at i + k: the character model over the
    characters it conditions, plus jieba's best cut of the words around; None unless the characters as
    written are words of their own in that cut and the corrected pair a word whole in the other."""
    from speechwriter.check import charlm

    q = i + k
    s, e = max(lo, q - 6), min(hi, q + 7)
    segment = line[s:e]
    fixed = segment[:q - s] + other + segment[q - s + 1:]
    cut = cut_at(fixed, i - s)
    if cut is None or not (cut[1] <= i - s and i - s + 2 <= cut[2]):
        return None
    for at in (i - s, i - s + 1):
        written = cut_at(segment, at)
        if written is None or len(written[0]) != 1:
            return None
    piece_lo = max(lo, q - 3)
    piece = line[piece_lo:min(hi, q + 4)]
    at = q - piece_lo
    memo: dict[str, float] = {}
    gain = charlm.window_log_p(piece[:at] + other + piece[at + 1:], at, grams, counts, memo=memo) - \
        charlm.window_log_p(piece, at, grams, counts, memo=memo)
    return gain + cut_log_p(fixed) - cut_log_p(segment)

