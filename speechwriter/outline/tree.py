"""Outline data: fields (标题、讲话人、会议名称 …) and a tree of sections.

Headings are stored WITHOUT their numbers: numbers are derived from the order
(see `numbering`), so moving or deleting a section renumbers everything.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass, field
from uuid import uuid4

from speechwriter import defaults
from speechwriter.vocabulary import DEFAULT_ROLE, ROLE_NAMES, ROLES

DEFAULT_NUMBERING = ["一、", "（一）", "1.", "（1）"]
MAX_LEVEL = 4


def _new_id() -> str:
    return uuid4().hex


@dataclass
class Section:
    """One block of the speech; `body` is its paragraphs joined by "\\n"."""

    role: str = DEFAULT_ROLE
    heading: str = ""
    body: str = ""
    children: list[Section] = field(default_factory=list)
    id: str = field(default_factory=_new_id)
    # the sample's wording this section started with (heading and body paragraphs): a line still
    # equal to one of these is guidance the clerk has not rewritten yet (shown apart, found by the 校对)
    sample: list[str] = field(default_factory=list)

    def paragraphs(self) -> list[str]:
        return [line.strip() for line in self.body.split("\n") if line.strip()]

    def is_sample(self, line: str) -> bool:
        """True while `line` (the heading or one body paragraph) is the sample's wording, unedited."""
        return bool(line.strip()) and line.strip() in self.sample

    def sample_lines(self) -> list[str]:
        """The body paragraphs that are still the sample's wording."""
        return [line for line in self.paragraphs() if line in self.sample]

    def short_name(self, limit: int = 12) -> str:
        """How a label names the section (撤销 删除“…”, a refusal, the 校对's groups): its heading, or
        its role and first words for an un-headed block, fields shown as 〔名称〕, cut at `limit`."""
        from speechwriter.core.field_syntax import shown

        first = self.paragraphs()[0] if self.paragraphs() else ""
        text = shown(self.heading.strip()) or f"〔{ROLE_NAMES.get(self.role, self.role)}〕" + shown(first)
        return text if len(text) <= limit else text[:limit] + "…"

    def walk(self) -> Iterator[Section]:
        """This section and all its descendants, depth first, in reading order."""
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass
class Round:
    """One 轮 of the speech kept in its file (初稿, 二稿, 领导修改稿 …): a frozen copy of the text as it
    was when saved, with its name, time (ISO 8601) and 字数. See outline/rounds.py."""

    name: str
    saved_at: str
    chars: int
    outline: Outline


@dataclass(frozen=True)
class Note:
    """A 批注 the leader left, kept with the speech until the clerk marks it done (修改轮次)."""

    author: str | None
    text: str
    quote: str = ""              # the words it is anchored to
    section: str | None = None   # the section those words are in


@dataclass
class Outline:
    fields: dict[str, str] = field(default_factory=dict)
    sections: list[Section] = field(default_factory=list)
    template: str = defaults.TEMPLATE
    kind: str = defaults.KIND
    # one numbering style per heading level (see numbering.STYLES)
    numbering: list[str] = field(default_factory=lambda: list(DEFAULT_NUMBERING))
    structure_id: str | None = None
    rate: int = defaults.SPEAKING_RATE  # 字/分
    # 排版设置 of this speech, only what differs from the defaults (see render.options.OPTIONS)
    layout: dict = field(default_factory=dict)
    target_minutes: int | None = None   # 篇幅目标: the time the speech must keep to (控制在 15 分钟)
    ignored: list[str] = field(default_factory=list)  # 校对 findings the clerk chose to ignore (Finding.key())
    # False for a file from before templates stopped adding their transition/closing at export: those
    # sentences still have to be put into its text (render.open_outline) so it prints as it did
    sentences_in_text: bool = True
    rounds: list[Round] = field(default_factory=list)  # the rounds kept with the speech, oldest first
    notes: list[Note] = field(default_factory=list)    # the leader's 批注 not yet marked done

    def copy(self) -> Outline:
        """A deep copy with fresh section ids (a new outline, e.g. next year's speech)."""
        twin = copy.deepcopy(self)
        twin.rounds, twin.notes = [], []  # a new speech starts without the old one's rounds and 批注
        for section in twin.walk():
            section.id = _new_id()
        return twin

    def walk(self) -> Iterator[Section]:
        for section in self.sections:
            yield from section.walk()

    def find(self, section_id: str | None) -> Section | None:
        """The section with this id, None when there is none (deleted meanwhile, or no id)."""
        return next((s for s in self.walk() if s.id == section_id), None) if section_id else None

    # (named like dataclasses.field, which the attribute lines above use before this def exists)
    def field(self, name: str) -> str:
        """A field's value, "" when it is not set."""
        return self.fields.get(name, "")


def check_role(role: str) -> str:
    if role not in ROLES:
        from speechwriter.errors import UserError

        raise UserError(f"未知的小节类型“{role}”（应为 {'、'.join(ROLES)} 之一）。")
    return role
