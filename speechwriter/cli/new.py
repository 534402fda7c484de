"""`speechwriter new --structure ID -o OUTLINE`: a new outline from a learned structure.

`--from OLD.speech.json` instead starts from a saved outline (last year's speech): a copy with
its own section ids, so the two files never get confused.
"""

from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("new", help="按学到的结构新建提纲文件",
                                   description="按学到的结构（speechwriter structures 可查看编号）新建提纲文件。")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--structure", metavar="ID", help="结构编号")
    source.add_argument("--from", dest="copy_of", metavar="OUTLINE", help="复制已保存的提纲（如去年的讲话）")
    parser.add_argument("-o", "--output", required=True, metavar="OUTLINE", help="要写入的提纲文件（*.speech.json）")
    parser.add_argument("--force", action="store_true", help="提纲文件已存在时覆盖它")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from speechwriter.cli._outline_files import write_new_outline

    if args.copy_of:
        from speechwriter.render import open_outline

        outline = open_outline(args.copy_of).copy()
    else:
        from speechwriter.core.learn import find_structure  # the analyser loads jieba: only when needed
        from speechwriter.outline.create import from_structure
        from speechwriter.render import apply_template

        outline = from_structure(find_structure(args.structure))
        apply_template(outline, outline.template, initial=True)
    print(write_new_outline(outline, args.output, args.force, (args.copy_of,)))
    return 0
