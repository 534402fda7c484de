"""Where the bundled data lives: in a source checkout, an installed wheel and a frozen bundle.

The repository keeps `templates/` and `resources/` at its top; the wheel carries them inside the
package as `speechwriter/_data/…` (see pyproject.toml), and so does the PyInstaller bundle
(packaging/speechwriter.spec), under its own folder (`sys._MEIPASS`, `_internal/` beside the
program). Look in the bundle, then the package, so an installed copy never reads a stray checkout.
"""

import sys
from pathlib import Path

from platformdirs import user_data_dir

_PACKAGE = Path(__file__).resolve().parent
APP_NAME = "speechwriter"


def _data_roots() -> list[Path]:
    roots = []
    if getattr(sys, "frozen", False):   # the PyInstaller bundle: its files sit in sys._MEIPASS
        bundle = Path(getattr(sys, "_MEIPASS", Path(sys.executable).resolve().parent))
        roots.append(bundle / "speechwriter" / "_data")
    return roots + [_PACKAGE / "_data", _PACKAGE.parent]


def _data_dir(name: str) -> Path:
    for candidate in (root / name for root in _data_roots()):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"找不到程序自带的 {name} 文件夹，安装可能不完整。")


def templates_dir() -> Path:
    return _data_dir("templates")


def resources_dir() -> Path:
    return _data_dir("resources")


def samples_dir() -> Path:
    return resources_dir() / "samples"


def is_program_data(path: str | Path) -> bool:
    """Whether `path` lies in the program's own templates/resources (read-only once installed; a
    clerk's file written there is lost with the next update)."""
    where = Path(path).resolve()
    return any(where.is_relative_to((root / name).resolve())
               for root in _data_roots() for name in ("templates", "resources"))


def user_dir() -> Path:
    """The clerk's own data (templates, library, recovery files)."""
    return Path(user_data_dir(APP_NAME, appauthor=False))
