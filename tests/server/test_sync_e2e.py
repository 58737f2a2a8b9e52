"""The team workflow across devices, through a real server (SQLite, and PostgreSQL when
HRDCASE_TEST_PG is set): a case opened offline on the responder's device, triaged and decided;
the decision appealed and reviewed on a second responder's device (four eyes); an escalation
delivered to the shift lead; a supervisor's rebalancing move applied where it lands. Afterwards the
server's database holds none of the cases' or people's text."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from hrdcase.models.clock import FixedClock
from hrdcase.models.enums import AppealOutcome, AppealStatus, IncidentCategory, Priority, Role
from hrdcase.models.intake import NewCase, NewDefender
from hrdcase.server import tables
from hrdcase.services.session import Session
from hrdcase.services.wellbeing_api import PlannedMove
from tests.server.devices import Devices
from tests.server.support import World
from tests.unit.test_appeals_model import sor

TITLE = "Quokkatitle: an invented address was posted"
DESCRIPTION = "Pangolindescription of a synthetic post"
LEGAL = "Tamarinlegal Synthetic"
REASONS = "Okapireasons: the invented address was public; the removal is reversed."
HANDOVER = "Wombathandover: the defender prefers mornings"


@pytest.fixture
def devices(world: World, tmp_path: Path) -> Iterator[Devices]:
    # The devices' clock runs three hours behind the server's: their case is three hours old there.
    clock = FixedClock(datetime.now(UTC).replace(microsecond=0) - timedelta(hours=3))
    d = Devices(world, tmp_path, clock)
    yield d
    d.close()


def local(session: Session, table: str, gid: str) -> int:
    with session.store.read() as uow:
        key = uow.sync.local_key(table, gid)
    assert key is not None, f"{table} {gid} has not arrived"
    return key


def gid_of(session: Session, table: str, key: int) -> str:
    return str(session.store.db.execute(f"SELECT gid FROM {table} WHERE id = ?", (key,)).fetchone()[0])


def person(session: Session, name: str) -> int:
    return next(r.id for r in session.queries.responders() if r.display_name == name)


def test_a_case_travels_through_the_team_and_the_server_reads_none_of_it(devices: Devices,
                                                                         world: World) -> None:
    devices.admin()
    ravi = devices.add("Ravi Responder", [Role.RESPONDER])
    sara = devices.add("Sara Supervisor", [Role.SUPERVISOR, Role.SHIFT_LEAD])
    rhea = devices.add("Rhea Reviewer", [Role.RESPONDER])
    for session in devices.sessions.values():
        session.sync.run()

    # Offline on Ravi's device: open, triage, decide, file the defender's appeal.
    case_id, _ = ravi.cases.open_case(NewCase(
        title=TITLE, category=IncidentCategory.DOXXING, region_code="KE", language="sw",
        description=DESCRIPTION, priority=Priority.P1, assignee_id=ravi.me.id,
        new_defender=NewDefender("Tamarin", legal_name=LEGAL)))
    with ravi.store.read() as uow:
        version = uow.cases.get(case_id).version
    ravi.triage.triage(case_id, version)
    decision_id, _ = ravi.appeals.record_decision(case_id, sor())
    appeal_id, _ = ravi.appeals.file_appeal(decision_id, "Synthetic grounds.")
    urgent_id, _ = ravi.cases.open_case(NewCase(  # not triaged, not answered: it escalates
        title="Quokkaurgent: a synthetic threat", category=IncidentCategory.THREATS_OF_VIOLENCE,
        region_code="KE", language="sw", description=DESCRIPTION, priority=Priority.P1,
        assignee_id=ravi.me.id, new_defender=NewDefender("Numbat")))
    gid = gid_of(ravi, "cases", case_id)
    urgent = gid_of(ravi, "cases", urgent_id)
    appeal_gid = gid_of(ravi, "appeals", appeal_id)
    summary, _ = ravi.sync.run()
    assert summary.sent > 0 and summary.pending == 0

    # The shift lead's device: the cases arrived; the server escalates the urgent one (P1,
    # unanswered for 3 h: past both the 60- and the 90-minute step).
    sara.sync.run()
    with sara.store.read() as uow:
        arrived = uow.cases.get(local(sara, "cases", gid))
    assert arrived.title == TITLE and arrived.assignee_id == person(sara, "Ravi Responder")
    with sara.store.read() as uow:
        urgent_ref = uow.cases.get(local(sara, "cases", urgent)).ref
    steps = {(e["ref"], e["step"]) for e in sara.sync.escalations()}
    assert steps == {(urgent_ref, "shift_lead"), (urgent_ref, "director")}
    # She assigns the appeal to Rhea: four eyes, Ravi decided.
    sara.appeals.assign_reviewer(local(sara, "appeals", appeal_gid), person(sara, "Rhea Reviewer"))
    sara.sync.run()

    # Rhea reviews on her own device.
    rhea.sync.run()
    rhea_appeal = local(rhea, "appeals", appeal_gid)
    rhea.appeals.decide_appeal(rhea_appeal, AppealOutcome.REVERSED, REASONS)
    rhea.sync.run()

    ravi.sync.run()
    with ravi.store.read() as uow:
        decided = uow.appeals.appeal(appeal_id)
    assert decided.status is AppealStatus.DECIDED and decided.outcome is AppealOutcome.REVERSED
    assert decided.statement_of_reasons == REASONS
    assert decided.decided_by == person(ravi, "Rhea Reviewer")

    # Sara rebalances: the case moves from Ravi to Rhea with a handover note.
    sara.sync.run()
    sara_case_id = local(sara, "cases", gid)
    move = PlannedMove(sara_case_id, arrived.ref, arrived.title, person(sara, "Ravi Responder"),
                       "Ravi Responder", person(sara, "Rhea Reviewer"), "Rhea Reviewer", (),
                       HANDOVER)
    sara.wellbeing.apply_rebalance([move])
    sara.sync.run()
    rhea.sync.run()
    with rhea.store.read() as uow:
        moved = uow.cases.get(local(rhea, "cases", gid))
    assert moved.assignee_id == rhea.me.id
    notes = rhea.wellbeing.handover_notes()
    assert [n[3] for n in notes if n[1] == moved.id] == [HANDOVER]

    # The server holds ciphertext and routing only.
    dump = _dump(world)
    for secret in (TITLE, DESCRIPTION, LEGAL, REASONS, HANDOVER, "Tamarin", "Ravi Responder",
                   "Rhea Reviewer", "Synthetic grounds"):
        assert secret.encode() not in dump, secret


def _dump(world: World) -> bytes:
    parts = []
    with world.engine.connect() as conn:
        for table in tables.metadata.sorted_tables:
            for row in conn.execute(sa.select(table)):
                parts.append(repr(tuple(row)).encode())
    return b"\n".join(parts)
