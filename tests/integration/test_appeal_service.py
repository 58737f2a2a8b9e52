"""AppealService on a real SQLCipher file: one transaction per use case with audit + outbox, the
four-eyes rule at every entry point, a reversal that reopens a closed case, the appeal window."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from dateutil.relativedelta import relativedelta

from hrdcase.errors import ValidationError
from hrdcase.models.clock import FixedClock
from hrdcase.models.enums import AppealOutcome, AppealStatus, CaseStatus, IncidentCategory
from hrdcase.services.appeals import AppealService
from hrdcase.services.audit import verify
from hrdcase.storage.store import Store
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import Caseload, new_caseload
from tests.unit.test_appeals_model import sor

FACTS = "Zebrafacts: the synthetic post named an invented address."
REASONS = "Okapireasons: the invented address was public, the removal is reversed."


@pytest.fixture
def load(profile_dir: Path, clock: FixedClock) -> Iterator[Caseload]:
    clock.current = datetime(2026, 2, 1, 9, 0, tzinfo=UTC)  # after the SoR's dates
    c = new_caseload(profile_dir, clock, PASSPHRASE, FAST_KDF)
    yield c
    c.close()


def service(load: Caseload, actor: int | None) -> AppealService:
    return AppealService(load.store, load.clock, actor, load.store.device_id)


def ids(load: Caseload) -> tuple[int, int, int]:
    decider, reviewer, other = (r.id for r in load.world.responders[:3])
    return decider, reviewer, other


def closed_case(load: Caseload) -> int:
    e = load.factory().open(category=IncidentCategory.DOXXING)
    f = load.factory()
    for status in (CaseStatus.TRIAGED, CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED,
                   CaseStatus.CLOSED):
        f.move(e, status)
    return e.id


def rows(store: Store, table: str) -> int:
    return store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def audit(store: Store, case_id: int) -> list[tuple[str, dict]]:
    cur = store.db.execute("SELECT action, detail FROM audit_log WHERE case_id = ? ORDER BY seq",
                           (case_id,))
    return [(a, json.loads(d)) for a, d in cur]


def decided_and_filed(load: Caseload) -> tuple[int, int, int]:
    decider, _, _ = ids(load)
    case_id = closed_case(load)
    decision_id, _ = service(load, decider).record_decision(case_id, sor(decision_facts=FACTS))
    appeal_id, _ = service(load, decider).file_appeal(decision_id, "Synthetic grounds.")
    return case_id, decision_id, appeal_id


def test_every_use_case_writes_one_audit_and_one_outbox_row_and_names_the_case(load):
    decider, reviewer, _ = ids(load)
    case_id = closed_case(load)
    before = (rows(load.store, "audit_log"), rows(load.store, "outbox"))
    decision_id, changes = service(load, decider).record_decision(case_id, sor(decision_facts=FACTS))
    assert changes.cases == {case_id}
    appeal_id, changes = service(load, decider).file_appeal(decision_id)
    assert changes.cases == {case_id}
    assert service(load, decider).assign_reviewer(appeal_id, reviewer).cases == {case_id}
    load.clock.advance(timedelta(days=2))
    assert service(load, reviewer).decide_appeal(
        appeal_id, AppealOutcome.UPHELD, REASONS).cases == {case_id}
    assert service(load, reviewer).escalate_to_ods(appeal_id, True).cases == {case_id}
    after = (rows(load.store, "audit_log"), rows(load.store, "outbox"))
    assert (after[0] - before[0], after[1] - before[1]) == (5, 5)
    actions = [a for a, _ in audit(load.store, case_id)][-5:]
    assert actions == ["decision.recorded", "appeal.filed", "appeal.reviewer_assigned",
                       "appeal.decided", "appeal.escalated_ods"]
    detail_text = json.dumps(audit(load.store, case_id))
    assert "Zebrafacts" not in detail_text and "Okapireasons" not in detail_text
    routing = " ".join(r[0] for r in load.store.db.execute("SELECT routing FROM outbox"))
    assert "Zebrafacts" not in routing and "Okapireasons" not in routing
    assert verify(load.store).ok


def test_decision_records_sor_and_policy_version(load):
    decider, _, _ = ids(load)
    case_id = closed_case(load)
    with load.store.transaction() as uow:
        uow.settings.set("policy.version", "hrd-policy 2.1")
    decision_id, _ = service(load, decider).record_decision(case_id, sor(decision_facts=FACTS))
    record = service(load, decider).case_decisions(case_id).records[0]
    assert record.decision.id == decision_id and record.appeal is None
    assert record.decision.policy_version == "hrd-policy 2.1"
    assert record.decision.sor == sor(decision_facts=FACTS)
    assert record.decision.decided_by == decider
    assert audit(load.store, case_id)[-1][1]["policy_version"] == "hrd-policy 2.1"


def test_invalid_statement_of_reasons_writes_nothing(load):
    case_id = closed_case(load)
    before = rows(load.store, "audit_log")
    with pytest.raises(ValidationError, match="limit is 5000"):
        service(load, 1).record_decision(case_id, sor(decision_facts="x" * 5001))
    with pytest.raises(ValidationError, match="at least one restriction"):
        service(load, 1).record_decision(case_id, sor(decision_visibility=None))
    assert rows(load.store, "decisions") == 0 and rows(load.store, "audit_log") == before


def test_four_eyes_cannot_be_bypassed_through_any_entry_point(load):
    decider, reviewer, other = ids(load)
    case_id, _, appeal_id = decided_and_filed(load)
    before = rows(load.store, "audit_log")
    # 1. assigning the decider as reviewer, whoever asks
    for actor in (decider, reviewer, None):
        with pytest.raises(ValidationError, match="original decider cannot review"):
            service(load, actor).assign_reviewer(appeal_id, decider)
    # 2. assigning nobody
    with pytest.raises(ValidationError, match="not decided automatically"):
        service(load, other).assign_reviewer(appeal_id, None)
    # 3. deciding with no reviewer assigned, as anyone
    for actor in (decider, reviewer, other):
        with pytest.raises(ValidationError, match="Assign a reviewer"):
            service(load, actor).decide_appeal(appeal_id, AppealOutcome.REVERSED, REASONS)
    service(load, other).assign_reviewer(appeal_id, reviewer)
    # 4. deciding as the decider, or as an automated (no signed-in person) actor
    with pytest.raises(ValidationError, match="original decider cannot review"):
        service(load, decider).decide_appeal(appeal_id, AppealOutcome.REVERSED, REASONS)
    with pytest.raises(ValidationError, match="never solely by automated"):
        service(load, None).decide_appeal(appeal_id, AppealOutcome.REVERSED, REASONS)
    # 5. deciding as someone who is not the assigned reviewer
    with pytest.raises(ValidationError, match="Only the assigned reviewer"):
        service(load, other).decide_appeal(appeal_id, AppealOutcome.REVERSED, REASONS)
    # 6. a row forged to name the decider as reviewer is still refused when deciding
    load.store.db.execute("UPDATE appeals SET reviewer_id = ? WHERE id = ?", (decider, appeal_id))
    with pytest.raises(ValidationError, match="original decider"):
        service(load, decider).decide_appeal(appeal_id, AppealOutcome.REVERSED, REASONS)
    appeal = service(load, other).case_decisions(case_id).records[0].appeal
    assert appeal.status == AppealStatus.UNDER_REVIEW and appeal.outcome is None
    assert rows(load.store, "audit_log") == before + 1  # only the legitimate assignment


def test_reversal_reopens_a_closed_case(load):
    _, reviewer, other = ids(load)
    case_id, _, appeal_id = decided_and_filed(load)
    with load.store.read() as uow:
        assert uow.cases.get(case_id).status == CaseStatus.CLOSED
    service(load, other).assign_reviewer(appeal_id, reviewer)
    service(load, reviewer).decide_appeal(appeal_id, AppealOutcome.REVERSED, REASONS)
    with load.store.read() as uow:
        case = uow.cases.get(case_id)
        stored = uow.appeals.appeal(appeal_id)
    assert case.status == CaseStatus.IN_PROGRESS
    assert stored.outcome == AppealOutcome.REVERSED and stored.decided_by == reviewer
    assert stored.statement_of_reasons == REASONS
    (a1, d1), (a2, d2) = audit(load.store, case_id)[-2:]
    assert (a1, d1["outcome"], d1["reopened"]) == ("appeal.decided", "reversed", True)
    assert (a2, d2["from"], d2["to"]) == ("case.reopened", "closed", "in_progress")


def test_upheld_leaves_a_closed_case_closed(load):
    _, reviewer, other = ids(load)
    case_id, _, appeal_id = decided_and_filed(load)
    service(load, other).assign_reviewer(appeal_id, reviewer)
    service(load, reviewer).decide_appeal(appeal_id, AppealOutcome.UPHELD, REASONS)
    with load.store.read() as uow:
        assert uow.cases.get(case_id).status == CaseStatus.CLOSED
    assert audit(load.store, case_id)[-1][1]["reopened"] is False


def test_appeal_window_and_one_appeal_per_decision(load):
    decider, _, _ = ids(load)
    case_id = closed_case(load)
    s = service(load, decider)
    first, _ = s.record_decision(case_id, sor())
    second, _ = s.record_decision(case_id, sor())
    load.clock.advance(relativedelta(months=6))  # type: ignore[arg-type]
    s.file_appeal(first)  # exactly six months: still open
    with pytest.raises(ValidationError, match="already has an appeal"):
        s.file_appeal(first)
    load.clock.advance(timedelta(seconds=1))
    with pytest.raises(ValidationError, match="appeal window closed"):
        s.file_appeal(second)


def test_ods_escalation_deadline(load):
    _, reviewer, other = ids(load)
    case_id, _, appeal_id = decided_and_filed(load)
    with pytest.raises(ValidationError, match="once the internal review has decided"):
        service(load, other).escalate_to_ods(appeal_id)
    service(load, other).assign_reviewer(appeal_id, reviewer)
    service(load, reviewer).decide_appeal(appeal_id, AppealOutcome.UPHELD, REASONS)
    now = load.clock.now()
    service(load, other).escalate_to_ods(appeal_id, complex_dispute=False)
    appeal = service(load, other).case_decisions(case_id).records[0].appeal
    assert appeal.status == AppealStatus.ESCALATED_ODS
    assert appeal.ods_deadline == now + timedelta(days=90)
    with pytest.raises(ValidationError, match="already with a dispute"):
        service(load, other).escalate_to_ods(appeal_id, complex_dispute=True)


def test_migration_4_upgrades_a_database_made_without_it(tmp_path: Path):
    from hrdcase.storage.db import Database
    from hrdcase.storage.keys import new_database_key
    from hrdcase.storage.migrations import MIGRATIONS, applied_versions, migrate

    db = Database.open(tmp_path / "old.db", new_database_key())
    try:
        older = tuple(m for m in MIGRATIONS if m.version < 4)
        migrate(db, older)
        assert 4 not in applied_versions(db)
        assert migrate(db) == [m.version for m in MIGRATIONS if m.version >= 4]
        names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"decisions", "appeals"} <= names
    finally:
        db.close()
