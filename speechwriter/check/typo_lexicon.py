"""The dictionary-window route of the 错别字 rule (typo.py): a run of characters that is not a word but one
同音/形近 character away from a frequent word (布署 → 部署) or a 成语 (typo_idiom.py: 阴谋鬼计 → 阴谋诡计).

First, cheaply, every window of 2–4 characters that some confusable character (lexicon.py) turns
into a frequent dictionary word is listed (`window_raw`); only a line that has one is cut into words
(jieba, dictionary only) to judge it (`window_judged`). A window must be made of whole words (so
平安祥和 offers no 安祥 and 预防犯罪 no 防犯), never be used in the official writing (党代会报告, 人民日报:
lexicon.py), and:
- hold a character that joined no word, rare as a word of its own (a common one, 提/实, more likely
  begins a word the dictionary lacks: 提质增效), the right word far more frequent; or
- be itself a word the dictionary knows only rarely (冒然, 挺而走险 — dictionaries take slips in); or
- be four characters one off a 成语 — jieba's (tagged i) or one of a public list of 29,502
  (build_lexicon: jieba lacks 集腋成裘 and took in 口密腹剑, 心浮气燥): a listed 成语 one 同音/近音/形近
  character from four characters the list lacks needs only be the more frequent, unless real text
  pairs the character as written with its neighbour (大省大市 is no 大行大市: `_unpaired`);
- or four characters whose doubled character, doubled the same other way, make a 成语 (录录无为 →
  碌碌无为; `_doubled`), the doubled pair seldom beside the rest in real text (种种困难 is no 重重困难).
Four characters over two words, one of them a word the dictionary knows at most RARE times (膨涨, 支正: slips it took
in), one 同音/形近 character from a four-character word RARE_RATIO times as frequent, are that word too (通货膨涨 →
通货膨胀, 批评支正 → 批评指正; 2026-12-07: idiom 205 → 206 of 224, bench/check_same.py unchanged on the development
false-alarm sets and the speeches).
A function word (FUNCTION) is never the character taken for a slip — but in four characters one look-alike glyph
(lexicon.py's `glyphs`, drawn: 已/己/巳, 于/干/千) from a 成语 it is (推已及人 → 推己及人; 2026-12-07: typo_heldout3 18
→ 19 of 44, bench/check_same.py unchanged on the development false-alarm sets and the speeches).
The thresholds were set on the development speeches, never on the text false alarms are measured
on (bench/check.py).

Tried and left out (each found a few more slips of the development set and flagged far more right
words in published text): two lone characters one sound or shape from a word of frequency ≥ 200
(编篡 → 编纂, but 抗疫 → 抗议, 驻村 → 驻守, 堵点); a rare dictionary word near a word of frequency
≥ 100 (决择 → 抉择, but 两霸, 收悉, 大灾, 吃劲 — jieba gives typos it took in and rare right words the
same frequency, 3–10, and no ratio separates them); 近音 behind a ratio of 300 (no slip more, 溺害 →
厉害). Telling these apart needs counts of real text, not a dictionary.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from speechwriter.check.lexicon import Lexicon
from speechwriter.check.typo_idiom import IDIOM_RARE_WORD, doubled, idiom_judged, idiom_window
from speechwriter.check.typo_shared import FUNCTION, HAN_RUN, Tokens, token_at

# Set on the development speeches (../shared/corpus, seeds), never on the 政府工作报告 the false
# alarms are measured on:
MIN_WEIGHT = {2: 3000, 3: 200, 4: 20}   # how frequent (jieba) the right word must be
RATIO = {"同音": 30, "形近": 30, "近音": 10**9}   # … against the window as written (近音 alone is too loose)
# the character taken for a slip must be rare as a word of its own (a common one, 提/实/大, is more
# likely a word the dictionary does not join, 提质/走实/经济大省)
CHAR_CAP = {2: 500, 3: 500, 4: 8000}
RARE = 3          # a window the dictionary knows this rarely is still suspect (布署 2, 再接再励 3)
RARE_WORD = 10    # a dictionary word this rare may be a slip the dictionary took in (暴燥 4, 冒然 3)
RARE_RATIO = 30
ROUTES = {"rare": True, "idiom": True}
INDEX_WEIGHTS = MIN_WEIGHT   # (build_lexicon writes the index ahead with these)

Raw = tuple[int, int, int, str, str, int]   # (start, end, slip's offset in the window, right word, how, weight)


def window_raw(line: str, lex: Lexicon, idiom: Callable[[str], bool]) -> list[Raw]:
    """The windows of `line` one confusable character from a frequent dictionary word or a 成语 (`idiom`
    tells one), before the line is cut: a lookup per character.

    Each window of four characters (and of two or three around a rare character) is looked up once per
    character that may be the slip; only a window the index has a word for is weighed against the dictionary
    (`freq`, 500k words, the dearest look-up) and the official writing. The candidates come in the order of the
    character taken for a slip, then the window's length and start (as `suspects` has always read them)."""
    raw: list[Raw] = []
    freq, official, index = lex.freq, lex.official, lex.near_table()
    weight_of, weights, edges, glyphs = lex.char_weight, lex.char_weights, lex.near_edges(), lex.glyphs
    for run in HAN_RUN.finditer(line):
        lo, hi = run.span()
        raw += doubled(line, lo, hi, lex)
        text = run.group()
        m = hi - lo
        # each character's weight as a word of its own; -1: a function word, never the character taken for a slip
        owns = [-1 if ch in FUNCTION else weights[ch] if ch in weights else weight_of(ch) for ch in text]
        found: list[tuple[int, int, int, Raw]] = []   # (slip's offset, window's length, its start, candidate)
        for n in (2, 3, 4):
            cap = CHAR_CAP[n]
            # (a common character, 提/实/大, is taken for a slip in four characters only: see CHAR_CAP)
            # (four characters: a function word too where it has a look-alike glyph, 已 for 己: 推已及人 → 推己及人)
            takes = [0 <= own <= cap for own in owns] if n < 4 else \
                [own >= 0 or ch in glyphs for own, ch in zip(owns, text)]
            if not any(takes):
                continue
            limit = IDIOM_RARE_WORD if n == 4 else RARE_WORD
            places: Iterable[int] = range(m - n + 1)
            if n == 4:   # (the pair at each place: first two of an indexed word of four (1), last two (2))
                bits = [edges.get(text[j:j + 2], 0) for j in range(m - 1)]
                places = [i for i in range(m - 3) if bits[i] & 1 or bits[i + 2] & 2]   # (the others have none)
            for i in places:
                window = None
                hits = []
                for k in range(n):
                    # a word of four one character off in the last two places starts as the window does, and so on
                    if takes[i + k] and (n < 4 or (bits[i + 2] & 2 if k < 2 else bits[i] & 1)):
                        if window is None:
                            window = text[i:i + n]
                        words = index.get(window[:k] + "\0" + window[k + 1:])
                        if words:
                            hits.append((k, words))
                if not hits:
                    continue
                assert window is not None
                own = freq.get(window) or 0
                if own > limit or window in official:
                    continue
                for k, words in hits:
                    ch, own_ch = window[k], owns[i + k]
                    for word, weight in words:
                        if word == window:
                            continue
                        how = lex.relation(ch, word[k])
                        if own_ch < 0 and not (n == 4 and word[k] in glyphs.get(ch, ()) and idiom(word)):
                            continue   # (a function word is taken only for its look-alike glyph in a 成语)
                        if n == 4 and idiom(word):
                            if idiom_window(window, k, word, weight, own, how or "", ch, own_ch, lex):
                                found.append((i + k, n, i, (lo + i, lo + i + n, k, word, how or "别字", weight)))
                        elif how and own_ch <= CHAR_CAP[n] and weight >= MIN_WEIGHT[n] and weight >= RATIO[how] * (own + 1):
                            found.append((i + k, n, i, (lo + i, lo + i + n, k, word, how, weight)))
        if found:
            found.sort(key=lambda x: x[:3])   # (stable: a window's words in the index's order)
            raw += [candidate for *_, candidate in found]
    return raw


def window_judged(line: str, raw: list[Raw], tokens: Tokens, freq: dict[str, int],
                  idiom: Callable[[str], bool]) -> list[tuple[int, float, int, int, str, str]]:
    """Candidates (length, weight, start, end, right, how) of the raw windows judged on the line's cut
    (`tokens`: jieba, dictionary only)."""
    starts = {s: t for t, (_, s, _) in enumerate(tokens)}
    ends = {e: t for t, (_, _, e) in enumerate(tokens)}
    candidates: list[tuple[int, float, int, int, str, str, int]] = []
    for s, e, k, word, how, weight in raw:
        if s not in starts or e not in ends:
            continue   # the window cuts a word in two (平安祥和 has no 安祥)
        a, b = starts[s], ends[e]
        window = line[s:e]
        own = freq.get(window) or 0
        single = tokens[a + token_at(tokens[a:b + 1], s + k)]
        if b - a > 2 and not (b - a == 3 and idiom(word)):
            continue   # four one-character words: only a set phrase (巧夺天功) is worth the risk
        if a == b:   # one word the dictionary knows rarely (冒然, 挺而走险); not a compound (职业资格)
            # (a dictionary word one unrelated character off a 成语 is a phrase of its own: 日益完善, 一哄而起)
            ok = ROUTES["rare"] and 0 < own and (weight >= RARE_RATIO * (own + 1) and own <= RARE_WORD and e - s <= 3
                                                 or e - s == 4 and idiom(word) and how != "别字")
        elif len(single[0]) == 1 and single[0] not in FUNCTION:   # a character that joined no word
            ok = own <= RARE and not (e - s == 2 and any(tokens[x][0] in FUNCTION for x in (a, b)))
        else:        # four characters over whole words, one slip from a set phrase (阴谋鬼计)
            ok = ROUTES["idiom"] and e - s == 4 and idiom(word) and idiom_judged(own, how, single[0], freq)
            # … or a word the dictionary took in rarely (膨涨 3) inside a frequent compound one slip off (通货膨胀)
            ok = ok or (how in ("同音", "形近") and len(single[0]) > 1 and 0 < (freq.get(single[0]) or 0) <= RARE
                        and weight >= RARE_RATIO * (own + 1))
            # … the slip inside a word as written (巳时三刻: 巳时, a time of day): 同音 as each is usually read, not by
            # a reading the character has only as another's stand-in (巳 for 已, yǐ) — 巳时 is no slip of 一时三刻
            ok = ok and (how != "同音" or alike_as_read(line[s + k], word[k]))
        if ok:
            candidates.append((e - s, weight, s, e, word, how, s + k))
    return [c[:6] for c in candidates if not strands(c, candidates, tokens)]


def alike_as_read(written: str, right: str) -> bool:
    """The written character is read (Lexicon.read_as: not by a reading pypinyin lists but no phrase of its gives it)
    as the right one may be: 同音 as it is read (长 cháng, 常), not by a reading it has only as another's stand-in
    (巳 sì; the yǐ listed for it is 已's)."""
    from speechwriter.check.lexicon import lexicon

    lex = lexicon()
    return bool(set(lex.read_as(written)) & set(lex.readings.get(right, ())))


def strands(candidate: tuple, candidates: list[tuple], tokens: Tokens) -> bool:
    """Another candidate corrects the same character otherwise and takes in a character beside it that joined no
    word (工作巳经: 巳经 → 已经 takes in 经, which 工作巳 → 工作日 would leave alone, 工作日经): that one is meant.
    (Candidates are (length, weight, start, end, right, how, the slip's offset).)"""
    lone = {s for w, s, e in tokens if e - s == 1 and w not in FUNCTION}
    _, _, s, e, word, _, q = candidate

    def taken(c: tuple) -> set[int]:
        return {p for p in range(c[2], c[3]) if p in lone and p != c[6]}

    mine = taken(candidate)
    return any(o[6] == q and o[4][q - o[2]] != word[q - s] and taken(o) - set(range(s, e))
               and not mine - set(range(o[2], o[3])) for o in candidates)
