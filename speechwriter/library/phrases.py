"""What the library offers the editor: typical phrasing for a section, structures learned from it.

Phrases are the sentences the structure learner picks from each speech (the opening sentence,
the transition into the key points, the closing ones), with names already turned into fields
(`今天，我们召开{{ 会议名称 }}……`). They are stored per speech at import.
"""

from __future__ import annotations

from dataclasses import dataclass

from speechwriter.core.generalise import fields_in
from speechwriter.core.learn import learn_structures
from speechwriter.core.structure import Structure
from speechwriter.errors import UserError
from speechwriter.library.store import Library

# The phrasing a section of each role starts or ends with; the key points open with the transition.
PHRASE_ROLE = {"opening": "opening", "review": "transition", "key_points": "transition", "closing": "closing",
               "transition": "transition"}


@dataclass
class Phrase:
    text: str                 # with Jinja fields: {{ 会议名称 }}
    fields: list[str]         # the field names in it
    count: int                # in how many speeches of the library it occurs
    sources: list[str]        # files it comes from

    def to_dict(self) -> dict:
        return {"text": self.text, "fields": self.fields, "count": self.count, "sources": self.sources}


def suggest_phrases(library: Library, role: str, *, kind: str | None = None, limit: int = 10) -> list[Phrase]:
    """Typical phrasing for a section of `role` (opening/review/key_points/closing or transition).

    Commonest first; phrases of speeches of the same `kind` before the others; phrases with
    fields (reusable as they are) before phrases without.
    """
    phrase_role = PHRASE_ROLE.get(role)
    if phrase_role is None:
        raise UserError(f"没有“{role}”这种段落角色。")
    rows = library.phrase_rows(phrase_role)
    found: dict[str, Phrase] = {}
    same_kind: set[str] = set()
    for text, speech_kind, source in rows:
        phrase = found.setdefault(text, Phrase(text, fields_in(text), 0, []))
        phrase.count += 1
        if source not in phrase.sources:
            phrase.sources.append(source)
        if kind and speech_kind == kind:
            same_kind.add(text)
    ordered = sorted(found.values(), key=lambda p: (p.text not in same_kind, -p.count, not p.fields))
    return ordered[:limit]


def library_structures(library: Library) -> list[Structure]:
    """Structures learned from every speech in the library (bundled samples and the clerk's own),
    each naming its source files."""
    return learn_structures(library.all_speeches())
