"""bench/report_bench.py runs end to end at a tiny size (timings are not asserted here)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench" / "report_bench.py"


def test_report_bench_runs_and_prints_its_verdict() -> None:
    done = subprocess.run([sys.executable, str(BENCH), "--cases", "200", "--runs", "1"],
                          capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    assert re.search(r"report: 200 cases; PDF \d+ KiB", done.stdout)
    assert done.stdout.rstrip().splitlines()[-1].endswith(("PASS", "FAIL"))
