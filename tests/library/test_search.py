"""Searching the samples: the paragraph a clerk remembers comes first, filters narrow, hits are marked."""

from __future__ import annotations

import importlib

import jieba.analyse
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from speechwriter.errors import UserError
from speechwriter.library import Library, import_paths, open_library, search
from tests.library.conftest import SPEECH
from tests.library.engines import both_library, both_seeded  # noqa: F401 - every test here runs on both engines


@pytest.mark.parametrize("query, first", [
    ("发言完毕 批评指正", "发言完毕，不当之处，请各位领导和同志们批评指正，谢谢。"),
    ("调研 看望", "今天，我和市委有关同志到总工会来调研，一方面是来看望下大家"),
    ("中华人民共和国成立75周年", "2024年是中华人民共和国成立75周年,是实现“十四五”规划目标任务的关键一年。"),
    ("妇女权益保障法", "(二)以法制宣传为重点,切实维护妇女儿童合法权益。"),
    ("家庭教育 思想道德", "(四)加强宣传思想工作,推进妇女儿童思想道德建设。"),
])
def test_the_remembered_paragraph_comes_first(library, query, first):
    result = search(library, query)
    assert result.hits, query
    assert result.hits[0].text.startswith(first)
    assert not result.literal
    _assert_phrase_then_score_order(result, query)


def _assert_phrase_then_score_order(result, query):
    phrase = "".join(query.split())
    groups = [[h.score for h in result.hits if (phrase in h.text) == inside] for inside in (True, False)]
    assert [phrase in h.text for h in result.hits] == sorted((phrase in h.text for h in result.hits), reverse=True)
    for scores in groups:
        assert scores == sorted(scores, reverse=True)


def test_the_words_in_a_row_come_before_the_words_apart(library):
    result = search(library, "巾帼建功")
    _assert_phrase_then_score_order(result, "巾帼建功")
    assert "巾帼建功" in result.hits[0].text
    apart = [h for h in result.hits if "巾帼建功" not in h.text]
    # BM25 alone puts this paragraph (建功 four times, 巾帼 three, never together) first
    assert apart and apart[0].text.startswith("三是引导鼓舞激励广大女职工")
    assert apart[0].score > result.hits[0].score


def test_hits_say_where_they_come_from_and_mark_the_words(library):
    hit = search(library, "调研 看望").hits[0]
    assert hit.role == "opening" and hit.kind == "调研讲话" and hit.bundled
    assert hit.source == "resources/samples/003_096c1f6663b99e3a.txt"
    marked = hit.highlighted()
    assert marked.startswith("今天，我和市委有关同志到总工会来【调研】，一方面是来【看望】下大家")
    assert [hit.text[a:b] for a, b in hit.spans] == ["调研", "看望"] + [hit.text[a:b] for a, b in hit.spans][2:]
    assert all(hit.text[a:b] in ("调研", "看望") for a, b in hit.spans)


def test_a_whole_phrase_is_marked_as_one(library):
    hit = search(library, "习近平新时代中国特色社会主义思想", role="closing").hits[0]
    assert "【习近平新时代中国特色社会主义思想】" in hit.highlighted()


def test_result_keywords_are_jieba_analyse_tags(library):
    for hit in search(library, "妇女儿童").hits[:5]:
        assert hit.keywords == jieba.analyse.extract_tags(hit.text, topK=5)
        assert hit.keywords


def test_speech_keywords_are_jieba_analyse_tags(library):
    for entry in library.speeches()[:3]:
        text = "\n".join(t for _, t in library.paragraphs(entry.id))
        assert entry.keywords == jieba.analyse.extract_tags(text, topK=8)


def test_role_filter(library):
    query = "习近平新时代中国特色社会主义思想"
    everything = search(library, query)
    assert {h.role for h in everything.hits} > {"closing"}
    closing = search(library, query, role="结束")
    assert closing.hits and {h.role for h in closing.hits} == {"closing"}
    assert closing.hits[0].text.startswith("下一步，要进一步加强党的创新理论的学习理解")
    assert search(library, query, role="closing").total == closing.total < everything.total
    with pytest.raises(UserError, match="段落角色"):
        search(library, query, role="中间")


def test_kind_and_source_filters(library, tmp_path):
    path = tmp_path / "安全讲话.txt"
    path.write_text(SPEECH.replace("同志们，安全生产", "同志们，做好妇女儿童工作和安全生产"), encoding="utf-8")
    import_paths(library, [path])
    everywhere = search(library, "妇女儿童")
    own = search(library, "妇女儿童", source="own")
    assert [h.file_name for h in own.hits] == ["安全讲话.txt"]
    assert search(library, "妇女儿童", source="安全讲话").total == 1
    assert search(library, "妇女儿童", source="bundled").total == everywhere.total - 1
    assert search(library, "妇女儿童", source="没有这个文件").hits == []
    reports = search(library, "妇女儿童", kind="工作报告")
    assert reports.hits and {h.kind for h in reports.hits} == {"工作报告"}


def test_text_the_words_miss_is_found_as_typed(library):
    # a half-typed word: jieba makes 女职 of it, which no paragraph has as a word (女职工 it has)
    result = search(library, "工会女职")
    assert result.literal and result.hits
    assert all("工会女职" in h.text for h in result.hits)
    assert "【工会女职】工" in result.hits[0].highlighted()


def test_a_very_common_word_is_counted_up_to_a_cap_and_still_ranked(library, monkeypatch):
    searching = importlib.import_module("speechwriter.library.search")  # the package exports search() under that name

    full, literal = search(library, "妇女儿童"), search(library, "工会女职")
    monkeypatch.setattr(searching, "COUNT_LIMIT", 3)
    capped = search(library, "妇女儿童")
    assert full.total > 3 and not full.capped
    assert capped.capped and capped.total == 3 and capped.total_text() == "3 多段" and full.total_text() == f"{full.total} 段"
    assert capped.to_dict()["capped"] is True and full.to_dict()["capped"] is False
    # counting stops, ranking does not: the same best paragraphs, in the same order
    assert [h.paragraph_id for h in capped.hits] == [h.paragraph_id for h in full.hits]
    monkeypatch.setattr(searching, "COUNT_LIMIT", 1)
    as_typed = search(library, "工会女职")
    assert literal.total > 1 and as_typed.capped and as_typed.total == 1
    assert [h.paragraph_id for h in as_typed.hits] == [h.paragraph_id for h in literal.hits]


def test_nothing_to_search_for(library):
    with pytest.raises(UserError, match="请输入"):
        search(library, " ，。 ")
    assert search(library, "量子计算机").hits == []


def test_without_fts5_search_still_works_and_the_index_comes_back(tmp_path):
    path = tmp_path / "library.sqlite3"
    with Library(path, fulltext=False) as plain:
        from speechwriter.library import refresh

        refresh(plain)
        result = search(plain, "调研 看望")
        assert result.literal and result.hits[0].text.startswith("今天，我和市委有关同志到总工会来调研")
        assert result.hits[0].spans
    with open_library(path) as indexed:  # SQLite with FTS5 again: the index is built from the paragraphs
        result = search(indexed, "调研 看望")
        assert not result.literal and result.hits[0].text.startswith("今天，我和市委有关同志到总工会来调研")
        assert search(indexed, "妇女儿童").total == search(indexed, "妇女儿童", role=None).total > 5


_ODD = st.sampled_from(list('"\'()*:^-+{}[]NEAR AND OR NOT 妇女儿童工作 同志们，。！？ abcXYZ 2024 ×'))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.one_of(st.text(max_size=12), st.lists(_ODD, max_size=10).map("".join)))
def test_whatever_is_typed_is_searched_never_parsed(library, query):
    """Quotes, brackets, AND/OR/NEAR, stars: never an FTS5 syntax error, marks always inside the text."""
    try:
        result = search(library, query, role="要点")
    except UserError as err:
        assert "请输入" in err.message
        return
    for hit in result.hits:
        assert hit.role == "key_points"
        previous_end = 0
        for start, end in hit.spans:
            assert previous_end <= start < end <= len(hit.text)
            previous_end = end
