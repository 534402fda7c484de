"""No module-level name in speechwriter/ is defined and then never used (dead code misleads the
next reader into thinking it matters): every function, class and constant is named somewhere else
too — in the package, its tests, the benches or the packaging."""

from __future__ import annotations

import ast
import re
from collections import Counter
from pathlib import Path

import speechwriter

REPO = Path(speechwriter.__file__).resolve().parent.parent


def _defined(tree: ast.Module) -> list[str]:
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
    return [n for n in names if not n.startswith("__")]


def test_every_module_level_name_is_used_somewhere():
    folders = ("speechwriter", "tests", "bench", "packaging")
    files = [p for folder in folders for p in (REPO / folder).rglob("*") if p.is_file() and p.suffix in (".py", ".spec")]
    texts = {p: p.read_text(encoding="utf-8") for p in files}
    words = Counter(w for text in texts.values() for w in re.findall(r"[A-Za-z_]\w*", text))
    package = REPO / "speechwriter"
    unused = {(str(p.relative_to(package)), name) for p in package.rglob("*.py")
              for name in _defined(ast.parse(texts[p])) if words[name] <= 1}
    assert not unused, sorted(unused)
