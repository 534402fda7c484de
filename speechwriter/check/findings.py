"""What the 校对 reads and what it reports.

`Text` is the speech as it will print: its paragraphs in order (title and header lines included),
each with the outline section it comes from when there is one. `Finding` is one thing found, with
its place (paragraph index from 0, character offsets inside the paragraph), a Chinese message and,
where a replacement is safe, a suggestion (`""` means "delete it").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field

from speechwriter import defaults
from speechwriter.check.rules import RULE_IDS, RULE_NAMES  # noqa: F401 - the one registry


@dataclass
class Para:
    text: str
    kind: str = "paragraph"     # title | subtitle | meta | salutation | heading | paragraph
    section: str | None = None  # outline section id, None for a plain file or the header
    sample: bool = False         # still the sample's wording (outline flag)
    lead: str = ""               # a run-in heading's numbered lead, part of `text`'s start


@dataclass
class Text:
    paragraphs: list[Para]
    date: dt.date | None = None         # the speech's own date, when known
    rate: int = defaults.SPEAKING_RATE  # speaking rate, 字/分
    target_minutes: float | None = None  # the clerk's time limit, when set
    missing_fields: tuple[str, ...] = ()  # outline fields still empty (shown as 〔名称〕)
    field_problems: list = field(default_factory=list)  # (paragraph index, start, end, text, message)
    words: frozenset[str] = frozenset()  # the clerk's word list (加入词表, --wordlist): never flagged
    # an outline's printed length, counted where the status bar and the tree count it (outline.count);
    # None for a plain .docx / .txt, whose spoken paragraphs are counted here
    length: int | None = None

    def chars(self) -> int:
        if self.length is not None:
            return self.length
        return sum(1 for p in self.paragraphs if p.kind not in ("title", "subtitle", "meta")
                   for ch in p.text if not ch.isspace())


@dataclass
class Finding:
    rule: str                   # a rules.py id
    severity: str
    message: str
    paragraph: int
    start: int
    end: int
    text: str
    suggestion: str | None = None
    section: str | None = None

    def to_dict(self) -> dict:
        """The contract's shape (`check --json`): the rule is named `kind` there, first as ever."""
        fields = asdict(self)
        return {"kind": fields.pop("rule"), **fields}

    def key(self) -> str:
        """What 「忽略」 remembers: the rule and the words concerned, not their position (which moves)."""
        return f"{self.rule}:{self.text}"  # stored in outlines: keep its form
