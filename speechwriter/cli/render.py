"""`speechwriter render OUTLINE -o OUT.docx [--template NAME] [--set 字段=值]...`

The output's extension picks the writer: .docx (the manuscript), .html (the preview), .txt.
"""

from __future__ import annotations

from pathlib import Path

from speechwriter import filetypes
from speechwriter.errors import UserError


def register(subparsers) -> None:
    parser = subparsers.add_parser("render", help="把提纲按模板生成 Word 文稿",
                                   description="把提纲按模板生成讲稿：.docx（公文格式）、.html（预览）或 .txt。")
    parser.add_argument("outline", metavar="OUTLINE", help="提纲文件（*.speech.json）")
    parser.add_argument("-o", "--output", required=True, metavar="OUT.docx", help="输出文件（.docx / .html / .txt）")
    parser.add_argument("--template", metavar="NAME", help="模板名称（默认用提纲中记录的模板）")
    parser.add_argument("--set", dest="assignments", action="append", default=[], metavar="字段=值",
                        help="补充或改写字段，可多次使用")
    parser.add_argument("--fonts", default="公文字体", metavar="字体方案", help="公文字体（默认）或 系统自带")
    parser.set_defaults(func=run)


def parse_assignments(assignments: list[str]) -> dict[str, str]:
    fields = {}
    for item in assignments:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise UserError(f"--set 的写法应为“字段=值”，而不是“{item}”。")
        fields[name.strip()] = value.strip()
    return fields


def run(args) -> int:
    from speechwriter.core.atomic import atomic_write_text
    from speechwriter.outline.io import load_outline
    from speechwriter.render import FONT_SETS, export_docx, to_html, to_text

    target = Path(args.output)
    suffix = target.suffix.lower()
    writer = filetypes.type_of(target, filetypes.WRITABLE)
    if writer is None:
        raise UserError(f"不支持输出为“{suffix or target.name}”，请用 {filetypes.suffix_list(filetypes.WRITABLE)} 结尾的文件名。")
    if args.fonts not in FONT_SETS:
        raise UserError(f"未知的字体方案“{args.fonts}”（可选：{'、'.join(FONT_SETS)}）。")
    outline = load_outline(args.outline)
    fields = parse_assignments(args.assignments)
    if writer is filetypes.WORD_OUT:
        export_docx(outline, target, args.template, args.fonts, fields)
    elif writer is filetypes.TEXT_OUT:
        atomic_write_text(target, to_text(outline, args.template, fields))
    else:
        atomic_write_text(target, to_html(outline, args.template, args.fonts, fields))
    print(f"已生成“{target}”（模板：{args.template or outline.template}）。")
    return 0
