"""`speechwriter library add|list|search|remove|phrases|show|label|init|copy`: the 素材库 from the command line.

Every sub-command takes `--library FILE|URL` (or the SPEECHWRITER_LIBRARY environment variable):
another library file than the one in the user data folder, or the unit's PostgreSQL server
(`postgresql://user@host:port/db`; libpq's PG* variables, service file and .pgpass fill the rest).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from speechwriter.errors import UserError
from speechwriter.library.store import Library
from speechwriter.vocabulary import ROLE_NAMES

_PHRASE_NAMES = {"opening": "开场", "transition": "过渡", "closing": "结束"}
LIBRARY_HELP = ("素材库：文件路径（默认在用户数据文件夹），或单位服务器 postgresql://用户@服务器:端口/数据库；"
                "也可用环境变量 SPEECHWRITER_LIBRARY")


def register(subparsers: Any) -> None:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--library", metavar="FILE|URL", help=LIBRARY_HELP)
    common.add_argument("--json", action="store_true", help="以 JSON 输出")

    parser = subparsers.add_parser("library", help="素材库：导入往年讲稿，查找段落")
    commands = parser.add_subparsers(dest="library_command", metavar="{add,list,search,remove,phrases,show,label,init,copy}",
                                     parser_class=type(parser))
    parser.set_defaults(func=lambda args: _usage(parser))

    add = commands.add_parser("add", parents=[common], help="导入讲稿文件或文件夹（含子文件夹；.txt/.docx）")
    add.add_argument("paths", nargs="+", metavar="PATH")
    add.add_argument("--private", action="store_true",
                     help="（单位服务器）只有自己能看到这些讲稿，其他办事员查不到")
    add.set_defaults(func=run_add)

    listing = commands.add_parser("list", parents=[common], help="列出素材库里的讲稿")
    listing.add_argument("--own", action="store_true", help="只列自己导入的（不含程序自带的范文）")
    listing.set_defaults(func=run_list)

    find = commands.add_parser("search", parents=[common], help="按词语查找段落")
    find.add_argument("query", metavar="QUERY")
    find.add_argument("--role", metavar="R", help="只找这种段落：开场、回顾、要点、结束")
    find.add_argument("--kind", metavar="KIND", help="只找这类讲稿：领导讲话、工作报告……")
    find.add_argument("--source", metavar="SOURCE",
                      help="只找来自这里的：bundled（自带范文）、own（自己的）或文件路径的一部分")
    find.add_argument("--limit", type=int, default=20, metavar="N", help="最多显示多少段（默认 20）")
    find.set_defaults(func=run_search)

    remove = commands.add_parser("remove", parents=[common], help="从素材库删除一篇讲稿（编号见 list）")
    remove.add_argument("id", metavar="ID")
    remove.set_defaults(func=run_remove)

    phrases = commands.add_parser("phrases", parents=[common], help="某种段落的常用说法（开场、要点、结束……）")
    phrases.add_argument("role", metavar="ROLE")
    phrases.add_argument("--kind", metavar="KIND", help="同类讲稿的说法排在前面")
    phrases.set_defaults(func=run_phrases)


    show = commands.add_parser("show", parents=[common], help="一篇讲稿在素材库里是怎样识别的（标题、各节角色）")
    show.add_argument("id", metavar="ID")
    show.set_defaults(func=run_show)

    label = commands.add_parser("label", parents=[common],
                                help="给一篇讲稿附上校正过的结构（标注 JSON，或 show --json 导出后改过的）")
    label.add_argument("id", metavar="ID")
    label.add_argument("label", metavar="LABEL.json", nargs="?")
    label.add_argument("--clear", action="store_true", help="去掉这篇讲稿的标注，按程序识别的结构")
    label.set_defaults(func=run_label)

    init = commands.add_parser("init", parents=[common],
                               help="（单位信息管理人员，一次）在单位服务器上建立素材库、角色 speechwriter_clerk 和行级权限")
    init.set_defaults(func=run_init)

    copy = commands.add_parser("copy", help="把一个素材库复制到另一个（本机文件 ⇄ 单位服务器），含标注；中断后再运行即接着复制")
    copy.add_argument("--from", dest="source", required=True, metavar="A", help="来源：素材库文件或服务器地址")
    copy.add_argument("--to", dest="target", required=True, metavar="B", help="目标：素材库文件或服务器地址")
    copy.add_argument("--json", action="store_true", help="以 JSON 输出")
    copy.set_defaults(func=run_copy)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_usage(sys.stderr)
    raise UserError("请指定要做的事：add（导入）、list（列出）、search（查找）、remove（删除）、phrases（常用说法）、show（查看识别结果）、label（标注）、init（建立单位服务器上的素材库）或 copy（复制素材库）。")


def _open(args: argparse.Namespace) -> Library:
    from speechwriter.library import open_library

    return open_library(args.library)


def _dump(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def run_add(args: argparse.Namespace) -> int:
    from speechwriter.library import import_paths
    from speechwriter.library.importer import reader_count

    with _open(args) as library:
        if args.private and not library.server:
            sys.stderr.write("提示：--private 只对单位服务器上的素材库有用；本机素材库只有您自己使用，讲稿照常导入。\n")
        summary = import_paths(library, args.paths, progress=_progress_line if sys.stderr.isatty() else None,
                               private=args.private, workers=reader_count())
    if args.json:
        _dump(summary.to_dict())
    else:
        sys.stdout.write(summary.text() + "\n")
    if summary.failed:
        names = "、".join(f for f, _ in summary.failed[:3]) + ("等" if len(summary.failed) > 3 else "")
        sys.stderr.write(f"有 {len(summary.failed)} 个文件未能导入（{names}），原因见上面的清单。\n")
        return 2
    return 0


def _progress_line(percent: int, text: str) -> None:
    """On a terminal, one line that rewrites itself; never in a pipe or a log."""
    end = "\n" if percent >= 100 else ""
    sys.stderr.write(f"\r\033[K{percent:3d}% {text}{end}")
    sys.stderr.flush()


def run_list(args: argparse.Namespace) -> int:
    with _open(args) as library:
        entries = library.speeches(bundled=False if args.own else None)
    if args.json:
        _dump({"speeches": [e.to_dict() for e in entries]})
        return 0
    if not entries:
        sys.stdout.write("素材库里还没有自己导入的讲稿，可用 speechwriter library add 文件夹 导入。\n")
        return 0
    for e in entries:
        origin = "自带范文" if e.bundled else e.source
        when = f"  {e.date}" if e.date else ""
        mark = " · 已校正" if e.labelled else ""
        sys.stdout.write(f"[{e.id}] {e.title or '（无标题）'}\n    {e.kind}{mark}{when}  {e.paragraphs} 段 {e.chars} 字  "
                         f"来源：{origin}\n    关键词：{' '.join(e.keywords)}\n")
    sys.stdout.write(f"共 {len(entries)} 篇。\n")
    return 0


def run_search(args: argparse.Namespace) -> int:
    from speechwriter.library import search

    if args.limit < 1:
        raise UserError("--limit 必须是正整数。")
    args.limit = min(args.limit, 100_000)
    with _open(args) as library:
        result = search(library, args.query, role=args.role, kind=args.kind, source=args.source, limit=args.limit)
    if args.json:
        _dump(result.to_dict())
        return 0
    if not result.hits:
        sys.stdout.write(f"没有找到含“{args.query}”的段落。\n")
        return 0
    for hit in result.hits:
        role = ROLE_NAMES.get(hit.role, "—") if hit.role else "—"
        origin = "自带范文" if hit.bundled else hit.source
        sys.stdout.write(f"[讲稿 {hit.speech_id}] {hit.title or '（无标题）'} · {role} · {hit.kind}  来源：{origin}\n"
                         f"  {hit.highlighted()}\n  标签：{' '.join(hit.keywords)}\n\n")
    more = (f"，只在其中 {result.ranked} 段中排序，可再加词语缩小范围"
            if result.ranked < result.total or result.capped else "")
    how = "（按原文查找）" if result.literal else ""
    sys.stdout.write(f"共找到 {result.total_text()}{how}，显示前 {len(result.hits)} 段{more}。\n")
    return 0


def _speech_id(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        raise UserError(f"讲稿编号应是数字，“{text}”不是；编号可用 speechwriter library list 查看。") from None
    if not 0 < number < 2 ** 63:  # beyond SQLite's integers: no speech has it
        raise UserError(f"素材库里没有编号为 {text} 的讲稿，可用 speechwriter library list 查看编号。")
    return number


def run_remove(args: argparse.Namespace) -> int:
    speech_id = _speech_id(args.id)
    with _open(args) as library:
        entry = library.remove(speech_id)
    if args.json:
        _dump({"removed": entry.to_dict()})
    else:
        sys.stdout.write(f"已从素材库删除第 {entry.id} 篇：{entry.title or '（无标题）'}（{entry.source}）。\n")
    return 0


def run_phrases(args: argparse.Namespace) -> int:
    from speechwriter.library import suggest_phrases
    from speechwriter.library.search import role_of

    role = "transition" if args.role in ("transition", "过渡") else role_of(args.role) or "key_points"
    with _open(args) as library:
        phrases = suggest_phrases(library, role, kind=args.kind)
    if args.json:
        _dump({"role": role, "phrases": [p.to_dict() for p in phrases]})
        return 0
    label = _PHRASE_NAMES.get(role) or ROLE_NAMES[role]
    if not phrases:
        sys.stdout.write(f"素材库里还没有“{label}”的常用说法。\n")
    for p in phrases:
        sys.stdout.write(f"· {p.text}\n    （{p.count} 篇，来源：{'；'.join(p.sources[:3])}）\n")
    return 0


def run_show(args: argparse.Namespace) -> int:
    from speechwriter.cli.analyze import describe

    speech_id = _speech_id(args.id)
    with _open(args) as library:
        entry = library.entry(speech_id)
        speech = library.speech(speech_id)
    if args.json:
        _dump({"id": entry.id, "labelled": entry.labelled, "speeches": [speech.to_dict()]})
        return 0
    how = "按您校正的结构" if entry.labelled else "程序识别的结构"
    sys.stdout.write(f"[{entry.id}] {how}\n{describe(speech)}\n")
    return 0


def run_label(args: argparse.Namespace) -> int:
    from speechwriter.library.labels import clear_label, label_from_json, set_label

    speech_id = _speech_id(args.id)
    if args.clear == bool(args.label):
        raise UserError("请给出标注文件（LABEL.json），或用 --clear 去掉标注，二者选一。")
    label = None if args.clear else label_from_json(_read_json(args.label))
    with _open(args) as library:
        entry = library.entry(speech_id)
        if args.clear:
            if not entry.labelled:
                sys.stdout.write(f"第 {entry.id} 篇没有标注，无需去掉。\n")
                return 0
            speech = clear_label(library, speech_id)
        else:
            speech = set_label(library, speech_id, label)
    if args.json:
        _dump({"id": entry.id, "labelled": not args.clear, "speeches": [speech.to_dict()]})
    elif args.clear:
        sys.stdout.write(f"已去掉第 {entry.id} 篇的标注，按程序识别的结构重新读取。\n")
    else:
        roles = "、".join(ROLE_NAMES[s.role] for s in speech.sections if s.role)
        sys.stdout.write(f"已为第 {entry.id} 篇附上标注：{speech.title or '（无标题）'}，{len(speech.sections)} 节（{roles}）。"
                         "运行 speechwriter train 可让程序学会这种写法。\n")
    return 0


def _read_json(path: str) -> Any:
    from speechwriter.core.reader import read_json_file  # the careful opener: no pipe, device or huge file

    return read_json_file(path, 4 * 1024 * 1024, "标注文件")


def run_init(args: argparse.Namespace) -> int:
    from speechwriter.library.pg_schema import initialise
    from speechwriter.library.store import default_location, is_server

    location = args.library if args.library is not None else default_location()
    if not is_server(location):
        raise UserError("library init 用于单位服务器上的素材库，请用 --library postgresql://用户@服务器/数据库 指定服务器"
                        "（本机的素材库文件第一次使用时自动建立）。")
    done = initialise(str(location))
    if args.json:
        _dump({"initialised": True, "message": done})
    else:
        sys.stdout.write(done + "\n")
    return 0


def run_copy(args: argparse.Namespace) -> int:
    from speechwriter.library.copy import copy_library

    summary = copy_library(args.source, args.target, progress=_progress_line if sys.stderr.isatty() else None)
    if args.json:
        _dump(summary.to_dict())
    else:
        sys.stdout.write(summary.text() + "\n")
    return 2 if summary.failed else 0
