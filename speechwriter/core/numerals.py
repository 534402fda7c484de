"""Chinese numerals both ways: writing numbers like 十一、 and reading markers like 二十三是.

The one implementation for the analyser (reading Word list numbers) and the outline (numbering).
"""

_DIGITS = "零一二三四五六七八九"
_VALUES = {ch: i for i, ch in enumerate(_DIGITS)} | {"〇": 0, "○": 0, "两": 2}
_UNITS = {"十": 10, "百": 100, "千": 1000}


def chinese_numeral(n: int) -> str:
    """1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五, 1010 → 一千零一十 (n in 1‥9999)."""
    if not 0 < n < 10000:
        raise ValueError(f"cannot write {n} as a Chinese numeral")
    if n < 10:
        return _DIGITS[n]
    if n < 20:  # 十一, not 一十一, when the number starts with the tens
        return "十" + (_DIGITS[n % 10] if n % 10 else "")
    out, zero_pending = "", False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // value % 10
        if digit:
            if zero_pending and out:
                out += "零"
            out += _DIGITS[digit] + unit
            zero_pending = False
        else:
            zero_pending = True
    return out


def numeral_or_digits(n: int) -> str:
    """chinese_numeral(n) where a Chinese numeral can be written (1‥9999), else the digits: a list
    numbered past 9999, or at 0 or below, never fails whoever numbers it."""
    return chinese_numeral(n) if 0 < n < 10000 else str(n)


def parse_chinese_numeral(text: str) -> int | None:
    """一 → 1, 十一 → 11, 二十 → 20, 一百零五 → 105; None when it is not a numeral."""
    if not text:
        return None
    total, current = 0, 0
    for ch in text:
        if ch in _VALUES:
            current = _VALUES[ch]
        elif ch in _UNITS:
            total += (current or 1) * _UNITS[ch]
            current = 0
        else:
            return None
    return total + current
