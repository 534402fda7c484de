"""A round exported with the changes since an earlier one as Word 修订: in the XML (w:ins, w:del with
w:delText, author and date) and in LibreOffice (its changed regions; accept all = new, reject all = old)."""

import copy

import docx
import pytest
from docx.oxml.ns import qn

from speechwriter.outline import rounds
from speechwriter.outline.io import save_outline
from speechwriter.revise.docx_in import read_docx
from speechwriter.revise.docx_out import tracked_docx
from speechwriter.revise.sources import outline_blocks
from tests.conftest import run_cli
from tests.rounds.libreoffice import SOFFICE, changed_regions, saved_again, settled_text


def _second_round(outline):
    edited = copy.deepcopy(outline)
    edited.sections[0].body = edited.sections[0].body.replace("主要任务是", "主要目的是").replace(
        "刚才，李局长通报了全市安全生产形势，", "")
    edited.sections[1].body += "\n全市安全生产形势总体平稳，但基础仍不牢固。"
    kids = edited.sections[2].children
    kids[1].children[0].children[0].body = ""   # 节假日前后加密巡查。 deleted
    edited.sections[3].body = "要坚持党政同责、一岗双责、齐抓共管、失职追责。"
    edited.sections[2], edited.sections[3] = edited.sections[3], edited.sections[2]
    return edited


def _printed(outline):
    return [b.plain() for b in outline_blocks(outline)]


@pytest.fixture
def tracked(outline, tmp_path):
    new = _second_round(outline)
    data, diffs = tracked_docx(outline_blocks(outline), outline_blocks(new), author="办公室 张敏")
    path = tmp_path / "二稿（修订）.docx"
    path.write_bytes(data)
    return path, outline, new


def test_the_xml_holds_word_revisions_with_author_and_date(tracked):
    path, old, new = tracked
    body = docx.Document(str(path)).element.body
    inserted, deleted = list(body.iter(qn("w:ins"))), list(body.iter(qn("w:del")))
    assert inserted and deleted
    for mark in inserted + deleted:
        assert mark.get(qn("w:author")) == "办公室 张敏"
        assert mark.get(qn("w:date")).endswith("Z")
    assert all(list(d.iter(qn("w:t"))) == [] for d in deleted)  # deleted text is w:delText
    assert "刚才，李局长通报了全市安全生产形势，" in ["".join(t.text for t in d.iter(qn("w:delText"))) for d in deleted]
    ids = [m.get(qn("w:id")) for m in inserted + deleted]
    assert len(ids) == len(set(ids))
    settings = docx.Document(str(path)).settings.element
    assert settings.find(qn("w:trackRevisions")) is not None   # the leader's edits come back tracked


def test_accepting_all_gives_the_new_round_and_rejecting_all_the_old(tracked):
    path, old, new = tracked
    reading = read_docx(path)
    assert reading.texts(None) == _printed(new)
    assert reading.texts(set()) == _printed(old)


def test_styles_of_the_pipeline_are_kept(tracked):
    path, old, new = tracked
    document = docx.Document(str(path))
    styles = [p.style.name for p in document.paragraphs]
    assert styles[0] == "Title" and "Heading 1" in styles
    # the run-in heading's lead keeps its character style inside the revision marks
    assert any(r.get(qn("w:val")) == "RunIn2" for r in document.element.body.iter(qn("w:rStyle")))


@pytest.mark.skipif(not SOFFICE, reason="LibreOffice (soffice) 未安装：apt-get install libreoffice-writer-nogui")
def test_libreoffice_sees_the_revisions_and_accepts_and_rejects_them(tracked, tmp_path):
    path, old, new = tracked
    from speechwriter.revise.diff import compare
    from speechwriter.revise.sources import paragraphs_of

    diffs = compare(paragraphs_of(outline_blocks(old)), paragraphs_of(outline_blocks(new)))
    # LibreOffice joins neighbouring revisions of one author and time into one region: at least
    # one region per stretch of changed paragraphs
    stretches = sum(1 for k, d in enumerate(diffs) if d.op != "equal" and (k == 0 or diffs[k - 1].op == "equal"))
    assert changed_regions(path, tmp_path) >= stretches > 0
    assert settled_text(path, tmp_path, "accept") == _printed(new)
    assert settled_text(path, tmp_path, "reject") == _printed(old)


def test_cli_compare_writes_the_tracked_docx_from_a_round(outline, tmp_path):
    path = tmp_path / "讲话.speech.json"
    rounds.save_round(outline, "初稿")
    new = _second_round(outline)
    new.rounds = outline.rounds
    save_outline(new, path)
    out = tmp_path / "二稿.docx"
    result = run_cli("compare", f"{path}@1", path, "-o", out)
    assert result.returncode == 0, result.stderr
    reading = read_docx(out)
    assert reading.texts(None) == _printed(new) and reading.texts(set()) == _printed(outline)
    authors = {r.author for r in reading.revisions}
    assert len(authors) == 1 and None not in authors and "" not in authors   # the OS user's name


_SHORT = ["在全市安全生产工作会议上的讲话", "同志们：", "今天我们开会。", "要抓好落实。"]
_LONGER = ["在全市安全生产工作会议上的讲话", "同志们：", "今天我们召开会议。", "要切实抓好落实。", "谢谢大家。", "发言完毕。"]


@pytest.mark.parametrize("old, new", [(_SHORT, _LONGER), (_LONGER, _SHORT)], ids=["added-at-end", "deleted-at-end"])
def test_paragraphs_added_or_deleted_at_the_very_end(old, new, tmp_path):
    """The document's last paragraph mark cannot be inserted or deleted: Word marks the one before."""
    from speechwriter.revise.sources import text_blocks

    data, _ = tracked_docx(text_blocks(old), text_blocks(new), author="张敏")
    path = tmp_path / "末尾.docx"
    path.write_bytes(data)
    reading = read_docx(path)
    assert reading.texts(None) == new and reading.texts(set()) == old
    if SOFFICE:
        assert settled_text(path, tmp_path, "accept") == new
        assert settled_text(path, tmp_path, "reject") == old


def test_cli_takes_the_author_from_the_window_settings(outline, tmp_path):
    import os

    from speechwriter.revise.author import settings_file

    ini = settings_file()
    ini.parent.mkdir(parents=True, exist_ok=True)
    ini.write_text("[revisions]\nauthor=综合科 李明\n", encoding="utf-8")
    assert str(ini).startswith(os.environ["XDG_CONFIG_HOME"])   # the test's own settings, not the clerk's
    path = tmp_path / "讲话.speech.json"
    rounds.save_round(outline, "初稿")
    new = _second_round(outline)
    new.rounds = outline.rounds
    save_outline(new, path)
    out = tmp_path / "二稿.docx"
    assert run_cli("compare", f"{path}@1", path, "-o", out).returncode == 0
    assert {r.author for r in read_docx(out).revisions} == {"综合科 李明"}


@pytest.mark.skipif(not SOFFICE, reason="LibreOffice (soffice) 未安装：apt-get install libreoffice-writer-nogui")
def test_revisions_written_again_by_libreoffice_read_back_the_same(tracked, tmp_path):
    path, old, new = tracked
    again = saved_again(path, tmp_path)
    reading = read_docx(again)
    assert [t for t in reading.texts(None) if t.strip()] == _printed(new)
    assert [t for t in reading.texts(set()) if t.strip()] == _printed(old)
