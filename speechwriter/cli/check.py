"""`speechwriter check FILE... [--json] [--wordlist FILE]`: 校对 of outlines (as their template prints
them), .docx and .txt.

Exit 0 whether or not anything was found; 2 when a file cannot be read (it is named on stderr and
left out of the output; the other files are still checked) or the word list cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from speechwriter.check.rules import label, summary
from speechwriter.errors import UserError


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("check", help=f"校对讲稿：{summary()}",
                                   description="校对提纲（*.speech.json，按其模板印出的文字）、Word 文档（.docx）或文本（.txt）。")
    parser.add_argument("files", nargs="+", metavar="FILE", help="要校对的文件")
    parser.add_argument("--json", action="store_true", help="以 JSON 输出")
    parser.add_argument("--wordlist", metavar="FILE",
                        help="不提示的词（一行一个，如单位名称、人名）；窗口里“加入词表”的词总会读入")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from speechwriter.check import check_file
    from speechwriter.check.lists import read_words

    words: frozenset[str] = frozenset()
    if args.wordlist:
        try:
            words = read_words(args.wordlist)
        except (OSError, UnicodeDecodeError):
            sys.stderr.write(f"无法读取词表文件“{args.wordlist}”（须是 UTF-8 文本，一行一个词）。\n")
            return 2
    results, failed = [], False
    for name in args.files:
        try:
            findings = check_file(name, words=words)
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
                print(f"  第{f['paragraph'] + 1}段 第{f['start'] + 1}字　{label(f['kind'], f['severity'])} {f['message']}{hint}")
    return 2 if failed else 0
