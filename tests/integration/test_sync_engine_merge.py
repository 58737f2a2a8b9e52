"""Sync between real caseloads: a case with decisions, appeals, notifications and evidence (the
image through the relay as a sealed blob); concurrent edits converge, risk-critical ones also go to
the conflict queue, and resolving one settles it everywhere; an op whose parent is not here yet
waits; an incoming assignment over a limit is applied and queued for a supervisor."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from hrdcase.demo.evidence import synthetic_png
from hrdcase.models.enums import AppealOutcome, CaseStatus, NotificationChannel, Priority
from hrdcase.models.notification import ConsentMethod, NotificationRequest
from hrdcase.services.appeals import AppealService
from hrdcase.services.evidence import EvidenceService
from hrdcase.services.notify import NotifyService
from hrdcase.services.sync_engine import apply_batch
from hrdcase.services.sync_merge import conflicts, resolve
from tests.integration.sync_world import TEAM_UUID, Device, Relay, make_devices, synced_state
from tests.integration.test_sync_engine import case_gid, count, draft, local_case
from tests.unit.test_appeals_model import sor

START = datetime(2026, 2, 1, 9, 0, tzinfo=UTC)  # after the statement of reasons' dates


@pytest.fixture
def devices(tmp_path: Path) -> Iterator[list[Device]]:
    made = make_devices(tmp_path, 3, START)
    yield made
    for d in made:
        d.close()


def version(device: Device, case_id: int) -> int:
    with device.store.read() as uow:
        return uow.cases.get(case_id).version


def test_decisions_appeals_notifications_and_evidence_reach_the_other_device(
        devices: list[Device]) -> None:
    a, b, _ = devices
    relay = Relay()
    case_id, _ = a.cases.open_case(draft())
    decision_id, _ = AppealService(a.store, a.clock, a.me, "dev").record_decision(case_id, sor())
    appeal_id, _ = AppealService(a.store, a.clock, a.me, "dev").file_appeal(decision_id, "Grounds.")
    NotifyService(a.store, a.clock, a.me, "dev").notify(case_id, NotificationRequest(
        NotificationChannel.SIGNAL, a.world.responders[1].id, a.clock.now() - timedelta(hours=1),
        ConsentMethod.SECURE_MESSAGE, "Synthetic notification."))
    incident_id = a.store.db.execute("SELECT id FROM incidents WHERE case_id = ?",
                                     (case_id,)).fetchone()[0]
    image = synthetic_png(random.Random(3))
    EvidenceService(a.store, a.clock, a.me, "dev").attach(incident_id, image, "shot.png")
    a.sync(relay)
    assert relay.blobs, "the image travels as a sealed blob"
    assert all(image not in sealed for sealed in relay.blobs.values())
    b.sync(relay)
    assert synced_state(a) == synced_state(b)
    for table in ("decisions", "appeals", "notifications", "evidence_media", "defenders"):
        assert count(b, table) == 1, table
    assert b.store.db.execute("SELECT data FROM evidence_media").fetchone()[0] == image
    with b.store.read() as uow:
        assert uow.sync.blobs_wanted() == []
    # B decides the appeal; the outcome reaches A
    on_b = b.store.db.execute("SELECT id FROM appeals").fetchone()[0]
    AppealService(b.store, b.clock, b.me, "dev").assign_reviewer(on_b, b.world.responders[2].id)
    AppealService(b.store, b.clock, b.world.responders[2].id, "dev").decide_appeal(
        on_b, AppealOutcome.UPHELD, "Synthetic reasons for upholding.")
    b.sync(relay)
    a.sync(relay)
    assert a.store.db.execute("SELECT outcome FROM appeals WHERE id = ?", (appeal_id,)).fetchone() == (
        AppealOutcome.UPHELD.value,)
    assert synced_state(a) == synced_state(b)


def test_concurrent_non_critical_edits_converge_on_the_later_stamp_with_an_audit_entry(
        devices: list[Device]) -> None:
    a, b, _ = devices
    relay = Relay()
    case_id, _ = a.cases.open_case(draft())
    gid = case_gid(a, case_id)
    a.sync(relay)
    b.sync(relay)
    on_b = local_case(b, gid)
    a.cases.update_fields(case_id, version(a, case_id), title="Title from A")
    b.clock.advance(timedelta(minutes=5))
    b.cases.update_fields(on_b, version(b, on_b), title="Title from B")
    a.sync(relay)
    b.sync(relay)
    a.sync(relay)
    assert synced_state(a) == synced_state(b)
    assert synced_state(a)["cases"][gid]["title"] == "Title from B"
    for device in (a, b):
        merged = device.store.db.execute(
            "SELECT detail FROM audit_log WHERE action = 'sync.merged'").fetchall()
        assert [json.loads(d) for (d,) in merged] == [{"fields": ["title"]}]
        assert "Title from" not in merged[0][0]  # field names, never values
    assert count(a, "sync_conflicts") == count(b, "sync_conflicts") == 0


def test_concurrent_risk_critical_edits_converge_queue_a_conflict_and_resolving_settles_it(
        devices: list[Device]) -> None:
    a, b, c = devices
    relay = Relay()
    case_id, _ = a.cases.open_case(draft())
    gid = case_gid(a, case_id)
    for d in (a, b, c):
        d.sync(relay)
    on_b = local_case(b, gid)
    a.cases.change_status(case_id, CaseStatus.TRIAGED, version(a, case_id))
    b.cases.change_status(on_b, CaseStatus.ESCALATED, version(b, on_b))
    a.sync(relay)
    b.sync(relay)
    a.sync(relay)
    c.sync(relay)
    assert synced_state(a) == synced_state(b) == synced_state(c)
    with a.store.read() as uow:
        on_a = conflicts(uow)
    with b.store.read() as uow:
        on_b_conflicts = conflicts(uow)
    assert len(on_a) == 1 and len(on_b_conflicts) == 1
    assert {on_a[0]["local_value"], on_a[0]["remote_value"]} == {"triaged", "escalated"}
    assert on_a[0]["field"] == "status" and on_a[0]["gid"] == gid
    # A person on A keeps A's value; it travels with a new stamp and settles B's entry too
    with a.store.transaction() as uow:
        resolve(uow, on_a[0]["id"], "local", a.me, a.clock)
    a.sync(relay)
    b.sync(relay)
    c.sync(relay)
    assert synced_state(a) == synced_state(b) == synced_state(c)
    assert synced_state(a)["cases"][gid]["status"] == "triaged"
    for d in (a, b):
        with d.store.read() as uow:
            assert conflicts(uow) == []
    resolved = a.store.db.execute(
        "SELECT detail FROM audit_log WHERE action = 'sync.conflict_resolved'").fetchall()
    assert len(resolved) == 1


def test_an_op_whose_parent_is_not_here_waits_and_applies_when_it_arrives(devices: list[Device]) -> None:
    a, b, _ = devices
    relay = Relay()
    a.cases.open_case(draft())
    a.push(relay)
    batch, last, _ = relay.download(TEAM_UUID, 0)
    children = [op for op in batch if op["entity"] == "incidents"]
    parents = [op for op in batch if op["entity"] != "incidents"]
    with b.store.transaction() as uow:
        first = apply_batch(uow, b.identity, uow.sync.team_keys(), children,
                            uow.sync.device_sign_keys(), b.clock)
    assert first.parked == 1 and count(b, "incidents") == 0
    with b.store.transaction() as uow:
        # As when the parent comes from another team's log: this device has not seen it yet.
        uow.sync.db.execute("DELETE FROM sync_state WHERE key LIKE 'seen:%'")
        second = apply_batch(uow, b.identity, uow.sync.team_keys(), parents,
                             uow.sync.device_sign_keys(), b.clock, {TEAM_UUID: last})
    assert second.parked == 0 and second.unparked == 1
    assert count(b, "incidents") == 1 and count(b, "sync_parked") == 0
    assert synced_state(a) == synced_state(b)
    assert b.prepare() == 0


def test_an_incoming_assignment_over_a_limit_is_applied_and_queued_for_a_supervisor(
        devices: list[Device]) -> None:
    a, b, _ = devices
    relay = Relay()
    target = a.world.responders[3]
    # B already holds many open cases for the target responder (B's own view of their load)
    for i in range(12):
        b.cases.open_case(draft(title=f"Local case {i}", assignee_id=b.world.responders[3].id,
                                priority=Priority.P1))
    b.sync(relay)
    a.sync(relay)  # A learns them too (A's CaseService here has no guard: it assigns anyway)
    case_id, _ = a.cases.open_case(draft(title="One more", priority=Priority.P1))
    a.cases.assign(case_id, target.id, version(a, case_id))
    a.sync(relay)
    b.sync(relay)
    gid = case_gid(a, case_id)
    on_b = local_case(b, gid)
    with b.store.read() as uow:
        assert uow.cases.get(on_b).assignee_id == b.world.responders[3].id  # applied
        queued = [c for c in conflicts(uow) if c["kind"] == "limit"]
    assert [(q["gid"], q["field"]) for q in queued] == [(gid, "assignee_id")]


def test_the_same_natural_key_made_on_two_devices_becomes_one_row_everywhere(
        devices: list[Device]) -> None:
    from hrdcase.services.playbooks import PlaybookService

    a, b, _ = devices
    relay = Relay()
    case_id, _ = a.cases.open_case(draft())
    gid = case_gid(a, case_id)
    a.sync(relay)
    b.sync(relay)
    on_b = local_case(b, gid)
    # offline, both attach the same playbook to the case and add the same partner
    PlaybookService(a.store, a.clock, a.me, "dev").attach(case_id, "secure_account")
    PlaybookService(b.store, b.clock, b.me, "dev").attach(on_b, "secure_account")
    for d in (a, b):
        with d.store.transaction() as uow:
            uow.sync.db.execute("INSERT INTO partners (name) VALUES ('Synthetic Rights Net')")
    tasks = count(a, "tasks")
    assert tasks > 0
    for _ in range(2):
        a.sync(relay)
        b.sync(relay)
    assert count(a, "tasks") == count(b, "tasks") == tasks
    assert count(a, "partners") == count(b, "partners") == 1
    assert synced_state(a) == synced_state(b)
    assert a.prepare() == b.prepare() == 0


def test_a_wellbeing_signal_reaches_the_team_as_a_team_signals_row(devices: list[Device]) -> None:
    from zoneinfo import ZoneInfo

    from hrdcase.wellbeing.signals import make_signal, signal_payload, signal_routing

    a, b, _ = devices
    relay = Relay()
    signal = make_signal(a.me, a.clock.now(), ZoneInfo("UTC"), None, (a.clock.now(), True))
    with a.store.transaction() as uow:
        uow.outbox.add("dev", "wellbeing_signal", a.me, 0, signal_routing(signal),
                       signal_payload(signal), a.clock.now())
    a.sync(relay)
    with a.store.read() as uow:
        assert uow.outbox.count() == 0  # drained: change capture supersedes it
    b.sync(relay)
    with b.store.read() as uow:
        mine_on_b = uow.reference.responder_for_person(a.identity.person_id)
        assert mine_on_b is not None
        kept = uow.wellbeing.team_signal(mine_on_b.id)
    assert kept is not None and kept.asked_for_support and kept.as_of == signal.as_of
