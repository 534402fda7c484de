"""Telling residue and inner sentence ends with one pattern search each gives what testing every
pattern, every character, gave: on the samples' lines and on residue of each kind."""

from __future__ import annotations

from pathlib import Path

from speechwriter.core import cleaning
from speechwriter.paths import samples_dir

RESIDUE = ["版权声明：本站所有", "来源：新华网", "责任编辑：王五", "编辑：李四", "点赞 分享", "阅读次数：123",
           "上一篇：关于", "相关阅读", "（精选 5 篇）", "·未来五年计划·", "（摘自《人民日报》）", "新闻热线 12345",
           "2024-08-27 10:30 发布", "2024/8/27", "XXX", "123", "\");", "今天，我们召开大会。", "一是要坚持；二是要落实。",
           "同志们：", "", "。", "谢谢大家！"]


def _lines() -> list[str]:
    found = list(RESIDUE)
    bench_corpus = Path(__file__).resolve().parents[2] / "bench" / "corpus"
    for path in sorted(samples_dir().glob("*.txt")) + sorted(bench_corpus.glob("*.txt"))[::20]:
        found += [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    return found


def test_residue_is_any_pattern_found():
    lines = _lines()
    expected = [(not cleaning.PLACEHOLDER_NAME.match(t)) if not cleaning._HAS_CJK.search(t)
                else any(p.search(t) for p in cleaning._NOISE_PATTERNS) for t in lines]
    assert [cleaning.is_noise(t) for t in lines] == expected
    assert 5 < sum(expected) < len(lines)


def test_an_inner_sentence_end_is_any_end_mark_before_the_last_character():
    lines = _lines()
    expected = [any(ch in "。！？!?；;" for ch in t[:-1]) for t in lines]
    assert [cleaning.has_inner_sentence_end(t) for t in lines] == expected
    assert any(expected) and not all(expected)
