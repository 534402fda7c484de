"""The one registry of the files speechwriter reads and writes: suffixes, Chinese names, dialog filters.

File dialogs, the start page's 打开, the 素材库's folder import, the analyser's reader and the CLI's
`render -o` all ask here, so a suffix added once is known everywhere. No Qt.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class FileType:
    key: str
    label: str                    # what a clerk calls it, in a dialog's filter and in messages
    suffixes: tuple[str, ...]     # lower case, with the dot; the first is the one to add when missing

    def matches(self, path: str | os.PathLike) -> bool:
        name = Path(path).name.lower()
        return any(name.endswith(suffix) for suffix in self.suffixes)

    def pattern(self) -> str:
        return " ".join("*" + suffix for suffix in self.suffixes)

    def bare_name(self, path: str | os.PathLike) -> str:
        """The file's name without this type's suffix (`2026年会.speech.json` → `2026年会`)."""
        name = Path(path).name
        suffix = next((s for s in self.suffixes if name.lower().endswith(s)), "")
        return name[: len(name) - len(suffix)] if suffix else name

    def with_suffix(self, path: str) -> str:
        """The path, with this type's first suffix added when it has none of its suffixes."""
        return path if self.matches(path) else path + self.suffixes[0]


OUTLINE = FileType("outline", "讲稿提纲", (".speech.json",))
OUTLINE_JSON = FileType("outline", "讲稿提纲", (".json",))   # what `check` and `render` open as an outline
TEXT = FileType("text", "纯文本", (".txt", ".text", ".md"))
WORD = FileType("word", "Word 文档", (".docx", ".docm", ".dotx"))
OLD_WORD = FileType("old-word", "旧版 Word/WPS 文档", (".doc", ".wps"))   # recognised only to say: save as .docx
HTML = FileType("html", "网页", (".html", ".htm"))

SPEECH_TYPES = (TEXT, WORD)                 # a speech the analyser reads (sample, import, 素材库)
SPEECH_SUFFIXES = tuple(s for t in SPEECH_TYPES for s in t.suffixes)
WORD_OUT = FileType("word", "Word 文档", (".docx",))      # what the writers make (not .docm/.dotx)
TEXT_OUT = FileType("text", "纯文本", (".txt",))
PDF_OUT = FileType("pdf", "PDF 文档", (".pdf",))
WORD_REFERENCE = FileType("word-reference", "Word 文档", (".docx", ".dotx"))   # an office's own Word template
WRITABLE = (WORD_OUT, PDF_OUT, HTML, TEXT_OUT)       # what `render -o` and the export menu write


def suffix_list(types: tuple[FileType, ...]) -> str:
    """`.docx、.html 或 .txt` for a message."""
    names = [t.suffixes[0] for t in types]
    return names[0] if len(names) == 1 else "、".join(names[:-1]) + " 或 " + names[-1]


def type_of(path: str | os.PathLike, types: tuple[FileType, ...] = (OUTLINE, *SPEECH_TYPES, OLD_WORD, HTML)
            ) -> FileType | None:
    """The type a path's name says it is, or None."""
    return next((t for t in types if t.matches(path)), None)


def dialog_filter(label: str, *types: FileType, all_files: bool = True) -> str:
    """A Qt file-dialog filter: `讲话稿 (*.txt *.docx);;所有文件 (*)`."""
    patterns = " ".join(t.pattern() for t in types)
    entries = [f"{label} ({patterns})"]
    if all_files:
        entries.append("所有文件 (*)")
    return ";;".join(entries)


OUTLINE_FILTER = dialog_filter("讲稿提纲", OUTLINE)
SPEECH_FILTER = dialog_filter("讲话稿", TEXT, WORD)
OPEN_FILTER = ";;".join([f"讲稿提纲或讲话稿 ({OUTLINE.pattern()} {TEXT.pattern()} {WORD.pattern()})",
                         f"讲稿提纲 ({OUTLINE.pattern()})", f"讲话稿 ({TEXT.pattern()} {WORD.pattern()})", "所有文件 (*)"])
TEXT_OUT_FILTER = dialog_filter("纯文本", TEXT_OUT, all_files=False)
WORD_OUT_FILTER = dialog_filter("Word 文档", WORD_OUT, all_files=False)
WORD_REFERENCE_FILTER = dialog_filter("Word 文档", WORD_REFERENCE, all_files=False)
PDF_OUT_FILTER = dialog_filter("PDF 文档", PDF_OUT, all_files=False)
