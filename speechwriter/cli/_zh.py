"""argparse in Chinese: its messages go through `_()` / `ngettext()` looked up in its module at call
time, so installing our translations there turns the usage block and every error into Chinese."""

from __future__ import annotations

import argparse
from typing import Any

_TYPE_NAMES = {"int": "整数", "float": "数", "str": "文本"}

_MESSAGES = {
    "usage: ": "用法：",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "the following arguments are required: %s": "缺少必需的参数：%s",
    "one of the arguments %s is required": "参数 %s 必须给出其中一个",
    "not allowed with argument %s": "不能与参数 %s 同时使用",
    "expected one argument": "后面应跟一个值",
    "expected at most one argument": "后面最多跟一个值",
    "expected at least one argument": "后面至少跟一个值",
    "ambiguous option: %(option)s could match %(matches)s": "选项 %(option)s 不明确，可能是 %(matches)s",
    "invalid %(type)s value: %(value)r": "“%(value)s”不是有效的%(type)s",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的选项“%(value)s”（可选：%(choices)s）",
    "ignored explicit argument %r": "多余的值“%s”",
    "unexpected option string: %s": "意外的选项：%s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "未知的子命令“%(parser_name)s”（可选：%(choices)s）",
    "show this help message and exit": "显示帮助并退出",
    "show program's version number and exit": "显示版本号并退出",
    "positional arguments": "参数",
    "options": "选项",
    "optional arguments": "选项",
    "subcommands": "子命令",
    "can't open '%(filename)s': %(error)s": "无法打开“%(filename)s”：%(error)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n",
}
_PLURALS = {"expected %s argument": "后面应跟 %s 个值"}


class _Message(str):
    """A translated message whose % names Python's type names in Chinese."""

    def __mod__(self, args: Any) -> str:
        if isinstance(args, dict) and "type" in args:
            args = {**args, "type": _TYPE_NAMES.get(args["type"], args["type"])}
        return str.__mod__(self, args)


def _translate(message: Any) -> Any:
    return _Message(_MESSAGES.get(message, message)) if isinstance(message, str) else message


def _ntranslate(singular: str, plural: str, n: int) -> str:
    return _Message(_PLURALS.get(singular, singular if n == 1 else plural))


def install() -> None:
    setattr(argparse, "_", _translate)  # noqa: B010 - argparse looks these names up in its module
    setattr(argparse, "ngettext", _ntranslate)  # noqa: B010
