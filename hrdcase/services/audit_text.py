"""Audit entries as sentences ("Ana assigned the case to Ben."): the ONE place that words every
action the services write. The case view's timeline (with Qt's translation and local times), the
case file PDF and `hrdcase case show` (English, UTC, `plain`) all use `Sentences`.

Audit details hold ids, field names and enum values, never free text, so a sentence is safe at any
redaction level as long as the names it is given are (the case file passes names or roles as its
level allows). An action without a sentence here falls back to naming the action; the test over
every action the services write (tests/unit/test_audit_text.py) keeps that from happening.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from hrdcase.models.decisions import DecisionGround
from hrdcase.models.entities import AuditEntry
from hrdcase.models.enums import AppealOutcome
from hrdcase.models.playbooks import Playbook, playbook_title, step_title
from hrdcase.services.wording import (
    Translate,
    category_label,
    channel_label,
    civic_label,
    consent_method_label,
    dsa_label,
    escalation_role_label,
    label_of,
    notification_channel_label,
    plain,
    priority_label,
    risk_label,
    severity_label,
    status_label,
    utc_minute,
)

Handler = Callable[["Sentences", AuditEntry, str, dict[str, Any]], str]
_HANDLERS: dict[str, Handler] = {}


def _says(*actions: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        for action in actions:
            _HANDLERS[action] = fn
        return fn
    return register


def worded_actions() -> frozenset[str]:
    """Every action with a sentence of its own."""
    return frozenset(_HANDLERS)


_FIELDS = ("title", "summary", "priority", "severity", "category", "region_code", "language")
_FIELD_LABELS: dict[str, Callable[[object, Translate], str]] = {
    "priority": priority_label, "severity": severity_label, "category": category_label,
}


class Sentences:
    """Turns audit entries into sentences, naming people through `names` (responder id -> name,
    or a role where names are withheld). `translate` is Qt's in the app, `plain` elsewhere; `when`
    formats times (local in the app, UTC in files); `playbooks` gives titles for playbook ids."""

    def __init__(self, names: Mapping[int, str], translate: Translate = plain,
                 when: Callable[[datetime | None], str] = utc_minute,
                 playbooks: Mapping[str, Playbook] | None = None) -> None:
        self.names = names
        self.translate = translate
        self.when = when
        self.playbooks: Mapping[str, Playbook] = playbooks if playbooks is not None else {}

    def name(self, responder_id: object) -> str:
        if isinstance(responder_id, int) and responder_id in self.names:
            return self.names[responder_id]
        if responder_id is None:
            return self.translate("Timeline", "nobody")
        return self.translate("Timeline", "someone")

    def actor(self, entry: AuditEntry) -> str:
        if entry.actor_id is None:
            return self.translate("Timeline", "Someone (no signed-in responder)")
        return self.name(entry.actor_id)

    def __call__(self, entry: AuditEntry) -> str:
        handler = _HANDLERS.get(entry.action)
        detail = entry.detail if isinstance(entry.detail, dict) else {}
        if handler is None:
            text = self.translate("Timeline", "{actor} recorded “{action}”.").format(
                actor=self.actor(entry), action=entry.action)
        else:
            text = handler(self, entry, self.actor(entry), detail)
        return text[:1].upper() + text[1:]

    # ---- helpers
    def _date(self, raw: object) -> str:
        try:
            return self.when(datetime.fromisoformat(str(raw)))
        except ValueError:
            return str(raw)

    def _field_change(self, name: str, change: object) -> str:
        translate = self.translate
        field = {
            "title": translate("Timeline", "the title"),
            "summary": translate("Timeline", "the summary"),
            "priority": translate("Timeline", "the priority"),
            "severity": translate("Timeline", "the severity"),
            "category": translate("Timeline", "the category"),
            "region_code": translate("Timeline", "the region"),
            "language": translate("Timeline", "the language"),
        }.get(name, name)
        if not isinstance(change, dict) or "to" not in change:
            return field
        old, new = change.get("from"), change.get("to")
        if name in _FIELD_LABELS:
            label = _FIELD_LABELS[name]
            old, new = label(old, translate), label(new, translate)
        return translate("Timeline", "{field} from {old} to {new}").format(field=field, old=old,
                                                                          new=new)

    def _reason(self, code: str, value: str) -> str:
        translate = self.translate
        if code == "severity":
            return translate("Triage", "severity {value}").format(
                value=severity_label(value, translate).lower())
        if code == "risk":
            return risk_label(value, translate).lower()
        if code == "civic_space":
            return translate("Triage", "civic space {value}").format(
                value=civic_label(value, translate).lower())
        if code == "surge":
            return translate("Triage", "surge")
        return code


# ---- cases
@_says("case.opened")
def _case_opened(s: Sentences, e: AuditEntry, actor: str, d: dict[str, Any]) -> str:
    translate = s.translate
    return translate("Timeline", "{actor} opened the case ({channel}, {priority}, {category})."
                     ).format(actor=actor, channel=channel_label(d.get("channel"), translate),
                              priority=priority_label(d.get("priority"), translate),
                              category=category_label(d.get("category"), translate))


@_says("case.status")
def _case_status(s: Sentences, e: AuditEntry, actor: str, d: dict[str, Any]) -> str:
    translate = s.translate
    return translate("Timeline", "{actor} moved the case from {old} to {new}.").format(
        actor=actor, old=status_label(d.get("from"), translate), new=status_label(d.get("to"), translate))


@_says("case.reopened")
def _case_reopened(s: Sentences, e: AuditEntry, actor: str, d: dict[str, Any]) -> str:
    return s.translate("Timeline", "{actor} reopened the case (it was {old}).").format(
        actor=actor, old=status_label(d.get("from"), s.translate))


@_says("case.assigned")
def _case_assigned(s: Sentences, e: AuditEntry, actor: str, d: dict[str, Any]) -> str:
    translate = s.translate
    old, new = d.get("from"), d.get("to")
    if new is None:
        return translate("Timeline", "{actor} unassigned the case (it was with {old}).").format(
            actor=actor, old=s.name(old))
    if old is None:
        return translate("Timeline", "{actor} assigned the case to {new}.").format(
            actor=actor, new=s.name(new))
    return translate("Timeline", "{actor} reassigned the case from {old} to {new}.").format(
        actor=actor, old=s.name(old), new=s.name(new))


@_says("case.updated")
def _case_updated(s: Sentences, e: AuditEntry, actor: str, d: dict[str, Any]) -> str:
    parts = [s._field_change(name, change) for name, change in sorted(d.items())]
    if not parts:
        return s.translate("Timeline", "{actor} edited the case.").format(actor=actor)
    return s.translate("Timeline", "{actor} changed {changes}.").format(
        actor=actor, changes="; ".join(parts))


@_says("incident.added")
def _incident_added(s: Sentences, e: AuditEntry, actor: str, d: dict[str, Any]) -> str:
    return s.translate("Timeline", "{actor} recorded an incident: {category}.").format(
        actor=actor, category=category_label(d.get("category"), s.translate))


@_says("risk_note.added")
def _risk_note_added(s: Sentences, e: AuditEntry, actor: str, d: dict[str, Any]) -> str:
    return s.translate("Timeline", "{actor} assessed the risk: {level} (score {score}).").format(
        actor=actor, level=risk_label(d.get("level"), s.translate), score=d.get("score", "?"))


# ---- workload limits and handovers
@_says("assignment.override")
def _assignment_override(s: Sentences, e: AuditEntry, actor: str, d: dict[str, Any]) -> str:
    translate = s.translate
    limits = {
        "open_cases": translate("Timeline", "open cases"),
        "concurrent_p1": translate("Timeline", "concurrent P1 cases"),
        "daily_exposure": translate("Timeline", "daily exposure"),
        "weekly_exposure": translate("Timeline", "weekly exposure"),
    }
    over = ", ".join(limits.get(str(x), str(x).replace("_", " ")) for x in d.get("limits") or [])
    return translate("Timeline", "{actor} overrode the workload limit ({limits}) to give the case to "
             "{person}, with a written reason.").format(
        actor=actor, limits=over or "?", person=s.name(d.get("responder_id")))


@_says("handover.noted")
def _handover_noted(s: Sentences, e: AuditEntry, actor: str, d: dict[str, Any]) -> str:
    return s.translate("Timeline", "{actor} left a handover note from {old} to {new}.").format(
        actor=actor, old=s.name(d.get("from")), new=s.name(d.get("to")))


# ---- triage & SLA
@_says("case.triaged")
def _case_triaged(s: Sentences, e: AuditEntry, actor: str, d: dict[str, Any]) -> str:
    prio = d.get("priority")
    to = prio.get("to") if isinstance(prio, dict) else prio
    reasons = d.get("reasons") or []
    why = "; ".join(s._reason(str(r[0]), str(r[1])) for r in reasons
                    if isinstance(r, list | tuple) and len(r) == 2)
    return s.translate("Timeline", "{actor} triaged the case as {priority} ({why}).").format(
        actor=actor, priority=priority_label(to, s.translate), why=why)


@_says("case.first_response")
def _case_first_response(s: Sentences, e: AuditEntry, actor: str, d: dict[str, Any]) -> str:
    if d.get("within_sla") is False:
        return s.translate("Timeline", "{actor} recorded the first response, after its deadline."
                           ).format(actor=actor)
    return s.translate("Timeline", "{actor} recorded the first response.").format(actor=actor)


@_says("case.escalation_step")
def _case_escalation_step(s: Sentences, e: AuditEntry, actor: str, d: dict[str, Any]) -> str:
    return s.translate("Timeline", "Unanswered case escalated to the {role}.").format(
        role=escalation_role_label(d.get("role", ""), s.translate))


# ---- intake, playbooks, notifications
@_says("intake.recorded")
def _intake_recorded(s: Sentences, e: AuditEntry, actor: str, d: dict[str, Any]) -> str:
    if d.get("source_id"):
        return s.translate("Timeline", "{actor} imported the case from platform report {source}."
                           ).format(actor=actor, source=d.get("source_id"))
    return s.translate("Timeline", "{actor} recorded the trusted partner who escalated the case."
                       ).format(actor=actor)


@_says("partner.added")
def _partner_added(s: Sentences, e: AuditEntry, actor: str, d: dict[str, Any]) -> str:
    return s.translate("Timeline", "{actor} added trusted partner #{id}.").format(
        actor=actor, id=d.get("partner_id", "?"))


@_says("playbook.attached")
def _playbook_attached(s: Sentences, e: AuditEntry, actor: str, d: dict[str, Any]) -> str:
    return s.translate("Timeline", "{actor} attached the playbook “{playbook}” ({steps} steps)."
                       ).format(actor=actor,
                                playbook=playbook_title(s.playbooks, d.get("playbook", "?")),
                                steps=d.get("steps", "?"))


@_says("task.done", "task.skipped")
def _task_finished(s: Sentences, e: AuditEntry, actor: str, d: dict[str, Any]) -> str:
    translate = s.translate
    text = (translate("Timeline", "{actor} completed step “{step}” of “{playbook}”.")
            if e.action == "task.done"
            else translate("Timeline", "{actor} skipped step “{step}” of “{playbook}”."))
    playbook = d.get("playbook", "?")
    return text.format(actor=actor, step=step_title(s.playbooks, playbook, d.get("step", "?")),
                       playbook=playbook_title(s.playbooks, playbook))


@_says("notification.sent")
def _notification_sent(s: Sentences, e: AuditEntry, actor: str, d: dict[str, Any]) -> str:
    translate = s.translate
    method = consent_method_label(d.get("consent_method"), translate).lower()
    return translate("Timeline", "{actor} notified the defender via {channel} (vetted by "
                     "{vetter}; consent {method}).").format(
        actor=actor, channel=notification_channel_label(d.get("channel"), translate),
        vetter=s.name(d.get("vetted_by")), method=method)


# ---- evidence images: type and size only, never a file name
@_says("evidence.attached")
def _evidence_attached(s: Sentences, e: AuditEntry, actor: str, d: dict[str, Any]) -> str:
    translate = s.translate
    kind = str(d.get("mime", "")).removeprefix("image/").upper() or "?"
    try:
        kb = str(max(1, round(int(str(d.get("size") or 0)) / 1024)))
    except ValueError:
        kb = "?"
    size = translate("Timeline", "{kb} KB").format(kb=kb)
    text = (translate("Timeline", "{actor} attached an evidence image ({kind}, {size}), hidden as graphic.")
            if d.get("graphic")
            else translate("Timeline", "{actor} attached an evidence image ({kind}, {size})."))
    return text.format(actor=actor, kind=kind, size=size)


@_says("evidence.marked")
def _evidence_marked(s: Sentences, e: AuditEntry, actor: str, d: dict[str, Any]) -> str:
    text = (s.translate("Timeline", "{actor} marked an evidence image as graphic.")
            if d.get("graphic")
            else s.translate("Timeline", "{actor} marked an evidence image as not graphic."))
    return text.format(actor=actor)


# ---- decisions & appeals
@_says("decision.recorded")
def _decision_recorded(s: Sentences, e: AuditEntry, actor: str, d: dict[str, Any]) -> str:
    return s.translate("Timeline", "{actor} recorded decision #{id}: {ground}, {category} "
                       "(policy {policy}).").format(
        actor=actor, id=d.get("decision_id", "?"),
        ground=label_of(DecisionGround, d.get("ground"), s.translate),
        category=dsa_label(d.get("category")), policy=d.get("policy_version", "?"))


@_says("appeal.filed")
def _appeal_filed(s: Sentences, e: AuditEntry, actor: str, d: dict[str, Any]) -> str:
    return s.translate("Timeline", "{actor} filed an appeal against decision #{id}; review due "
                       "{due}.").format(actor=actor, id=d.get("decision_id", "?"),
                                        due=s._date(d.get("deadline")))


@_says("appeal.reviewer_assigned")
def _appeal_reviewer(s: Sentences, e: AuditEntry, actor: str, d: dict[str, Any]) -> str:
    return s.translate("Timeline", "{actor} asked {reviewer} to review appeal #{id}.").format(
        actor=actor, reviewer=s.name(d.get("to")), id=d.get("appeal_id", "?"))


@_says("appeal.decided")
def _appeal_decided(s: Sentences, e: AuditEntry, actor: str, d: dict[str, Any]) -> str:
    outcome = label_of(AppealOutcome, d.get("outcome"), s.translate).lower()
    if d.get("reopened"):
        return s.translate("Timeline", "{actor} decided appeal #{id}: {outcome}; the case reopens."
                           ).format(actor=actor, id=d.get("appeal_id", "?"), outcome=outcome)
    return s.translate("Timeline", "{actor} decided appeal #{id}: {outcome}.").format(
        actor=actor, id=d.get("appeal_id", "?"), outcome=outcome)


@_says("appeal.escalated_ods")
def _appeal_escalated(s: Sentences, e: AuditEntry, actor: str, d: dict[str, Any]) -> str:
    translate = s.translate
    text = (translate("Timeline", "{actor} took appeal #{id} to a dispute settlement body (complex; "
              "decision due {due}).") if d.get("complex") else
            translate("Timeline", "{actor} took appeal #{id} to a dispute settlement body (decision due "
              "{due})."))
    return text.format(actor=actor, id=d.get("appeal_id", "?"), due=s._date(d.get("deadline")))


def _int(raw: object) -> int | None:
    try:
        return int(str(raw))
    except ValueError:
        return None


# ---- the organisation: people, devices, regions, policy, surges, check-ins
@_says("person.invited")
def _person_invited(s: Sentences, e: AuditEntry, actor: str, d: dict[str, Any]) -> str:
    return s.translate("Timeline", "{actor} invited {person} ({roles}).").format(
        actor=actor, person=s.name(_int(e.entity_id)),
        roles=", ".join(str(r) for r in d.get("roles") or []) or "?")


@_says("person.roles_changed")
def _person_roles(s: Sentences, e: AuditEntry, actor: str, d: dict[str, Any]) -> str:
    return s.translate("Timeline", "{actor} changed the roles of {person} to {roles}.").format(
        actor=actor, person=s.name(_int(e.entity_id)),
        roles=", ".join(str(r) for r in d.get("roles") or []) or "?")


@_says("team.created")
def _team_created(s: Sentences, e: AuditEntry, actor: str, d: dict[str, Any]) -> str:
    return s.translate("Timeline", "{actor} created a team.").format(actor=actor)


@_says("device.confirmed")
def _device_confirmed(s: Sentences, e: AuditEntry, actor: str, d: dict[str, Any]) -> str:
    return s.translate("Timeline", "{actor} confirmed a device after comparing its fingerprint."
                       ).format(actor=actor)


@_says("device.revoked")
def _device_revoked(s: Sentences, e: AuditEntry, actor: str, d: dict[str, Any]) -> str:
    return s.translate("Timeline", "{actor} revoked a device.").format(actor=actor)


@_says("sync.merged")
def _sync_merged(s: Sentences, e: AuditEntry, actor: str, d: dict[str, Any]) -> str:
    fields = ", ".join(str(f).replace("_", " ") for f in d.get("fields") or []) or "?"
    if e.actor_id is None:  # written by the sync engine while applying another device's change
        return s.translate("Timeline", "Sync kept the later of two edits of {fields} made at the "
                           "same time on different devices.").format(fields=fields)
    return s.translate("Timeline", "{actor} kept the later of two edits of {fields} made at the "
                       "same time on different devices.").format(actor=actor, fields=fields)


@_says("sync.conflict_resolved")
def _sync_conflict_resolved(s: Sentences, e: AuditEntry, actor: str, d: dict[str, Any]) -> str:
    field = str(d.get("field") or "?").replace("_", " ")
    if d.get("kept") == "local":
        return s.translate("Timeline", "{actor} settled a sync conflict over {field}, keeping this "
                           "device's value.").format(actor=actor, field=field)
    return s.translate("Timeline", "{actor} settled a sync conflict over {field}, keeping the other "
                       "device's value.").format(actor=actor, field=field)


@_says("identity.created")
def _identity_created(s: Sentences, e: AuditEntry, actor: str, d: dict[str, Any]) -> str:
    return s.translate("Timeline", "{actor} gave this caseload its device identity.").format(
        actor=actor)


@_says("identity.joined")
def _identity_joined(s: Sentences, e: AuditEntry, actor: str, d: dict[str, Any]) -> str:
    return s.translate("Timeline", "{actor} joined the organisation with this device.").format(
        actor=actor)


@_says("responder.timezone_set")
def _timezone_set(s: Sentences, e: AuditEntry, actor: str, d: dict[str, Any]) -> str:
    return s.translate("Timeline", "{actor} set the time zone of {person} to {tz}.").format(
        actor=actor, person=s.name(d.get("responder_id")), tz=d.get("tz", "?"))


@_says("region.rated")
def _region_rated(s: Sentences, e: AuditEntry, actor: str, d: dict[str, Any]) -> str:
    translate = s.translate
    return translate("Timeline", "{actor} rated the civic space of {region} {level} (was {old}).").format(
        actor=actor, region=d.get("region", "?"), level=civic_label(d.get("to"), translate).lower(),
        old=civic_label(d.get("from"), translate).lower())


@_says("region.added")
def _region_added(s: Sentences, e: AuditEntry, actor: str, d: dict[str, Any]) -> str:
    return s.translate("Timeline", "{actor} added the region {region}.").format(
        actor=actor, region=d.get("region", "?"))


@_says("policy.updated")
def _policy_updated(s: Sentences, e: AuditEntry, actor: str, d: dict[str, Any]) -> str:
    return s.translate("Timeline", "{actor} changed the workload policy (version {version}: "
                       "{changed}).").format(
        actor=actor, version=d.get("version", "?"),
        changed=", ".join(str(c).replace("_", " ") for c in d.get("changed") or []) or "-")


@_says("surge.declared")
def _surge_declared(s: Sentences, e: AuditEntry, actor: str, d: dict[str, Any]) -> str:
    return s.translate("Timeline", "{actor} declared a surge in {region}.").format(
        actor=actor, region=d.get("region", "?"))


@_says("surge.ended")
def _surge_ended(s: Sentences, e: AuditEntry, actor: str, d: dict[str, Any]) -> str:
    return s.translate("Timeline", "{actor} ended the surge in {region}.").format(
        actor=actor, region=d.get("region", "?"))


@_says("checkin.recorded")
def _checkin(s: Sentences, e: AuditEntry, actor: str, d: dict[str, Any]) -> str:
    # the answers belong to the responder: never part of the sentence
    return s.translate("Timeline", "{actor} recorded a wellbeing check-in.").format(actor=actor)
