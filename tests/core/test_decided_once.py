"""Decisions the program makes in one place only: which fields a draft shows as 〔名称〕, what a
blank speech starts with, which file is which type, how jieba is set up."""

from __future__ import annotations

import re
from pathlib import Path

import speechwriter
from speechwriter import filetypes

ROOT = Path(speechwriter.__file__).resolve().parent


def _sources(exclude: str):
    return [(p, p.read_text(encoding="utf-8")) for p in ROOT.rglob("*.py") if p.name != exclude]


def test_a_blank_speech_carries_the_guidance_the_editor_replaces():
    from speechwriter.outline.create import ROLE_PLACEHOLDER, blank
    from speechwriter.outline.edit import is_placeholder

    outline = blank()
    assert [s.role for s in outline.sections] == ["opening", "key_points", "closing"]
    assert all(is_placeholder(s.body) and s.body == ROLE_PLACEHOLDER[s.role] for s in outline.sections)
    assert outline.fields["称呼"] == "同志们："


def test_file_types_are_decided_in_filetypes_only():
    assert filetypes.OUTLINE.bare_name("/公文/2026年会.speech.json") == "2026年会"
    assert filetypes.OUTLINE.bare_name("稿.txt") == "稿.txt"
    assert filetypes.OUTLINE_JSON.matches("提纲.SPEECH.JSON") and filetypes.OUTLINE_JSON.matches("a.json")
    assert filetypes.WORD_OUT.with_suffix("讲话") == "讲话.docx"
    suffix_test = re.compile(r"""endswith\(\s*["']\.|suffix(?:\.lower\(\))?\s*==\s*["']\.""")
    found = [p.name for p, text in _sources("filetypes.py") if suffix_test.search(text)]
    assert not found


def test_jieba_is_set_up_in_core_tokens_only():
    found = [p.name for p, text in _sources("tokens.py") if re.search(r"jieba\.(initialize|setLogLevel)|tmp_dir", text)]
    assert not found
