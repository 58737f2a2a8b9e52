"""Bulk intake at scale (issue 10, item 6): 100,000 export lines through `IntakeService.import_lines`.

    python bench/import_bench.py [--lines 100000]
    python bench/import_bench.py --lines 5000        # quick

Two fresh synthetic encrypted profiles in a temporary folder (cheap KDF: the key derivation is not
what is measured), same reference data. The import reads the lines from a generator (as the command
line streams the file) and writes each case with its defender, incident, text index, intake record,
audit entries and outbox rows, `BATCH_LINES` lines to a transaction, one savepoint per line. The
reference, in the same run: the same lines parsed, and the same cases (defender, case, incident,
text index) written straight through the repositories in ONE transaction: the floor of the work,
with the same schema, so both pay the change-capture triggers (the rows each left in `sync_dirty`
are printed).
PASS/FAIL is on the ratio import / reference (goal ≤ 3×). The resident memory is sampled at a tenth
and at the end of the import, to show it stays flat. Only counts and timings are printed.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from hrdcase.models.clock import FixedClock
from hrdcase.models.entities import Case, Defender, Incident, Region, Responder
from hrdcase.models.enums import CaseStatus, CivicSpace
from hrdcase.models.intake import new_case_ref
from hrdcase.models.intake_import import ImportRecord, parse_line
from hrdcase.models.sla import with_deadlines
from hrdcase.services.cases import CaseService
from hrdcase.services.intake import BATCH_LINES, IntakeService
from hrdcase.services.sla_policy import default_sla_policy
from hrdcase.storage.keys import KdfParams
from hrdcase.storage.profile import Profile
from hrdcase.storage.store import Store

TARGET_RATIO = 3.0
PASSPHRASE = "bench-synthetic-passphrase"
CATEGORIES = ("doxxing", "account_compromise", "cyber_harassment", "impersonation")
NOW = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def export_lines(n: int) -> Iterator[str]:
    for i in range(1, n + 1):
        yield json.dumps({
            "source_id": f"B{i}", "channel": "hrd_report", "submitted_at": "2026-01-04T18:30:00+03:00",
            "title": f"Invented report {i}", "description": "Synthetic description. " * 8,
            "category": CATEGORIES[i % len(CATEGORIES)], "region": "KE", "language": "sw",
            "defender": {"pseudonym": f"Ibis-{i}"}})


def fresh(folder: Path) -> tuple[Profile, Store, int]:
    profile = Profile(folder)
    store = profile.create(PASSPHRASE, KdfParams(iterations=1, memory_kib=8192, lanes=1))
    with store.transaction() as uow:
        uow.reference.add_region(Region("KE", "Kenya", CivicSpace.REPRESSED, ("en", "sw")))
        team = uow.reference.add_team("Bench desk")
        me = uow.reference.add_responder(Responder(0, "Bench Responder", team))
    return profile, store, me


def rss_mib() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / (1 << 20)


def reference(store: Store, n: int) -> tuple[float, float]:
    """Parse the same lines and write the same rows through the repositories, one transaction."""
    policy = default_sla_policy()
    regions = frozenset({"KE"})
    t0, c0 = time.perf_counter(), time.process_time()
    with store.transaction() as uow:
        for line_no, text in enumerate(export_lines(n), start=1):
            record = parse_line(line_no, text, regions)
            assert isinstance(record, ImportRecord)
            draft = record.draft
            nd = draft.new_defender
            assert nd is not None
            defender_id = uow.reference.add_defender(Defender(
                0, nd.pseudonym, nd.legal_name, draft.region_code, nd.languages, nd.gender_factors,
                nd.do_not_contact, nd.contact_channel))
            case = with_deadlines(Case(
                id=0, ref=new_case_ref(), title=draft.title, summary=draft.summary,
                status=CaseStatus.NEW, priority=draft.priority, severity=draft.severity,
                category=draft.category, channel=draft.channel, region_code=draft.region_code,
                language=draft.language, defender_id=defender_id, assignee_id=None, team_id=None,
                created_at=NOW, updated_at=NOW), policy, False)
            case = replace(case, id=uow.cases.add(case))
            uow.cases.add_incident(Incident(0, case.id, draft.category, draft.description, NOW,
                                            draft.occurred_at, draft.channel, "",
                                            draft.category.graphic_by_default))
            uow.cases.reindex_text(case.id)
    return time.perf_counter() - t0, time.process_time() - c0


def captured(store: Store) -> int:
    """Rows the change-capture triggers listed for sync: both sides pay the same triggers."""
    with store.read() as uow:
        return uow.sync.dirty_count()


def import_all(store: Store, me: int, n: int) -> tuple[float, float, int, list[float]]:
    clock = FixedClock(NOW)
    service = IntakeService(store, CaseService(store, clock, me, store.device_id))
    samples = []

    def progress(done: int) -> None:
        if done in (n // 10, n):
            samples.append(rss_mib())

    t0, c0 = time.perf_counter(), time.process_time()
    summary = service.import_lines(export_lines(n), progress=progress)
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    samples.append(rss_mib())
    assert not summary.rejected and not summary.duplicates, summary.line()
    return elapsed, cpu, len(summary.imported), samples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lines", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="hrdcase-bench-") as tmp:
        profile, store, _me = fresh(Path(tmp) / "reference")
        try:
            floor, floor_cpu = reference(store, args.lines)
            floor_dirty = captured(store)
        finally:
            store.close()
            profile.release()
        profile, store, me = fresh(Path(tmp) / "import")
        try:
            elapsed, cpu, imported, rss = import_all(store, me, args.lines)
            import_dirty = captured(store)
        finally:
            store.close()
            profile.release()
    ratio, cpu_ratio = elapsed / floor, cpu / floor_cpu
    print(f"lines: {args.lines:,}, imported {imported:,}, {BATCH_LINES} lines to a transaction")
    print(f"reference (repositories, one transaction): {floor:.1f} s wall, {floor_cpu:.1f} s CPU")
    print(f"import: {elapsed:.1f} s wall, {cpu:.1f} s CPU, {args.lines / elapsed:,.0f} lines/s")
    print(f"change capture (sync_dirty rows): {floor_dirty:,} in the reference, {import_dirty:,} in "
          "the import (its intake records too)")
    print(f"resident memory: {rss[0]:.0f} MiB at a tenth, {rss[-1]:.0f} MiB at the end")
    print(f"import / reference, CPU time: {cpu_ratio:.2f}x (on a shared machine the wall ratio "
          f"also counts waiting for a core)")
    verdict = "PASS" if ratio <= TARGET_RATIO else "FAIL"
    print(f"import / reference, wall time: {ratio:.2f}x (goal ≤ {TARGET_RATIO:.0f}x) {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
