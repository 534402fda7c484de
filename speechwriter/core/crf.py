"""A trained linear-chain CRF, read from JSON and run in plain Python.

Training uses python-crfsuite (`training.py`); what it learns — a weight per (feature, label) and
per (label, next label) — is written out as JSON, and tagging needs nothing more than this
module: no native library is loaded while the analyser reads speeches (the window's memory and
start-up stay as they were), and the model files can be read by anyone.

Score of a labelling y of items x: Σ_t Σ_f x_t[f]·state[f, y_t] + Σ_t trans[y_t-1, y_t]; the
marginals come from forward–backward in log space.
"""

from __future__ import annotations

import json
import math
from typing import Any


class LinearCRF:
    def __init__(self, labels: list[str], transitions: dict[tuple[str, str], float],
                 states: dict[str, dict[str, float]]):
        self._labels = list(labels)
        index = {label: i for i, label in enumerate(self._labels)}
        n = len(self._labels)
        self.trans = [[0.0] * n for _ in range(n)]
        for (a, b), weight in transitions.items():
            self.trans[index[a]][index[b]] = weight
        # feature → [(label index, weight)]
        self.states = {f: [(index[label], w) for label, w in by_label.items()] for f, by_label in states.items()}

    def labels(self) -> list[str]:
        return list(self._labels)

    def marginals(self, xseq: list[dict]) -> list[list[float]]:
        """P(item t has label k) for every item and label (in `labels()` order)."""
        n = len(self._labels)
        emit = []
        for item in xseq:
            row = [0.0] * n
            for feature, value in item.items():
                for k, weight in self.states.get(feature, ()):
                    row[k] += weight * value
            emit.append(row)
        if not emit:
            return []
        trans = self.trans
        into = [[trans[j][k] for j in range(n)] for k in range(n)]   # into[k][j]: from label j to label k
        forward = [emit[0][:]]
        for row in emit[1:]:
            prev = forward[-1]
            forward.append([row[k] + _logsumexp([p + t for p, t in zip(prev, into[k])]) for k in range(n)])
        backward = [[0.0] * n]
        for row in reversed(emit[1:]):
            nxt = backward[0]
            backward.insert(0, [_logsumexp([t + r + x for t, r, x in zip(trans[j], row, nxt)]) for j in range(n)])
        total = _logsumexp(forward[-1])
        return [[math.exp(f + b - total) for f, b in zip(fw, bw)] for fw, bw in zip(forward, backward)]

    def to_bytes(self) -> bytes:
        labels = self._labels
        data = {"labels": labels,
                "transitions": [[labels[a], labels[b], w] for a, row in enumerate(self.trans)
                                for b, w in enumerate(row) if w],
                "states": {f: {labels[k]: w for k, w in sorted(pairs)} for f, pairs in sorted(self.states.items())}}
        return (json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> LinearCRF:
        parsed = json.loads(data.decode("utf-8"))
        labels = parsed["labels"]
        if not isinstance(labels, list) or not labels:
            raise ValueError("no labels")
        transitions = {(str(a), str(b)): float(w) for a, b, w in parsed["transitions"]}
        states = {str(f): {str(label): float(w) for label, w in by_label.items()}
                  for f, by_label in parsed["states"].items()}
        return cls([str(label) for label in labels], transitions, states)

    @classmethod
    def from_crfsuite(cls, info: Any) -> LinearCRF:
        """From python-crfsuite's `Tagger.info()` (its parsed model dump)."""
        states: dict[str, dict[str, float]] = {}
        for (feature, label), weight in info.state_features.items():
            states.setdefault(feature, {})[label] = weight
        return cls(sorted(info.labels, key=lambda label: int(info.labels[label])), dict(info.transitions), states)


def _logsumexp(values: list[float]) -> float:
    top = max(values)
    return top + math.log(sum(math.exp(v - top) for v in values))
