"""What the trained models see: features of body units (roles), of the first lines (header), of a
whole speech (kind).

General features only — relative position, marker family and level from the deterministic
hierarchy, cue words at a paragraph's head and tail (jieba tokens), tense and time words, length,
the neighbours' cues — so that what is learned carries over to speeches from other sources.
"""

from __future__ import annotations

import re

from speechwriter.core import header as hdr
from speechwriter.core.cleaning import has_inner_sentence_end, visible_len
from speechwriter.core.kinds import cue_kinds, lead_line, plain
from speechwriter.core.markers import find_marker
from speechwriter.core.paragraphs import is_standalone_heading
from speechwriter.core.roles import (
    FORWARD_HEADING,
    REVIEW_HEADING,
    STRONG_CLOSING,
    WEAK_CLOSING,
    cue_groups,
)
from speechwriter.core.tokens import cut_head
from speechwriter.core.units import BLOCK, Unit

# What a speech's features are, as a number. Raise it with any change that gives a speech other
# features (here, or in units, analyzer, cleaning, tokens, training's examples) and run `make model`:
# the shipped examples (resources/models/examples.json.gz) carry the version they were made with and
# are refused by another. tests/core/test_features_version.py holds the features of a few canned
# speeches and fails when they change while this stays; a comment or a refactor changes nothing here.
FEATURES_VERSION = 13

# tense and time: looking back (…了, 取得, 已经) or forward (要, 将, 必须)
_BACK = re.compile(r"了|已经|已|取得|完成|实现|获得|荣获|过去|去年|以来|曾经|先后")
_FORWARD = re.compile(r"要|将|必须|务必|应当|应该|需要|努力|争取|力争|推动|推进|坚持|加快|确保|今后|未来|下一步")
_TRANSITION = re.compile(r"下面|几点意见|几点体会|几个方面|几点建议|以下几点|讲几点|谈几点|汇报如下|报告如下|如下")
_GREETING = re.compile(r"大家(上午|下午|晚上|早上)?好|早上好|上午好|下午好|晚上好")
_ADDRESS = re.compile(r"^(同志们|各位[^，,。！!]{0,12}|朋友们|老师们|同学们|女士们)[，,！!]")
_WEB_META = re.compile(r"来源|作者|发布|时间|点击|浏览|编辑|日期|稿件|\d{4}[-/.]\d{1,2}")


def _bucket(value: float, edges: tuple[float, ...]) -> str:
    for index, edge in enumerate(edges):
        if value < edge:
            return str(index)
    return str(len(edges))


def _rate(pattern: re.Pattern, text: str) -> float:
    return 100.0 * len(pattern.findall(text)) / max(20, len(text))


def _text_cues(prefix: str, text: str, feats: dict) -> None:
    head_tokens = list(cut_head(text[:40]))
    for name in cue_groups(head_tokens, text):
        feats[f"{prefix}cue:{name}"] = 1.0
    for token in head_tokens[:2]:
        if len(token) > 1 or token in "要我":
            feats[f"{prefix}h:{token}"] = 1.0
    tail = text[-40:]
    if STRONG_CLOSING.search(tail) or STRONG_CLOSING.search(text[:40]):
        feats[f"{prefix}closing:strong"] = 1.0
    if WEAK_CLOSING.search(text[:40]):
        feats[f"{prefix}closing:weak"] = 1.0
    if _ADDRESS.match(text):
        feats[f"{prefix}closing:address"] = 1.0  # 同志们，… / 各位代表！…: the speaker turns to the audience
    if _TRANSITION.search(tail):
        feats[f"{prefix}transition"] = 1.0
    if _GREETING.search(text[:20]):
        feats[f"{prefix}greeting"] = 1.0


def unit_features(units: list[Unit], has_salutation: bool, rule_roles: list[str]) -> list[dict]:
    """Features of the body's units; `rule_roles`: what the hand rules make of each, one feature among the others."""
    n = len(units)
    blocks = [i for i, u in enumerate(units) if u.kind == BLOCK]
    n_blocks = len(blocks)
    base = []
    for unit in units:
        feats = {"bias": 1.0, f"type:{unit.kind}": 1.0}
        text = unit.text
        if unit.node is not None and unit.node.family != "plain":
            marker = find_marker(text)  # the cues are in the words, the numbering is the family's
            if marker:
                text = text[len(marker.text):]
        _text_cues("", text, feats)
        for key in [k for k in feats if k.startswith("closing:")]:
            feats[f"{unit.kind}&{key}"] = 1.0  # a closing cue weighs differently in the last block's tail
        whole = unit.full_text
        feats["back:" + _bucket(_rate(_BACK, whole), (0.5, 1.5, 3.0))] = 1.0
        feats["fwd:" + _bucket(_rate(_FORWARD, whole), (0.5, 1.5, 3.0))] = 1.0
        feats["len:" + _bucket(visible_len(whole), (30, 80, 200, 600))] = 1.0
        node = unit.node
        if node is not None:
            feats[f"family:{node.family}"] = 1.0
            feats[f"standalone:{node.standalone}"] = 1.0
            feats["blk:" + ("first" if unit.block_index == 0 else "mid")] = 1.0
            if unit.block_index == n_blocks - 1:
                feats["blk:last"] = 1.0
            heading = text[:40]
            if REVIEW_HEADING.search(heading):
                feats["head:review"] = 1.0
            if FORWARD_HEADING.search(heading):
                feats["head:forward"] = 1.0
        elif is_standalone_heading(text) and visible_len(text) <= 20:
            feats["short_line"] = 1.0
        base.append(feats)
    out = []
    for i, feats in enumerate(base):
        feats = dict(feats)
        feats[f"rule:{rule_roles[i]}"] = 1.0
        feats["pos:" + _bucket(i / max(1, n - 1), (0.1, 0.3, 0.6, 0.85, 0.999))] = 1.0
        if i == 0:
            feats["first"] = 1.0
        if i == n - 1:
            feats["last"] = 1.0
        if i == n - 2:
            feats["last2"] = 1.0
        if n_blocks:
            feats["where:" + ("before" if i < blocks[0] else "after" if i > blocks[-1] else "among")] = 1.0
        else:
            feats["prose"] = 1.0
        if has_salutation:
            feats["salutation"] = 1.0
        for offset, prefix in ((-1, "p:"), (1, "n:")):
            j = i + offset
            if 0 <= j < n:
                for key in base[j]:
                    if key.startswith(("cue:", "closing:", "transition", "type:", "back:", "fwd:", "head:")):
                        feats[prefix + key] = 1.0
            else:
                feats[prefix + "none"] = 1.0
        out.append(feats)
    return out


HEADER_WINDOW = 16  # lines of a speech's top the header model reads


def line_features(lines: list[str], rule_tags: list[str]) -> list[dict]:
    """Features of the first lines of a speech, for title/subtitle/speaker/date/salutation/noise/body.

    `rule_tags`: what the hand rules make of each line, one feature among the others.
    """
    base = []
    for text, rule in zip(lines, rule_tags):
        length = visible_len(text)
        feats = {"bias": 1.0, f"rule:{rule}": 1.0, "len:" + _bucket(length, (6, 12, 20, 30, 45, 60, 120)): 1.0,
                 "end:" + (text[-1] if text[-1] in "：:！!。？?，,；;）)》”" else "other"): 1.0}
        if has_inner_sentence_end(text):
            feats["inner_end"] = 1.0
        if hdr.is_header_like(text):
            feats["header_like"] = 1.0
        if hdr.ADDRESSEES.search(text):
            feats["addressee"] = 1.0
            if hdr.ADDRESSEES.match(text):
                feats["addressee_start"] = 1.0
        if hdr.is_salutation(text):
            feats["salutation_rule"] = 1.0
        if hdr.is_date_line(text):
            feats["date"] = 1.0
        elif re.search(r"\d{4}\s*[年.\-/]\s*\d{1,2}", text) and length <= 30:
            feats["has_date"] = 1.0
        if hdr.is_subtitle_line(text):
            feats["subtitle"] = 1.0
        if text.startswith(("——", "—", "--", "－")):
            feats["dash_start"] = 1.0
        if hdr.is_speaker_line(text):
            feats["speaker"] = 1.0
        if hdr.looks_like_speech_title(text):
            feats["title_words"] = 1.0
        if "《" in text or "》" in text:
            feats["book_marks"] = 1.0
        if hdr.part_marker_title(text) is not None:
            feats["part_marker"] = 1.0
        if find_marker(text):
            feats["marker"] = 1.0
        if _GREETING.search(text):
            feats["greeting"] = 1.0
        if _WEB_META.search(text) and length <= 60:
            feats["web_meta"] = 1.0
        if text.startswith(("在", "关于")):
            feats["starts_zai"] = 1.0
        if re.search(r"[\u4e00-\u9fff]", text[-1]) is None:
            feats["end_nonhan"] = 1.0
        _page_line_features(text, length, feats)
        base.append(feats)
    out = []
    seen_long = False
    first_long = next((i for i, f in enumerate(base) if "inner_end" in f or "salutation_rule" in f
                       or visible_len(lines[i]) > 60), len(base))
    for i, feats in enumerate(base):
        feats = dict(feats)
        feats[f"i:{min(i, 6)}"] = 1.0
        if seen_long:
            feats["after_long"] = 1.0
        if "inner_end" in feats or visible_len(lines[i]) > 60:
            seen_long = True
        if any(later.startswith(lines[i]) for later in lines[i + 1:]):
            feats["repeated_later"] = 1.0  # a page title repeated above the real one
        if any("salutation_rule" in base[j] for j in range(i + 1, min(len(base), i + 6))):
            feats["salutation_ahead"] = 1.0
        # where the line stands: the last title-shaped line above the first paragraph (or the
        # salutation) is where a title is; lines far above it are where a page's own lines are
        if i < first_long:
            feats["to_body:" + _bucket(first_long - i, (2, 3, 5))] = 1.0
            if all("header_like" not in base[j] or "salutation_rule" in base[j] or "date" in base[j]
                   or "speaker" in base[j] for j in range(i + 1, first_long)):
                feats["last_header_line"] = 1.0
        if any(lines[i] in later and lines[i] != later for later in lines[i + 1:]) \
                or any(later in lines[i] and len(later) >= 4 and lines[i] != later for later in lines[i + 1:]):
            feats["overlaps_later"] = 1.0   # a page's title line holding (or held by) the speech's own
        for offset, prefix in ((-1, "p:"), (1, "n:"), (2, "nn:")):
            j = i + offset
            if 0 <= j < len(base):
                feats[prefix + "rule:" + rule_tags[j]] = 1.0
                for key in ("salutation_rule", "addressee", "inner_end", "header_like", "date", "speaker",
                            "title_words", "dash_start", "greeting", "marker", "whole_title", "page"):
                    if key in base[j]:
                        feats[prefix + key] = 1.0
                for key in base[j]:
                    if key.startswith("end:"):
                        feats[prefix + key] = 1.0
            else:
                feats[prefix + "none"] = 1.0
        out.append(feats)
    return out


_URL = re.compile(r"https?://|www\.|\.(com|cn|net|org|cc|top|tw)\b", re.IGNORECASE)
_STAMP = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}.{0,3}\d{1,2}:\d{2}|\d{1,2}:\d{2}(:\d{2})?")
_NAVIGATION = re.compile(r"[|｜>＞»›]|首页|位置")
_ASCII = re.compile(r"[A-Za-z0-9]")


def _page_line_features(text: str, length: int, feats: dict) -> None:
    """What tells a web page's own lines (site name, address, breadcrumbs, a time stamp, buttons)
    from a title: their shape, and their words (a short line's tokens, weighed by training: the
    words of the pages' lines and of titles, not a list written here)."""
    if _URL.search(text):
        feats["url"] = 1.0
        feats["page"] = 1.0
    if _STAMP.search(text):
        feats["time_stamp"] = 1.0
        feats["page"] = 1.0
    if _NAVIGATION.search(text):
        feats["navigation"] = 1.0
    feats["ascii:" + _bucket(len(_ASCII.findall(text)) / max(1, length), (0.05, 0.2, 0.5))] = 1.0
    feats["commas:" + _bucket(text.count("，") + text.count(","), (1, 2, 4))] = 1.0
    if hdr.names_whole_speech(text):
        feats["whole_title"] = 1.0
    if length <= 30 and not has_inner_sentence_end(text):
        for token in set(cut_head(text[:40])):
            if len(token) > 1 and re.match(r"[\u4e00-\u9fff]+$", token):
                feats[f"w:{token}"] = 1.0


def units_text(units: list[Unit]) -> str:
    """The body's words, every line of every unit, for features of the speech as a whole."""
    return "\n".join(t for unit in units for t in unit.texts)


_LEADER = re.compile(r"书记|市长|县长|区长|镇长|乡长|省长|局长|部长|厅长|处长|主任|主席|校长|院长|总经理|董事长|总裁|总理|委员长|司令")
_MEMBER = re.compile(r"代表(?!大会|会议|会)|学生|学员|同学|员工|职工(?!代表大会)|党员|教师|老师|队员|志愿者|毕业生|"
                     r"班(长|干部|委)")
# who one speaks for says who one is: a body's leader speaks for it (`我代表市委`, `我代表学校全体师生`,
# `我代表常务委员会`), one of many for their peers (`作为新生代表`, `我代表全体志愿者`, `我代表受表彰的同志`)
_FOR_A_BODY = re.compile(r"我代表(本届)?[^，,。；;]{0,12}(党委|党组|党工委|市委|县委|区委|省委|镇委|政府|委员会|常委会|主席团|"
                         r"公司|集团|学校|学院|医院|班子|筹委会|组委会)")
_FOR_PEERS = re.compile(r"作为[^，,。；;]{1,16}代表|我代表(?!本届)[^，,。；;]{0,12}(学生|同学|员工|职工|新生|毕业生|教师|老师|党员|队员|"
                        r"志愿者|代表|获奖|受表彰|先进|新任|家长|校友)")
_ASSEMBLY = re.compile(r"代表大会|代表会议|职代会|教代会|妇代会|团代会|党代会|人代会|全委|执委|全体委员|常委会扩大|理事会|"
                       r"监事会|股东大会")
_LOOKING_BACK_A_TERM = re.compile(r"过去的?(一|五|三)年|(一|五|三)年来|本届.{0,6}以来|届以来|任期内")
_CEREMONY = re.compile(r"典礼|仪式|开幕礼|闭幕礼|揭幕|剪彩|揭牌|挂牌|开工|奠基|庆典|竣工|落成|团拜|联欢|颁奖|晚会|招待会|宴会|酒会|欢迎会|欢送会|"
                       r"庆祝|纪念.{0,12}(周年|诞辰)|开业|首发")
# the gathering's name where it is said to be held (`召开…动员部署会`, `迎来了…落成庆典`) or named as
# this one (`这次…下基层锻炼动员会，是…`): the name alone, up to the clause's last word for a
# gathering, not the rest of its sentence
_OCCASION = re.compile(r"(?:(?:召开|举行|举办|迎来)了?|这次|本次)"
                       r"([^，,。！!？?；;：:]{2,40}(?:大会|会议|会|典礼|仪式|庆典|晚会|论坛|开幕式|闭幕式))")
_ME = re.compile(r"我(?![们国省市县区乡镇村校院局委部厂司党军])")   # 我, not 我们 / 我市 / 我校 …


def kind_features(title: str | None, subtitle: str | None, salutation: str | None, opening: str,
                  body: str = "", speaker: str | None = None, notes: str = "") -> dict:
    """One speech as a whole: the kinds its title, subtitle, a note naming it (`notes`: a page's copy
    of the title, an editor's `这是…的闭幕词`), its opening and its body name, and the act its
    speaker says they perform at its start or end (`我代表…报告工作`, `现将…汇报如下`, `我表个态`), and apart
    the cues of its first sentence (what it is for: `今天，大会选举我担任…`); its salutation, and
    delegates told of a term looked back on (`各位代表：` … `过去的一年`: a body's report of its work);
    an assembly or a ceremony in its title; the role its speaker's line (or title) gives (a leader, or
    a member/representative); how much it says 我 (述职, 表态 and 研讨 speak for oneself).

    Cue features are shared by all kinds (kind_model.py): "a cue of the kind is in the title" is
    learned once. Per kind, only these few general traits are learned, never title words: with a
    few dozen speeches of a kind, words fit the training speeches and nothing else.
    """
    # (no per-kind prior: how often each kind is among the sources trained on is their habit, not the
    # clerk's — kind-only CV 0.847 → 0.853 without it, fresh7 read untrained the same 31 of 40)
    feats: dict = {}
    # a page in traditional script, or one spelling out readings (`开(kāi)幕词`), reads as the same words
    title, subtitle, salutation, speaker = (plain(t) if t else t for t in (title, subtitle, salutation, speaker))
    opening, body, notes = plain(opening), plain(body), plain(notes)
    lead = lead_line(opening, notes)
    if lead and lead not in notes:
        notes = f"{notes} {lead}".strip()   # a release's lead line in the body names the speech as a note does
    heading = " ".join(t for t in (title, subtitle) if t)
    ending = body[-300:]
    # a note naming the speech (`这是…在…上的闭幕词`) stands for a title that names no kind
    named = heading if cue_kinds(heading, "t") else notes
    # the first sentence says what the speech is for (`今天，大会选举我担任…`, `…隆重开幕`, `现将…汇报如下`):
    # its cues weigh more than the same words further on
    first = re.split(r"[。！!？?；;]", opening, maxsplit=1)[0][:120]
    # the occasion the opening names (`今天，我们在这里召开…动员部署会`, `我们迎来了…大楼落成庆典`) is
    # read as a title's (`在…动员部署会上的讲话`): what the gathering is tells the kind
    occasion = " ".join(_OCCASION.findall(opening[:300])[:2])
    for where, text, table in (("t", named, "t"), ("n", notes, "t"), ("o", opening[:300], "o"), ("b", body, "b"),
                               ("a", f"{opening[:300]}\n{ending}", "a"), ("f", first, "o"), ("c", occasion, "t")):
        found = cue_kinds(text, table)
        for kind in found:
            feats[f"{where}cue:{kind}"] = 1.0
        if found:
            feats[f"{where}first:{found[0]}"] = 1.0
    if _ASSEMBLY.search(heading):
        feats["at:assembly"] = 1.0   # before a body's congress or 全委/执委会, where its work is reported
    if _CEREMONY.search(heading):
        feats["at:ceremony"] = 1.0   # a ceremony or a feast: guests are greeted, not tasks set
    if not title:
        feats["no_title"] = 1.0
    elif "发言" in heading:
        feats["fayan"] = 1.0
    elif "讲话" in heading:
        feats["jianghua"] = 1.0
    if salutation and re.search(r"代表|委员", salutation) and _LOOKING_BACK_A_TERM.search(opening + body):
        feats["delegates:review"] = 1.0   # the delegates hear a term looked back on: a body's report of its work
    if salutation:
        for word in ("同志们", "代表", "领导", "来宾", "嘉宾", "老师", "同学", "先生", "女士", "朋友", "家长"):
            if word in salutation:
                feats[f"s:{word}"] = 1.0
    else:
        feats["no_salutation"] = 1.0
    who = " ".join(t for t in (speaker, heading) if t)
    if _LEADER.search(who) or _FOR_A_BODY.search(opening[:300]):
        feats["role:leader"] = 1.0
    if _MEMBER.search(who) or _FOR_PEERS.search(opening[:300]):
        feats["role:member"] = 1.0
    text = opening + body
    feats["me:" + _bucket(_rate(_ME, text), (0.3, 0.8, 1.5))] = 1.0
    return feats
