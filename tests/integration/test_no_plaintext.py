"""Nothing a responder types reaches the disk in plaintext: not in the database, its WAL, its shared
memory file, the key file or the lock file; neither while the caseload is open nor after it closes."""

from __future__ import annotations

from pathlib import Path

import pytest

from hrdcase.bootstrap import Unlocker
from hrdcase.models.clock import FixedClock
from hrdcase.models.entities import RiskItem
from hrdcase.models.enums import CaseStatus, IncidentCategory
from hrdcase.models.intake import NewCase, NewDefender
from hrdcase.services.session import Session
from hrdcase.storage.profile import DB_FILE, KEY_FILE, LOCK_FILE
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import seed_reference

# Unique, unlikely byte strings; each is written through a service.
MARKERS = {
    "title": "Xylotitle7Q Marker of the case",
    "summary": "Quincesummary4K confidential summary",
    "description": "Jubjubdescription9Z what happened that night",
    "pseudonym": "Snarkpseudonym3W",
    "legal_name": "Bandersnatch Legalname5V",
    "rationale": "Borogoverationale8M the threat actor is local police",
    "mitigations": "Mimsymitigation2P move to a safe house",
    "incident": "Tumtumincident6R second incident text",
    "threat_label": "Vorpalthreat1J named official",
    "new_title": "Frabjoustitle0T after an edit",
    "setting": "Callooh-saved-filter-Heron",
}


def _encodings(text: str) -> list[bytes]:
    variants = {text, text.lower(), text.upper(), text.split()[0], text.split()[0].lower()}
    out = []
    for v in variants:
        out += [v.encode("utf-8"), v.encode("utf-16-le"), v.encode("utf-16-be")]
    return out


NEEDLES = [(name, needle) for name, text in MARKERS.items() for needle in _encodings(text)]


def _write_everything(session: Session) -> int:
    with session.store.transaction() as uow:
        uow.settings.set("queue.saved_filter", MARKERS["setting"])
    case_id, _ = session.cases.open_case(
        NewCase(
            title=MARKERS["title"],
            category=IncidentCategory.DOXXING,
            region_code="KE",
            language="en",
            description=MARKERS["description"],
            summary=MARKERS["summary"],
            new_defender=NewDefender(MARKERS["pseudonym"], legal_name=MARKERS["legal_name"]),
        )
    )
    session.cases.add_incident(case_id, IncidentCategory.THREATS_OF_VIOLENCE, MARKERS["incident"])
    session.cases.add_risk_note(
        case_id, [RiskItem(MARKERS["threat_label"], 5)], [RiskItem("exposed address", 4)], [],
        rationale=MARKERS["rationale"], mitigations=MARKERS["mitigations"],
    )
    session.cases.update_fields(case_id, 3, title=MARKERS["new_title"])
    session.cases.change_status(case_id, CaseStatus.TRIAGED, 4)
    return case_id


def _scan(profile_dir: Path) -> dict[str, bytes]:
    files = {p.name: p.read_bytes() for p in profile_dir.rglob("*") if p.is_file()}
    for name, data in files.items():
        for marker, needle in NEEDLES:
            assert needle not in data, f"{marker} found in plaintext in {name}"
    return files


def _assert_encrypted_header(files: dict[str, bytes]) -> None:
    db = files[DB_FILE]
    assert not db.startswith(b"SQLite format 3")
    assert b"SQLite format 3" not in db
    assert b"CREATE TABLE" not in db and b"case_fts" not in db  # the schema is encrypted too


@pytest.fixture
def session(profile_dir: Path, clock: FixedClock):
    s = Unlocker(profile_dir, clock).create(PASSPHRASE, FAST_KDF)
    seed_reference(s.store)
    yield s
    s.close()


def test_nothing_plaintext_while_the_wal_is_not_checkpointed(
    session: Session, profile_dir: Path
) -> None:
    case_id = _write_everything(session)
    # The store is still open: the recent writes sit in the WAL, not yet in the main file.
    wal = profile_dir / (DB_FILE + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    files = _scan(profile_dir)
    assert {DB_FILE, DB_FILE + "-wal", DB_FILE + "-shm", KEY_FILE, LOCK_FILE} <= set(files)
    _assert_encrypted_header(files)
    # The data is really there (so the scan was looking at something).
    detail = session.queries.case_detail(case_id)
    assert detail.case.title == MARKERS["new_title"]
    assert detail.risk_notes[0].rationale == MARKERS["rationale"]
    assert session.queries.search("Jubjubdescription9Z") == [case_id]


def test_nothing_plaintext_after_close(session: Session, profile_dir: Path) -> None:
    case_id = _write_everything(session)
    session.close()
    files = _scan(profile_dir)
    assert set(files) == {DB_FILE, KEY_FILE, LOCK_FILE}  # the WAL was checkpointed away
    _assert_encrypted_header(files)
    assert files[LOCK_FILE] == b""
    # And it all comes back with the passphrase.
    again = Unlocker(profile_dir).with_passphrase(PASSPHRASE)
    try:
        assert again.queries.case_detail(case_id).case.title == MARKERS["new_title"]
    finally:
        again.close()


def test_the_scan_would_see_plaintext(tmp_path: Path) -> None:
    """The detector itself works: a plaintext SQLite file with a marker is caught."""
    import sqlite3

    folder = tmp_path / "plain"
    folder.mkdir()
    conn = sqlite3.connect(folder / DB_FILE)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (?)", (MARKERS["summary"],))
    conn.commit()
    conn.close()
    with pytest.raises(AssertionError, match="summary"):
        _scan(folder)
    (folder / DB_FILE).write_bytes(MARKERS["pseudonym"].encode("utf-16-le"))
    with pytest.raises(AssertionError, match="pseudonym"):
        _scan(folder)
