"""Deriving reusable structures from analysed speeches.

Speeches of one kind with the same shape (roles in order, key points collapsed) and the same
top-level numbering make one structure; its phrasing comes from all of them, with names turned
into fields.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

from speechwriter import filetypes
from speechwriter.core.generalise import generalise, sentences
from speechwriter.core.markers import find_marker, inline_run_in_style
from speechwriter.core.numbering_styles import BY_NAME
from speechwriter.core.numerals import chinese_numeral
from speechwriter.core.speech import Block, Speech
from speechwriter.core.structure import Structure
from speechwriter.errors import UserError

FAMILY_STYLES = {name: family.style for name, family in BY_NAME.items() if family.style}
_STYLE_SLUGS = {family.style: family.slug for family in BY_NAME.values() if family.style}
_STYLE_SERIES = {family.style: family.series for family in BY_NAME.values() if family.style and not family.run_in}
_KIND_SLUGS = {"领导讲话": "leader-speech", "汇报发言": "report-speech", "研讨发言": "seminar-speech",
               "表态发言": "pledge-speech", "工作报告": "work-report", "开幕词": "opening-address",
               "闭幕词": "closing-address", "调研讲话": "inspection-speech", "动员讲话": "mobilisation-speech",
               "述职报告": "duty-report", "致辞": "address"}
_ROLE_LETTERS = {"opening": "o", "review": "r", "key_points": "k", "closing": "c"}
_TRANSITION = re.compile(r"下面|几点意见|几点体会|几个方面|几点建议|以下几点|讲几点|谈几点|汇报如下|报告如下")
TEXT_SUFFIXES = filetypes.SPEECH_SUFFIXES


def numbering_of(speech: Speech) -> str:
    """`一、/（一）`, `一是`, `一、/一是` (run-in inside the blocks), `小标题/一、` … or `none`."""
    blocks = [s for s in speech.sections if s.role in ("key_points", "review") and _block_start(s)]
    numbered = [s for s in blocks if _style(_block_start(s)) or s.heading]
    if not numbered:
        return "none"
    levels = [Counter(_style(_block_start(s)) or "小标题" for s in numbered).most_common(1)[0][0]]
    inner = [p for s in numbered for p in s.points]
    if inner:
        levels.append(Counter(_style(_block_start(p)) or "小标题" for p in inner).most_common(1)[0][0])
    else:
        run_in = inline_run_in_style([p for s in numbered for p in s.paragraphs[1:] or s.paragraphs])
        if run_in and run_in != levels[0]:
            levels.append(run_in)
    return "/".join(levels)


def _block_start(block: Block) -> str:
    return block.heading or (block.paragraphs[0] if block.paragraphs else "")


def _style(text: str) -> str | None:
    marker = find_marker(text)
    return FAMILY_STYLES.get(marker.family) if marker else None


def skeleton_of(speech: Speech) -> list[str]:
    return [s.role or "" for s in speech.sections]   # every top-level section has its role


def _shape(skeleton: list[str]) -> tuple[str, ...]:
    collapsed: list[str] = []
    for role in skeleton:
        if not collapsed or collapsed[-1] != role:
            collapsed.append(role)
    return tuple(collapsed)


def learn_structures(speeches: list[Speech]) -> list[Structure]:
    groups: dict[tuple, list[Speech]] = {}
    for speech in speeches:
        if not speech.sections:
            continue
        numbering = numbering_of(speech)
        key = (speech.kind, _shape(skeleton_of(speech)), numbering.split("/")[0])
        groups.setdefault(key, []).append(speech)
    structures = [_structure(key, members) for key, members in groups.items()]
    _make_unique(structures)
    return sorted(structures, key=lambda s: (list(_KIND_SLUGS).index(s.kind) if s.kind in _KIND_SLUGS else 99, s.id))


def _structure(key: tuple, members: list[Speech]) -> Structure:
    kind, shape, _ = key
    numbering = Counter(numbering_of(s) for s in members).most_common(1)[0][0]
    representative = max(members, key=lambda s: len(s.sections))
    skeleton = skeleton_of(representative)
    phrases = {"opening": _unique(p for s in members for p in _opening_phrases(s)),
               "transition": _unique(p for s in members for p in _transition_phrases(s)),
               "closing": _unique(p for s in members for p in _closing_phrases(s))}
    headings = [generalise(_heading_text(b)) for b in representative.sections if b.role == "key_points"
                and _heading_text(b)]
    numbering_slugs = ["plain"] if numbering == "none" else [_STYLE_SLUGS.get(n, "x") for n in numbering.split("/")]
    slug = "-".join([_KIND_SLUGS.get(kind, "speech"), "".join(_ROLE_LETTERS[r] for r in shape), *numbering_slugs])
    return Structure(id=slug, name=_name(kind, skeleton, numbering, phrases), kind=kind, skeleton=skeleton,
                     numbering=numbering, sources=_unique_all(s.source for s in members), phrases=phrases,
                     source_titles=_unique_all(display_title(s) for s in members),
                     headings=headings,
                     kind_alternatives=_unique_all(k for s in members for k in s.kind_alternatives if k != kind))


UNTITLED_WORDS = 14  # an untitled sample is named by this many characters of its first paragraph


def display_title(speech: Speech) -> str:
    """The title a clerk knows the sample by, without a web page's `篇N` suffix; a speech without
    a title is known by its first words ("同志们，今天我们召开…"), not by its file's name."""
    if speech.title:
        return re.sub(r"\s*篇\s*\d+$", "", speech.title)
    first = next((p.strip() for block in speech.sections for p in block.paragraphs if p.strip()), "")
    if first:
        return first[:UNTITLED_WORDS] + ("…" if len(first) > UNTITLED_WORDS else "")
    return re.sub(r"_[0-9a-f]{8,}$", "", Path(speech.source).stem)   # bundled samples carry a hash


def _heading_text(block: Block) -> str:
    """The block's heading without its number (outlines number themselves)."""
    text = block.heading or (sentences(block.paragraphs[0])[0] if block.paragraphs else "")
    if not block.heading and len(text) > 40:
        return ""
    marker = find_marker(text)
    return text[len(marker.text):].strip() if marker else text


def _opening_phrases(speech: Speech) -> list[str]:
    opening = next((s for s in speech.sections if s.role == "opening"), None)
    if not opening or not opening.paragraphs:
        return []
    return [generalise(_clip(sentences(opening.paragraphs[0])[0]))]


def _transition_phrases(speech: Speech) -> list[str]:
    before_points = []
    for section in speech.sections:
        if section.role == "key_points" and (section.heading or find_marker(_block_start(section))):
            break
        before_points.extend(section.paragraphs)
    found = [s for p in before_points[-2:] for s in sentences(p) if _TRANSITION.search(s)]
    return [generalise(_clip(s)) for s in found[-1:]]


def _closing_phrases(speech: Speech) -> list[str]:
    closing = next((s for s in reversed(speech.sections) if s.role == "closing"), None)
    if not closing or not closing.paragraphs:
        return []
    first = sentences(closing.paragraphs[0])
    last = sentences(closing.paragraphs[-1])
    picked = [first[0]] + ([last[-1]] if last[-1] != first[0] else [])
    return [generalise(_clip(s)) for s in picked]


def _clip(sentence: str, limit: int = 220) -> str:
    """A long sentence is cut after a clause, never mid-phrase, and ends as a sentence does."""
    if len(sentence) <= limit:
        return sentence
    cut = max(sentence.rfind(mark, 0, limit) for mark in "，,；;")
    if cut < limit // 3:
        return sentence
    return sentence[:cut] + "。"


def _unique_all(items: Iterable[str]) -> list[str]:
    seen: list[str] = []
    for item in items:
        if item and item not in seen:
            seen.append(item)
    return seen


def _unique(items: Iterable[str]) -> list[str]:
    return _unique_all(items)[:5]




def _name(kind: str, skeleton: list[str], numbering: str, phrases: dict) -> str:
    """`领导讲话：回顾＋讲几点意见`, `汇报发言：一是……五是`, `工作报告：（一）（二）分条` …"""
    points = skeleton.count("key_points")
    levels = numbering.split("/")
    top = levels[0]
    if "review" in skeleton and kind == "工作报告":
        shape = "回顾与部署"
    elif any("意见" in p for p in phrases.get("transition", [])):
        shape = "讲几点意见"
    elif top in ("一是", "一要", "第一，", "首先"):
        shape = f"{top.rstrip('，')}……{_count_word(top, points)}"
    elif len(levels) > 1 and levels[1] in ("一是", "一要"):
        shape = f"{_STYLE_SERIES.get(top, top)}分块，块内{levels[1]}"
    elif top == "小标题":
        shape = "小标题并列"
    elif top == "none":
        shape = "不分条"
    else:
        shape = f"{_STYLE_SERIES.get(top, top)}分条"
    if "review" in skeleton and shape != "回顾与部署":
        shape = "回顾＋" + shape
    return f"{kind}：{shape}"


def _count_word(top: str, points: int) -> str:
    n = chinese_numeral(max(points, 2))
    return {"一是": f"{n}是", "一要": f"{n}要", "第一，": f"第{n}", "首先": "最后"}[top]


def _make_unique(structures: list[Structure]) -> None:
    names = Counter(s.name for s in structures)
    for s in structures:
        if names[s.name] > 1:  # same kind and shape, different numbering: say which
            s.name = f"{s.name}（{s.numbering}）"
    for attr in ("id", "name"):
        counts = Counter(getattr(s, attr) for s in structures)
        seen: Counter = Counter()
        for s in structures:
            value = getattr(s, attr)
            if counts[value] > 1:
                seen[value] += 1
                setattr(s, attr, f"{value}-{seen[value]}" if attr == "id" else f"{value}{seen[value]}")


# --- the bundled corpus and the clerk's folders ---------------------------------------------

_bundled: list[Speech] | None = None


def bundled_speeches() -> list[Speech]:
    """The bundled samples, analysed once per process."""
    global _bundled
    if _bundled is None:
        from speechwriter.core.analyzer import analyze_file
        from speechwriter.paths import samples_dir

        speeches = []
        for path in sorted(samples_dir().iterdir()):
            if path.suffix.lower() in TEXT_SUFFIXES:
                for speech in analyze_file(path):
                    speech.source = f"resources/samples/{path.name}"
                    speeches.append(speech)
        _bundled = speeches
    return list(_bundled)


def folder_speeches(folder: str | Path, on_error: Callable[[Path, UserError], object] | None = None) -> list[Speech]:
    """Every speech in a folder of the clerk's own samples; a bad file is reported, not fatal."""
    from speechwriter.core.analyzer import analyze_file

    root = Path(folder)
    if not root.is_dir():
        raise UserError(f"范文文件夹“{folder}”不存在。")
    speeches = []
    for path in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES):
        try:
            speeches.extend(analyze_file(path))
        except UserError as err:
            if on_error:
                on_error(path, err)
    return speeches


def bundled_structures() -> list[Structure]:
    return learn_structures(bundled_speeches())


def find_structure(structure_id: str, structures: list[Structure] | None = None) -> Structure:
    for structure in structures if structures is not None else bundled_structures():
        if structure.id == structure_id:
            return structure
    raise UserError(f"没有编号为“{structure_id}”的结构，可用 speechwriter structures 查看全部结构。")
