"""The real window on a real (virtual) X display at 1366×768: PNGs to look at, and a CJK UI font.

The PNGs land in bench/out/screenshots/ (not committed). Skipped where Xvfb is not installed.
"""

from __future__ import annotations

from tests.conftest import REPO
from tests.gui.xserver import run_session, xvfb_display

OUT = REPO / "bench" / "out" / "screenshots"


def test_screenshots_of_start_page_and_editor():
    from PySide6.QtGui import QImage

    OUT.mkdir(parents=True, exist_ok=True)
    with xvfb_display("1366x768") as display:
        result = run_session("tests.gui.shots_session", [str(OUT)], display)
    report = result.stdout.strip().splitlines()[-1]
    assert "cjk=1" in report, f"no Chinese UI font: {report}"
    for name in ("start_page.png", "editor.png", "editor_fields.png", "library_search.png", "library_phrases.png",
                 "library_speeches.png"):
        image = QImage(str(OUT / name))
        assert not image.isNull(), name
        assert (image.width(), image.height()) == (1366, 768), (name, image.width(), image.height())
        # not a blank grab: many distinct colours (text, icons, cards)
        colours = {image.pixel(x, y) for x in range(0, 1366, 7) for y in range(0, 768, 7)}
        assert len(colours) > 20, name
