"""Turning raw copied text into clean lines: normalised characters, web noise flagged.

Wording is never changed. What changes: odd quote characters used as “” (‚‛, straight quotes in
Chinese text), web-font residue (private-use characters), spaces wedged between Chinese
punctuation and text by web pages, and full-width/odd spaces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CJK = "\u3400-\u4dbf\u4e00-\u9fff"
# Chinese (full-width) punctuation and the half-width marks web copies use in its place.
CN_PUNCT = "，。、；：？！“”‘’（）《》【】—…·,.;:?!()"
SENTENCE_END = "。！？!?；;…"
LINE_END_OK = SENTENCE_END + "：:”’）)」』"

_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
_ODD_SPACES = re.compile("[\u00a0\u2000-\u200b\u3000\u202f\u205f\ufeff\t]")
_SPACES_AT_PUNCT = re.compile(rf" +(?=[{re.escape(CN_PUNCT)}])|(?<=[{re.escape(CN_PUNCT)}]) +")
_MULTI_SPACE = re.compile(" {2,}")
_HAS_CJK = re.compile(f"[{CJK}]")


@dataclass
class Line:
    """One non-empty line of the source, after cleaning; `number` is 1-based in the source."""

    text: str
    number: int


def normalise(text: str) -> str:
    text = _PRIVATE_USE.sub("", text)
    text = _ODD_SPACES.sub(" ", text)
    text = text.replace("‚", "“").replace("‛", "”").replace("„", "“").replace("‟", "”")
    text = _straight_quotes(text)
    text = _SPACES_AT_PUNCT.sub("", text)
    text = _MULTI_SPACE.sub(" ", text)
    return text.strip()


def _straight_quotes(text: str) -> str:
    """Pair up ASCII double quotes inside Chinese text as “…”."""
    if '"' not in text or not _HAS_CJK.search(text):
        return text
    parts = text.split('"')
    if len(parts) % 2 == 0:  # unpaired: leave it, guessing would move a quote
        return text
    out = [parts[0]]
    for i, part in enumerate(parts[1:]):
        out.append("“" if i % 2 == 0 else "”")
        out.append(part)
    return "".join(out)


def clean_lines(text: str) -> list[Line]:
    lines = []
    for number, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        cleaned = normalise(raw)
        if cleaned:
            lines.append(Line(cleaned, number))
    return lines


# --- web and newspaper residue -------------------------------------------------------------

PLACEHOLDER_NAME = re.compile(r"^(X{2,4}|x{2,4}|×{2,4}|\*{2,4}|○{2,4}|□{2,4})$")

# residue that starts the line (each pattern anchored with ^) …
_NOISE_AT_START = [re.compile(p) for p in (
    r"^(天天|点赞|分享|收藏|评论|打印|关闭窗口|返回顶部|扫一扫|微信扫|字号|阅读(次数|量)?)([\s:：]|$)",
    r"^上一篇[:：]|^相关(文章|阅读|推荐)[:：]?",
    r"^[·•]\s*\S{1,12}\s*[·•]?$",                      # newspaper column labels ·未来五年计划· / •地方经验
    r"^[（(]摘自.{0,60}[)）]?$",                         # attribution under an excerpt
    r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(\s+\d{1,2}:\d{2}(:\d{2})?)?(\s|$)",  # 2024-08-27 publication stamps
)]
# … and residue anywhere in it
_NOISE_ANYWHERE = [re.compile(p) for p in (
    r"版权声明|我要投稿|免责声明|转载请注明|本文来源|来源[:：]\s*\S{0,20}$|责任编辑[:：]|编辑[:：]\s*\S{1,6}$",
    r"下一篇[:：]",
    r"[（(]精选\s*\d+\s*篇[)）]\s*$",
    r"社长兼总编辑|新闻热线|广告经营许可证|邮政编码[:：]\d",
)]
_NOISE_PATTERNS = _NOISE_AT_START + _NOISE_ANYWHERE   # a line is residue when any of them matches


def _either(patterns: list[re.Pattern[str]]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns))


# one match at the start for the first kind, one search for the second (tried at every place of a
# long paragraph, the line-start patterns were most of the search's time)
_NOISE_START = _either(_NOISE_AT_START)
_NOISE = _either(_NOISE_ANYWHERE)


def is_noise(text: str) -> bool:
    """Web/newspaper residue that is never speech content."""
    if not _HAS_CJK.search(text):
        # stray numbers, script fragments (`");`), share-bar counters — but not a name placeholder
        return not PLACEHOLDER_NAME.match(text)
    return _NOISE_START.match(text) is not None or _NOISE.search(text) is not None


def ends_sentence(text: str) -> bool:
    return bool(text) and text[-1] in LINE_END_OK


_INNER_END = re.compile("[。！？!?；;]")


def has_inner_sentence_end(text: str) -> bool:
    return _INNER_END.search(text[:-1]) is not None


def visible_len(text: str) -> int:
    return len(text.replace(" ", ""))
