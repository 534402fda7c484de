"""jieba, loaded once and quietly, with the cue words of speeches added to its dictionary.

The dictionary load costs ~0.6 s and ~60 MB, so it happens on first use (or in `warm_up()`,
which the GUI calls on a worker thread), never at import. The app uses jieba's default
tokenizer (`jieba.dt`), so `jieba.analyse` (keywords) shares the one dictionary in memory.
"""

from __future__ import annotations

import functools
import logging
import math
import os
import re
import threading
from typing import Any

from platformdirs import user_cache_dir

from speechwriter.paths import APP_NAME

# Words jieba would otherwise cut apart; the role cues are matched on whole tokens.
_SPEECH_WORDS = (
    "一年来", "今年以来", "去年以来", "近年来", "多年来", "五年来", "长期以来", "下一步", "下阶段",
    "发言完毕", "谢谢大家", "总的来说", "总体来看", "刚刚过去", "再接再厉", "不当之处", "批评指正",
    "讲几点意见", "几点意见", "几点体会", "新征程", "新时代", "高质量发展", "工作报告", "执委会",
)

_lock = threading.Lock()
_tokenizer = None


def tokenizer() -> Any:
    global _tokenizer
    if _tokenizer is None:
        with _lock:
            if _tokenizer is None:
                import jieba

                # jieba logs a full traceback when it cannot write its cache (folder full or
                # read-only); that is harmless (it only loads slower next time), so keep it quiet
                jieba.setLogLevel(logging.CRITICAL)
                instance = jieba.dt
                # jieba caches its parsed dictionary in the system temp folder by default; keep it with ours
                instance.tmp_dir = user_cache_dir(APP_NAME, appauthor=False)
                try:
                    os.makedirs(instance.tmp_dir, exist_ok=True)
                except OSError:
                    instance.tmp_dir = None  # jieba falls back to the system temp folder
                instance.initialize()
                for word in _SPEECH_WORDS:
                    instance.add_word(word, freq=100000)
                _tokenizer = instance
    return _tokenizer


def warm_up() -> None:
    """Load the dictionary now (call from a worker thread so the window never waits for it)."""
    tokenizer()


# jieba's own patterns: runs it cuts with its dictionary, and what splits the rest
_HAN = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]+)")
_SKIP = re.compile("(\r\n|\\s)")
_log_cache: dict[int, float] = {}   # a word's count → log(count / all counts), filled as counts are met
_log_total: list[float] = []        # the total those were computed for (add_word changes it)


def cut(text: str) -> list[str]:
    """jieba's precise cut with its HMM for unknown words (`lcut(text)`), word for word the same;
    about twice as fast: the word graph and the best route are found in one pass from the end of
    each run, with the logarithm of each dictionary count kept once computed."""
    instance = tokenizer()
    out: list[str] = []
    # split() by a pattern with one group gives text between matches and matches in turn (a
    # match at odd places), so no piece needs matching again to tell which it is
    for place, block in enumerate(_HAN.split(text)):
        if not block:
            continue
        if place % 2:
            _cut_run(instance, block, out)
        else:
            for at, part in enumerate(_SKIP.split(block)):
                if at % 2:
                    out.append(part)
                else:
                    out.extend(part)
    return out


def _cut_run(instance: Any, run: str, out: list[str]) -> None:
    """jieba's `__cut_DAG` of one run of characters: the most probable split by the dictionary, and
    runs of single characters that form no dictionary word handed to its HMM (finalseg)."""
    freq: dict[str, int] = instance.FREQ
    total = math.log(instance.total)
    logs = _log_cache
    if not _log_total or _log_total[0] != total:
        logs.clear()
        _log_total[:] = [total]
    n = len(run)
    score = [0.0] * (n + 1)
    end = [0] * (n + 1)
    count_of, weight_of, nothing = freq.get, logs.get, -math.inf
    for start in range(n - 1, -1, -1):
        # candidates in jieba's order (shortest first); on equal scores the longer word wins, as max() of (score, end) does
        best, best_end = nothing, -1
        stop = start
        piece = run[start]
        while stop < n:
            count = count_of(piece)
            if count is None:   # no dictionary word starts with it
                break
            if count:           # 0: only the start of longer words
                weight = weight_of(count)
                if weight is None:
                    weight = logs[count] = math.log(count) - total
                value = weight + score[stop + 1]
                if value >= best:
                    best, best_end = value, stop
            stop += 1
            piece = run[start:stop + 1]
        if best_end < 0:   # no dictionary word starts here: the character alone, counted once
            best, best_end = math.log(1) - total + score[start + 1], start
        score[start], end[start] = best, best_end

    position, pending = 0, ""
    while position < n:
        after = end[position] + 1
        word = run[position:after]
        if after - position == 1:
            pending += word
        else:
            if pending:
                _flush(freq, pending, out)
                pending = ""
            out.append(word)
        position = after
    if pending:
        _flush(freq, pending, out)


def _flush(freq: dict[str, int], pending: str, out: list[str]) -> None:
    """Single characters in a row: one stays, a known word stays split, the rest go to the HMM."""
    if len(pending) == 1:
        out.append(pending)
    elif not freq.get(pending):
        out.extend(_unknown(pending))
    else:
        out.extend(pending)


@functools.lru_cache(maxsize=1 << 16)
def _unknown(pending: str) -> tuple[str, ...]:
    """jieba's HMM (finalseg) on characters no dictionary word joins: names, rare words (the same
    few recur through a speech, so each is worked out once)."""
    from jieba import finalseg

    return tuple(finalseg.cut(pending))


@functools.lru_cache(maxsize=256)
def cut_head(head: str) -> tuple[str, ...]:
    """Tokens of a paragraph's head (≤ 40 characters): the rules and the role model both read it."""
    return tuple(cut(head))


def forget_cuts() -> None:
    """Empty what cutting keeps from text to text (names worked out by the HMM, paragraph heads)."""
    _unknown.cache_clear()
    cut_head.cache_clear()
