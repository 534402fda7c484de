"""`speechwriter analyze FILE... [--json]`: the structure the analyser finds in sample speeches."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from speechwriter.core.speech import Block, Speech
from speechwriter.vocabulary import ROLE_NAMES


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("analyze", help="分析范文的结构（.txt 或 .docx）")
    parser.add_argument("files", nargs="+", metavar="FILE", help="讲稿文件")
    parser.add_argument("--json", action="store_true", help="以 JSON 输出")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from speechwriter.core.analyzer import analyze_file  # jieba loads only when really analysing

    speeches: list[Speech] = []
    for path in args.files:
        speeches.extend(analyze_file(path))
    if args.json:
        json.dump({"speeches": [s.to_dict() for s in speeches]}, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write("\n\n".join(describe(s) for s in speeches) + "\n")
    return 0


def describe(speech: Speech) -> str:
    """A readable outline in Chinese, as a clerk would summarise the speech."""
    lines = [f"【{speech.kind}】{speech.title or '（无标题）'}", f"  来源：{speech.source}"]
    for label, value in (("副标题", speech.subtitle), ("讲话人", speech.speaker), ("日期", speech.date),
                         ("称呼", speech.salutation)):
        if value:  # a field set over two lines keeps its second line under the first
            lines.append(f"  {label}：" + value.replace("\n", "\n" + " " * (4 + 2 * len(label))))
    for section in speech.sections:
        lines.extend(_describe_block(section, indent=2))
    return "\n".join(lines)


def _describe_block(block: Block, indent: int) -> list[str]:
    pad = " " * indent
    role = f"［{ROLE_NAMES[block.role]}］" if block.role else ""
    text = block.heading or (block.paragraphs[0] if block.paragraphs else "")
    chars = sum(len(p) for p in block.all_paragraphs())
    lines = [f"{pad}{role}{_short(text)}（{chars}字）"]
    for point in block.points:
        lines.extend(_describe_block(point, indent + 4))
    return lines


def _short(text: str, limit: int = 36) -> str:
    return text if len(text) <= limit else text[:limit] + "……"
