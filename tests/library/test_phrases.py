"""What the editor gets from the library: phrasing for a section, structures naming their sources."""

from __future__ import annotations

import subprocess
import sys

from speechwriter.library import import_paths, library_structures, suggest_phrases
from tests.conftest import REPO
from tests.library.conftest import SPEECH
from tests.library.engines import both_library, both_seeded  # noqa: F401 - every test here runs on both engines


def _two_speeches(tmp_path):
    first = tmp_path / "安全生产.txt"
    first.write_text(SPEECH, encoding="utf-8")
    second = tmp_path / "防汛.txt"
    second.write_text(SPEECH.replace("安全生产工作会议", "防汛抗旱工作会议").replace("危险化学品", "山洪灾害"),
                      encoding="utf-8")
    return first, second


def test_openings_turn_names_into_fields_and_the_commonest_comes_first(library, tmp_path):
    first, second = _two_speeches(tmp_path)
    import_paths(library, [first, second])
    phrases = suggest_phrases(library, "opening", kind="领导讲话")
    top = phrases[0]
    # two meetings of other names, one phrase: the name became the outline's field
    assert top.text == "今天，我们召开{{ 会议名称 }}，主要任务是总结去年全县安全生产工作，部署今年重点任务。"
    assert top.fields == ["会议名称"] and top.count == 2
    assert sorted(top.sources) == sorted([str(first.resolve()), str(second.resolve())])
    assert any("resources/samples/" in s for p in phrases for s in p.sources)  # the samples' too


def test_key_points_get_the_transition_and_closing_the_closing(library, tmp_path):
    import_paths(library, _two_speeches(tmp_path))
    assert "下面，我讲三点意见。" in [p.text for p in suggest_phrases(library, "key_points")]
    assert "下面，我讲三点意见。" in [p.text for p in suggest_phrases(library, "review")]
    closings = [p.text for p in suggest_phrases(library, "closing", limit=50)]
    assert "同志们，安全生产责任重于泰山。" in closings
    assert "发言完毕，不当之处，请各位领导和同志们批评指正，谢谢。" in closings  # from a bundled sample


def test_structures_are_learned_from_the_whole_library(library, tmp_path):
    first, second = _two_speeches(tmp_path)
    before = library_structures(library)
    assert all(s.sources for s in before)
    import_paths(library, [first, second])
    after = library_structures(library)
    own = [s for s in after if str(first.resolve()) in s.sources]
    assert len(own) == 1 and str(second.resolve()) in own[0].sources
    assert own[0].kind == "领导讲话" and own[0].skeleton[0] == "opening" and own[0].skeleton[-1] == "closing"
    opening = "今天，我们召开{{ 会议名称 }}，主要任务是总结去年全县安全生产工作，部署今年重点任务。"
    assert opening in own[0].phrases["opening"]
    bundled_sources = {s for st in after for s in st.sources if s.startswith("resources/samples/")}
    assert len(bundled_sources) == 5


def test_the_library_runs_without_qt(tmp_path):
    code = ("import sys\n"
            "from speechwriter.library import open_library, search, suggest_phrases, library_structures\n"
            f"lib = open_library({str(tmp_path / 'lib.sqlite3')!r})\n"
            "search(lib, '妇女儿童'); suggest_phrases(lib, 'opening'); library_structures(lib)\n"
            "import speechwriter.cli.library\n"
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "False"
