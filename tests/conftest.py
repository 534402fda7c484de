import os
import sys
from pathlib import Path

# Qt aborts without a display; every Qt test runs offscreen unless a real display is asked for.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture(autouse=True)
def _stuck_test_ends_the_run():
    """pytest-timeout (pyproject) ends a slow test from Python, which cannot happen while the main
    thread waits inside C holding Python's lock: one full run stalled that way (the stacks showed
    the garbage collector on the window's thread and a preview job waiting). faulthandler's watchdog
    is a C thread: after 15 minutes in one test it prints every thread's stack and ends the run, so
    CI fails with the stacks instead of stalling until its own limit."""
    import faulthandler

    faulthandler.dump_traceback_later(900, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Keep tests away from the real user's data directory, settings and jieba cache."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("APPDATA", str(home / "appdata"))
    monkeypatch.setenv("LOCALAPPDATA", str(home / "localappdata"))


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return REPO / "resources" / "samples"


def run_cli(*args, cwd=None, env=None):
    """Run `python -m speechwriter` as a user would, returning the CompletedProcess."""
    import subprocess

    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "speechwriter", *map(str, args)],
        capture_output=True, text=True, encoding="utf-8", cwd=cwd or REPO, env=full_env, timeout=300,
    )
