"""The device side of sync between real caseloads on disk, through an in-process relay: a case
and everything hanging off it reach another device, edits come back, nothing echoes or applies
twice, and a forged or moved op refuses its whole batch."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from hrdcase.errors import ConcurrentEdit
from hrdcase.models.entities import RiskItem
from hrdcase.models.enums import CaseStatus, IncidentCategory, Priority
from hrdcase.models.intake import NewCase, NewDefender
from hrdcase.services.sync_engine import apply_batch
from hrdcase.sync.engine import SyncError
from tests.integration.sync_world import PERSONS, TEAM_UUID, Device, Relay, make_devices, synced_state


@pytest.fixture
def devices(tmp_path: Path) -> Iterator[list[Device]]:
    made = make_devices(tmp_path, 3)
    yield made
    for d in made:
        d.close()


def draft(**changes: object) -> NewCase:
    base = dict(title="Quokkatitle leaked address", category=IncidentCategory.DOXXING,
                region_code="KE", language="sw", description="Pangolindescription of the post",
                summary="Axolotlsummary", new_defender=NewDefender("Tamarin", legal_name="L Tamarin"))
    base.update(changes)
    return NewCase(**base)  # type: ignore[arg-type]


def count(device: Device, table: str) -> int:
    return device.store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def case_gid(device: Device, case_id: int) -> str:
    return device.store.db.execute("SELECT gid FROM cases WHERE id = ?", (case_id,)).fetchone()[0]


def local_case(device: Device, gid: str) -> int:
    return device.store.db.execute("SELECT id FROM cases WHERE gid = ?", (gid,)).fetchone()[0]


def test_a_case_opened_on_one_device_appears_on_another_and_an_edit_comes_back(
        devices: list[Device]) -> None:
    a, b, _ = devices
    relay = Relay()
    case_id, _ = a.cases.open_case(draft(assignee_id=a.world.responders[1].id))
    a.cases.add_risk_note(case_id, [RiskItem("threat", 4)], [RiskItem("vulnerability", 3)], [],
                          rationale="Synthetic rationale")
    a.cases.add_incident(case_id, IncidentCategory.IMPERSONATION, "Wombatincident fake profile")
    gid = case_gid(a, case_id)
    a.sync(relay)
    b.sync(relay)
    assert synced_state(a) == synced_state(b)
    on_b = local_case(b, gid)
    with b.store.read() as uow:
        assert uow.cases.search("Wombatincident") == [on_b]
        assert uow.cases.search("Quokkatitle") == [on_b]
        case = uow.cases.get(on_b)
        assignee = uow.reference.responder(case.assignee_id)
    assert assignee is not None and assignee.person_id == PERSONS[1]  # the same person, by person id
    assert count(b, "incidents") == 2 and count(b, "risk_notes") == 1
    # an edit on B comes back to A
    b.cases.update_fields(on_b, case.version, title="Retitled on B", priority=Priority.P1)
    b.sync(relay)
    a.sync(relay)
    with a.store.read() as uow:
        back = uow.cases.get(case_id)
    assert back.title == "Retitled on B" and back.priority is Priority.P1
    assert synced_state(a) == synced_state(b)


def test_prepare_twice_emits_nothing_and_a_remote_op_never_echoes(devices: list[Device]) -> None:
    a, b, _ = devices
    relay = Relay()
    a.cases.open_case(draft())
    assert a.prepare() > 0
    assert a.prepare() == 0
    a.push(relay)
    b.pull(relay)
    assert b.prepare() == 0  # applying wrote rows; none of them is a local change
    with b.store.read() as uow:
        assert uow.sync.out_count() == 0 and uow.sync.dirty_count() == 0


def test_applying_the_same_batch_twice_changes_nothing(devices: list[Device]) -> None:
    a, b, _ = devices
    relay = Relay()
    case_id, _ = a.cases.open_case(draft())
    a.cases.change_status(case_id, CaseStatus.TRIAGED, 1)
    a.push(relay)
    batch, last, _ = relay.download(TEAM_UUID, 0)
    b.pull(relay)
    before = synced_state(b), count(b, "audit_log"), count(b, "sync_conflicts")
    with b.store.transaction() as uow:
        with uow.sync.db.savepoint():  # also: the seen-marks are not what keeps it idempotent
            uow.sync.db.execute("DELETE FROM sync_state WHERE key LIKE 'seen:%'")
            result = apply_batch(uow, b.identity, uow.sync.team_keys(), batch,
                                 uow.sync.device_sign_keys(), b.clock, {TEAM_UUID: last})
    assert (synced_state(b), count(b, "audit_log"), count(b, "sync_conflicts")) == before
    assert result.conflicts == 0 and result.merged == 0
    with b.store.transaction() as uow:
        again = apply_batch(uow, b.identity, uow.sync.team_keys(), batch,
                            uow.sync.device_sign_keys(), b.clock, {TEAM_UUID: last})
    assert again.applied == 0 and again.skipped == len(batch)
    assert synced_state(b) == before[0]


@pytest.mark.parametrize("tamper", ["signature", "sealed", "entity_id", "unknown_device", "key_version"])
def test_a_batch_with_one_forged_or_moved_op_is_refused_whole(devices: list[Device], tamper: str) -> None:
    a, b, _ = devices
    relay = Relay()
    a.cases.open_case(draft())
    a.cases.open_case(draft(title="Second synthetic case"))
    a.push(relay)
    batch, last, _ = relay.download(TEAM_UUID, 0)
    bad = dict(batch[-1])
    if tamper == "signature":
        bad["signature"] = batch[0]["signature"]
    elif tamper == "sealed":
        bad["sealed"] = batch[0]["sealed"]
    elif tamper == "entity_id":
        bad["entity_id"] = batch[0]["entity_id"]  # moved to another row (and re-signed cannot be)
    elif tamper == "unknown_device":
        bad["device_id"] = "00000000-0000-0000-0000-00000000dead"
    else:
        bad["key_version"] = 7
    before = synced_state(b), count(b, "audit_log")
    with pytest.raises(SyncError):
        with b.store.transaction() as uow:
            apply_batch(uow, b.identity, uow.sync.team_keys(), [*batch[:-1], bad],  # type: ignore[list-item]
                        uow.sync.device_sign_keys(), b.clock, {TEAM_UUID: last})
    assert (synced_state(b), count(b, "audit_log")) == before
    with b.store.read() as uow:
        assert uow.sync.cursor(TEAM_UUID) == 0


def test_an_op_moved_to_another_row_but_signed_again_does_not_open(devices: list[Device]) -> None:
    """A member who holds the team key and signs with their own device still cannot move another
    device's ciphertext: the associated data names the row."""
    from hrdcase.sync.identity import b64d, b64e, sign
    from hrdcase.sync.protocol import op_aad, op_signing_message

    a, b, c = devices
    relay = Relay()
    a.cases.open_case(draft())
    a.cases.open_case(draft(title="Second synthetic case"))
    a.push(relay)
    batch, last, _ = relay.download(TEAM_UUID, 0)
    first = next(op for op in batch if op["entity"] == "cases")
    other = next(op for op in batch if op["entity"] == "cases" and op["entity_id"] != first["entity_id"])
    moved = dict(first, entity_id=other["entity_id"], device_id=c.identity.device_id)
    aad = op_aad(c.identity.org_id, moved["team_id"], moved["entity"], moved["entity_id"],
                 moved["device_id"], moved["op_seq"], moved["key_version"])
    moved["signature"] = b64e(sign(c.keys, op_signing_message(aad, b64d(moved["sealed"]))))
    with pytest.raises(SyncError, match="could not be opened"):
        with b.store.transaction() as uow:
            apply_batch(uow, b.identity, uow.sync.team_keys(), [moved],  # type: ignore[list-item]
                        uow.sync.device_sign_keys(), b.clock, {TEAM_UUID: last})


def test_clock_skew_a_device_two_days_behind_still_wins_after_seeing_the_edit(
        devices: list[Device]) -> None:
    a, b, _ = devices
    relay = Relay()
    b.clock.advance(timedelta(days=2))  # A is two days behind B
    case_id, _ = b.cases.open_case(draft())
    gid = case_gid(b, case_id)
    b.sync(relay)
    a.sync(relay)
    on_a = local_case(a, gid)
    with a.store.read() as uow:
        version = uow.cases.get(on_a).version
    a.cases.update_fields(on_a, version, title="A's later edit")
    a.sync(relay)
    b.sync(relay)
    with b.store.read() as uow:
        assert uow.cases.get(case_id).title == "A's later edit"
    assert synced_state(a) == synced_state(b)


def test_a_batch_reindexes_and_raises_each_case_it_touches_once_at_its_end(devices: list[Device]) -> None:
    """Rows of one case written by one batch (here two incidents): the case's search text holds all
    of them afterwards, and an editor holding the case from before gets a ConcurrentEdit."""
    a, b, _ = devices
    relay = Relay()
    case_id, _ = a.cases.open_case(draft())
    a.sync(relay)
    b.sync(relay)
    on_b = local_case(b, case_gid(a, case_id))
    with b.store.read() as uow:
        held = uow.cases.get(on_b).version
    a.cases.add_incident(case_id, IncidentCategory.IMPERSONATION, "Numbatfirst fake profile")
    a.cases.add_incident(case_id, IncidentCategory.DOXXING, "Dugongsecond posted address")
    a.sync(relay)
    b.pull(relay)
    assert b.results[-1].applied == 2
    with b.store.read() as uow:
        assert uow.cases.search("Numbatfirst") == [on_b] and uow.cases.search("Dugongsecond") == [on_b]
        assert uow.cases.get(on_b).version > held
    with pytest.raises(ConcurrentEdit):
        b.cases.update_fields(on_b, held, title="A stale edit")
