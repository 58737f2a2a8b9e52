"""Evidence images on a real SQLCipher profile: attach, list, fetch, mark graphic; validation,
dedupe, audit and outbox rows without file names or bytes, and no image bytes on disk in the
clear."""

from __future__ import annotations

import json
import os
import random
import struct
import zlib
from pathlib import Path

import pytest

from hrdcase.bootstrap import Unlocker
from hrdcase.demo.evidence import synthetic_png
from hrdcase.errors import NotFound, UserError, ValidationError
from hrdcase.models.clock import FixedClock
from hrdcase.models.enums import IncidentCategory
from hrdcase.models.evidence import MAX_EVIDENCE_BYTES
from hrdcase.models.intake import NewCase, NewDefender
from hrdcase.services.audit import verify
from hrdcase.services.render import case_detail_text
from hrdcase.services.session import Session
from hrdcase.storage.profile import DB_FILE
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import seed_reference

FILE_NAME = "Wabewitness4H-photo.png"  # a file name that must not reach the audit log
MARKER = b"Galumphingpixel8N"  # inside the image bytes (a PNG text chunk)


def _png_with_marker(seed: int = 1) -> bytes:
    """A valid PNG carrying MARKER in a tEXt chunk (right after the header)."""
    png = synthetic_png(random.Random(seed))
    body = b"Comment\x00" + MARKER
    chunk = (struct.pack(">I", len(body)) + b"tEXt" + body
             + struct.pack(">I", zlib.crc32(b"tEXt" + body) & 0xFFFFFFFF))
    return png[:33] + chunk + png[33:]  # 8-byte signature + 25-byte IHDR chunk


@pytest.fixture
def session(profile_dir: Path, clock: FixedClock):
    s = Unlocker(profile_dir, clock).create(PASSPHRASE, FAST_KDF)
    seed_reference(s.store)
    yield s
    s.close()


def _case(session: Session, category: IncidentCategory) -> tuple[int, int]:
    case_id, _ = session.cases.open_case(NewCase(
        title="Synthetic evidence case", category=category, region_code="KE", language="en",
        description="Invented incident text.", new_defender=NewDefender("Heron-evidence")))
    return case_id, session.queries.case_detail(case_id).incidents[0].id


def _audit_rows(session: Session) -> list[tuple[str, dict]]:
    rows = session.store.db.execute(
        "SELECT action, detail FROM audit_log WHERE action LIKE 'evidence.%' ORDER BY seq")
    return [(action, json.loads(detail)) for action, detail in rows]


def test_attach_list_fetch_round_trip_and_graphic_defaults(session: Session) -> None:
    graphic_case, graphic_incident = _case(session, IncidentCategory.THREATS_OF_VIOLENCE)
    plain_case, plain_incident = _case(session, IncidentCategory.DOXXING)
    first, second = synthetic_png(random.Random(1)), synthetic_png(random.Random(2))
    hidden_id, changes = session.evidence.attach(graphic_incident, first, "a.png")
    assert changes.cases == frozenset({graphic_case}) and "evidence" in changes.entities
    shown_id, _ = session.evidence.attach(plain_incident, first, "b.png")
    forced_id, _ = session.evidence.attach(plain_incident, second, "c.png", graphic=True)
    [hidden] = session.evidence.for_incident(graphic_incident)
    assert (hidden.id, hidden.case_id, hidden.name, hidden.mime, hidden.size, hidden.graphic) == \
        (hidden_id, graphic_case, "a.png", "image/png", len(first), True)
    assert not hasattr(hidden, "data")  # listings never carry the bytes
    assert [(m.id, m.graphic) for m in session.evidence.for_case(plain_case)] == \
        [(shown_id, False), (forced_id, True)]
    assert session.evidence.image(hidden_id) == first
    assert session.evidence.image(forced_id) == second
    assert session.evidence.default_graphic(graphic_incident)
    assert not session.evidence.default_graphic(plain_incident)
    detail = session.queries.case_detail(plain_case)
    assert detail.graphic_media == frozenset({plain_incident})
    assert detail.graphic_incident_ids == [plain_incident]  # a graphic image, plain text


def test_the_responder_chooses_at_attach_time(session: Session) -> None:
    _case_id, incident = _case(session, IncidentCategory.NCII)
    evidence_id, _ = session.evidence.attach(incident, synthetic_png(random.Random(3)),
                                             graphic=False)
    assert session.evidence.for_incident(incident)[0].graphic is False
    assert session.evidence.for_incident(incident)[0].id == evidence_id


def test_attach_file_validates_the_file(session: Session, tmp_path: Path) -> None:
    _case_id, incident = _case(session, IncidentCategory.DOXXING)
    with pytest.raises(UserError, match="does not exist"):
        session.evidence.attach_file(incident, tmp_path / "missing.png")
    with pytest.raises(UserError, match="folder"):
        session.evidence.attach_file(incident, tmp_path)
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    with pytest.raises(ValidationError, match="empty"):
        session.evidence.attach_file(incident, empty)
    text = tmp_path / "notes.png"  # the name says PNG; the bytes do not
    text.write_bytes(b"Synthetic notes, not an image at all.")
    with pytest.raises(ValidationError, match="PNG, JPEG, GIF or WebP"):
        session.evidence.attach_file(incident, text)
    huge = tmp_path / "huge.png"
    with huge.open("wb") as handle:  # sparse: the size is refused before anything is read
        handle.write(b"\x89PNG\r\n\x1a\n")
        handle.truncate(MAX_EVIDENCE_BYTES + 1)
    with pytest.raises(ValidationError, match=r"limited to 25\.0 MB"):
        session.evidence.attach_file(incident, huge)
    assert session.evidence.for_incident(incident) == []
    assert _audit_rows(session) == []


def test_an_unreadable_file_is_a_clear_error(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _case_id, incident = _case(session, IncidentCategory.DOXXING)
    locked = tmp_path / "locked.png"
    locked.write_bytes(synthetic_png(random.Random(4)))
    locked.chmod(0)
    if hasattr(os, "geteuid") and os.geteuid() == 0:  # root reads any file: refuse it ourselves

        def refuse(self: Path, *args: object, **kwargs: object) -> object:
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(UserError, match="Cannot read that file: Permission denied"):
        session.evidence.attach_file(incident, locked)


def test_the_same_image_twice_on_one_incident_is_refused(session: Session) -> None:
    _case_id, incident = _case(session, IncidentCategory.DOXXING)
    _other_case, other = _case(session, IncidentCategory.DOXXING)
    data = synthetic_png(random.Random(5))
    session.evidence.attach(incident, data)
    with pytest.raises(ValidationError, match="already attached to this incident"):
        session.evidence.attach(incident, data, "renamed.png")
    session.evidence.attach(other, data)  # another incident may hold the same image
    assert len(session.evidence.for_incident(incident)) == 1
    with pytest.raises(NotFound):
        session.evidence.attach(999_999, synthetic_png(random.Random(6)))


def test_audit_and_outbox_carry_no_file_name_and_no_bytes(
    session: Session, tmp_path: Path
) -> None:
    case_id, incident = _case(session, IncidentCategory.DOXXING)
    data = _png_with_marker()
    path = tmp_path / FILE_NAME
    path.write_bytes(data)
    evidence_id, _ = session.evidence.attach_file(incident, path)
    assert session.evidence.for_incident(incident)[0].name == FILE_NAME
    assert session.evidence.mark_graphic(evidence_id, True).cases == frozenset({case_id})
    assert session.evidence.mark_graphic(evidence_id, True).empty  # no change, no record
    rows = _audit_rows(session)
    assert [action for action, _ in rows] == ["evidence.attached", "evidence.marked"]
    attached = rows[0][1]
    assert set(attached) == {"evidence_id", "incident_id", "sha256", "size", "mime", "graphic"}
    assert (attached["size"], attached["mime"], attached["graphic"]) == (len(data), "image/png", False)
    assert rows[1][1]["graphic"] is True
    everything = json.dumps(session.store.db.execute("SELECT * FROM audit_log").fetchall())
    assert "Wabewitness4H" not in everything and MARKER.decode() not in everything
    ops = session.store.db.execute(
        "SELECT routing, payload FROM outbox WHERE entity = 'evidence' ORDER BY op_seq").fetchall()
    assert len(ops) == 2
    for routing, payload in ops:
        assert "Wabewitness4H" not in routing and attached["sha256"] not in routing
        assert json.loads(routing)["incident_id"] == incident
        assert MARKER not in payload and len(payload) < 1000  # metadata only, never the bytes
    assert json.loads(ops[0][1])["name"] == FILE_NAME  # sealed with the payload by the sync issue
    assert verify(session.store).ok
    text = case_detail_text(session.queries.case_detail(case_id))
    assert "attached an evidence image (PNG, 1 KB)." in text
    assert "marked an evidence image as graphic." in text
    assert "Wabewitness4H" not in text


def test_image_bytes_never_reach_the_disk_in_plaintext(
    session: Session, profile_dir: Path, tmp_path: Path
) -> None:
    _case_id, incident = _case(session, IncidentCategory.DOXXING)
    data = _png_with_marker(7)
    evidence_id, _ = session.evidence.attach(incident, data, FILE_NAME)
    needles = [MARKER, data[33:80], data[-60:-12], FILE_NAME.encode()]

    def scan() -> set[str]:
        files = {p.name: p.read_bytes() for p in profile_dir.rglob("*") if p.is_file()}
        for name, content in files.items():
            for needle in needles:
                assert needle not in content, f"image bytes in plaintext in {name}"
        return set(files)

    assert DB_FILE + "-wal" in scan()  # while open, the write sits in the WAL
    assert session.evidence.image(evidence_id) == data  # the bytes are really there
    session.close()
    assert DB_FILE in scan()
    # The detector sees the needles when they are there.
    (tmp_path / "plain").write_bytes(b"prefix" + data)
    assert all(needle in (tmp_path / "plain").read_bytes() for needle in needles[:3])


def test_marking_changes_the_graphic_incidents_of_the_case(session: Session) -> None:
    case_id, incident = _case(session, IncidentCategory.DOXXING)
    evidence_id, _ = session.evidence.attach(incident, synthetic_png(random.Random(8)))
    assert session.queries.case_detail(case_id).graphic_incident_ids == []
    session.evidence.mark_graphic(evidence_id, True)
    assert session.queries.case_detail(case_id).graphic_incident_ids == [incident]
    session.evidence.mark_graphic(evidence_id, False)
    assert session.queries.case_detail(case_id).graphic_incident_ids == []
    with pytest.raises(NotFound):
        session.evidence.mark_graphic(evidence_id + 100, True)
