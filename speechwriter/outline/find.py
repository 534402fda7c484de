"""Where a piece of text occurs in an outline: fields, headings, bodies, in the order a clerk reads.

Used by 查找和替换 (Ctrl+H); the replacing itself is an undoable edit of the GUI's document.
"""

from __future__ import annotations

from dataclasses import dataclass

from speechwriter.outline.tree import Outline

FIELD, HEADING, BODY = "field", "heading", "body"
PLACE_NAMES = {FIELD: "基本信息", HEADING: "标题", BODY: "正文"}


@dataclass(frozen=True)
class Place:
    kind: str        # FIELD, HEADING or BODY
    key: str         # the field's name or the section's id
    start: int       # where the text begins in that field, heading or body


def text_of(outline: Outline, kind: str, key: str) -> str:
    if kind == FIELD:
        return outline.field(key)
    section = next((s for s in outline.walk() if s.id == key), None)
    return getattr(section, kind) if section is not None else ""


def find_all(outline: Outline, text: str) -> list[Place]:
    """Every occurrence (not overlapping), fields first, then each section's heading and body."""
    if not text:
        return []
    places: list[Place] = []

    def scan(kind: str, key: str, value: str) -> None:
        start = value.find(text)
        while start >= 0:
            places.append(Place(kind, key, start))
            start = value.find(text, start + len(text))

    for name, value in outline.fields.items():
        scan(FIELD, name, value)
    for section in outline.walk():
        scan(HEADING, section.id, section.heading)
        scan(BODY, section.id, section.body)
    return places


def summary(places: list[Place]) -> str:
    """共 5 处（标题 1、正文 3、基本信息 1）"""
    if not places:
        return "没有找到"
    parts = [f"{PLACE_NAMES[kind]} {n}" for kind in (HEADING, BODY, FIELD)
             if (n := sum(1 for p in places if p.kind == kind))]
    return f"共 {len(places)} 处（{'、'.join(parts)}）"
