"""Words for triage and SLAs: priority reasons as sentences, escalation roles, breach states, risk
factor and context flag labels."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from functools import cache
from typing import Any

from hrdcase.models.enums import CaseStatus, CivicSpace, RiskLevel, Severity
from hrdcase.models.risk import ContextFlag, GenderFactor
from hrdcase.models.sla import BreachState
from hrdcase.services.wording import escalation_role_label
from hrdcase.ui.i18n import translate
from hrdcase.ui.labels import civic_label, risk_label, severity_label


def _enum(enum: type, value: str, label: Any) -> str:
    try:
        return label(enum(value))
    except ValueError:
        return value


def reason_sentence(code: str, value: str) -> str:
    if code == "severity":
        return translate("Triage", "Severity is {severity}: that sets the starting priority.").format(
            severity=_enum(Severity, value, severity_label).lower())
    if code == "risk":
        if value == RiskLevel.CRITICAL.value:
            return translate("Triage", "The current risk assessment is critical: always P1.")
        return translate("Triage", "The current risk assessment is {risk}: one step more urgent."
                         ).format(risk=_enum(RiskLevel, value, risk_label).lower())
    if code == "civic_space":
        return translate("Triage", "Civic space in the region is {rating}: one step more urgent."
                         ).format(rating=_enum(CivicSpace, value, civic_label).lower())
    if code == "surge":
        return translate("Triage", "The region is in surge mode: one step more urgent.")
    return f"{code}: {value}"


def role_label(role: str) -> str:
    return escalation_role_label(role, translate)


def duration_text(delta: timedelta) -> str:
    minutes = int(abs(delta.total_seconds()) // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days >= 2:  # "144 d": hours no longer matter, and the queue column stays narrow
        return translate("Triage", "{d} d").format(d=days)
    if days:
        return translate("Triage", "{d} d {h} h").format(d=days, h=hours)
    if hours:
        return translate("Triage", "{h} h {m} min").format(h=hours, m=mins)
    return translate("Triage", "{m} min").format(m=mins)


def step_text(state: BreachState, due: datetime | None, now: datetime, *,
              done_at: datetime | None = None, is_open: bool = True) -> str:
    """One deadline step in words (first, so that it never depends on colour alone): "Due in
    40 min", "⚠ Breached 2 h ago", "⚠ Answered 30 min late", "✓ Met: answered … before"."""
    if due is None:
        return translate("Triage", "No deadline set")
    if done_at is not None:
        if done_at > due:
            return translate("Triage", "⚠ Answered {late} late").format(late=duration_text(done_at - due))
        return translate("Triage", "✓ Met: answered {early} before the deadline").format(
            early=duration_text(due - done_at))
    if not is_open:
        if state == BreachState.MET:
            return translate("Triage", "✓ Clock stopped: the case is no longer open")
        return translate("Triage", "No first response was recorded before the case closed")
    left = due - now
    if state == BreachState.BREACHED:  # the one rule, models.sla.deadline_state
        return translate("Triage", "⚠ Breached {ago} ago").format(ago=duration_text(left))
    if state == BreachState.WARNING:
        return translate("Triage", "⚠ Due in {left}").format(left=duration_text(left))
    return translate("Triage", "Due in {left}").format(left=duration_text(left))


def reasons_text(reasons: Sequence[tuple[str, str]], status: CaseStatus) -> str:
    """Why the case has its priority; a case past NEW is never "not triaged"."""
    if reasons:
        return "\n".join("• " + reason_sentence(code, value) for code, value in reasons)
    if status == CaseStatus.NEW:
        return translate("Triage", "Not triaged yet: the priority was set at intake.")
    return translate("Triage", "Triaged by a status change: the priority was set at intake or by "
                     "hand, not by the triage rules.")


STATE_STYLE = {
    BreachState.BREACHED: "color: #ffffff; background: #b00020; padding: 2px 6px; font-weight: bold;",
    BreachState.WARNING: "color: #000000; background: #ffd54f; padding: 2px 6px; font-weight: bold;",
    BreachState.OK: "color: #1b5e20; padding: 2px 6px;",
    BreachState.MET: "color: #1b5e20; padding: 2px 6px;",
    BreachState.NONE: "color: #555555; padding: 2px 6px;",
}


@cache
def gender_factor_labels() -> dict[GenderFactor, str]:
    g = GenderFactor
    return {
        g.WOMAN_HRD: translate("Risk", "Woman defender"),
        g.LGBTI: translate("Risk", "LGBTI defender"),
        g.INDIGENOUS: translate("Risk", "Indigenous"),
        g.ETHNIC_MINORITY: translate("Risk", "Ethnic minority"),
        g.RELIGIOUS_MINORITY: translate("Risk", "Religious minority"),
        g.DISABILITY: translate("Risk", "Disability"),
        g.YOUTH: translate("Risk", "Young defender"),
        g.MIGRANT: translate("Risk", "Migrant or refugee"),
        g.RURAL: translate("Risk", "Rural or remote"),
        g.JOURNALIST: translate("Risk", "Journalist"),
        g.FAMILY_TARGETED: translate("Risk", "Family also targeted"),
    }


@cache
def context_flag_labels() -> dict[ContextFlag, str]:
    c = ContextFlag
    return {
        c.ELECTION: translate("Risk", "Election period"),
        c.PROTEST: translate("Risk", "Protests"),
        c.CONFLICT: translate("Risk", "Armed conflict"),
        c.CRISIS: translate("Risk", "Crisis"),
        c.INTERNET_SHUTDOWN: translate("Risk", "Internet shutdown"),
        c.NEW_RESTRICTIVE_LAW: translate("Risk", "New restrictive law"),
        c.COURT_HEARING: translate("Risk", "Court hearing"),
    }
