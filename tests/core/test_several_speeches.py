"""A file holding several speeches one after another, each with its own title block."""

from speechwriter.core.analyzer import analyze_file, analyze_text
from speechwriter.core.reader import read_speech_file
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
