"""Start-up: process start to the first painted queue, against an empty QMainWindow in the same run.

Each sample is a fresh process. The parent notes the wall clock just before it starts the child; the
child reports the wall clock at the first paint of (a) an empty `QMainWindow`, or (b) the queue view
of the real main window once its first page of rows has arrived. Key derivation (Argon2id) is timed
separately in the child and subtracted, as the issue asks: its cost is a deliberate policy, measured
on its own in store_bench.py.

    python bench/ui_startup_bench.py --cases 100000 --runs 5
Target: the first painted queue comes ≤ 1.5 s after the empty window does (median of the runs).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PASSPHRASE = "bench-only-passphrase"
TARGET_GAP_S = 1.5

CHILD_EMPTY = r"""
import json, os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not hasattr(self, "at"):
            self.at = time.time()
            print(json.dumps({"painted": self.at, "kdf": 0.0}), flush=True)
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
spy = FirstPaint()
window.installEventFilter(spy)
window.show()
app.exec()
"""

CHILD_APP = r"""
import json, os, sys, time
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from hrdcase.models.clock import SystemClock
from hrdcase.services.session import Session
from hrdcase.storage.profile import Profile
from hrdcase.ui.context import UiContext
from hrdcase.ui.main_window import MainWindow
from hrdcase.ui.notifier import ChangeNotifier
from hrdcase.ui.ops import Ops

app = QApplication(sys.argv[:1])
profile = Profile(Path(os.environ["BENCH_PROFILE"]))
k0 = time.time()
key = profile.keyfile().unwrap(os.environ["BENCH_PASSPHRASE"])  # Argon2id: not counted
kdf = time.time() - k0
session = Session.start(profile, profile.open_with_key(key), SystemClock())
window = MainWindow(UiContext(session, Ops(), ChangeNotifier()), persist_state=False)
window.resize(1280, 800)

class FirstPaintedQueue(QObject):
    def eventFilter(self, obj, event):
        model = window.queue.model
        if (event.type() == QEvent.Type.Paint and not hasattr(self, "at")
                and model.rowCount() > 0 and model.is_loaded(0)):
            self.at = time.time()
            print(json.dumps({"painted": self.at, "kdf": kdf, "rows": model.rowCount()}), flush=True)
            QTimer.singleShot(0, app.quit)
        return False

spy = FirstPaintedQueue()
window.queue.view.viewport().installEventFilter(spy)
window.start(restore_geometry=False)
app.exec()
window.close()
window._ctx.ops.shutdown()
session.close()
"""


def sample(child: str, profile: Path) -> tuple[float, float]:
    env = dict(os.environ, BENCH_PROFILE=str(profile), BENCH_PASSPHRASE=PASSPHRASE)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = time.time()
    out = subprocess.run([sys.executable, "-c", child], env=env, capture_output=True, text=True,
                         timeout=300, check=False)
    if out.returncode != 0 or not out.stdout.strip():
        raise SystemExit(f"child failed ({out.returncode}): {out.stderr.strip()[-2000:]}")
    report = json.loads(out.stdout.strip().splitlines()[0])
    return report["painted"] - start, report["kdf"]


def build_profile(path: Path, cases: int) -> None:
    from datetime import UTC, datetime

    from hrdcase.demo.build import build_demo
    from hrdcase.storage.profile import Profile

    t0 = time.perf_counter()
    store = Profile(path).create(PASSPHRASE)
    build_demo(store, cases, seed=7, now=datetime(2026, 11, 1, tzinfo=UTC))
    store.close()
    Profile(path).release()
    print(f"built a {cases:,}-case caseload in {time.perf_counter() - t0:.1f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--profile", type=Path, help="reuse a profile made by an earlier run")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="hrdcase-bench-") as tmp:
        profile = args.profile or Path(tmp) / "profile"
        if not (profile / "key.json").exists():
            build_profile(profile, args.cases)
        empty, app, kdf = [], [], []
        for _ in range(args.runs):  # interleaved, so drift hits both alike
            empty.append(sample(CHILD_EMPTY, profile)[0])
            total, derive = sample(CHILD_APP, profile)
            app.append(total - derive)
            kdf.append(derive)
    e, a, k = statistics.median(empty), statistics.median(app), statistics.median(kdf)
    gap = a - e
    verdict = "PASS" if gap <= TARGET_GAP_S else "FAIL"
    print(f"{'metric':<44} {'median':>9}")
    print(f"{'empty QMainWindow: process start → paint':<44} {e:>8.3f}s")
    print(f"{'hrdcase: start → first painted queue':<44} {a:>8.3f}s  (Argon2id excluded)")
    print(f"{'Argon2id key derivation (excluded above)':<44} {k:>8.3f}s")
    print(f"{'gap (target ≤ 1.5 s)':<44} {gap:>8.3f}s  ratio {a / e:.2f}×  {verdict}")
    print(f"runs={args.runs} cases={args.cases:,} samples empty={[round(x, 3) for x in empty]} "
          f"app={[round(x, 3) for x in app]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
