"""The sync server countersigns each device's audit head; `audit verify` then finds what the hash
chain alone cannot: entries removed from the end, or a log rewritten consistently after the server
saw it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from hrdcase.models.clock import FixedClock
from hrdcase.models.enums import IncidentCategory, Role
from hrdcase.models.intake import NewCase, NewDefender
from hrdcase.services.session import Session
from hrdcase.storage.audit import entry_hash
from tests.server.devices import Devices
from tests.server.support import World


@pytest.fixture
def ravi(world: World, tmp_path: Path) -> Iterator[Session]:
    d = Devices(world, tmp_path, FixedClock(datetime.now(UTC).replace(microsecond=0)))
    d.admin()
    session = d.add("Ravi Responder", [Role.RESPONDER])
    session.cases.open_case(NewCase(
        title="Quokkatitle", category=IncidentCategory.DOXXING, region_code="KE", language="sw",
        description="Pangolindescription", new_defender=NewDefender("Tamarin")))
    session.sync.run()
    yield session
    d.close()


def test_a_synced_log_is_vouched_for(ravi: Session) -> None:
    report = ravi.verify()
    with ravi.store.read() as uow:
        head = uow.audit.head()[0]
    assert report.ok and report.countersigned_seq == head


def test_entries_removed_from_the_end_are_found(ravi: Session) -> None:
    db = ravi.store.db
    with db.transaction():
        last = db.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
        db.execute("DELETE FROM audit_log WHERE seq >= ?", (last - 1,))
    report = ravi.verify()
    assert report.chain_broken_at is None  # the chain alone sees nothing wrong
    assert not report.ok and "removed from the end" in (report.countersign_problem or "")


def test_a_log_rewritten_whole_after_the_server_saw_it_is_found(ravi: Session) -> None:
    db = ravi.store.db
    with db.transaction():
        rows = db.execute("SELECT seq, at, actor_id, action, entity, entity_id, case_id, detail "
                          "FROM audit_log ORDER BY seq").fetchall()
        prev = None
        for i, (seq, at, actor, action, entity, entity_id, case_id, detail) in enumerate(rows):
            if i == 1:
                detail = detail.replace("}", ', "forged": true}', 1) if detail != "{}" else '{"forged": true}'
            prev = prev if prev is not None else db.execute(
                "SELECT prev_hash FROM audit_log WHERE seq = ?", (seq,)).fetchone()[0]
            digest = entry_hash(prev, seq, at, actor, action, entity, entity_id, case_id, detail)
            db.execute("UPDATE audit_log SET detail = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                       (detail, prev, digest, seq))
            prev = digest
    report = ravi.verify()
    assert report.chain_broken_at is None  # consistent again: only the countersignature tells
    assert not report.ok and "rewritten" in (report.countersign_problem or "")
