"""The app's own route through jieba's dictionary cuts every text exactly as jieba does."""

from __future__ import annotations

import jieba

from speechwriter.core import tokens
from speechwriter.paths import samples_dir

ODD = [
    "",
    "   ",
    "\r\n\t　全角空格　",
    "2024年GDP增长5.2%，iPhone 15 Pro和C++、A&B、a.b_c-d",
    "李明华同志、王小二同志在北京市朝阳区望京街道调研",   # names: jieba's HMM joins unknown characters
    "发言完毕，谢谢大家！不当之处，请批评指正。",            # the app's own dictionary words
    "㐀㐁㐂𠀀",                                              # characters beyond jieba's range
    "啊" * 300,
]


def _lines() -> list[str]:
    found = list(ODD)
    for path in sorted(samples_dir().glob("*.txt")):
        found += path.read_text(encoding="utf-8").splitlines()
    return found


def test_cut_is_jiebas_cut():
    differ = [text for text in _lines() if tokens.cut(text) != tokens.tokenizer().lcut(text)]
    assert differ == []


def test_patterns_are_jiebas():
    assert tokens._HAN.pattern == jieba.re_han_default.pattern
    assert tokens._SKIP.pattern == jieba.re_skip_default.pattern


def test_a_word_added_later_is_cut_as_jieba_cuts_it():
    text = "我们要推进桃花源里村建设"
    before = tokens.cut(text)
    instance = tokens.tokenizer()
    instance.add_word("桃花源里村", freq=50000)
    try:
        assert tokens.cut(text) == instance.lcut(text)
        assert "桃花源里村" in tokens.cut(text) and "桃花源里村" not in before
    finally:
        instance.del_word("桃花源里村")
    assert tokens.cut(text) == instance.lcut(text) == before
