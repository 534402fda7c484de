import subprocess
import sys


def test_outline_render_and_their_commands_import_no_qt():
    code = ("import sys\n"
            "import speechwriter.outline.model, speechwriter.outline.edit, speechwriter.outline.numbering\n"
            "import speechwriter.outline.count, speechwriter.outline.io, speechwriter.outline.create\n"
            "import speechwriter.render, speechwriter.cli.new, speechwriter.cli.outline, speechwriter.cli.render\n"
            "import speechwriter.cli.templates\n"
            "from speechwriter.cli import main\n"
            "main(['templates'])\n"
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"
