"""A real (virtual) X display for the screenshot tests: Xvfb at a given screen size, or a skip."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import REPO


@contextlib.contextmanager
def xvfb_display(size: str = "1366x768"):
    """Yields the DISPLAY (":N") of a fresh Xvfb with one screen of `size`; skips without Xvfb."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.skip("Xvfb is not installed (apt-get install xvfb xauth; .ci/run does it)")
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen([xvfb, "-displayfd", str(write_fd), "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
                              pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as reader:
        number = reader.readline().strip()
    try:
        if not number:
            pytest.skip("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def run_session(module: str, args: list[str], display: str, **env) -> subprocess.CompletedProcess:
    """Run a `tests.gui.*_session` module on the display with Qt's xcb platform; skip when xcb cannot load."""
    full_env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", **env)
    result = subprocess.run([sys.executable, "-m", module, *args], cwd=REPO, env=full_env,
                            capture_output=True, text=True, timeout=180)
    if result.returncode != 0 and 'platform plugin "xcb"' in result.stderr:
        pytest.skip("Qt's xcb platform plugin cannot load (libxcb-* packages missing; .ci/run installs them)")
    assert result.returncode == 0, result.stdout + result.stderr
    return result
