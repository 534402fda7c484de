"""Icons drawn for this app (resources/icons/*.svg), loaded once by name."""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

from PySide6.QtGui import QIcon

_PACKAGE = Path(__file__).resolve().parent.parent


@lru_cache(maxsize=1)
def icons_dir() -> Path:
    # where speechwriter.paths.resources_dir() looks (wheel first, then the checkout); found here
    # without it because its platformdirs import would delay the first frame by ~5 ms
    for candidate in (_PACKAGE / "_data" / "resources" / "icons", _PACKAGE.parent / "resources" / "icons"):
        if candidate.is_dir():
            return candidate
    return _PACKAGE.parent / "resources" / "icons"


@cache
def icon(name: str) -> QIcon:
    path = icons_dir() / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()
