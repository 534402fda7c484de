"""Chinese numerals both ways, for numbering like 十一、 and for reading 二十三是."""

_DIGITS = "零一二三四五六七八九"
_VALUES = {ch: i for i, ch in enumerate(_DIGITS)} | {"〇": 0, "两": 2, "壹": 1, "贰": 2, "叁": 3}


def chinese_numeral(n: int) -> str:
    """1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五 (the way numbering is read aloud)."""
    if n <= 0:
        return str(n)
    if n < 10:
        return _DIGITS[n]
    if n < 20:
        return "十" + (_DIGITS[n - 10] if n > 10 else "")
    if n < 100:
        tens, ones = divmod(n, 10)
        return _DIGITS[tens] + "十" + (_DIGITS[ones] if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        tail = "" if rest == 0 else ("零" + chinese_numeral(rest) if rest < 10 else
                                     (_DIGITS[1] + chinese_numeral(rest) if rest < 20 else chinese_numeral(rest)))
        return _DIGITS[hundreds] + "百" + tail
    return str(n)


def parse_chinese_numeral(text: str) -> int | None:
    """一 → 1, 十一 → 11, 二十 → 20, 一百零五 → 105; None when it is not a numeral."""
    if not text:
        return None
    total, current = 0, 0
    for ch in text:
        if ch in _VALUES:
            current = _VALUES[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return total + current
