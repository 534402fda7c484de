"""The 错别字 rule's twin route: a rare character drawn (nearly) as a common one (倶 for 俱, 囯 for 国, 汚 for 污)
— what an input method's rare candidate or a text copied from a Japanese or old page leaves in a draft, and
what no reader of the screen sees. Such a character is in no word of the dictionary, so the other routes, which
look for a word one character off among the words around it, never reach it. Here it is taken for its common
twin where that makes a dictionary word with its neighbours (与时倶进 → 与时俱进); where it makes none (a name,
a quoted old form), it is left alone.

The twins are bench/glyph_shapes.py --twins' (resources/check/components.tsv rows tagged lexicon.TWIN_TAG): rare
characters outside chars.tsv and jieba's dictionary whose glyphs lie within a few pixels of a common one's.
"""

from __future__ import annotations

from speechwriter.check.lexicon import Lexicon

HOW = "形近"
MIN_WEIGHT = 20   # jieba's frequency, at least, of the word the twin makes (a word a writer could have meant)


def twin_candidates(line: str, lex: Lexicon) -> list[tuple[int, int, int, int, str, str]]:
    """(length, weight, start, end, right word, how) for each rare twin character of `line` whose common twin
    makes a dictionary word of two to four characters with its neighbours (the heaviest such word)."""
    twins = lex.twins
    if not twins:
        return []
    found = []
    for i, ch in enumerate(line):
        usual = twins.get(ch)
        if usual is None:
            continue
        best = None
        for n in (4, 3, 2):
            for start in range(max(0, i - n + 1), min(i, len(line) - n) + 1):
                word = line[start:i] + usual + line[i + 1:start + n]
                weight = lex.freq.get(word) or 0
                if weight >= MIN_WEIGHT and (best is None or (n, weight) > (best[0], best[1])):
                    best = (n, weight, start, start + n, word, HOW)
        if best is not None:
            found.append(best)
    return found
