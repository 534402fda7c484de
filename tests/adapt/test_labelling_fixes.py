"""The clerk's fixes to a reading, line by line: each gives the label a clerk would write."""

from __future__ import annotations

import pytest

from speechwriter.core import labelling_fixes as fixes
from speechwriter.core.analyzer import analyze_text
from speechwriter.core.labelling import label_of, reading_of, speech_of
from speechwriter.errors import UserError

TEXT = """在全县安全生产工作会议上的讲话
同志们：
今天，我们召开全县安全生产工作会议，主要任务是总结去年工作，部署今年任务。
去年，全县未发生较大以上事故，事故起数和死亡人数实现双下降，成绩来之不易。
今年，要聚焦危险化学品、道路交通、建筑施工等重点领域，开展拉网式排查，做到不留死角。
要压实责任，坚持党政同责、一岗双责、齐抓共管、失职追责。
同志们，安全生产责任重于泰山。让我们确保全县安全生产形势持续稳定向好！
"""


def _fixed(reading, index, line):
    reading.lines[index] = line
    return reading


def _row(reading, start):
    return next(i for i, line in enumerate(reading.lines) if line.text.startswith(start))


@pytest.fixture
def reading():
    return reading_of(analyze_text(TEXT)[0], TEXT)


def test_split_role_join_make_the_sections_a_clerk_means(reading):
    # a prose speech: the clerk cuts it at 去年 (review) and 今年 (key points)
    for start, role in (("去年", "review"), ("今年", "key_points"), ("同志们，安全", "closing")):
        row = _row(reading, start)
        if not reading.lines[row].section_start:
            _fixed(reading, row, fixes.split_here(reading, row))
        start_row, line = fixes.set_role(reading, row, role)
        _fixed(reading, start_row, line)
    label = label_of(reading)
    assert [(s["role"], s["first"][:2]) for s in label["sections"]] == [
        ("opening", "今天"), ("review", "去年"), ("key_points", "今年"), ("closing", "同志")]
    assert [s.role for s in speech_of(reading).sections] == ["opening", "review", "key_points", "closing"]
    # joining 今年 into 去年's section: one section, with 去年's role
    row = _row(reading, "今年")
    _fixed(reading, row, fixes.join_previous(reading, row))
    assert [s["role"] for s in label_of(reading)["sections"]] == ["opening", "review", "closing"]
    with pytest.raises(UserError, match="第一节"):
        fixes.join_previous(reading, _row(reading, "今天"))


def test_a_heading_and_its_level(reading):
    row = _row(reading, "要压实责任")
    _fixed(reading, row, fixes.toggle_heading(reading, row))   # a heading at level 1 starts a section
    label = label_of(reading)
    assert label["level1_headings"] == [reading.lines[row].text]
    _fixed(reading, row, fixes.shift_level(reading, row, 1))   # … one level down: a point of the section before
    label = label_of(reading)
    assert label["level1_headings"] == []
    assert reading.text() == TEXT.strip()       # fixes change what lines are, never their words
    speech = speech_of(reading)
    assert any(p.heading == "要压实责任，坚持党政同责、一岗双责、齐抓共管、失职追责。" for s in speech.sections for p in s.points)
    with pytest.raises(UserError, match="第一级"):
        fixes.shift_level(reading, _row(reading, "今天"), -1)


def test_header_lines_are_marked_and_refused_body_fixes(reading):
    title = _row(reading, "在全县")
    _fixed(reading, title, fixes.set_line_part(reading, title, "noise"))
    assert label_of(reading)["title"] is None
    _fixed(reading, title, fixes.set_line_part(reading, title, "title"))
    assert label_of(reading)["title"] == "在全县安全生产工作会议上的讲话"
    for fix in (fixes.split_here, fixes.toggle_heading):
        with pytest.raises(UserError):
            fix(reading, title)
    with pytest.raises(UserError, match="先把它设为正文"):
        fixes.set_role(reading, title, "review")
