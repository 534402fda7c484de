"""The near-miss test that the 规范表述 rule's routes share — term.py's curated formulations and names,
term_mined.py's mined phrases, names.py's patterns: how a written span differs from a fixed phrase by one edit
(`one_edit`, the one home of what a near miss is), and the tests of the characters concerned (sound- or
look-alike, a pair real text never writes, a dictionary word). Split from term.py (2026-12-07), unchanged."""

from __future__ import annotations

MIN_WORD_REPLACED = 7  # a formulation this long (not a name: 国家安全委员会 is no 国家监察委员会) is near-missed by a
                       # word of two characters replaced inside it (打铁还需自身硬)


MIN_DROPPED = 7        # a character dropped from a shorter one is often a phrase of its own (中国现代化)
NUMERALS = set("一二两三四五六七八九十百")


def one_edit(a: str, b: str, drops: tuple[int, ...] = (), word: bool = False,
              edge: bool = False) -> tuple[str, int, str] | None:
    """How `a` (written) differs from `b` (the formulation) by one edit inside it (not at either
    end, where the text has simply another word): (少字/多字/错字/颠倒, where in `a`, the
    characters concerned; 错词 with `word`: two characters side by side replaced in a long
    formulation, the written and the right ones; with `edge` the first or the last character may be
    the one replaced); None otherwise."""
    if a == b:
        return None
    la, lb = len(a), len(b)
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1 and (0 < diff[0] < la - 1 or edge):
            return "错字", diff[0], a[diff[0]] + b[diff[0]]
        if len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]:
            return "颠倒", diff[0], a[diff[0]] + a[diff[1]]
        if len(diff) == 2 and diff[1] == diff[0] + 1 and lb >= MIN_WORD_REPLACED and 0 < diff[0] and diff[1] < la - 1 \
                and word:
            return "错词", diff[0], a[diff[0]:diff[1] + 1] + b[diff[0]:diff[1] + 1]   # 打铁还需自身硬
        if len(diff) >= 4:
            return _words_swapped(a, b, diff[0], diff[-1] + 1)
        return None
    if lb - la in drops:   # a word of a long name dropped (全国人民代表大会委员会), a person's name from a long
        gap = lb - la      # formulation (以同志为核心的党中央; two characters dropped from one are often another phrase)
        i = next((k for k in range(la) if a[k] != b[k]), la)
        return ("少字", i, b[i:i + gap]) if a[i:] == b[i + gap:] and 0 < i < lb - gap else None
    if la + 1 == lb:
        i = next((k for k in range(la) if a[k] != b[k]), la)
        return ("少字", i, b[i]) if a[i:] == b[i + 1:] and 0 < i < lb - 1 else None
    if la == lb + 1:
        i = next((k for k in range(lb) if a[k] != b[k]), lb)
        return ("多字", i, a[i]) if a[i + 1:] == b[i:] and 0 < i < la - 1 else None
    return None


def _words_swapped(a: str, b: str, i: int, j: int) -> tuple[str, int, str] | None:
    """Two words of `b[i:j]` (two characters or more each, up to three kept between them) written in
    each other's place in `a`: 群众路线实践教育活动, 国家治理能力和治理体系现代化."""
    region, right = a[i:j], b[i:j]
    for first in range(2, len(right) - 1):
        for last in range(2, len(right) - first + 1):
            middle = right[first:len(right) - last]
            if len(middle) <= 3 and region == right[len(right) - last:] + middle + right[:first]:
                return "颠倒", i, region
    return None


def first_longest(found: list[tuple]) -> list[tuple]:
    """Of windows (start, end, …), the first and, at one start, the longest, none overlapping one kept."""
    found.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    kept: list[tuple] = []
    for item in found:
        if not any(item[0] < k[1] and k[0] < item[1] for k in kept):
            kept.append(item)
    return kept


def common_char(ch: str) -> bool:
    from speechwriter.check.lexicon import lexicon

    return lexicon().common(ch)


WORD_FREQ = 50   # jieba's weight of a word a clerk means (育人 74, 中人 230), not one of its rare entries (思思 7)


def is_word(pair: str) -> bool:
    from speechwriter.core.tokens import tokenizer

    return tokenizer().FREQ.get(pair, 0) >= WORD_FREQ


def sounds_alike(written: str, right: str) -> bool:
    """A character of the written word is read as the right one's in its place (还需 for 必须: 需 and 须
    are both xu): the word replaced is a slip of the ear, not another word chosen."""
    from speechwriter.check.lexicon import lexicon

    readings = lexicon().readings
    return any(set(readings.get(a, ())) & set(readings.get(b, ())) for a, b in zip(written, right))


def alike(written: str, right: str) -> bool:
    """The two characters sound alike or look alike (见 for 观: shapes.tsv)."""
    from speechwriter.check.lexicon import lexicon

    return sounds_alike(written, right) or right in lexicon().shapes.get(written, frozenset())


def unseen_pair(window: str, k: int) -> bool:
    """The character `k` of `window` and one beside it are never seen side by side in real text (ngram.py)."""
    from speechwriter.check.ngram import counts

    seen = counts()
    if seen is None:
        return False
    return any(seen.count(two) == 0 for two in (window[k - 1:k + 1], window[k:k + 2]) if len(two) == 2)


def in_dictionary(word: str) -> bool:
    from speechwriter.core.tokens import tokenizer

    return bool(tokenizer().FREQ.get(word))
