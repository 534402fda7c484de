"""jieba, loaded once and quietly, with the cue words of speeches added to its dictionary.

The dictionary load costs ~0.6 s and ~60 MB, so it happens on first use (or in `warm_up()`,
which the GUI calls on a worker thread), never at import. The app uses jieba's default
tokenizer (`jieba.dt`), so `jieba.analyse` (keywords) shares the one dictionary in memory.
"""

from __future__ import annotations

import functools
import logging
import os
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


def cut(text: str) -> list[str]:
    return tokenizer().lcut(text)


@functools.lru_cache(maxsize=256)
def cut_head(head: str) -> tuple[str, ...]:
    """Tokens of a paragraph's head (≤ 40 characters): the rules and the role model both read it."""
    return tuple(tokenizer().lcut(head))
