"""What an import reads from a file is what jieba itself gives: the words, the index terms (its
search mode) and the keywords (jieba.analyse) of every paragraph and speech, however the app gets
there (one cut per paragraph, the speech's keyword counts added up from its paragraphs')."""

from __future__ import annotations

import re
from pathlib import Path

import jieba
import jieba.analyse
import pytest

from speechwriter.core import tokens
from speechwriter.library import textindex
from speechwriter.library.prepare import prepare_text
from speechwriter.paths import samples_dir

_WORD = re.compile(r"\w")
BENCH_CORPUS = Path(__file__).resolve().parents[2] / "bench" / "corpus"


def _texts() -> list[tuple[str, str]]:
    """The bundled samples and a spread of the bench's real speeches (other sources, other kinds)."""
    paths = sorted(samples_dir().glob("*.txt")) + sorted(BENCH_CORPUS.glob("*.txt"))[::25]
    return [(path.name, path.read_text(encoding="utf-8")) for path in paths]


def _jieba_words(text: str) -> list[str]:
    return [w for w in jieba.lcut(text) if _WORD.search(w)]


@pytest.fixture(scope="module")
def prepared() -> list[tuple[str, object]]:
    tokens.tokenizer()   # the app's dictionary words in jieba's before it is asked
    return [(name, prepare_text(text, name)) for name, text in _texts()]


def test_paragraph_words_terms_and_keywords_are_jiebas(prepared):
    checked = 0
    for _name, file in prepared:
        for speech in file.speeches:
            for paragraph in speech.paragraphs:
                assert textindex.words(paragraph.text) == _jieba_words(paragraph.text)
                search_mode = [w for w in jieba.lcut_for_search(paragraph.text) if _WORD.search(w)]
                assert paragraph.terms.split() == search_mode
                assert paragraph.keywords == jieba.analyse.extract_tags(paragraph.text, topK=5)
                checked += 1
    assert checked > 300


def test_a_speech_keywords_are_those_of_all_its_paragraphs(prepared):
    speeches = [s for _name, file in prepared for s in file.speeches]
    assert len(speeches) > 20
    for speech in speeches:
        text = "\n".join(p.text for p in speech.paragraphs)
        assert speech.keywords == jieba.analyse.extract_tags(text, topK=8)


def test_odd_pieces_are_words_as_jieba_filters_them():
    odd = "2024年GDP增长5.2%，C++、A&B、a.b_c-d、__、-、%、é，㐀𠀀，１２３。  \t"
    assert textindex.words(odd) == _jieba_words(odd)
    assert [textindex.is_word(p) for p in jieba.lcut(odd)] == [bool(_WORD.search(p)) for p in jieba.lcut(odd)]
    assert textindex.keywords([], 5) == [] and textindex.top_keywords({}, 8) == []


def test_the_heads_the_analyser_reads_are_jiebas():
    lines = [line for _name, text in _texts()[:12] for line in text.splitlines() if line.strip()]
    assert len(lines) > 100
    for line in lines:
        assert tokens.cut_head(line[:40]) == tuple(jieba.lcut(line[:40]))
