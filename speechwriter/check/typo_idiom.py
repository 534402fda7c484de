"""The 成语 side of the 错别字 rule (typo.py): four characters one character off a set phrase
(阴谋鬼计 → 阴谋诡计, 汗流夹背 → 汗流浃背) — jieba's 成语 (tag i) or one of a public list of 29,502
(build_lexicon) — and four characters whose doubled character, doubled the same other way, make one
(录录无为 → 碌碌无为, `doubled`). The dictionary-window route (typo_lexicon.py) asks `idiom_window` and
`idiom_judged`; the thresholds were set on the development speeches."""

from __future__ import annotations

from speechwriter.check.lexicon import Lexicon
from speechwriter.check.typo_shared import FUNCTION, seldom, tagged_idiom

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



def doubled(line: str, lo: int, hi: int, lex: Lexicon) -> list[tuple[int, int, int, str, str, int]]:
    """Raw candidates (as in `suspects`) of four characters of line[lo:hi] with a doubled character
    that, doubled the same other way, make a 成语 (录录无为 → 碌碌无为, 天网灰灰 → 天网恢恢): each
    character of the pair one 同音/形近 from the 成语's (近音: 往往不能 is no 万万不能), the window no 成语 itself, not seen in the
    official writing, and the 成语 more frequent (jieba) than the window."""
    if lex.idioms is None:
        return []
    freq, out = lex.freq, []
    for j in range(lo, hi - 1):
        ch = line[j]
        if ch != line[j + 1] or ch in FUNCTION:
            continue
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
    return bool(ch not in FUNCTION and (how or own_ch <= IDIOM_ANY_CHAR and 0 < k < 3) and
                (weight >= IDIOM_RATIO * (own + 1) or listed))


def idiom_judged(own: int, how: str, single: str, freq: dict[str, int]) -> bool:
    """Four characters over whole words (none of them one dictionary word; `own` the window's frequency),
    one slip from a set phrase (阴谋鬼计): where the slip leaves a common word (`single`, the word that holds
    the slip: 一切滋生 / 发扬伟大 / 紧密融合), the phrase is meant — only a character that sounds or looks
    like the right one is taken for a slip."""
    return own == 0 and (how != "别字" or (freq.get(single) or 0) < HALF_WORD)
