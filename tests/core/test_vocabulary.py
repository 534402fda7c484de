"""The shared words have one home, and it depends on nothing."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import speechwriter

ROOT = Path(speechwriter.__file__).resolve().parent


def test_the_vocabulary_imports_nothing():
    tree = ast.parse((ROOT / "vocabulary.py").read_text(encoding="utf-8"))
    assert not [node for node in ast.walk(tree) if isinstance(node, (ast.Import, ast.ImportFrom))]
    # and loads on its own, without the rest of the package around it
    code = f"import runpy; d = runpy.run_path({str(ROOT / 'vocabulary.py')!r}); print(d['ROLES'])"
    assert "opening" in subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout


def test_the_roles_kinds_and_header_fields_are_declared_only_there():
    """No other module spells out the role list, the 文种 list or the header fields again."""
    copies = ('("opening", "review", "key_points", "closing")', '"领导讲话", "汇报发言", "研讨发言"',
              '("title", "subtitle", "speaker", "date", "salutation")', '("标题", "副标题", "讲话人", "日期", "称呼")',
              '"opening": "开场", "review": "回顾"')
    for path in ROOT.rglob("*.py"):
        if path.name != "vocabulary.py":
            text = path.read_text(encoding="utf-8")
            assert not [c for c in copies if c in text], path
