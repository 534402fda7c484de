"""Every main control on screen at the sizes clerks have: 1024×768, 1366×768 at 150 % and 1920×1080
at 150 %, under a real X server (Xvfb), the window choosing its own first size, under each Chinese
font clerks have (Noto CJK, WenQuanYi: tests/cjk_fonts.py) — what a clerk sees is asserted (whole
controls, whole words), not one font's character count. PNGs of each land in bench/out/screens/ to
look at. Skipped where Xvfb is not installed."""

from __future__ import annotations

import json
import re

import pytest

from tests.cjk_fonts import CJK_FONTS, fontconfig_env
from tests.conftest import REPO
from tests.gui.xserver import run_session, xvfb_display

OUT = REPO / "bench" / "out" / "screens"
SIZES = [("1024x768", "1", "1024x768"), ("1366x768", "1.5", "1366x768-150"), ("1920x1080", "1.5", "1920x1080-150")]


def run_on_screen(size: str, scale: str, tag: str, font: str, folder) -> dict:
    OUT.mkdir(parents=True, exist_ok=True)
    env = fontconfig_env(font, folder)
    with xvfb_display(size) as display:
        result = run_session("tests.gui.screens_session", [str(OUT), tag], display, QT_SCALE_FACTOR=scale, **env)
    return json.loads(result.stdout.strip().splitlines()[-1])


_LEAD = re.compile(r"(〔[^〕]*〕)?[（(]?([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．])?[（(]?")


def first_words_shown(text: str, shown: str) -> bool:
    """The tree row shows its heading's first two words whole (after 〔开场〕 or 一、) — or, when they
    are long ones (思想道德建设), its first word and six characters — the rest elided."""
    from speechwriter.core.tokens import cut

    if shown == text:
        return True
    visible = shown.rstrip("…")
    start = len(_LEAD.match(text).group())
    ends, end = [], start
    for word in cut(text[start:]):
        end += len(word)
        if re.search(r"\w", word):
            ends.append(end)
        if len(ends) == 2:
            break
    needed = min(ends[-1], max(ends[0], start + 6))
    return text.startswith(visible) and len(visible) >= needed


def wholly_shown(report: dict, name: str) -> bool:
    place = report[name]
    return place["found"] and place["visible"] and place["inside"] and place["whole"]


@pytest.mark.parametrize("font", list(CJK_FONTS))
@pytest.mark.parametrize(("size", "scale", "tag"), SIZES, ids=[tag for _s, _f, tag in SIZES])
def test_every_main_control_is_on_screen(size, scale, tag, font, tmp_path):
    tag = f"{tag}-{font}"
    report = run_on_screen(size, scale, tag, font, tmp_path)
    assert report["fits"], (report["window"], report["screen"])          # the first window fits the screen
    for name in ("export", "status_bar", "heading_box", "body_box", "tree", "library_insert", "date_box"):
        assert wholly_shown(report, name), (name, report[name])
    if report["preview_folded"]:     # no room for it beside the 素材库: the length is in the status bar
        assert wholly_shown(report, "status_length") and "秒" in report["status_length_text"]
    else:
        assert wholly_shown(report, "count_line"), report["count_line"]
        assert "秒" in report["count_text"] and "目标 15 分钟" in report["count_text"]
    assert report["date_text_fits"]                                        # 2026年3月15日, not 6年3月15日
    assert wholly_shown(report, "calendar") and report["calendar"]["room"]   # 日历, its arrow not over 历
    headings = report["tree_headings"]                                     # a heading's first words, whole
    assert len(headings) >= 5 and [h for h in headings if not first_words_shown(h["text"], h["shown"])] == []
    assert len({h["shown"] for h in headings}) == len(headings)            # and the rows are told apart
    # with the 素材库 open, what the clerk works with is whole: the heading being edited, lines of
    # text long enough to write in, every tab, the panel's choices and buttons with their words
    assert report["heading_text_whole"]
    assert report["body_line_chars"] >= 20
    assert report["library_tabs_whole"]
    for name, shown in {**report["library_search_controls"], **report["library_speech_buttons"]}.items():
        assert shown["found"] and shown["visible"] and shown["inside"] and shown["whole"], (name, shown)
        assert shown["text_whole"], (name, shown)
    # the 素材库 closed again: a preview folded to make room for it comes back, with its count line
    without = report["without_library"]
    if report["preview_folded"]:
        assert not without["preview_folded"] and wholly_shown(without, "count_line"), without
        assert not without["status_length_shown"]
    assert without["title_text_whole"], without     # and the 基本信息's 标题 box shows the whole title
    first_card = report["cards"][0]
    x, _y, width, _h = first_card["rect"]
    assert x + width <= report["window"][2]                                # cards reflow, never off to the right
    assert report["reading_fits"] and wholly_shown(report, "reading_save")  # 校正识别 fits too
    for image in ("start", "editor", "fields", "reading"):
        assert (OUT / f"{tag}-{image}.png").is_file()
