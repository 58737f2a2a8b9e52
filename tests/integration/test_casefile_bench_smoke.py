"""bench/casefile_bench.py runs end to end at a tiny size (timings are not asserted here)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench" / "casefile_bench.py"


def test_casefile_bench_runs_and_prints_its_verdict() -> None:
    done = subprocess.run([sys.executable, str(BENCH), "--events", "60", "--runs", "1"],
                          capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    assert re.search(r"case: \d+ timeline events, \d+ incidents; PDF \d+ pages", done.stdout)
    assert int(re.search(r"case: (\d+) timeline", done.stdout)[1]) >= 60
    assert done.stdout.rstrip().splitlines()[-1].endswith(("PASS", "FAIL"))
