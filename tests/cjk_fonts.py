"""The Chinese fonts clerks' machines have, one at a time, for the font-sensitive tests (PDF text,
layout, screen fits). A child process (the CLI, a window on Xvfb) given `fontconfig_env(font, folder)`
sees only that font's folder: Noto CJK (Debian, 统信UOS, 麒麟 desktops) or WenQuanYi Micro Hei.

A font that is not installed is skipped here, but under CI (CI=true, as .ci/run installs both) it
fails, so the suite never passes by having tried one font only.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
from pathlib import Path

import pytest

# test id → family names that make it up (every face the painter may ask for comes from these)
CJK_FONTS = {"noto": ("Noto Serif CJK SC", "Noto Sans CJK SC"), "wqy": ("WenQuanYi Micro Hei",)}
INSTALL = {"noto": "fonts-noto-cjk", "wqy": "fonts-wqy-microhei"}


@functools.cache
def _installed() -> dict[str, str]:
    """Family → its file, of every installed font (from fc-list)."""
    if not shutil.which("fc-list"):
        return {}
    listing = subprocess.run(["fc-list", ":", "family", "file"], capture_output=True, text=True).stdout
    found: dict[str, str] = {}
    for line in listing.splitlines():
        path, _, families = line.partition(": ")
        for family in families.split(","):
            found.setdefault(family.strip(), path.strip())
    return found


def font_folders(font: str) -> list[str]:
    installed = _installed()
    folders = [str(Path(installed[f]).parent) for f in CJK_FONTS[font] if f in installed]
    if len(folders) < len(CJK_FONTS[font]):
        message = f"{INSTALL[font]} is not installed (apt-get install {INSTALL[font]}; .ci/run does it)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return sorted(set(folders))


def needs_a_cjk_font() -> None:
    """For a test that measures Chinese text as Qt lays it out with the machine's own fonts (the preview's
    28 characters a line): without any CJK font every character is a box of another width, which no
    clerk's machine shows — skipped then, failed under CI."""
    if not any(family in _installed() for families in CJK_FONTS.values() for family in families):
        message = "no Chinese font is installed (apt-get install fonts-noto-cjk; .ci/run does it)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


def fontconfig_env(font: str, folder: Path) -> dict[str, str]:
    """Environment for a child process that sees only `font` (FONTCONFIG_FILE written into `folder`).
    The system's and the user's caches are used, so the big CJK files are not scanned again."""
    dirs = "".join(f"<dir>{d}</dir>" for d in font_folders(font))
    config = folder / f"fonts-{font}.conf"
    config.write_text('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
                      f"<fontconfig>{dirs}<cachedir>/var/cache/fontconfig</cachedir>"
                      '<cachedir prefix="xdg">fontconfig</cachedir></fontconfig>\n', encoding="utf-8")
    return {"FONTCONFIG_FILE": str(config)}


def only_font_in_pdf(pdf: Path, font: str) -> bool:
    """Every font pdffonts lists in `pdf` is one of `font`'s families (the test used the font it meant)."""
    listing = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    names = [row.split()[0] for row in listing.splitlines()[2:] if row.strip()]
    keys = {"noto": "CJK", "wqy": "WenQuanYi"}
    return bool(names) and all(keys[font] in name for name in names)
