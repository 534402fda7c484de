"""`numbering`: gaps (一、二、四、), repeats (二、二、), wrong order (三、二、) and two families at one
level (一、二、3.). A family's level comes from the order families open in, as the analyser reads it.
"""

from __future__ import annotations

from speechwriter.check.findings import Finding, Text
from speechwriter.check.points import points
from speechwriter.check.util import cn_numeral

_UNORDERED = {"order"}  # 首先/其次/最后: "最后" closes any run


def _label(family: str, number: int, like: str) -> str:
    """The marker `like` with `number` in place of its own."""
    import re

    if family in ("arabic", "paren_arabic", "circled"):
        if family == "circled":
            return chr(ord("①") + number - 1) if 1 <= number <= 20 else like
        return re.sub(r"[0-9０-９]+", str(number), like, count=1)
    return re.sub(r"[零〇一二三四五六七八九十百千]+", cn_numeral(number), like, count=1)


def _level(stack: list[list], point) -> int | None:
    """The open level `point` continues: of its family, the deepest that it follows in order (a nested
    一、 list and the outer one both open), else the outermost."""
    matches = [i for i, entry in enumerate(stack) if entry[0] == point.family]
    fits = [i for i in matches if stack[i][1] + 1 == point.number]
    return fits[-1] if fits else matches[0] if matches else None


def check(text: Text) -> list[Finding]:
    findings = []
    stack: list[list] = []  # [family, last number, last point] per open level

    def report(point, message, suggestion=None):
        para = text.paragraphs[point.paragraph]
        findings.append(Finding("numbering", "warning", message, point.paragraph, point.start, point.end, point.text,
                                suggestion, para.section))

    def follow(entry, point, direct=False):
        """`point` comes after `entry`'s last point of the same list (`direct`: nothing of another
        list between them, so a second "一、" cannot be a new list starting)."""
        last = entry[1]
        expected = _label(point.family.rstrip("~"), last + 1, point.text)
        if point.number == last == 1 and direct:
            report(point, f"编号“{point.text}”与上一个重复，应为“{expected}”。", expected)
        elif point.number == last + 1 or point.number == 1:
            pass
        elif point.number == last:
            report(point, f"编号“{point.text}”与上一个重复，应为“{expected}”。", expected)
        elif point.number > last + 1:
            report(point, f"编号从“{entry[2].text}”跳到了“{point.text}”，应为“{expected}”。", expected)
        else:
            report(point, f"编号“{point.text}”排在“{entry[2].text}”之后，顺序颠倒。", expected)
        entry[1], entry[2] = point.number, point

    previous = None
    inline: dict[str, list] = {}  # run-in lists inside paragraphs: leaves, never parents of a level
    closed: dict[str, int] = {}   # the last number of each family's list closed by a heading above it

    def close(entries: list[list]) -> None:
        for entry in entries:
            closed[entry[0]] = entry[1]

    first = False   # a paragraph opened with 首先 since the last numbered point: it stands for 第一
    for point in points(text):
        if point.family.rstrip("~") in _UNORDERED:
            first = point.number == 1 and not point.inline
            continue
        if point.inline:
            top = stack[-1] if stack else None
            if top and top[0] + "~" == point.family and point.number == top[1] + 1 and point.family not in inline \
                    and previous is not None and previous.paragraph == point.paragraph:
                # "第一，……。第二，……" in the paragraph that "第一，" begins: the same list goes on
                top[1], top[2] = point.number, point
                continue
            if point.family in inline and point.number != 1:
                follow(inline[point.family], point)
            else:
                inline[point.family] = [point.family, point.number, point]
            continue
        level = _level(stack, point)
        run = inline.get(point.family + "~")
        if run and run[1] + 1 == point.number:
            # "…要做到三点：一是……。" then a paragraph "二是……": the run-in list goes on at paragraph
            # starts (and a list of the same form further up is over)
            if level is not None:
                close(stack[level:])
                del stack[level:]
            stack.append([point.family, point.number, point])
            inline.clear()
            previous = point
            continue
        if level is not None and point.number == 1 and level < len(stack) - 1 and stack[-1][0] != point.family:
            # "一、" again under a deeper level of its own (（一）…第一，… then a list 一、二、): a new list
            # nested there, not the outer 一、 list starting over (it goes on after: 二、)
            stack.append([point.family, point.number, point])
        elif level is None and point.number > 1 and closed.get(point.family) == point.number - 1:
            # 1. 2. under （一）, 3. 4. under （二）: tasks numbered on across the headings (实施意见, 考评办法)
            stack.append([point.family, point.number, point])
        elif level is None:
            top = stack[-1] if stack else None
            if top and point.number == top[1] + 1 and point.number > 1:
                report(point, f"同一级编号混用了“{top[2].text}”和“{point.text}”两种形式。",
                       _label(top[0], point.number, top[2].text))
                top[1], top[2] = point.number, point
            else:
                if point.number != 1 and not (point.number == 2 and first):
                    # (首先，…… then 第二，……: the list's first point was opened with 首先 — the 1955 report's 首先 … 第二 … 第三)
                    report(point, f"编号“{point.text}”前面缺少从“{_label(point.family, 1, point.text)}”开始的编号。")
                stack.append([point.family, point.number, point])
        elif point.number == 1 and stack[-1][0] == point.family and stack[-1][1] > 1 and \
                not (previous is not None and previous.family == point.family and previous.paragraph == point.paragraph):
            # "一、" again right after "四、" of the same form: a list nested in that point (四、…技术改造 then 一、节约能源
            # 二、… 三、…), the outer list going on after it (五、); kept open beneath, as the deeper 一、 lists above
            stack.append([point.family, point.number, point])
        else:
            direct = level == len(stack) - 1 and previous is not None and previous.family == point.family
            close(stack[level + 1:])
            del stack[level + 1:]
            follow(stack[level], point, direct)
        previous = point
        first = False
        inline.clear()
    return findings
