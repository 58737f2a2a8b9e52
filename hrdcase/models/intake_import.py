"""One line of the platform's reporting-form export (JSON Lines), checked on its own.

`parse_line` is pure: it turns a line into an `ImportRecord` (a `NewCase` draft plus where it came
from) or a `LineError` saying, with the line number, why the line cannot be imported. The format is
documented in docs/intake-format.md.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from hrdcase.errors import ValidationError
from hrdcase.models.enums import IncidentCategory, IntakeChannel, Priority, Severity
from hrdcase.models.intake import NewCase, NewDefender
from hrdcase.models.iso import language_code, language_hint

SOURCE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}$")
PARTNER_MAX = 120
CONTACT_MAX = 200
REQUIRED = ("source_id", "submitted_at", "title", "description", "category", "region", "language",
            "defender")


@dataclass(frozen=True)
class ImportRecord:
    line_no: int
    source_id: str
    submitted_at: datetime
    draft: NewCase
    partner: str | None = None


@dataclass(frozen=True)
class LineError:
    line_no: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line_no}: {self.reason}"


class _Bad(Exception):
    pass


def _string(obj: dict[str, Any], key: str, required: bool = True, where: str = "") -> str:
    value = obj.get(key)
    name = f"{where}{key}"
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise _Bad(f"missing field '{name}'")
        return ""
    if not isinstance(value, str):
        raise _Bad(f"field '{name}' must be a string")
    return value


def _enum(obj: dict[str, Any], key: str, enum: type[StrEnum], default: StrEnum | None) -> Any:
    raw = _string(obj, key, required=default is None)
    if not raw:
        return default
    try:
        return enum(raw.strip())
    except ValueError:
        raise _Bad(f"field '{key}' has an unknown value {raw[:40]!r}") from None


def _timestamp(raw: str) -> datetime:
    try:
        moment = datetime.fromisoformat(raw.strip())
    except ValueError:
        raise _Bad("field 'submitted_at' is not an ISO 8601 date and time") from None
    if moment.tzinfo is None:
        raise _Bad("field 'submitted_at' needs a time zone (e.g. Z or +02:00)")
    return moment


def _language(raw: str) -> str:
    try:
        return language_code(raw)
    except ValidationError:
        raise _Bad(f"unknown language {raw.strip()[:20]!r} ({language_hint(raw.strip())})") from None


def _defender(obj: dict[str, Any]) -> NewDefender:
    raw = obj["defender"]
    if not isinstance(raw, dict):
        raise _Bad("field 'defender' must be an object")
    dnc = raw.get("do_not_contact", False)
    if not isinstance(dnc, bool):
        raise _Bad("field 'defender.do_not_contact' must be true or false")
    contact = _string(raw, "contact", required=False, where="defender.")
    if len(contact) > CONTACT_MAX:
        raise _Bad(f"field 'defender.contact' is longer than {CONTACT_MAX} characters")
    return NewDefender(
        pseudonym=_string(raw, "pseudonym", where="defender.").strip(),
        legal_name=_string(raw, "legal_name", required=False, where="defender.").strip(),
        do_not_contact=dnc,
        contact_channel=contact.strip(),
    )


def _partner(obj: dict[str, Any], channel: IntakeChannel) -> str | None:
    partner = _string(obj, "partner", required=False).strip()
    if channel == IntakeChannel.TRUSTED_PARTNER and not partner:
        raise _Bad("missing field 'partner' (required when channel is trusted_partner)")
    if partner and channel != IntakeChannel.TRUSTED_PARTNER:
        raise _Bad("field 'partner' is only allowed when channel is trusted_partner")
    if len(partner) > PARTNER_MAX:
        raise _Bad(f"field 'partner' is longer than {PARTNER_MAX} characters")
    return partner or None


def _record(line_no: int, obj: dict[str, Any], regions: frozenset[str]) -> ImportRecord:
    for key in REQUIRED:
        if key not in obj or obj[key] is None:
            raise _Bad(f"missing field '{key}'")
    source_id = _string(obj, "source_id").strip()
    if not SOURCE_ID.match(source_id):
        raise _Bad("field 'source_id' must be 1-100 letters, digits or . _ : / -")
    channel = _enum(obj, "channel", IntakeChannel, IntakeChannel.HRD_REPORT)
    raw_region = _string(obj, "region").strip()
    region = raw_region.upper()  # ISO codes in any case: ke → KE
    if region not in regions:
        raise _Bad(f"unknown region {raw_region[:20]!r}")
    draft = NewCase(
        title=_string(obj, "title"),
        category=_enum(obj, "category", IncidentCategory, None),
        region_code=region,
        language=_language(_string(obj, "language")),
        description=_string(obj, "description"),
        priority=_enum(obj, "priority", Priority, Priority.P3),
        severity=_enum(obj, "severity", Severity, Severity.MODERATE),
        channel=channel,
        new_defender=_defender(obj),
    )
    try:
        draft.validate()
    except ValidationError as exc:
        raise _Bad(f"field '{exc.field or 'line'}': {exc}") from None
    return ImportRecord(line_no, source_id, _timestamp(_string(obj, "submitted_at")), draft,
                        _partner(obj, channel))


def parse_line(line_no: int, text: str, regions: frozenset[str]) -> ImportRecord | LineError | None:
    """One line of the export: a record, the reason it is refused, or None for a blank line."""
    if not text.strip():
        return None
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        return LineError(line_no, f"malformed JSON ({exc.msg} at column {exc.colno})")
    if not isinstance(obj, dict):
        return LineError(line_no, "not a JSON object")
    try:
        return _record(line_no, obj, regions)
    except _Bad as exc:
        return LineError(line_no, str(exc))
