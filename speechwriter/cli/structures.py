"""`speechwriter structures [--json] [--samples DIR]`: structures learned from the samples."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from speechwriter.core.structure import skeleton_text


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("structures", help="列出从范文中学到的讲话结构")
    parser.add_argument("--json", action="store_true", help="以 JSON 输出")
    parser.add_argument("--samples", metavar="DIR", action="append", default=[],
                        help="再加上这个文件夹里自己的范文（.txt/.docx，含子文件夹）")
    parser.set_defaults(func=run)


def check_folder(folder: str) -> None:
    """A --samples folder that cannot be listed is refused, not silently left out."""
    import os

    from speechwriter.errors import UserError, os_reason

    if not os.path.isdir(folder):
        raise UserError(f"范文文件夹“{folder}”不存在或不是文件夹。")
    try:
        with os.scandir(folder) as entries:
            next(entries, None)
    except OSError as err:
        raise UserError(f"无法读取范文文件夹“{folder}”：{os_reason(err)}。") from None


def run(args: argparse.Namespace) -> int:
    from speechwriter.core.learn import bundled_speeches, folder_speeches, learn_structures

    for folder in args.samples:
        check_folder(folder)
    speeches = bundled_speeches()
    for folder in args.samples:
        speeches += folder_speeches(folder, on_error=lambda path, err: sys.stderr.write(f"已跳过：{err}\n"))
    structures = learn_structures(speeches)
    if args.json:
        json.dump({"structures": [s.to_dict() for s in structures]}, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for s in structures:
        sys.stdout.write(f"{s.id}\n  {s.name}  [{s.kind}]  编号：{s.numbering}\n  结构：{skeleton_text(s.skeleton)}\n"
                         f"  来源：{'；'.join(s.sources)}\n")
        for role, label in (("opening", "开场"), ("transition", "过渡"), ("closing", "结束")):
            for phrase in s.phrases.get(role, [])[:1]:
                sys.stdout.write(f"  {label}：{phrase}\n")
        sys.stdout.write("\n")
    return 0

