"""Passwords for the library on the unit's server: never written into the settings file.

Where the system has a keyring (Windows Credential Manager, macOS Keychain, the Secret Service on
Linux — through the `keyring` package, when installed) the password is kept there; elsewhere the
window asks for it once per start and keeps it in memory only. A libpq password file (.pgpass,
%APPDATA%\\postgresql\\pgpass.conf on Windows) or service file set up by the unit's IT works as
well: then the URL carries no password and nothing is asked.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, unquote, urlsplit, urlunsplit

SERVICE = "speechwriter-library"


def split_password(url: str) -> tuple[str, str | None]:
    """(the URL without its password, the password or None)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url, None
    user = parts.username or ""
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit(parts._replace(netloc=f"{user}@{host}")), unquote(parts.password)


def with_password(url: str, password: str | None) -> str:
    if not password:
        return url
    parts = urlsplit(split_password(url)[0])
    user, host = parts.netloc.rsplit("@", 1) if "@" in parts.netloc else ("", parts.netloc)
    return urlunsplit(parts._replace(netloc=f"{user}:{quote(password, safe='')}@{host}"))


def _keyring() -> Any:
    try:
        import keyring  # type: ignore[import-not-found]  # optional: the system keyring where installed
    except ImportError:
        return None
    return keyring


def has_keyring() -> bool:
    return _keyring() is not None


def saved_password(url: str) -> str | None:
    ring = _keyring()
    if ring is None:
        return None
    try:
        return ring.get_password(SERVICE, split_password(url)[0])
    except Exception:  # noqa: BLE001 - a locked or broken keyring: the window asks instead
        return None


def save_password(url: str, password: str) -> bool:
    """Keep the password in the system keyring; False where there is none (ask at each start)."""
    ring = _keyring()
    if ring is None:
        return False
    try:
        ring.set_password(SERVICE, split_password(url)[0], password)
    except Exception:  # noqa: BLE001
        return False
    return True


def needs_password(message: str) -> bool:
    """Whether a connection failed for want of (the right) password (our Chinese message of it)."""
    return "用户名或密码不对" in message or "没有给出密码" in message


def check_connection(url: str) -> str:
    """测试连接: a Chinese sentence saying whether the library on the server can be used (UserError if not)."""
    from speechwriter.library.store import Library

    with Library(url) as library:
        counts = library.counts()
        user = getattr(library, "user", "")
    return f"连接成功：以 {user} 的身份，素材库里有 {counts['speeches']} 篇讲稿。"
