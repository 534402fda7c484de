"""The clerk's own model: the analyser retrained from the bundled training data plus the clerk's labels.

Every office writes in its own house style; the clerk corrects a few readings (labels, see
`core/labelling.py`) and the analyser learns them. This module is the one adapter between the
library's labels and the analyser's training API (`core/training.py`, `core/trained_models.py`):

- `retrain(labelled)` trains on the bundled examples plus the clerk's (each clerk example counts
  up to `CLERK_WEIGHT` times, so two corrections outweigh dozens of bundled speeches for their
  shape; see `clerk_weight`)
  and installs the result as the clerk's model.
- The clerk's model lives in the user data folder as `models/<stamp>/` plus a pointer file
  `models/current` naming the folder in use. A new model is written whole into a new folder and
  only then is the pointer replaced (atomically): a crash during retraining leaves the previous
  model in use. `reset()` removes the pointer: the bundled model is used again.
- `activate()` (called once at start-up) makes the analyser use the clerk's model when there is
  one; `reading_version()` names the analyser *and* model in use, so the library re-reads its
  speeches when either changes.

No Qt here; retraining takes seconds: run it on a worker thread.
"""

from __future__ import annotations

import os
import shutil
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from speechwriter.core import house
from speechwriter.errors import UserError

CLERK_WEIGHT = 12          # how many times one of a clerk's few labelled speeches counts against a bundled one
MIN_WEIGHT = 2             # … and however many they label, theirs still count double
# The clerk's role model is regularised a little more than the bundled one: with two speeches
# counting 12 times each it then learns their shape without copying their wording. Measured with
# bench/adapt.py's rotations (two of a source's speeches labelled, the third read): mean roles
# 0.805 → 0.822, at a cost of 0.864 → 0.859 in the source-grouped cross-validation of bench/structure.py.
CLERK_PARAMS = {"roles": {"c1": 0.1, "c2": 0.5}}
POINTER = "current"
ENV_TRAINING_DATA = "SPEECHWRITER_TRAINING_DATA"   # a folder holding corpus/ and seeds/labels/


def models_home() -> Path:
    from speechwriter.paths import user_dir

    return user_dir() / "models"


def clerk_model_dir() -> Path | None:
    """The folder of the clerk's model in use, or None (the bundled model)."""
    from speechwriter.core import trained_models

    folder, problem = trained_models.pointed_folder(models_home(), POINTER)
    if problem:
        trained_models.warn(problem + "。")
    return folder


def activate() -> Path | None:
    """Have the analyser read with the clerk's model if there is one (else the bundled one)."""
    from speechwriter.core import trained_models

    folder = clerk_model_dir()
    trained_models.set_model_dir(folder)
    return folder


def reading_version() -> str:
    """The analyser version plus the clerk's model in use: stored with each library file's reading."""
    from speechwriter.core.analyzer import ANALYZER_VERSION

    folder = clerk_model_dir()
    return f"{ANALYZER_VERSION}+{folder.name}" if folder is not None else ANALYZER_VERSION


# --- training data ---------------------------------------------------------------------------

_bundled_cache: list | None = None


def bundled_examples() -> list:
    """The analyser's own training examples, loaded once: the featurised ones shipped beside the
    bundled model (`make model` writes them), else built from $SPEECHWRITER_TRAINING_DATA or ../shared."""
    global _bundled_cache
    if _bundled_cache is None:
        from speechwriter.core import training

        shipped = shipped_examples()
        if shipped is not None:
            _bundled_cache = shipped
        else:
            corpus, seeds = _training_data()
            _bundled_cache = training.labelled_examples(corpus, seeds) if corpus or seeds else []
    return _bundled_cache


def shipped_examples(folder: Path | None = None) -> list | None:
    """The featurised examples shipped in the bundled model folder; None when absent or made by
    another FEATURES_VERSION (then the raw data is featurised again, or retraining is refused)."""
    from speechwriter.core import trained_models, training
    from speechwriter.core.features import FEATURES_VERSION

    path = (folder or trained_models.default_dir()) / training.EXAMPLES_FILE
    if not path.is_file():
        return None
    try:
        version, examples = training.load_examples(path)
    except (OSError, ValueError, KeyError, TypeError, EOFError):
        return None
    return examples if version == FEATURES_VERSION else None


def _training_data() -> tuple[Path | None, Path | None]:
    """Where the labelled corpus and seed labels are: $SPEECHWRITER_TRAINING_DATA or the checkout's ../shared."""
    candidates = [Path(os.environ[ENV_TRAINING_DATA])] if os.environ.get(ENV_TRAINING_DATA) else []
    candidates.append(Path(__file__).resolve().parents[2].parent / "shared")
    for base in candidates:
        corpus, seeds = base / "corpus", base / "seeds" / "labels"
        if corpus.is_dir() or seeds.is_dir():
            return (corpus if corpus.is_dir() else None), (seeds if seeds.is_dir() else None)
    return None, None


def clerk_examples(labelled: list[tuple[str, dict]]) -> list:
    from speechwriter.core import training

    return [training.make_example(f"clerk-{n}", "clerk", text, label) for n, (text, label) in enumerate(labelled, 1)]


# --- retraining --------------------------------------------------------------------------------

@dataclass
class Retrained:
    folder: Path
    labelled: int          # the clerk's speeches it learned from
    bundled: int           # bundled examples trained on alongside
    seconds: float

    def text(self) -> str:
        return f"已根据您校正的 {self.labelled} 篇讲稿更新结构识别"


def clerk_weight(labelled: int, bundled: int) -> int:
    """How many times each of the clerk's speeches counts: a few corrections must outweigh the bundled
    data for their shape; many need less each (and the training stays quick: 20 labelled speeches at
    the full weight would make the training data five times as large)."""
    if not labelled:
        return CLERK_WEIGHT
    return max(MIN_WEIGHT, min(CLERK_WEIGHT, round(bundled / labelled)))


def train_models(labelled: list[tuple[str, dict]], bundled: list | None = None, weight: int | None = None) -> dict:
    """The analyser's model bytes trained on the bundled examples plus the clerk's (text, label) pairs."""
    from speechwriter.core import training

    bundled = bundled_examples() if bundled is None else bundled
    clerk = clerk_examples(labelled)
    weight = clerk_weight(len(clerk), len(bundled)) if weight is None else weight
    from speechwriter.core.atomic import scratch_folder

    with scratch_folder("train", as_temp_dir=True):   # crfsuite's files (from the clerk's labels): gone even after a kill
        models = training.train(bundled + clerk, weights=[1.0] * len(bundled) + [float(weight)] * len(clerk),
                                params=CLERK_PARAMS)
    models["house"] = house.learn(clerk).to_bytes()   # the clerk's headings, read their way from now on
    return models


def retrain(labelled: list[tuple[str, dict]]) -> Retrained:
    """Train and install the clerk's model (the previous one stays in use until this one is whole)."""
    if not labelled:
        raise UserError("还没有校正过的讲稿：先在素材库里校正几篇讲稿的结构（或用 speechwriter library label），再重新训练。")
    from speechwriter.core import training

    started = time.perf_counter()
    bundled = bundled_examples()
    if not bundled:   # a model of a few labels alone would read everything else worse: keep the one in use
        raise UserError("找不到程序自带的训练数据（或它与本版本的结构识别不符），无法重新训练结构识别（可用环境变量 "
                        f"{ENV_TRAINING_DATA} 指定标注语料所在文件夹）；您的校正已保存，校正过的讲稿仍按您的校正。")
    models = train_models(labelled, bundled)
    home = models_home()
    stamp = datetime.now().strftime("clerk-%Y%m%d-%H%M%S-%f")
    folder = home / stamp
    try:
        folder.mkdir(parents=True, exist_ok=False)
        record = {"trained_at": datetime.now().isoformat(timespec="seconds"), "clerk_labels": len(labelled),
                  "bundled_examples": len(bundled), "clerk_weight": clerk_weight(len(labelled), len(bundled)),
                  "params": CLERK_PARAMS}
        training.save(models, folder, record)
        _point_to(stamp)
    except OSError as err:
        shutil.rmtree(folder, ignore_errors=True)
        raise UserError(f"无法保存更新后的结构识别模型到“{home}”：{err.strerror or err}。原来的模型仍在使用。") from None
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    _drop_other_models(keep=stamp)
    activate()
    return Retrained(folder, len(labelled), len(bundled), time.perf_counter() - started)


def reset() -> bool:
    """Go back to the bundled model; True when there was a clerk's model to drop."""
    had = clerk_model_dir() is not None
    try:
        (models_home() / POINTER).unlink(missing_ok=True)
    except OSError as err:
        raise UserError(f"无法恢复默认的结构识别模型：{err.strerror or err}。") from None
    _drop_other_models(keep=None)
    activate()
    return had


def _point_to(name: str) -> None:
    from speechwriter.core.atomic import atomic_write_text

    atomic_write_text(models_home() / POINTER, name + "\n")


def _drop_other_models(keep: str | None) -> None:
    """Old model folders (and half-written ones a crash left) are removed; the one in use stays."""
    home = models_home()
    if not home.is_dir():
        return
    for entry in home.iterdir():
        if entry.is_dir() and entry.name.startswith("clerk-") and entry.name != keep:
            shutil.rmtree(entry, ignore_errors=True)
