"""A speech's reading laid out as lines, a clerk's label applied to it, and back to a label."""

from __future__ import annotations

import pytest

from speechwriter.core.analyzer import analyze_text
from speechwriter.core.labelling import (
    apply_label,
    label_of,
    norm,
    reading_of,
    role_agreement,
    speech_of,
    validate_label,
)
from speechwriter.errors import UserError
from tests.adapt.conftest import corpus_names, corpus_speech

SPEECH = """2023-03-09 10:20 来源：县政府网
在全县安全生产工作会议上的讲话
（2023年3月8日）
县长 王明
同志们：
今天，我们召开全县安全生产工作会议，主要任务是总结去年工作，部署今年任务。
一、去年全县安全生产形势总体平稳
全县未发生较大以上事故，事故起数和死亡人数实现双下降。
二、突出重点，深入开展隐患排查整治
要聚焦危险化学品、道路交通、建筑施工等重点领域，开展拉网式排查。
同志们，安全生产责任重于泰山。让我们确保全县安全生产形势持续稳定向好！
"""


def _reading(text=SPEECH):
    speeches = analyze_text(text, source="讲话.txt")
    return reading_of(speeches[0], text)


def test_the_reading_shows_every_line_with_what_it_is():
    reading = _reading()
    kinds = [(line.part, line.text[:6]) for line in reading.lines]
    assert kinds[0] == ("noise", "2023-0")        # web residue stays visible, as found
    assert ("title", "在全县安全生") in kinds and ("salutation", "同志们：") in kinds
    assert ("speaker", "县长 王明") in kinds
    assert norm(reading.text()) == norm(SPEECH)       # no line lost or repeated
    starts = [line for line in reading.lines if line.section_start]
    assert [line.heading for line in starts][1:3] == [True, True]


def test_a_label_corrects_the_reading_and_comes_back_unchanged():
    reading = _reading()
    label = label_of(reading)
    label["sections"][1]["role"] = "review"           # 去年…形势 looks back
    corrected = apply_label(label, reading)
    assert label_of(corrected) == label
    speech = speech_of(corrected)
    assert [s.role for s in speech.sections] == ["opening", "review", "key_points", "closing"]
    assert speech.sections[1].heading == "一、去年全县安全生产形势总体平稳"
    assert speech.title == "在全县安全生产工作会议上的讲话" and speech.salutation == "同志们："


def test_a_label_whose_section_is_not_in_the_text_names_that_section():
    reading = _reading()
    label = label_of(reading)
    label["sections"][2]["first"] = "三、加强应急管理"
    with pytest.raises(UserError) as err:
        validate_label(label, reading)
    assert "第 3 节“三、加强应急管理”" in err.value.message and "第 2 节之后" in err.value.message
    # in the text, but out of order: the search goes forward from the previous section
    label = label_of(reading)
    label["sections"][1], label["sections"][2] = label["sections"][2], label["sections"][1]
    with pytest.raises(UserError, match="第 3 节“一、去年全县安全生产"):
        validate_label(label, reading)


@pytest.mark.parametrize("label, words", [
    ([], "JSON 对象"), ({"kind": "领导讲话"}, "没有 sections"),
    ({"sections": [{"role": "opening"}]}, "第 1 节缺少 first"),
    ({"sections": [{"role": "beginning", "first": "今天"}]}, "角色“beginning”不对"),
    ({"kind": "演讲", "sections": [{"role": "opening", "first": "今天"}]}, "文种“演讲”"),
    ({"title": "不存在的标题", "sections": [{"role": "opening", "first": "今天"}]}, "标题“不存在的标题”"),
])
def test_a_malformed_label_is_refused_in_chinese(label, words):
    with pytest.raises(UserError, match=words):
        validate_label(label, _reading())


@pytest.mark.parametrize("name", corpus_names() or ["01"])
def test_each_corpus_label_applied_gives_its_own_reading(name):
    text, label = corpus_speech(name)
    speeches = analyze_text(text)
    corrected = apply_label(label, reading_of(speeches[0], text, trail=len(speeches) == 1))
    back = label_of(corrected)
    assert [s["role"] for s in back["sections"]] == [s["role"] for s in label["sections"]]
    for got, want in zip(back["sections"], label["sections"]):
        assert norm(got["first"]).startswith(norm(want["first"])[:8])
    assert [norm(h) for h in back["level1_headings"]] == [norm(h) for h in label["level1_headings"]]
    assert norm(back["title"]) == norm(label["title"]) and norm(back["salutation"]) == norm(label["salutation"])
    assert role_agreement(label, text, speech_of(corrected)) > 0.99
