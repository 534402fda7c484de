"""The salutation (称呼): whom a speech addresses (`同志们：`, `尊敬的各位来宾，大家好！`)."""

from __future__ import annotations

import re

from speechwriter.core.cleaning import has_inner_sentence_end, visible_len
from speechwriter.core.header.words import looks_like_speech_title

ADDRESSEES = re.compile(r"同志们|各位|尊敬的|女士们|先生们|朋友们|代表们|老师们|同学们|领导|委员|执委|来宾|嘉宾")


_SALUTATION = re.compile(r"[：:]$")


# whom a salutation addresses, beyond ADDRESSEES' words: `全体同志`, `同仁们`, `乡亲们`, `家人们`, and whom one
# addresses by a title (`诸位代表先生`, `代主席`, as a legislature's member opens: `主席：`)
_HEARERS = re.compile(r"^(尊敬的|亲爱的|敬爱的|全体|各位|诸位)?[\u4e00-\u9fff]{0,6}"
                      r"(同志|同仁|(?<![我你他她它咱])们|朋友|乡亲|家人|先生|女士|主席|阁下|议员)$")


def addresses_hearers(text: str) -> bool:
    """`全体党员同志：`, `同仁们：`, `乡亲们、朋友们：`, `代主席：`: a short line of whom the speech addresses,
    ending in `：`."""
    text = text.strip()
    if visible_len(text) > 30 or text[-1:] not in "：:" or has_inner_sentence_end(text):
        return False
    return all(_HEARERS.match(part) and part != "人们" for part in re.split(r"[、，,]", text[:-1].strip()))


_GREETING = re.compile(r"[，,：:；;、\s]*(大家|你们|您们)?(早上|上午|中午|下午|晚上)?好[。！!.]?$")


# whom one addresses by name and post in a long salutation (`基隆市林右昌市长`, `基隆东区扶轮社陈亮君社长`)
_POST_END = re.compile(r"(长|主席|书记|主任|总统|总理|大使|总裁|经理|教授|博士)$")
_GREETED = re.compile(r"^(大家|各位)?(早安|午安|晚安|早上好|上午好|下午好|晚上好)$")   # a first greeting, `大家早安、大家好`


def greets_hearers(text: str) -> bool:
    """`尊敬的各位领导；各位同事，大家好。`, `各位来宾，下午好！`: whom the speech addresses, then a
    greeting — the salutation, however its parts are punctuated. Not `同志们好好学习。` (the words
    before `好` must each name hearers) nor a sentence (`今天天气很好。`). Hearers may be named by post
    (`尊敬的王书记、李市长、各位来宾，大家好！`, and at length: `八代市中村博生市长、基隆市林右昌市长、…,各位贵宾、
    媒体朋友,大家早安、大家好。`, three phrases or more), at least one of them as ADDRESSEES name them."""
    text = text.strip()
    match = _GREETING.search(text)
    if not match or visible_len(text) > 120 or not match.group(1) and not match.group(2):
        return False
    who = text[:match.start()].strip()
    parts = [p for p in re.split(r"[、，,；;\s]+", who) if p]
    if not parts or re.search(r"[。！？!?]", who):
        return False
    long = visible_len(text) > 40
    if long and (len(parts) < 3 or re.search(r"[：:]", who)):
        return False
    hearers = [p for p in parts if ADDRESSEES.search(p) or _HEARERS.match(p)]
    return bool(hearers) and all(
        p in hearers or visible_len(p) <= 20 and (_POST_END.search(p) or _GREETED.match(p)) for p in parts)


# how a phrase of a long salutation ends: whom it addresses (`…主席先生`, `奥组委的成员们`, `各位来宾`)
_HEARER_END = re.compile(r"(们|先生|女士|阁下|同志|同仁|领导|来宾|嘉宾|代表|委员|老师|同学|朋友|乡亲|家人|校友|学友)$")
# a phrase that does something (thanks, welcomes, asks) is a sentence's, never a salutation's
_DOING = re.compile(r"感谢|欢迎|祝|请|希望|要|让|是|有|向|对|为|把|将|和大家|我")


def lists_hearers(text: str) -> bool:
    """`中华人民共和国主席先生，刘淇先生，奥组委的成员们，亲爱的中国朋友们：`: a salutation too long for
    is_salutation (over 40 characters) — two or more phrases, each ending with whom it addresses
    (…们, …先生, …同志, …领导, …来宾) or opening as one addresses them (`尊敬的各位理事`), none of
    them doing anything, up to the `：` that ends the
    line. Not `我们要做到以下几点：`, nor `感谢各位领导，感谢各位来宾：` (what the speaker does)."""
    text = text.strip()
    if not text or text[-1] not in "：:" or visible_len(text) > 80 or has_inner_sentence_end(text):
        return False
    parts = [p.strip() for p in re.split(r"[、，,；;]", text[:-1])]
    return len(parts) >= 2 and all(p and visible_len(p) <= 20 and (_HEARER_END.search(p) or _WHOM.match(p))
                                   and not _DOING.search(p) for p in parts)


_WHOM = re.compile(r"^(尊敬的|亲爱的|敬爱的|各位|全体)")


def continues_salutation(text: str) -> bool:
    """`尊敬的…部长中永阁下，`, `亲爱的在密同胞们，`, `女士们、先生们、朋友们：`: a line of whom the speech
    addresses, ending with a comma or the salutation's `：` — the next line of a salutation whose line
    above ends with a comma. Not `各位同志要抓好落实。` (a sentence) nor the greeting (`晚上好！`)."""
    text = text.strip()
    if not text or visible_len(text) > 40 or has_inner_sentence_end(text) or text[-1] not in "，,、：:":
        return False
    return bool(_WHOM.match(text) or ADDRESSEES.match(text) or addresses_hearers(text.rstrip("，,、：:") + "："))


def opens_salutation(text: str) -> bool:
    """`亲爱的2020级新同学，`, `尊敬的王书记、李市长，`, `同志们，`: a line of whom a speech addresses, each of
    its phrases a hearer (ending as one names hearers or a post, or opening as one addresses them) and none
    doing anything, ending with a comma — a salutation's first line, its next line going on with
    it. Not `各位同志要抓好落实，` (what they are to do) nor `今天我们在这里，` (no hearer)."""
    text = text.strip()
    if not text or text[-1] not in "，,、" or visible_len(text) > 40 or has_inner_sentence_end(text):
        return False
    parts = [p.strip() for p in re.split(r"[、，,；;]", text[:-1])]
    return all(p and visible_len(p) <= 20 and (_HEARER_END.search(p) or _WHOM.match(p) or _POST_END.search(p))
               and not _DOING.search(p) for p in parts)


def ends_broken_salutation(above: str, text: str) -> bool:
    """`同志：` under `各位领导、各位`: the last words of a salutation the page broke mid-phrase — the
    line above ends with no mark, this one is short and ends with the salutation's `：`, and the two
    read as one salutation. Not a sentence under a salutation, nor a second salutation line (`同志们：`
    under `各位代表：`, which ends with its own mark)."""
    above, text = above.strip(), text.strip()
    if not above or not text or above[-1] in "：:！!。.，,、；;？?" or visible_len(text) > 8 or text[-1] not in "：:":
        return False
    return bool(ADDRESSEES.match(above)) and is_salutation(above + text)


def is_salutation(text: str) -> bool:
    """`同志们：`, `尊敬的…，各位…：`; with `！` only when it opens with whom it addresses (`各位代表！`)."""
    if visible_len(text) > 40 or has_inner_sentence_end(text) or not ADDRESSEES.search(text):
        return False
    return bool(_SALUTATION.search(text)) or (text[-1] in "！!" and visible_len(text) <= 30
                                              and bool(ADDRESSEES.match(text)))


def salutation_broken_over_lines(texts: list[str], tags: list[str], numbers: list[int], end: int) -> None:
    """A salutation the page broke over two lines (`各位代表、` / `同志们：`, `各位领导、各位` / `同志：`): the
    line right above it that is only whom it addresses is its first line."""
    salutation = next((i for i in range(end) if tags[i] == "salutation"), None)
    if not salutation or tags[salutation - 1] == "salutation" or numbers[salutation] - numbers[salutation - 1] > 2:
        return
    above = texts[salutation - 1].strip()
    parts = [p for p in re.split(r"[、，,]", above) if p]
    joined = above + texts[salutation].strip()
    if parts and all(ADDRESSEES.match(p) and visible_len(p) <= 10 for p in parts) and above[-1] not in "：:。！!" \
            and not looks_like_speech_title(above) and (is_salutation(joined) or addresses_hearers(joined)):
        tags[salutation - 1] = "salutation"   # (never a title above it: `领导…讲话稿篇1` / `同志们：`)
