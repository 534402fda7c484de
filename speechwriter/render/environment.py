"""The sandboxed Jinja environment: template folders, missing-field collection, clear errors.

Templates run in the bounded sandbox of `render.sandbox` (no Python internals, no changing lists
in place, a time/size budget per render), so a template from a shared folder cannot reach the
program or hang it. There is no way to open files: the only loader is over the template folders,
and an `{% extends %}`/`{% include %}`/`{% import %}` of a name outside them (`../…`, an absolute
path, a missing template) is refused when the template is parsed — before it is listed or used.

A missing field never renders as an empty gap: printing, iterating or comparing an undefined
name records it, the render goes on, and `collect_missing` raises ONE UserError naming every
missing field. Testing it (`{% if 副标题 %}`, `is defined`, `| default(…)`) is allowed and
records nothing — that is how a template makes a field optional.
"""

from __future__ import annotations

import contextvars
import os
import posixpath
import re
import stat
from contextlib import contextmanager
from pathlib import Path

import jinja2
from jinja2 import nodes
from jinja2.loaders import split_template_path
from jinja2.sandbox import SecurityError

from speechwriter.core.budget import OverBudget
from speechwriter.errors import UserError
from speechwriter.paths import templates_dir, user_dir
from speechwriter.render.sandbox import BoundedEnvironment, RenderLimit, render_budget

TEMPLATE_SUFFIX = ".jinja"
MAX_TEMPLATE_BYTES = 1024 * 1024  # a speech template is a few kilobytes
_missing: contextvars.ContextVar[list[str] | None] = contextvars.ContextVar("missing_fields", default=None)


def user_templates_dir() -> Path:
    return user_dir() / "templates"


class _RecordingUndefined(jinja2.Undefined):
    """Undefined that notes its name whenever it would produce output."""

    __slots__ = ()

    def _record(self):
        if self._undefined_exception is SecurityError:  # an attribute the sandbox refused: said, not blank
            raise SecurityError(str(self._undefined_hint))
        names = _missing.get()
        if names is not None and self._undefined_name and self._undefined_name not in names:
            names.append(self._undefined_name)

    def __str__(self):
        self._record()
        return ""

    def __iter__(self):
        self._record()
        return iter(())

    def __len__(self):
        self._record()
        return 0

    def __eq__(self, other):
        self._record()
        return False

    def __ne__(self, other):
        self._record()
        return True

    __hash__ = jinja2.Undefined.__hash__

    def __bool__(self):  # `{% if field %}` is the way to make a field optional: no record
        return False


@contextmanager
def collect_missing(what: str = "模板"):
    """Record missing fields during the block; raise one UserError naming all of them."""
    names: list[str] = []
    token = _missing.set(names)
    try:
        with render_budget():  # one time and size budget for the whole render
            yield names
    finally:
        _missing.reset(token)
    if names:
        raise UserError(f"缺少必填字段：{'、'.join(names)}。请在提纲中填写，或用 --set 字段=值 补上（填“无”表示有意留空）。")


class _FolderLoader(jinja2.FileSystemLoader):
    """Templates only from the template folders: regular files inside them, of a sane size."""

    def get_source(self, environment, template):
        pieces = split_template_path(template)  # refuses "..": TemplateNotFound
        for folder in self.searchpath:
            filename = posixpath.join(folder, *pieces)
            try:
                info = os.stat(filename)
            except OSError:
                continue
            if not stat.S_ISREG(info.st_mode):
                raise UserError(f"模板“{template}”不是普通文件（可能是文件夹、设备或管道）。")
            if not Path(filename).resolve().is_relative_to(Path(folder).resolve()):
                raise UserError(f"模板“{template}”指向模板文件夹以外的文件，为安全起见不使用它。")
            if info.st_size > MAX_TEMPLATE_BYTES:
                raise UserError(f"模板“{template}”太大（超过 {MAX_TEMPLATE_BYTES // 1024} KB），不像是讲稿模板。")
            from speechwriter.core.reader import read_regular_file  # checked again once open (a swapped-in pipe)

            source = read_regular_file(filename, MAX_TEMPLATE_BYTES, "模板").decode(self.encoding)
            mtime = info.st_mtime
            return source, os.path.normpath(filename), lambda f=filename, m=mtime: _unchanged(f, m)
        raise jinja2.TemplateNotFound(template)


def _unchanged(filename: str, mtime: float) -> bool:
    try:
        return os.path.getmtime(filename) == mtime
    except OSError:
        return False


class _SpeechEnvironment(BoundedEnvironment):
    def _parse(self, source, name, filename):
        tree = super()._parse(source, name, filename)
        # an unknown filter or test is a mistake in the template, said when it is read (listing the
        # templates included), not a failure of the compiler later
        for used in tree.find_all((nodes.Filter, nodes.Test)):
            is_filter = isinstance(used, nodes.Filter)
            name_used = getattr(used, "name", "")
            if name_used not in (self.filters if is_filter else self.tests):
                raise jinja2.TemplateSyntaxError(f"No {'filter' if is_filter else 'test'} named '{name_used}'.",
                                                 used.lineno, name, filename)
        for node in tree.find_all((nodes.Extends, nodes.Include, nodes.Import, nodes.FromImport)):
            template = getattr(node, "template", None)
            targets = template.items if isinstance(template, (nodes.List, nodes.Tuple)) else [template]
            for target in targets:
                if isinstance(target, nodes.Const):
                    self._check_reference(target.value, name or filename or "模板")
        return tree

    def _check_reference(self, value, where: str) -> None:
        shown = Path(where).name
        if not isinstance(value, str) or not value.endswith(TEMPLATE_SUFFIX) or "\\" in value or \
                value.startswith("/") or ".." in value.split("/") or ":" in value:
            raise UserError(f"模板“{shown}”引用了模板文件夹以外的“{value}”，为安全起见不能使用。")
        if self.loader is None:
            return
        try:
            self.loader.get_source(self, value)
        except jinja2.TemplateNotFound:
            raise UserError(f"模板“{shown}”引用的模板“{value}”不存在。") from None


_ENV_CACHE: dict[tuple, _SpeechEnvironment] = {}


def environment() -> _SpeechEnvironment:
    """One environment per set of template folders (the user folder can appear at any time)."""
    folders = [str(p) for p in (user_templates_dir(), templates_dir()) if p.is_dir()]
    key = tuple(folders)
    if key not in _ENV_CACHE:
        _ENV_CACHE[key] = _SpeechEnvironment(loader=_FolderLoader(folders), undefined=_RecordingUndefined,
                                             autoescape=False, keep_trailing_newline=False, auto_reload=True)
    return _ENV_CACHE[key]


def template_source(name: str) -> tuple[str, str]:
    """(source text, "user" | "built-in") of a template by name (without the .jinja suffix)."""
    env = environment()
    assert env.loader is not None   # environment() always gives it the template folders
    try:
        source, filename, _ = env.loader.get_source(env, name + TEMPLATE_SUFFIX)
    except jinja2.TemplateNotFound:
        raise UserError(f"找不到名为“{name}”的模板（可用 speechwriter templates 查看全部模板）。") from None
    except UnicodeDecodeError:  # e.g. saved as GBK by an old Notepad
        raise UserError(f"模板“{name}{TEMPLATE_SUFFIX}”不是 UTF-8 编码，请用 UTF-8 重新保存。") from None
    origin = "user" if Path(filename or name).resolve().is_relative_to(user_templates_dir().resolve()) else "built-in"
    return source, origin


def load_template(name: str) -> jinja2.Template:
    template_source(name)  # a clear "not found" message first
    try:
        return environment().get_template(name + TEMPLATE_SUFFIX)
    except jinja2.TemplateSyntaxError as err:
        raise syntax_error(err) from None
    except jinja2.TemplateNotFound as err:  # a missing {% extends %} parent
        raise UserError(f"模板“{name}”引用的模板“{err.name}”不存在。") from None
    except UnicodeDecodeError:  # a parent template in a legacy encoding
        raise UserError(f"模板“{name}”引用的模板不是 UTF-8 编码，请用 UTF-8 重新保存。") from None


# What Jinja and Python say (English), as the clerk reads it; anything else is not quoted at all.
_REASONS = [(re.compile(pattern), chinese) for pattern, chinese in (
    (r"^unexpected end of template", "模板在此意外结束（可能缺少 endfor、endif 等结束标记）"),
    (r"^Encountered unknown tag '(.+?)'", "遇到未知的标签“{0}”"),
    (r"^expected token '(.+?)', got '(.+?)'", "此处应为“{0}”，却是“{1}”"),
    (r"^unexpected '(.+?)'", "出现了意外的“{0}”"),
    (r"^unexpected char '?(.+?)'? at", "出现了意外的字符“{0}”"),
    (r"^No filter named '(.+?)'", "没有名为“{0}”的过滤器"),
    (r"^No test named '(.+?)'", "没有名为“{0}”的测试"),
    (r"^tag name expected", "此处应为标签名"),
    (r"^Expected an expression, got '(.+?)'", "此处应有表达式，却是“{0}”"),
    (r"^'(.+?)' is undefined", "“{0}”没有定义"),
    (r"^'(.+?)' object has no attribute '(.+?)'", "“{0}”类型的值没有“{1}”"),
    (r"^'(.+?)' object is not iterable", "“{0}”类型的值不能用于循环"),
    (r"^'(.+?)' object is not callable", "“{0}”类型的值不能调用"),
    (r"^'(.+?)' object is not subscriptable", "“{0}”类型的值不能取下标"),
    (r"^unsupported operand type", "运算的两边类型不匹配"),
    (r"^can only concatenate", "只能连接同类的内容"),
    (r"^can't multiply sequence", "文字或列表只能乘以整数"),
    (r"^invalid literal for int", "不是整数"),
    (r"^list index out of range|^string index out of range|^tuple index out of range", "下标超出范围"),
    (r"^Exceeds the limit .* for integer string conversion", "数字位数太多"),
)]


_TOKENS = {"end of statement block": "%}", "end of print statement": "}}", "end of template": "模板结尾",
           "block_end": "%}", "variable_end": "}}", "name": "名称", "string": "文字", "integer": "整数",
           "end of comment": "#}", "rparen": ")", "rbracket": "]", "rbrace": "}"}


def chinese_reason(message: object) -> str:
    """The Chinese for a Jinja or Python message: “（原文：…）” only when there is no English left in it."""
    text = str(message or "").strip()
    for pattern, chinese in _REASONS:
        match = pattern.search(text)
        if match:
            return "：" + chinese.format(*(_TOKENS.get(g, g) for g in match.groups()))
    return "" if re.search(r"[A-Za-z]{3,}", text) else (f"（原文：“{text}”）" if text else "")


def syntax_error(err: jinja2.TemplateSyntaxError) -> UserError:
    where = Path(err.filename).name if err.filename else (err.name or "模板")
    return UserError(f"模板“{where}”第 {err.lineno} 行有语法错误{chinese_reason(err.message)}。")


def render_guarded(call, where: str):
    """Run a template render under the budget, turning sandbox and runtime faults into clear messages."""
    try:
        with render_budget():
            return call()
    except OverBudget as err:
        raise RenderLimit(err.reason, where) from None
    except SecurityError:
        raise UserError(f"{where}试图访问不允许的内容（模板在安全沙箱中运行，不能读取文件或程序内部）。") from None
    except jinja2.TemplateSyntaxError as err:
        raise syntax_error(err) from None
    except jinja2.TemplateNotFound as err:
        raise UserError(f"{where}引用的模板“{Path(str(err.name)).name}”不存在。") from None
    except jinja2.UndefinedError as err:
        raise UserError(f"{where}出错：用到了不存在的内容{chinese_reason(err.message)}。") from None
    except jinja2.TemplateError as err:
        raise UserError(f"{where}出错{chinese_reason(err.message)}。") from None
    except RecursionError:
        raise UserError(f"{where}出错：宏或模板自己调用自己，没有尽头。") from None
    except MemoryError:
        raise RenderLimit("内存不足", where) from None
    except ZeroDivisionError:
        raise UserError(f"{where}出错：除数为零。") from None
    except OverflowError:
        raise UserError(f"{where}出错：数值太大。") from None
    except (TypeError, ValueError, AttributeError, LookupError, UnicodeError) as err:
        raise UserError(f"{where}出错：运算或取值的写法不对{chinese_reason(err)}。") from None
