"""Case use cases: open (intake), update fields, assign, change status, add incident, add risk note."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from hrdcase.errors import ConcurrentEdit, ValidationError
from hrdcase.models.changes import ChangeSet
from hrdcase.models.clock import Clock
from hrdcase.models.entities import Case, Defender, Incident, RiskItem, RiskNote
from hrdcase.models.enums import (
    CaseStatus,
    IncidentCategory,
    IntakeChannel,
    Priority,
    Severity,
)
from hrdcase.models.intake import (
    EDITABLE_FIELDS,
    TEXT_FIELDS,
    NewCase,
    check_language,
    check_text,
    check_title,
    new_case_ref,
)
from hrdcase.models.risk import check_risk_tags, next_review, risk_level, risk_score
from hrdcase.models.sla import with_deadlines
from hrdcase.models.triage import surge_boost
from hrdcase.models.workflow import check_transition, is_reopening
from hrdcase.services.guarding import AssignmentGuard, guard_change, guard_handover
from hrdcase.services.sla_policy import default_sla_policy
from hrdcase.services.surge import region_in_surge
from hrdcase.storage.store import Store, UnitOfWork

__all__ = ["AssignmentGuard", "CaseService", "routing"]

_FIELD_TYPES: dict[str, Any] = {
    "priority": Priority,
    "severity": Severity,
    "category": IncidentCategory,
}


def routing(case: Case) -> dict[str, Any]:
    """What the central server may see of a case: ids, workflow state, timestamps. No content."""
    return {
        "ref": case.ref,
        "team_id": case.team_id,
        "status": case.status.value,
        "priority": case.priority.value,
        "assignee_id": case.assignee_id,
        "region": case.region_code,
        "category": case.category.value,
        "version": case.version,
        "updated_at": int(case.updated_at.timestamp()),
    }


@dataclass(frozen=True)
class KnownReference:
    """What each line of an import batch would otherwise read again: the region codes and the
    surges. Read once per batch (`read_known`): nothing inside its transaction changes them."""

    regions: frozenset[str]
    surges: tuple[tuple[Any, ...], ...]


def read_known(uow: UnitOfWork) -> KnownReference:
    return KnownReference(frozenset(r.code for r in uow.reference.regions()),
                          tuple(uow.wellbeing.surges()))


class CaseService:
    def __init__(self, store: Store, clock: Clock, actor_id: int | None, device_id: str,
                 assignment_guard: AssignmentGuard | None = None) -> None:
        self.store = store
        self.assignment_guard = assignment_guard  # Session passes one; None only in low-level tests
        self.clock = clock
        self.actor_id = actor_id
        self.device_id = device_id
        self.sla_policy = default_sla_policy()  # SLA deadlines (services/triage.py)

    # ---- helpers shared by every mutation
    def _record(
        self, uow: UnitOfWork, case: Case, action: str, detail: dict[str, Any], payload: dict[str, Any]
    ) -> None:
        now = self.clock.now()
        uow.audit.append(now, self.actor_id, action, "case", case.ref, case.id, detail)
        uow.outbox.add(
            self.device_id, "case", case.ref, case.version - 1, routing(case),
            {"action": action, **payload}, now,
        )

    def _guard(self, uow: UnitOfWork, case: Case, responder_id: int, override_reason: str | None,
               graphic: bool | None = None) -> None:
        """The workload limit check for handing `case` to `responder_id` (services/guarding.py)."""
        guard_handover(self.assignment_guard, uow, case, responder_id, override_reason, graphic)

    def _load(self, uow: UnitOfWork, case_id: int, expected_version: int | None) -> Case:
        case = uow.cases.get(case_id)
        if expected_version is not None and case.version != expected_version:
            raise ConcurrentEdit(
                f"Case {case.ref} changed since it was opened; reload it and apply the edit again."
            )
        return case

    def in_surge(self, uow: UnitOfWork, case: Case) -> bool:
        """Deadlines stay tightened for a case opened during a surge, or when one is on now."""
        return (region_in_surge(uow, case.region_code, case.created_at)
                or region_in_surge(uow, case.region_code, self.clock.now()))

    # ---- use cases
    def open_case(self, draft: NewCase, override_reason: str | None = None,
                  submitted_at: datetime | None = None) -> tuple[int, ChangeSet]:
        """Open a case in a transaction of its own (or the caller's): `open_case_in`."""
        with self.store.transaction() as uow:
            case, changes = self.open_case_in(uow, draft, override_reason, submitted_at)
        return case.id, changes

    def open_case_in(self, uow: UnitOfWork, draft: NewCase, override_reason: str | None = None,
                     submitted_at: datetime | None = None,
                     known: KnownReference | None = None) -> tuple[Case, ChangeSet]:
        """THE way a case is opened (the dialog, the import, the command line), inside `uow`'s
        transaction. The case is written once, with its real age: created when the report was
        submitted (`submitted_at`, never in the future), its deadlines from then, tighter if its
        region is in a surge then or now. `known`: the regions and surges an import batch read
        once for all its lines."""
        draft.validate()  # then ISO codes in their one spelling: KE, pt-BR
        draft = replace(draft, region_code=draft.region_code.strip().upper(),
                        language=check_language(draft.language))
        now = self.clock.now()
        created = min(submitted_at, now) if submitted_at is not None else now
        if known is not None:
            region_known = draft.region_code in known.regions
        else:
            region_known = uow.reference.region(draft.region_code) is not None
        if not region_known:
            raise ValidationError("That region is not known here.", field="region_code")
        defender_id = draft.defender_id
        if defender_id is None and draft.new_defender is not None:
            # The one defender rule, for the dialog and the import alike: a defender already here
            # under exactly this pseudonym is linked, not added a second time.
            known_defender = uow.reference.defender_named(draft.new_defender.pseudonym)
            defender_id = known_defender.id if known_defender is not None else None
        if defender_id is None and draft.new_defender is not None:
            nd = draft.new_defender
            defender_id = uow.reference.add_defender(
                Defender(0, nd.pseudonym.strip(), nd.legal_name.strip(), draft.region_code,
                         nd.languages, nd.gender_factors, nd.do_not_contact,
                         nd.contact_channel.strip())
            )
        elif defender_id is not None and uow.reference.defender(defender_id) is None:
            raise ValidationError("That defender is not in this caseload.", field="defender")
        team_id = None
        if draft.assignee_id is not None:
            assignee = uow.reference.responder(draft.assignee_id)
            if assignee is None:
                raise ValidationError("That responder is not known here.", field="assignee")
            team_id = assignee.team_id
        surges = known.surges if known is not None else uow.wellbeing.surges()
        surge = region_in_surge(uow, draft.region_code, now, surges)
        tight = surge or (created != now and region_in_surge(uow, draft.region_code, created,
                                                               surges))
        case = Case(
            id=0, ref=new_case_ref(), title=draft.title.strip(), summary=draft.summary,
            status=CaseStatus.NEW, priority=surge_boost(draft.priority) if surge else draft.priority,
            severity=draft.severity,
            category=draft.category, channel=draft.channel, region_code=draft.region_code,
            language=draft.language.strip(), defender_id=defender_id,
            assignee_id=draft.assignee_id, team_id=team_id, created_at=created, updated_at=now,
        )
        case = with_deadlines(case, self.sla_policy, tight)
        case = replace(case, id=uow.cases.add(case))
        graphic = draft.graphic if draft.graphic is not None else draft.category.graphic_by_default
        incident_id = uow.cases.add_incident(
            Incident(0, case.id, draft.category, draft.description, now, draft.occurred_at,
                     draft.channel, "", graphic)
        )
        if case.assignee_id is not None:
            self._guard(uow, case, case.assignee_id, override_reason, graphic)
        uow.cases.reindex_text(case.id)
        uow.audit.append(now, self.actor_id, "case.opened", "case", case.ref, case.id,
                         {"channel": draft.channel.value, "priority": case.priority.value,
                          "category": case.category.value, **({"surge": True} if surge else {})})
        uow.audit.append(now, self.actor_id, "incident.added", "incident", incident_id, case.id,
                         {"category": draft.category.value})
        uow.outbox.add(self.device_id, "case", case.ref, 0, routing(case),
                       {"action": "case.opened", "title": case.title, "summary": case.summary,
                        "defender_id": defender_id, "description": draft.description}, now)
        return case, ChangeSet(cases=frozenset({case.id}), created_cases=frozenset({case.id}),
                               entities=frozenset({"case", "incident", "defender"}), audit=True)

    def update_fields(self, case_id: int, expected_version: int,
                      override_reason: str | None = None, check_assignee: bool = True,
                      **changes: Any) -> ChangeSet:
        """A raised priority passes the assignee's limits (`check_assignee=False` only when the
        same transaction hands the case to someone else or closes it next: edit)."""
        unknown = set(changes) - set(EDITABLE_FIELDS)
        if unknown:
            raise ValidationError(f"These fields cannot be edited here: {', '.join(sorted(unknown))}.")
        values = {k: _coerce(k, v) for k, v in changes.items()}
        with self.store.transaction() as uow:
            case = self._load(uow, case_id, expected_version)
            diff = {k: v for k, v in values.items() if getattr(case, k) != v}
            if not diff:
                return ChangeSet()
            if "region_code" in diff and uow.reference.region(diff["region_code"]) is None:
                raise ValidationError("That region is not known here.", field="region_code")
            updated = replace(case, **diff, updated_at=self.clock.now())
            if "priority" in diff:  # SLA deadlines follow the priority, from the created time
                updated = with_deadlines(updated, self.sla_policy,
                                         self.in_surge(uow, updated))
            if check_assignee and "priority" in diff:
                guard_change(self.assignment_guard, uow, case, updated, override_reason)
            updated = uow.cases.save(updated, expected_version)
            if diff.keys() & {"title", "summary"}:
                uow.cases.reindex_text(case.id)
            detail = {
                k: ({"changed": True} if k in TEXT_FIELDS else {"from": str(getattr(case, k)),
                                                                "to": str(v)})
                for k, v in diff.items()
            }
            self._record(uow, updated, "case.updated", detail,
                         {k: str(v) for k, v in diff.items()})
        return ChangeSet(cases=frozenset({case_id}), entities=frozenset({"case"}), audit=True)

    def assign(self, case_id: int, responder_id: int | None, expected_version: int,
               override_reason: str | None = None) -> ChangeSet:
        with self.store.transaction() as uow:
            case = self._load(uow, case_id, expected_version)
            team_id = case.team_id
            if responder_id is not None:
                responder = uow.reference.responder(responder_id)
                if responder is None:
                    raise ValidationError("That responder is not known here.", field="assignee")
                team_id = responder.team_id
            if responder_id == case.assignee_id:
                return ChangeSet()
            if responder_id is not None and case.status.is_open:
                self._guard(uow, case, responder_id, override_reason)
            updated = uow.cases.save(
                replace(case, assignee_id=responder_id, team_id=team_id,
                        updated_at=self.clock.now()),
                expected_version,
            )
            self._record(uow, updated, "case.assigned",
                         {"from": case.assignee_id, "to": responder_id}, {})
        return ChangeSet(cases=frozenset({case_id}), entities=frozenset({"case"}), audit=True)

    def change_status(self, case_id: int, target: CaseStatus, expected_version: int,
                      override_reason: str | None = None, check_assignee: bool = True) -> ChangeSet:
        """`check_assignee=False` only when the same transaction reassigns the case next (edit)."""
        with self.store.transaction() as uow:
            case = self._load(uow, case_id, expected_version)
            check_transition(case.status, target)
            if check_assignee and case.assignee_id is not None and is_reopening(case.status, target):
                self._guard(uow, replace(case, status=target), case.assignee_id, override_reason)
            updated = uow.cases.save(
                replace(case, status=target, updated_at=self.clock.now()), expected_version
            )
            action = "case.reopened" if is_reopening(case.status, target) else "case.status"
            self._record(uow, updated, action,
                         {"from": case.status.value, "to": target.value}, {})
        return ChangeSet(cases=frozenset({case_id}), entities=frozenset({"case"}), audit=True)

    def edit(
        self,
        case_id: int,
        expected_version: int,
        fields: dict[str, Any] | None = None,
        status: CaseStatus | None = None,
        reassign: bool = False,
        assignee_id: int | None = None,
        override_reason: str | None = None,
    ) -> ChangeSet:
        """The edit form's save: fields, then a status change, then the assignee, in ONE
        transaction: all of it is stored or none of it (each step checks the version the previous
        one left)."""
        changes = ChangeSet()
        with self.store.transaction() as uow:
            version = expected_version

            def step(result: ChangeSet) -> None:
                nonlocal changes, version
                changes = changes.merge(result)
                version = uow.cases.get(case_id).version

            moves = reassign and assignee_id != uow.cases.get(case_id).assignee_id
            closes = status is not None and not status.is_open
            if fields:
                step(self.update_fields(case_id, version, override_reason,
                                        not (moves or closes), **fields))
            if status is not None:
                step(self.change_status(case_id, status, version, override_reason,
                                        check_assignee=not moves))
            if reassign:
                step(self.assign(case_id, assignee_id, version, override_reason))
        return changes

    def add_incident(
        self,
        case_id: int,
        category: IncidentCategory,
        description: str,
        channel: IntakeChannel = IntakeChannel.HRD_REPORT,
        graphic: bool | None = None,
        override_reason: str | None = None,
    ) -> ChangeSet:
        """A graphic incident on an assigned open case passes the assignee's exposure limits."""
        if not description.strip():
            raise ValidationError("Describe what happened.", field="description")
        check_text(description, "description")
        now = self.clock.now()
        with self.store.transaction() as uow:
            case = uow.cases.get(case_id)
            shown_graphic = category.graphic_by_default if graphic is None else graphic
            if shown_graphic:
                guard_change(self.assignment_guard, uow, case, case, override_reason,
                             graphic_added=True)
            incident_id = uow.cases.add_incident(
                Incident(0, case_id, category, description, now, None, channel, "", shown_graphic)
            )
            updated = uow.cases.save(replace(case, updated_at=now), case.version)
            uow.cases.reindex_text(case_id)
            uow.audit.append(now, self.actor_id, "incident.added", "incident", incident_id,
                             case_id, {"category": category.value})
            uow.outbox.add(self.device_id, "incident", incident_id, 0, routing(updated),
                           {"case": case.ref, "category": category.value,
                            "description": description}, now)
        return ChangeSet(cases=frozenset({case_id}), entities=frozenset({"incident"}), audit=True)

    def add_risk_note(
        self,
        case_id: int,
        threats: list[RiskItem],
        vulnerabilities: list[RiskItem],
        capacities: list[RiskItem],
        gender_factors: tuple[str, ...] = (),
        context_flags: tuple[str, ...] = (),
        rationale: str = "",
        mitigations: str = "",
    ) -> ChangeSet:
        score = risk_score(threats, vulnerabilities, capacities)
        gender_factors, context_flags = check_risk_tags(gender_factors, context_flags)
        level = risk_level(score)
        check_text(rationale, "rationale")
        check_text(mitigations, "mitigations")
        now = self.clock.now()
        with self.store.transaction() as uow:
            case = uow.cases.get(case_id)
            note_id = uow.cases.add_risk_note(
                RiskNote(0, case_id, self.actor_id, now, tuple(threats), tuple(vulnerabilities),
                         tuple(capacities), level, score, gender_factors, context_flags,
                         rationale, mitigations, next_review(level, now))
            )
            updated = uow.cases.save(replace(case, risk_level=level, updated_at=now), case.version)
            uow.audit.append(now, self.actor_id, "risk_note.added", "risk_note", note_id, case_id,
                             {"level": level.value, "score": score})
            uow.outbox.add(self.device_id, "risk_note", note_id, 0, routing(updated),
                           {"case": case.ref, "level": level.value, "score": score}, now)
        return ChangeSet(cases=frozenset({case_id}), entities=frozenset({"risk_note", "case"}),
                         audit=True)


def _coerce(name: str, value: Any) -> Any:
    if name == "title":
        check_title(str(value))
        return str(value).strip()
    if name == "summary":
        check_text(str(value), "summary")
        return str(value)
    if name == "language":
        return check_language(str(value))
    if name == "region_code":
        return str(value).strip().upper()
    if name in _FIELD_TYPES:
        try:
            return _FIELD_TYPES[name](value)
        except ValueError:
            raise ValidationError(f"{value!r} is not a valid {name}.", field=name) from None
    return value
