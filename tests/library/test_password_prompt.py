"""A server that wants a password, on a PC without a keyring: the window asks at start, and the
password goes nowhere near the settings file. A real throw-away server; one clerk there must give
a password (scram), the others are trusted as in the other tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from speechwriter.gui.library.library_flows import LibraryFlows
from speechwriter.gui.settings import Settings
from speechwriter.gui.workers import BackgroundTasks

PASSWORD = "p@ss 词:1"


@pytest.fixture
def gina(pg_server, pg_database):
    """A clerk whose login needs a password; her URL without it."""
    hba = pg_server.folder / "data" / "pg_hba.conf"
    rules = hba.read_text()
    if "gina" not in rules:
        hba.write_text("local all gina scram-sha-256\n" + rules)
        pg_server.sql("SET password_encryption = 'scram-sha-256'; "
                      f"CREATE ROLE gina LOGIN PASSWORD '{PASSWORD}' IN ROLE speechwriter_clerk")
        pg_server.sql("SELECT pg_reload_conf()")
    return pg_server.url(pg_database, "gina")


def _starting_without_a_keyring(location, tmp_path, monkeypatch, answer):
    """The window's 素材库 starting on a PC with no system keyring, the clerk typing `answer` when
    asked for the password: (its settings, the flows, the questions asked)."""
    import speechwriter.library.secrets as secrets

    monkeypatch.setattr(secrets, "_keyring", lambda: None)            # no system keyring on this PC
    settings = Settings(tmp_path / "settings.ini")
    settings.set_library_location(location)
    flows = LibraryFlows(prompts=None, settings=settings, tasks=BackgroundTasks())
    asked: list[str] = []

    def ask(question: str) -> str:
        asked.append(question)
        return answer

    flows.ask_password = ask
    flows.start()
    return settings, flows, asked


def test_without_a_keyring_the_password_is_asked_at_start_and_never_saved(qtbot, gina, tmp_path, monkeypatch):
    settings, flows, asked = _starting_without_a_keyring(gina, tmp_path, monkeypatch, answer=PASSWORD)
    qtbot.waitUntil(lambda: flows.library is not None or flows.problem is not None, timeout=60000)
    assert flows.problem is None and flows.library is not None
    assert len(asked) == 1 and "密码" in asked[0]                   # asked once, in Chinese
    assert getattr(flows.library, "user", None) == "gina"
    flows.library.close()
    settings.sync()
    saved = Path(settings.path).read_text(encoding="utf-8")
    assert "gina" in saved and PASSWORD not in saved and "p%40ss" not in saved


def test_a_wrong_password_is_said_and_the_window_goes_on_offline(qtbot, gina, tmp_path, monkeypatch):
    _, flows, asked = _starting_without_a_keyring(gina, tmp_path, monkeypatch, answer="不对的密码")
    qtbot.waitUntil(lambda: flows.problem is not None, timeout=60000)
    assert len(asked) == 1                                         # asked once, not again and again
    assert flows.library is None and "离线" in flows.problem and "用户名或密码不对" in flows.problem
