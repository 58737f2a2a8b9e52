"""`CaseService.edit`, the edit form's save: all of it in one transaction, or none of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from hrdcase.errors import ConcurrentEdit, ValidationError
from hrdcase.models.clock import FixedClock
from hrdcase.models.enums import CaseStatus, Priority
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import Caseload, new_caseload


@pytest.fixture
def caseload(profile_dir: Path, clock: FixedClock) -> Caseload:
    loaded = new_caseload(profile_dir, clock, PASSPHRASE, FAST_KDF)
    yield loaded
    loaded.close()


def counts(c: Caseload) -> tuple[int, int]:
    db = c.store.db
    return (db.execute("SELECT count(*) FROM audit_log").fetchone()[0],
            db.execute("SELECT count(*) FROM outbox").fetchone()[0])


def test_fields_status_and_assignee_saved_together(caseload: Caseload) -> None:
    case_id = caseload.factory().open(priority=Priority.P3, assignee_id=None).id
    responder = caseload.world.responders[1].id
    changes = caseload.service.edit(case_id, 1, {"priority": "P1", "title": "Renamed"},
                                    CaseStatus.TRIAGED, reassign=True, assignee_id=responder)
    case = caseload.store._uow.cases.get(case_id)
    assert (case.priority, case.title, case.status, case.assignee_id) == (
        Priority.P1, "Renamed", CaseStatus.TRIAGED, responder)
    assert case.version == 4
    assert changes.cases == {case_id}


def test_a_refused_step_leaves_nothing_behind(caseload: Caseload) -> None:
    case_id = caseload.factory().open(priority=Priority.P3).id
    before_case = caseload.store._uow.cases.get(case_id)
    before = counts(caseload)
    with pytest.raises(ValidationError, match="cannot go from new to closed"):
        caseload.service.edit(case_id, 1, {"priority": "P1"}, CaseStatus.CLOSED)
    assert caseload.store._uow.cases.get(case_id) == before_case
    assert counts(caseload) == before


def test_a_stale_version_saves_nothing(caseload: Caseload) -> None:
    case_id = caseload.factory().open().id
    caseload.service.change_status(case_id, CaseStatus.TRIAGED, 1)
    before = counts(caseload)
    with pytest.raises(ConcurrentEdit):
        caseload.service.edit(case_id, 1, {"title": "Lost update"})
    assert caseload.store._uow.cases.get(case_id).title != "Lost update"
    assert counts(caseload) == before
