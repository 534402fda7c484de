"""The lexicons the 错别字 rule reads: jieba's dictionary frequencies, the official writing's
character runs, each common character's readings (`chars.tsv`) and its look-alikes (`shapes.tsv`);
plus the clerk's own words. Loaded once, on first use.

`confusables(ch)` gives the characters a clerk's slip could have put for `ch` (or `ch` for them):
the same syllable (同音, tone aside), a near one (近音: z/zh, c/ch, s/sh, n/l, -n/-ng) or a similar
shape (形近).

Building `near_words`' index over jieba's 500k words took seconds, so `build_lexicon` writes it
ahead, with the readings, the shapes and the official writing's runs that can matter (those one
character from an indexed word), to `resources/check/near.marshal`, read in a fraction of a second.
Without it the index is built in memory (and no run counts as official); with other thresholds
than it was built with, the index is rebuilt.
"""

from __future__ import annotations

import marshal
import threading
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from speechwriter.paths import resources_dir

_NEAR_INITIALS = (("zh", "z"), ("ch", "c"), ("sh", "s"), ("l", "n"))
_NEAR_FINALS = (("ang", "an"), ("eng", "en"), ("ing", "in"), ("iang", "ian"), ("uang", "uan"))
_lock = threading.Lock()
PREBUILT = "near.marshal"
FORMAT = 1


@lru_cache(maxsize=4096)   # (a few hundred syllables, met tens of thousands of times on a first check)
def _near(syllable: str) -> str:
    for long, short in _NEAR_INITIALS:
        if syllable.startswith(long):
            syllable = short + syllable[len(long):]
            break
    for long, short in _NEAR_FINALS:
        if syllable.endswith(long):
            return syllable[: -len(long)] + short
    return syllable


@dataclass
class Lexicon:
    freq: dict[str, int]
    official: frozenset[str]
    readings: dict[str, tuple[str, ...]]
    shapes: dict[str, frozenset[str]]
    by_sound: dict[str, tuple[str, ...]] = field(default_factory=dict)
    by_near: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _confusables: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    _relations: dict[str, dict[str, str]] = field(default_factory=dict)
    _index: dict[str, tuple[tuple[str, int], ...]] = field(default_factory=dict)
    _index_key: tuple = ()
    idioms: frozenset[str] | None = None   # the indexed words jieba tags 成语 (None: ask jieba) and the listed ones
    listed: frozenset[str] = frozenset()   # … the 成语 of a public list among them (build_lexicon)
    # two-character words whose character is bound to them (typo.py's bound route: 福祉, 深邃, 杂糅),
    # by that character blanked out: (word, jieba frequency, the character's position)
    bound: dict[str, tuple[tuple[str, int, int], ...]] = field(default_factory=dict)
    # the look-alikes of `shapes` by the glyphs themselves (rows of shapes.tsv tagged GLYPH_TAG: 己/已, 人/入),
    # closer than pycorrector's groups (堵/这): the noisy-channel route takes these only
    glyphs: dict[str, frozenset[str]] = field(default_factory=dict)
    # looser look-alike glyphs (loose.tsv: more pixels apart, 莱/菜, 灸/炙, 置/署), which only typo.py's
    # clause route takes, where the whole clause must turn into a dictionary word
    loose_glyphs: dict[str, str] = field(default_factory=dict)
    # rare characters drawn as a common one (components.tsv rows tagged TWIN_TAG: 倶 → 俱), for typo_twin.py
    twins: dict[str, str] = field(default_factory=dict)
    # the look-alikes `shapes` holds only by a shared component (components.tsv: 烩/脍, 俊/悛, and 则/创 beside 刂),
    # a looser relation: typo_clause never takes one for a word the dictionary has of its own
    by_component: dict[str, frozenset[str]] = field(default_factory=dict)
    clause_others: dict[str, tuple] = field(default_factory=dict)   # (typo_clause.clause_others, by character)
    # the characters of the 通用规范汉字表 outside the common ones (chars.tsv rows tagged STANDARD_TAG: 赓, 勠): their
    # readings make them 同音 to the common character a clerk writes for them (庚续 → 赓续), but as written they are
    # meant — a rare character is seldom typed for a common one — so none is confusable with anything by its sound
    rare: frozenset[str] = frozenset()
    # the readings of a character with some that pypinyin lists but neither reads it first nor gives it in any phrase
    # (chars.tsv's readings marked UNATTESTED: 巳's yǐ, its old stand-in for 已): those it is read by (巳: sì)
    attested: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # each character's jieba frequency as a word of its own, filled as characters are met (`char_weight`): a
    # small table read fast, where `freq` (500k words) costs a miss of the processor's cache a look-up
    char_weights: dict[str, int] = field(default_factory=dict)
    # `freq` holds every beginning of each of its words (jieba's dictionary does, with 0 where no word): a run no
    # key begins no word either (typo_clause prunes its look-ups by it)
    prefixes: bool = False
    _edges: dict[str, int] = field(default_factory=dict)   # (near_edges, for the index _edges_of)
    _edges_of: dict | None = None

    def __post_init__(self) -> None:
        sound: dict[str, list[str]] = {}
        near: dict[str, list[str]] = {}
        for ch, values in self.readings.items():
            for value in values:
                sound.setdefault(value, []).append(ch)
                near.setdefault(_near(value), []).append(ch)
        self.by_sound = {k: tuple(v) for k, v in sound.items()}
        self.by_near = {k: tuple(v) for k, v in near.items()}

    def confusables(self, ch: str) -> tuple[tuple[str, str], ...]:
        """(character, how) — how is 同音, 近音 or 形近; each character once, the closest relation kept."""
        found = self._confusables.get(ch)
        if found is None:
            seen: dict[str, str] = {}
            values = () if ch in self.rare else self.readings.get(ch, ())
            for value in values:
                for other in self.by_sound.get(value, ()):
                    seen.setdefault(other, "同音")
            for value in values:
                for other in self.by_near.get(_near(value), ()):
                    seen.setdefault(other, "近音")
            for other in self.shapes.get(ch, ()):
                seen.setdefault(other, "形近")
            seen.pop(ch, None)
            found = self._confusables[ch] = tuple(seen.items())
        return found

    def relation(self, ch: str, other: str) -> str | None:
        """同音, 近音 or 形近 when `other` is confusable with `ch`, else None."""
        table = self._relations.get(ch)
        if table is None:
            table = self._relations[ch] = dict(self.confusables(ch))
        return table.get(other)

    def index(self, min_weight: dict[int, int], keep: Callable[[str, int], bool] | None = None) -> None:
        """Words of 2–4 characters at least `min_weight[len]` frequent (or that `keep(word, freq)`
        keeps), by each of their characters blanked out, for `near_words`."""
        key = tuple(sorted(min_weight.items()))
        if self._index and self._index_key == key:
            return
        self._index = build_index(self.freq, min_weight, keep)
        self._index_key, self.idioms, self.listed = key, None, frozenset()

    def near_words(self, window: str, k: int) -> tuple[tuple[str, int], ...]:
        """The indexed words equal to `window` but for its character `k`."""
        return self._index.get(window[:k] + "\0" + window[k + 1:], ())

    def near_table(self) -> dict[str, tuple[tuple[str, int], ...]]:
        """`near_words`' index itself, keyed by a window with one character blanked ("\0"): for a loop over many
        windows (typo_lexicon.window_raw), where a method call per look-up would cost more than the look-up."""
        return self._index

    def near_edges(self) -> dict[str, int]:
        """The first two characters (bit 1) and the last two (bit 2) of the indexed words of four characters: a
        window of four whose first two are none of the first (last two none of the last) has no indexed word one
        character off in its last two (first two) places. Worked out from the index when first asked (~0.05 s)."""
        if self._edges_of is not self._index:
            index = self._index
            # (each word of four once: under its first character blanked)
            words = [word for key in index if key[0] == "\0" and len(key) == 4 for word, _ in index[key]]
            edges = dict.fromkeys({word[:2] for word in words}, 1)
            for tail in {word[2:] for word in words}:
                edges[tail] = edges.get(tail, 0) | 2
            self._edges, self._edges_of = edges, index
        return self._edges

    def read_as(self, ch: str) -> tuple[str, ...]:
        """The readings `ch` is read by: its readings less those marked UNATTESTED."""
        found = self.attested.get(ch)
        return self.readings.get(ch, ()) if found is None else found

    def common(self, ch: str) -> bool:
        """`ch` is one of chars.tsv's common characters (not only one of the standard table's rarer ones)."""
        return ch in self.readings and ch not in self.rare

    def char_weight(self, ch: str) -> int:
        """jieba's frequency of the character `ch` as a word of its own (0 when none)."""
        found = self.char_weights.get(ch)
        if found is None:
            found = self.char_weights[ch] = self.freq.get(ch) or 0
        return found


def _rows(name: str) -> Iterator[list[str]]:
    path = resources_dir() / "check" / name
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return
    for line in text.splitlines():
        if line and not line.startswith("#"):
            yield line.split("\t")


def build_index(freq: dict[str, int], min_weight: dict[int, int],
                keep: Callable[[str, int], bool] | None = None) -> dict[str, tuple[tuple[str, int], ...]]:
    index: dict[str, list[tuple[str, int]]] = {}
    for word, count in freq.items():
        n = len(word)
        if 2 <= n <= 4 and count and (count >= min_weight[n] or keep is not None and keep(word, count)):
            for k in range(n):
                index.setdefault(word[:k] + "\0" + word[k + 1:], []).append((word, count))
    return {k: tuple(v) for k, v in index.items()}


GLYPH_TAG = "点阵"   # (the last column of a shapes.tsv row of look-alike glyphs: bench/glyph_shapes.py)
LOOSE = "loose.tsv"  # looser look-alike glyphs (build_lexicon), read apart from near.marshal


def loose_glyphs() -> dict[str, str]:
    """The pairs of LOOSE (a character and those it pairs with, a line each), each character with all its
    looser look-alikes (one string: 92k pairs as sets took 20 MB more)."""
    found: dict[str, list[str]] = {}
    for row in _rows(LOOSE):
        if len(row) == 2:
            found.setdefault(row[0], []).append(row[1])
            for other in row[1]:
                found.setdefault(other, []).append(row[0])
    return {k: "".join(sorted("".join(v))) for k, v in found.items()}


COMPONENTS = "components.tsv"   # characters sharing a component (build_lexicon, from bench/glyph_shapes.py --components)
TWIN_TAG = "同形"   # (the last column of a COMPONENTS row of a rare character drawn as a common one: 倶/俱)


def twin_pairs() -> dict[str, str]:
    """The rare characters of COMPONENTS drawn (nearly) as a common one, each with that one (倶 → 俱)."""
    return {row[0]: row[1] for row in _rows(COMPONENTS) if len(row) >= 3 and row[2] == TWIN_TAG}


def component_pairs(common: Collection[str]) -> dict[str, frozenset[str]]:
    """The pairs of COMPONENTS (两字 and the side they share: 烩/脍 会, 俊/悛 夋, 旨/诣 旨), each written character
    with the characters it may stand for: look-alikes whole-glyph pixels miss, a radical swapped beside the
    same phonetic part. Only a `common` character (chars.tsv's) is taken for a slip: one writes 俊 for 悛 (怙恶不悛),
    but a rare one is seldom typed for a common one — 結 for 结 is an old text's traditional form, and a rare
    character drawn as a common one (TWIN_TAG) is typo_twin.py's."""
    found: dict[str, set[str]] = {}
    for row in _rows(COMPONENTS):
        if len(row) >= 2 and len(row[0]) == len(row[1]) == 1 and row[-1] != TWIN_TAG:
            for written, meant in ((row[0], row[1]), (row[1], row[0])):
                if written in common:
                    found.setdefault(written, set()).add(meant)
    return {k: frozenset(v) for k, v in found.items()}


def _with_components(shapes: dict[str, frozenset[str]], common: Collection[str]) -> dict[str, frozenset[str]]:
    """`shapes` and the pairs sharing a component (read apart from near.marshal: rebuilt without it)."""
    merged = dict(shapes)
    for ch, others in component_pairs(common).items():
        merged[ch] = merged.get(ch, frozenset()) | others
    return merged


def _component_only(shapes: dict[str, frozenset[str]], merged: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """What `merged` (_with_components) adds to `shapes` (pycorrector's groups, the glyphs): the look-alikes held
    by a shared component alone."""
    found = {ch: others - shapes.get(ch, frozenset()) for ch, others in merged.items()}
    return {ch: others for ch, others in found.items() if others}


STANDARD_TAG = "规范"   # (the third column of a chars.tsv row of a standard character outside the common ones)
UNATTESTED = "*"       # (after a reading of chars.tsv that is neither the character's first nor any phrase's: 巳 yi*)


class CharTables(NamedTuple):
    """chars.tsv and shapes.tsv as the Lexicon takes them, read in one pass over each file."""

    readings: dict[str, tuple[str, ...]]   # every reading, UNATTESTED marks taken off
    shapes: dict[str, frozenset[str]]       # the look-alikes
    glyphs: dict[str, frozenset[str]]       # of those, the look-alike glyphs
    rare: frozenset[str]                    # the characters there for the standard table only (Lexicon.rare)
    attested: dict[str, tuple[str, ...]]    # of characters with a reading marked UNATTESTED, the others (Lexicon.attested)


def _tables() -> CharTables:
    """The tables of chars.tsv and shapes.tsv. A rarer character (Lexicon.rare) is no key of the look-alikes, only
    among a common character's."""
    rows = [row for row in _rows("chars.tsv") if len(row) in (2, 3)]
    readings = {row[0]: tuple(value.rstrip(UNATTESTED) for value in row[1].split(",")) for row in rows}
    rare = frozenset(row[0] for row in rows if row[-1] == STANDARD_TAG)
    attested = {row[0]: tuple(value for value in row[1].split(",") if not value.endswith(UNATTESTED))
                for row in rows if UNATTESTED in row[1]}
    shapes: dict[str, set[str]] = {}
    glyphs: dict[str, set[str]] = {}
    for row in _rows("shapes.tsv"):
        tagged = row[-1] == GLYPH_TAG
        group = row[:-1] if tagged else row
        for ch in group:
            if ch in rare:
                continue
            others = {c for c in group if c != ch}
            shapes.setdefault(ch, set()).update(others)
            if tagged:
                glyphs.setdefault(ch, set()).update(others)
    return CharTables(readings, {k: frozenset(v) for k, v in shapes.items()}, {k: frozenset(v) for k, v in glyphs.items()},
                      rare, attested)


def bound_words(freq: dict[str, int], min_weight: int, share: float) -> dict[str, tuple[tuple[str, int, int], ...]]:
    """jieba's two-character words at least `min_weight` frequent that hold `share` or more of one of
    their characters' weight (the frequencies of all words with that character summed): 福祉 of 祉,
    深邃 of 邃 — a character seldom written in any other word, so the word is what a writer meant by
    it. Keyed by that character blanked out (word, frequency, position)."""
    weight: dict[str, int] = {}
    for word, count in freq.items():
        if count:
            for ch in set(word):
                weight[ch] = weight.get(ch, 0) + count
    out: dict[str, list[tuple[str, int, int]]] = {}
    for word, count in freq.items():
        if len(word) == 2 and count >= min_weight and all("\u4e00" <= ch <= "\u9fff" for ch in word):
            for k in range(2):
                if count >= share * weight[word[k]]:
                    out.setdefault(word[:k] + "\0" + word[k + 1:], []).append((word, count, k))
    return {key: tuple(value) for key, value in out.items()}


def prebuilt(min_weight: dict[int, int], keep: Callable[[str, int], bool] | None, freq: dict[str, int],
             official_runs: Iterable[str], idioms: Callable[[dict], frozenset[str]],
             listed: frozenset[str] = frozenset(), bound: dict | None = None) -> bytes:
    """The contents of `near.marshal` (see the module's docstring); `idioms(index)` picks the set
    phrases among the indexed words; `listed` are those of a public list of 成语 (stored as the
    indexed set phrases that are not listed, far fewer)."""
    index = build_index(freq, min_weight, keep)
    official = frozenset(run for run in official_runs
                         if any(run[:k] + "\0" + run[k + 1:] in index for k in range(len(run))))
    tables = _tables()
    return marshal.dumps({"format": FORMAT, "index_key": tuple(sorted(min_weight.items())), "index": index,
                          "official": official, "readings": tables.readings, "rare": tables.rare,
                          "attested": tables.attested, "shapes": tables.shapes, "glyphs": tables.glyphs,
                          "idioms": (found := idioms(index)),
                          "unlisted": frozenset(found - listed) if listed else None, "bound": bound or {}})


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    from speechwriter.core.tokens import tokenizer

    with _lock:
        freq = tokenizer().FREQ
        try:
            data = marshal.loads((resources_dir() / "check" / PREBUILT).read_bytes())
            if data.get("format") != FORMAT:
                raise ValueError(data.get("format"))
        except (OSError, ValueError, EOFError, TypeError):
            tables = _tables()
            merged = _with_components(tables.shapes, tables.readings.keys() - tables.rare)
            return Lexicon(freq, frozenset(), tables.readings, merged, glyphs=tables.glyphs,   # (no official runs: more findings)
                           loose_glyphs=loose_glyphs(), prefixes=True, twins=twin_pairs(), rare=tables.rare,
                           by_component=_component_only(tables.shapes, merged), attested=tables.attested)
        rare = data.get("rare") or frozenset()
        merged = _with_components(data["shapes"], data["readings"].keys() - rare)
        lex = Lexicon(freq, data["official"], data["readings"], merged, prefixes=True, rare=rare,
                      by_component=_component_only(data["shapes"], merged), attested=data.get("attested") or {})
        lex._index, lex._index_key, lex.idioms = data["index"], data["index_key"], data["idioms"]
        lex.bound = data.get("bound") or {}
        lex.glyphs = data.get("glyphs") or {}
        lex.loose_glyphs = loose_glyphs()
        lex.twins = twin_pairs()
        if data.get("unlisted") is not None:
            lex.listed = frozenset(data["idioms"] - data["unlisted"])
        return lex
