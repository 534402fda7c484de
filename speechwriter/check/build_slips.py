"""Writes `resources/check/slips.tsv`, the words of jieba's dictionary that are slips of a frequent word (a
developer's tool; the app only reads what it writes). Run from a checkout, after build_lexicon:

    python -m speechwriter.check.build_slips            (writes the table)
    python -m speechwriter.check.build_slips --show     (prints every slip with its counts, most frequent first)

jieba's dictionary was counted from real, uncorrected text, so the commonest misspellings are in it as words (选拨,
震憾, 光采) and the other 错别字 routes, which look for what is not a word, trust them. A word is taken for a slip of
another when (thresholds in SLIP, set on the development data: bench/data/check/SOURCES):
- both are words of jieba's dictionary of two to four Han characters, one character apart;
- that character and the other's are 同音 AND 形近 by the checker's own tables: the same usual reading (ngram.marshal's,
  pypinyin's first) and look-alikes (lexicon.py's shapes: shapes.tsv with components.tsv) — a radical swapped beside
  the same phonetic part, 憾/撼, 采/彩, 杆/秆, the classic 别字 — and both have the same part of speech in jieba's
  dictionary (阴天 n is no slip of 明天 t), the other word SLIP["ratio"] times as frequent in jieba; or they are
  look-alike glyphs (lexicon.py's glyphs: 已/己, 千/干, 衣/农, at most 24 pixels apart) and the other word is
  SLIP["glyph_ratio"] times as frequent (自已 → 自己; jieba tags 自已 d, 自己 r). A sound alone (军师/军事, 报仇/报告), a
  looser shape alone (疗程/过程, 太学/大学, even 拨/拔 of 选拨) pairs far too many real words of other senses that real
  text happens not to write (tried: hundreds of them among the first few hundred, at 100 and 300 times);
- the other word is written
  in real edited text (the counts build_lexicon.NGRAM_SOURCES lists: the 党代会 reports, the 1998 人民日报 and
  新闻联播 2022–2025 — never a 政府工作报告 or another false-alarm set) at least SLIP["real"] times,
  while that text writes the slip itself at most SLIP["seen"] times (or once per SLIP["per"] of the other's);
- the word is no doubled character (卖卖 is 卖 reduplicated: 聊聊天卖卖产品);
- the pair is no house-style variant (variants.py: 其它/其他, 身分/身份, 帐户/账户, 做/作) nor a pair the 1956
  simplification merged (MERGED_1956: 颠复 in the 1950s reports), and the word is not one of
  KEEP: legitimate words and variants the rule reaches, read one by one in the table sorted by frequency (every
  candidate the rule gave, about 400 before KEEP) and in the findings on the development false-alarm sets and speeches.
One slip a line: the slip, the word meant, how they relate. typo_slip.py reads it.
"""

from __future__ import annotations

import collections
import gzip
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "resources" / "check" / "slips.tsv"
SLIP = {"ratio": 10,          # jieba: the word meant this many times as frequent as the slip (同音+形近) …
        "glyph_ratio": 300,   # … or this many times, of any part of speech, where the two glyphs nearly coincide
        "real": 10,           # real edited text writes the word meant this often, at least
        "seen": 1,            # … and the slip at most this often
        "per": 300}           # … or once per this many of the word meant (自已 3 against 自己 1,139)
HOW, HOW_GLYPH = "同音形近", "形近"
# pairs the 1956 简化字方案 merged and the 1986 总表 took apart again (覆 was written 复, 叠 迭): the 政府工作报告 of the
# 1950s–1970s write 颠复, 复盖 as the standard of their day, so neither is taken for the other
MERGED_1956 = frozenset({"复覆", "叠迭"})

# Legitimate words and variants the rule above reaches (read in the table, most frequent first, and in the findings
# on the development false-alarm sets): older or regional standard forms a clerk or a quoted text may keep, words of
# their own sense, names and places.
KEEP = frozenset("""
型式 静力 底价 火性 想望 正法 一胎 两胎 三胎 还愿 菜色 呈献 轮台 水粉 铰接 转赠 总帐 授命 细粉 上浆 出镜 好胜
柱体 炼就 八极 铭牌 廉正 青桐 借代 干枝 正论 水纹 生利 空箱 转注 万钟 坡口 武馆 开伙 纹章 膜式 主症 弹体 不痛
保正 双响 名驹 大雕 小奖 小富 放倒 正人 油票 沾有 涌来 溜下 溜下来 火笼 照录 照开 转科 连涨 钟意 高竿 免证 连花
杆线 涨风 单道 皓然 潮阳 潮阳区 南坪 西坪 水原 景东 莲山 雷峰 奴尔 龙子 架车
人材 撤消 惟一 想像 坐位 招集 图象 录象 影象 份量 住持 奇兵 密书 静心 礼义 水云 军管 作伪 进呈 硝化 购建
肝部 正书 信袋 几袋 一驾 第一枝 振源 暴胀 蜗轮 钢领 平果 顶极
分力 分阴 丧夫 哪几 拾起 拉升 较力 迸出 长言 法言 分升 上兵 一旬 升来 无眼
学力 即是 即有 种性 代子 志书 外帐 外账 开账 会账 增置 伪名 侍人 供事 平议 幻相 时症 洋式 疏果 种籽 胛骨 铲出
拥到 拖起 夸过 唤来 唤取 地梨 掩没 收人 单头
""".split())

_HAN = re.compile(r"^[\u4e00-\u9fff]{2,4}$")


def jieba_tags() -> dict[str, str]:
    """The part of speech jieba's dictionary gives each word (its third column)."""
    import jieba

    tags = {}
    with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as f:
        for line in f:
            row = line.split()
            if len(row) >= 3:
                tags[row[0]] = row[2]
    return tags


def candidates() -> list[tuple[str, str, int, str, int, int]]:
    """(slip, word meant, changed offset, how, jieba's frequency of each) for every pair of dictionary words one
    同音+形近 or 点阵 character apart, the word meant at least SLIP["ratio"] (SLIP["glyph_ratio"]) times as frequent."""
    from speechwriter.check import ngram, variants
    from speechwriter.check.lexicon import lexicon

    lex, counts = lexicon(), ngram.counts()
    if counts is None:
        raise SystemExit("resources/check/ngram.marshal is missing: run build_lexicon first")
    sound, freq, tags = counts.sound, lex.freq, jieba_tags()
    meant: dict[str, list[str]] = {}
    for word, weight in freq.items():
        if weight and weight >= SLIP["real"] and _HAN.match(word):
            for k in range(len(word)):
                meant.setdefault(word[:k] + "\0" + word[k + 1:], []).append(word)
    out = []
    for word, weight in freq.items():
        if not weight or not _HAN.match(word):
            continue
        for k in range(len(word)):
            for other in meant.get(word[:k] + "\0" + word[k + 1:], ()):
                a, b = word[k], other[k]
                if other == word or variants.variant(a, b) or "".join(sorted(a + b)) in MERGED_1956:
                    continue
                if b in lex.glyphs.get(a, ()) and freq[other] >= SLIP["glyph_ratio"] * weight:
                    out.append((word, other, k, HOW_GLYPH, weight, freq[other]))   # (自已: jieba tags it d, 自己 r)
                    continue
                if tags.get(word) != tags.get(other):
                    continue   # (a word of another part of speech is a word of its own: 阴天 n, 明天 t)
                both = (b in lex.shapes.get(a, ()) or a in lex.shapes.get(b, ())) and sound.get(a) is not None \
                    and sound.get(a) == sound.get(b)
                if both and freq[other] >= SLIP["ratio"] * weight:
                    out.append((word, other, k, HOW, weight, freq[other]))
    return out


def real_counts(words: set[str]) -> collections.Counter[str]:
    """How often real edited text (build_lexicon.NGRAM_SOURCES) writes each of `words` (as a run of characters)."""
    from speechwriter.check.build_lexicon import DATA, NGRAM_SOURCES

    han = re.compile(r"[\u4e00-\u9fff]+")
    found: collections.Counter[str] = collections.Counter()
    lengths = sorted({len(word) for word in words})
    for name in NGRAM_SOURCES:
        with gzip.open(DATA / name, "rt", encoding="utf-8") as f:
            text = f.read()
        for run in han.findall(text):
            for n in lengths:
                for i in range(len(run) - n + 1):
                    gram = run[i:i + n]
                    if gram in words:
                        found[gram] += 1
    return found


def slips() -> list[tuple[str, str, str, int, int, int, int]]:
    """(slip, word meant, how, jieba's frequency of each, real text's count of each), the most frequent slip first;
    for a slip of several words, the most frequent word meant."""
    pairs = candidates()
    seen = real_counts({p[0] for p in pairs} | {p[1] for p in pairs})
    best: dict[str, tuple[str, str, str, int, int, int, int]] = {}
    for word, other, _, how, weight, other_weight in pairs:
        written, meant = seen[word], seen[other]
        if word in KEEP or word[0] == word[1] or meant < SLIP["real"] or written > max(SLIP["seen"], meant // SLIP["per"]):
            continue
        if word not in best or best[word][4] < other_weight:
            best[word] = (word, other, how, weight, other_weight, written, meant)
    return sorted(best.values(), key=lambda row: (-row[3], row[0]))


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    found = slips()
    if "--show" in args:
        for row in found:
            print("\t".join(map(str, row)))
        return
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("# jieba 词典收作词的常见错别字（选拨→选拔）：与一个常用词只差一个同音且形近或字形点阵相近的字，"
                  "该词在 jieba 中频得多、在真实编校文本中常见，而此写法几乎不见；由 speechwriter/check/build_slips.py "
                  "生成（见 bench/data/check/SOURCES）。每行：错误写法、正确写法、关系。\n")
        for word, other, how, *_ in sorted(found):
            out.write(f"{word}\t{other}\t{how}\n")
    print(f"{len(found)} slips → {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
