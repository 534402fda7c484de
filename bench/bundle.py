"""First frame of the bundled app (`make bundle`, dist/speechwriter/) against the venv app, same run.

Each sample is a fresh process, offscreen, with throw-away settings/data folders shared by all runs
(so jieba's cache is built once, in the untimed warm-up). The clock runs from just before the
process is spawned to its "speechwriter: first frame" line (SPEECHWRITER_QUIT_AFTER_FIRST_FRAME:
the same probe in both, printed once the main window's first paint is over); each process then
finishes its start-up work and closes, outside the clock. Bundle and venv runs are interleaved.

Last line: bundle_first_frame_ms=… venv_first_frame_ms=… bundle_vs_venv=…   Target: ≤ 1.5.
Without a built bundle it says so and exits 0 (so `make bench` goes on).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BUNDLE = Path(os.environ.get("SPEECHWRITER_BUNDLE", REPO / "dist" / "speechwriter")) / "speechwriter"
RUNS = int(os.environ.get("BUNDLE_RUNS", "9"))
FIRST_FRAME = "speechwriter: first frame"


def venv_command() -> list[str]:
    script = Path(sys.executable).with_name("speechwriter")
    return [str(script)] if script.exists() else [sys.executable, "-m", "speechwriter"]


def first_frame_ms(command: list[str], env: dict, cwd: Path) -> float:
    start = time.perf_counter()
    child = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    elapsed = None
    for line in child.stdout:
        if line.strip() == FIRST_FRAME:
            elapsed = (time.perf_counter() - start) * 1000
            break
    rest, err = child.communicate(timeout=180)
    if elapsed is None or child.returncode != 0:
        raise SystemExit(f"{command[0]}: no first frame (exit {child.returncode}): {rest}{err}")
    return elapsed


def main() -> int:
    if not BUNDLE.exists():
        print(f"bundle: no bundle at {BUNDLE.parent} (make bundle builds it); skipped")
        print("bundle_first_frame_ms=skipped venv_first_frame_ms=skipped bundle_vs_venv=skipped")
        return 0
    with tempfile.TemporaryDirectory() as home:
        work = Path(home) / "work"
        work.mkdir()
        env = dict(os.environ, HOME=home, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=f"{home}/config",
                   XDG_DATA_HOME=f"{home}/data", XDG_CACHE_HOME=f"{home}/cache",
                   SPEECHWRITER_QUIT_AFTER_FIRST_FRAME="1")
        env.pop("PYTHONPATH", None)
        bundle, venv = [str(BUNDLE)], venv_command()
        first_frame_ms(venv, env, work)     # untimed: OS file cache, jieba's cache, the 素材库's first build
        first_frame_ms(bundle, env, work)
        bundle_runs, venv_runs = [], []
        for _ in range(RUNS):
            bundle_runs.append(first_frame_ms(bundle, env, work))
            venv_runs.append(first_frame_ms(venv, env, work))
        shutil.rmtree(work, ignore_errors=True)
    bundle_ms, venv_ms = statistics.median(bundle_runs), statistics.median(venv_runs)
    print(f"runs={RUNS} (median, fresh process each, offscreen, interleaved)")
    print("bundle ms: " + " ".join(f"{ms:.0f}" for ms in bundle_runs) + f"   ({BUNDLE})")
    print("venv   ms: " + " ".join(f"{ms:.0f}" for ms in venv_runs) + f"   ({' '.join(venv)})")
    print(f"fastest: bundle {min(bundle_runs):.0f} ms, venv {min(venv_runs):.0f} ms")
    print(f"bundle_first_frame_ms={bundle_ms:.0f} venv_first_frame_ms={venv_ms:.0f} "
          f"bundle_vs_venv={bundle_ms / venv_ms:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
