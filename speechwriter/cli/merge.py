"""`speechwriter merge OUTLINE EDITED.docx -o NEW.speech.json [--json]`

Brings the leader's edited .docx back (revise/merge.py): tracked changes (with their authors), edits
made with 修订 off and 批注 are mapped onto the outline's sections; every change is accepted (the
window lets the clerk choose); the result is written to a NEW outline file, holding every round of
OUTLINE plus a new round named after the .docx. OUTLINE itself is never changed. JSON:
{"changes": [{"op", "section", "old", "new", "tracked", "author"}], "comments": [{"section",
"author", "text", "quote"}], "unplaced": [{"text", "why"}]}.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Any

from speechwriter.errors import UserError


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("merge", help="把领导改过的 .docx（修订、批注）合并回提纲，存为新的一轮",
                                   description="读取领导在 Word/WPS 里修改过的讲稿（修订、直接改动、批注），"
                                               "对应到提纲的各小节，全部接受后写成新的提纲文件（原提纲不动）。")
    parser.add_argument("outline", metavar="OUTLINE", help="发出这份稿子的提纲文件（*.speech.json）")
    parser.add_argument("edited", metavar="EDITED.docx", help="领导改过的 Word 文档")
    parser.add_argument("-o", "--output", required=True, metavar="NEW.speech.json", help="要写入的新提纲文件")
    parser.add_argument("--json", action="store_true", help="以 JSON 列出改动、批注和未能放入提纲的内容")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from speechwriter.outline.io import save_outline
    from speechwriter.render import open_outline
    from speechwriter.revise.merge import read_merge

    target = Path(args.output)
    if target.exists() and _same_file(target, Path(args.outline)):
        raise UserError("新提纲不能写到原提纲文件上：原提纲保持不动，请另起一个文件名。")
    if target.exists():
        raise UserError(f"“{target}”已存在，为免覆盖没有写入，请另起一个文件名。")
    if Path(args.edited).suffix.lower() != ".docx":
        raise UserError(f"“{args.edited}”不是 .docx 文件：请把领导改过的稿子存为 Word 文档（.docx）再合并。")
    outline = open_outline(args.outline)
    merge = read_merge(outline, args.edited)
    result = merge.result()
    save_outline(result, target)
    if args.json:
        print(json.dumps(merge.to_json(), ensure_ascii=False, indent=2))
        return 0
    tracked = sum(1 for c in merge.changes if c.tracked)
    print(f"已合并“{args.edited}”：{tracked} 处修订、{len(merge.changes) - tracked} 处直接改动、"
          f"{len(merge.comments)} 条批注，写入“{target}”（新的一轮“{merge.name}”）。")
    for comment in merge.comments:
        print(f"批注（{comment.author or '未署名'}）：{comment.text}" + (f"　——针对“{comment.quote}”" if comment.quote else ""))
    for item in merge.unplaced:
        print(f"未能放入提纲：“{item.text}”——{item.why}")
    return 0


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False
