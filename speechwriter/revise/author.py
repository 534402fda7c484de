"""Whose name Word shows on the 修订 the app writes: the clerk's setting (窗口 → 修订作者, kept by the
window in its gui.ini as revisions/author), else the OS user's full name, else the login name."""

from __future__ import annotations

import configparser
import getpass
import os
from pathlib import Path

SETTING_SECTION, SETTING_KEY = "revisions", "author"


def settings_file() -> Path:
    """The window's gui.ini (gui/settings.py), found without Qt."""
    if os.name == "nt":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
    else:
        base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "speechwriter" / "gui.ini"


def os_user_name() -> str:
    """The account's display name (Linux: the passwd comment), else the login name."""
    try:
        import pwd

        full = pwd.getpwuid(os.getuid()).pw_gecos.split(",")[0].strip()
        if full:
            return full
    except (ImportError, KeyError, AttributeError):
        pass
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no user name anywhere (a bare container)
        return "作者"


def setting_author() -> str:
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(settings_file(), encoding="utf-8")
        value = parser.get(SETTING_SECTION, SETTING_KEY, fallback="")
    except (configparser.Error, OSError, UnicodeDecodeError):
        return ""
    return value.strip().strip('"').strip()


def revision_author() -> str:
    return setting_author() or os_user_name()
