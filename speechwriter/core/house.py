"""本单位的写法: the headings of the clerk's corrected speeches, with the role the clerk gave each.

An office reuses its headings from one speech to the next (述职报告 after 述职报告: 主要工作 / 工作感悟 /
成就与不足 / 个人发展规划). The trained models generalise over many offices, so two corrections move them
only a little; a heading the clerk has already placed, met again in another speech, should be read
the way the clerk placed it. This memory is learned with the clerk's model (`adapt.train_models`),
kept beside it (house.json), dropped with it (恢复默认), and used by the role tagger as a strong
preference — the order of roles (opening → review → key points → closing) still holds.

A heading is matched by its wording: numbering (一、/（二）/第三，…), punctuation and spaces left out,
so "一．主要工作" and "一、主要工作 " are the same heading. A wording the clerk gave two different
roles is not remembered at all.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from speechwriter.core.labelling import norm
from speechwriter.core.markers import find_marker
from speechwriter.core.units import BLOCK

FILE = "house.json"
MIN_KEY, MAX_KEY = 2, 30   # a heading's wording: longer lines are sentences, not an office's headings


def heading_key(text: str) -> str:
    """The wording of a heading line, without its numbering, punctuation or spaces ('' when it is
    not heading-like: too short to mean anything, or a whole sentence)."""
    marker = find_marker(text.strip())
    words = text.strip()[len(marker.text):] if marker else text.strip()
    key = norm(words)   # as labels are matched
    return key if MIN_KEY <= len(key) <= MAX_KEY else ""


def unit_keys(units: list) -> list[str]:
    """Each body unit's heading wording ('' for paragraphs: only numbered blocks have headings)."""
    return [heading_key(unit.text) if unit.kind == BLOCK else "" for unit in units]


@dataclass
class HouseHeadings:
    roles: dict[str, str] = field(default_factory=dict)   # heading wording → the clerk's role

    def preferred(self, keys: list[str]) -> dict[int, str]:
        """Positions (of the units whose heading wordings are `keys`) the clerk's memory speaks for."""
        return {i: self.roles[key] for i, key in enumerate(keys) if key and key in self.roles}

    def to_bytes(self) -> bytes:
        data = {"format": "speechwriter-house-headings", "roles": dict(sorted(self.roles.items()))}
        return (json.dumps(data, ensure_ascii=False, indent=0) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> HouseHeadings:
        parsed = json.loads(data.decode("utf-8"))
        roles = parsed.get("roles") if isinstance(parsed, dict) else None
        if not isinstance(roles, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in roles.items()):
            raise ValueError("not a house-headings file")
        return cls(dict(roles))


def learn(examples: list) -> HouseHeadings:
    """The memory from labelled examples (their `unit_keys` and `unit_roles`)."""
    seen: dict[str, set[str]] = {}
    for example in examples:
        for key, role in zip(example.unit_keys, example.unit_roles):
            if key:
                seen.setdefault(key, set()).add(role)
    return HouseHeadings({key: roles.pop() for key, roles in seen.items() if len(roles) == 1})
