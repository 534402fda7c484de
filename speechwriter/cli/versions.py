"""`speechwriter versions OUTLINE [--json] [--save NAME]`: the rounds an outline keeps (修改轮次).

JSON: {"versions": [{"n": 1, "name": "初稿", "saved_at": "ISO time", "chars": 5230}, …]}; the current
text is the last entry (listed as 当前稿, timed by the file, while it is in no saved round).
`--save NAME` records the current text as a new round and writes the outline file (atomically).
"""

from __future__ import annotations

import argparse
import json
import os
from datetime import datetime
from typing import Any


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("versions", help="列出提纲保存的各轮稿（初稿、二稿……），或保存新一轮",
                                   description="列出提纲文件里保存的各轮稿（名称、时间、字数）；"
                                               "--save 把当前文字保存为新一轮。")
    parser.add_argument("outline", metavar="OUTLINE", help="提纲文件（*.speech.json）")
    parser.add_argument("--json", action="store_true", help="以 JSON 输出")
    parser.add_argument("--save", metavar="NAME", help="把当前文字保存为新一轮，名称如“二稿”“送审稿”")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from speechwriter.outline import rounds
    from speechwriter.outline.io import save_outline
    from speechwriter.render import open_outline

    outline = open_outline(args.outline)
    note = ""
    if args.save is not None:
        kept = rounds.save_round(outline, args.save)
        save_outline(outline, args.outline)
        note = f"已把当前文字保存为第 {len(outline.rounds)} 轮“{kept.name}”（{kept.chars} 字）。"
    modified = datetime.fromtimestamp(os.stat(args.outline).st_mtime).astimezone().replace(microsecond=0)
    listed = rounds.versions(outline, modified.isoformat())
    if args.json:
        print(json.dumps({"versions": [v.to_json() for v in listed]}, ensure_ascii=False, indent=2))
        return 0
    if note:
        print(note)
    for version in listed:
        unsaved = "" if version.saved else "（未保存为一轮）"
        print(f"{version.n:>3}  {version.name}{unsaved}  {version.saved_at}  {version.chars} 字")
    return 0
