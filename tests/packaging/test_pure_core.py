"""The core packages import no Qt: they run in scripts, the CLI and tests without a display."""

import subprocess
import sys

import pytest

PURE_PACKAGES = ["speechwriter.core", "speechwriter.outline", "speechwriter.render", "speechwriter.library",
                  "speechwriter.cli", "speechwriter.check"]


def _pure_modules():
    import importlib
    import pkgutil

    names = []
    for package in PURE_PACKAGES:
        try:
            module = importlib.import_module(package)
        except ModuleNotFoundError:
            continue
        names.append(package)
        names += [f"{package}.{m.name}" for m in pkgutil.iter_modules(module.__path__)]
    return names


@pytest.mark.parametrize("module", _pure_modules())
def test_module_imports_without_qt(module):
    code = f"import sys, {module}; print('PySide6' in sys.modules or any(m.startswith('PySide6') for m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False", f"{module} pulls in Qt"


def test_the_whole_command_line_runs_without_qt():
    code = ("import sys, runpy; sys.argv = ['speechwriter', 'structures', '--json'];\n"
            "import io, contextlib\n"
            "buf = io.StringIO()\n"
            "with contextlib.redirect_stdout(buf):\n"
            "    from speechwriter.cli import main; main(sys.argv[1:])\n"
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "False"


def test_output_into_a_closed_pipe_is_no_internal_fault():
    from tests.conftest import REPO

    pipe = subprocess.run(f"'{sys.executable}' -m speechwriter structures | head -1", shell=True, cwd=REPO,
                          capture_output=True, text=True, timeout=300)
    assert "内部出错" not in pipe.stderr
    assert pipe.stdout.strip()
