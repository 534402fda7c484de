"""Lines as the header rules take them, and a header read over a body, for the header tests."""

from speechwriter.core.analyzer import analyze_text
from speechwriter.core.cleaning import Line


def lines(*texts: str, gaps: tuple[int, ...] = ()) -> list[Line]:
    """Lines numbered as in a file; a blank line stands before the lines whose index is in `gaps`."""
    out, number = [], 0
    for index, text in enumerate(texts):
        number += 2 if index in gaps else 1
        out.append(Line(text, number))
    return out


def read_speech(header: str, body: str):
    """The first speech the analyser reads in `header`, a blank line, then `body` (a speech's opening)."""
    speeches = analyze_text(header + "\n\n" + body)
    assert speeches, "the text is read as a speech"
    return speeches[0]
