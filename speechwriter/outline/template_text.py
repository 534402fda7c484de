"""Choosing a template (文种) for an outline: its suggested sentences become the clerk's text.

A template never adds words at export: its transition (下面，我讲几点意见。) and closing (发言完毕，
谢谢！) go into the outline as ordinary paragraphs when the template is chosen, where the editor
shows them and the clerk keeps, changes or deletes them. Switching templates takes the previous
template's sentences out again while they are exactly as it put them, so nothing doubles.

The sentences come from the template (`render.fields.template_sentences`); this module only places
them, so it stays below the render layer.
"""

from __future__ import annotations

from speechwriter.outline.tree import Outline, Section

# words that show a paragraph already leads into the points or closes the speech
_LEADS_IN = ("下面", "如下", "以下", "点意见", "点要求", "点体会", "点认识", "表态", "汇报如下", "几点")
_CLOSES = ("谢谢", "完毕", "批评指正")
TRANSITION, CLOSING = "过渡语", "结束语"


def choose_template(outline: Outline, name: str, sentences: dict[str, str],
                    previous: dict[str, str] | None = None, kind: str | None = None) -> None:
    """Make `name` the outline's template (and `kind` its 文种, when given): take out `previous`
    template's untouched sentences, put in this one's where they print."""
    for key in (TRANSITION, CLOSING):
        old = (previous or {}).get(key, "")
        if old and old != sentences.get(key, ""):
            _remove_line(outline, old)
    outline.template = name
    if kind:
        outline.kind = kind
    insert_sentences(outline, sentences)


def insert_sentences(outline: Outline, sentences: dict[str, str]) -> None:
    """Put the template's transition and closing into the text, unless the speech already has its own."""
    transition, closing = sentences.get(TRANSITION, ""), sentences.get(CLOSING, "")
    # a 过渡语/结束语 *field* (older outlines; 无 = deliberately none) is printed by the frame itself
    if transition and not outline.field(TRANSITION).strip() and _has_points(outline):
        _insert_transition(outline, transition)
    if closing and not outline.field(CLOSING).strip():
        _insert_closing(outline, closing)


def _has_points(outline: Outline) -> bool:
    return any(s.role == "key_points" or (s.role == "review" and s.heading.strip()) for s in outline.sections)


def _lead_sections(outline: Outline) -> list[Section]:
    """The sections printed before the points: the opening and an unheaded review (see _框架.jinja)."""
    leads = []
    for section in outline.sections:
        if section.role == "opening" or (section.role == "review" and not section.heading.strip()):
            leads.append(section)
        elif section.role != "closing":
            break
    return leads


def _insert_transition(outline: Outline, sentence: str) -> None:
    leads = _lead_sections(outline)
    lines = [line for s in leads for line in s.paragraphs()]
    if any(sentence == line or any(w in line for w in _LEADS_IN) for line in lines[-1:]):
        return  # "下面，我表三点态。" already there: a second lead-in would be the slip the 校对 finds
    if leads:
        target = leads[-1]
        target.body = (target.body.rstrip("\n") + "\n" + sentence) if target.body.strip() else sentence
    else:
        outline.sections.insert(0, Section("opening", body=sentence))


def _insert_closing(outline: Outline, sentence: str) -> None:
    closings = [s for s in outline.sections if s.role == "closing"]
    if closings:
        target = closings[-1]
        last = (target.paragraphs() or [""])[-1]
        if sentence == last or any(w in last for w in _CLOSES):
            return  # the clerk's own "谢谢大家！" stays the only one
        target.body = (target.body.rstrip("\n") + "\n" + sentence) if target.body.strip() else sentence
    else:
        outline.sections.append(Section("closing", body=sentence))


def _remove_line(outline: Outline, sentence: str) -> None:
    for section in list(outline.walk()):
        lines = section.body.split("\n")
        if sentence in (line.strip() for line in lines):
            section.body = "\n".join(line for line in lines if line.strip() != sentence)
            if not section.body.strip() and not section.heading.strip() and not section.children:
                _drop(outline, section)
            return


def _drop(outline: Outline, section: Section) -> None:
    if section in outline.sections:
        outline.sections.remove(section)
