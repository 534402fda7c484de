"""The curated lists (规范表述, 错别字 …): tab-separated data files a clerk can extend; and the clerk's
own word list (加入词表: unit names, people, local terms — never flagged), `<user data folder>/check/words.txt`.

Built-in lists are in `resources/check/NAME.tsv`; the clerk's own additions go into
`<user data folder>/check/NAME.tsv` in the same format and are read after them (a clerk's line
with the same wrong form replaces the built-in one; a line `错误写法<TAB>-` switches one off).

    # comment
    错误写法<TAB>正确写法<TAB>说明（可省）
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from speechwriter.paths import resources_dir, user_dir


@dataclass(frozen=True)
class Entry:
    wrong: str
    right: str
    note: str = ""


def user_lists_dir() -> Path:
    return user_dir() / "check"


def _read(path: Path) -> list[Entry]:
    entries: list[Entry] = []
    from speechwriter.core.reader import read_regular_file  # the careful opener: no pipe, device, huge file
    from speechwriter.errors import UserError

    try:
        text = read_regular_file(path, 4 * 1024 * 1024, "词表").decode("utf-8-sig")
    except (UserError, UnicodeDecodeError):
        return entries  # an unreadable own list must not stop the 校对
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = [p.strip() for p in line.split("\t")] + ["", ""]
        if parts[0]:
            entries.append(Entry(parts[0], parts[1], parts[2]))
    return entries


def _stamp(name: str) -> tuple:
    own = user_lists_dir() / f"{name}.tsv"
    try:
        return (str(own), own.stat().st_mtime_ns)
    except OSError:
        return (str(own), None)


def entries(name: str) -> dict[str, Entry]:
    return _entries(name, _stamp(name))


@lru_cache(maxsize=16)
def _entries(name: str, _stamp_key: tuple) -> dict[str, Entry]:
    table: dict[str, Entry] = {}
    for folder in (resources_dir() / "check", user_lists_dir()):
        for entry in _read(folder / f"{name}.tsv"):
            if entry.right == "-":
                table.pop(entry.wrong, None)
            else:
                table[entry.wrong] = entry
    return table


def switched_off(name: str) -> frozenset[str]:
    """The wrong forms the clerk switched off (`错误写法<TAB>-`): no route of any rule flags them."""
    return _switched_off(name, _stamp(name))


@lru_cache(maxsize=16)
def _switched_off(name: str, _stamp_key: tuple) -> frozenset[str]:
    return frozenset(entry.wrong for entry in _read(user_lists_dir() / f"{name}.tsv") if entry.right == "-")


def matcher(name: str) -> tuple[re.Pattern | None, dict[str, Entry]]:
    table = {wrong: entry for wrong, entry in entries(name).items() if entry.right}
    return _pattern(tuple(sorted(table, key=len, reverse=True))), table


@lru_cache(maxsize=16)
def _pattern(words: tuple[str, ...]) -> re.Pattern | None:
    return re.compile("|".join(map(re.escape, words))) if words else None


def words(name: str) -> frozenset[str]:
    """A one-column list (e.g. verbs that reduplicate as ABAB)."""
    return frozenset(entries(name))


WORDS_FILE = "words.txt"


def clerk_words_file() -> Path:
    return user_lists_dir() / WORDS_FILE


def read_words(path: Path) -> frozenset[str]:
    """One word a line (# comments and blank lines skipped); OSError/UnicodeDecodeError when unreadable."""
    text = Path(path).read_text(encoding="utf-8-sig")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.lstrip().startswith("#"))


def clerk_words() -> frozenset[str]:
    """The clerk's word list (加入词表); empty when there is none or it cannot be read."""
    path = clerk_words_file()
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        return frozenset()
    return _clerk_words(str(path), stamp)


@lru_cache(maxsize=2)
def _clerk_words(path: str, _stamp: int) -> frozenset[str]:
    try:
        return read_words(Path(path))
    except (OSError, UnicodeDecodeError):
        return frozenset()


def add_clerk_word(word: str) -> None:
    """Adds `word` to the clerk's list (kept one a line, the earlier words untouched)."""
    word = word.strip()
    if not word or word in clerk_words():
        return
    path = clerk_words_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a", encoding="utf-8") as out:
        if path.stat().st_size == 0:
            out.write("# 词表：单位名称、人名、地方用语等，校对不再提示。一行一个。\n")
        out.write(word + "\n")
