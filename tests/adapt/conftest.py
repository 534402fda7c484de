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


# An office's house style the bundled reading gets wrong: its look-back blocks carry forward-sounding
# headings (the corpus convention: a block that looks back is 回顾 whatever its heading says).
HOUSE_SPEECH = """在全县安全生产工作会议上的讲话
同志们：
今天，我们召开全县安全生产工作会议，主要任务是总结去年工作，部署今年任务。
一、坚持安全发展理念，推动责任落实
去年，全县上下压紧压实安全生产责任，未发生较大以上事故，事故起数和死亡人数实现双下降。
二、强化隐患排查治理，守住安全底线
一年来，全县共排查整改隐患三千余处，关闭取缔非法违法企业十五家，执法检查一千二百余次。
三、突出重点，深入开展隐患排查整治
要聚焦危险化学品、道路交通、建筑施工等重点领域，开展拉网式排查，做到不留死角。
同志们，安全生产责任重于泰山。让我们确保全县安全生产形势持续稳定向好！
"""
