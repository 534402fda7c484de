"""argparse in Chinese: its messages go through `_()` / `ngettext()` looked up in its module at call
time, so installing our translations there turns the usage block and every error into Chinese."""

from __future__ import annotations

import argparse
import re
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


# the usage placeholders of the sub-commands, as an error message names them (“缺少必需的参数：文件”)
_METAVARS = {"FILE": "文件", "DIR": "文件夹", "ID": "编号", "KIND": "讲稿类型", "LABEL.json": "标注文件",
             "N": "数字", "NAME": "名称", "OUT.docx": "输出文件", "OUTLINE": "提纲文件", "PATH": "文件或文件夹",
             "QUERY": "查找的词语", "R": "段落类型", "ROLE": "段落类型", "SET": "字体方案", "SOURCE": "来源",
             "T.docx": "单位模板", "A": "原稿", "B": "改稿", "EDITED.docx": "修改稿", "URL": "素材库地址"}
_METAVAR_WORD = re.compile(r"(?<![\w.-])(" + "|".join(re.escape(k) for k in sorted(_METAVARS, key=len, reverse=True))
                           + r")(?![\w.])")


def _chinese_names(text: str) -> str:
    """FILE → 文件, OUTLINE → 提纲文件 … in an argument list argparse names; options stay as written."""
    return _METAVAR_WORD.sub(lambda m: _METAVARS[m.group(1)], text)


class _Message(str):
    """A translated message whose % names Python's type names and our placeholders in Chinese."""

    def __mod__(self, args: Any) -> str:
        if isinstance(args, dict):
            args = {k: _chinese_names(v) if isinstance(v, str) and k != "value" else v for k, v in args.items()}
            if "type" in args:
                args = {**args, "type": _TYPE_NAMES.get(args["type"], args["type"])}
        elif isinstance(args, str):
            args = _chinese_names(args)
        return str.__mod__(self, args)


def _translate(message: Any) -> Any:
    return _Message(_MESSAGES.get(message, message)) if isinstance(message, str) else message


def _ntranslate(singular: str, plural: str, n: int) -> str:
    return _Message(_PLURALS.get(singular, singular if n == 1 else plural))


_parse_option = argparse.ArgumentParser._parse_optional


def _parse_optional(self: argparse.ArgumentParser, arg_string: str) -> Any:
    """“-工作”, “—两个维护”: a word that starts with a dash but goes on in Chinese is a value (a query,
    a field), never an option — our options are all ASCII."""
    if len(arg_string) > 1 and arg_string[0] == "-" and not arg_string[1].isascii():
        return None
    return _parse_option(self, arg_string)


def install() -> None:
    setattr(argparse, "_", _translate)  # noqa: B010 - argparse looks these names up in its module
    setattr(argparse, "ngettext", _ntranslate)  # noqa: B010
    setattr(argparse.ArgumentParser, "_parse_optional", _parse_optional)  # noqa: B010
