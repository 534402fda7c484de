"""The one home of the character pairs that are not slips for the wording routes (issue 18).

HOUSE_STYLE: both characters are written in published text and the choice between them is house style —
做出/作出, 其它/其他, 身份/身分, 好象/好像, 帐户/账户, 制订/制定. The usage rule (usage.py) gives the 公文's
preference as a 提示 where its context says which is meant; the real-word route (realword.py) and the 规范表述
rule's mined phrases (term.py) never call one of them a slip of the other (发展做出重要贡献 is a hint, not a
mis-stated phrase). A curated formulation (formulas.tsv) is written to the letter: 人民当家做主 is still a slip of
人民当家作主.

BY_USAGE: pairs that the usage rule decides by the words around them (的/地/得, 那/哪); the real-word route
leaves them to it. The 规范表述 rule reads 的, 地 and 得 as function words already (term_mined._RUN_FUNCTION).
"""

from __future__ import annotations


def _pairs(*pairs: str) -> frozenset[str]:
    return frozenset("".join(sorted(pair)) for pair in pairs)


HOUSE_STYLE = _pairs("做作", "它他", "它她", "份分", "象像", "帐账", "订定")
BY_USAGE = _pairs("的地", "的得", "地得", "那哪")
VARIANTS = HOUSE_STYLE | BY_USAGE


def house_style(a: str, b: str) -> bool:
    """The characters `a` and `b` are a house-style pair (either order)."""
    return "".join(sorted(a + b)) in HOUSE_STYLE


def variant(a: str, b: str) -> bool:
    """The characters `a` and `b` are a pair of VARIANTS (either order): house style, or the usage rule's."""
    return "".join(sorted(a + b)) in VARIANTS
