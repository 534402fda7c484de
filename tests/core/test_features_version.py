"""The shipped model files follow the features, not the source bytes: a canned speech's features
change only with a new FEATURES_VERSION (then `make model`), and a comment or a refactor in the
feature code leaves the models current.

features_fingerprint.json holds the hand-fixed labels of three speeches from tests/core/speeches,
the FEATURES_VERSION and a hash of the examples training makes of them (features and labels, as
shipped in examples.json.gz). After raising the version: `python -m tests.core.test_features_version`
records the new fingerprint.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from speechwriter.core import features
from speechwriter.core.features import FEATURES_VERSION
from speechwriter.core.training import example_row, make_example

HERE = Path(__file__).resolve().parent
RECORD = HERE / "features_fingerprint.json"


def fingerprint(labels: dict[str, dict]) -> str:
    rows = []
    for name, label in sorted(labels.items()):
        text = (HERE / "speeches" / name).read_text(encoding="utf-8")
        example = make_example(name, "canned", text, label)
        assert not example.problems, (name, example.problems)   # the labels still fit their texts
        rows.append(example_row(example))
    raw = json.dumps(rows, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def test_features_change_only_with_a_new_version():
    recorded = json.loads(RECORD.read_text(encoding="utf-8"))
    now = fingerprint(recorded["labels"])
    if recorded["version"] == FEATURES_VERSION:
        assert now == recorded["fingerprint"], (
            "the features of the canned speeches changed: raise FEATURES_VERSION in speechwriter/core/features.py, "
            "run `make model`, then `python -m tests.core.test_features_version` to record the new fingerprint")
    else:
        raise AssertionError(f"FEATURES_VERSION is {FEATURES_VERSION}, the fingerprint was recorded for "
                             f"{recorded['version']}: run `python -m tests.core.test_features_version` (and `make model`)")


def test_a_change_in_the_features_is_seen(monkeypatch):
    """The fingerprint is not blind: one feature bucket moved changes it."""
    recorded = json.loads(RECORD.read_text(encoding="utf-8"))
    real = features._bucket
    monkeypatch.setattr(features, "_bucket", lambda value, edges: real(value * 1.5, edges))
    assert fingerprint(recorded["labels"]) != recorded["fingerprint"]


if __name__ == "__main__":
    data = json.loads(RECORD.read_text(encoding="utf-8"))
    data.update(version=FEATURES_VERSION, fingerprint=fingerprint(data["labels"]))
    RECORD.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"recorded FEATURES_VERSION {FEATURES_VERSION}: {data['fingerprint']}")
