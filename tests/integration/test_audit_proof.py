"""`audit verify` names the first broken link precisely and counts what it could not check
(issue 13, item 7)."""

from __future__ import annotations

import json

from hrdcase.services import audit as audit_service
from hrdcase.storage.audit import entry_hash
from tests.factories import Caseload
from tests.integration.test_audit_chain import (  # noqa: F401 - fixtures
    audit_count,
    chain,
    chained,
    load,
    sql,
)
from tests.integration.test_cli import caseload, hrdcase  # noqa: F401 - fixture


def test_an_edit_is_named_as_an_edit(chained: Caseload) -> None:  # noqa: F811
    total = audit_count(chained)
    sql(chained, "UPDATE audit_log SET detail = ? WHERE seq = 7", (json.dumps({"to": "x"}),))
    report = chain(chained)
    assert report.broken_at == 7 and "does not match its hash" in (report.reason or "")
    assert report.unchecked == total - 7
    full = audit_service.verify(chained.store)
    assert full.audit_entries == total and full.unchecked_entries == total - 7


def test_deleted_entries_are_named_by_number(chained: Caseload) -> None:  # noqa: F811
    sql(chained, "DELETE FROM audit_log WHERE seq IN (9, 10, 11)")
    report = chain(chained)
    assert report.broken_at == 12
    assert report.reason == "entries 9-11 are missing (deleted)"
    sql(chained, "DELETE FROM audit_log WHERE seq = 1")
    assert chain(chained).reason == "entry 1 is missing (deleted)"


def test_a_rehashed_forgery_is_named_at_the_link(chained: Caseload) -> None:  # noqa: F811
    db = chained.store.db
    seq, at, actor, action, entity, entity_id, case_id, _d, prev_hash, _h = db.execute(
        "SELECT * FROM audit_log WHERE seq = 8").fetchone()
    forged = json.dumps({"forged": True})
    digest = entry_hash(prev_hash, seq, at, actor, action, entity, entity_id, case_id, forged)
    sql(chained, "UPDATE audit_log SET detail = ?, hash = ? WHERE seq = 8", (forged, digest))
    report = chain(chained)
    assert report.broken_at == 9 and "does not follow entry 8" in (report.reason or "")


def test_the_cli_prints_where_why_and_what_was_not_checked(
        profile_dir, caseload: dict) -> None:  # noqa: F811
    from hrdcase.storage.profile import Profile
    from tests.conftest import PASSPHRASE

    profile = Profile(profile_dir)
    store = profile.unlock(PASSPHRASE)
    with store.transaction() as uow:
        uow.audit.db.execute("DELETE FROM audit_log WHERE seq = 2")
        total = uow.audit.db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    store.close()
    profile.release()
    bad = hrdcase("audit", "verify", "--profile", str(profile_dir))
    assert bad.returncode == 1
    lines = bad.stderr.strip().splitlines()
    assert lines[0] == ("FAILED: the audit chain breaks at entry 3: entry 2 is missing "
                        "(deleted).")
    assert lines[1] == (f"NOT CHECKED: the {total - 2} entries after entry 3 (numbers "
                        f"4-{total + 1}, as stored) could not be checked against the chain.")
    assert lines[2].startswith("NOT CHECKED: whether entries after the newest one were removed")


def test_the_entries_not_checked_are_named_by_number(chained: Caseload) -> None:  # noqa: F811
    last = chained.store.db.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
    sql(chained, "DELETE FROM audit_log WHERE seq = ?", (last - 1,))  # a gap after the break too
    sql(chained, "UPDATE audit_log SET detail = ? WHERE seq = 5", (json.dumps({"to": "x"}),))
    report = chain(chained)
    assert report.broken_at == 5 and report.last_seq == last
    full = audit_service.verify(chained.store)
    assert full.unchecked_entries == last - 5 - 1
    assert full.not_checked[0] == (f"the {last - 6} entries after entry 5 (numbers 6-{last}, "
                                   "as stored) could not be checked against the chain")


def test_an_intact_chain_says_truncation_is_not_checked_yet(chained: Caseload) -> None:  # noqa: F811
    """Removing the newest entries leaves a valid chain: only a head countersigned by the sync
    server can show it. Until the device stores one, verify says so instead of implying it."""
    last = chained.store.db.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
    sql(chained, "DELETE FROM audit_log WHERE seq = ?", (last,))
    full = audit_service.verify(chained.store)
    assert full.ok and full.head_seq == last - 1
    assert full.not_checked == [
        "whether entries after the newest one were removed (truncation) or an older copy was "
        "restored: no head countersigned by a server is stored yet"]
