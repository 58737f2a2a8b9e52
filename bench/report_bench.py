"""Time to make the transparency report over 100,000 cases (issue 12; goal ≤ 5 s).

    python bench/report_bench.py [--cases 100000 --runs 3]

A synthetic encrypted demo caseload in a temporary folder (cheap KDF: the key derivation is not
what is measured; building it takes a while and is not timed), then, each run: read the period's
facts and compute the suppressed figures (`ReportService.transparency`), and build the PDF, CSV and
JSON in memory. The median of `--runs` of all of it is held against the goal. The KPI figures are
timed too. Only counts and timings are printed.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

from hrdcase.demo.build import build_demo
from hrdcase.models.clock import FixedClock
from hrdcase.reports.transparency import build_csv, build_json, build_pdf
from hrdcase.services.reports import ReportService
from hrdcase.storage.keys import KdfParams
from hrdcase.storage.profile import Profile

TARGET_S = 5.0
PASSPHRASE = "bench-synthetic-passphrase"
NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
START, END = date(2020, 1, 1), date(2026, 12, 31)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="hrdcase-bench-") as tmp:
        profile = Profile(Path(tmp) / "profile")
        store = profile.create(PASSPHRASE, KdfParams(iterations=1, memory_kib=8192, lanes=1))
        try:
            t0 = time.perf_counter()
            build_demo(store, args.cases, 3, NOW)
            print(f"built {args.cases:,} demo cases in {time.perf_counter() - t0:.0f} s (not timed)")
            service = ReportService(store, FixedClock(NOW))
            figures, files, totals, kpis, cpu = [], [], [], [], []
            for _ in range(args.runs):
                c0 = time.process_time()  # CPU time: steadier than wall time on a shared machine
                t0 = time.perf_counter()
                report = service.transparency(START, END)
                t1 = time.perf_counter()
                sizes = [len(build_pdf(report)), len(build_csv(report)), len(build_json(report))]
                t2 = time.perf_counter()
                cpu.append(time.process_time() - c0)
                rows = service.kpi(START, END)
                t3 = time.perf_counter()
                figures.append(t1 - t0)
                files.append(t2 - t1)
                totals.append(t2 - t0)
                kpis.append(t3 - t2)
        finally:
            store.close()
            profile.release()
    median = statistics.median(totals)
    print(f"report: {report.cases_total} cases; PDF {sizes[0] / 1024:.0f} KiB, "
          f"CSV {sizes[1] / 1024:.0f} KiB, JSON {sizes[2] / 1024:.0f} KiB")
    print(f"read and compute: {statistics.median(figures) * 1000:.0f} ms median of {args.runs}")
    print(f"PDF, CSV, JSON: {statistics.median(files) * 1000:.0f} ms median of {args.runs}")
    print(f"KPI ({len(rows)} rows): {statistics.median(kpis) * 1000:.0f} ms median of {args.runs}")
    print(f"transparency report CPU time: {statistics.median(cpu) * 1000:.0f} ms median of "
          f"{args.runs}")
    verdict = "PASS" if median <= TARGET_S else "FAIL"
    print(f"transparency report: {median * 1000:.0f} ms median of {args.runs} "
          f"(goal ≤ {TARGET_S:.0f} s) {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
