"""`speechwriter check FILE... [--json]`: 校对 of outlines (as their template prints them), .docx and .txt.

Exit 0 whether or not anything was found; 2 when a file cannot be read (it is named on stderr and
left out of the output; the other files are still checked).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from speechwriter.errors import UserError

_SEVERITY_NAMES = {"error": "错误", "warning": "提醒", "info": "提示"}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("check", help="校对讲稿：占位符、范文原文、编号、点数、标点、重复、日期、规范表述、错别字",
                                   description="校对提纲（*.speech.json，按其模板印出的文字）、Word 文档（.docx）或文本（.txt）。")
    parser.add_argument("files", nargs="+", metavar="FILE", help="要校对的文件")
    parser.add_argument("--json", action="store_true", help="以 JSON 输出")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from speechwriter.check import KIND_NAMES, check_file

    results, failed = [], False
    for name in args.files:
        try:
            findings = check_file(name)
        except UserError as err:
            sys.stderr.write(f"{err.message}\n")
            failed = True
            continue
        results.append({"file": name, "findings": [f.to_dict() for f in findings]})
    if args.json:
        print(json.dumps({"files": results}, ensure_ascii=False, indent=2))
    else:
        for entry in results:
            findings = entry["findings"]
            print(f"{entry['file']}：{'没有发现问题' if not findings else f'发现 {len(findings)} 处'}")
            for f in findings:
                hint = f"　建议：{f['suggestion'] or '删去'}" if f["suggestion"] is not None else ""
                print(f"  第{f['paragraph'] + 1}段 第{f['start'] + 1}字　[{KIND_NAMES[f['kind']]}·"
                      f"{_SEVERITY_NAMES[f['severity']]}] {f['message']}{hint}")
    return 2 if failed else 0
