"""The analyser against the hand labels of the nine seed speeches: the labels are the truth."""

import pytest

from speechwriter.core.analyzer import analyze_file
from tests.conftest import REPO
from tests.core.label_agreement import (
    RESULTS,
    canon,
    label_body,
    labels_by_file,
    level1_headings,
    role_agreement,
    section_check,
)

SAMPLES = REPO / "resources" / "samples"
GROUPED = labels_by_file()
CASES = [(file, index, label) for file, labels in sorted(GROUPED.items()) for index, label in enumerate(labels)]


@pytest.fixture(scope="module")
def analysed():
    return {file: analyze_file(SAMPLES / file) for file in GROUPED}


@pytest.mark.parametrize("file", sorted(GROUPED))
def test_number_of_speeches_per_file(analysed, file):
    assert len(analysed[file]) == len(GROUPED[file])


@pytest.mark.parametrize("file,index,label", CASES, ids=[c[2]["label"] for c in CASES])
def test_speech_matches_its_label(analysed, file, index, label):
    speech = analysed[file][index]
    seed_text = (SAMPLES / file).read_text(encoding="utf-8")
    agreement = role_agreement(label, seed_text, speech)
    check = section_check(label, speech)
    RESULTS.append(f"{label['label']:6s} body roles agree {agreement:6.1%}  sections {len(speech.sections)}/"
                   f"{len(label['sections'])}  roles {'ok' if check.roles_equal else 'DIFFER'}  "
                   f"title {'ok' if canon(speech.title) == canon(label['title']) else 'DIFFER'}")
    assert canon(speech.title) == canon(label["title"])
    assert canon(speech.salutation) == canon(label["salutation"])
    assert level1_headings(speech) == [canon(h) for h in label["level1_headings"]]
    assert [s.role for s in speech.sections] == [s["role"] for s in label["sections"]]
    assert check.firsts_equal, "sections start where the label's do"
    assert _level2_points(speech) == label["level2_markers"]
    assert agreement >= 0.9


@pytest.mark.parametrize("file,index,label", CASES, ids=[c[2]["label"] for c in CASES])
def test_header_lines_match(analysed, file, index, label):
    speech = analysed[file][index]
    for field in ("subtitle", "speaker", "date"):
        assert canon(getattr(speech, field)) == canon(label[field]), field


def test_whole_corpus_agreement(analysed):
    """The issue's bar: structure agrees with the labels on at least 90% of the body text."""
    total_chars, agreeing = 0, 0.0
    for file, labels in GROUPED.items():
        seed_text = (SAMPLES / file).read_text(encoding="utf-8")
        for label, speech in zip(labels, analysed[file]):
            size = len(label_body(label, seed_text)[0])
            total_chars += size
            agreeing += role_agreement(label, seed_text, speech) * size
    RESULTS.append(f"whole corpus: body roles agree {agreeing / total_chars:.1%} over {total_chars} characters")
    assert agreeing / total_chars >= 0.9


def _level2_points(speech):
    def count(block):
        return sum((1 if p.level == 2 else 0) + count(p) for p in block.points)

    return sum(count(s) for s in speech.sections)
