"""Writes bench/data/check/cctv_news_2012_2021.txt.gz: the texts of CCTV's 新闻联播 from July 2012 to 2021, from a bare
git directory of the public repository china-data/xwlb (see bench/data/check/SOURCES). A developer's tool, run once:

    python bench/xwlb_corpus.py GIT_DIR

The repository keeps a JSON file a day (assets/YYYY/YYYYMMDD.json: the day's items, each with the text 央视网 printed
under it). Kept: the text of each item (its HTML paragraphs, tags dropped, entities decoded), one paragraph a line,
under a line `### YYYYMMDD` a day. Cleaned: the opening 央视网消息（新闻联播）： (中国网络电视台消息 in 2012) of an item, the editors' credits
((视频编辑：… 文字编辑：…, a line of their own or the end of one), empty paragraphs; where an item has no <p> paragraphs, its lines are the paragraphs.
Left out: 2020 (the year of the 习近平 speeches of unseen_official, a false-alarm set, which the news quotes), 1–20 March
of each year (the news then quotes the 政府工作报告, gov_work_reports_1998_2025, and the NPC's resolutions on them,
fresh_official, at length — as for cctv_news_2022_2025), 2022 on (cctv_news_2022_2025 has those years), and every
paragraph that holds a sentence of 20 Chinese characters or more of a false-alarm set (FALSE_ALARM_SETS: quoted
speeches, a 政府工作报告's sentence read on the news), so that no text the bench counts false alarms on goes in.
fa4_official is not read (held out): the lead may grep it.
"""

from __future__ import annotations

import gzip
import html
import json
import re
import subprocess
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent / "data" / "check" / "cctv_news_2012_2021.txt.gz"
FIRST, LAST = 2012, 2021
SKIP_YEARS = frozenset({2020})
DATA = OUT.parent
FALSE_ALARM_SETS = ("unseen_official", "fresh_official", "fadev_official", "fa5dev_official", "gov_work_reports_1998_2025")
MIN_SHARED = 20      # Chinese characters of a sentence of a false-alarm set that drops a paragraph holding it
_KEY = 12            # characters by which those sentences are looked up
_SENTENCE = re.compile(r"[。！？；\n]")
_DAY = re.compile(r"^assets/(\d{4})/(\d{4})(\d{2})(\d{2})\.json$")
_PARAGRAPH = re.compile(r"<p[^>]*>(.*?)</p>", re.S)
_TAG = re.compile(r"<[^>]+>")
_OPENING = re.compile(r"^(?:央视网|中国网络电视台)消息[（(]新闻联播[）)][：:]?\s*(?:本台消息[，,]?)?")
_CREDIT = re.compile(r"^[（(]?\s*(?:视频编辑|文字编辑|编辑|责任编辑)[：:]")
_TRAILING_CREDIT = re.compile(r"[（(]\s*(?:视频编辑|文字编辑|责任编辑|编辑)[：:].*$")
_BREAK = re.compile(r"<br\s*/?>|\n")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def kept(name: str) -> str | None:
    """The day (YYYYMMDD) of a file of the repository that is kept, else None."""
    m = _DAY.match(name)
    if not m:
        return None
    year, month, day = int(m.group(2)), int(m.group(3)), int(m.group(4))
    if not FIRST <= year <= LAST or year in SKIP_YEARS or (month == 3 and day <= 20):
        return None
    return m.group(2) + m.group(3) + m.group(4)


def paragraphs(content: str) -> list[str]:
    """The paragraphs of one item's HTML text."""
    found = _PARAGRAPH.findall(content) or [content]
    out = []
    for p in (line for block in found for line in _BREAK.split(block)):
        text = html.unescape(_TAG.sub("", p)).replace("\u3000", " ").replace("\xa0", " ").strip()
        text = _TRAILING_CREDIT.sub("", _OPENING.sub("", text)).strip()
        if _HAN.search(text) and not _CREDIT.match(text):
            out.append(text)
    return out


def false_alarm_sentences() -> dict[str, list[str]]:
    """The long sentences of the false-alarm sets, by their first _KEY characters."""
    by_key: dict[str, list[str]] = {}
    for name in FALSE_ALARM_SETS:
        text = gzip.open(DATA / f"{name}.txt.gz", "rt", encoding="utf-8").read()
        for sentence in _SENTENCE.split(text):
            sentence = sentence.strip()
            if len(_HAN.findall(sentence)) >= MIN_SHARED:
                by_key.setdefault(sentence[:_KEY], []).append(sentence)
    return by_key


def shares(paragraph: str, by_key: dict[str, list[str]]) -> bool:
    """Whether `paragraph` holds one of the sentences."""
    for i in range(len(paragraph) - _KEY + 1):
        for sentence in by_key.get(paragraph[i:i + _KEY], ()):
            if paragraph.startswith(sentence, i):
                return True
    return False


def main(git_dir: str) -> None:
    by_key = false_alarm_sentences()
    names = subprocess.run(["git", "-C", git_dir, "ls-tree", "-r", "--name-only", "HEAD", "assets"], check=True,
                           capture_output=True, text=True).stdout.split()
    days = sorted((day, name) for name in names if (day := kept(name)))
    batch = subprocess.Popen(["git", "-C", git_dir, "cat-file", "--batch"], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE)
    assert batch.stdin is not None and batch.stdout is not None
    chars = written = dropped = 0
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as out:
        for day, name in days:
            batch.stdin.write(f"HEAD:{name}\n".encode())
            batch.stdin.flush()
            size = int(batch.stdout.readline().split()[2])
            data = batch.stdout.read(size)
            batch.stdout.read(1)
            items = json.loads(data).get("videoList") or []
            lines = [p for item in items for p in paragraphs((item.get("video_detail") or {}).get("content") or "")]
            shared = [p for p in lines if shares(p, by_key)]
            dropped += len(shared)
            lines = [p for p in lines if p not in shared]
            if not lines:
                continue
            out.write(f"### {day}\n")
            for line in lines:
                out.write(line + "\n")
                chars += len(_HAN.findall(line))
            written += 1
    batch.stdin.close()
    batch.wait()
    print(f"{OUT.name}: {written} days, {chars} Chinese characters; {dropped} paragraphs sharing a sentence with a"
          " false-alarm set dropped")


if __name__ == "__main__":
    main(sys.argv[1])
