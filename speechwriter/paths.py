"""Where the bundled data lives, in a source checkout and in an installed wheel.

The repository keeps `templates/` and `resources/` at its top; the wheel carries them inside the
package as `speechwriter/_data/…` (see pyproject.toml). Look in the package first so an installed
copy never reads a stray checkout.
"""

from pathlib import Path

from platformdirs import user_data_dir

_PACKAGE = Path(__file__).resolve().parent
APP_NAME = "speechwriter"


def _data_dir(name: str) -> Path:
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"找不到程序自带的 {name} 文件夹，安装可能不完整。")


def templates_dir() -> Path:
    return _data_dir("templates")


def resources_dir() -> Path:
    return _data_dir("resources")


def samples_dir() -> Path:
    return resources_dir() / "samples"


def user_dir() -> Path:
    """The clerk's own data (templates, library, recovery files)."""
    return Path(user_data_dir(APP_NAME, appauthor=False))
