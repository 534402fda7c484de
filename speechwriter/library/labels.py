"""The clerk's labels: corrected readings of library speeches, kept by content, applied on every reading.

A label (schema of ../shared/corpus/README.md) belongs to the content of a file (its hash) and
the speech's place in it, not to a library row: re-importing the file, moving it or re-reading
the library with a new model keeps it, and the speech is then read as labelled. Setting or
clearing a label re-reads the speech at once, under the same id.
"""

from __future__ import annotations

import json
from typing import Any

from speechwriter.core.labelling import Reading, apply_label, label_of, reading_of, speech_of, validate_label
from speechwriter.core.speech import Speech
from speechwriter.errors import UserError
from speechwriter.library.store import Library


def labelled_speeches(speeches: list[Speech], text: str, labels: dict[int, dict]) -> list[Speech]:
    """The analysed speeches of one file with the labelled ones read as their labels say.

    A label that no longer fits (another analyser cuts the file into other speeches) leaves that
    speech as analysed; the label stays stored.
    """
    out = []
    for ordinal, speech in enumerate(speeches):
        label = labels.get(ordinal)
        if label is not None:
            try:
                corrected = speech_of(apply_label(label, _reading(speech, text, ordinal, len(speeches))))
                corrected.source = speech.source
                speech = corrected
            except UserError:
                pass
        out.append(speech)
    return out


def _reading(speech: Speech, text: str, ordinal: int, count: int) -> Reading:
    return reading_of(speech, text, lead=ordinal == 0, trail=ordinal == count - 1)


def stored_reading(library: Library, speech_id: int) -> Reading:
    """How the library reads a speech now, as lines (its file's noise lines included)."""
    place = library.place(speech_id)
    return _reading(library.speech(speech_id), library.file_text(place.file_id), place.ordinal, place.count)


def label_for(library: Library, speech_id: int) -> dict | None:
    place = library.place(speech_id)
    return labels_of(library, place.content_hash).get(place.ordinal)


def labels_of(library: Library, content_hash: str) -> dict[int, dict]:
    return library.labels_of(content_hash)


def labelled_texts(library: Library) -> list[tuple[str, dict]]:
    """(speech text, label) of every labelled speech in the library, for training."""
    return [(stored_reading(library, speech_id).text(), label) for speech_id, label in library.labelled()]


def count_labelled(library: Library) -> int:
    return len(library.labelled())


def set_label(library: Library, speech_id: int, label: Any) -> Speech:
    """Attach a label (refused with the reason when it does not fit the speech's text); returns the new reading."""
    reading = stored_reading(library, speech_id)
    validate_label(label, reading)
    speech = speech_of(apply_label(label, reading))
    speech.source = reading.source
    from speechwriter.library.prepare import prepare_speech

    library.replace_speech(speech_id, prepare_speech(speech), label=json.dumps(label, ensure_ascii=False))
    return speech


def clear_label(library: Library, speech_id: int) -> Speech:
    """Drop the clerk's label: the speech is read by the analyser again."""
    from speechwriter.core import analyzer
    from speechwriter.library.prepare import prepare_speech

    place = library.place(speech_id)
    text = library.file_text(place.file_id)
    source = library.entry(speech_id).source
    speeches = analyzer.analyze_text(text, source=source)
    speech = speeches[place.ordinal] if place.ordinal < len(speeches) else library.speech(speech_id)
    library.replace_speech(speech_id, prepare_speech(speech), label=None)
    return speech


def label_from_json(data: Any) -> dict:
    """A label from what the clerk gives: a label, or a reading as `library show --json` / `analyze --json` print it."""
    if isinstance(data, dict) and isinstance(data.get("speeches"), list):
        if len(data["speeches"]) != 1:
            raise UserError(f"文件里有 {len(data['speeches'])} 篇讲稿的结构，请只保留要标注的那一篇。")
        data = data["speeches"][0]
    if isinstance(data, dict) and any(isinstance(s, dict) and "paragraphs" in s for s in data.get("sections") or []):
        speech = Speech.from_dict(data)
        return label_of(reading_of(speech))
    return data


def learn(library: Library, progress: Any = None, cancel: Any = None) -> tuple[Any, Any]:
    """Retrain the clerk's model from the library's labelled speeches, then re-read the library with it.

    Returns (`adapt.Retrained`, the library's refresh summary). The previous model stays in use
    if training fails or is killed.
    """
    from speechwriter.core import adapt
    from speechwriter.library.importer import refresh

    if progress:
        progress(0, "正在根据您校正的讲稿重新训练结构识别……")
    retrained = adapt.retrain(labelled_texts(library))
    return retrained, refresh(library, progress=progress, cancel=cancel)


def forget(library: Library, progress: Any = None, cancel: Any = None) -> tuple[bool, Any]:
    """Drop the clerk's model (back to the bundled one) and re-read the library; (had one, summary)."""
    from speechwriter.core import adapt
    from speechwriter.library.importer import refresh

    had = adapt.reset()
    return had, refresh(library, progress=progress, cancel=cancel)
