"""`speechwriter templates [--json]`: the Jinja speech templates and the fields each needs."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

_SOURCE_NAMES = {"built-in": "自带", "user": "自定义"}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("templates", help="列出讲稿模板及其字段",
                                   description="列出讲稿模板（自带的和用户模板文件夹中的）及每个模板需要的字段。")
    parser.add_argument("--json", action="store_true", help="以 JSON 输出")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from speechwriter.render import list_templates, user_templates_dir

    infos = list_templates()
    for broken in (t for t in infos if t.error):  # listed on stderr, left out of the list
        sys.stderr.write(f"模板“{broken.name}”无法使用：{broken.error}\n")
    infos = [t for t in infos if not t.error]
    if args.json:
        print(json.dumps({"templates": [t.to_dict() for t in infos]}, ensure_ascii=False, indent=2))
        return 0
    for info in infos:
        required = "、".join(f.name for f in info.fields if f.required) or "无"
        optional = "、".join(f.name for f in info.fields if not f.required) or "无"
        print(f"{info.name}（{info.kind}，{_SOURCE_NAMES.get(info.source, info.source)}）")
        print(f"    必填：{required}")
        print(f"    选填：{optional}")
    print(f"\n自定义模板放在：{user_templates_dir()}（同名时覆盖自带模板）。")
    return 0
