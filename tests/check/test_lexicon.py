"""The prebuilt index of the 错别字 rule (resources/check/near.marshal) is what the rule would build
itself from jieba's dictionary and the public list of 成语: a stale file would silently miss or invent typos."""

from __future__ import annotations

from speechwriter.check.build_lexicon import index_inputs, public_idioms
from speechwriter.check.lexicon import build_index
from speechwriter.check.typo import INDEX_WEIGHTS, idiom_set, indexed_lexicon
from speechwriter.core.tokens import tokenizer


def test_prebuilt_index_matches_jiebas_dictionary():
    lex = indexed_lexicon()
    idioms = public_idioms()
    freq, keep = index_inputs(idioms)
    built = build_index(freq, INDEX_WEIGHTS, keep)
    assert lex._index == built
    assert lex.idioms == idiom_set(built) | idioms
    assert lex.listed == idioms


def test_prebuilt_lexicon_finds_a_slip_and_leaves_the_right_word():
    lex = indexed_lexicon()
    assert ("部署", tokenizer().FREQ["部署"]) in lex.near_words("布署", 0)
    assert "阴谋诡计" in lex.idioms
    assert "布署" not in lex.official and "部署" in lex.official
