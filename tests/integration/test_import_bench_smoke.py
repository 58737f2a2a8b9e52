"""bench/import_bench.py runs end to end at a tiny size (timings are not asserted here)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench" / "import_bench.py"


def test_import_bench_runs_and_prints_its_verdict() -> None:
    done = subprocess.run([sys.executable, str(BENCH), "--lines", "120"],
                          capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    assert "lines: 120, imported 120, 500 lines to a transaction" in done.stdout
    assert re.search(r"import / reference, CPU time: [\d.]+x", done.stdout)
    # both sides pay change capture: defender, case, incident a line; the import adds its intake record
    assert "change capture (sync_dirty rows): 360 in the reference, 480 in the import" in done.stdout
    assert done.stdout.rstrip().splitlines()[-1].endswith(("PASS", "FAIL"))
