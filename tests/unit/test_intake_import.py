"""The import's line parser: every kind of bad line is refused with its number and reason."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from hrdcase.models.enums import IncidentCategory, IntakeChannel, Severity
from hrdcase.models.intake_import import ImportRecord, LineError, parse_line

REGIONS = frozenset({"KE", "BR"})


def good(**changes: object) -> dict:
    line = {
        "source_id": "RPT-1001",
        "channel": "hrd_report",
        "submitted_at": "2026-01-04T18:30:00Z",
        "title": "Invented account takeover",
        "description": "Synthetic report: someone changed the recovery email.",
        "category": "account_compromise",
        "region": "KE",
        "language": "sw",
        "defender": {"pseudonym": "Ibis-7", "legal_name": "Invented Name",
                     "contact": "signal:+00 000", "do_not_contact": True},
        "severity": "severe",
    }
    line.update(changes)
    return {k: v for k, v in line.items() if v is not ...}


def parse(obj: object, line_no: int = 3) -> ImportRecord | LineError | None:
    return parse_line(line_no, obj if isinstance(obj, str) else json.dumps(obj), REGIONS)


def test_a_good_line_becomes_a_draft() -> None:
    record = parse(good())
    assert isinstance(record, ImportRecord)
    assert record.source_id == "RPT-1001" and record.line_no == 3
    assert record.submitted_at == datetime(2026, 1, 4, 18, 30, tzinfo=UTC)
    draft = record.draft
    assert draft.category == IncidentCategory.ACCOUNT_COMPROMISE
    assert draft.severity == Severity.SEVERE and draft.channel == IntakeChannel.HRD_REPORT
    assert draft.new_defender is not None and draft.new_defender.do_not_contact
    assert draft.new_defender.contact_channel == "signal:+00 000"
    assert record.partner is None


def test_channel_defaults_to_the_hrds_own_report() -> None:
    record = parse(good(channel=...))
    assert isinstance(record, ImportRecord) and record.draft.channel == IntakeChannel.HRD_REPORT


@pytest.mark.parametrize(
    ("obj", "reason"),
    [
        ('{"source_id": "x", ', "malformed JSON"),
        ("[1, 2]", "not a JSON object"),
        (good(title=...), "missing field 'title'"),
        (good(source_id=None), "missing field 'source_id'"),
        (good(defender={"legal_name": "x"}), "missing field 'defender.pseudonym'"),
        (good(defender="Ibis"), "field 'defender' must be an object"),
        (good(category="spam"), "field 'category' has an unknown value 'spam'"),
        (good(channel="fax"), "field 'channel' has an unknown value 'fax'"),
        (good(severity="huge"), "field 'severity' has an unknown value"),
        (good(region="ZZ"), "unknown region 'ZZ'"),
        (good(submitted_at="yesterday"), "not an ISO 8601"),
        (good(submitted_at="2026-01-04T18:30:00"), "needs a time zone"),
        (good(title="   "), "missing field 'title'"),
        (good(title=42), "field 'title' must be a string"),
        (good(language="english!"), "unknown language 'english!' (use the ISO 639 code, e.g. 'en')"),
        (good(language="english"), "unknown language 'english' (use the ISO 639 code, e.g. 'en')"),
        (good(language="french"), "unknown language 'french' (use the ISO 639 code, e.g. 'fr')"),
        (good(language="xx"), "unknown language 'xx'"),
        (good(language="pt-XX"), "unknown language 'pt-XX'"),
        (good(region="kx"), "unknown region 'kx'"),
        (good(source_id="has space"), "field 'source_id' must be"),
        (good(channel="trusted_partner"), "missing field 'partner'"),
        (good(partner="Rights Watch Synthetic"), "only allowed when channel is trusted_partner"),
        (good(defender={"pseudonym": "Ibis", "do_not_contact": "yes"}), "must be true or false"),
    ],
)
def test_bad_lines_are_refused_with_number_and_reason(obj: object, reason: str) -> None:
    result = parse(obj, line_no=7)
    assert isinstance(result, LineError), result
    assert reason in result.reason
    assert str(result).startswith("line 7: ")


def test_a_partner_escalation_names_the_partner() -> None:
    record = parse(good(channel="trusted_partner", partner="  Rights Watch Synthetic "))
    assert isinstance(record, ImportRecord)
    assert record.partner == "Rights Watch Synthetic"
    assert record.draft.channel == IntakeChannel.TRUSTED_PARTNER


def test_blank_lines_are_ignored() -> None:
    assert parse_line(1, "   ", REGIONS) is None


@pytest.mark.parametrize(("region", "language", "code", "tag"), [
    ("KE", "sw", "KE", "sw"), ("ke", "SW", "KE", "sw"), (" Br ", "pt-br", "BR", "pt-BR"),
    ("ke", "pt_BR", "KE", "pt-BR"), ("KE", "sr-latn", "KE", "sr-Latn"), ("KE", "fil", "KE", "fil"),
])
def test_iso_codes_are_accepted_in_any_case_and_stored_in_one_spelling(
    region: str, language: str, code: str, tag: str,
) -> None:
    record = parse(good(region=region, language=language))
    assert isinstance(record, ImportRecord), record
    assert (record.draft.region_code, record.draft.language) == (code, tag)
