"""One budget of work — steps, characters, bytes, seconds — shared by everything one task does.

A task is one render (its three passes: the export, the check of broken fields, the leftover
check), one file read, one preview. Readers (core/reader.py, core/docx_text.py), every template
pass (render/sandbox.py) and the writers spend from the same budget, so limits hold BEFORE the
work is done: a loop stops at its step, a value is refused before it is made, a file before it
is inflated. `task_budget()` opens one; inside an open one a nested call shares it, so the
render's passes and the files it reads cannot each take the whole allowance again.

Going over raises `OverBudget` (a UserError); the one who knows what was being done (a template,
a file) words it for the clerk.
"""

from __future__ import annotations

import contextvars
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from speechwriter.errors import UserError

MAX_SECONDS = 20.0          # one task, all its passes together (the promise is 30 s)
MAX_STEPS = 5_000_000       # loop turns, calls, paragraphs read …
MAX_CHARS = 50_000_000      # characters made in all (text read, template output, values)
MAX_PIECE = 2_000_000       # characters of any one value or paragraph
MAX_BYTES = 300 * 1024 * 1024   # bytes read from files and written, in all


class OverBudget(UserError):
    """Work went over the task's budget; `reason` says which limit, in Chinese."""

    def __init__(self, reason: str, message: str | None = None):
        self.reason = reason
        super().__init__(message or f"处理超出限制：{reason}。")


@dataclass
class Budget:
    deadline: float
    seconds: float
    steps: int = MAX_STEPS
    chars: int = MAX_CHARS
    bytes: int = MAX_BYTES
    step_limit: int = MAX_STEPS

    def check_time(self) -> None:
        if time.monotonic() > self.deadline:
            raise OverBudget(f"运行超过 {self.seconds:g} 秒")

    def step(self, count: int = 1) -> None:
        self.steps -= count
        if self.steps < 0:
            raise OverBudget(f"循环或调用超过 {self.step_limit:,} 次")
        self.check_time()

    def allocate(self, size: int) -> None:
        if size > MAX_PIECE:
            raise OverBudget(f"一次生成的内容超过 {MAX_PIECE:,} 字")
        self.chars -= size
        if self.chars < 0:
            raise OverBudget(f"生成的内容累计超过 {MAX_CHARS:,} 字")
        self.check_time()

    def spend_bytes(self, size: int) -> None:
        """Bytes about to be read or written (no clock here: work that is done is not thrown away)."""
        self.bytes -= size
        if self.bytes < 0:
            raise OverBudget(f"读写的数据累计超过 {MAX_BYTES // 1048576} MB")


_active: contextvars.ContextVar[Budget | None] = contextvars.ContextVar("task_budget", default=None)


@contextmanager
def task_budget(seconds: float | None = None, steps: int | None = None) -> Iterator[Budget]:
    """One budget for everything done inside the block; a nested call shares the outer one.
    (The defaults are read at each call, so a test or a caller may set the module's limits.)"""
    outer = _active.get()
    if outer is not None:
        yield outer
        return
    seconds = MAX_SECONDS if seconds is None else seconds
    steps = MAX_STEPS if steps is None else steps
    budget = Budget(deadline=time.monotonic() + seconds, seconds=seconds, steps=steps, step_limit=steps)
    token = _active.set(budget)
    try:
        yield budget
    finally:
        _active.reset(token)


def step(count: int = 1) -> None:
    budget = _active.get()
    if budget is not None:
        budget.step(count)


def allocate(size: int) -> None:
    """`size` characters are about to be made; refused (before they are) when over the budget."""
    budget = _active.get()
    if budget is not None:
        budget.allocate(size)
    elif size > MAX_PIECE:
        raise OverBudget(f"一次生成的内容超过 {MAX_PIECE:,} 字")


def spend_bytes(size: int) -> None:
    budget = _active.get()
    if budget is not None:
        budget.spend_bytes(size)


def text_weight(value: object, limit: int = MAX_PIECE) -> int:
    """A lower bound of the characters `str(value)` makes, counted without making it, stopping as
    soon as it passes `limit`: a list holding one long text a thousand times weighs a thousand
    texts, although it costs only a thousand references to keep."""
    total = 0
    stack = [value]
    while stack and total <= limit:
        item = stack.pop()
        if isinstance(item, str):
            total += len(item) + 2
        elif isinstance(item, (bytes, bytearray)):
            total += len(item) + 3
        elif isinstance(item, dict):
            total += 2 + 4 * len(item)
            for key, inner in item.items():
                stack.append(key)
                stack.append(inner)
                if len(stack) > limit:
                    break
        elif isinstance(item, (list, tuple, set, frozenset)):
            total += 2 + 2 * len(item)
            if total <= limit:
                stack.extend(item)
        elif isinstance(item, range):
            total += 2 + 8 * len(item)
        else:
            total += 8
    return total


def check_weight(value: object, limit: int = MAX_PIECE) -> None:
    """Refuse to turn `value` into text when that text would be over `limit` characters."""
    if isinstance(value, (str, int, float, bool)) or value is None:
        return
    if text_weight(value, limit) > limit:
        raise OverBudget(f"一次生成的内容超过 {limit:,} 字")
