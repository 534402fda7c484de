"""Every main control on screen at the sizes clerks have: 1024×768, 1366×768 at 150 % and 1920×1080
at 150 %, under a real X server (Xvfb), the window choosing its own first size. PNGs of each land in
bench/out/screens/ to look at. Skipped where Xvfb is not installed."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import REPO

OUT = REPO / "bench" / "out" / "screens"
SIZES = [("1024x768", "1", "1024x768"), ("1366x768", "1.5", "1366x768-150"), ("1920x1080", "1.5", "1920x1080-150")]


def run_on_screen(size: str, scale: str, tag: str, tmp_path) -> dict:
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.skip("Xvfb is not installed (apt-get install xvfb xauth; .ci/run does it)")
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen([xvfb, "-displayfd", str(write_fd), "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
                              pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as reader:
        number = reader.readline().strip()
    try:
        if not number:
            pytest.skip("Xvfb did not start")
        OUT.mkdir(parents=True, exist_ok=True)
        env = dict(os.environ, DISPLAY=f":{number}", QT_QPA_PLATFORM="xcb", QT_SCALE_FACTOR=scale)
        result = subprocess.run([sys.executable, "-m", "tests.gui.screens_session", str(OUT), tag], cwd=REPO,
                                env=env, capture_output=True, text=True, timeout=180)
    finally:
        server.terminate()
        server.wait(timeout=10)
    if result.returncode != 0 and 'platform plugin "xcb"' in result.stderr:
        pytest.skip("Qt's xcb platform plugin cannot load (libxcb-* packages missing; .ci/run installs them)")
    assert result.returncode == 0, result.stdout + result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def wholly_shown(report: dict, name: str) -> bool:
    place = report[name]
    return place["found"] and place["visible"] and place["inside"] and place["whole"]


@pytest.mark.parametrize(("size", "scale", "tag"), SIZES, ids=[tag for _s, _f, tag in SIZES])
def test_every_main_control_is_on_screen(size, scale, tag, tmp_path):
    report = run_on_screen(size, scale, tag, tmp_path)
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
    for image in ("start", "editor", "fields"):
        assert (OUT / f"{tag}-{image}.png").is_file()
