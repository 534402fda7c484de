"""The page layout the PDF and the printer use: the manuscript's grid, 避头尾, keep-with-next."""

import pytest

from speechwriter.outline.tree import Outline, Section
from speechwriter.render import LayoutOptions, render_blocks
from speechwriter.render.blocks import Block
from speechwriter.render.layout import NO_LINE_END, NO_LINE_START, break_lines, lay_out, width
from tests.render.test_libreoffice import _outline, expected_pages


def test_pages_follow_the_22_by_28_grid_as_libreoffice_lays_out_the_docx():
    blocks = render_blocks(_outline())
    laid = lay_out(blocks)
    assert [len(page.lines) for page in laid.pages] == expected_pages(blocks)
    assert [page.label for page in laid.pages[:2]] == ["— 1 —", "— 2 —"]
    assert [page.label_align for page in laid.pages[:2]] == ["right", "left"]
    body = [line for page in laid.pages for line in page.lines if line.kind == "paragraph"]
    assert max(len("".join(s.text for s in line.spans)) for line in body) == 28


def test_no_line_starts_with_a_closing_mark_or_ends_with_an_opening_one():
    text = "我们要坚持人民至上生命至上把安全生产摆在更加突出的位置，" * 3 + "（一）“两个确立”。" * 5
    for indent, line in break_lines(text, 28, 2):
        assert line[0] not in NO_LINE_START and line[-1] not in NO_LINE_END
        # 标点挤压: a closing mark may end a full line in half a cell
        assert indent + sum(width(c) for c in line) <= (28.5 if line[-1] in "，。、；：”’）》" else 28)


# what 避头尾 forbids, as the issue lists it (not the layout's own sets, which the rule is built from)
CLOSING, OPENING = "，。、；：？！”）》", "“（《"


def corpus_outlines(limit: int | None = None):
    """Real long speeches (../shared/corpus) made outlines, with the fields they lack filled in."""
    from speechwriter.core.analyzer import analyze_file
    from speechwriter.outline.create import from_speech
    from speechwriter.render import outline_fields
    from tests.conftest import SHARED

    paths = sorted((SHARED / "corpus").glob("*.txt"), key=lambda p: -p.stat().st_size)[:limit]
    if not paths:
        pytest.skip("../shared/corpus (the labelled corpus) is not here")
    for path in paths:
        outline = from_speech(analyze_file(path)[0])
        yield outline, {f.name: "某某" for f in outline_fields(outline) if not outline.field(f.name).strip()}


def test_no_printed_line_of_real_speeches_breaks_the_punctuation_rule():
    """避头尾 over every line the PDF and the printer draw, on all the corpus's speeches."""
    from speechwriter.render import outline_options

    lines = []
    for outline, extra in corpus_outlines():
        laid = lay_out(render_blocks(outline, None, extra), outline_options(outline))
        lines += ["".join(s.text for s in line.spans) for page in laid.pages for line in page.lines]
    lines = [line for line in lines if line]
    assert len(lines) > 3000
    assert [line for line in lines if line[0] in CLOSING or line[-1] in OPENING] == []


def test_numbers_and_latin_words_stay_whole_and_take_half_cells():
    lines = break_lines("全年完成投资" * 4 + "12345678元，GDP增长5.2%。", 28, 2)
    joined = [line for _, line in lines]
    assert any("12345678" in line for line in joined) and any("GDP" in line for line in joined)


def test_heading_never_alone_on_the_last_line():
    filler = Section("opening", body="\n".join("正" * 54 for _ in range(10)))  # 20 lines after the salutation
    outline = Outline(fields={"标题": "标题", "日期": "2026年1月1日", "称呼": "同志们："},
                      sections=[filler, Section("key_points", "要点", "正文内容。")])
    laid = lay_out(render_blocks(outline))
    headings = [(page.number, line.row) for page in laid.pages for line in page.lines if line.kind == "heading"]
    assert headings and all(row < 21 for _, row in headings)


def test_large_print_reading_copy_keeps_paragraphs_on_one_page():
    outline = _outline()
    normal = lay_out(render_blocks(outline))
    large = lay_out(render_blocks(outline), LayoutOptions(large_print=True))
    assert large.grid.body_size > normal.grid.body_size and large.grid.line_pitch > normal.grid.line_pitch
    assert len(large.pages) > len(normal.pages)
    # every paragraph's lines are on one page: a page never starts with a paragraph's second line
    for page in large.pages[1:]:
        first = page.lines[0]
        assert first.kind not in ("paragraph", "runin") or first.x[0] == 2.0


def test_page_number_styles():
    blocks = [Block("paragraph", "正" * 2000)]
    assert {p.label_align for p in lay_out(blocks, LayoutOptions(page_numbers="居中")).pages} == {"center"}
    assert {p.label for p in lay_out(blocks, LayoutOptions(page_numbers="无")).pages} == {""}


@pytest.mark.parametrize("value", [{"fonts": "微软雅黑"}, {"body_size": "大"}, {"line_spacing": 50}])
def test_bad_layout_values_are_named_in_chinese(value):
    from speechwriter.errors import UserError

    with pytest.raises(UserError) as caught:
        LayoutOptions.from_dict(value)
    assert any(o in caught.value.message for o in ("字体方案", "正文字号", "行距"))


def test_a_title_pasted_by_mistake_pages_long_is_still_laid_out_line_by_line():
    """A whole paragraph pasted into the title field: no search over every way to break it (that
    never ended for 330 characters); the lines are filled, none longer than a line, nothing lost."""
    from speechwriter.render.blocks import title_lines

    title = "在全市工作会议上的讲话" * 30
    lines = title_lines(title, 20)
    assert "".join(lines) == title
    assert len(lines) >= len(title) // 20 and max(map(len, lines)) <= 20


def test_titles_of_21_to_40_characters_break_between_words_into_lines_of_at_least_4():
    """Windows of real speech text (the bundled samples) as titles: every break is a jieba word
    boundary, no line is shorter than 4 characters or longer than 20 (a 22 pt line)."""
    import random
    import re
    from pathlib import Path

    from speechwriter.core.tokens import cut
    from speechwriter.render.blocks import title_lines

    samples = Path(__file__).resolve().parents[2] / "resources" / "samples"
    han = re.sub(r"[^\u4e00-\u9fff]", "", "".join(p.read_text(encoding="utf-8") for p in samples.glob("*.txt")))
    rng = random.Random(12)
    for _ in range(300):
        size = rng.randint(21, 40)
        start = rng.randrange(len(han) - size)
        title = han[start:start + size]
        lines = title_lines(title, 20)
        assert "".join(lines) == title and 2 <= len(lines) <= 3
        assert min(map(len, lines)) >= 4 and max(map(len, lines)) <= 20, lines
        bounds, position = set(), 0
        for word in cut(title):
            position += len(word)
            bounds.add(position)
        position = 0
        for line in lines[:-1]:
            position += len(line)
            assert position in bounds, lines
