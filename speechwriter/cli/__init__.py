"""`speechwriter` command line (contract: ../shared/spec/cli.md).

Each sub-command lives in its own module in this package and exposes
`register(subparsers)`; the module's parser sets `func`, which returns the exit status.
Errors caused by input are `UserError`s: one Chinese sentence on stderr, exit 2. What the system
says about the files the clerk named (OSError, a damaged SQLite file, running out of memory on a
huge input, nesting too deep) is also bad input, said in Chinese, exit 2. Anything else is an
internal fault: a short Chinese sentence, exit 1 (the traceback only with SPEECHWRITER_DEBUG).
argparse speaks Chinese too (`_zh`).
"""

import argparse
import importlib
import os
import pkgutil
import sqlite3
import sys
import traceback
from typing import NoReturn

from speechwriter import __version__
from speechwriter.cli import _zh
from speechwriter.errors import UserError, os_reason, sqlite_reason

EXIT_OK, EXIT_FAULT, EXIT_INPUT = 0, 1, 2


class _ChineseParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # argparse would exit 2 with an English line; keep the code, say it in Chinese
        self.print_usage(sys.stderr)
        sys.stderr.write(f"命令行参数有误：{message}\n")
        sys.exit(EXIT_INPUT)


def build_parser() -> argparse.ArgumentParser:
    _zh.install()
    parser = _ChineseParser(prog="speechwriter", description="讲稿助手：从范文学习结构，起草讲话稿，导出 Word。")
    parser.add_argument("--version", action="version", version=f"speechwriter {__version__}")
    subparsers = parser.add_subparsers(dest="command", parser_class=_ChineseParser)
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if not info.name.startswith("_"):
            importlib.import_module(f"{__name__}.{info.name}").register(subparsers)
    subparsers.metavar = "{" + ",".join(subparsers.choices) + "}"  # named so in messages, not "command"
    return parser


def _configure_stdio() -> None:
    # Windows consoles and redirected pipes may default to a legacy code page; the contract is UTF-8.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _refuse(message: str) -> int:
    if os.environ.get("SPEECHWRITER_DEBUG"):
        traceback.print_exc()
    sys.stderr.write(message + "\n")
    return EXIT_INPUT


def _named(err: OSError) -> str:
    return f"（“{err.filename}”）" if getattr(err, "filename", None) else ""


def main(argv: list[str] | None = None) -> int:
    _configure_stdio()
    args = build_parser().parse_args(argv)
    from speechwriter.core.adapt import activate

    activate()  # the clerk's retrained model, when there is one, reads every speech from here on
    if args.command is None:
        from speechwriter.gui.app import run_app  # the window only when asked for: keeps the CLI Qt-free

        return run_app()
    try:
        return args.func(args)
    except UserError as err:
        sys.stderr.write(f"{err.message}\n")
        return EXIT_INPUT
    except KeyboardInterrupt:
        sys.stderr.write("已取消。\n")
        return EXIT_FAULT
    except BrokenPipeError:
        # the reader went away (`speechwriter structures | head`): not our fault, nothing to say
        _silence_stdout()
        return EXIT_OK
    except OSError as err:
        return _refuse(f"无法完成：{os_reason(err)}{_named(err)}。")
    except sqlite3.DatabaseError as err:
        return _refuse(f"素材库文件出错：{sqlite_reason(err)}，请检查文件是否完好或另选一个素材库。")
    except MemoryError:
        return _refuse("内容太大，内存不足，无法处理这个文件。")
    except RecursionError:
        return _refuse("内容嵌套太深，无法处理。")
    except Exception:  # noqa: BLE001 - the contract forbids tracebacks on stderr
        if os.environ.get("SPEECHWRITER_DEBUG"):
            traceback.print_exc()
        sys.stderr.write("程序内部出错，请把出错前的操作告诉开发人员（设置 SPEECHWRITER_DEBUG=1 可看详细信息）。\n")
        return EXIT_FAULT
