"""`speechwriter render OUTLINE -o OUT.(docx|pdf|html|txt) [--template NAME] [--reference T.docx]
[--fonts SET] [--set 字段=值]...`

The output's extension picks the writer: .docx (the manuscript), .pdf (the same pages, painted
by Qt's PDF writer), .html (the preview), .txt. The layout is the outline's own (its "layout"
entry) unless --fonts names another font set.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from speechwriter import filetypes
from speechwriter.errors import UserError
from speechwriter.outline.io import without_control_characters
from speechwriter.outline.tree import Outline


def register(subparsers: Any) -> None:
    from speechwriter.render.options import FONT_SET_HINTS, FONT_SETS

    sets = "；".join(f"{name}：{FONT_SET_HINTS[name]}" for name in FONT_SETS)
    parser = subparsers.add_parser("render", help="把提纲按模板生成 Word / PDF 文稿",
                                   description="把提纲按模板生成讲稿：.docx（公文格式）、.pdf（同样的版面）、"
                                               ".html（预览）或 .txt。")
    parser.add_argument("outline", metavar="OUTLINE", help="提纲文件（*.speech.json）")
    parser.add_argument("-o", "--output", required=True, metavar="OUT.docx",
                        help="输出文件（.docx / .pdf / .html / .txt）")
    parser.add_argument("--template", metavar="NAME",
                        help="模板名称（默认用提纲中记录的模板；换用其他模板时，其过渡语、结束语如同在编辑器中选用一样写入正文）")
    parser.add_argument("--reference", metavar="T.docx",
                        help="本单位的 Word 模板：沿用其页面设置、页眉页脚和样式（标题、标题 1–3、正文）")
    parser.add_argument("--set", dest="assignments", action="append", default=[], metavar="字段=值",
                        help="补充或改写字段，可多次使用")
    parser.add_argument("--fonts", metavar="SET", help=f"字体方案（默认用提纲中的排版设置）。{sets}")
    parser.add_argument("--force", action="store_true", help="输出文件已存在时覆盖它（原文件保留为“名称.bak.后缀”）")
    parser.set_defaults(func=run)


def parse_assignments(assignments: list[str]) -> dict[str, str]:
    fields = {}
    for item in assignments:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise UserError(f"--set 的写法应为“字段=值”，而不是“{_shown(item)}”。")
        try:
            item.encode("utf-8")
        except UnicodeEncodeError:  # bytes that were not UTF-8 on the command line: refused as the outline's are
            raise UserError(f"--set 的“{_shown(name.strip())}”中有无法识别的残缺字符（命令行的文字编码可能不是 UTF-8）。") from None
        fields[without_control_characters(name.strip())] = without_control_characters(value.strip())
    return fields


def _shown(text: str) -> str:
    return text.encode("utf-8", "replace").decode("utf-8")


def run(args: argparse.Namespace) -> int:
    from speechwriter.core.budget import task_budget

    with task_budget():   # ONE budget for the whole render: the export, the broken-field pass, the leftover check
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    from speechwriter.core.atomic import atomic_write_text, check_output, keep_backup
    from speechwriter.render import (
        FONT_SETS,
        apply_template,
        export_docx,
        export_pdf,
        open_outline,
        outline_options,
        render_blocks,
        to_html,
        to_text,
    )

    target = Path(args.output)
    suffix = target.suffix.lower()
    writer = filetypes.type_of(target, filetypes.WRITABLE)
    if writer is None:
        raise UserError(f"不支持输出为“{suffix or target.name}”，请用 {filetypes.suffix_list(filetypes.WRITABLE)} 结尾的文件名。")
    if args.fonts is not None and args.fonts not in FONT_SETS:
        raise UserError(f"未知的字体方案“{args.fonts}”（可选：{'、'.join(FONT_SETS)}）。")
    if args.reference and writer is not filetypes.WORD_OUT:
        raise UserError("--reference（单位 Word 模板）只用于输出 .docx。")
    replacing = check_output(target, (args.outline, args.reference), args.force)  # before any work is done
    outline = open_outline(args.outline)
    fields = parse_assignments(args.assignments)
    if args.template and args.template != outline.template:
        # as if chosen in the editor: the template's transition/closing become text of this copy
        apply_template(outline, args.template)
    outline.fields.update(fields)  # this copy's: what --set fills is filled for every check below too
    options = outline_options(outline)
    if args.fonts:
        options = options.with_(fonts=args.fonts)
    # the passes that only look come first: whatever they refuse, nothing has been written yet
    problems: list[str] = []
    render_blocks(outline, None, fields, problems)
    leftovers = _leftovers(outline)
    notes: list[str] = []
    if replacing:
        keep_backup(target)
    if writer is filetypes.WORD_OUT:
        notes = export_docx(outline, target, None, options, fields, reference=args.reference)
    elif writer is filetypes.PDF_OUT:
        export_pdf(outline, target, None, options, fields)
    elif writer is filetypes.TEXT_OUT:
        atomic_write_text(target, to_text(outline, None, fields))
    else:
        atomic_write_text(target, to_html(outline, None, options, fields))
    for note in notes:
        print(note)
    for problem in problems:   # written as the clerk typed it; said, not hidden (the file is still made)
        sys.stderr.write(f"注意：{problem}，已原样输出。\n")
    if leftovers:
        sys.stderr.write(leftovers)
    print(f"已生成“{target}”（模板：{args.template or outline.template}）。")
    return 0


def _leftovers(outline: Outline) -> str:
    """Placeholders and sample wording are never exported silently: the line for stderr that names them."""
    from speechwriter.check import check_outline

    findings = check_outline(outline, rules={"placeholder", "sample_text"})
    counts = {rule: sum(1 for f in findings if f.rule == rule) for rule in ("placeholder", "sample_text")}
    parts = [f"{counts['placeholder']} 处占位符或提示语" if counts["placeholder"] else "",
             f"{counts['sample_text']} 处范文原话" if counts["sample_text"] else ""]
    return f"注意：稿中还有 {'、'.join(p for p in parts if p)}，可用 speechwriter check 查看。\n" if any(parts) else ""
