"""Benchmark: the analyser against plain jieba tokenisation of the same ~1 MB corpus, same run.

The corpus is the bundled samples repeated (each copy analysed as its own file, as an import of a
folder would). Both sides run with their dictionary already loaded; the load is reported apart.
Last line: key=value pairs (cli.md).
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import jieba  # noqa: E402

from speechwriter.core import tokens  # noqa: E402
from speechwriter.core.analyzer import analyze_text  # noqa: E402
from speechwriter.paths import samples_dir  # noqa: E402

TARGET_BYTES = 1_000_000
ROUNDS = 3


def corpus() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(samples_dir().glob("*.txt"))]
    out, size = [], 0
    while size < TARGET_BYTES:
        for text in texts:
            out.append(text)
            size += len(text.encode("utf-8"))
    return out


def best_of(func) -> float:
    times = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    files = corpus()
    chars = sum(len(t) for t in files)
    megabytes = sum(len(t.encode("utf-8")) for t in files) / 1e6

    start = time.perf_counter()
    jieba.setLogLevel(60)
    jieba.initialize()
    tokens.warm_up()
    load_s = time.perf_counter() - start

    jieba_s = best_of(lambda: [jieba.lcut(t) for t in files])
    analyze_s = best_of(lambda: [analyze_text(t) for t in files])
    speeches = sum(len(analyze_text(t)) for t in files)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB

    print(f"corpus: {len(files)} files, {megabytes:.2f} MB, {chars} characters, {speeches} speeches found")
    print(f"dictionary load (jieba + analyser's tokenizer): {load_s * 1000:.0f} ms")
    print(f"plain jieba.lcut over the corpus: {jieba_s * 1000:.0f} ms ({chars / jieba_s:,.0f} chars/s), best of {ROUNDS}")
    print(f"analyser over the corpus:         {analyze_s * 1000:.0f} ms ({chars / analyze_s:,.0f} chars/s), best of {ROUNDS}")
    print(f"analyser / jieba = {analyze_s / jieba_s:.2f} (target: at most 0.5)")
    print(f"analyze_vs_jieba={analyze_s / jieba_s:.2f} chars_per_s={chars / analyze_s:.0f} "
          f"jieba_chars_per_s={chars / jieba_s:.0f} peak_mb={peak_mb:.0f}")


if __name__ == "__main__":
    main()
