"""DSA statements of reasons as the Transparency Database API takes them, and the validator that
checks each one before an export writes it (issue 12, item 5). Pure.

Fields and rules follow the API's own validation (`digital-services-act/transparency-database`,
`app/Http/Requests/StatementStoreRequest.php`, enumerations in `app/Models/Statement.php`, as
summarised in the project's domain notes): required fields, the enumerations (the values of the
enums in `models/decisions.py` are the API's keywords), dates `YYYY-MM-DD`, `decision_facts` at
most 5,000 characters, grounds at most 500, explanations at most 2,000, `puid` at most 500 of letters,
digits, `-` and `_`, and at least one `decision_*` field. No personal data may be sent: the
validator also refuses e-mail addresses, phone numbers and URLs in free text, and any string the
caller names as personal (the defender's names and contact).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from typing import Any

from hrdcase.models.decisions import (
    AutomatedDecision,
    ContentType,
    Decision,
    DecisionAccount,
    DecisionGround,
    DecisionMonetary,
    DecisionProvision,
    DecisionVisibility,
    SourceType,
)
from hrdcase.models.enums import DsaCategory

BATCH_MAX = 100
FACTS_MAX = 5000
GROUND_MAX = 500
EXPLANATION_MAX = 2000
OTHER_MAX = 500
PUID_MAX = 500
CONTENT_DATE_MIN = date(2000, 1, 1)
APPLICATION_DATE_MIN = date(2020, 1, 1)
DATE_MAX = date(2038, 1, 1)  # both dates: before_or_equal:2038-01-01
_PUID = re.compile(r"[A-Za-z0-9_-]+")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_PHONE = re.compile(r"\+?\d[\d ().-]{7,}\d")
_URL = re.compile(r"(?i)\b(?:https?://|www\.)\S+")
_FREE_TEXT = ("decision_facts", "illegal_content_legal_ground", "illegal_content_explanation",
              "incompatible_content_ground", "incompatible_content_explanation",
              "decision_visibility_other")
_ENUMS: dict[str, tuple[str, ...]] = {
    "decision_ground": tuple(DecisionGround),
    "category": tuple(DsaCategory),
    "source_type": tuple(SourceType),
    "automated_decision": tuple(AutomatedDecision),
    "decision_monetary": tuple(DecisionMonetary),
    "decision_provision": tuple(DecisionProvision),
    "decision_account": tuple(DecisionAccount),
}
_ARRAY_ENUMS: dict[str, tuple[str, ...]] = {
    "decision_visibility": tuple(DecisionVisibility),
    "content_type": tuple(ContentType),
}
REQUIRED = ("decision_ground", "content_type", "category", "content_date", "application_date",
            "decision_facts", "source_type", "automated_detection", "automated_decision", "puid")
DECISION_FIELDS = ("decision_visibility", "decision_monetary", "decision_provision",
                   "decision_account")


def _explanation(facts: str) -> str:
    if len(facts) <= EXPLANATION_MAX:
        return facts
    cut = facts[: EXPLANATION_MAX - 1].rsplit(" ", 1)[0]
    return cut + "…"


def statement(decision: Decision) -> dict[str, Any]:
    """The API's fields for one stored decision (no ids of people, no case reference)."""
    s = decision.sor
    out: dict[str, Any] = {
        "decision_ground": s.decision_ground.value,
        "content_type": [s.content_type.value],
        "category": s.category.value,
        "content_date": s.content_date.isoformat(),
        "application_date": s.application_date.isoformat(),
        "decision_facts": s.decision_facts,
        "source_type": s.source_type.value,
        "automated_detection": "Yes" if s.automated_detection else "No",
        "automated_decision": s.automated_decision.value,
        "puid": s.puid.strip(),
    }
    if s.decision_ground == DecisionGround.ILLEGAL_CONTENT:
        out["illegal_content_legal_ground"] = s.ground_reference
        out["illegal_content_explanation"] = _explanation(s.decision_facts)
    else:
        out["incompatible_content_ground"] = s.ground_reference
        out["incompatible_content_explanation"] = _explanation(s.decision_facts)
    if s.decision_visibility is not None:
        out["decision_visibility"] = [s.decision_visibility.value]
        if s.decision_visibility == DecisionVisibility.OTHER:
            out["decision_visibility_other"] = s.decision_visibility_other
    for name in ("decision_monetary", "decision_provision", "decision_account"):
        value = getattr(s, name)
        if value is not None:
            out[name] = value.value
    return out


def validate(st: dict[str, Any], personal: Iterable[str] = ()) -> list[str]:
    """Every rule `st` breaks, as "field: what is wrong" (empty when it is valid)."""
    errors = [f"{name}: is required" for name in REQUIRED if st.get(name) in (None, "", [])]
    errors += _enum_errors(st) + _date_errors(st) + _text_errors(st)
    if not any(st.get(name) not in (None, "", []) for name in DECISION_FIELDS):
        errors.append("decision_visibility: at least one of " + ", ".join(DECISION_FIELDS)
                      + " is required")
    if st.get("automated_detection") not in (None, "", "Yes", "No"):
        errors.append("automated_detection: must be Yes or No")
    puid = st.get("puid")
    if isinstance(puid, str) and puid:
        if len(puid) > PUID_MAX:
            errors.append(f"puid: {len(puid)} characters; at most {PUID_MAX}")
        if not _PUID.fullmatch(puid):
            errors.append("puid: only letters, digits, - and _ are allowed")
    errors += _grounds_errors(st)
    errors += _personal_errors(st, personal)
    return errors


def _enum_errors(st: dict[str, Any]) -> list[str]:
    errors = []
    for name, allowed in _ENUMS.items():
        value = st.get(name)
        if value not in (None, "") and value not in allowed:
            errors.append(f"{name}: {value!r} is not one of the API's values")
    for name, allowed in _ARRAY_ENUMS.items():
        value = st.get(name)
        if value is None:
            continue
        if not isinstance(value, list):
            errors.append(f"{name}: must be a list")
        else:
            errors += [f"{name}: {v!r} is not one of the API's values"
                       for v in value if v not in allowed]
    if "DECISION_VISIBILITY_OTHER" in (st.get("decision_visibility") or []) and not str(
            st.get("decision_visibility_other") or "").strip():
        errors.append("decision_visibility_other: is required when decision_visibility is other")
    return errors


def _date_errors(st: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    parsed: dict[str, date] = {}
    for name, earliest in (("content_date", CONTENT_DATE_MIN),
                           ("application_date", APPLICATION_DATE_MIN)):
        value = st.get(name)
        if value in (None, ""):
            continue
        try:
            if not isinstance(value, str) or not _DATE.fullmatch(value):
                raise ValueError
            parsed[name] = date.fromisoformat(value)
        except ValueError:
            errors.append(f"{name}: must be a date as YYYY-MM-DD")
            continue
        if parsed[name] < earliest:
            errors.append(f"{name}: must be on or after {earliest.isoformat()}")
        elif parsed[name] > DATE_MAX:
            errors.append(f"{name}: must be on or before {DATE_MAX.isoformat()}")
    if len(parsed) == 2 and parsed["application_date"] < parsed["content_date"]:
        errors.append("application_date: must be on or after content_date")
    return errors


def _text_errors(st: dict[str, Any]) -> list[str]:
    limits = {"decision_facts": FACTS_MAX, "illegal_content_legal_ground": GROUND_MAX,
              "incompatible_content_ground": GROUND_MAX,
              "illegal_content_explanation": EXPLANATION_MAX,
              "incompatible_content_explanation": EXPLANATION_MAX,
              "decision_visibility_other": OTHER_MAX}
    errors = []
    for name, limit in limits.items():
        value = st.get(name)
        if value is not None and not isinstance(value, str):
            errors.append(f"{name}: must be text")
        elif value is not None and len(value) > limit:
            errors.append(f"{name}: {len(value)} characters; at most {limit}")
    return errors


def _grounds_errors(st: dict[str, Any]) -> list[str]:
    ground = st.get("decision_ground")
    prefix = {DecisionGround.ILLEGAL_CONTENT.value: ("illegal_content_legal_ground",
                                                     "illegal_content_explanation"),
              DecisionGround.INCOMPATIBLE_CONTENT.value: ("incompatible_content_ground",
                                                          "incompatible_content_explanation")}
    return [f"{name}: is required when decision_ground is {ground}"
            for name in prefix.get(str(ground), ()) if not str(st.get(name) or "").strip()]


def _personal_errors(st: dict[str, Any], personal: Iterable[str]) -> list[str]:
    names = [re.compile(rf"(?<!\w){re.escape(p.strip())}(?!\w)", re.IGNORECASE)
             for p in personal if len(p.strip()) >= 3]  # whole words: "Ana" is not "analysis"
    errors = []
    for field in _FREE_TEXT:
        text = st.get(field)
        if not isinstance(text, str):
            continue
        kinds = [kind for kind, rx in (("an e-mail address", _EMAIL), ("a phone number", _PHONE),
                                       ("a web address", _URL)) if rx.search(text)]
        if any(n.search(text) for n in names):
            kinds.append("the defender's name or contact")
        errors += [f"{field}: holds personal data ({kind})" for kind in kinds]
    return errors


def batches(statements: Sequence[dict[str, Any]],
            size: int = BATCH_MAX) -> Iterator[list[dict[str, Any]]]:
    if not 1 <= size <= BATCH_MAX:
        raise ValueError(f"a batch holds 1–{BATCH_MAX} statements")
    for i in range(0, len(statements), size):
        yield list(statements[i:i + size])
