"""Lines as the header rules take them, for the header tests."""

from speechwriter.core.cleaning import Line


def lines(*texts: str, gaps: tuple[int, ...] = ()) -> list[Line]:
    """Lines numbered as in a file; a blank line stands before the lines whose index is in `gaps`."""
    out, number = [], 0
    for index, text in enumerate(texts):
        number += 2 if index in gaps else 1
        out.append(Line(text, number))
    return out
