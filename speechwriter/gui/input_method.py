"""Chinese input (拼音/五笔) with the input method the clerk's desktop runs.

Qt loads an input method's plugin only if it was built for the very Qt version it runs in, so the
distribution's fcitx plugin (built for the system's Qt) is refused by the Qt the app brings with it
(PySide6's wheels and the offline bundle carry the ibus plugin only). 统信UOS and 麒麟 desktops run
fcitx and say so with QT_IM_MODULE=fcitx; the app would then start with no input method at all and
the clerk could not type Chinese.

fcitx 5 also answers the IBus protocol through its portal frontend, which Qt's ibus plugin uses when
IBUS_USE_PORTAL is set: so where fcitx is asked for and no fcitx plugin is carried, the app asks for
ibus over the portal instead. Where the clerk's fcitx cannot answer it (fcitx 4 has no such
frontend) nothing is lost: Qt starts without an input method, as it would have anyway.

Must run before the QApplication is made (Qt reads these variables once, at start).
"""

from __future__ import annotations

import os
from collections.abc import MutableMapping
from pathlib import Path

FCITX_NAMES = ("fcitx", "fcitx5")


def carried_input_methods() -> set[str]:
    """The input-method plugins this Qt can load ("ibus", "compose", "fcitx5" …)."""
    from PySide6.QtCore import QCoreApplication, QLibraryInfo

    # where Qt will look: QT_PLUGIN_PATH (the offline bundle sets it) and Qt's own plugin folder
    folders = [*QCoreApplication.libraryPaths(), QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)]
    names = set()
    for folder in folders:
        try:   # a plain listing: a glob pattern would compile a regular expression before the first frame
            found = os.listdir(Path(folder) / "platforminputcontexts")
        except OSError:
            continue
        for name in found:
            if "platforminputcontextplugin" in name:
                names.add(name.removeprefix("lib").split("platforminputcontextplugin")[0])
    return names


def asked_for(environ: MutableMapping[str, str]) -> str:
    """The input method the desktop asks Qt for: QT_IM_MODULE, else what XMODIFIERS names."""
    module = environ.get("QT_IM_MODULE", "").strip().lower()
    if module:
        return module
    modifiers = environ.get("XMODIFIERS", "").lower()   # "@im=fcitx": the X way of saying it
    return "fcitx" if "@im=fcitx" in modifiers else ""


def choose_input_method(environ: MutableMapping[str, str], carried: set[str]) -> dict[str, str]:
    """The variables to set so the clerk's input method reaches the app ({} when nothing need change)."""
    wanted = asked_for(environ)
    if wanted not in FCITX_NAMES or any(name.startswith("fcitx") for name in carried) or "ibus" not in carried:
        return {}
    return {"QT_IM_MODULE": "ibus", "IBUS_USE_PORTAL": "1"}


def reach_the_desktop_input_method(environ: MutableMapping[str, str] | None = None) -> dict[str, str]:
    """Apply `choose_input_method` to the process environment; returns what was set."""
    environ = os.environ if environ is None else environ
    if os.name == "nt" or environ.get("SPEECHWRITER_KEEP_IM"):   # Windows IMEs need no plugin; opt-out
        return {}
    if asked_for(environ) not in FCITX_NAMES:   # nothing to change: Qt's plugin folders need not be read
        return {}
    changes = choose_input_method(environ, carried_input_methods())
    environ.update(changes)
    return changes
