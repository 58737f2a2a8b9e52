"""bench/sync_bench.py runs end to end at its --quick sizes against a real server process on the
PostgreSQL named by HRDCASE_TEST_PG, and prints its three figures (timings are not asserted here)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "sync_bench.py"


@pytest.mark.pg
def test_sync_bench_quick_prints_the_three_figures() -> None:
    base = os.environ.get("HRDCASE_TEST_PG")
    if not base:
        pytest.skip("HRDCASE_TEST_PG is not set")
    done = subprocess.run([sys.executable, str(BENCH), "--quick", "--pg", base], capture_output=True,
                          text=True, timeout=300, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr[-2000:]
    out = done.stdout
    assert re.search(r"1\. first sync of 300 cases \(6\d\d ops", out), out
    assert re.search(r"first sync: [\d.]+x COPY \(goal <= 5x\) (PASS|FAIL)", out), out
    assert re.search(r"10 changes on +300 cases: send +\d+ ms, receive +\d+ ms", out), out
    assert re.search(r"100 changes on +300 cases", out), out
    assert re.search(r"3\. 8 devices in 1 team\(s\) syncing at once", out), out
    assert re.search(r"24 syncs in [\d.]+ s: p50 [\d,]+ ms, p99 [\d,]+ ms, max [\d,]+ ms; errors 0 PASS",
                     out), out
    assert "Traceback" not in done.stderr
