"""Start-up time of the window against a bare PySide6 QMainWindow, measured in the same run.

Each sample is a fresh process (offscreen, throw-away settings/data folders). The clock runs from
just before the process is spawned to the child's report that its main window has finished its
first paint (the first frame), the same probe for both. The app child is started as run_app()
starts it; it then waits for its background work (jieba's dictionary, templates, structures) and
reports its peak memory.

The children also report the processor time they used up to the first frame (user + system): on a
machine shared with other work the wall clock of a run varies by a factor of two or more, the
processor time by a few per cent, so `cpu_vs_bare_qt` shows what the app costs when the wall-clock
ratio is drowned in the load.

The runs alternate (app, bare, app, bare …) so that a change in the machine's load falls on both; the
ratio is the app's median over the bare window's median, and its spread is shown by the ratios of each
app run to the bare run beside it (`pair_ratio_p25`/`p75`, lowest and highest): a ratio that holds only
on a good run shows there as a wide spread.

Last line: startup_ms=… bare_ms=… startup_vs_bare_qt=… pair_ratio_min=… pair_ratio_p25=… pair_ratio_p75=…
pair_ratio_max=… peak_mb=… bare_peak_mb=… settled_peak_mb=… cpu_ms=… bare_cpu_ms=… cpu_vs_bare_qt=… runs=…
Targets: startup_vs_bare_qt ≤ 1.3, settled_peak_mb ≤ 150 (the start page settled: jieba's dictionary
loads when the editor first opens).

With STARTUP_INSTRUCTIONS=1 (and valgrind installed) one more pair of runs counts the instructions each
process executes up to its first frame (valgrind's callgrind; ~1.5 minutes): the same count on a busy
machine as on a quiet one, so `instructions_vs_bare_qt` compares changes where the clock cannot. The
bare window draws no text, so the app's count includes the font set-up (fontconfig, the CJK font) that
any Chinese text pays: about 0.1 of the ratio.
"""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RUNS = int(os.environ.get("STARTUP_RUNS", "11"))

CHILD = r"""
import resource, sys
from PySide6.QtCore import QEvent, QObject, QTimer

def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

def cpu_ms():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return (usage.ru_utime + usage.ru_stime) * 1000

class FirstFrame(QObject):
    # the probe: the main window's first paint; reported once that paint pass is over
    def __init__(self, report):
        super().__init__()
        self.report, self.seen = report, False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            QTimer.singleShot(0, self.report)
        return False

mode = sys.argv[1]
if mode.endswith("-count"):   # counted by callgrind: the process ends at its first frame
    import os
    mode = mode.removesuffix("-count")
    def quit_now():
        print("shown", flush=True)
        os._exit(0)
else:
    quit_now = None
if mode == "bare":
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 760)
    def shown():
        print(f"shown {peak_mb():.1f} {cpu_ms():.1f}", flush=True)
        print(f"settled {peak_mb():.1f}", flush=True)
        app.quit()
    probe = FirstFrame(quit_now or shown)
    window.installEventFilter(probe)
    window.show()
else:
    from speechwriter.gui.app import create_application, create_main_window
    app = create_application(sys.argv[:1])
    window = create_main_window()
    window.first_painted.connect(window.start_background_work)   # exactly as run_app()
    def settled():
        if window.tasks.is_busy():
            QTimer.singleShot(20, settled)
            return
        print(f"settled {peak_mb():.1f}", flush=True)
        window.doc.undo_stack.setClean()
        app.quit()
    def shown():
        print(f"shown {peak_mb():.1f} {cpu_ms():.1f}", flush=True)
        QTimer.singleShot(20, settled)
    probe = FirstFrame(quit_now or shown)
    window.installEventFilter(probe)
    window.show()
app.exec()
"""


def one_run(mode: str, env: dict) -> tuple[float, float, float, float]:
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", CHILD, mode], cwd=REPO, env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    line = child.stdout.readline()
    elapsed = (time.perf_counter() - start) * 1000
    rest = child.stdout.read()   # (communicate() would skip what readline() already buffered)
    err = child.stderr.read()
    child.wait(timeout=120)
    if not line.startswith("shown") or child.returncode != 0:
        raise SystemExit(f"{mode} run failed ({child.returncode}): {line}{rest}{err}")
    settled = next((float(row.split()[1]) for row in rest.splitlines() if row.startswith("settled")), None)
    if settled is None:
        raise SystemExit(f"{mode}: no settled line: {line!r} {rest!r} {err!r}")
    return elapsed, float(line.split()[1]), settled, float(line.split()[2])


def instructions(mode: str, env: dict, folder: str) -> int | None:
    """The instructions a process runs up to its first frame (valgrind --tool=callgrind), or None."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        return None
    out = f"{folder}/callgrind.{mode}"
    result = subprocess.run([valgrind, "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, "-c",
                             CHILD, f"{mode}-count"], cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
    found = re.search(r"Collected : (\d+)", result.stderr)
    return int(found.group(1)) if found and "shown" in result.stdout else None


def quartiles(values: list[float]) -> tuple[float, float]:
    """The 25th and 75th percentiles (statistics' inclusive method: defined for two values and more)."""
    q = statistics.quantiles(values, n=4, method="inclusive")
    return q[0], q[2]


def main() -> int:
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=f"{home}/config",
                   XDG_DATA_HOME=f"{home}/data", XDG_CACHE_HOME=f"{home}/cache",
                   # compiled bytecode, as the clerk's bundle has it (PyInstaller ships .pyc): under
                   # PYTHONDONTWRITEBYTECODE every run would compile the window's modules (~25 ms)
                   PYTHONPYCACHEPREFIX=f"{home}/pycache")
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        one_run("app", env)   # warm the OS file cache, the bytecode and jieba's dictionary cache once, untimed
        one_run("bare", env)
        app_runs, bare_runs = [], []
        for i in range(RUNS):   # alternating, and which goes first alternates too
            first, second = ("app", "bare") if i % 2 == 0 else ("bare", "app")
            results = {first: one_run(first, env), second: one_run(second, env)}
            app_runs.append(results["app"])
            bare_runs.append(results["bare"])
        counted = {}
        if os.environ.get("STARTUP_INSTRUCTIONS") == "1":
            counted = {mode: instructions(mode, env, home) for mode in ("app", "bare")}
    app_ms = statistics.median(r[0] for r in app_runs)
    bare_ms = statistics.median(r[0] for r in bare_runs)
    peak = max(r[1] for r in app_runs)
    bare_peak = max(r[1] for r in bare_runs)
    settled = max(r[2] for r in app_runs)
    print(f"runs={RUNS} (median, fresh process each, offscreen, app and bare interleaved)")
    print("app  ms: " + " ".join(f"{r[0]:.0f}" for r in app_runs))
    print("bare ms: " + " ".join(f"{r[0]:.0f}" for r in bare_runs))
    app_min, bare_min = min(r[0] for r in app_runs), min(r[0] for r in bare_runs)
    print(f"fastest runs (least disturbed by other load): app {app_min:.0f} ms, bare {bare_min:.0f} ms, "
          f"ratio {app_min / bare_min:.2f}")
    print(f"window shown: app {app_ms:.0f} ms, bare QMainWindow {bare_ms:.0f} ms")
    print(f"peak memory at first frame: app {peak:.0f} MB, bare {bare_peak:.0f} MB; "
          f"after jieba/templates/structures loaded: {settled:.0f} MB")
    pairs = sorted(a[0] / b[0] for a, b in zip(app_runs, bare_runs))
    p25, p75 = quartiles(pairs)
    print(f"app/bare ratio run by run: {' '.join(f'{r:.2f}' for r in pairs)} "
          f"(quartiles {p25:.2f}–{p75:.2f})")
    app_cpu = statistics.median(r[3] for r in app_runs)
    bare_cpu = statistics.median(r[3] for r in bare_runs)
    print(f"processor time to the first frame: app {app_cpu:.0f} ms, bare {bare_cpu:.0f} ms")
    print(f"startup_ms={app_ms:.0f} bare_ms={bare_ms:.0f} startup_vs_bare_qt={app_ms / bare_ms:.2f} "
          f"pair_ratio_min={pairs[0]:.2f} pair_ratio_p25={p25:.2f} pair_ratio_p75={p75:.2f} "
          f"pair_ratio_max={pairs[-1]:.2f} peak_mb={peak:.0f} bare_peak_mb={bare_peak:.0f} settled_peak_mb={settled:.0f} "
          f"cpu_ms={app_cpu:.0f} bare_cpu_ms={bare_cpu:.0f} cpu_vs_bare_qt={app_cpu / bare_cpu:.2f} runs={RUNS}"
          + (f" instructions_m={counted['app'] / 1e6:.0f} bare_instructions_m={counted['bare'] / 1e6:.0f} "
             f"instructions_vs_bare_qt={counted['app'] / counted['bare']:.3f}"
             if counted.get("app") and counted.get("bare") else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
