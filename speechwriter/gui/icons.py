"""Icons drawn for this app (resources/icons/*.svg), loaded once by name."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QIcon

from speechwriter.paths import resources_dir


@lru_cache(maxsize=None)
def icon(name: str) -> QIcon:
    path = resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()
