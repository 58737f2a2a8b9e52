"""CaseService rules against an in-memory store (tests/unit/fakes.py): no disk, no SQL."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta

import pytest

from hrdcase.errors import ConcurrentEdit, NotFound, ValidationError
from hrdcase.models.clock import FixedClock
from hrdcase.models.entities import Region, Responder, RiskItem
from hrdcase.models.enums import (
    CaseStatus,
    CivicSpace,
    IncidentCategory,
    Priority,
    RiskLevel,
)
from hrdcase.models.intake import NewCase, NewDefender
from hrdcase.services.cases import CaseService
from tests.unit.fakes import FakeStore

TITLE = "Zebrafinch title marker"
SUMMARY = "Okapisummary marker text"
DESCRIPTION = "Narwhaldescription of what happened"


@pytest.fixture
def store() -> FakeStore:
    s = FakeStore()
    with s.transaction() as uow:
        uow.reference.add_region(Region("KE", "Kenya", CivicSpace.REPRESSED, ("en", "sw")))
        uow.reference.add_region(Region("BR", "Brazil", CivicSpace.OBSTRUCTED, ("pt",)))
    return s


@pytest.fixture
def responder_id(store: FakeStore) -> int:
    with store.transaction() as uow:
        return uow.reference.add_responder(Responder(0, "Ana", team_id=3))


@pytest.fixture
def service(store: FakeStore, clock: FixedClock) -> CaseService:
    return CaseService(store, clock, actor_id=42, device_id="dev-1")


def draft(**changes) -> NewCase:
    base = NewCase(
        title=TITLE,
        category=IncidentCategory.DOXXING,
        region_code="KE",
        language="en",
        description=DESCRIPTION,
        summary=SUMMARY,
        new_defender=NewDefender("Heron", legal_name="Legal Name"),
    )
    return replace(base, **changes)


def snapshot(store: FakeStore) -> str:
    return repr(store.state)


def all_audit_text(store: FakeStore) -> str:
    return json.dumps([a.detail for a in store.state.audit], default=str)


# ---- open_case
def test_open_case_writes_case_incident_defender_audit_and_outbox(
    store: FakeStore, service: CaseService, clock: FixedClock
) -> None:
    case_id, changes = service.open_case(draft())
    case = store.state.cases[case_id]
    assert case.status is CaseStatus.NEW and case.version == 1
    assert case.title == TITLE and case.created_at == clock.now()
    [incident] = store.state.incidents.values()
    assert incident.case_id == case_id and incident.description == DESCRIPTION
    [defender] = store.state.defenders.values()
    assert case.defender_id == defender.id and defender.pseudonym == "Heron"
    assert [a.action for a in store.state.audit] == ["case.opened", "incident.added"]
    assert all(a.actor_id == 42 and a.case_id == case_id for a in store.state.audit)
    [op] = store.state.outbox
    assert op.device_id == "dev-1" and op.entity == "case" and op.entity_id == case.ref
    assert op.routing["status"] == "new" and op.routing["region"] == "KE"
    assert TITLE in store.state.fts[case_id] and DESCRIPTION in store.state.fts[case_id]
    assert changes.created_cases == {case_id} and changes.audit and changes.touches_queue()
    assert store.commits >= 1


def test_open_case_uses_the_graphic_default_of_the_category(
    store: FakeStore, service: CaseService
) -> None:
    a, _ = service.open_case(draft(category=IncidentCategory.NCII))
    b, _ = service.open_case(draft(category=IncidentCategory.NCII, graphic=False))
    c, _ = service.open_case(draft(category=IncidentCategory.DOXXING))
    graphic = {i.case_id: i.graphic for i in store.state.incidents.values()}
    assert graphic == {a: True, b: False, c: False}


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"title": " "}, "title"),
        ({"description": ""}, "description"),
        ({"language": "x"}, "language"),
        ({"new_defender": None}, "defender"),
        ({"region_code": "ZZ"}, "region_code"),  # well-formed but unknown here
        ({"new_defender": None, "defender_id": 999}, "defender"),
    ],
)
def test_open_case_refuses_bad_drafts_and_writes_nothing(
    store: FakeStore, service: CaseService, change: dict, field: str
) -> None:
    before = snapshot(store)
    with pytest.raises(ValidationError) as info:
        service.open_case(draft(**change))
    assert info.value.field == field
    assert snapshot(store) == before


def test_a_failure_after_the_new_defender_was_added_rolls_it_back(
    store: FakeStore, service: CaseService
) -> None:
    before = snapshot(store)
    with pytest.raises(ValidationError) as info:
        service.open_case(draft(assignee_id=12345))  # defender is added, then the assignee fails
    assert info.value.field == "assignee"
    assert store.rollbacks == 1
    assert snapshot(store) == before
    assert not store.state.defenders


def test_open_case_with_an_assignee_takes_their_team(
    store: FakeStore, service: CaseService, responder_id: int
) -> None:
    case_id, _ = service.open_case(draft(assignee_id=responder_id))
    case = store.state.cases[case_id]
    assert case.assignee_id == responder_id and case.team_id == 3
    assert store.state.outbox[-1].routing["team_id"] == 3


# ---- change_status
def test_change_status_follows_the_workflow(
    store: FakeStore, service: CaseService, clock: FixedClock
) -> None:
    case_id, _ = service.open_case(draft())
    for version, target in enumerate(
        [CaseStatus.TRIAGED, CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED, CaseStatus.CLOSED,
         CaseStatus.IN_PROGRESS],
        start=1,
    ):
        clock.advance(timedelta(minutes=5))
        service.change_status(case_id, target, expected_version=version)
        case = store.state.cases[case_id]
        assert case.status is target and case.version == version + 1
        assert case.updated_at == clock.now()
    actions = [a.action for a in store.state.audit if a.entity == "case"]
    assert actions[-1] == "case.reopened"
    assert actions.count("case.status") == 4
    last = store.state.audit[-1]
    assert last.detail == {"from": "closed", "to": "in_progress"}
    assert store.state.outbox[-1].base_version == 5
    assert store.state.outbox[-1].routing["version"] == 6


@pytest.mark.parametrize(
    "target",
    [CaseStatus.CLOSED, CaseStatus.RESOLVED, CaseStatus.WAITING_ON_HRD, CaseStatus.IN_PROGRESS],
)
def test_change_status_refuses_illegal_transitions_and_writes_nothing(
    store: FakeStore, service: CaseService, target: CaseStatus
) -> None:
    case_id, _ = service.open_case(draft())
    before = snapshot(store)
    with pytest.raises(ValidationError, match="allowed: escalated, triaged"):
        service.change_status(case_id, target, expected_version=1)
    assert snapshot(store) == before


def test_stale_expected_version_is_a_concurrent_edit_and_writes_nothing(
    store: FakeStore, service: CaseService, responder_id: int
) -> None:
    case_id, _ = service.open_case(draft())
    service.change_status(case_id, CaseStatus.TRIAGED, expected_version=1)
    before = snapshot(store)
    with pytest.raises(ConcurrentEdit):
        service.change_status(case_id, CaseStatus.IN_PROGRESS, expected_version=1)
    with pytest.raises(ConcurrentEdit):
        service.update_fields(case_id, 1, priority=Priority.P1)
    with pytest.raises(ConcurrentEdit):
        service.assign(case_id, responder_id, expected_version=1)
    assert snapshot(store) == before


def test_missing_case_is_not_found(service: CaseService) -> None:
    with pytest.raises(NotFound):
        service.change_status(999, CaseStatus.TRIAGED, expected_version=1)


# ---- update_fields
def test_update_fields_rejects_unknown_fields_and_writes_nothing(
    store: FakeStore, service: CaseService
) -> None:
    case_id, _ = service.open_case(draft())
    before = snapshot(store)
    for bad in ({"status": "closed"}, {"version": 9}, {"assignee_id": 1}, {"ref": "C-0000-0000"},
                {"title": "ok", "defender_id": 3}):
        with pytest.raises(ValidationError, match="cannot be edited"):
            service.update_fields(case_id, 1, **bad)
    assert snapshot(store) == before


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"priority": "P9"}, "priority"),
        ({"severity": "apocalyptic"}, "severity"),
        ({"category": "not_a_category"}, "category"),
        ({"title": ""}, "title"),
        ({"language": "123"}, "language"),
        ({"region_code": "ZZ"}, "region_code"),
    ],
)
def test_update_fields_validates_values(
    store: FakeStore, service: CaseService, change: dict, field: str
) -> None:
    case_id, _ = service.open_case(draft())
    before = snapshot(store)
    with pytest.raises(ValidationError) as info:
        service.update_fields(case_id, 1, **change)
    assert info.value.field == field
    assert snapshot(store) == before


def test_update_fields_records_from_and_to_but_never_free_text(
    store: FakeStore, service: CaseService
) -> None:
    case_id, _ = service.open_case(draft())
    new_title = "Quetzaltitle replaced"
    new_summary = "Wombatsummary replaced"
    changes = service.update_fields(
        case_id, 1, title=new_title, summary=new_summary, priority="P1", region_code="BR"
    )
    case = store.state.cases[case_id]
    assert (case.title, case.summary, case.priority, case.region_code, case.version) == (
        new_title, new_summary, Priority.P1, "BR", 2
    )
    entry = store.state.audit[-1]
    assert entry.action == "case.updated"
    assert entry.detail == {
        "title": {"changed": True},
        "summary": {"changed": True},
        "priority": {"from": "P3", "to": "P1"},
        "region_code": {"from": "KE", "to": "BR"},
    }
    text = all_audit_text(store)
    for secret in (TITLE, SUMMARY, DESCRIPTION, new_title, new_summary, "Heron", "Legal Name"):
        assert secret not in text
    for op in store.state.outbox:
        routing = json.dumps(op.routing)
        for secret in (TITLE, SUMMARY, DESCRIPTION, new_title, new_summary, "Heron"):
            assert secret not in routing
    assert new_title in store.state.fts[case_id] and TITLE not in store.state.fts[case_id]
    assert changes.cases == {case_id}


def test_update_fields_without_a_real_change_writes_nothing(
    store: FakeStore, service: CaseService
) -> None:
    case_id, _ = service.open_case(draft())
    before = snapshot(store)
    changes = service.update_fields(case_id, 1, title=f"  {TITLE} ", priority=Priority.P3)
    assert changes.empty
    assert snapshot(store) == before


# ---- assign
def test_assign_and_unassign(
    store: FakeStore, service: CaseService, responder_id: int
) -> None:
    case_id, _ = service.open_case(draft())
    service.assign(case_id, responder_id, expected_version=1)
    case = store.state.cases[case_id]
    assert (case.assignee_id, case.team_id, case.version) == (responder_id, 3, 2)
    assert store.state.audit[-1].detail == {"from": None, "to": responder_id}
    assert service.assign(case_id, responder_id, expected_version=2).empty  # no-op
    service.assign(case_id, None, expected_version=2)
    assert store.state.cases[case_id].assignee_id is None
    with pytest.raises(ValidationError) as refused:
        service.assign(case_id, 999, expected_version=3)
    assert refused.value.field == "assignee"


# ---- incidents and risk notes
def test_add_incident_validates_and_reindexes(store: FakeStore, service: CaseService) -> None:
    case_id, _ = service.open_case(draft())
    before = snapshot(store)
    with pytest.raises(ValidationError) as info:
        service.add_incident(case_id, IncidentCategory.IMPERSONATION, "   ")
    assert info.value.field == "description"
    assert snapshot(store) == before
    service.add_incident(case_id, IncidentCategory.IMPERSONATION, "Fake profile appeared")
    assert len(store.state.incidents) == 2
    assert "Fake profile appeared" in store.state.fts[case_id]
    assert "Fake profile" not in all_audit_text(store)
    assert store.state.cases[case_id].version == 2


def test_risk_notes_supersede_and_set_the_case_level(
    store: FakeStore, service: CaseService, clock: FixedClock
) -> None:
    case_id, _ = service.open_case(draft())
    service.add_risk_note(case_id, [RiskItem("threat", 2)], [RiskItem("vuln", 2)], [],
                          rationale="Capybararationale one")
    clock.advance(timedelta(days=1))
    service.add_risk_note(case_id, [RiskItem("threat", 5)], [RiskItem("vuln", 4)],
                          [RiskItem("lawyer", 1)], rationale="second")
    older, newer = sorted(store.state.risk_notes.values(), key=lambda n: n.id)
    assert older.superseded_by == newer.id and newer.superseded_by is None
    assert older.rationale == "Capybararationale one" and older.level is RiskLevel.MEDIUM
    assert newer.score == 20.0 and newer.level is RiskLevel.CRITICAL
    assert store.state.cases[case_id].risk_level is RiskLevel.CRITICAL
    assert store.state.audit[-1].detail == {"level": "critical", "score": 20.0}
    assert "Capybara" not in all_audit_text(store)


def test_invalid_risk_note_writes_nothing(store: FakeStore, service: CaseService) -> None:
    case_id, _ = service.open_case(draft())
    before = snapshot(store)
    with pytest.raises(ValidationError):
        service.add_risk_note(case_id, [], [RiskItem("v", 3)], [])
    with pytest.raises(ValidationError):
        service.add_risk_note(case_id, [RiskItem("t", 6)], [RiskItem("v", 3)], [])
    with pytest.raises(ValidationError):
        service.add_risk_note(case_id, [RiskItem("t", 3)], [RiskItem("v", 3)], [],
                              rationale="r" * 20_001)
    assert snapshot(store) == before


def test_a_failing_outbox_rolls_the_whole_use_case_back(
    store: FakeStore, service: CaseService, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id, _ = service.open_case(draft())
    before = snapshot(store)

    def boom(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(store._uow.outbox, "add", boom)
    with pytest.raises(RuntimeError):
        service.open_case(draft())
    with pytest.raises(RuntimeError):
        service.change_status(case_id, CaseStatus.TRIAGED, expected_version=1)
    with pytest.raises(RuntimeError):
        service.add_incident(case_id, IncidentCategory.DOXXING, "more")
    assert snapshot(store) == before
