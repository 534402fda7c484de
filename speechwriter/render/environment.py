"""The sandboxed Jinja environment: template folders, missing-field collection, clear errors.

Templates run in jinja2.sandbox.SandboxedEnvironment, so a template from a shared folder cannot
reach Python internals (attribute access to `__class__`, `mro` … is refused) and there is no way
to open files: the only loader is over the template folders.

A missing field never renders as an empty gap: printing, iterating or comparing an undefined
name records it, the render goes on, and `collect_missing` raises ONE UserError naming every
missing field. Testing it (`{% if 副标题 %}`, `is defined`, `| default(…)`) is allowed and
records nothing — that is how a template makes a field optional.
"""

from __future__ import annotations

import contextvars
from contextlib import contextmanager
from pathlib import Path

import jinja2
from jinja2.sandbox import SandboxedEnvironment, SecurityError

from speechwriter.errors import UserError
from speechwriter.paths import templates_dir, user_dir

TEMPLATE_SUFFIX = ".jinja"
_missing: contextvars.ContextVar[list[str] | None] = contextvars.ContextVar("missing_fields", default=None)


def user_templates_dir() -> Path:
    return user_dir() / "templates"


class _RecordingUndefined(jinja2.Undefined):
    """Undefined that notes its name whenever it would produce output."""

    __slots__ = ()

    def _record(self):
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
        yield names
    finally:
        _missing.reset(token)
    if names:
        raise UserError(f"缺少必填字段：{'、'.join(names)}。请在提纲中填写，或用 --set 字段=值 补上（填“无”表示有意留空）。")


_ENV_CACHE: dict[tuple, SandboxedEnvironment] = {}


def environment() -> SandboxedEnvironment:
    """One environment per set of template folders (the user folder can appear at any time)."""
    folders = [str(p) for p in (user_templates_dir(), templates_dir()) if p.is_dir()]
    key = tuple(folders)
    if key not in _ENV_CACHE:
        _ENV_CACHE[key] = SandboxedEnvironment(loader=jinja2.FileSystemLoader(folders), undefined=_RecordingUndefined,
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


def syntax_error(err: jinja2.TemplateSyntaxError) -> UserError:
    where = Path(err.filename).name if err.filename else (err.name or "模板")
    return UserError(f"模板“{where}”第 {err.lineno} 行有语法错误：{err.message}")


def render_guarded(call, where: str):
    """Run a template render, turning sandbox and runtime faults into clear messages."""
    try:
        return call()
    except SecurityError:
        raise UserError(f"{where}试图访问不允许的内容（模板在安全沙箱中运行，不能读取文件或程序内部）。") from None
    except jinja2.TemplateSyntaxError as err:
        raise syntax_error(err) from None
    except jinja2.TemplateError as err:
        raise UserError(f"{where}出错：{err}") from None
    except RecursionError:
        raise UserError(f"{where}出错：宏或模板自己调用自己，没有尽头。") from None
    except (TypeError, ValueError, ZeroDivisionError, AttributeError, OverflowError) as err:
        raise UserError(f"{where}出错：{err}") from None
