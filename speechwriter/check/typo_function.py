"""The 错别字 rule's function-word route (issue 18, 2026-12-07): a character written for the function word it is
drawn like — 己 for 已 (工程己完成, 我们己有经验), 末 for 未 (尚末完成, 走向末来), 干 for 于 (由干天气原因, 位干城市中心). The other
routes look for a run that is no word one character from a word; a function word makes no word with its neighbours, so
a slip for one is no near miss of any word (己有, 己完 are nothing the dictionary has: only 已 before a verb is), and
FUNCTION keeps them from ever taking a function word for the slip's correction. Here the look-alike glyphs of a
function word (lexicon.py's `glyphs`, drawn: 己/巳/巴 of 已, 干/千 of 于, 末 of 未, 士/土 of 上 …) are tried in its place,
judged by real text (ngram.py's pairs, charlm.py's runs of three): every pair and run of three around the character
that real text writes with the function word is at least as common as with the character as written, one of them at
least FUNCTION_GLYPH["seen"] times, and all of them together more probable by FUNCTION_GLYPH["gain"] nats (each count
+ ½); the character as written is seen beside one of its neighbours never (a pair ngram.py lacks: a cheap test first)
and stands alone in jieba's cut (丁香, 干城 are words). A name (丁家村, 白中关系: Belarus) is typo.py's guards'.

Measured on the five development false-alarm sets (gov_work_reports, unseen, fresh, fadev, fa5dev: 2M characters):
no candidate at 11 nats; on the texts the counts come from (12M characters: they hold their own slips) one slip, 走向
末来 of the 二十大 report's copy, and two names of the news (丁家村, 土 for Türkiye before 坚定); at 10 nats 模力社区 and
磨丁 too, at 8 nats on pairs alone (no runs of three) 丁香 and 白中 (Belarus), which the cut and the runs keep out. bench/check.py --no-heldout: every recall and false-alarm line unchanged (no
development slip is of this kind in running text; 己有经验 of *_dev2 stands alone between commas, with one neighbour:
4 nats); ~2 ms of CPU per 20k characters.
"""

from __future__ import annotations

import math

from speechwriter.check.lexicon import Lexicon
from speechwriter.check.typo_shared import FUNCTION
from speechwriter.check.util import all_han

HOW = "形近"
# 未 is a function word FUNCTION leaves out (it is never a word's part there either: 未来 is)
TARGETS = frozenset(FUNCTION) | frozenset("未")
FUNCTION_GLYPH = {"gain": 11.0,   # nats: the function word's pairs and runs of three against the character's
                  "seen": 20}     # one of them written this often with the function word, at least


_LOOKS: dict[int, dict[str, tuple[str, ...]]] = {}


def _looks(lex: Lexicon) -> dict[str, tuple[str, ...]]:
    """The function words each character is a look-alike glyph of (the character itself no function word)."""
    found = _LOOKS.get(id(lex))
    if found is None:
        found = _LOOKS[id(lex)] = _looks_of(lex)
    return found


def _looks_of(lex: Lexicon) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for word in sorted(TARGETS):
        for ch in lex.glyphs.get(word, ()):
            if ch not in TARGETS:
                out.setdefault(ch, []).append(word)
    return {ch: tuple(words) for ch, words in out.items()}


def function_candidates(line: str, lex: Lexicon) -> list[tuple[int, float, int, int, str, str]]:
    """(length, score, start, end, right, how) for each character of `line` that real text would have written as the
    function word it is drawn like (a LINE_ROUTES entry of typo.py)."""
    from speechwriter.check import charlm, ngram

    looks = _looks(lex)
    hits = [i for i, ch in enumerate(line) if ch in looks]
    if not hits:
        return []
    counts, grams = ngram.counts(), charlm.table()
    if counts is None or grams is None:
        return []
    found: list[tuple[int, float, int, int, str, str]] = []
    for i in hits:
        ch = line[i]
        if not ((0 < i and not counts.count(line[i - 1] + ch)) or
                (i + 1 < len(line) and not counts.count(ch + line[i + 1]))):
            continue   # (the character as written is seen beside both neighbours: no slip of this kind — and cheap)
        spans = [(a, b) for a, b in ((i - 1, i + 1), (i, i + 2), (i - 2, i + 1), (i - 1, i + 2), (i, i + 3))
                 if a >= 0 and b <= len(line) and all_han(line[a:b])]
        if not any(b - a == 2 for a, b in spans):
            continue   # (no neighbour in Han script: nothing to judge by)
        for word in looks[line[i]]:
            gain, most = 0.0, 0.0
            for a, b in spans:
                run = line[a:b]
                meant = run[:i - a] + word + run[i - a + 1:]
                count = counts.count if b - a == 2 else grams.count
                with_word, as_written = count(meant), count(run)
                if with_word < as_written:
                    break   # (real text writes the character as written there more: 干部, 末尾)
                gain += math.log((with_word + 0.5) / (as_written + 0.5))
                most = max(most, with_word)
            else:
                if most >= FUNCTION_GLYPH["seen"] and gain >= FUNCTION_GLYPH["gain"]:
                    found.append((1, gain, i, i + 1, word, HOW))
                    break
    if found:
        from speechwriter.core.tokens import tokenizer

        alone = {a for _, a, b in tokenizer().tokenize(line, HMM=False) if b - a == 1}
        found = [c for c in found if c[2] in alone]
    return found
