"""Entry point of the bundle's two programs (packaging/speechwriter.spec).

`speechwriter` is the command line of ../shared/spec/cli.md (and the window with no sub-command);
`speechwriter-gui` opens the window, and the outline file it is given, if any: the file manager
(desktop entry, Windows "打开方式") starts it with the `.speech.json` the clerk double-clicked. On
Windows it is the program built without a console window.
"""

import os
import sys
from pathlib import Path


def _gui_requested() -> bool:
    return Path(sys.executable).stem.lower().endswith("-gui")


def _xcb_when_wayland() -> None:
    # The bundle carries Qt's xcb platform only: a Wayland session (some 麒麟/UOS editions) that names
    # wayland for Qt is served through XWayland instead of failing to find the plugin.
    if sys.platform.startswith("linux") and os.environ.get("QT_QPA_PLATFORM", "").startswith("wayland"):
        os.environ["QT_QPA_PLATFORM"] = "xcb"


def main() -> int:
    _xcb_when_wayland()
    if _gui_requested():
        from speechwriter.gui.app import run_app

        files = [arg for arg in sys.argv[1:] if not arg.startswith("-")]
        return run_app(sys.argv[:1], open_path=files[0] if files else None)
    from speechwriter.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
