"""What the 错别字 routes (typo.py and its typo_*.py modules) share: the characters never taken for a
slip, the runs of Han characters they read, the names of the routes' findings, and jieba's cut of a
piece of text (the word at an offset, the log-probability of the best cut) and tags (成语)."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from speechwriter.check.util import all_han

# characters that stand alone as function words: a slip that leaves one of them is no typo we can tell
FUNCTION = set("的了在是和与及或为以也就都而把被对从向将其之于所地得着等这那有个各每该此并且但又还更最很已曾要会能"
                "可不没无让使给由到上下中内外前后里一二三四五六七八九十百千万亿两几多少我你他她它们您咱")
HAN_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")
Tokens = list[tuple[str, int, int]]   # (word, start, end): jieba's cut of a line

CONTEXT = "，看上下文"   # (how the noisy-channel route names its findings)
AROUND = "，看前后文"   # (how the context and common-character routes name their findings)


LISTED_PAIR = 20   # (a pair real text has this often is no slip's)


def seldom(pairs: list[str]) -> bool:
    """Real text (ngram.py) has one of these pairs of characters fewer than LISTED_PAIR times."""
    from speechwriter.check import ngram

    counts = ngram.counts()
    return counts is None or min(counts.count(pair) for pair in pairs) < LISTED_PAIR



@lru_cache(maxsize=2048)
def unseen_pairs(line: str) -> tuple[int, ...]:
    """The offsets i (in order) of `line` where line[i] and line[i + 1] are Han characters (U+4E00–U+9FFF) that
    real text (ngram.py's pairs, seen at least MIN_PAIR times) never writes side by side; () without the counts.
    Six 错别字 routes start there (typo.suspects_of runs each over all the lines of a text), so the pairs of a line
    are looked up once, not once per route: kept for the last 2048 lines met (a pure function of the line's text
    and the fixed counts, so never stale; the lines of an unchanged paragraph are not read again on the next check)."""
    from speechwriter.check import ngram

    counts = ngram.counts()
    if counts is None:
        return ()
    pairs, out = counts.pairs, []
    for run in HAN_RUN.finditer(line):
        lo, text = run.start(), run.group()
        codes = [ord(ch) for ch in text]
        # (ngram._pair inline: (first − U+4E00) << 16 | second)
        out += [lo + r for r, (first, second) in enumerate(zip(codes, codes[1:]))
                if (first - 0x4E00 << 16 | second) not in pairs]
    return tuple(out)


def unseen_in(unseen: tuple[int, ...], lo: int, hi: int) -> tuple[int, ...]:
    """The offsets of `unseen` (as `unseen_pairs` gives them) of pairs inside line[lo:hi]."""
    return unseen[bisect_left(unseen, lo):bisect_left(unseen, hi - 1)]


def cut_log_p(segment: str) -> float:
    """The log-probability of jieba's best cut of `segment` (its dictionary's unigram model)."""
    from speechwriter.core.tokens import tokenizer

    cutter = tokenizer()
    route: dict[int, tuple[float, int]] = {}
    cutter.calc(segment, cutter.get_DAG(segment), route)
    return route[0][0]


def cut_at(segment: str, at: int) -> tuple[str, int, int] | None:
    """The word (jieba, dictionary only) of `segment` that holds offset `at`, with its start and end."""
    from speechwriter.core.tokens import tokenizer

    for word, s, e in tokenizer().tokenize(segment, HMM=False):
        if s <= at < e:
            return word, s, e
    return None


def cuts_into(line: str, lo: int, hi: int, i: int, word: str) -> bool:
    """The run line[lo:hi] with `word` written at `i` cuts (jieba, dictionary only) into a word that
    holds all of it (增进民生福祉: 福祉; 北洋军阀 would too; 扩大鲵 would not: 扩/大鲵 leaves 大 apart)."""
    from speechwriter.core.tokens import tokenizer

    start = max(lo, i - 6)
    segment = line[start:i] + word + line[i + 2:min(hi, i + 8)]
    for _, s, e in tokenizer().tokenize(segment, HMM=False):
        if s <= i - start and i - start + 2 <= e:
            return True
    return False



def lone(tokens: Tokens, x: int) -> bool:
    if not 0 <= x < len(tokens):
        return False
    token = tokens[x][0]
    return len(token) == 1 and all_han(token) and token not in FUNCTION


def tagged_name(word: str) -> bool:
    """jieba tags `word` a person's or a place's name (nr, nrt, nrfg, ns)."""
    import jieba.posseg

    return jieba.posseg.dt.word_tag_tab.get(word, "") in ("nr", "ns", "nrt", "nrfg")


def tagged_idiom(word: str) -> bool:
    """jieba tags `word` a 成语 (tag i; its 习用语, l, are phrases such as 社会形态, 生产工具)."""
    import jieba.posseg

    return jieba.posseg.dt.word_tag_tab.get(word, "") == "i"




def token_at(tokens: Tokens, offset: int) -> int:
    for n, (_, s, e) in enumerate(tokens):
        if s <= offset < e:
            return n
    return 0
