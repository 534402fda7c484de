"""The 成语 side of the 错别字 rule (typo.py): four characters one character off a set phrase
(阴谋鬼计 → 阴谋诡计, 汗流夹背 → 汗流浃背) — jieba's 成语 (tag i) or one of a public list of 29,502
(build_lexicon) — and four characters whose doubled character, doubled the same other way, make one
(录录无为 → 碌碌无为, `doubled`). The dictionary-window route (typo_lexicon.py) asks `idiom_window` and
`idiom_judged`; the thresholds were set on the development speeches.

`two_edits` (issue 18, 2026-12-07; a LINE_ROUTES entry of typo.py) reaches what a one-character route cannot:
four characters two 同音/形近 characters off a 成语 of the public list (克不容援 → 刻不容缓, 戳力奋发 → 踔厉奋发),
at the edges of a clause (its first or last four characters, or all of it), the window no word, some pair of
it never written in real text, one changed character joining no word in the cut. Measured with bench/check.py
--no-heldout (all rules): typo_heldout3 15 → 17 of 44 (戳力奋发, 工作克不容援); every false-alarm line unchanged. Tried and
left out: any four characters of running text (50 ms more per 20k characters, and 8 false alarms on the
official sets: 积极负责 → 极其负责, 不只一次 → 不置一词, 支持扶助 → 支持不住 — two words each), jieba's own 成语
tags as targets (极其负责, 人口不足 are tagged so), and two neighbours swapped (电光火石 → 电光石火 found, but
洋土结合 → 土洋结合 and 相互冲突 → 互相冲突 flagged: coordinated characters are written in either order)."""

from __future__ import annotations

import re

from speechwriter.check.lexicon import Lexicon
from speechwriter.check.typo_shared import FUNCTION, cut_at, seldom, tagged_idiom, unseen_in, unseen_pairs

# a set phrase (成语, jieba tag i/l) is distinctive enough that four characters one off it are a
# slip whatever the character (怙恶不俊), however common it is (走头无路) and however rare the phrase
IDIOM_MIN_WEIGHT = 3
IDIOM_RARE_WORD = 20
IDIOM_RATIO = 5
PUBLIC_IDIOM_WEIGHT = 5   # the weight a 成语 of the public list (build_lexicon) has where jieba lacks it
IDIOM_ANY_CHAR = 1000   # a character this rare may stand for any other in a set phrase (怙恶不俊)
HALF_WORD = 100         # … unless it makes a word this common with its neighbour


def index_keeps(word: str, freq: int) -> bool:
    """A word below MIN_WEIGHT still worth indexing: a set phrase (成语) at least IDIOM_MIN_WEIGHT."""
    return len(word) == 4 and freq >= IDIOM_MIN_WEIGHT and tagged_idiom(word)



def idiom_set(index: dict) -> frozenset[str]:
    """The indexed four-character words jieba tags 成语 (what `near.marshal` keeps)."""
    return frozenset(word for words in index.values() for word, _ in words if len(word) == 4 and tagged_idiom(word))



_DOUBLE = re.compile(r"(?=(.)\1)")   # (where a character is written twice: at each of 一一一's first two)


def doubled(line: str, lo: int, hi: int, lex: Lexicon) -> list[tuple[int, int, int, str, str, int]]:
    """Raw candidates (as in `suspects`) of four characters of line[lo:hi] with a doubled character
    that, doubled the same other way, make a 成语 (录录无为 → 碌碌无为, 天网灰灰 → 天网恢恢): each
    character of the pair one 同音/形近 from the 成语's (近音: 往往不能 is no 万万不能), the window no 成语 itself, not seen in the
    official writing, and the 成语 more frequent (jieba) than the window. A function character doubled is read too
    where real text (ngram.py) seldom doubles it (及及可危 → 岌岌可危; 一一, 个个 are left alone), and three characters
    ending in the pair as an ABB word (`_abb`: 文诌诌 → 文绉绉).

    Measured (2026-12-07, the miss breakdown of the development sets): bench/check.py --no-heldout idiom 204 → 205
    of 224 (及及可危), typo_dev2 30 → 31 of 64 (文诌诌); bench/check_same.py: no finding more or fewer on the
    development false-alarm sets or the speeches. Left alone: an ABB name jieba lacks, written bare (喜羊羊 → 喜洋洋;
    quoted, “喜羊羊”, the guards keep it)."""
    if lex.idioms is None:
        return []
    freq, out = lex.freq, []
    for double in _DOUBLE.finditer(line, lo, hi):
        j = double.start()
        ch = line[j]
        if ch in FUNCTION and not seldom([ch + ch]):
            continue   # (a function character real text doubles, 一一, 个个; 及及 it never writes: 及及可危 → 岌岌可危)
        out += _abb(line, lo, hi, j, lex)
        for i in range(max(lo, j - 2), min(j, hi - 4) + 1):
            window = line[i:i + 4]
            own = freq.get(window) or 0
            if own > IDIOM_RARE_WORD or window in lex.official:
                continue
            k = j - i
            # the doubled characters must be seldom beside the rest in real text (种种困难 is no 重重困难)
            links = ([window[k - 1:k + 1]] if k else []) + ([window[k + 1:k + 3]] if k < 2 else [])
            if not seldom(links):
                continue
            for other, how in lex.confusables(ch):
                word = window[:k] + other + other + window[k + 2:]
                if how != "近音" and word in lex.idioms and idiom_weight(word, 0, lex) > idiom_weight(window, own, lex):
                    out.append((i, i + 4, k, word, how, idiom_weight(word, 0, lex)))
    return out


ABB_MIN_WEIGHT = 10   # an ABB word (文绉绉, 绿油油) a doubled slip is taken for: jieba's frequency, at least


def _abb(line: str, lo: int, hi: int, j: int, lex: Lexicon) -> list[tuple[int, int, int, str, str, int]]:
    """Raw candidates of three characters ending in the pair doubled at `j` (the ABB of 文绉绉, 绿油油) that, doubled
    the same other way (同音/形近), make a dictionary word of that shape: ，文诌诌， → 文绉绉. The three characters are
    no word, not seen in the official writing, and real text seldom writes the first beside the doubled one."""
    if j - 1 < lo or j + 2 > hi or line[j + 2:j + 3] == line[j]:
        return []
    window, freq = line[j - 1:j + 2], lex.freq
    if freq.get(window) or window in lex.official or not seldom([window[:2]]):
        return []
    out = []
    for other, how in lex.confusables(line[j]):
        word = window[0] + other + other
        weight = freq.get(word) or 0
        if how != "近音" and weight >= ABB_MIN_WEIGHT:
            out.append((j - 1, j + 2, 1, word, how, weight))
    return out


def idiom_weight(word: str, own: int, lex: Lexicon) -> int:
    """jieba's frequency of `word` (`own` if given), else PUBLIC_IDIOM_WEIGHT for a listed 成语."""
    return own or lex.freq.get(word) or (PUBLIC_IDIOM_WEIGHT if word in lex.listed else 0)


def unpaired(window: str, k: int) -> bool:
    """Real text (ngram.py) has some pair of the window's character `k` and its neighbour inside the
    window fewer than LISTED_PAIR times (True too without the counts)."""
    return seldom([window[j:j + 2] for j in (k - 1, k) if 0 <= j < len(window) - 1])



def idiom_window(window: str, k: int, word: str, weight: int, own: int, how: str, ch: str, own_ch: int,
                 lex: Lexicon) -> bool:
    """Four characters `window` whose character `k` (`ch`, `own_ch` its jieba frequency as a word; `own` the
    window's) is one character off the 成语 `word` (`weight`; `how` the two characters' relation, "" for
    none): a raw candidate of the dictionary-window route.
    Not a function word taken for another (在出风头, 还不知道: no slips), and a common character only for one
    that sounds or looks like it (inside: 以我为荣, 学有所悟 vary a phrase's last character on purpose);
    a 成语 of the public list one 同音/近音/形近 character from a window that list lacks needs only be more
    frequent (dictionaries take slips in: 口密腹剑 3, 心浮气燥 3; and lack rare 成语: 集腋成裘 2) — unless
    real text pairs the character as written with its neighbour in the window often (大省大市 is no 大行大市:
    大省, 省大 are common) (the list has common misspellings too, 走头无路, 金璧辉煌, and variants, 因事制宜,
    翻然悔悟: a listed window is left to the dictionary's ratio)."""
    listed = how and word in lex.listed and window not in lex.listed and weight > own and \
        unpaired(window, k)
    return bool((ch not in FUNCTION or word[k] in lex.glyphs.get(ch, ())) and (how or 0 <= own_ch <= IDIOM_ANY_CHAR and 0 < k < 3) and
                (weight >= IDIOM_RATIO * (own + 1) or listed))


def idiom_judged(own: int, how: str, single: str, freq: dict[str, int]) -> bool:
    """Four characters over whole words (none of them one dictionary word; `own` the window's frequency),
    one slip from a set phrase (阴谋鬼计): where the slip leaves a common word (`single`, the word that holds
    the slip: 一切滋生 / 发扬伟大 / 紧密融合), the phrase is meant — only a character that sounds or looks
    like the right one is taken for a slip."""
    return own == 0 and (how != "别字" or (freq.get(single) or 0) < HALF_WORD)


TWO_EDITS = ("同音", "形近")   # how each of two changed characters must relate to the 成语's (not 近音: too loose twice)


# a clause between sentence marks (its first and last four characters are read: 工作克不容援，)
_CLAUSE_EDGES = re.compile(r"(?:(?<=[，。；：！？])|^)([\u4e00-\u9fff]{4,})(?=[，。；：！？]|$)")


def two_edits(line: str, lex: Lexicon) -> list[tuple[int, float, int, int, str, str]]:
    """Candidates (as the clause route's: length, weight, start, end, right, how) of a clause of four characters
    alone between sentence marks (as typo_clause.py reads them) two characters from a 成语 of the public list
    (lex.listed), each of the two 同音/形近 to the 成语's: ，戳力奋发， → 踔厉奋发. The clause is no dictionary
    word, no 成语, not seen in the official writing; real text (ngram.py) never writes some pair of it side by
    side; and one of the characters changed joins no word in the dictionary's cut of it (积极负责 is two words,
    not 极其负责; 不只一次 no 不置一词). Only a clause alone: in running text four characters two off a 成语 are
    too many to look up (50 ms per 20k characters) and too often two words (支持扶助 → 支持不住)."""
    if not lex.listed or len(line) < 4:
        return []
    from speechwriter.check import ngram

    counts = ngram.counts()
    if counts is None:
        return []
    listed, out = lex.listed, []
    index: dict[str, str] | None = None   # (built when a window first needs it: 18 MB, 0.1 s; a short speech seldom does)
    windows = []
    for match in _CLAUSE_EDGES.finditer(line):
        s, e = match.span(1)
        windows += [s] if e - s == 4 else [s, e - 4]
    unseen = unseen_pairs(line)
    for i in windows:
        if not unseen_in(unseen, i, i + 4):
            continue   # (real text writes each pair of it: the cheap test first)
        window = line[i:i + 4]
        if lex.freq.get(window) or window in listed or window in (lex.idioms or ()) or window in lex.official:
            continue
        clause = _clause_around(line, i)
        best: tuple[int, str, str] | None = None
        if index is None:
            index = _two_edit_index(lex)
        for p, q in _PLACES:
            if window[p] in FUNCTION or window[q] in FUNCTION:
                continue
            words = index.get(_blank(window, p, q), "")
            for word in (words[n:n + 4] for n in range(0, len(words), 4)):
                how = lex.relation(window[p], word[p])
                if how in TWO_EDITS and lex.relation(window[q], word[q]) in TWO_EDITS and \
                        any(_lone_at(clause, i + k - clause[1]) for k in (p, q)):
                    weight = idiom_weight(word, 0, lex)
                    if best is None or weight > best[0]:
                        best = (weight, word, how)
        if best is not None:
            out.append((4, float(best[0]), i, i + 4, best[1], best[2]))
    return out


def _clause_around(line: str, i: int) -> tuple[str, int]:
    """The clause (between sentence marks) of `line` that holds offset i, and its start."""
    s = max(line.rfind(mark, 0, i) for mark in "，。；：！？") + 1
    ends = [e for e in (line.find(mark, i) for mark in "，。；：！？") if e >= 0]
    return line[s:min(ends) if ends else len(line)], s


def _lone_at(clause: tuple[str, int], at: int) -> bool:
    """The character at `at` of the clause (as `_clause_around` gives it) joins no word in the dictionary's cut."""
    cut = cut_at(clause[0], at)
    return cut is not None and len(cut[0]) == 1


_PLACES = ((0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3))


def _blank(word: str, p: int, q: int) -> str:
    """`word` with its places p and q left out, after the places (the key of `_two_edit_index`)."""
    return f"{p}{q}" + word[:p] + word[p + 1:q] + word[q + 1:]


_TWO_EDIT_INDEX: list[tuple[Lexicon, dict[str, str]]] = []


def _two_edit_index(lex: Lexicon) -> dict[str, str]:
    """The 成语 of the public list (lex.listed) by each two of their four places blanked (`_blank`), those of
    one key written one after another (worked out once per lexicon, when first needed: 0.1–0.2 s, 18 MB)."""
    for known, found in _TWO_EDIT_INDEX:
        if known is lex:
            return found
    found = {}
    get = found.get
    for word in lex.listed:
        if len(word) == 4:
            a, b, c, d = word[0], word[1], word[2], word[3]
            for key in ("01" + c + d, "02" + b + d, "03" + b + c, "12" + a + d, "13" + a + c, "23" + a + b):
                found[key] = get(key, "") + word
    _TWO_EDIT_INDEX[:] = [(lex, found)]
    return found
