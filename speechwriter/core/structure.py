"""A reusable speech structure learned from samples (`structures --json` in the CLI contract)."""

from __future__ import annotations

from dataclasses import dataclass, field

from speechwriter.vocabulary import ROLE_NAMES


@dataclass
class Structure:
    id: str                      # stable ASCII id, e.g. "leader-speech-points"
    name: str                    # 中文名称 shown to the clerk
    kind: str                    # 领导讲话 / 汇报发言 / 研讨发言 / 工作报告 …
    skeleton: list[str]          # roles in order: ["opening", "review", "key_points", …, "closing"]
    numbering: str               # "一、/（一）" | "一是" | "第一，" | "none"
    sources: list[str] = field(default_factory=list)
    # role → typical sentences with names generalised into Jinja fields ("今天，我们召开{{ 会议名称 }}……");
    # keys: "opening", "transition" (into the key points), "closing"
    phrases: dict[str, list[str]] = field(default_factory=dict)
    # headings of the sample's key-point blocks, generalised the same way (a starting point for the outline)
    headings: list[str] = field(default_factory=list)
    # the sample speeches' own titles, as a clerk recognises them (file names are often hashes)
    source_titles: list[str] = field(default_factory=list)
    # other kinds the analyser thought its samples nearly as likely to be (the gallery card says so)
    kind_alternatives: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "kind": self.kind, "skeleton": list(self.skeleton),
                "numbering": self.numbering, "sources": list(self.sources),
                "phrases": {k: list(v) for k, v in self.phrases.items()}, "headings": list(self.headings),
                "source_titles": list(self.source_titles), "kind_alternatives": list(self.kind_alternatives)}

    @classmethod
    def from_dict(cls, data: dict) -> Structure:
        return cls(id=data["id"], name=data["name"], kind=data["kind"], skeleton=list(data["skeleton"]),
                   numbering=data.get("numbering", "none"), sources=list(data.get("sources", [])),
                   phrases={k: list(v) for k, v in data.get("phrases", {}).items()},
                   headings=list(data.get("headings", [])),
                   source_titles=list(data.get("source_titles", [])),
                   kind_alternatives=list(data.get("kind_alternatives", [])))


def skeleton_text(skeleton: list[str]) -> str:
    """["opening", "review", "key_points", "key_points", "closing"] → "开场 → 回顾 → 要点×2 → 结束"."""
    parts: list[list] = []
    for role in skeleton:
        if parts and parts[-1][0] == role:
            parts[-1][1] += 1
        else:
            parts.append([role, 1])
    return " → ".join(ROLE_NAMES.get(r, r) + (f"×{n}" if n > 1 else "") for r, n in parts)
