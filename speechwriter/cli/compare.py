"""`speechwriter compare A B [--json] [-o OUT.(docx|html|pdf)] [--set 字段=值]...`

A and B: outlines (their current text), `OUTLINE@N` (round N, as `versions` numbers them), .docx or
.txt. Prints the changes from A to B — words and sentences inside paragraphs, whole paragraphs,
moves — with the outline section each is in; JSON {"changes": [{"op", "section", "old", "new"}]}.
`-o OUT.docx` writes B through the render pipeline with the changes as Word 修订 (author: the
window's 修订作者 setting, else the OS user's name); `.html`/`.pdf` the printable 对照稿.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from speechwriter import filetypes
from speechwriter.errors import UserError

OUTPUTS = (filetypes.WORD_OUT, filetypes.HTML, filetypes.PDF_OUT)   # what -o writes


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("compare", help="比较两轮稿（或提纲与 .docx/.txt）的改动",
                                   description="比较两轮稿的改动：段落中改了哪些词句、增删了哪些段、挪动了哪些段。"
                                               "A、B 可以是提纲、“提纲@轮次”（如 讲话.speech.json@1）、.docx 或 .txt。")
    parser.add_argument("old", metavar="A", help="原来的稿")
    parser.add_argument("new", metavar="B", help="改后的稿")
    parser.add_argument("--json", action="store_true", help="以 JSON 输出改动")
    parser.add_argument("-o", "--output", metavar="OUT.docx",
                        help="写出 B：.docx 带 Word 修订标记；.html / .pdf 为对照稿")
    parser.add_argument("--set", dest="assignments", action="append", default=[], metavar="字段=值",
                        help="补充或改写字段（两边都用），可多次使用")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from speechwriter.cli.render import parse_assignments
    from speechwriter.revise.diff import changes, compare
    from speechwriter.revise.sources import load_side

    target = Path(args.output) if args.output else None
    if target is not None and filetypes.type_of(target, OUTPUTS) is None:
        raise UserError(f"不支持输出为“{target.suffix or target.name}”，请用 {filetypes.suffix_list(OUTPUTS)} 结尾的文件名。")
    fields = parse_assignments(args.assignments)
    old, new = load_side(args.old, fields), load_side(args.new, fields)
    diffs = compare(old.paragraphs, new.paragraphs)
    found = changes(diffs)
    note = ""
    if target is not None:
        note = _write(target, old, new, diffs)
    if args.json:
        print(json.dumps({"changes": [c.to_json() for c in found]}, ensure_ascii=False, indent=2))
        return 0
    names = _section_names(new.outline, old.outline)
    for change in found:
        where = names.get(change.section or "", "")
        print(f"{_OP_NAMES[change.op]}{'（' + where + '）' if where else ''}：{_show(change)}")
    print(f"共 {len(found)} 处改动。" if found else "两稿文字相同，没有改动。")
    if note:
        print(note)
    return 0


_OP_NAMES = {"insert": "加上", "delete": "删去", "replace": "改动", "move": "挪动"}


def _show(change: Any) -> str:
    if change.op == "replace":
        return f"“{change.old}”→“{change.new}”"
    return f"“{change.new or change.old}”"


def _section_names(*outlines: Any) -> dict[str, str]:
    from speechwriter.revise.sources import section_names

    names: dict[str, str] = {}
    for outline in outlines:
        if outline is not None:
            names = {**section_names(outline), **names}
    return names


def _write(target: Path, old: Any, new: Any, diffs: Any) -> str:
    from speechwriter.core.atomic import atomic_write_bytes, atomic_write_text
    from speechwriter.revise.report import comparison_html

    writer = filetypes.type_of(target, filetypes.WRITABLE)
    if writer is filetypes.WORD_OUT:
        from speechwriter.render import outline_options
        from speechwriter.revise.docx_out import tracked_docx

        options = outline_options(new.outline) if new.outline is not None else None
        data, _ = tracked_docx(old.blocks, new.blocks, options)
        atomic_write_bytes(target, data)
        return f"已生成带修订标记的“{target}”：在 Word 里全部接受即为 B，全部拒绝即为 A。"
    html = comparison_html(diffs, old.name, new.name)
    if writer is filetypes.PDF_OUT:
        from speechwriter.paint.comparison import comparison_pdf

        atomic_write_bytes(target, comparison_pdf(html))
    else:
        atomic_write_text(target, html)
    return f"已生成对照稿“{target}”。"
