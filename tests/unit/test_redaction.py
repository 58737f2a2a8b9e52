"""The redaction rules and the canonical digest of a case file, on records built in memory."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from hrdcase.models.entities import Case, Defender, Incident, Region, Responder
from hrdcase.models.enums import CaseStatus, CivicSpace, IncidentCategory, Priority, Role
from hrdcase.models.evidence import EvidenceMeta
from hrdcase.models.redaction import (
    GRAPHIC_TEXT,
    CaseRecord,
    RedactionLevel,
    TimelineLine,
    canonical_bytes,
    content_digest,
    redact,
    shown_images,
)

T = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
L = RedactionLevel


def record(**changes) -> CaseRecord:
    case = Case(1, "C-AAAA-BBBB-CCCC", "Invented title", CaseStatus.CLOSED, Priority.P2,
                IncidentCategory.DOXXING, "KE", "en", T, T, summary="Invented summary",
                defender_id=5, assignee_id=2)
    base = CaseRecord(
        case=case,
        defender=Defender(5, "Heron", "Invented Legal", "KE", ("en",), ("woman_hrd",), False,
                          "invented-contact"),
        region=None,
        incidents=[Incident(1, 1, IncidentCategory.DOXXING, "Plain words", T),
                   Incident(2, 1, IncidentCategory.DOXXING, "Graphic words", T, graphic=True)],
        evidence=[EvidenceMeta(7, 1, 1, "a.png", "image/png", 10, "a" * 64, False, T, 2),
                  EvidenceMeta(8, 2, 1, "b.png", "image/png", 10, "b" * 64, True, T, 2)],
        risk_notes=[], tasks=[], notifications=[], decisions=[], appeals=[],
        timeline=[TimelineLine(1, T, 2, "case.opened", "Case opened")],
        people={2: Responder(2, "Invented Staffer", 1, Role.SUPERVISOR)},
    )
    return replace(base, **changes)


def test_internal_names_people_and_keeps_everything():
    c = redact(record(), L.INTERNAL, include_graphic=True)
    assert c["case"]["assignee"] == "Invented Staffer"
    assert c["timeline"][0]["actor"] == "Invented Staffer"
    assert c["defender"]["legal_name"] == "Invented Legal"
    assert [i["description"] for i in c["incidents"]] == ["Plain words", "Graphic words"]


def test_hrd_gives_roles_not_names():
    c = redact(record(), L.HRD, include_graphic=False)
    assert c["case"]["assignee"] == "supervisor" and c["timeline"][0]["actor"] == "supervisor"
    assert "Invented Staffer" not in canonical_bytes(c).decode()
    assert c["defender"]["legal_name"] == "Invented Legal"


def test_external_keeps_the_pseudonym_only_and_no_narrative():
    text = canonical_bytes(redact(record(), L.EXTERNAL, include_graphic=True)).decode()
    assert "Heron" in text
    for gone in ("Invented Legal", "invented-contact", "woman_hrd", "Invented title",
                 "Invented summary", "Plain words", "Graphic words", "Invented Staffer"):
        assert gone not in text, gone


@pytest.mark.parametrize("level", list(L))
def test_graphic_text_and_images_only_on_request(level):
    c = redact(record(), level, include_graphic=False)
    assert "Graphic words" not in canonical_bytes(c).decode()
    assert 8 not in shown_images(record(), level, False)
    if level != L.EXTERNAL:
        assert c["incidents"][1]["description"] == GRAPHIC_TEXT
        assert shown_images(record(), level, True) == [7, 8]
    else:
        assert shown_images(record(), level, True) == []


def test_digest_is_stable_and_changes_with_one_byte():
    a = content_digest(redact(record(), L.INTERNAL, False))
    assert a == content_digest(redact(record(), L.INTERNAL, False))
    assert len(a) == 64
    changed = record(incidents=[Incident(1, 1, IncidentCategory.DOXXING, "Plain wordz", T)])
    assert content_digest(redact(changed, L.INTERNAL, False)) != a
    assert content_digest(redact(record(), L.HRD, False)) != a  # the level is in the content
    assert canonical_bytes({"b": 1, "a": "é"}) == canonical_bytes({"a": "é", "b": 1})


@pytest.mark.parametrize(("civic_space", "shown"), [(None, None), (CivicSpace.REPRESSED, "repressed")])
def test_a_region_without_a_civic_space_rating_is_shown_unrated(civic_space, shown):
    # Since migration 8 a country's civic space may be unrated (None): the case file says so.
    c = redact(record(region=Region("KE", "Kenya", civic_space)), L.INTERNAL, include_graphic=False)
    assert c["case"]["civic_space"] == shown
