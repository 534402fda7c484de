"""Changes between two texts of a speech, at the level a reader sees them.

Paragraphs are matched first (equal ones by their text; within a stretch that differs, paragraphs
alike enough are paired as one changed paragraph); a paragraph deleted in one place and found again
(the same or nearly) elsewhere is a move. Inside a changed paragraph the sentences and words are
compared: the text is cut into jieba words, matched, and a cleanup pass folds a tiny equal piece
between two changes into the change (改“加强”为“强化”, not 改“加”…“强”…); a sentence that
keeps almost nothing is shown as rewritten whole.

`compare(old, new)` → list[ParaDiff] in reading order (a deleted paragraph where it stood);
`changes(diffs)` → list[Change] (op insert|delete|replace|move, section, old, new).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

PAIR_SIMILARITY = 0.4    # paragraphs at least this alike (character pairs) are one changed paragraph
LONE_SIMILARITY = 0.2    # … or this alike when it is the one paragraph differing between kept ones
MOVE_SIMILARITY = 0.8    # a deleted and an inserted paragraph this alike are one moved paragraph
REWRITTEN = 0.3          # a sentence keeping less than this share of its words is shown as rewritten
_SENTENCE = re.compile(r"[^。！？；!?;]*[。！？；!?;]+[”’」』）)]*|[^。！？；!?;]+")
_MAX_PAIRING = 400       # a differing stretch longer than this (paragraphs) is not searched for pairs
MAX_WORD_DIFF = 20_000   # characters of differing sentences compared word by word (more: shown rewritten)
MAX_MOVE_PAIRS = 250_000  # deleted × inserted paragraphs weighed for a move by likeness (beyond: same text only)


@dataclass(frozen=True)
class Para:
    """One paragraph as printed; `section` is the outline section it comes from (None: the
    template's own lines, or a plain .docx/.txt)."""

    text: str
    section: str | None = None
    kind: str = "paragraph"


@dataclass(frozen=True)
class Piece:
    op: str    # "equal" | "insert" | "delete"
    text: str


@dataclass
class ParaDiff:
    """op: equal | change | insert | delete | move_from | move_to. `old_index`/`new_index` count
    the paragraphs of each side; `pieces` spell the paragraph with its inline changes."""

    op: str
    old: Para | None
    new: Para | None
    old_index: int | None
    new_index: int | None
    pieces: list[Piece] = field(default_factory=list)

    @property
    def section(self) -> str | None:
        return (self.new.section if self.new else None) or (self.old.section if self.old else None)


@dataclass(frozen=True)
class Change:
    op: str                 # insert | delete | replace | move
    section: str | None
    old: str
    new: str
    diff: int = 0           # index of its ParaDiff (to jump to it)

    def to_json(self) -> dict:
        return {"op": self.op, "section": self.section, "old": self.old, "new": self.new}


# ---- paragraphs --------------------------------------------------------------------------------
def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)} or {text}


def similarity(a: str, b: str) -> float:
    """Dice coefficient of character pairs: 1 for equal texts, near 0 for unrelated ones."""
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    x, y = _bigrams(a), _bigrams(b)
    return 2 * len(x & y) / (len(x) + len(y))


def compare(old: list[Para], new: list[Para], words: bool = True) -> list[ParaDiff]:
    """`words` False: a changed paragraph's pieces are just its old and new text (when only the
    paragraphs matter, as in mapping a merge back: much quicker on a long speech)."""
    matcher = SequenceMatcher(None, [p.text for p in old], [p.text for p in new], autojunk=False)
    result: list[ParaDiff] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            result += [ParaDiff("equal", old[i], new[j], i, j, [Piece("equal", new[j].text)])
                       for i, j in zip(range(i1, i2), range(j1, j2))]
        else:
            result += _stretch(old, new, range(i1, i2), range(j1, j2), words)
    _find_moves(result, words)
    return result


def _stretch(old, new, olds: range, news: range, words: bool) -> list[ParaDiff]:
    """A differing stretch: pairs alike paragraphs in order (best total likeness), the rest are
    deleted/inserted, each deletion placed before the insertions that follow it."""
    pairs: list[tuple[int, int]] = []
    if len(olds) == len(news) == 1:
        if similarity(old[olds[0]].text, new[news[0]].text) >= LONE_SIMILARITY:
            pairs = [(0, 0)]
    elif olds and news and len(olds) * len(news) <= _MAX_PAIRING ** 2 // 4:
        pairs = _best_pairs([old[i].text for i in olds], [new[j].text for j in news])
    out: list[ParaDiff] = []
    i, j = 0, 0
    for a, b in pairs + [(len(olds), len(news))]:
        out += [ParaDiff("delete", old[olds[k]], None, olds[k], None, [Piece("delete", old[olds[k]].text)])
                for k in range(i, a)]
        out += [ParaDiff("insert", None, new[news[k]], None, news[k], [Piece("insert", new[news[k]].text)])
                for k in range(j, b)]
        if a < len(olds) and b < len(news):
            o, n = old[olds[a]], new[news[b]]
            out.append(ParaDiff("change", o, n, olds[a], news[b], _pieces(o.text, n.text, words)))
        i, j = a + 1, b + 1
    return out


def _best_pairs(a: list[str], b: list[str]) -> list[tuple[int, int]]:
    """In-order pairs (i, j) with likeness ≥ PAIR_SIMILARITY maximising the total likeness."""
    grams_a, grams_b = [_bigrams(t) for t in a], [_bigrams(t) for t in b]
    score = [[0.0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            best = max(score[i + 1][j], score[i][j + 1])
            x, y = grams_a[i], grams_b[j]
            like = 2 * len(x & y) / (len(x) + len(y))
            if like >= PAIR_SIMILARITY:
                best = max(best, like + score[i + 1][j + 1])
            score[i][j] = best
    pairs, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        x, y = grams_a[i], grams_b[j]
        like = 2 * len(x & y) / (len(x) + len(y))
        if like >= PAIR_SIMILARITY and abs(score[i][j] - (like + score[i + 1][j + 1])) < 1e-9:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif score[i][j] == score[i + 1][j]:
            i += 1
        else:
            j += 1
    return pairs


def _pieces(old: str, new: str, words: bool) -> list[Piece]:
    if words:
        return inline(old, new)
    return [Piece("equal", new)] if old == new else _merged([Piece("delete", old), Piece("insert", new)])


def _find_moves(diffs: list[ParaDiff], words: bool = True) -> None:
    """A deleted paragraph that turns up again among the inserted ones: the same text, or (while
    the pairs to weigh stay few, MAX_MOVE_PAIRS) one alike ≥ MOVE_SIMILARITY."""
    deleted = [d for d in diffs if d.op == "delete" and d.old is not None]
    inserted = [d for d in diffs if d.op == "insert" and d.new is not None]
    fuzzy = len(deleted) * len(inserted) <= MAX_MOVE_PAIRS
    by_text: dict[str, list[ParaDiff]] = {}
    for came in inserted:
        assert came.new is not None
        by_text.setdefault(came.new.text, []).append(came)
    grams = {id(d): _bigrams(d.new.text) for d in inserted if d.new is not None} if fuzzy else {}
    for gone in deleted:
        assert gone.old is not None
        same = [d for d in by_text.get(gone.old.text, []) if d.op == "insert"]
        best = same[0] if same else None
        if best is None and fuzzy:
            mine, best_like = _bigrams(gone.old.text), MOVE_SIMILARITY
            for came in inserted:
                if came.op == "insert":
                    theirs = grams[id(came)]
                    like = 2 * len(mine & theirs) / (len(mine) + len(theirs))
                    if like >= best_like:
                        best, best_like = came, like
        if best is not None:
            assert best.new is not None
            gone.op, best.op = "move_from", "move_to"
            best.old, best.old_index = gone.old, gone.old_index
            best.pieces = _pieces(gone.old.text, best.new.text, words)
            gone.new, gone.new_index = best.new, best.new_index


# ---- inside a paragraph ------------------------------------------------------------------------
def sentences(text: str) -> list[str]:
    return _SENTENCE.findall(text) or [text]


def _words(text: str) -> list[str]:
    from speechwriter.core.tokens import cut

    return cut(text)


def inline(old: str, new: str) -> list[Piece]:
    """The paragraph `new` spelled as equal/deleted/inserted pieces against `old`: sentences
    first, then words inside the sentences that differ, then the cleanup pass."""
    if old == new:
        return [Piece("equal", new)]
    a, b = sentences(old), sentences(new)
    pieces: list[Piece] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        gone, came = "".join(a[i1:i2]), "".join(b[j1:j2])
        if tag == "equal":
            pieces.append(Piece("equal", came))
        elif not gone or not came:
            pieces += [Piece("delete", gone)] if gone else [Piece("insert", came)]
        else:
            pieces += _word_pieces(gone, came)
    return _cleanup(pieces)


def _word_pieces(old: str, new: str) -> list[Piece]:
    if len(old) + len(new) > MAX_WORD_DIFF:   # not a sentence a reader compares word by word
        return [Piece("delete", old), Piece("insert", new)]
    a, b = _words(old), _words(new)
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    kept = sum(len("".join(a[i:i + n])) for i, _, n in matcher.get_matching_blocks())
    if kept < REWRITTEN * max(len(old), len(new)):
        return [Piece("delete", old), Piece("insert", new)]
    pieces = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            pieces.append(Piece("equal", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            pieces.append(Piece("delete", "".join(a[i1:i2])))
        if j2 > j1:
            pieces.append(Piece("insert", "".join(b[j1:j2])))
    return pieces


def _cleanup(pieces: list[Piece]) -> list[Piece]:
    """Merge neighbours of one kind; fold an equal piece of one character (not a punctuation
    mark) standing between two changes into them; deletions before insertions in each change."""
    pieces = _merged(pieces)
    changed = True
    while changed:
        changed = False
        for k in range(1, len(pieces) - 1):
            piece = pieces[k]
            if piece.op == "equal" and len(piece.text) == 1 and piece.text.isalnum() \
                    and pieces[k - 1].op != "equal" and pieces[k + 1].op != "equal":
                pieces[k:k + 1] = [Piece("delete", piece.text), Piece("insert", piece.text)]
                pieces = _merged(pieces)
                changed = True
                break
    return pieces


def _merged(pieces: list[Piece]) -> list[Piece]:
    """Neighbours of the same kind joined; within a run of changes all deletions come first."""
    out: list[Piece] = []
    run: list[Piece] = []

    def flush():
        gone = "".join(p.text for p in run if p.op == "delete")
        came = "".join(p.text for p in run if p.op == "insert")
        run.clear()
        head, tail = _shared_ends(gone, came)
        if head:
            add_equal(gone[:head])
        out.extend(p for p in (Piece("delete", gone[head:len(gone) - tail]),
                               Piece("insert", came[head:len(came) - tail])) if p.text)
        if tail:
            add_equal(gone[len(gone) - tail:])

    def add_equal(text: str):
        if out and out[-1].op == "equal":
            out[-1] = Piece("equal", out[-1].text + text)
        else:
            out.append(Piece("equal", text))

    for piece in pieces:
        if not piece.text:
            continue
        if piece.op == "equal":
            flush()
            add_equal(piece.text)
        else:
            run.append(piece)
    flush()
    return out


def common_ends(a: str, b: str) -> tuple[int, int]:
    """How many characters `a` and `b` share at their start and (after that) at their end."""
    head = 0
    while head < min(len(a), len(b)) and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < min(len(a), len(b)) - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    return head, tail


def _shared_ends(gone: str, came: str) -> tuple[int, int]:
    """Characters a replacement keeps at its start and end, worth showing as kept: all of one side
    (加强 → 切实加强 is an insertion of 切实) or at least two characters (not 加大 → 加快)."""
    if not gone or not came:
        return 0, 0
    head, tail = common_ends(gone, came)
    whole = head + tail == min(len(gone), len(came))
    return (head if whole or head >= 2 else 0), (tail if whole or tail >= 2 else 0)


def old_text(pieces: list[Piece]) -> str:
    return "".join(p.text for p in pieces if p.op != "insert")


def new_text(pieces: list[Piece]) -> str:
    return "".join(p.text for p in pieces if p.op != "delete")


# ---- the change list ---------------------------------------------------------------------------
def changes(diffs: list[ParaDiff]) -> list[Change]:
    """One entry per change a reader would name: a word or sentence replaced/inserted/deleted
    inside a paragraph, a whole paragraph inserted/deleted, a paragraph moved. A change in a
    paragraph of no section (a plain .docx) is given the section of the paragraph before it."""
    result: list[Change] = []
    last_section = None
    for n, diff in enumerate(diffs):
        section = diff.section or last_section
        if diff.old is not None and diff.old.section:
            last_section = diff.old.section
        if diff.op == "insert":
            assert diff.new is not None
            result.append(Change("insert", section, "", diff.new.text, n))
        elif diff.op == "delete":
            assert diff.old is not None
            result.append(Change("delete", section, diff.old.text, "", n))
        elif diff.op == "move_to":
            assert diff.old is not None and diff.new is not None
            result.append(Change("move", section, diff.old.text, diff.new.text, n))
        elif diff.op == "change":
            result += [Change(_op(gone, came), section, gone, came, n) for gone, came in runs(diff.pieces)]
    return result


def runs(pieces: list[Piece]) -> list[tuple[str, str]]:
    """(deleted, inserted) text of each run of changed pieces."""
    found, gone, came = [], "", ""
    for piece in pieces + [Piece("equal", "")]:
        if piece.op == "equal":
            if gone or came:
                found.append((gone, came))
            gone = came = ""
        elif piece.op == "delete":
            gone += piece.text
        else:
            came += piece.text
    return found


def _op(gone: str, came: str) -> str:
    return "replace" if gone and came else "delete" if gone else "insert"
