"""Both engines for the library tests: a SQLite file, and a real throw-away PostgreSQL server.

The server is made once per test session with initdb in a temporary folder and listens only on
a unix socket there (run as the unprivileged `postgres` user when the tests run as root). The
schema is set up by `library init` as the superuser (the unit's IT); every test then works as the
clerk `alice` (row-level security applies), on its own database copied from a seeded template.

A test module runs on both engines by importing the fixtures:
    from tests.library.engines import both_library, both_seeded  # noqa: F401
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from speechwriter.library import open_library
from speechwriter.library.pg_schema import initialise

CLERKS = ("alice", "bob", "carol", "dave", "erin", "frank")
_numbers = itertools.count()


def pg_bin(name: str) -> str | None:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), key=lambda p: int(p.split("/")[4]))
    return found[-1] if found else shutil.which(name)


class Server:
    """One PostgreSQL cluster on a unix socket in `folder`; superuser `postgres`, trust authentication."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.as_root = os.geteuid() == 0

    def url(self, database: str, user: str = "postgres") -> str:
        return f"postgresql://{user}@/{database}?host={self.folder}"

    def run(self, *command: str, **kwargs) -> subprocess.CompletedProcess:
        prefix = ["runuser", "-u", "postgres", "--"] if self.as_root else []
        return subprocess.run([*prefix, *command], check=True, capture_output=True, text=True, timeout=120, **kwargs)

    def sql(self, statement: str, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(self.url(database), autocommit=True) as conn:
            conn.execute(statement)

    def new_database(self, template: str | None = None) -> str:
        name = f"lib{os.getpid()}_{next(_numbers)}"
        self.sql(f"CREATE DATABASE {name}" + (f" TEMPLATE {template}" if template else ""))
        return name


@contextlib.contextmanager
def throwaway_server(max_connections: int = 60, memory: str | None = None):
    """A new PostgreSQL cluster for as long as the block runs (tests, bench/library.py); its Server.
    `memory`: its shared_buffers (None: the server's default, 128MB)."""
    initdb, pg_ctl = pg_bin("initdb"), pg_bin("pg_ctl")
    if not initdb or not pg_ctl:
        raise RuntimeError("PostgreSQL is not installed (Debian package postgresql): a real server is needed")
    folder = Path(tempfile.mkdtemp(prefix="swpg"))
    server = Server(folder)
    if server.as_root:
        shutil.chown(folder, "postgres", "postgres")
    data = folder / "data"
    server.run(initdb, "-D", str(data), "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C")
    options = (f"-k {folder} -c listen_addresses='' -c fsync=off -c synchronous_commit=off "
               f"-c full_page_writes=off -c max_connections={max_connections}"
               + (f" -c shared_buffers={memory}" if memory else ""))
    server.run(pg_ctl, "-D", str(data), "-o", options, "-l", str(folder / "server.log"), "-w", "start")
    try:
        for clerk in CLERKS:
            server.sql(f"CREATE ROLE {clerk} LOGIN")
        yield server
    finally:
        subprocess.run((["runuser", "-u", "postgres", "--"] if server.as_root else []) +
                       [pg_ctl, "-D", str(data), "-m", "immediate", "stop"], capture_output=True, timeout=60)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server():
    try:
        with throwaway_server() as server:
            yield server
    except RuntimeError as err:
        pytest.fail(str(err))


_template: list[str] = []


@pytest.fixture
def pg_database(pg_server):
    """A fresh database for one test, copied from a template set up by IT (`library init`) that holds
    the bundled samples, imported by alice (made in the first test, so jieba's cache sits in the
    isolated folders); its name."""
    if not _template:
        name = pg_server.new_database()
        initialise(pg_server.url(name))
        for clerk in CLERKS:
            pg_server.sql(f"GRANT speechwriter_clerk TO {clerk}")
        open_library(pg_server.url(name, "alice")).close()
        _template.append(name)
    return pg_server.new_database(template=_template[0])


@pytest.fixture(params=["sqlite", "postgres"], name="seeded_file")
def both_seeded(request, tmp_path_factory):
    """Location of a fresh library holding the bundled samples: a SQLite file, or a server URL (as alice)."""
    if request.param == "sqlite":
        from tests.library.conftest import seeded_copy

        return seeded_copy(tmp_path_factory)
    server = request.getfixturevalue("pg_server")
    return server.url(request.getfixturevalue("pg_database"), "alice")


@pytest.fixture(name="library")
def both_library(seeded_file):
    from speechwriter.library import Library

    with Library(seeded_file) as lib:
        yield lib


def admin_url(url: str) -> str:
    """The same server database as the unit's IT account (the superuser that ran `library init`)."""
    return url.replace("://alice@", "://postgres@")


def as_clerk(url: str, clerk: str) -> str:
    return url.replace("://alice@", f"://{clerk}@")
