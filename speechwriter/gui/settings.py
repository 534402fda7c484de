"""What the window remembers between runs, in one QSettings .ini file.

The file lives in the platform's user config folder (~/.config/speechwriter/gui.ini on Linux,
%LOCALAPPDATA%/speechwriter/gui.ini on Windows), resolved when the window is built, so tests that
point XDG_CONFIG_HOME elsewhere never touch the clerk's real file. Qt's QStandardPaths finds the
folder (it reads the environment on every call) — platformdirs would cost ~5 ms of start-up.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

if TYPE_CHECKING:
    from PySide6.QtCore import QByteArray

from speechwriter import defaults

APP_NAME = "speechwriter"  # the same folder name as speechwriter.paths.APP_NAME

MAX_RECENT = 10


def settings_path() -> Path:
    if os.name == "posix" and sys.platform != "darwin":
        # the XDG rule, as QStandardPaths applies it there (an absolute XDG_CONFIG_HOME, else ~/.config),
        # without naming QStandardPaths, whose two enums PySide would build before the first frame
        base = os.environ.get("XDG_CONFIG_HOME", "")
        return Path(base if os.path.isabs(base) else Path.home() / ".config") / APP_NAME / "gui.ini"
    from PySide6.QtCore import QStandardPaths

    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    return Path(base or Path.home() / ".config") / APP_NAME / "gui.ini"


class Settings:
    """Typed access to the handful of values the GUI keeps."""

    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path else settings_path()
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    # window layout, kept per screen size ("1366x728": see gui.window_layout) -------------------
    @staticmethod
    def _per_screen(key: str, screen: str) -> str:
        return f"{key}@{screen}" if screen else key

    def geometry(self, screen: str = "") -> QByteArray | None:
        value = self._qs.value(self._per_screen("window/geometry", screen))
        if value is None:   # a first start: QByteArray (and its enums) not needed yet
            return None
        from PySide6.QtCore import QByteArray

        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, data: QByteArray, screen: str = "") -> None:
        self._qs.setValue(self._per_screen("window/geometry", screen), data)

    def splitter_sizes(self, name: str, screen: str = "") -> list[int]:
        raw = self._qs.value(self._per_screen(f"splitters/{name}", screen))
        if not raw:
            return []
        if isinstance(raw, str):
            raw = [raw]
        try:
            return [int(v) for v in raw]
        except (TypeError, ValueError):
            return []

    def set_splitter_sizes(self, name: str, sizes: list[int], screen: str = "") -> None:
        self._qs.setValue(self._per_screen(f"splitters/{name}", screen), [int(s) for s in sizes])

    def panel_shown(self, name: str, default: bool = True) -> bool:
        value = self._qs.value(f"panels/{name}", default)
        return value if isinstance(value, bool) else str(value).lower() == "true"

    def set_panel_shown(self, name: str, shown: bool) -> None:
        self._qs.setValue(f"panels/{name}", bool(shown))

    # files -------------------------------------------------------------------------------------
    def last_folder(self) -> str:
        folder = str(self._qs.value("files/last_folder", "") or "")
        return folder if folder and Path(folder).is_dir() else str(Path.home())

    def save_folder(self, near: str | None = None) -> str:
        """Where a save or export box opens: beside the speech's own file, else the last folder used,
        but never in the program's own files (a bundled sample's folder) nor in a folder the clerk
        cannot write to; then the home folder."""
        import os

        from speechwriter.paths import is_program_data

        for folder in (str(Path(near).parent) if near else "", self.last_folder()):
            if folder and os.access(folder, os.W_OK) and not is_program_data(folder):
                return folder
        return str(Path.home())

    def set_last_folder(self, folder: str | Path) -> None:
        self._qs.setValue("files/last_folder", str(folder))

    # 修订作者: the name Word shows on the tracked changes the app writes (the CLI reads the same key,
    # speechwriter/revise/author.py); "" = the OS user's name
    def revision_author(self) -> str:
        return str(self._qs.value("revisions/author", "") or "")

    def set_revision_author(self, name: str) -> None:
        self._qs.setValue("revisions/author", name)
        self._qs.sync()

    def recent_files(self) -> list[str]:
        raw = self._qs.value("files/recent") or []
        if isinstance(raw, str):
            raw = [raw]
        return [p for p in raw if p][:MAX_RECENT]

    def add_recent_file(self, path: str | Path) -> list[str]:
        path = str(Path(path).resolve())
        files = [p for p in self.recent_files() if p != path]
        files.insert(0, path)
        files = files[:MAX_RECENT]
        self._qs.setValue("files/recent", files)
        self.set_last_folder(Path(path).parent)
        return files

    def remove_recent_file(self, path: str | Path) -> None:
        self._qs.setValue("files/recent", [p for p in self.recent_files() if p != str(path)])

    # speech ------------------------------------------------------------------------------------
    def speaking_rate(self) -> int:
        return defaults.valid_rate(self._qs.value("speech/rate", defaults.SPEAKING_RATE))

    def set_speaking_rate(self, rate: int) -> None:
        self._qs.setValue("speech/rate", int(rate))

    # output --------------------------------------------------------------------------------------
    def layout(self) -> dict:
        """The clerk's default 排版设置 (names of render.options.OPTIONS; unknown keys are ignored there)."""
        self._qs.beginGroup("layout")
        try:
            return {key: self._qs.value(key) for key in self._qs.childKeys()}
        finally:
            self._qs.endGroup()

    def default_layout(self) -> dict:
        """The default 排版设置 for a new speech, checked (a damaged entry gives the GB/T 9704 defaults)."""
        from speechwriter.errors import UserError
        from speechwriter.render.options import LayoutOptions

        try:
            return LayoutOptions.from_dict(self.layout()).to_dict()
        except UserError:
            return {}

    def set_layout(self, values: dict) -> None:
        self._qs.remove("layout")
        for key, value in values.items():
            self._qs.setValue(f"layout/{key}", value)

    def reference_template(self, kind: str) -> str:
        """The office's Word template last used for this 文种 ("" when none, or when it is gone)."""
        path = str(self._qs.value(f"reference/{kind}", "") or "")
        return path if path and Path(path).is_file() else ""

    def set_reference_template(self, kind: str, path: str) -> None:
        self._qs.setValue(f"reference/{kind}", path or "")

    # the 素材库 -----------------------------------------------------------------------------------
    def library_location(self) -> str:
        """设置 → 素材库位置: "" for the file on this PC, or the unit's server as a URL without password."""
        from speechwriter.library.secrets import split_password

        value = str(self._qs.value("library/location", "") or "")
        return split_password(value)[0]

    def set_library_location(self, location: str) -> None:
        from speechwriter.library.secrets import split_password

        self._qs.setValue("library/location", split_password(location)[0])   # never a password

    def sync(self) -> None:
        self._qs.sync()
