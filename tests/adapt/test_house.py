"""本单位的写法: a heading the clerk has placed is read the clerk's way in the office's next speech."""

from __future__ import annotations

import pytest

from speechwriter.core import adapt, training
from speechwriter.core.analyzer import analyze_text
from speechwriter.core.house import HouseHeadings, heading_key, learn
from tests.adapt.conftest import CORPUS, corpus_speech
from tests.conftest import SHARED


def test_a_heading_is_known_by_its_words_whatever_its_numbering_or_spacing():
    assert heading_key("一、主要工作") == heading_key("一．主要工作 ") == heading_key("（一）主要工作") == "主要工作"
    assert heading_key("第三，成就与不足") == "成就与不足"
    assert heading_key("一、") == ""   # no words: nothing to remember
    assert heading_key("一是要加强学习，不断提高政治站位和业务能力，切实做到学懂弄通做实，推动工作落地见效。") == ""


def test_a_wording_the_clerk_placed_two_ways_is_not_remembered():
    class Labelled:
        def __init__(self, keys, roles):
            self.unit_keys, self.unit_roles = keys, roles

    memory = learn([Labelled(["", "主要工作", "工作感悟"], ["opening", "review", "review"]),
                    Labelled(["", "主要工作", "工作感悟"], ["opening", "review", "key_points"])])
    assert memory.roles == {"主要工作": "review"}
    assert HouseHeadings.from_bytes(memory.to_bytes()) == memory


def _roles(speech) -> list[tuple[str, str]]:
    return [(s.heading, s.role) for s in speech.sections if s.heading]


def _labelled_roles(label: dict) -> list[tuple[str, str]]:
    return [(heading_key(s["heading"]), s["role"]) for s in label["sections"] if s.get("heading")]


@pytest.mark.skipif(not (CORPUS / "24.json").is_file(), reason="../shared/corpus (the labelled corpus) is not here")
def test_two_corrected_work_reports_teach_the_office_s_headings_to_the_third():
    """Three 述职报告 of one office (corpus 24–26, same headings: 主要工作 / 工作感悟 / 成就与不足 /
    个人发展规划). A model that has never seen this office reads 24's look-back parts as key points;
    after the clerk labels 25 and 26, 24 is read as labelled."""
    text, label = corpus_speech("24")
    examples = training.labelled_examples(CORPUS, SHARED / "seeds" / "labels")
    office = next(e.group for e in examples if e.name == "24")
    bundled = [e for e in examples if e.group != office]

    def reading(models) -> list[tuple[str, str]]:
        return [(heading_key(h), role) for h, role in _roles(analyze_text(text, models=models)[0])]

    before = reading(training.open_models(training.train(bundled)))
    assert before != _labelled_roles(label)
    adapted = training.open_models(adapt.train_models([corpus_speech("25"), corpus_speech("26")], bundled=bundled))
    assert reading(adapted) == _labelled_roles(label)
