"""The layers below the window import no Qt: every module of core, outline, render, library, check
and cli (and the top-level ones) loads, and a CLI command runs, with PySide6 never imported."""

import subprocess
import sys

NO_QT = ("core", "outline", "render", "library", "check", "cli")


def test_every_module_below_the_window_imports_no_qt():
    code = ("import importlib, pkgutil, sys\n"
            "import speechwriter\n"
            f"for name in {NO_QT!r}:\n"
            "    package = importlib.import_module('speechwriter.' + name)\n"
            "    for module in pkgutil.iter_modules(package.__path__, package.__name__ + '.'):\n"
            "        importlib.import_module(module.name)\n"
            "for module in pkgutil.iter_modules(speechwriter.__path__, 'speechwriter.'):\n"
            "    if not module.ispkg and module.name != 'speechwriter.__main__':\n"
            "        importlib.import_module(module.name)\n"
            "from speechwriter.cli import main\n"
            "main(['templates'])\n"
            "loaded = [m for m in sys.modules if m.startswith('speechwriter.')]\n"
            "print(len(loaded), sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8")
    assert result.returncode == 0, result.stderr
    count, qt = result.stdout.strip().splitlines()[-1].split(" ", 1)
    assert qt == "[]"
    assert int(count) > 100   # the walk really loaded the packages (core alone has 30 modules)
