"""Corpus access for the adaptation tests: the labelled speeches in ../shared/corpus (never copied here)."""

from __future__ import annotations

import json

import pytest

from tests.conftest import SHARED
from tests.library.conftest import library, seeded_file  # noqa: F401 - fixtures for the library tests here

CORPUS = SHARED / "corpus"


def corpus_names() -> list[str]:
    return sorted(p.stem for p in CORPUS.glob("*.json")) if CORPUS.is_dir() else []


def corpus_speech(name: str) -> tuple[str, dict]:
    """(text, label) of one corpus speech; skips the test when the corpus is not there."""
    if not (CORPUS / f"{name}.json").is_file():
        pytest.skip(f"the labelled corpus is not at {CORPUS}")
    text = (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
    return text, json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))
