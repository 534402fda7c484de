"""A file holding several speeches one after another, each with its own title block."""

import json

import pytest

from speechwriter.core.analyzer import analyze_file, analyze_text
from speechwriter.core.reader import read_speech_file
from tests.conftest import SHARED
from tests.core.test_own_speeches import SPEECHES

FILES = ("company_meeting.txt", "opening_address.txt", "pledge_speech.txt")


def test_three_speeches_in_a_row_are_read_as_three(tmp_path):
    alone = [analyze_file(SPEECHES / name)[0] for name in FILES]
    joined = "\n\n".join(read_speech_file(SPEECHES / name) for name in FILES)
    speeches = analyze_text(joined, source="三篇.txt")
    assert [s.title for s in speeches] == [s.title for s in alone]
    assert [s.salutation for s in speeches] == [s.salutation for s in alone]
    # each keeps its own body: the later titles do not become sub-sections of the first speech
    assert [len(s.sections) for s in speeches] == [len(s.sections) for s in alone]


def test_a_single_speech_is_not_cut():
    for path in sorted(SPEECHES.glob("*.txt")):
        assert len(analyze_file(path)) == 1, path.name


@pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="../shared/corpus (the labelled corpus) is not here")
@pytest.mark.parametrize("names", [("02", "08", "12"), ("09", "10", "11"), ("20", "21", "22")])
def test_three_real_speeches_in_a_row(names):
    """Real speeches of one source each, with title blocks of different shapes: title + speaker only,
    title + subtitle, date lines, two-line salutations."""
    corpus = SHARED / "corpus"
    text = "\n\n".join((corpus / f"{name}.txt").read_text(encoding="utf-8") for name in names)
    speeches = analyze_text(text)
    labels = [json.loads((corpus / f"{name}.json").read_text(encoding="utf-8")) for name in names]
    assert [s.title for s in speeches] == [label["title"] for label in labels]


def test_a_salutation_over_two_lines_is_one_salutation_and_one_line_in_an_outline():
    from speechwriter.outline.create import from_speech

    text = ("在全县教育工作会议上的讲话\n尊敬的各位领导、各位来宾，\n亲爱的老师们、同学们：\n"
            "今天，我们召开全县教育工作会议，主要任务是总结去年工作，部署今年任务。\n"
            "一年来，全县教育系统取得了显著成绩，办学条件明显改善。\n"
            "新的一年，我们要坚持立德树人，推动教育高质量发展。\n谢谢大家！\n")
    [speech] = analyze_text(text)
    assert speech.salutation == "尊敬的各位领导、各位来宾，\n亲爱的老师们、同学们："
    assert from_speech(speech).fields["称呼"] == "尊敬的各位领导、各位来宾，亲爱的老师们、同学们："


ARTICLE = "今天，我们召开全县农业农村工作会议，总结去年工作，部署今年任务。\n\n要抓住重点产业和关键环节，确保取得实效。\n"


def test_a_column_label_above_any_paragraph_starts_no_article():
    """`• 相关推荐` between a page's headline and the speech's own title is the page's link, not a
    column label ending an article: one speech, its title the page's second copy."""
    text = ("在学校评估结束工作会上的讲话\n\n更新时间:2022-06-17 11:36:35 发言稿\n\n  • 相关推荐\n\n"
            f"在学校评估结束工作会上的讲话\n\n老师们、同学们：\n\n{ARTICLE}")
    speeches = analyze_text(text)
    assert len(speeches) == 1 and speeches[0].title == "在学校评估结束工作会上的讲话"


def test_a_column_label_under_an_articles_text_still_ends_it():
    from speechwriter.core.cleaning import Line
    from speechwriter.core.segment import _split_articles

    lines = [Line(t, n) for n, t in enumerate(["在全县工作会议上的讲话", *ARTICLE.split("\n\n")[:2], "·专栏·", "另一篇文章"], 1)]
    assert [len(a.lines) for a in _split_articles(lines)] == [3, 2]
    assert len(_split_articles(lines[:1] + lines[3:])) == 1   # (under the headline alone: the page's)


def test_a_pages_note_between_its_copy_of_a_part_line_and_the_parts_own_starts_no_part():
    """`…发言稿 篇1` (the page's title), the page's note to its reader, then the part's own `…发言稿 篇1`
    and its salutation: one speech with its salutation — a note to the reader is no paragraph of a
    speech, as between two parts' texts a paragraph is."""
    part = "安全生产月活动动员大会发言稿 篇1"
    text = (f"{part}\n\n更新时间：2021-07-09 16:02:31\n\n下面是小编为大家整理的安全生产月活动动员大会发言稿，供大家参考。\n\n"
            f"{part}\n\n同志们：\n\n{ARTICLE}")
    speeches = analyze_text(text)
    assert speeches[0].title == part and speeches[0].salutation == "同志们："
    two = analyze_text(f"{part}\n\n同志们：\n\n{ARTICLE}\n安全生产月活动动员大会发言稿 篇2\n\n同志们：\n\n{ARTICLE}")
    assert [s.title for s in two] == [part, "安全生产月活动动员大会发言稿 篇2"]   # (a speech's text between them: two parts)
