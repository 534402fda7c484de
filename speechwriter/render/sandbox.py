"""The Jinja sandbox with a render budget: no template or outline text can hang the app or eat its memory.

Outline bodies, field values and shared templates are Jinja, so they are code from outside. The
sandbox (ImmutableSandboxedEnvironment) already keeps them from Python's internals and from
changing lists in place; this module bounds what they may cost, in process (the GUI preview renders
on every edit, a child process per render would be far too slow):

- every `{% for %}` goes through `_budget_loop` (the parser's tree is rewritten before it is
  compiled), every call (macros, `loop()`, methods) through `call`: each counts one step against
  MAX_STEPS and checks the wall-clock deadline, so nested loops stop in time;
- `*`, `**`, `+`, `%` are intercepted: a result over MAX_STRING characters (or items), a number
  over MAX_INT_BITS bits, a format width over MAX_WIDTH is refused before it is made;
- `~` (concatenation), every filter and the string methods that make text longer (center,
  ljust, replace, join, format …) check the size of their result before making it;
- every value made counts against MAX_ALLOCATED characters, so a loop cannot pile them up;
- output is joined by `concat`, which counts it as it goes.
Exceeding a limit raises RenderLimit (a UserError: "模板运行超出限制…", exit 2).

`range` is bounded to MAX_RANGE numbers; `lipsum` is gone. Compile-time constant folding never runs
a filter or an intercepted operator (they are marked as needing the context), so listing a
template's fields evaluates nothing.

What stays unbounded in process: the time of ONE built-in operation on values already within
the limits (a sort of MAX_RANGE items, a regular expression filter over MAX_STRING characters) —
each well under a second — and the Python recursion limit, which turns endless macros into a
RecursionError (reported by the caller).
"""

from __future__ import annotations

import math
import re
import string

from jinja2 import Undefined, nodes, pass_context
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError
from jinja2.utils import _PassArg
from jinja2.visitor import NodeTransformer

from speechwriter.core import budget

MAX_STRING = budget.MAX_PIECE
MAX_ALLOCATED = budget.MAX_CHARS
MAX_RANGE = 100_000
MAX_INT_BITS = 100_000
MAX_WIDTH = 10_000

_LOOP_FILTER = "_budget_loop"
_CONCAT_FILTER = "_budget_concat"


class RenderLimit(budget.OverBudget):
    """A template or outline text went over the render budget."""

    def __init__(self, reason: str, where: str = ""):
        super().__init__(reason, f"模板运行超出限制{f'（{where}）' if where else ''}：{reason}。"
                                 "请检查模板或提纲文字中的循环和重复写法。")


render_budget = budget.task_budget   # one budget for a whole render, all its passes (core/budget.py)


def _step(count: int = 1) -> None:
    budget.step(count)


def _allocate(size: int) -> None:
    budget.allocate(size)


def _weigh(*values) -> None:
    """Values about to be turned into text: refused when that text would be too long, before it is made."""
    for value in values:
        budget.check_weight(value)


def _size(value) -> int:
    try:
        return len(value) if isinstance(value, (str, bytes, list, tuple, dict, set, range)) else 0
    except TypeError:
        return 0


def _check_width(width) -> None:
    if isinstance(width, int) and width > MAX_WIDTH:
        raise RenderLimit(f"宽度 {width} 超过 {MAX_WIDTH}")


_PERCENT_SPEC = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?")


def _check_percent_format(fmt: str, args) -> None:
    """`"%0999999d" % 1` would make a huge string: refuse widths over MAX_WIDTH."""
    star = False
    for match in _PERCENT_SPEC.finditer(fmt):
        for group in match.groups():
            if group == "*":
                star = True
            elif group and int(group) > MAX_WIDTH:
                raise RenderLimit(f"格式宽度 {group} 超过 {MAX_WIDTH}")
    if star:
        values = args if isinstance(args, (tuple, list)) else (args,)
        for value in values:
            _check_width(value)


def _check_brace_format(fmt: str, args, kwargs) -> None:
    try:
        parsed = list(string.Formatter().parse(fmt))
    except ValueError:
        return  # str.format itself refuses it
    for _, _, spec, _ in parsed:
        if not spec:
            continue
        if "{" in spec:
            for value in (*args, *kwargs.values()):
                _check_width(value)
        for number in re.findall(r"\d+", spec):
            if int(number) > MAX_WIDTH:
                raise RenderLimit(f"格式宽度 {number} 超过 {MAX_WIDTH}")


def _joined_size(items, separator) -> tuple[list, int]:
    items = list(items)
    _step(len(items))
    _weigh(separator)
    sep = len(str(separator)) if separator is not None else 0
    # each item's text weighed before it is made (an item may be a list holding a long text many times)
    return items, budget.text_weight(items, MAX_STRING) + sep * max(len(items) - 1, 0)


def _replace_size(text: str, old, new, count=-1) -> int:
    if not isinstance(old, str) or not isinstance(new, str):
        return len(text)
    hits = len(text) + 1 if old == "" else text.count(old)
    if isinstance(count, int) and count >= 0:
        hits = min(hits, count)
    return len(text) + hits * max(len(new) - len(old), 0)


def _estimate_str_method(name: str, text: str, args, kwargs) -> int | None:
    """Size of the result of text.NAME(*args) where the method can make text longer."""
    if name in ("center", "ljust", "rjust", "zfill"):
        width = args[0] if args else kwargs.get("width")
        _check_width(width)
        return max(len(text), width if isinstance(width, int) else 0)
    if name == "expandtabs":
        size = args[0] if args else kwargs.get("tabsize", 8)
        _check_width(size)
        return len(text) + text.count("\t") * (size if isinstance(size, int) else 8)
    if name == "replace":
        return _replace_size(text, *args[:3], **kwargs)
    if name == "join" and args:
        return _joined_size(args[0], text)[1]
    if name in ("format", "format_map"):
        _check_brace_format(text, args, kwargs if name == "format" else (args[0] if args else {}))
    return None


# filters that never turn their input into text nor copy its texts (`sort`, `unique`, `min` … may
# lower-case every item; `string`, `tojson`, `replace`, `pprint` … print the whole value)
_STRUCTURAL_FILTERS = frozenset({"length", "count", "first", "last", "list", "batch", "slice", "reverse",
                                 "select", "reject", "map", "default", "d", "random", "attr", "items", "abs",
                                 "int", "float", "round", "bool", _LOOP_FILTER})


def _estimate_filter(name: str, value, args, kwargs) -> int | None:
    """Size of the result of the filter NAME where the filter can make its input longer."""
    if name not in _STRUCTURAL_FILTERS:
        _weigh(value, *args, *kwargs.values())
    if name == "sum" and not isinstance(kwargs.get("start", args[1] if len(args) > 1 else 0), (int, float)):
        items = list(value) if isinstance(value, (list, tuple)) else []
        total = sum(_size(i) for i in items)
        _step(len(items) * total // 1000)   # adding sequences copies the sum so far each time
        return total
    text = str(value) if isinstance(value, str) else None
    if name == "center":
        width = args[0] if args else kwargs.get("width", 80)
        _check_width(width)
        return max(len(str(value)), width if isinstance(width, int) else 0)
    if name == "indent":
        width = args[0] if args else kwargs.get("width", 4)
        _check_width(width)
        pad = len(width) if isinstance(width, str) else width if isinstance(width, int) else 4
        return len(str(value)) + (str(value).count("\n") + 1) * pad
    if name == "wordwrap" and text is not None:
        width = args[0] if args else kwargs.get("width", 79)
        wrap = args[2] if len(args) > 2 else kwargs.get("wrapstring") or "\n"
        lines = len(text) // max(width, 1) + 1 if isinstance(width, int) else len(text)
        return len(text) + lines * len(str(wrap))
    if name == "replace" and text is not None:
        return _replace_size(text, *args[:3], **kwargs)
    if name == "format" and text is not None:
        _check_percent_format(text, kwargs or args)
        return None
    if name in ("escape", "e", "forceescape", "tojson", "urlencode", "pprint", "urlize") and value is not None:
        return len(str(value)) * 9 if isinstance(value, str) else None
    return None


def _bounded_filter(name: str, original):
    pass_arg = _PassArg.from_obj(original)

    @pass_context
    def bounded(context, value, *args, **kwargs):
        _step()
        if name == "join":
            items, total = _joined_size(value, args[0] if args else kwargs.get("d", ""))
            _allocate(total)
            value = items
        else:
            estimate = _estimate_filter(name, value, args, kwargs)
            if estimate is not None:
                _allocate(estimate)
        if pass_arg is _PassArg.context:
            result = original(context, value, *args, **kwargs)
        elif pass_arg is _PassArg.eval_context:
            result = original(context.eval_ctx, value, *args, **kwargs)
        elif pass_arg is _PassArg.environment:
            result = original(context.environment, value, *args, **kwargs)
        else:
            result = original(value, *args, **kwargs)
        _allocate(_size(result))
        return result

    bounded.__name__ = getattr(original, "__name__", name)
    return bounded


def _budget_loop(iterable):
    for item in iterable:
        _step()
        yield item


@pass_context
def _loop_filter(context, iterable):
    return _budget_loop(iterable)


@pass_context
def _concat_filter(context, values):
    _weigh(*values)
    pieces = [str(v) for v in values]
    _allocate(sum(len(p) for p in pieces))
    return "".join(pieces)


def _bounded_range(*args):
    numbers = range(*args)
    if len(numbers) > MAX_RANGE:
        raise RenderLimit(f"range 产生的数超过 {MAX_RANGE:,} 个")
    _allocate(len(numbers))
    return numbers


def _finalize(value):
    """Every `{{ value }}` before it is printed: a value whose text would be too long is refused unmade,
    and a function (`{{ range }}`) is named a refusal instead of printing Python's `<function … at 0x…>`."""
    if callable(value) and not isinstance(value, (str, Undefined)):
        raise SecurityError("a function cannot be printed")
    _weigh(value)
    return value


class _Rewrite(NodeTransformer):
    """Loops through the step counter, `~` through the size check."""

    def visit_For(self, node):
        self.generic_visit(node)
        node.iter = nodes.Filter(node.iter, _LOOP_FILTER, [], [], None, None, lineno=node.lineno)
        return node

    def visit_Concat(self, node):
        self.generic_visit(node)
        return nodes.Filter(nodes.List(node.nodes, lineno=node.lineno), _CONCAT_FILTER, [], [], None, None,
                            lineno=node.lineno)


class BoundedEnvironment(ImmutableSandboxedEnvironment):
    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def __init__(self, *args, **kwargs):
        super().__init__(*args, finalize=_finalize, **kwargs)
        self.filters = {name: _bounded_filter(name, f) for name, f in self.filters.items()}
        self.filters[_LOOP_FILTER] = _loop_filter
        self.filters[_CONCAT_FILTER] = _concat_filter
        self.globals["range"] = _bounded_range
        self.globals.pop("lipsum", None)

    def _generate(self, source, name, filename, defer_init=False):
        return super()._generate(_Rewrite().visit(source), name, filename, defer_init)

    def concat(self, pieces):  # every join of output: the template's, a macro's, a {% set %} block's
        total, parts = 0, []
        for piece in pieces:
            total += len(piece)
            if total > MAX_STRING:
                raise RenderLimit(f"生成的文字超过 {MAX_STRING:,} 字")
            parts.append(piece)
        _allocate(total)
        return "".join(parts)

    def call_binop(self, context, operator, left, right):
        _step()
        if operator == "*":
            _check_product(left, right)
        elif operator == "**":
            _check_power(left, right)
        elif operator == "+" and _size(left) and _size(right):
            _allocate(_size(left) + _size(right))
        elif operator == "%" and isinstance(left, str):
            _weigh(right)
            _check_percent_format(left, right)
            _allocate(len(left) + (sum(len(str(a)) for a in right) if isinstance(right, tuple) else len(str(right))))
        return super().call_binop(context, operator, left, right)

    def call(__self, __context, __obj, *args, **kwargs):  # noqa: N805 - Jinja's own signature
        _step()
        owner = getattr(__obj, "__self__", None)
        wrapped = getattr(__obj, "__wrapped__", None)
        if wrapped is not None and isinstance(getattr(wrapped, "__self__", None), str):
            owner, name = wrapped.__self__, wrapped.__name__  # str.format as the sandbox wraps it
        else:
            name = getattr(__obj, "__name__", "")
        if isinstance(owner, str):
            _weigh(*(a for a in args if name != "join"), *kwargs.values())
            if name == "join" and args:
                args = (list(args[0]), *args[1:])
            estimate = _estimate_str_method(name, owner, args, kwargs)
            if estimate is not None:
                _allocate(estimate)
        result = super().call(__context, __obj, *args, **kwargs)
        if isinstance(result, str):
            _allocate(len(result))
        return result


def _check_product(left, right) -> None:
    if isinstance(left, int) and isinstance(right, int) and not isinstance(left, bool):
        if isinstance(right, bool):
            return
        if left.bit_length() + right.bit_length() > MAX_INT_BITS:
            raise RenderLimit(f"数字超过 {MAX_INT_BITS:,} 位二进制")
        return
    for seq, times in ((left, right), (right, left)):
        if _size(seq) and isinstance(times, int):
            _allocate(_size(seq) * max(times, 0))
        elif isinstance(seq, (str, list, tuple)) and isinstance(times, int) and times > MAX_STRING:
            raise RenderLimit(f"重复次数 {times:,} 太大")


def _check_power(base, exponent) -> None:
    if isinstance(base, (int, float)) and isinstance(exponent, (int, float)) and abs(base) > 1 and exponent > 0:
        bits = exponent * math.log2(abs(base))
        if bits > MAX_INT_BITS:
            raise RenderLimit(f"乘方结果超过 {MAX_INT_BITS:,} 位二进制")
