"""Whatever a leader does to the body paragraphs with 修订 on — words replaced, inserted, deleted,
paragraphs added — and whichever of those changes the clerk accepts, the merged outline prints
exactly the text Word shows with those changes accepted and the others rejected."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from speechwriter.outline import rounds
from speechwriter.render import export_docx
from speechwriter.revise.docx_in import read_docx
from speechwriter.revise.merge import read_merge
from speechwriter.revise.sources import outline_blocks
from tests.render.conftest import sample_outline
from tests.rounds.leader import LeaderCopy

WORDS = ["切实", "进一步", "全面", "坚决", "扎实推进", "认真研究，", "各地各部门"]


@pytest.fixture(scope="module")
def sent(tmp_path_factory):
    outline = sample_outline()
    rounds.save_round(outline, "初稿")
    path = tmp_path_factory.mktemp("sent") / "初稿.docx"
    export_docx(outline, path)
    blocks = outline_blocks(outline)
    printed = [b.plain() for b in blocks]
    body = [b.text for b in blocks if b.kind == "paragraph" and b.section]
    # paragraphs followed by another paragraph of the same section: joining them keeps the structure
    joinable = {a.text for a, b in zip(blocks, blocks[1:]) if a.kind == b.kind == "paragraph" and a.section
                and a.section == b.section}
    return outline, path, body, printed, joinable


_edit = st.tuples(st.sampled_from(["replace", "insert", "delete", "paragraph", "split", "join"]), st.integers(0, 10_000),
                  st.integers(0, 10_000), st.sampled_from(WORDS), st.sampled_from(["李局长", "王书记"]))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(edits=st.lists(_edit, min_size=1, max_size=6), keep=st.lists(st.booleans(), min_size=12, max_size=12))
def test_merged_text_is_the_accepted_text(sent, tmp_path_factory, edits, keep):
    outline, path, body, printed, joinable = sent
    copy = LeaderCopy(path)
    used: set[int] = set()
    for kind, which, where, word, author in edits:
        k = which % len(body)
        if k in used:
            continue   # one edit per paragraph: the runs of an edited paragraph are split already
        used.add(k)
        text = body[k]
        start = where % max(1, len(text) - 4)
        piece = text[start:start + 4]
        if sum(p.count(piece) for p in printed) != 1:
            continue   # the leader's copy finds its place by the words: they must be found once
        if kind == "replace":
            copy.replace(piece, word, author)
        elif kind == "insert":
            copy.insert_after(piece, word, author)
        elif kind == "delete":
            copy.delete(piece, author)
        elif kind == "split":
            copy.split_after(piece, author)
        elif kind == "join":
            if text not in joinable or k + 1 in used:
                continue
            used.add(k + 1)
            copy.join_with_next(piece, author)
        else:
            copy.insert_paragraph_after(piece, word + "要抓好督促检查。", author)
    if not used:
        return
    edited = copy.save(tmp_path_factory.mktemp("leader") / "领导修改稿.docx")
    merge = read_merge(outline, edited)
    accepted = {n for change, take in zip(merge.changes, keep) if take for n in change.revisions}
    for choice in (None, accepted):
        text, unplaced = merge.merged(choice)
        wanted = [t.strip("\u3000") for t in read_docx(edited).texts(choice) if t.strip()]
        assert [b.plain() for b in outline_blocks(text)] == wanted
        assert unplaced == []
