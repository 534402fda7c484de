"""A file holding several speeches one after another, each with its own title block."""

import json

import pytest

from speechwriter.core.analyzer import analyze_file, analyze_text
from speechwriter.core.reader import read_speech_file
from tests.conftest import SHARED
from tests.core.test_own_speeches import SPEECHES

FILES = ("company_meeting.txt", "opening_address.txt", "pledge_speech.txt")


def test_three_speeches_in_a_row_are_read_as_three(tmp_path):
    alone = [analyze_file(SPEECHES / name)[0] for name in FILES]
    joined = "\n\n".join(read_speech_file(SPEECHES / name) for name in FILES)
    speeches = analyze_text(joined, source="三篇.txt")
    assert [s.title for s in speeches] == [s.title for s in alone]
    assert [s.salutation for s in speeches] == [s.salutation for s in alone]
    # each keeps its own body: the later titles do not become sub-sections of the first speech
    assert [len(s.sections) for s in speeches] == [len(s.sections) for s in alone]


def test_a_single_speech_is_not_cut():
    for path in sorted(SPEECHES.glob("*.txt")):
        assert len(analyze_file(path)) == 1, path.name


@pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="../shared/corpus (the labelled corpus) is not here")
@pytest.mark.parametrize("names", [("02", "08", "12"), ("09", "10", "11"), ("20", "21", "22")])
def test_three_real_speeches_in_a_row(names):
    """Real speeches of one source each, with title blocks of different shapes: title + speaker only,
    title + subtitle, date lines, two-line salutations."""
    corpus = SHARED / "corpus"
    text = "\n\n".join((corpus / f"{name}.txt").read_text(encoding="utf-8") for name in names)
    speeches = analyze_text(text)
    labels = [json.loads((corpus / f"{name}.json").read_text(encoding="utf-8")) for name in names]
    assert [s.title for s in speeches] == [label["title"] for label in labels]
