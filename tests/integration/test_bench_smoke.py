"""bench/store_bench.py runs end to end at a tiny size (timings are not asserted here)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench" / "store_bench.py"


def test_store_bench_runs_and_prints_its_table(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(BENCH), "--cases", "500", "--runs", "1", "--out", str(tmp_path)],
        capture_output=True, text=True, timeout=240, stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "metric" in out and "sqlcipher" in out and "plain" in out and "result" in out
    for metric in ("demo build, 500 cases", "unlock: Argon2id KDF alone",
                   "queue: open + region, by priority WARM", "queue: open + region, by priority COLD",
                   "queue: open + region + text, by priority WARM", "search: 'spyware' WARM",
                   "insert 5,000 cases, one transaction"):
        assert metric in out, metric
    assert out.rstrip().splitlines()[-1] in ("overall: PASS", "overall: FAIL")
    assert (tmp_path / "results.json").is_file()
    assert not (tmp_path / "work").exists()  # the caseloads are removed afterwards
