"""One numbering vocabulary: what the outline writes, the analyser reads back as the same number."""

import pytest

from speechwriter.core.markers import find_marker
from speechwriter.core.numbering_styles import BY_NAME
from speechwriter.outline.create import split_label
from speechwriter.outline.numbering import STYLES, label


@pytest.mark.parametrize("style", [s for s in STYLES if s])
def test_every_written_label_is_read_back(style):
    for n in (1, 2, 3, 9, 10, 11, 20, 21):
        written = label(style, n)
        marker = find_marker(written + "加强组织领导")
        assert marker is not None, written
        # 首先，其次，再次， go on as 第四，第五，…
        expected = "第一，" if style == "首先" and n > 3 else style
        assert (BY_NAME[marker.family].style, marker.number) == (expected, n)
        assert split_label(written + "加强组织领导") == (expected, "加强组织领导")


def test_numbers_beyond_ten_read_the_same_in_analyser_and_outline():
    for text in ("十一、深化改革", "（十二）强化保障", "二十一是抓落实", "第十五，转变作风"):
        assert find_marker(text).number in (11, 12, 21, 15)
        assert split_label(text)[0]


def test_numbers_an_outline_does_not_write_stay_in_the_words():
    assert split_label("①加强领导") == ("", "①加强领导")
    assert split_label("第一部分 工作回顾") == ("", "第一部分 工作回顾")
    assert split_label("两要坚持") == ("", "两要坚持")
