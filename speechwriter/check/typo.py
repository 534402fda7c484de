"""`typo`: 错别字 — a run of characters that is not a word but one 同音/形近 character away from a
frequent word (布署→部署) or a 成语 (阴谋鬼计→阴谋诡计, 汗流夹背→汗流浃背), plus the curated pairs of
`resources/check/typos.tsv` and the clerk's own.

The routes, each in its module, in the order their findings are trusted (an earlier one's stands where
two overlap):
- typo_listed.py: the pairs of the lists (typos.tsv and the clerk's);
- typo_lexicon.py (with typo_idiom.py for 成语): windows one confusable character from a frequent
  dictionary word or a 成语, judged on jieba's cut;
- typo_channel.py: the noisy-channel and bound routes (counts of real text, ngram.py);
- typo_clause.py: a short clause alone between sentence marks that one character turns into a word;
- typo_idiom.two_edits: four characters at a clause's edge two 同音/形近 characters off a 成语;
- typo_context.py: a character language model of real writing (charlm.py) over running text;
- typo_common.py: two common characters, each a word of its own, one character from a common word;
- realword.py: a character that makes a real word but not the one meant, where real text writes a 同音/形近
  character between the same two neighbours and every four-character run around it (权利运行 → 权力);
- typo_twin.py: a rare character drawn as a common one (倶 for 俱) where the common one makes a word;
- typo_slip.py: a word jieba's dictionary took in from uncorrected text that is a slip of a frequent word (震憾 →
  震撼; the table is build_slips.py's).
- typo_function.py: a character written for the function word it is drawn like (工程己完成 → 已, 尚末完成 → 未, 由干
  天气原因 → 于), judged by real text's pairs and runs of three around it;
- typo_ganzhi.py: a 干支 year written with a look-alike character (已亥 → 己亥, 丙戍年 → 丙戌年), the sixty pairs of the
  cycle being the only right ones;
- typo_orphan.py: a bound character (氛, 导) left alone by the cut beside a 同音/形近 slip of the word it is
  mostly written in (氛圈 → 氛围, 导治 → 导致).
What they share (function words, runs, jieba's cut) is typo_shared.py. `suspects` gathers the
candidates of a line; the routes judged on the line alone are LINE_ROUTES, where a new one is added.

Tried for slips that are themselves words (改革开发, 入住 for 入驻, 反应 for 反映) and not kept (commit 5f01487,
realword.marshal, 0.95 MB): each two-character word one 同音 (usual readings) or 形近 character from a word
real text has ≥ 5 times (jieba ≥ 30), with the counts of real text of three characters (the word and the
character before or after it); evidence that the other word was meant: were the written word used as the
other is, real text would have had it beside that neighbour E = count(written) × count(other there) /
count(other) times, seen o ≤ 1 — the Poisson log-likelihood ratio E − o − o·ln(E/o). With one neighbour
enough it found 显露无疑 → 显露无遗 (dev2) but flagged 就业形式。 → 形势, 税制全面统一。 → 同一, 招商引资活动。 →
活力 (8 false alarms on the 1998–2025 reports, 2 on the development speeches, where 的必须关闭 → 的必需
came of 的必需品); with a neighbour needed on each side, no false alarm on the development speeches, 0–3 on
the published sets, but not one development slip: 9.3M characters hold too few of the contexts
(巡视组入驻 3 times, 如实反映 6) and most development slips have no neighbours (the bench puts a pair
without its words between commas). Real-word slips need counts of words in context from far more text.
Tried for real-word slips (a word of the dictionary written for another of the same sound) and not kept,
measured on the development misses and the three official-text sets: (a) each two-character word against
every dictionary word of the same toneless reading of both characters (精液/敬业, 经纪/经济, 报销/报效), by
the character model over the word and two characters after it, with real text's runs of three beside each
neighbour for the other word and none for the word as written: at 18 nats and above, 经纪损失, 精液奉献,
散步谣言 and 检查院 found, but ~40 false on the official sets (荡涤 → 当地, 急需 → 继续, 国籍问题 → 国际, 适时 →
实施, 法制轨道 → 法治, 公私合营 → 公司: 25 of them), the features of 国籍问题 (gain 23.3, 722 and 45 beside
the neighbours, none as written) those of 经纪损失 (29.3, 722, 45, none); with the other word part of a longer
dictionary word across the neighbour (经济损失, 检察院) 2 development slips against 游离于 → 有利于 and 自住性 →
自主性; (b) three- and four-character windows real text never has one 同音/形近 character from a word it has
≥ 5 times, whose ends are word ends: 经纪损失, 检查院 found, but 湖北胜 → 湖北省, 超极大国, 错误作法 flagged;
(c) a 成语 real text has, one character of any kind off four characters it never has (想法设法 → 想方设法):
700 windows of the official sets, jieba tagging common phrases 成语 (越来越重, 争取和平).
"""

from __future__ import annotations

from functools import lru_cache

from speechwriter.check import realword
from speechwriter.check.findings import Finding, Text
from speechwriter.check.lexicon import Lexicon, lexicon
from speechwriter.check.typo_channel import bound_candidates, channel_candidates, channel_judged
from speechwriter.check.typo_clause import clause_candidates
from speechwriter.check.typo_common import COMMON_WORDS, common_candidates
from speechwriter.check.typo_context import context_candidates
from speechwriter.check.typo_function import function_candidates
from speechwriter.check.typo_ganzhi import HOW as GANZHI
from speechwriter.check.typo_ganzhi import HOW_OUTSIDE as GANZHI_OUTSIDE
from speechwriter.check.typo_ganzhi import ganzhi_candidates
from speechwriter.check.typo_idiom import idiom_set, index_keeps, two_edits
from speechwriter.check.typo_lexicon import INDEX_WEIGHTS, window_judged, window_raw
from speechwriter.check.typo_listed import listed_findings
from speechwriter.check.typo_orphan import orphan_candidates
from speechwriter.check.typo_shared import AROUND, CONTEXT, tagged_idiom
from speechwriter.check.typo_slip import slip_candidates
from speechwriter.check.typo_twin import twin_candidates

__all__ = ["AROUND", "COMMON_WORDS", "INDEX_WEIGHTS", "LINE_ROUTES", "bound_candidates", "channel_candidates",
           "check", "clause_candidates", "common_candidates", "context_candidates", "idiom_set",
           "indexed_lexicon", "suspects", "suspects_of"]

# The routes that judge a line alone (no cut of it needed), after the dictionary's and the noisy
# channel's, in order of trust: where an earlier one found the slip, its narrower finding stands. Each
# takes (line, lexicon) and gives candidates (length, score, start, end, right word, how).
LINE_ROUTES = (ganzhi_candidates, clause_candidates, two_edits, context_candidates, common_candidates, realword.candidates, twin_candidates,
               slip_candidates, orphan_candidates, function_candidates)


@lru_cache(maxsize=1)
def indexed_lexicon() -> Lexicon:
    lex = lexicon()
    lex.index(INDEX_WEIGHTS, index_keeps)
    return lex


def check(text: Text):
    findings, off = listed_findings(text)
    listed = [(f.paragraph, f.start, f.end) for f in findings]
    lex = indexed_lexicon()
    from speechwriter.check import guards
    from speechwriter.core.tokens import tokenizer

    cutter = tokenizer()
    whole = "\n".join(para.text for para in text.paragraphs)
    every = suspects_of([para.text for para in text.paragraphs], lex, cutter)
    for i, para in enumerate(text.paragraphs):
        for start, end, right, how in every[i]:
            if any(p == i and s < end and start < e for p, s, e in listed):
                continue   # (inside a slip of the lists: 应急管里局 holds 管里)
            wrong = para.text[start:end]
            if wrong in off or any(wrong[j:j + 2] in off for j in range(len(wrong) - 1)):
                continue   # (the clerk's 即然 holds in 即然如此 too)
            if how.endswith((CONTEXT, AROUND, realword.HOW)) and whole.count(wrong) > 1:
                continue   # written the same way twice: meant (伟大抗疫精神 … 全球抗疫), a slip is seldom repeated
            if how not in (GANZHI, GANZHI_OUTSIDE) and guards.typo_guarded(para.text, start, end, right):
                continue   # a name (城投公司), a coinage (“依田而居、靠菜致富”), a phrase it cuts into: guards.py (not for
                           # the 干支 route: its characters are written in the cycle only — 北京卫戌区 is 卫戍's slip)
            findings.append(Finding("typo", "warning", f"“{wrong}”疑为错别字（{how}），应为“{right}”。", i, start, end,
                                    wrong, right, para.section))
    return findings


def suspects(line: str, lex: Lexicon, cutter):
    """(start, end, right word, how) of each suspect window in `line`, longest windows first,
    none overlapping. Windows one slip from a frequent word are found first (a lookup per
    character); only a line that has some is cut into words to judge them."""
    return suspects_of([line], lex, cutter)[0]


def suspects_of(lines: list[str], lex: Lexicon, cutter) -> list[list[tuple[int, int, str, str]]]:
    """`suspects` of each of `lines`. Each route reads all the lines before the next route starts (route by route,
    not line by line: a route's tables — jieba's 500k words, the pairs and runs of real text — stay in the
    processor's cache; about a fifth faster on 20k characters), and every route is a function of the line alone, so
    the candidates are the same."""
    idiom = lex.idioms.__contains__ if lex.idioms is not None else tagged_idiom
    raws = [window_raw(line, lex, idiom) for line in lines]
    channel = [channel_candidates(line, lex) for line in lines]
    lm_raws = [found + more for found, more in zip(channel, (bound_candidates(line, lex) for line in lines))]
    laters = [[route(line, lex) for line in lines] for route in LINE_ROUTES]
    every = []
    for n, line in enumerate(lines):
        raw, lm_raw, later = raws[n], lm_raws[n], [found[n] for found in laters]
        if not raw and not lm_raw:
            every.append(unoverlapped(later))
            continue
        tokens = list(cutter.tokenize(line, HMM=False))
        candidates = window_judged(line, raw, tokens, lex.freq, idiom)
        if lm_raw:
            candidates += channel_judged(line, lm_raw, tokens, lex.freq)
        # (the clause route's and the context route's last: where another route found the slip, its
        # narrower finding stands)
        every.append(unoverlapped([candidates, *later]))
    return every


def unoverlapped(groups) -> list[tuple[int, int, str, str]]:
    """(start, end, right, how) of the candidates of `groups`, in that order of trust and, within one, the
    longest and best first, none overlapping one taken before."""
    found: list[tuple[int, int, str, str]] = []
    for group in groups:
        for _, _, s, e, right, how in sorted(group, key=lambda c: (-c[0], -c[1], c[2])):
            if any(s < fe and fs < e for fs, fe, _, _ in found):
                continue
            found.append((s, e, right, how))
    return sorted(found)
