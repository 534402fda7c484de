"""「同类全部采纳」 in the core: every finding of the same words and suggestion placed where it was
found, though each change moves the text after it."""

from speechwriter.check.apply import same_kind, suggestion_edits
from speechwriter.check.findings import Finding
from speechwriter.outline.tree import Outline, Section


def _finding(paragraph: int, start: int, text: str, suggestion: str, section: str) -> Finding:
    return Finding("punctuation", "warning", "半角", paragraph, start, start + len(text), text, suggestion, section)


def test_each_of_several_in_one_paragraph_is_changed_and_nothing_else():
    section = Section("review", body="甲,乙,丙。\n丁,戊。")
    outline = Outline(fields={}, sections=[section])
    printed = ["甲,乙,丙。", "丁,戊。"]
    findings = [_finding(0, 1, ",", "，", section.id), _finding(0, 3, ",", "，", section.id),
                _finding(1, 1, ",", "，", section.id)]
    edits, placed = suggestion_edits(outline, findings, printed)
    assert placed == 3 and len(edits) == 1
    assert edits[0].old == "甲,乙,丙。\n丁,戊。" and edits[0].new == "甲，乙，丙。\n丁，戊。"
    assert section.body == "甲,乙,丙。\n丁,戊。"   # the outline itself is left to the undoable command


def test_a_longer_suggestion_does_not_shift_the_next_one_off_its_place():
    section = Section("review", body="截止目前完成，截止上月完成。")
    outline = Outline(fields={}, sections=[section])
    findings = [Finding("usage", "warning", "截至", 0, 0, 2, "截止", "截至", section.id),
                Finding("usage", "warning", "截至", 0, 7, 9, "截止", "截至", section.id)]
    edits, placed = suggestion_edits(outline, findings, ["截止目前完成，截止上月完成。"])
    assert placed == 2 and edits[0].new == "截至目前完成，截至上月完成。"


def test_same_kind_means_the_same_words_and_the_same_suggestion():
    a = _finding(0, 1, ",", "，", "s")
    b = _finding(2, 5, ",", "，", "t")
    c = _finding(2, 7, ";", "；", "t")
    d = Finding("punctuation", "warning", "没有建议", 3, 0, 1, ",", None, "t")
    assert same_kind([a, b, c, d], a) == [a, b]
    assert same_kind([a, b, c, d], d) == []
