"""The window's 查找 on a slow or vanished server: the search runs on a worker, the window goes on.

A real throw-away PostgreSQL server; the unit's IT account holds the paragraphs table locked, so a
search waits on the server as it would on an overloaded one.
"""

from __future__ import annotations

import psycopg
import pytest
from PySide6.QtCore import QTimer

from speechwriter.gui.library.library_panel import SearchTab
from speechwriter.library import Library
from tests.library.engines import admin_url


@pytest.fixture
def tab(qtbot, pg_server, pg_database):
    url = pg_server.url(pg_database, "alice")
    search = SearchTab()
    qtbot.addWidget(search)
    with Library(url) as library:
        search.set_library(library)
        yield search
        search.searcher.stop()


def answered(qtbot, tab, words: str) -> None:
    qtbot.waitUntil(lambda: f"“{words}”" in tab.status.text(), timeout=15000)


def test_the_window_stays_usable_while_the_server_is_slow(qtbot, tab):
    with psycopg.connect(admin_url(tab.library.location), autocommit=True) as blocker, blocker.transaction():
        blocker.execute("LOCK TABLE speechwriter.paragraphs IN ACCESS EXCLUSIVE MODE")   # every read waits
        tab.query.setText("妇女儿童")
        tab.search_now()                       # returns at once: the search waits on the worker
        assert tab.status.text() == "正在搜索…"
        ticks: list[int] = []
        timer = QTimer()
        timer.timeout.connect(lambda: ticks.append(1))
        timer.start(10)
        qtbot.waitUntil(lambda: len(ticks) >= 10, timeout=5000)    # the GUI thread goes on with its events
        timer.stop()
        assert tab.status.text() == "正在搜索…" and tab.results.count() == 0
        tab.query.setText("妇联组织")        # the clerk types on: the waiting search is given up
        tab.search_now()
        assert tab.status.text() == "正在搜索…"
    answered(qtbot, tab, "妇联组织")          # the lock is gone: the newest search answers
    hits = [tab.results.payload(i) for i in range(tab.results.count())]
    assert hits and all("妇联" in h.text and "组织" in h.text for h in hits)
    assert "妇女儿童" not in tab.status.text()


def test_a_server_gone_is_said_in_the_panel_and_the_next_search_connects_again(qtbot, tab):
    tab.query.setText("妇女儿童")
    tab.search_now()
    answered(qtbot, tab, "妇女儿童")
    with psycopg.connect(admin_url(tab.library.location), autocommit=True) as admin:
        # the server drops the worker's connection (a restart, a network cut); the panel's own stays
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'alice' "
                      "AND pid <> %s", (tab.library.conn.info.backend_pid,))
    tab.query.setText("妇联组织")
    tab.search_now()
    qtbot.waitUntil(lambda: tab.status.text().startswith("素材库离线："), timeout=15000)
    assert "写作不受影响" in tab.status.text() and tab.results.count() == 0
    tab.search_now()                          # the server is back: a new connection, the answer
    answered(qtbot, tab, "妇联组织")
    assert tab.results.count() > 0
