"""An imported report's SLA clock runs from when it was submitted on the platform (its real age),
not from the moment of import; a submission time in the future counts as now."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from hrdcase.models.clock import FixedClock
from hrdcase.models.enums import Priority
from hrdcase.services.intake import IntakeService
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import Caseload, new_caseload
from tests.integration.test_intake_import import line


@pytest.fixture
def load(profile_dir: Path, clock: FixedClock) -> Iterator[Caseload]:
    c = new_caseload(profile_dir, clock, PASSPHRASE, FAST_KDF)
    yield c
    c.close()


def _import(load: Caseload, submitted: str):
    summary = IntakeService(load.store, load.service).import_lines(
        [line("S1", submitted_at=submitted)])
    assert summary.rejected == []
    with load.store.read() as uow:
        return uow.cases.get(summary.imported[0][1])


def test_deadlines_run_from_submission(load: Caseload, clock: FixedClock) -> None:
    submitted = datetime(2026, 1, 4, 15, 30, tzinfo=UTC)  # 17.5 h before the import (clock)
    case = _import(load, "2026-01-04T18:30:00+03:00")
    first, resolution = load.service.sla_policy.deadlines(submitted, case.priority)
    assert case.created_at == submitted
    assert case.first_response_due == first and case.resolution_due == resolution
    from_import = load.service.sla_policy.deadlines(clock.now(), case.priority)
    assert from_import[0] - case.first_response_due == timedelta(hours=17, minutes=30)
    assert case.version == 1  # created and dated in one transaction


def test_a_future_submission_time_counts_as_now(load: Caseload, clock: FixedClock) -> None:
    case = _import(load, "2026-02-01T00:00:00Z")
    assert case.created_at == clock.now()
    assert (case.first_response_due, case.resolution_due) == \
        load.service.sla_policy.deadlines(clock.now(), case.priority)


def test_an_old_p1_report_is_already_past_its_first_response(load: Caseload,
                                                              clock: FixedClock) -> None:
    summary = IntakeService(load.store, load.service).import_lines(
        [line("S2", submitted_at="2026-01-01T09:00:00Z", priority="P1")])
    with load.store.read() as uow:
        case = uow.cases.get(summary.imported[0][1])
    assert case.priority == Priority.P1
    assert case.first_response_due < clock.now()  # the queue shows it breached at once
