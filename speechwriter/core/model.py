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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from speechwriter.core import house
from speechwriter.core.crf import LinearCRF
from speechwriter.core.house import HouseHeadings
from speechwriter.core.kind_model import KindModel

ROLE_ORDER = ("opening", "review", "key_points", "closing")
HEADER_TAGS = ("title", "subtitle", "speaker", "date", "noise", "salutation", "body")
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
        return _constrained(self.roles, features, ROLE_ORDER, _role_step, _role_fits, preferred)

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
    return ROLE_ORDER.index(cur) >= ROLE_ORDER.index(prev)


def _role_fits(index: int, feats: dict, role: str) -> bool:
    """A numbered block is never the opening (that is what comes before the first block), and the
    closing only when it is the `最后，` point: otherwise the closing is cut out of its tail."""
    if not feats.get("type:block"):
        return True
    return role != "opening" and (role != "closing" or bool(feats.get("family:order")))


def _header_step(prev: str, cur: str) -> bool:
    if prev in _TOP:
        return True
    if prev == "salutation":
        return cur in ("salutation", "body")
    return cur == "body"


def _header_fits(feats: dict, tag: str) -> bool:
    """A line with a sentence inside, or longer than two lines of a page, is body or noise."""
    return tag in ("body", "noise") or not (feats.get("inner_end") or feats.get("len:7"))


OTHER_THAN_PREFERRED = -25.0  # log-score of a tag other than the clerk's for a heading the clerk placed


def _constrained(crf: LinearCRF, features: list[dict], tags: tuple[str, ...], allowed, fits=None,
                 preferred: dict[int, str] | None = None) -> list[str]:
    """Viterbi over the CRF's marginals, keeping only sequences that `allowed` accepts step by step
    (and, with `fits`, only tags that fit each item); an item in `preferred` all but takes its tag."""
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
    for row in scores[1:]:
        step, new = [], []
        for k, cur in enumerate(tags):
            options = [(best[j], j) for j, prev in enumerate(tags) if allowed(prev, cur)]
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


def load(folder: str | os.PathLike) -> Models:
    """The models in `folder`; raises ValueError with a Chinese message when they cannot be read."""
    folder = Path(folder)
    loaded: dict[str, Any] = {}
    for name, file in ALL_FILES.items():
        path = folder / file
        if not path.is_file():
            if name in OPTIONAL_FILES:
                continue
            raise ValueError(f"找不到结构识别模型文件“{path}”")
        try:
            loaded[name] = READERS[name](path.read_bytes())
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as err:
            raise ValueError(f"结构识别模型文件“{path}”已损坏或无法读取（{err}）") from err
    return Models(**loaded)


def current() -> Models | None:
    """The models in use, loaded on first call; None (after one warning) when they cannot be read."""
    global _problem
    folder = model_dir()
    key = str(folder)
    if key in _loaded:
        return _loaded[key]
    with _lock:
        if key not in _loaded:
            try:
                _loaded[key] = load(folder)
                _problem = None
            except ValueError as err:
                _loaded[key] = None
                _problem = f"{err}，结构识别改用内置规则。"
                print(f"警告：{_problem}", file=sys.stderr)
    return _loaded[key]


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
