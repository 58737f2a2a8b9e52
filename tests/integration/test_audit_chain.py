"""The hash-chained audit log: every mutation appends; any edit, deletion or reordering of stored
entries is found, and reported at the first entry that no longer holds."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from hrdcase.models.clock import FixedClock
from hrdcase.models.enums import CaseStatus, IncidentCategory
from hrdcase.services import audit as audit_service
from hrdcase.storage.audit import GENESIS, AuditLog, entry_hash
from hrdcase.storage.db import Database
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import Caseload, new_caseload


@pytest.fixture
def load(profile_dir: Path, clock: FixedClock) -> Iterator[Caseload]:
    c = new_caseload(profile_dir, clock, PASSPHRASE, FAST_KDF)
    yield c
    c.close()


@pytest.fixture
def chained(load: Caseload) -> Caseload:
    """A caseload with a few dozen audit entries."""
    load.factory(seed=3).caseload(12)
    assert audit_count(load) >= 30
    return load


def audit_count(load: Caseload) -> int:
    return load.store.db.execute("SELECT count(*) FROM audit_log").fetchone()[0]


def chain(load: Caseload):
    with load.store.read() as uow:
        return uow.audit.verify()


def sql(load: Caseload, statement: str, params: tuple = ()) -> None:
    with load.store.db.transaction():
        load.store.db.execute(statement, params)


def test_every_mutation_appends_entries(load: Caseload) -> None:
    f = load.factory()
    e = f.open()
    actions: list[list[str]] = []

    def step(fn) -> None:
        before = audit_count(load)
        fn()
        rows = load.store.db.execute(
            "SELECT action FROM audit_log WHERE seq > ? ORDER BY seq", (before,)
        ).fetchall()
        actions.append([r[0] for r in rows])

    s, r = load.service, load.world.responders
    step(lambda: f.move(e, CaseStatus.TRIAGED))
    step(lambda: f.assign(e, r[3] if e.assignee_id != r[3].id else r[4]))
    step(lambda: f.retitle(e, "A new title"))
    step(lambda: f.add_incident(e, "another thing happened"))
    step(lambda: f.add_risk_note(e, 3, 3, None))
    step(lambda: f.move(e, CaseStatus.IN_PROGRESS))
    step(lambda: f.move(e, CaseStatus.RESOLVED))
    step(lambda: f.move(e, CaseStatus.CLOSED))
    step(lambda: f.move(e, CaseStatus.IN_PROGRESS))
    assert actions == [
        ["case.status"], ["case.assigned"], ["case.updated"], ["incident.added"],
        ["risk_note.added"], ["case.status"], ["case.status"], ["case.status"],
        ["case.reopened"],
    ]
    with load.store.read() as uow:
        timeline = uow.audit.for_case(e.id)
    assert [t.action for t in timeline][:2] == ["case.opened", "incident.added"]
    assert [t.seq for t in timeline] == sorted(t.seq for t in timeline)
    assert all(t.actor_id == load.service.actor_id for t in timeline)
    assert timeline[-1].detail == {"from": "closed", "to": "in_progress"}
    # Nothing that refuses writes an entry.
    before = audit_count(load)
    with pytest.raises(Exception, match="cannot go from"):
        s.change_status(e.id, CaseStatus.NEW, e.version)
    assert audit_count(load) == before
    assert chain(load).ok and chain(load).entries == audit_count(load)


def test_entries_link_to_their_predecessor(chained: Caseload) -> None:
    rows = list(AuditLog(chained.store.db).iter_all())
    assert [r[0] for r in rows] == list(range(1, len(rows) + 1))
    assert rows[0][8] == GENESIS
    for prev, row in itertools.pairwise(rows):
        assert row[8] == prev[9]
    seq, at, actor, action, entity, entity_id, case_id, detail, prev_hash, digest = rows[4]
    assert digest == entry_hash(prev_hash, seq, at, actor, action, entity, entity_id, case_id,
                                detail)


def test_an_untouched_chain_verifies(chained: Caseload) -> None:
    report = chain(chained)
    assert report.ok and report.broken_at is None and report.entries == audit_count(chained)
    full = audit_service.verify(chained.store)
    assert full.ok and full.integrity_problems == [] and full.audit_entries == report.entries


def test_an_edited_detail_breaks_the_chain_at_that_entry(chained: Caseload) -> None:
    sql(chained, "UPDATE audit_log SET detail = ? WHERE seq = 7", (json.dumps({"to": "closed"}),))
    assert chain(chained).broken_at == 7
    report = audit_service.verify(chained.store)
    assert not report.ok and report.chain_broken_at == 7 and report.integrity_problems == []


@pytest.mark.parametrize(
    ("column", "value"),
    [("at", 0), ("actor_id", 999), ("action", "case.deleted"), ("entity_id", "C-0000-0000"),
     ("case_id", 1), ("entity", "defender")],
)
def test_any_edited_field_breaks_the_chain_at_that_entry(
    chained: Caseload, column: str, value: object
) -> None:
    seq = 11
    row = chained.store.db.execute(f"SELECT {column} FROM audit_log WHERE seq = ?",
                                   (seq,)).fetchone()
    assert row[0] != value
    sql(chained, f"UPDATE audit_log SET {column} = ? WHERE seq = ?", (value, seq))
    assert chain(chained).broken_at == seq


def test_a_deleted_middle_entry_is_found_at_the_next_one(chained: Caseload) -> None:
    total = audit_count(chained)
    sql(chained, "DELETE FROM audit_log WHERE seq = 9")
    report = chain(chained)
    assert report.broken_at == 10
    assert report.entries == 9  # counted up to the break
    assert audit_count(chained) == total - 1


def test_a_deleted_first_entry_is_found(chained: Caseload) -> None:
    sql(chained, "DELETE FROM audit_log WHERE seq = 1")
    assert chain(chained).broken_at == 2


def test_swapped_hashes_break_the_chain_at_the_first_of_them(chained: Caseload) -> None:
    a, b = (chained.store.db.execute("SELECT hash FROM audit_log WHERE seq = ?", (s,)).fetchone()[0]
            for s in (5, 6))
    sql(chained, "UPDATE audit_log SET hash = ? WHERE seq = 5", (b,))
    sql(chained, "UPDATE audit_log SET hash = ? WHERE seq = 6", (a,))
    assert chain(chained).broken_at == 5


def test_swapped_entries_are_found(chained: Caseload) -> None:
    """Reordering two whole rows (renumbering them) breaks the links."""
    sql(chained, "UPDATE audit_log SET seq = -1 WHERE seq = 12")
    sql(chained, "UPDATE audit_log SET seq = 12 WHERE seq = 13")
    sql(chained, "UPDATE audit_log SET seq = 13 WHERE seq = -1")
    assert chain(chained).broken_at == 12


def test_a_rehashed_forgery_is_found_at_the_following_entry(chained: Caseload) -> None:
    """Rewriting an entry and recomputing its own hash still breaks the next entry's link."""
    db: Database = chained.store.db
    seq, at, actor, action, entity, entity_id, case_id, _detail, prev_hash, _ = db.execute(
        "SELECT * FROM audit_log WHERE seq = 8"
    ).fetchone()
    forged = json.dumps({"forged": True})
    digest = entry_hash(prev_hash, seq, at, actor, action, entity, entity_id, case_id, forged)
    sql(chained, "UPDATE audit_log SET detail = ?, hash = ? WHERE seq = 8", (forged, digest))
    assert chain(chained).broken_at == 9


def test_a_broken_prev_hash_is_found(chained: Caseload) -> None:
    sql(chained, "UPDATE audit_log SET prev_hash = ? WHERE seq = 3", (GENESIS,))
    assert chain(chained).broken_at == 3


def test_appending_after_verification_keeps_the_chain(chained: Caseload) -> None:
    before = audit_count(chained)
    case_id = chained.store.db.execute("SELECT min(id) FROM cases").fetchone()[0]
    chained.service.add_incident(case_id, IncidentCategory.DOXXING, "more")
    assert audit_count(chained) == before + 1
    assert chain(chained).ok


def test_verify_runs_the_cipher_integrity_check(
    chained: Caseload, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []

    def spy(self: Database) -> list[str]:
        calls.append(self.path)
        return ["HMAC verification failed for page 3"]

    monkeypatch.setattr(Database, "cipher_integrity_check", spy)
    report = audit_service.verify(chained.store)
    assert calls == [chained.store.db.path]
    assert report.integrity_problems == ["HMAC verification failed for page 3"]
    assert report.chain_broken_at is None and not report.ok


def test_the_real_integrity_check_passes_on_a_sound_file(chained: Caseload) -> None:
    assert chained.store.db.cipher_integrity_check() == []


def test_cached_head_holds_across_a_rolled_back_savepoint(load: Caseload, clock: FixedClock) -> None:
    """Appends inside one transaction reuse the head they wrote; a savepoint rolled back takes its
    entries with it, and the next append links to what is really there."""
    store = load.store
    before = audit_count(load)
    with store.transaction() as uow:
        first = uow.audit.append(clock.now(), None, "test.kept", "case", "A", None)
        with pytest.raises(RuntimeError), store.savepoint():
            uow.audit.append(clock.now(), None, "test.undone", "case", "B", None)
            uow.audit.append(clock.now(), None, "test.undone", "case", "C", None)
            raise RuntimeError("line refused")
        # another log object on the same connection appends in between: the head is shared
        AuditLog(store.db).append(clock.now(), None, "test.kept", "case", "D0", None)
        after = uow.audit.append(clock.now(), None, "test.kept", "case", "D", None)
        with store.savepoint():
            last = uow.audit.append(clock.now(), None, "test.kept", "case", "E", None)
    assert (first, after, last) == (before + 1, before + 3, before + 4)
    assert audit_count(load) == before + 4
    assert chain(load).ok
    with pytest.raises(RuntimeError), store.transaction() as uow:  # the whole of it rolled back
        uow.audit.append(clock.now(), None, "test.undone", "case", "F", None)
        raise RuntimeError("transaction refused")
    with store.transaction() as uow:
        assert uow.audit.append(clock.now(), None, "test.kept", "case", "G", None) == before + 5
    assert chain(load).ok
