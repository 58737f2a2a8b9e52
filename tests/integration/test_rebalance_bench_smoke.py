"""bench/rebalance_bench.py runs end to end at a tiny size (timings are not asserted here)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench" / "rebalance_bench.py"


def test_rebalance_bench_runs_and_prints_its_verdict() -> None:
    done = subprocess.run(
        [sys.executable, str(BENCH), "--responders", "6", "--cases", "200", "--runs", "1"],
        capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "team: 6 responders, 200 open cases" in out
    moves = re.search(r"proposal: (\d+) moves \(lower bound (\d+)\)", out)
    assert moves and int(moves[1]) <= int(moves[2])
    assert re.search(r"reference \(loads \+ one check per case\): [\d.]+ ms", out)
    assert re.search(r"rebalance: [\d.]+ ms median of 1", out)
    assert out.rstrip().splitlines()[-1].endswith(("PASS", "FAIL"))
