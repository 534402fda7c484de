"""`speechwriter outline FILE -o OUTLINE`: turn an existing speech into an outline to reuse."""

from __future__ import annotations

import argparse
from typing import Any

from speechwriter.errors import UserError


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("outline", help="把已有讲稿（.txt/.docx）转成提纲文件",
                                   description="分析已有讲稿，保留原文措辞，转成可再次编辑的提纲文件。")
    parser.add_argument("file", metavar="FILE", help="讲稿文件（.txt 或 .docx）")
    parser.add_argument("-o", "--output", required=True, metavar="OUTLINE", help="要写入的提纲文件（*.speech.json）")
    parser.add_argument("--part", type=int, metavar="N", help="文件中有多篇讲话时，取第 N 篇")
    parser.add_argument("--force", action="store_true", help="提纲文件已存在时覆盖它")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from speechwriter.cli._outline_files import write_new_outline
    from speechwriter.core.analyzer import analyze_file
    from speechwriter.core.atomic import check_output
    from speechwriter.outline.create import from_speech

    check_output(args.output, (args.file,), args.force)   # before the reading: `-o` the speech itself is refused
    if args.part is not None and args.part < 1:
        raise UserError(f"--part 应是从 1 开始的篇号，“{args.part}”不是。")
    speeches = analyze_file(args.file)
    if not speeches:
        raise UserError(f"在“{args.file}”中没有找到讲话正文。")
    if args.part is None and len(speeches) > 1:
        raise UserError(f"“{args.file}”中有 {len(speeches)} 篇讲话，请用 --part 1…{len(speeches)} 选择一篇。")
    part = args.part or 1
    if not 1 <= part <= len(speeches):
        raise UserError(f"“{args.file}”中只有 {len(speeches)} 篇讲话，没有第 {part} 篇。")
    print(write_new_outline(from_speech(speeches[part - 1]), args.output, args.force, (args.file,)))
    return 0
