"""拼音 typed with fcitx 5 — the input method of 统信UOS and 麒麟 desktops, which announce it with
QT_IM_MODULE=fcitx — arrives in the editor as 汉字, although the Qt the app brings carries no fcitx
plugin (gui/input_method.py). Under a real X server (Xvfb), a real fcitx 5 with its 拼音 engine and
keys typed by xdotool; skipped where those are not installed (.ci/run installs them)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time

import pytest

from speechwriter.gui.input_method import choose_input_method
from tests.conftest import REPO
from tests.gui.xserver import xvfb_display

PROFILE = """[Groups/0]
Name=Default
Default Layout=us
DefaultIM=pinyin

[Groups/0/Items/0]
Name=keyboard-us
Layout=

[Groups/0/Items/1]
Name=pinyin
Layout=

[GroupOrder]
0=Default
"""


def test_fcitx_asked_for_and_not_carried_goes_through_its_ibus_portal():
    carried = {"ibus", "compose"}   # what PySide6's wheels and the bundle bring
    expected = {"QT_IM_MODULE": "ibus", "IBUS_USE_PORTAL": "1"}
    assert choose_input_method({"QT_IM_MODULE": "fcitx"}, carried) == expected
    assert choose_input_method({"QT_IM_MODULE": "fcitx5"}, carried) == expected
    assert choose_input_method({"XMODIFIERS": "@im=fcitx"}, carried) == expected
    # what works already is left alone: ibus itself, a carried fcitx plugin, no input method asked for
    assert choose_input_method({"QT_IM_MODULE": "ibus"}, carried) == {}
    assert choose_input_method({"QT_IM_MODULE": "fcitx"}, carried | {"fcitx5"}) == {}
    assert choose_input_method({}, carried) == {}
    assert choose_input_method({"QT_IM_MODULE": "fcitx"}, {"compose"}) == {}


def _tools() -> dict[str, str]:
    names = ("fcitx5", "fcitx5-remote", "dbus-launch", "xdotool")
    found = {name: shutil.which(name) for name in names}
    missing = [name for name, path in found.items() if path is None]
    if missing:
        pytest.skip(f"{', '.join(missing)} not installed (apt-get install fcitx5 fcitx5-chinese-addons xdotool "
                    "dbus-x11; .ci/run does it)")
    return {name: str(path) for name, path in found.items()}


def test_pinyin_typed_with_fcitx_arrives_in_the_text_box_as_chinese(tmp_path):
    tools = _tools()
    home = tmp_path / "home"
    (home / ".config" / "fcitx5").mkdir(parents=True)
    (home / ".config" / "fcitx5" / "profile").write_text(PROFILE, encoding="utf-8")
    with xvfb_display("1024x768") as display:
        env = dict(os.environ, DISPLAY=display, HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
                   QT_QPA_PLATFORM="xcb", QT_IM_MODULE="fcitx", XMODIFIERS="@im=fcitx")
        env.pop("IBUS_USE_PORTAL", None)
        env.pop("SPEECHWRITER_KEEP_IM", None)
        bus = subprocess.run([tools["dbus-launch"], "--sh-syntax"], env=env, capture_output=True, text=True,
                             check=True).stdout
        for line in bus.splitlines():   # DBUS_SESSION_BUS_ADDRESS='…'; … DBUS_SESSION_BUS_PID=…;
            key, _, value = line.partition("=")
            if key in ("DBUS_SESSION_BUS_ADDRESS", "DBUS_SESSION_BUS_PID"):
                env[key] = value.rstrip(";").strip("'")
        fcitx = subprocess.Popen([tools["fcitx5"], "--disable=wayland"], env=env,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        session = None
        try:
            for _ in range(100):   # until fcitx answers on the bus
                if subprocess.run([tools["fcitx5-remote"]], env=env, capture_output=True).returncode == 0:
                    break
                time.sleep(0.1)
            session = subprocess.Popen([sys.executable, "-m", "tests.gui.ime_session"], cwd=REPO, env=env,
                                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            assert session.stdout is not None
            word, _, window = session.stdout.readline().strip().partition(" ")
            assert word == "READY"
            time.sleep(0.5)
            # no window manager on Xvfb: the keyboard is given to the window by hand (on a busy machine
            # the server may not have mapped it yet, and refuses — so asked again), then 拼音 is typed
            refused = ""
            for _ in range(40):
                try:
                    focus = subprocess.run([tools["xdotool"], "windowfocus", "--sync", window], env=env,
                                           capture_output=True, text=True, timeout=10)
                except subprocess.TimeoutExpired:
                    refused = "xdotool windowfocus: no focus change within 10 s"
                    continue
                if focus.returncode == 0:
                    refused = ""
                    break
                refused = focus.stderr
                time.sleep(0.25)
            assert not refused, refused
            time.sleep(0.5)
            for keys in (["key", "ctrl+space"], ["type", "--delay", "120", "nihao"], ["key", "space"]):
                subprocess.run([tools["xdotool"], *keys], env=env, check=True)
                time.sleep(0.5)
            out, err = session.communicate(timeout=60)
        finally:
            if session is not None and session.poll() is None:
                session.kill()
            fcitx.terminate()
            fcitx.wait(timeout=10)
            if env.get("DBUS_SESSION_BUS_PID"):
                subprocess.run(["kill", env["DBUS_SESSION_BUS_PID"]], check=False)
    report = json.loads(out.strip().splitlines()[-1])
    assert report["im_module"] == "ibus", err
    assert report["text"] == "你好", (report, err[-2000:])
