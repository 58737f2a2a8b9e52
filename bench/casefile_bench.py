"""Time to build a case file PDF for a case with 1,000 timeline events (issue 12; goal ≤ 2 s).

    python bench/casefile_bench.py [--events 1000 --runs 5 --level internal]

A synthetic encrypted profile in a temporary folder (cheap KDF: the key derivation is not what is
measured), one case worked through the services until its timeline holds `--events` audit entries
(status moves, incidents, risk notes, a playbook), then `CaseFileService.build` (read the records
at the level) and `build_pdf` (lay out the PDF in memory), each timed; the median of `--runs` of
both together is held against the goal. Only counts and timings are printed.
"""

from __future__ import annotations

import argparse
import io
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pypdf import PdfReader

from hrdcase.models.clock import FixedClock
from hrdcase.models.entities import Region, Responder, RiskItem
from hrdcase.models.enums import CaseStatus, CivicSpace, IncidentCategory, Priority
from hrdcase.models.intake import NewCase, NewDefender
from hrdcase.models.redaction import RedactionLevel
from hrdcase.reports.casefile import build_pdf
from hrdcase.services.casefile import CaseFileService
from hrdcase.services.cases import CaseService
from hrdcase.services.playbooks import PlaybookService
from hrdcase.storage.keys import KdfParams
from hrdcase.storage.profile import Profile
from hrdcase.storage.store import Store

TARGET_S = 2.0
PASSPHRASE = "bench-synthetic-passphrase"


def make_case(store: Store, clock: FixedClock, events: int) -> tuple[int, Responder]:
    with store.transaction() as uow:
        uow.reference.add_region(Region("KE", "Kenya", CivicSpace.REPRESSED, ("en", "sw")))
        team = uow.reference.add_team("Bench desk")
        me = Responder(uow.reference.add_responder(Responder(0, "Bench Responder", team)),
                       "Bench Responder", team)
    cases = CaseService(store, clock, me.id, store.device_id)
    case_id, _ = cases.open_case(NewCase(
        "Synthetic bench case", IncidentCategory.ACCOUNT_COMPROMISE, "KE", "en",
        "Invented first report.", priority=Priority.P2, summary="Invented summary " * 20,
        new_defender=NewDefender("Bench Heron", legal_name="Invented Legal Name")))
    PlaybookService(store, clock, me.id, store.device_id).attach(case_id, "secure_account")
    version = 1
    with store.read() as uow:
        version = uow.cases.get(case_id).version
    for target in (CaseStatus.TRIAGED, CaseStatus.IN_PROGRESS):
        cases.change_status(case_id, target, version)
        version += 1
    n = 0
    while True:
        with store.read() as uow:
            have = len(uow.audit.for_case(case_id))
        if have >= events:
            return case_id, me
        clock.advance(timedelta(minutes=17))
        n += 1
        if n % 25 == 0:
            cases.add_incident(case_id, IncidentCategory.CYBER_HARASSMENT,
                               f"Invented incident {n}: " + "words " * 40)
        elif n % 40 == 0:
            cases.add_risk_note(case_id, [RiskItem("invented threat", 3)],
                                [RiskItem("invented exposure", 2)], [], rationale="Invented.")
        else:
            with store.read() as uow:
                case = uow.cases.get(case_id)
            status = (CaseStatus.WAITING_ON_HRD if case.status == CaseStatus.IN_PROGRESS
                      else CaseStatus.IN_PROGRESS)
            cases.change_status(case_id, status, case.version)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--level", default="internal", choices=[x.value for x in RedactionLevel])
    args = parser.parse_args()
    clock = FixedClock(datetime(2026, 1, 5, 9, 0, tzinfo=UTC))
    with tempfile.TemporaryDirectory(prefix="hrdcase-bench-") as tmp:
        profile = Profile(Path(tmp) / "profile")
        store = profile.create(PASSPHRASE, KdfParams(iterations=1, memory_kib=8192, lanes=1))
        try:
            case_id, me = make_case(store, clock, args.events)
            service = CaseFileService(store, clock, me)
            reads, layouts, totals = [], [], []
            for _ in range(args.runs):
                t0 = time.perf_counter()
                casefile = service.build(case_id, RedactionLevel(args.level), False)
                t1 = time.perf_counter()
                pdf = build_pdf(casefile)
                t2 = time.perf_counter()
                reads.append(t1 - t0)
                layouts.append(t2 - t1)
                totals.append(t2 - t0)
        finally:
            store.close()
            profile.release()
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    median = statistics.median(totals)
    print(f"case: {len(casefile.content['timeline'])} timeline events, "
          f"{len(casefile.content['incidents'])} incidents; PDF {pages} pages, "
          f"{len(pdf) / 1024:.0f} KiB, level {args.level}")
    print(f"read records: {statistics.median(reads) * 1000:.0f} ms median of {args.runs}")
    print(f"lay out PDF: {statistics.median(layouts) * 1000:.0f} ms median of {args.runs}")
    verdict = "PASS" if median <= TARGET_S else "FAIL"
    print(f"case file: {median * 1000:.0f} ms median of {args.runs} (goal ≤ {TARGET_S:.0f} s) "
          f"{verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
