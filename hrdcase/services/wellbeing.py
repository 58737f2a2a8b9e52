"""The wellbeing use cases behind `Session.wellbeing`: the versioned workload policy, the exposure
ledger, check-ins, debrief prompts and surges. The team side (suggestions, rebalancing, supervisor
dashboard) is in `services/wellbeing_team.py`; the limit check every assignment path calls is
`services/wellbeing_guard.py`.

Privacy: exposure events and check-ins are the responder's own data. They are stored locally, never
written to the outbox, and their audit entries carry no scores or answers (`checkin.recorded` has an
empty detail). What leaves is a content-free team signal per event (totals, last check-in time, the
asked-for-support flag; `services/wellbeing_signals.py`). Supervisors see only
`wellbeing.checkins.SupervisorView` flags. Days and weeks are the responder's own zone's.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from functools import cache

from hrdcase.errors import ValidationError
from hrdcase.models.changes import ChangeSet
from hrdcase.models.clock import Clock
from hrdcase.models.entities import Responder
from hrdcase.models.enums import Role
from hrdcase.models.sla import SlaPolicy
from hrdcase.paths import resource
from hrdcase.services.cases import CaseService
from hrdcase.services.surge import active
from hrdcase.services.wellbeing_api import CheckInOutcome, ExposureNow, Surge
from hrdcase.services.wellbeing_guard import current_policy, exposure_events, zone_of
from hrdcase.services.wellbeing_signals import SIGNAL_ENTITY, SignalsMixin
from hrdcase.services.wellbeing_team import TeamMixin
from hrdcase.storage.store import Store, UnitOfWork
from hrdcase.wellbeing.checkins import Who5, checkin_status, needs_debrief
from hrdcase.wellbeing.exposure import (
    ExposureKind,
    block_state,
    exposure_intervals,
    minutes_this_week,
    minutes_today,
)
from hrdcase.wellbeing.policy import WorkloadPolicy, policy_to_dict

SUPPORT_PATH = resource("policy", "support.json")
MAX_SURGE_REASON = 500


@cache
def support_resources() -> tuple[str, ...]:
    """The organisation's support offers (synthetic entries in resources/policy/support.json)."""
    data = json.loads(SUPPORT_PATH.read_text(encoding="utf-8"))
    return tuple(str(item) for item in data["resources"])


class WellbeingService(TeamMixin, SignalsMixin):
    def __init__(self, store: Store, clock: Clock, me: Responder | None, device_id: str,
                 cases: CaseService, sla_policy: SlaPolicy) -> None:
        self.store = store
        self.clock = clock
        self.me = me
        self.device_id = device_id
        self.cases = cases
        self.sla_policy = sla_policy

    @property
    def me_id(self) -> int | None:
        return self.me.id if self.me else None

    def _require(self, role: Role, what: str) -> Responder:
        if self.me is None or not self.me.has(role):
            raise ValidationError(f"Only {'an' if role is Role.ADMIN else 'a'} {role.value} may {what}.",
                                  field="role")
        return self.me

    def _require_lead(self, what: str) -> Responder:
        """A supervisor or an admin (team load is theirs to see; a responder sees only their own)."""
        if self.me is None or not (self.me.has(Role.SUPERVISOR) or self.me.has(Role.ADMIN)):
            raise ValidationError(f"Only a supervisor or an admin may {what}.", field="role")
        return self.me

    def _signed_in(self) -> int:
        if self.me is None:
            raise ValidationError("Sign in as a responder first.", field="responder")
        return self.me.id

    # ---- policy
    def policy(self) -> WorkloadPolicy:
        """The current workload policy (the bundled defaults until an admin stores a version)."""
        with self.store.read() as uow:
            return current_policy(uow)

    def policy_versions(self) -> list[int]:
        with self.store.read() as uow:
            return uow.wellbeing.policy_versions()

    def update_policy(self, new_policy: WorkloadPolicy) -> ChangeSet:
        """Admin only. Stores a NEW version (the defaults are kept as version 1 first)."""
        admin = self._require(Role.ADMIN, "change the workload policy")
        now = self.clock.now()
        with self.store.transaction() as uow:
            current = current_policy(uow)
            if not uow.wellbeing.policy_versions():
                uow.wellbeing.add_policy(current.version, policy_to_dict(current), now, None)
            stored = replace(new_policy, version=current.version + 1)
            old, new = policy_to_dict(current), policy_to_dict(stored)
            changed = sorted(k for k in new if k != "version" and new[k] != old[k])
            uow.wellbeing.add_policy(stored.version, new, now, admin.id)
            uow.audit.append(now, admin.id, "policy.updated", "policy", stored.version, None,
                             {"version": stored.version, "changed": changed})
            uow.outbox.add(self.device_id, "workload_policy", stored.version, current.version,
                           {"version": stored.version}, {"action": "policy.updated", **new}, now)
        return ChangeSet(entities=frozenset({"policy"}), audit=True)

    # ---- exposure ledger (the signed-in responder's own; never in the outbox)
    def _exposure(self, kind: ExposureKind, incident_id: int | None = None) -> ChangeSet:
        me = self._signed_in()
        now = self.clock.now()
        with self.store.transaction() as uow:
            uow.wellbeing.add_exposure(me, now, kind.value, incident_id)
            self._emit_signal(uow, now)  # content-free totals for the team (no event details)
        return ChangeSet(entities=frozenset({"exposure"}))

    def reveal(self, incident_id: int) -> ChangeSet:
        return self._exposure(ExposureKind.REVEAL, incident_id)

    def hide(self, incident_id: int) -> ChangeSet:
        return self._exposure(ExposureKind.HIDE, incident_id)

    def idle(self) -> ChangeSet:
        return self._exposure(ExposureKind.IDLE)

    def lock(self) -> ChangeSet:
        return self._exposure(ExposureKind.LOCK)

    def exposure_now(self) -> ExposureNow:
        now = self.clock.now()
        with self.store.read() as uow:
            policy = current_policy(uow)
            events = exposure_events(uow, self.me_id, now) if self.me_id is not None else []
            tz = zone_of(uow, self.me_id)
        intervals = exposure_intervals(events, now).get(self.me_id or -1, [])
        state = block_state(intervals, policy, now)
        revealed: list[int] = []
        for event in sorted(events, key=lambda e: e.at):
            if event.kind is ExposureKind.REVEAL and event.case_id is not None:
                revealed.append(event.case_id)
            elif event.kind in (ExposureKind.HIDE, ExposureKind.CLOSE) and event.case_id is not None:
                revealed = [i for i in revealed if i != event.case_id]
            else:
                revealed = []
        return ExposureNow(
            today_minutes=minutes_today(intervals, now, tz),
            week_minutes=minutes_this_week(intervals, now, tz),
            daily_limit=policy.daily_exposure_minutes, weekly_limit=policy.weekly_exposure_minutes,
            block_used_minutes=state.block_used_minutes, block_minutes=policy.exposure_block_minutes,
            break_due=state.break_due, break_until=state.break_ends_at,
            revealed_incident_ids=tuple(dict.fromkeys(revealed)),
        )

    # ---- check-ins (the responder's own; never in the outbox; audit without scores)
    def submit_checkin(self, answers: tuple[int, ...] | None, asked_for_support: bool) -> CheckInOutcome:
        me = self._signed_in()
        who5 = Who5(tuple(answers)) if answers is not None else None
        if who5 is None and not asked_for_support:
            raise ValidationError("Answer the five questions or ask for support.", field="answers")
        now = self.clock.now()
        with self.store.transaction() as uow:
            policy = current_policy(uow)
            checkin_id = uow.wellbeing.add_checkin(me, now, who5.answers if who5 else None,
                                                   asked_for_support)
            uow.audit.append(now, me, "checkin.recorded", "checkin", checkin_id, None, {})
            self._emit_signal(uow, now)  # when, and whether support was asked for: never answers
        return CheckInOutcome(
            raw_score=who5.raw if who5 else None,
            follow_up=bool(who5 and who5.needs_follow_up(policy)),
            support_resources=support_resources(),
            changes=ChangeSet(entities=frozenset({"checkin", SIGNAL_ENTITY}), audit=True),
        )

    def _since(self, uow: UnitOfWork) -> datetime:
        """When check-ins started counting: the caseload's first audit entry (else now)."""
        first = next(iter(uow.audit.iter_all()), None)
        return datetime.fromtimestamp(first[1], self.clock.now().tzinfo) if first else self.clock.now()

    def checkin_due(self) -> bool:
        """Whether the signed-in responder's check-in is due (a first one is due at once)."""
        if self.me_id is None:
            return False
        now = self.clock.now()
        with self.store.read() as uow:
            last = uow.wellbeing.last_checkin(self.me_id)
            status = checkin_status(last[0] if last else None, self._since(uow), current_policy(uow), now)
        return status.due

    def support_resources(self) -> tuple[str, ...]:
        return support_resources()

    def needs_debrief(self, case_id: int) -> bool:
        """Call after a resolve or close: True ONCE per case and signed-in responder, when the case
        is no longer open and severe enough to prompt a debrief (resolving and then closing the
        same case prompts only the first time). The record is the responder's own, like the
        exposure ledger: neither audited nor synced."""
        if self.me_id is None:
            return False
        with self.store.transaction() as uow:
            case = uow.cases.get(case_id)
            if case.status.is_open or not needs_debrief(case.severity, current_policy(uow)):
                return False
            return uow.wellbeing.take_debrief_prompt(case_id, self.me_id, self.clock.now())

    # ---- surges (team-level: audited and synced; individual limits stay in force)
    def declare_surge(self, region_code: str, starts_at: datetime, ends_at: datetime,
                      reason: str, roster: Sequence[int] = ()) -> ChangeSet:
        """`roster`: responders who cover `region_code` while the surge is active (the guard and the
        suggestions accept them for its cases; their individual limits stay in force)."""
        boss = self._require(Role.SUPERVISOR, "declare a surge")
        if ends_at <= starts_at:
            raise ValidationError("A surge must end after it starts.", field="ends_at")
        if not reason.strip() or len(reason) > MAX_SURGE_REASON:
            raise ValidationError(f"Give a reason (at most {MAX_SURGE_REASON} characters).", field="reason")
        now = self.clock.now()
        with self.store.transaction() as uow:
            if uow.reference.region(region_code) is None:
                raise ValidationError("That region is not known here.", field="region_code")
            surge_id = uow.wellbeing.add_surge(region_code, starts_at, ends_at, reason.strip(), boss.id, now)
            members = _roster(uow, roster)
            uow.wellbeing.add_surge_roster(surge_id, members)
            window = {"region": region_code, "starts_at": int(starts_at.timestamp()),
                      "ends_at": int(ends_at.timestamp()), "roster": list(members)}
            uow.audit.append(now, boss.id, "surge.declared", "surge", surge_id, None,
                             {"surge_id": surge_id, **window})
            uow.outbox.add(self.device_id, "surge", surge_id, 0, window,
                           {"action": "surge.declared", "reason": reason.strip()}, now)
        return ChangeSet(entities=frozenset({"surge"}), audit=True)

    def end_surge(self, surge_id: int) -> ChangeSet:
        boss = self._require(Role.SUPERVISOR, "end a surge")
        now = self.clock.now()
        with self.store.transaction() as uow:
            row = uow.wellbeing.end_surge(surge_id, now)
            uow.audit.append(now, boss.id, "surge.ended", "surge", surge_id, None,
                             {"surge_id": surge_id, "region": row[1]})
            uow.outbox.add(self.device_id, "surge", surge_id, 1, {"region": row[1]},
                           {"action": "surge.ended", "ended_at": int(now.timestamp())}, now)
        return ChangeSet(entities=frozenset({"surge"}), audit=True)

    def surges(self) -> list[Surge]:
        now = self.clock.now()
        with self.store.read() as uow:
            return [Surge(i, region, start, end, why, active(start, end, ended, now),
                          tuple(uow.wellbeing.surge_roster(i)))
                    for i, region, start, end, why, ended in uow.wellbeing.surges()]

def _roster(uow: UnitOfWork, roster: Sequence[int]) -> tuple[int, ...]:
    members = tuple(dict.fromkeys(int(r) for r in roster))
    for rid in members:
        if uow.reference.responder(rid) is None:
            raise ValidationError("A responder on the surge roster is not known here.", field="roster")
    return members
