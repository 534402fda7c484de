"""`date`: dates that cannot be (2月30日), a 星期 that does not match the date, and a full date more
than a year after the speech's own date (a slip of the year, or a sample's date left in)."""

from __future__ import annotations

import datetime as dt
import re

from speechwriter.check.findings import Finding, Text
from speechwriter.check.util import cn_number

_CN = "[〇零一二三四五六七八九十]"
_DATE = re.compile(rf"(?:((?:19|20)\d{{2}}|[一二][〇零一二三四五六七八九]{{3}})\s*年\s*)?(\d{{1,2}}|{_CN}{{1,3}})\s*月"
                   rf"\s*(\d{{1,2}}|{_CN}{{1,3}})\s*[日号](?:\s*[（(]?\s*(?:星期|周|礼拜)([一二三四五六日天])\s*[）)]?)?")
_WEEKDAYS = "一二三四五六日"
_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
FAR_DAYS = 366


def _year(text: str | None) -> int | None:
    if not text:
        return None
    if text.isdigit():
        return int(text)
    return int("".join(str({"〇": 0, "零": 0}.get(ch, cn_number(ch) or 0)) for ch in text))


def parse_dates(line: str):
    """(match, year or None, month, day, weekday index 0–6 or None) for each date written in `line`."""
    for match in _DATE.finditer(line):
        month, day = cn_number(match.group(2)), cn_number(match.group(3))
        if month is None or day is None:
            continue
        weekday = match.group(4)
        yield match, _year(match.group(1)), month, day, (_WEEKDAYS.index(weekday.replace("天", "日")) if weekday else None)


def speech_date(text: Text) -> dt.date | None:
    """The speech's date: given, or the first full date in its header lines."""
    if text.date:
        return text.date
    for para in text.paragraphs[:6]:
        if para.kind in ("meta", "subtitle", "title") or len(para.text) <= 24:
            for _, year, month, day, _ in parse_dates(para.text):
                try:
                    return dt.date(year, month, day) if year else None
                except (TypeError, ValueError):
                    return None
    return None


# a year in Chinese numerals with ○ (a circle), O/Ｏ (letters) or 0 for the numeral 〇
_ZERO_YEAR = re.compile(r"[一二][〇零一二三四五六七八九○OＯ0]{3}(?=\s*年)")
_WRONG_ZEROS = "○OＯ0"


def check(text: Text) -> list[Finding]:
    findings = []
    for i, para in enumerate(text.paragraphs):
        for match in _ZERO_YEAR.finditer(para.text):
            year = match.group()
            if not any(ch in _WRONG_ZEROS for ch in year) or year[1:].isdigit():
                continue
            right = "".join("〇" if ch in _WRONG_ZEROS else ch for ch in year)
            wrong = next(ch for ch in year if ch in _WRONG_ZEROS)
            findings.append(Finding("date", "warning", f"年份“{year}年”里的“{wrong}”应为汉字数字“〇”。", i, match.start(),
                                    match.end(), year, right, para.section))
    own = speech_date(text)
    for i, para in enumerate(text.paragraphs):
        for match, year, month, day, weekday in parse_dates(para.text):
            written = match.group()

            def add(message, suggestion=None, i=i, match=match, written=written, para=para):
                findings.append(Finding("date", "error" if suggestion is None else "warning", message, i, match.start(),
                                        match.end(), written, suggestion, para.section))

            if not 1 <= month <= 12:
                add(f"“{written}”：没有{month}月。")
                continue
            limit = _DAYS[month - 1]
            if year and month == 2:
                limit = 29 if (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)) else 28
            if not 1 <= day <= limit:
                add(f"“{written}”：{f'{year}年' if year else ''}{month}月没有{day}日。")
                continue
            if not year:
                continue
            date = dt.date(year, month, day)
            if weekday is not None and date.weekday() != weekday:
                right = _WEEKDAYS[date.weekday()]
                add(f"“{written}”：这一天是星期{right}，不是星期{_WEEKDAYS[weekday]}。",
                    written[:match.start(4) - match.start()] + right + written[match.end(4) - match.start():])
                continue
            if own and (date - own).days > FAR_DAYS:
                findings.append(Finding("date", "warning", f"“{written}”比讲话日期（{own.year}年{own.month}月{own.day}日）"
                                        f"晚了一年多，请核对年份。", i, match.start(), match.end(), written, None,
                                        para.section))
    return findings
