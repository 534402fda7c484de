"""`speechwriter new --structure ID -o OUTLINE`: a new outline from a learned structure."""

from __future__ import annotations


def register(subparsers) -> None:
    parser = subparsers.add_parser("new", help="按学到的结构新建提纲文件",
                                   description="按学到的结构（speechwriter structures 可查看编号）新建提纲文件。")
    parser.add_argument("--structure", required=True, metavar="ID", help="结构编号")
    parser.add_argument("-o", "--output", required=True, metavar="OUTLINE", help="要写入的提纲文件（*.speech.json）")
    parser.add_argument("--force", action="store_true", help="提纲文件已存在时覆盖它")
    parser.set_defaults(func=run)


def run(args) -> int:
    from speechwriter.cli._outline_files import write_new_outline
    from speechwriter.core.learn import find_structure  # the analyser loads jieba: only when needed
    from speechwriter.outline.create import from_structure

    outline = from_structure(find_structure(args.structure))
    print(write_new_outline(outline, args.output, args.force))
    return 0
