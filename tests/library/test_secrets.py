"""Passwords stay out of what is saved: the URL is kept without it, and put back only to connect."""

from __future__ import annotations

from speechwriter.library.secrets import check_connection, needs_password, split_password, with_password
from speechwriter.library.store import shown_location


def test_the_password_is_split_off_and_put_back():
    bare, password = split_password("postgresql://张三:p%40ss%3Aw%2Frd@server.local:5433/素材库")
    assert bare == "postgresql://张三@server.local:5433/素材库" and password == "p@ss:w/rd"
    again = with_password(bare, password)
    assert split_password(again) == (bare, password)
    assert "p@ss" not in shown_location(again)


def test_a_url_without_password_stays_as_it_is():
    url = "postgresql://alice@/db?host=/tmp/x"
    assert split_password(url) == (url, None) and with_password(url, None) == url


def test_testing_the_connection_on_a_real_server(pg_server, pg_database):
    assert "连接成功：以 alice 的身份" in check_connection(pg_server.url(pg_database, "alice"))
    import pytest

    from speechwriter.errors import UserError

    with pytest.raises(UserError) as refused:
        check_connection(pg_server.url("没有这个库", "alice"))
    assert "无法连接" in refused.value.message and not needs_password(refused.value.message)
