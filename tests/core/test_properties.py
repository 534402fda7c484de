"""On any text the analyser never crashes and never loses or repeats a character of the body."""

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from speechwriter.core.analyzer import analyze_document
from speechwriter.core.cleaning import clean_lines

PIECES = st.sampled_from([
    "一、", "二、", "（一）", "(二)", "1.", "2、", "（1）", "一是", "二是", "一要", "第一，", "第二，", "首先，", "最后，",
    "同志们：", "各位领导，同志们：", "今天，我们召开全市工作会议。", "一年来，我们取得了显著成绩。",
    "当前，形势依然复杂。", "下面，我讲几点意见。", "谢谢大家！", "发言完毕。", "篇1", "篇2", "（2024年1月2日）",
    "上一篇:测试", "版权声明", "·专栏·", "（摘自某某会议上的讲话）", "在全市大会上的讲话", "——在会上的讲话",
    "XXX", "**市", "××年", "\n", "\n\n", " ", "　", "“", "”", "‚", "‛", "\ue003", "。", "，", "47 2916745", "\");",
])
COMMON = "的一是在了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经"
TEXT = st.one_of(PIECES, st.text(alphabet=COMMON, max_size=30))


def no_space(text):
    return re.sub(r"\s+", "", text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(TEXT, max_size=60).map("".join))
def test_every_body_character_comes_out_once_in_order(text):
    document = analyze_document(text)
    for analysed in document.speeches:
        fed = no_space("".join(line.text for line in analysed.body))
        assert no_space(analysed.speech.body_text()) == fed


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(TEXT, max_size=60).map("".join))
def test_every_line_is_header_body_noise_or_outside_exactly_once(text):
    document = analyze_document(text)
    pieces = [ln for a in document.speeches for ln in a.header + a.body + a.noise] + list(document.outside)
    by_line: dict[int, str] = {}
    for piece in sorted(pieces, key=lambda ln: ln.number):  # stable: split lines keep their order
        by_line[piece.number] = by_line.get(piece.number, "") + piece.text
    assert {n: no_space(t) for n, t in by_line.items()} == {ln.number: no_space(ln.text) for ln in clean_lines(text)}


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_unicode_never_crashes(text):
    for analysed in analyze_document(text).speeches:
        assert all(s.role in ("opening", "review", "key_points", "closing") for s in analysed.speech.sections)
