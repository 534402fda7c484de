"""What the analyser finds in one speech: header lines and a tree of role-tagged sections.

The shape mirrors `analyze --json` in the CLI contract, so `to_dict()` is the JSON as written.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Block:
    """A numbered or un-numbered block of the body: its heading line, own paragraphs, sub-points.

    A top-level block is a section and has a role; nested points leave `role` empty.
    `heading` is the whole heading line (numbering included) when the block opens with a
    standalone heading; for run-in points (`一是…。…`) it is None and the text stays in
    `paragraphs`.
    """

    role: str | None = None
    heading: str | None = None
    level: int = 1
    paragraphs: list[str] = field(default_factory=list)
    points: list[Block] = field(default_factory=list)

    def to_dict(self) -> dict:
        data = {"heading": self.heading, "level": self.level, "paragraphs": list(self.paragraphs),
                "points": [p.to_dict() for p in self.points]}
        if self.role is not None:
            data = {"role": self.role, **data}
        return data

    @classmethod
    def from_dict(cls, data: dict) -> Block:
        return cls(role=data.get("role"), heading=data.get("heading"), level=int(data.get("level", 1)),
                   paragraphs=list(data.get("paragraphs", [])),
                   points=[cls.from_dict(p) for p in data.get("points", [])])

    def all_paragraphs(self) -> list[str]:
        """Heading and paragraphs of this block and its points, in reading order."""
        lines = [self.heading] if self.heading else []
        lines += self.paragraphs
        for point in self.points:
            lines += point.all_paragraphs()
        return lines


@dataclass
class Speech:
    source: str
    title: str | None = None
    subtitle: str | None = None
    speaker: str | None = None
    date: str | None = None
    salutation: str | None = None
    kind: str = "领导讲话"
    sections: list[Block] = field(default_factory=list)
    kind_alternatives: list[str] = field(default_factory=list)   # close second kinds: the reading is unsure

    def to_dict(self) -> dict:
        return {"source": self.source, "title": self.title, "subtitle": self.subtitle,
                "speaker": self.speaker, "date": self.date, "salutation": self.salutation,
                "kind": self.kind, "kind_alternatives": list(self.kind_alternatives),
                "sections": [s.to_dict() for s in self.sections]}

    @classmethod
    def from_dict(cls, data: dict) -> Speech:
        return cls(source=data.get("source", ""), title=data.get("title"), subtitle=data.get("subtitle"),
                   speaker=data.get("speaker"), date=data.get("date"), salutation=data.get("salutation"),
                   kind=data.get("kind", "领导讲话"),
                   sections=[Block.from_dict(s) for s in data.get("sections", [])],
                   kind_alternatives=list(data.get("kind_alternatives") or []))

    def body_text(self) -> str:
        return "\n".join(line for s in self.sections for line in s.all_paragraphs())
