"""The trained models of the analyser: loaded once, lazily, from a folder that can be overridden.

Two linear-chain CRFs (trained with python-crfsuite, run by `crf.py`) and a kind ranker: `roles` tags the body's units (opening/review/key_points/closing),
`header` the first lines (title/subtitle/speaker/date/salutation/noise/body), `kind` the speech
as a whole (a one-item sequence). Decoding keeps to the order a speech has: roles only move
forward; header lines come first, then the salutation, then the body.

A missing or unreadable model is not fatal: `current()` warns once (in Chinese, on stderr and
through `problem()` for the window's status line) and returns None, and the analyser uses its
rules instead.
"""

from __future__ import annotations

import json
import math
import os
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from speechwriter.core import house
from speechwriter.core.crf import LinearCRF
from speechwriter.core.house import HouseHeadings
from speechwriter.core.kind_model import KindModel
from speechwriter.vocabulary import LINE_PARTS, ROLES, role_rank

HEADER_TAGS = LINE_PARTS   # what the header model tags a line as
_TOP = {"title", "subtitle", "speaker", "date", "noise"}
FILES = {"roles": "roles.json", "header": "header.json", "kind": "kind.json"}
OPTIONAL_FILES = {"house": house.FILE}   # only a clerk's model has one (本单位的写法, core/house.py)
ALL_FILES = {**FILES, **OPTIONAL_FILES}   # every model file, by the name it is trained and read under
RECORD = "model.json"
# how each model file's bytes are read (the one place: files on disk and freshly trained bytes alike)
READERS: dict[str, Any] = {"roles": LinearCRF.from_bytes, "header": LinearCRF.from_bytes,
                           "kind": KindModel.from_bytes, "house": HouseHeadings.from_bytes}
ENV_DIR = "SPEECHWRITER_MODEL_DIR"


@dataclass
class Models:
    roles: LinearCRF
    header: LinearCRF
    kind: KindModel
    house: HouseHeadings | None = None   # the clerk's own headings and their roles (clerk's model only)

    def tag_roles(self, features: list[dict], heading_keys: list[str] | None = None) -> list[str]:
        """Roles of the body's units; a heading the clerk has placed before (`heading_keys`, see
        core/house.py) is strongly preferred in the role the clerk gave it, within the role order."""
        preferred = self.house.preferred(heading_keys) if self.house and heading_keys else None
        return _constrained(self.roles, features, ROLES, _role_step, _role_fits, preferred, _same_series,
                            untied=("closing",))

    def tag_header(self, features: list[dict], header_until: int = 0) -> list[str]:
        """Tags of the first lines; the lines before `header_until` (a salutation's line) are no body."""
        def fits(index: int, feats: dict, tag: str) -> bool:
            return _header_fits(feats, tag) and (tag != "body" or index >= header_until)

        return _constrained(self.header, features, HEADER_TAGS, _header_step, fits)

    def tag_kind(self, features: dict) -> str:
        return self.kind.tag([features])[0]

    def rank_kinds(self, features: dict) -> list[tuple[str, float]]:
        """Every kind with its probability, the likeliest first (for saying when the kind is unsure)."""
        return self.kind.ranked(features)


def _role_step(prev: str, cur: str) -> bool:
    return role_rank(cur) >= role_rank(prev)


def _role_fits(index: int, feats: dict, role: str) -> bool:
    """A numbered block is never the opening (that is what comes before the first block), and the
    closing only when it is the `最后，` point: otherwise the closing is cut out of its tail."""
    if not feats.get("type:block"):
        return True
    return role != "opening" and (role != "closing" or bool(feats.get("family:order")))


def _same_series(before: dict, here: dict) -> bool:
    """Whether `here` goes on the run-in 首先/其次/再次/最后 points of the block before: points of that
    one series play one part (a clerk does not review with 首先 and set tasks with 其次), save the
    最后 point that may close the speech (`tag_roles` leaves the closing untied)."""
    return bool(before.get("type:block") and here.get("type:block")
                and before.get("family:order") and here.get("family:order"))


def _header_step(prev: str, cur: str) -> bool:
    if prev in _TOP:
        return True
    if prev == "salutation":
        return cur in ("salutation", "body")
    return cur == "body"


def _header_fits(feats: dict, tag: str) -> bool:
    """A line with a sentence inside, or of 120 characters and more (the `len:7` bucket of
    features.line_features, about four lines of a page), is body or noise."""
    return tag in ("body", "noise") or not (feats.get("inner_end") or feats.get("len:7"))


OTHER_THAN_PREFERRED = -25.0  # log-score of a tag other than the clerk's for a heading the clerk placed


def _constrained(crf: LinearCRF, features: list[dict], tags: tuple[str, ...], allowed: Callable[[str, str], bool], fits: Callable[[int, dict, str], bool] | None = None,
                 preferred: dict[int, str] | None = None, same: Callable[[dict, dict], bool] | None = None,
                 untied: tuple[str, ...] = ()) -> list[str]:
    """Viterbi over the CRF's marginals, keeping only sequences that `allowed` accepts step by step
    (and, with `fits`, only tags that fit each item); an item in `preferred` all but takes its tag;
    an item that `same` ties to the one before takes its tag, or one of `untied`."""
    if not features:
        return []
    index = {label: k for k, label in enumerate(crf.labels())}
    marginals = crf.marginals(features)
    scores = [[math.log(max(m[index[t]], 1e-9)) if t in index and (fits is None or fits(i, f, t)) else -50.0
               for t in tags] for i, (f, m) in enumerate(zip(features, marginals))]
    for i, tag in (preferred or {}).items():
        if tag in tags:
            scores[i] = [0.0 if t == tag else min(s, OTHER_THAN_PREFERRED) for t, s in zip(tags, scores[i])]
    best = list(scores[0])
    back: list[list[int]] = []
    after = [[j for j, prev in enumerate(tags) if allowed(prev, cur)] for cur in tags]   # the tags each may follow
    for i, row in enumerate(scores[1:], start=1):
        step, new = [], []
        tied = same is not None and same(features[i - 1], features[i])
        for k in range(len(tags)):
            follows = after[k]
            if tied and tags[k] not in untied:
                follows = [k]
            options = [(best[j], j) for j in follows]
            value, j = max(options)
            step.append(j)
            new.append(value + row[k])
        back.append(step)
        best = new
    k = max(range(len(tags)), key=lambda i: best[i])
    path = [k]
    for step in reversed(back):
        k = step[k]
        path.append(k)
    return [tags[i] for i in reversed(path)]


# --- where the model lives, and loading it once --------------------------------------------

_lock = threading.Lock()
_loaded: dict[str, Models | None] = {}
_problem: str | None = None
_warned: set[str] = set()
_override: Path | None = None


def default_dir() -> Path:
    from speechwriter.paths import resources_dir

    return resources_dir() / "models"


def model_dir() -> Path:
    """The folder the analyser reads its model from: set_model_dir(), $SPEECHWRITER_MODEL_DIR, or the bundled one."""
    if _override is not None:
        return _override
    if os.environ.get(ENV_DIR):
        return Path(os.environ[ENV_DIR])
    return default_dir()


def set_model_dir(folder: str | os.PathLike | None) -> None:
    """Use another model (e.g. one retrained from the clerk's corrections); None = the bundled one."""
    global _override
    with _lock:
        _override = Path(folder) if folder is not None else None
        _loaded.clear()


MAX_MODEL_BYTES = 64 * 1024 * 1024   # one model file (the bundled roles model is a few MB)


def load(folder: str | os.PathLike) -> Models:
    """The models in `folder`; raises ValueError with a Chinese message when they cannot be read.

    Each file goes through the careful reader (a regular file of a sane size), and the models are
    tried on one item before they are trusted, so a file that parses but is not a model is caught
    here, not in the middle of reading a speech."""
    from speechwriter.core.reader import read_regular_file
    from speechwriter.errors import UserError

    folder = Path(folder)
    loaded: dict[str, Any] = {}
    for name, file in ALL_FILES.items():
        path = folder / file
        if name in OPTIONAL_FILES and not path.exists():
            continue
        try:
            loaded[name] = READERS[name](read_regular_file(path, MAX_MODEL_BYTES, "结构识别模型文件"))
        except UserError as err:
            raise ValueError(err.message.rstrip("。")) from None
        except Exception:  # noqa: BLE001 - whatever a damaged file makes the parser raise
            raise ValueError(f"结构识别模型文件“{path}”已损坏") from None
    try:
        models = Models(**loaded)
        models.tag_header([{}, {}])
        models.tag_roles([{}, {}])
        models.tag_kind({})
    except Exception:  # noqa: BLE001 - files that parse but are no models (wrong labels, wrong shapes)
        raise ValueError(f"“{folder}”中的结构识别模型已损坏") from None
    return models


def pointed_folder(home: Path, pointer: str) -> tuple[Path | None, str | None]:
    """(the model folder the pointer file `home/pointer` names, or None; a Chinese warning when the
    pointer is there but unusable — garbage after a disk error, a name outside `home` …)."""
    from speechwriter.core.reader import read_regular_file
    from speechwriter.errors import UserError

    path = home / pointer
    if not os.path.lexists(path):
        return None, None
    damaged = f"结构识别模型的指针文件“{path}”已损坏，改用程序自带的模型（重新训练即可恢复您的模型）"
    try:
        name = read_regular_file(path, 1024, "模型指针文件").decode("utf-8").strip()
    except (UserError, UnicodeDecodeError):
        return None, damaged
    if not name or name in (".", "..") or any(ch in name for ch in "/\\:\x00") or not name.isprintable():
        return None, damaged
    folder = home / name
    if not folder.is_dir():
        return None, f"结构识别模型的指针文件指向的文件夹“{folder}”不存在，改用程序自带的模型"
    return folder, None


def current() -> Models | None:
    """The models in use, loaded on first call. A clerk's model that cannot be read falls back to
    the bundled one, the bundled one to the rules; each with one Chinese warning."""
    folder = model_dir()
    key = str(folder)
    if key in _loaded:
        return _loaded[key]
    with _lock:
        if key not in _loaded:
            try:
                _loaded[key] = load(folder)
            except ValueError as err:
                fallback, rest = None, "结构识别改用内置规则"
                if folder != default_dir():
                    try:
                        fallback, rest = load(default_dir()), "改用程序自带的模型（重新训练即可恢复您的模型）"
                    except ValueError:
                        pass
                _loaded[key] = fallback
                warn(f"{err}，{rest}。")
    return _loaded[key]


def warn(message: str) -> None:
    """Say once (stderr, and `problem()` for the window's status line) that the model is not the usual one."""
    global _problem
    _problem = message
    if message not in _warned:
        _warned.add(message)
        print(f"警告：{message}", file=sys.stderr)


def warm_up() -> None:
    """Load the model now (the GUI calls this on its start-up worker)."""
    current()


def problem() -> str | None:
    """The Chinese sentence saying why the model could not be loaded, or None."""
    return _problem


def record(folder: str | os.PathLike | None = None) -> dict:
    path = Path(folder or model_dir()) / RECORD
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
