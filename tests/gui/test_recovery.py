"""Nothing lost: a crash after edits is offered back at the next start; closing with changes asks."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from tests.conftest import REPO
from tests.gui.conftest import numbered

CRASHING_SESSION = textwrap.dedent("""
    import os
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from speechwriter.gui.app import create_application, create_main_window
    from speechwriter.outline.tree import Section

    app = create_application([])
    window = create_main_window()
    window.show()
    window.start_background_work()
    from speechwriter.core.learn import bundled_structures
    structure = next(s for s in bundled_structures() if s.skeleton.count("key_points") >= 3)
    window.files.new_from_structure(structure)
    window.doc.set_field("会议名称", "全市防汛工作会议")
    window.doc.add_section((), len(window.doc.outline.sections) - 1, Section("key_points", heading="守住安全底线"))
    assert window.autosaver.write_now()        # what the one-minute timer and focus loss do
    os._exit(3)                          # the crash: no closeEvent, no clean-up
""")


def crash_a_session():
    result = subprocess.run([sys.executable, "-c", CRASHING_SESSION], cwd=REPO, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 3, result.stderr


def test_after_a_crash_the_next_start_offers_and_restores_the_edits(make_window, prompts):
    crash_a_session()
    prompts.yes_no.append(True)
    window = make_window()
    question, detail = prompts.questions[0]
    assert "没有正常关闭" in question and "未保存的新讲稿" in detail
    assert window.pages.currentWidget() is window.editor
    assert window.doc.outline.field("会议名称") == "全市防汛工作会议"
    assert any(h.endswith("守住安全底线") for h in numbered(window))
    assert window.isWindowModified()          # restored work is not saved yet


def test_declined_recovery_asks_before_deleting_and_keeps_the_copy_when_told(make_window, prompts):
    crash_a_session()
    prompts.yes_no.extend([False, False])      # not now, and do not delete it
    first = make_window()
    question, detail = prompts.questions[0]
    assert "共 " in detail and " 字" in detail and "要点：" in detail     # what it would restore
    assert "删除" in prompts.questions[1][0]
    assert first.pages.currentWidget() is first.start_page
    first.close()
    prompts.yes_no.extend([False, True])       # kept: offered again; now deleted
    make_window()
    assert len(prompts.questions) == 4 and "没有正常关闭" in prompts.questions[2][0]
    make_window()
    assert len(prompts.questions) == 4           # deleted: never offered again


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_the_window(drafting_window, prompts, tmp_path):
    window = drafting_window
    window.doc.set_field("会议名称", "全市防汛工作会议")
    prompts.save_changes.append("cancel")
    assert not window.close()
    assert window.isVisible()
    prompts.save_changes.append("save")
    prompts.save_paths.append(str(tmp_path / "防汛"))
    assert window.close()
    assert (tmp_path / "防汛.speech.json").is_file()


def test_a_clean_exit_leaves_no_recovery_file(drafting_window, make_window, prompts):
    window = drafting_window
    window.doc.set_field("会议名称", "全市防汛工作会议")
    assert window.autosaver.write_now()
    assert window.recovery.autosave_path.is_file()
    prompts.save_changes.append("discard")
    assert window.close()
    assert not window.recovery.autosave_path.exists()
    make_window()
    assert prompts.questions == [("save?", prompts.questions[0][1])]
