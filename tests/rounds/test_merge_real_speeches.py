"""Real speeches (the bundled samples, turned into outlines as `speechwriter outline` does), exported,
edited with 修订 the way Word writes them (words replaced, inserted, deleted, paragraphs added and
split, a 批注), merged back: the outline prints exactly what Word shows accepted, or lists what it
could not place."""

from __future__ import annotations

import random

import pytest

from speechwriter.core.analyzer import analyze_file
from speechwriter.outline import rounds
from speechwriter.outline.create import from_speech
from speechwriter.render import export_docx, outline_fields
from speechwriter.revise.docx_in import read_docx
from speechwriter.revise.merge import read_merge
from speechwriter.revise.sources import outline_blocks
from tests.conftest import REPO
from tests.rounds.leader import LeaderCopy

SAMPLES = sorted((REPO / "resources" / "samples").glob("*.txt"))


def _leader_edits(copy: LeaderCopy, body: list[str], printed: list[str], seed: int) -> int:
    rng, used, done = random.Random(seed), set(), 0
    for _ in range(15):
        k = rng.randrange(len(body))
        text = body[k]
        if k in used or len(text) < 10:
            continue
        start = rng.randrange(len(text) - 5)
        piece = text[start:start + 4]
        if sum(p.count(piece) for p in printed) != 1:
            continue
        used.add(k)
        kind = rng.choice(["replace", "insert", "delete", "paragraph", "split"])
        if kind == "replace":
            copy.replace(piece, "切实推进")
        elif kind == "insert":
            copy.insert_after(piece, "（补充）", author="王书记")
        elif kind == "delete":
            copy.delete(piece)
        elif kind == "paragraph":
            copy.insert_paragraph_after(piece, "领导加的一段话。")
        else:
            copy.split_after(piece)
        done += 1
    return done


@pytest.mark.parametrize("sample", SAMPLES, ids=[s.stem[:3] for s in SAMPLES])
def test_a_real_speech_round_trips_through_the_leader(sample, tmp_path):
    outline = from_speech(analyze_file(sample)[0])
    for info in outline_fields(outline):   # what the clerk fills in before exporting
        if info.required and not outline.field(info.name).strip():
            outline.fields[info.name] = f"某{info.name}"
    rounds.save_round(outline, "初稿")
    sent = tmp_path / "初稿.docx"
    export_docx(outline, sent)
    blocks = outline_blocks(outline)
    body = [b.text for b in blocks if b.kind == "paragraph" and b.section]
    copy = LeaderCopy(sent)
    made = _leader_edits(copy, body, [b.plain() for b in blocks], seed=len(sample.stem))
    copy.comment(body[-1][:4], "结尾再精炼", author="王书记")
    edited = copy.save(tmp_path / "领导修改稿.docx")
    merge = read_merge(outline, edited)
    result = merge.result()
    wanted = [t.strip("\u3000") for t in read_docx(edited).texts() if t.strip()]
    printed = [b.plain() for b in outline_blocks(result)]
    missing = [t for t in wanted if t not in printed]
    assert missing == [u.text for u in merge.unplaced]          # all placed but what is listed
    if not merge.unplaced:
        assert printed == wanted
    assert len([c for c in merge.changes if c.tracked]) >= made > 0
    assert [c.text for c in merge.comments] == ["结尾再精炼"] and merge.comments[0].author == "王书记"
    assert [r.name for r in result.rounds] == ["初稿", "领导修改稿"]
