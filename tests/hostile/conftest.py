"""Hostile input: every case runs the real command line in a child process under the limits the
issue promises (2 GiB of address space); the timeout is only a guard against a hang."""

from __future__ import annotations

import os
import re
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

CHINESE = re.compile(r"[\u4e00-\u9fff]")
MEMORY_LIMIT = 2 * 1024 ** 3
CPU_LIMIT_S = 30  # the "within 30 s": processor time, so a busy machine does not fail it
HANG_GUARD_S = int(os.environ.get("SPEECHWRITER_HANG_GUARD", "120"))
# words a Chinese message may carry: names of commands, formats and programs
_ALLOWED_LATIN = {"speechwriter", "library", "list", "add", "search", "remove", "phrases", "templates",
                  "structures", "render", "outline", "new", "analyze", "set", "force", "part", "samples",
                  "from", "structure", "output", "json", "docx", "txt", "html", "htm", "jinja", "doc", "wps",
                  "utf", "gbk", "word", "sqlite", "debug", "speech", "xml", "zip", "fifo",
                  "limit", "role", "kind", "source", "template", "fonts", "version", "help", "sections",
                  "fields", "numbering", "rate", "children", "heading", "body", "ilvl", "id", "usage",
                  "file", "query", "path", "dir", "pdf", "opening", "review", "key", "points",
                  "closing", "transition",  # role values of the outline file format
                  "name", "out", "train", "check", "compare", "merge", "versions"}  # metavars and sub-commands the command-line contract names


def _limits(fsize: int | None):
    def apply():
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
        resource.setrlimit(resource.RLIMIT_CPU, (CPU_LIMIT_S, CPU_LIMIT_S))
        if fsize is not None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails like a full disk
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))
    return apply


def run_limited(*args, cwd=None, env=None, fsize: int | None = None, stdin=None) -> subprocess.CompletedProcess:
    """`python -m speechwriter ARGS` with at most 2 GiB of memory and 30 s of processor time (and `fsize`
    bytes per file written); going over either kills it, which fails the test's exit-code check."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "speechwriter", *map(str, args)], capture_output=True, text=True,
                          encoding="utf-8", errors="replace", cwd=cwd or REPO, env=full_env,
                          timeout=HANG_GUARD_S, preexec_fn=_limits(fsize), stdin=stdin or subprocess.DEVNULL)


def english_words(message: str) -> list[str]:
    """Latin words outside “quoted names”, paths and --options that are not names of commands or formats."""
    # the field syntax a clerk types ({{ 名称 }}, {% if 名称 %}) is shown as written, not translated
    unquoted = re.sub(r"“[^”]*”|‘[^’]*’|\"[^\"]*\"|'[^']*'|/\S*|\S*\.\w+|--?[\w-]+|\{%.*?%\}|\{\{.*?\}\}", " ", message)
    return [w for w in re.findall(r"[A-Za-z]{3,}", unquoted) if w.lower() not in _ALLOWED_LATIN]


def assert_refused(result: subprocess.CompletedProcess, *words: str, lines: int = 1) -> None:
    """Exit 2, one Chinese sentence on stderr (no traceback, no English), nothing on stdout."""
    assert result.returncode == 2, (result.returncode, result.stderr[-2000:])
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    assert CHINESE.search(result.stderr), result.stderr
    assert len(result.stderr.strip().splitlines()) <= lines, result.stderr
    assert not english_words(result.stderr), result.stderr
    for word in words:
        assert word in result.stderr, result.stderr
    assert result.stdout == ""


@pytest.fixture
def fifo(tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("named pipes need a POSIX system")
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    return path


@pytest.fixture
def tiny_disk(tmp_path):
    """Mounts a tmpfs of the given size (a really full disk, ENOSPC); skips where mounting needs root."""
    mounts: list[Path] = []

    def mount(size: str):
        folder = tmp_path / f"disk{len(mounts)}"
        folder.mkdir()
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True)
        if done.returncode != 0:
            pytest.skip("a full disk needs `mount -t tmpfs` (root); the write-limit tests cover the same paths")
        mounts.append(folder)
        return folder

    yield mount
    for folder in mounts:
        subprocess.run(["umount", str(folder)], check=False)


@pytest.fixture
def outline_file(tmp_path):
    """An outline with every required field filled, ready to render."""
    import json

    path = tmp_path / "讲话.speech.json"
    path.write_text(json.dumps({"format": "speechwriter-outline", "version": 2,
                                "fields": {"标题": "在全县安全生产工作会议上的讲话", "日期": "2026年3月1日", "称呼": "同志们：",
                                           "讲话人": "无", "会议名称": "全县安全生产工作会议", "单位": "县政府"},
                                "sections": [{"role": "opening", "heading": "", "body": "今天，我们召开会议。"},
                                             {"role": "key_points", "heading": "一、提高认识", "body": "要落实责任。"},
                                             {"role": "closing", "heading": "", "body": "谢谢大家！"}]},
                               ensure_ascii=False), encoding="utf-8")
    return path
