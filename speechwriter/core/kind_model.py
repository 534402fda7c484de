"""The kind model: a log-linear ranking of the kinds, trained on labelled speeches.

Each candidate kind k is scored by weights over features of the pair (speech, k). Two sorts:
- shared features, the same weight for every kind: "a cue word of k is in the title" (its first
  such cue, one in the opening…). They carry over to a kind the training data holds one or no
  example of, which a per-kind classifier could never learn on 37 speeches;
- per-kind features (`k|feature`): the speech's own features (title words, salutation, roles)
  conjoined with the kind (no prior per kind: features.kind_features gives none); and, beside each shared cue, the same cue for this
  kind alone (`k|ocue`): how far this kind's cue words in that place are to be trusted (a 致辞's
  `感谢` opens most speeches of every kind, a 工作报告's `请予审议` only reports).
Trained by gradient descent on the L2-regularised log-likelihood, in a fixed order: the same
examples give the same weights. Stored as JSON.
"""

from __future__ import annotations

import json
import math

from speechwriter.vocabulary import OTHER_KIND, SPEECH_KINDS

SHARED_PREFIXES = ("tcue:", "ocue:", "tfirst:", "ofirst:", "bcue:", "bfirst:", "ncue:", "nfirst:", "acue:", "afirst:",
                   "fcue:", "ffirst:", "ccue:", "cfirst:")


def pair_features(feats: dict, kind: str) -> dict[str, float]:
    out = {}
    for key, value in feats.items():
        prefix, _, named = key.partition(":")
        if key.startswith(SHARED_PREFIXES):
            if named == kind:
                out[f"shared:{prefix}"] = value
                out[f"{kind}|{prefix}"] = value   # how far this kind's own cues there are to be trusted
        else:
            out[f"{kind}|{key}"] = value
    return out


class KindModel:
    def __init__(self, weights: dict[str, float], kinds: list[str]):
        self.weights = weights
        self.kinds = kinds

    def scores(self, feats: dict) -> list[float]:
        w = self.weights
        return [sum(w.get(f, 0.0) * v for f, v in pair_features(feats, k).items()) for k in self.kinds]

    def ranked(self, feats: dict) -> list[tuple[str, float]]:
        """Every kind with its probability, the likeliest first."""
        scores = self.scores(feats)
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return sorted(((k, e / total) for k, e in zip(self.kinds, exps)), key=lambda kp: -kp[1])

    def tag(self, items: list[dict]) -> list[str]:
        """Same call as a crfsuite tagger's: one-item sequence in, its kind out."""
        scores = self.scores(items[0])
        return [self.kinds[max(range(len(scores)), key=lambda i: scores[i])]]

    def to_bytes(self) -> bytes:
        data = {"kinds": self.kinds, "weights": {k: round(v, 6) for k, v in sorted(self.weights.items()) if v}}
        return (json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> KindModel:
        parsed = json.loads(data.decode("utf-8"))
        if not isinstance(parsed.get("kinds"), list) or not isinstance(parsed.get("weights"), dict) \
                or not parsed["kinds"]:
            raise ValueError("not a kind model")
        return cls({str(k): float(v) for k, v in parsed["weights"].items()}, [str(k) for k in parsed["kinds"]])


def is_shared(name: str) -> bool:
    """A weight all kinds share (`shared:tcue`), against one kind's own (`致辞|s:来宾`, `致辞|tcue`)."""
    return name.startswith("shared:")


def train_kinds(samples: list[tuple[dict, str]], l2: float = 1.0, iterations: int = 300,
                rate: float = 0.5, l2_own: float | None = None) -> KindModel:
    """`samples`: (features, kind) pairs; weights repeat a sample in the list. `l2`: the penalty on
    the shared cue weights; `l2_own` (default the same) on each kind's own weights — a kind's few
    training speeches fit its own weights to their quirks (their salutation, a word of their
    title) unless these cost more than the cues every kind shares."""
    kinds = list(SPEECH_KINDS) + sorted({k for _, k in samples if k not in SPEECH_KINDS} | {OTHER_KIND} - set(SPEECH_KINDS))
    # the features as numbers, each candidate a list of (index, value): the same sums in the same
    # order as over the named features, many times faster than looking names up
    index: dict[str, int] = {}
    pairs = []
    for feats, y in samples:
        candidates = [[(index.setdefault(f, len(index)), v) for f, v in pair_features(feats, k).items()] for k in kinds]
        pairs.append((candidates, kinds.index(y)))
    weights = [0.0] * len(index)
    own = l2 if l2_own is None else l2_own
    penalty = [l2 if is_shared(name) else own for name in index]
    n = max(1, len(samples))
    for _ in range(iterations):
        grad = [0.0] * len(index)
        for candidates, gold in pairs:
            scores = [sum(weights[f] * v for f, v in c) for c in candidates]
            top = max(scores)
            exps = [math.exp(s - top) for s in scores]
            total = sum(exps)
            for at, c in enumerate(candidates):
                p = exps[at] / total - (1.0 if at == gold else 0.0)
                if p:
                    for f, v in c:
                        grad[f] += p * v
        for f in range(len(weights)):
            weights[f] -= rate * (grad[f] / n + penalty[f] * weights[f] / n)
    return KindModel({name: weights[f] for name, f in index.items()}, kinds)
