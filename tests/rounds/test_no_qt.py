import subprocess
import sys


def test_rounds_compare_and_merge_import_no_qt(outline_file, tmp_path):
    """The logic of revision rounds is the command line's too: no Qt until a PDF is asked for."""
    code = ("import sys\n"
            "import speechwriter.outline.rounds, speechwriter.revise.diff, speechwriter.revise.sources\n"
            "import speechwriter.revise.docx_in, speechwriter.revise.docx_out, speechwriter.revise.merge\n"
            "import speechwriter.revise.report, speechwriter.revise.author\n"
            "from speechwriter.cli import main\n"
            f"assert main(['versions', {str(outline_file)!r}, '--save', '初稿']) == 0\n"
            f"assert main(['compare', {str(outline_file) + '@1'!r}, {str(outline_file)!r}, '-o', "
            f"{str(tmp_path / 'x.docx')!r}]) == 0\n"
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"
