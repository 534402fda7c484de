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


def house_speech(topic: str, blocks: list[tuple[str, str]]) -> str:
    """Another speech of that office: the same shape and turns of phrase, another subject."""
    body = "\n".join(f"{'一二三'[n]}、{heading}\n{text}" for n, (heading, text) in enumerate(blocks))
    return (f"在全县{topic}工作会议上的讲话\n同志们：\n今天，我们召开全县{topic}工作会议，主要任务是总结去年工作，"
            f"部署今年任务。\n{body}\n同志们，{topic}工作责任重大。让我们共同努力，推动全县{topic}工作再上新台阶！\n")


FLOOD_SPEECH = house_speech("防汛抗旱", [
    ("坚持人民至上理念，推动责任落实", "去年，全县上下压紧压实防汛责任，成功抵御三轮强降雨，转移群众两千余人，实现不死人、少伤人。"),
    ("强化水毁隐患排查，守住安全底线", "一年来，全县共排查整改水毁隐患五百余处，加固病险水库十二座，巡堤查险六百余次。"),
    ("压实防汛责任，抓好汛前准备", "要立即开展汛前检查，逐库逐堤落实责任人，确保今年安全度汛。")])
FOREST_SPEECH = house_speech("森林防火", [
    ("坚持绿色发展理念，推动责任落实", "去年，全县上下压紧压实森林防火责任，未发生重大森林火灾，火灾起数和受害面积实现双下降。"),
    ("强化火险隐患排查，守住生态底线", "一年来，全县共排查整改火险隐患一千余处，清理林下可燃物八百吨，巡查检查九百余次。"),
    ("严格火源管控，抓好春季防火", "要在清明等重点时段严管野外用火，加强巡山护林，坚决防止森林火灾发生。")])
