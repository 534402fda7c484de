"""`speechwriter train [--reset]`: retrain the clerk's model from the library's labelled speeches."""

from __future__ import annotations

import argparse
import sys
from typing import Any


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("train", help="根据素材库里校正过的讲稿重新训练结构识别（--reset 恢复默认）")
    parser.add_argument("--reset", action="store_true", help="不再使用根据校正训练的模型，恢复程序自带的结构识别")
    parser.add_argument("--library", metavar="FILE|URL",
                        help="素材库：文件路径（默认在用户数据文件夹），或单位服务器 postgresql://用户@服务器:端口/数据库；"
                             "也可用环境变量 SPEECHWRITER_LIBRARY")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from speechwriter.library import Library
    from speechwriter.library.labels import forget, learn

    with Library(args.library) as library:
        if args.reset:
            had, summary = forget(library)
            first = "已恢复默认的结构识别" if had else "本来就在使用默认的结构识别"
        else:
            retrained, summary = learn(library)
            first = f"{retrained.text()}（用时 {retrained.seconds:.1f} 秒）"
    again = len(summary.reanalysed)
    sys.stdout.write(f"{first}，素材库里的讲稿已重新识别（{again} 个文件；您校正过的按您的校正）。\n")
    for name, reason in summary.failed:
        sys.stderr.write(f"{name}：{reason}\n")
    return 0
