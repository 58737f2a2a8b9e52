"""Timeline sentences for decisions and appeals (audit details hold ids and enum values only)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from hrdcase.models.decisions import DecisionGround
from hrdcase.models.enums import AppealOutcome, DsaCategory
from hrdcase.ui.case.decision_labels import label_of
from hrdcase.ui.i18n import translate
from hrdcase.ui.labels import dsa_label, when


def _t(text: str) -> str:
    return translate("Timeline", text)


def _date(raw: object) -> str:
    try:
        return when(datetime.fromisoformat(str(raw)))
    except ValueError:
        return str(raw)


def decision_recorded(actor: str, d: dict[str, Any]) -> str:
    try:
        category = dsa_label(DsaCategory(str(d.get("category"))))
    except ValueError:
        category = str(d.get("category"))
    return _t("{actor} recorded decision #{id}: {ground}, {category} (policy {policy}).").format(
        actor=actor, id=d.get("decision_id", "?"),
        ground=label_of(DecisionGround, d.get("ground")), category=category,
        policy=d.get("policy_version", "?"))


def appeal_filed(actor: str, d: dict[str, Any]) -> str:
    return _t("{actor} filed an appeal against decision #{id}; review due {due}.").format(
        actor=actor, id=d.get("decision_id", "?"), due=_date(d.get("deadline")))


def reviewer_assigned(actor: str, name: Callable[[object], str], d: dict[str, Any]) -> str:
    return _t("{actor} asked {reviewer} to review appeal #{id}.").format(
        actor=actor, reviewer=name(d.get("to")), id=d.get("appeal_id", "?"))


def appeal_decided(actor: str, d: dict[str, Any]) -> str:
    outcome = label_of(AppealOutcome, d.get("outcome")).lower()
    if d.get("reopened"):
        return _t("{actor} decided appeal #{id}: {outcome}; the case reopens.").format(
            actor=actor, id=d.get("appeal_id", "?"), outcome=outcome)
    return _t("{actor} decided appeal #{id}: {outcome}.").format(
        actor=actor, id=d.get("appeal_id", "?"), outcome=outcome)


def escalated_ods(actor: str, d: dict[str, Any]) -> str:
    text = (_t("{actor} took appeal #{id} to a dispute settlement body (complex; decision due "
               "{due}).") if d.get("complex") else
            _t("{actor} took appeal #{id} to a dispute settlement body (decision due {due})."))
    return text.format(actor=actor, id=d.get("appeal_id", "?"), due=_date(d.get("deadline")))
