"""Every main control on screen at the sizes clerks have: 1024×768, 1366×768 at 150 % and 1920×1080
at 150 %, under a real X server (Xvfb), the window choosing its own first size. PNGs of each land in
bench/out/screens/ to look at. Skipped where Xvfb is not installed."""

from __future__ import annotations

import json

import pytest

from tests.conftest import REPO
from tests.gui.xserver import run_session, xvfb_display

OUT = REPO / "bench" / "out" / "screens"
SIZES = [("1024x768", "1", "1024x768"), ("1366x768", "1.5", "1366x768-150"), ("1920x1080", "1.5", "1920x1080-150")]


def run_on_screen(size: str, scale: str, tag: str) -> dict:
    OUT.mkdir(parents=True, exist_ok=True)
    with xvfb_display(size) as display:
        result = run_session("tests.gui.screens_session", [str(OUT), tag], display, QT_SCALE_FACTOR=scale)
    return json.loads(result.stdout.strip().splitlines()[-1])


def wholly_shown(report: dict, name: str) -> bool:
    place = report[name]
    return place["found"] and place["visible"] and place["inside"] and place["whole"]


@pytest.mark.parametrize(("size", "scale", "tag"), SIZES, ids=[tag for _s, _f, tag in SIZES])
def test_every_main_control_is_on_screen(size, scale, tag):
    report = run_on_screen(size, scale, tag)
    assert report["fits"], (report["window"], report["screen"])          # the first window fits the screen
    for name in ("export", "count_line", "status_bar", "heading_box", "body_box", "tree", "library_insert",
                 "date_box"):
        assert wholly_shown(report, name), (name, report[name])
    assert "秒" in report["count_text"] and "目标 15 分钟" in report["count_text"]
    assert report["date_text_fits"]                                        # 2026年3月15日, not 6年3月15日
    assert report["tree_heading_chars"] >= 8, report["tree_heading_chars"]  # a heading's first words
    first_card = report["cards"][0]
    x, _y, width, _h = first_card["rect"]
    assert x + width <= report["window"][2]                                # cards reflow, never off to the right
    assert report["reading_fits"] and wholly_shown(report, "reading_save")  # 校正识别 fits too
    for image in ("start", "editor", "fields", "reading"):
        assert (OUT / f"{tag}-{image}.png").is_file()
