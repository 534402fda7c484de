"""`repeat`: a character, word, sentence or closing written twice by mistake.

Reduplication is Chinese grammar, not a slip, and is left alone: AA (常常、看看、谢谢), AABB
(认认真真、上上下下), ABAB of verbs (研究研究、学习学习 — the verbs in `resources/check/reduplication.tsv`),
A一A (看一看), 一X一X (一步一步). What is reported:
- a doubled *function* character (的的、了了、是是、在在 …), which never reduplicates;
- a word of three or more characters, or a two-character word that is not such a verb, twice in a row;
- the same sentence twice in a row; a second 谢谢/发言完毕 closing in a later paragraph near the end.
"""

from __future__ import annotations

import re

from speechwriter.check.findings import Finding, Text
from speechwriter.check.lists import words
from speechwriter.check.util import sentences

_FUNCTION = "的了是在和与及把被对从向将就也还又而并但或其之我你他她们这那于以为所地得着让使给很最更"
_DOUBLE_CHAR = re.compile(rf"(?=([{_FUNCTION}])\1)")  # overlapping: 实实在在在 has 在在 twice
_DOUBLE_WORD = re.compile(r"([\u3400-\u9fff]{2,8}?)\1")
_CLOSING = re.compile(r"谢谢|发言完毕|讲话完毕|汇报完毕")
MIN_SENTENCE = 6


# parts of speech (jieba's tags) whose two-character words reduplicate as ABAB: onomatopoeia and
# 状态词 (哗啦哗啦, 雪白雪白); verbs only when listed (研究研究 yes, 落实落实 is a slip)
_ABAB_TAGS = ("o", "z")
# ABAB that is a phrase said twice on purpose: 很紧很紧, 走着走着, 一代一代, 一遍一遍
_ABAB_SECOND = "着了过"
_ABAB_FIRST = "很太真好挺越多一再又"


def _reduplicates(word: str) -> bool:
    import jieba.posseg

    from speechwriter.core.tokens import tokenizer

    tokenizer()  # the one dictionary, loaded quietly; posseg reads it
    return any(token.flag.startswith(_ABAB_TAGS) for token in jieba.posseg.lcut(word, HMM=False)
               if token.word == word)


_MEASURES = "个步点天年次节堂件项条张批轮家户人"


def _one_by_one(word: str, after: str = "") -> bool:
    """一步一步, 一个一个, 一节课一节课 — but not 一年来一年来 (a time phrase said twice); longer, only as an
    adverb before 地: 一个项目一个项目地抓落地, 一家企业一家企业地走访 (一个项目一个项目的建设 stays a finding)."""
    if word[0] != "一" or word[1:2] not in tuple(_MEASURES) or (len(word) >= 3 and word[2] in "来中里间后前内以"):
        return False
    return len(word) <= 3 or (len(word) <= 5 and after == "地")


def _word_then_derived(line: str, end: int, word: str, spans: list[tuple[int, int]]) -> bool:
    """The second copy of `word` begins a word one character longer (博士博士后: 博士、博士后 written without
    the 、, as the 大湾区博士博士后创新创业大赛 is named): two words, not one written twice. (落实落实好,
    发展发展改革委 — the longer word is no suffix of the first — stay findings.)"""
    second = end - len(word)
    return any(s == second and e == end + 1 for s, e in spans)


def _is_aabb(text: str, start: int) -> bool:
    """XX at `start` is one half of an AABB form of a word AB (的的确确 of 的确, 是是非非 of 是非);
    "了了大大" is no such form (了大 is no word)."""
    from speechwriter.core.tokens import tokenizer

    after = text[start + 2:start + 4]
    before = text[max(0, start - 2):start]
    if len(after) == 2 and after[0] == after[1]:
        word = text[start] + after[0]
    elif len(before) == 2 and before[0] == before[1]:
        word = before[0] + text[start]
    else:
        return False
    return bool(tokenizer().FREQ.get(word))


def check(text: Text) -> list[Finding]:
    findings = []
    verbs = words("reduplication")
    for i, para in enumerate(text.paragraphs):
        line = para.text

        def add(start, end, message, suggestion, i=i, line=line, para=para):
            findings.append(Finding("repeat", "warning", message, i, start, end, line[start:end], suggestion,
                                    para.section))

        bounds = None
        for match in _DOUBLE_CHAR.finditer(line):
            start = match.start()
            if _is_aabb(line, start) or "不了了之" in line[max(0, start - 2):start + 4]:
                continue
            if match.group(1) != "们":
                if bounds is None:
                    bounds = _token_spans(line)
                if _split_by_words(bounds, start) and not _dangling(line, bounds, start + 1):
                    continue   # 对对外, 实事求是是, 目的的: the two belong to different words
            add(start, start + 2, f"“{match.group(1)}”重复了一次。", match.group(1))
        for match in _DOUBLE_WORD.finditer(line):
            word = match.group(1)
            if len(set(word)) == 1:
                continue  # 的的 / 常常 — the character rule above
            if len(word) == 2 and not _is_word(word):
                continue  # 产业创业创新: 业创 is no word, the letters only happen to repeat
            if _one_by_one(word, line[match.end():match.end() + 1]) or \
                    (len(word) == 2 and (word in verbs or word[1] in _ABAB_SECOND
                                         or word[0] in _ABAB_FIRST or _reduplicates(word))):
                continue  # 研究研究, 哗啦哗啦, 一步一步, 一节课一节课, 很紧很紧, 走着走着
            if bounds is None:
                bounds = _token_spans(line)
            if _word_then_derived(line, match.end(), word, bounds):
                continue  # 博士博士后
            add(match.start(), match.end(), f"“{word}”重复了一次。", word)
        spans = sentences(line, full=True)
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            first, second = line[s1:e1].strip(), line[s2:e2].strip()
            if first == second and len(first) >= MIN_SENTENCE:
                add(s2, e2, "这句话与上一句重复。", "")
    findings += _closings(text)
    findings += _pasted_paragraphs(text)
    return findings


MIN_PARAGRAPH = 12


def _pasted_paragraphs(text: Text) -> list[Finding]:
    """A paragraph that is the one before it again, word for word (pasted twice)."""
    findings = []
    for i in range(1, len(text.paragraphs)):
        para, before = text.paragraphs[i], text.paragraphs[i - 1]
        if para.text.strip() == before.text.strip() and len(para.text.strip()) >= MIN_PARAGRAPH:
            findings.append(Finding("repeat", "warning", "这一段与上一段完全相同，像是粘贴了两次。", i, 0, len(para.text),
                                    para.text, "", para.section))
    return findings


def _is_word(word: str) -> bool:
    from speechwriter.core.tokens import tokenizer

    return bool(tokenizer().FREQ.get(word))


def _token_spans(line: str) -> list[tuple[int, int]]:
    from speechwriter.core.tokens import tokenizer

    return [(s, e) for _, s, e in tokenizer().tokenize(line, HMM=False)]


def _dangling(line: str, spans: list[tuple[int, int]], at: int) -> bool:
    """The character at `at` stands alone with nothing it could govern after it (实实在在在的):
    a leftover, not a word of the sentence."""
    own = next(((s, e) for s, e in spans if s <= at < e), None)
    return own == (at, at + 1) and (at + 1 >= len(line) or line[at + 1] in "的了，。；、！？")


def _split_by_words(spans: list[tuple[int, int]], start: int) -> bool:
    """The characters at `start` and `start + 1` lie in two words, at least one of them longer
    than the character (对|对外, 实事求是|是)."""
    first = next(((s, e) for s, e in spans if s <= start < e), None)
    second = next(((s, e) for s, e in spans if s <= start + 1 < e), None)
    return first is not None and first != second and (first[1] - first[0] > 1 or (second is not None and
                                                                                  second[1] - second[0] > 1))


def _closings(text: Text) -> list[Finding]:
    """A thank-you/发言完毕 closing in a paragraph after another one near the end of the speech."""
    body = [i for i, p in enumerate(text.paragraphs) if p.kind == "paragraph"]
    seen = None
    findings = []
    for i in body[-4:]:
        para = text.paragraphs[i]
        for start, end in sentences(para.text):
            sentence = para.text[start:end]
            if not _CLOSING.search(sentence) or len(sentence) > 30:
                continue
            if seen is not None and seen != i:
                findings.append(Finding("repeat", "warning", f"结束语“{sentence.strip()}”与前面的致谢重复。", i, start, end,
                                        sentence, "", para.section))
            elif seen is None:
                seen = i
    return findings
