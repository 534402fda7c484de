"""The rule reading of a header's lines (without the model)."""

from __future__ import annotations

from speechwriter.core.header.speaker_date import is_date_line, is_speaker_line
from speechwriter.core.header.words import is_subtitle_line, part_marker_title


def classify_header(lines: list[str]) -> dict:
    """Assign header lines to title/subtitle/speaker/date; the rest is noise.

    Page noise in a header: a page title repeated above the real title, and a `…篇N` part line
    when the part has its own title.
    """
    result: dict = {"title": None, "subtitle": None, "speaker": None, "date": None, "noise": []}  # noise: indices
    candidates: list[tuple[int, str]] = []
    for index, text in enumerate(lines):
        later = lines[index + 1:]
        if any(other == text or (part_marker_title(other) or "") == text for other in later):
            result["noise"].append(index)  # the page repeats the title: keep the last copy
        elif is_date_line(text) and result["date"] is None:
            result["date"] = text
        elif is_speaker_line(text) and result["speaker"] is None and candidates:
            result["speaker"] = text
        elif is_subtitle_line(text) and candidates and result["subtitle"] is None:
            result["subtitle"] = text
        else:
            candidates.append((index, text))
    # A part line is the title only when the part has no title of its own.
    own_titles = [c for _, c in candidates if part_marker_title(c) is None]
    for index, text in candidates:
        if part_marker_title(text) is not None and own_titles:
            result["noise"].append(index)
        elif result["title"] is None:
            result["title"] = text
        elif result["subtitle"] is None:
            result["subtitle"] = text  # a second heading line under the title
        else:
            result["subtitle"] = f"{result['subtitle']}{text}"
    return result
