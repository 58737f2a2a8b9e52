"""A small stand-in for `Session.wellbeing` that records every call (the UI tests' fake), and
synthetic overview rows."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from hrdcase.errors import ValidationError
from hrdcase.models.changes import ChangeSet
from hrdcase.models.enums import Role
from hrdcase.services.wellbeing_api import (
    CheckInOutcome,
    ExposureNow,
    ExposureSource,
    PlannedMove,
    RebalanceReview,
    ResponderOverview,
    StillOver,
    Surge,
)
from hrdcase.wellbeing.limits import Limit
from hrdcase.wellbeing.reasons import Reason, Why

NOW = datetime(2026, 5, 4, 10, 0, tzinfo=UTC)


def overview(rid: int, name: str, open_cases: int, today: float, *, overdue: bool = False,
             support: bool = False, p1: int = 0, source: ExposureSource = ExposureSource.REPORTED,
             as_of: datetime | None = NOW - timedelta(minutes=25)) -> ResponderOverview:
    over = tuple(limit for limit, bad in ((Limit.OPEN_CASES, open_cases > 12),
                                          (Limit.CONCURRENT_P1, p1 > 2),
                                          (Limit.DAILY_EXPOSURE, today > 300)) if bad)
    return ResponderOverview(
        responder_id=rid, name=name, role=Role.RESPONDER, open_cases=open_cases, p1_cases=p1,
        near_breach=1, exposure_today_minutes=today, exposure_week_minutes=today * 3,
        max_open_cases=12, max_concurrent_p1=2, daily_exposure_minutes=300,
        weekly_exposure_minutes=1200, checkin_overdue=overdue, asked_for_support=support,
        over_limits=over, exposure_source=source,
        exposure_as_of=as_of if source is ExposureSource.REPORTED else None)


TEAM = (
    overview(1, "Ana Synthetic", 15, 320.0, p1=3, source=ExposureSource.LIVE),
    overview(2, "Bruno Placeholder", 6, 45.0, overdue=True),
    overview(3, "Chidi Example", 9, 120.0, support=True),
)


def move(case_id: int, to_id: int = 2, to_name: str = "Bruno Placeholder") -> PlannedMove:
    return PlannedMove(case_id, f"HRD-2026-{case_id:04d}", f"Synthetic case {case_id}", 1,
                       "Ana Synthetic", to_id, to_name,
                       (Reason.of(Why.RELIEVES_OPEN, giver=1), Reason.of(Why.READS_LANGUAGE, language="en")))


class FakeWellbeing:
    def __init__(self) -> None:
        self.calls: list[tuple] = []
        self.refuse_apply: str | None = None
        self.follow_up = False
        self.exposure = ExposureNow(70.0, 200.0, 300, 1200, 50.0, 60, False, None, ())
        self.surge_list: list[Surge] = []

    def team_overview(self) -> list[ResponderOverview]:
        self.calls.append(("team_overview",))
        return list(TEAM)

    def propose_rebalance(self) -> RebalanceReview:
        self.calls.append(("propose_rebalance",))
        return RebalanceReview((move(11), move(12, 3, "Chidi Example")),
                               (StillOver(1, "Ana Synthetic", Limit.CONCURRENT_P1, 1,
                                          Reason.of(Why.NO_RECEIVER, over=1)),),
                               1)

    def apply_rebalance(self, moves) -> ChangeSet:
        self.calls.append(("apply_rebalance", tuple(moves)))
        if self.refuse_apply:
            raise ValidationError(self.refuse_apply, field="assignee")
        return ChangeSet(cases=frozenset(m.case_id for m in moves), audit=True)

    def submit_checkin(self, answers, asked_for_support) -> CheckInOutcome:
        self.calls.append(("submit_checkin", answers, asked_for_support))
        return CheckInOutcome(sum(answers) if answers else None, self.follow_up,
                              ("Confidential counselling line (synthetic)",
                               "Peer support circle, Thursdays (synthetic)"),
                              ChangeSet(entities=frozenset({"checkin"}), audit=True))

    def checkin_due(self) -> bool:
        return True

    def reveal(self, incident_id: int) -> ChangeSet:
        self.calls.append(("reveal", incident_id))
        return ChangeSet(entities=frozenset({"exposure"}))

    def hide(self, incident_id: int) -> ChangeSet:
        self.calls.append(("hide", incident_id))
        return ChangeSet(entities=frozenset({"exposure"}))

    def idle(self) -> ChangeSet:
        self.calls.append(("idle",))
        return ChangeSet(entities=frozenset({"exposure"}))

    def report_exposure(self) -> ChangeSet:
        self.calls.append(("report_exposure",))
        return ChangeSet()

    def lock(self) -> ChangeSet:
        self.calls.append(("lock",))
        return ChangeSet(entities=frozenset({"exposure"}))

    def exposure_now(self) -> ExposureNow:
        self.calls.append(("exposure_now",))
        return self.exposure

    def declare_surge(self, region_code, starts_at, ends_at, reason, roster=()) -> ChangeSet:
        self.calls.append(("declare_surge", region_code, starts_at, ends_at, reason, tuple(roster)))
        self.surge_list.append(Surge(len(self.surge_list) + 1, region_code, starts_at, ends_at,
                                     reason, True, tuple(roster)))
        return ChangeSet(entities=frozenset({"surge"}), audit=True)

    def end_surge(self, surge_id: int) -> ChangeSet:
        self.calls.append(("end_surge", surge_id))
        self.surge_list = [replace(s, active=s.active and s.id != surge_id) for s in self.surge_list]
        return ChangeSet(entities=frozenset({"surge"}), audit=True)

    def surges(self) -> list[Surge]:
        return list(self.surge_list)

    def named(self, name: str) -> list[tuple]:
        return [c for c in self.calls if c[0] == name]


def break_due_now() -> ExposureNow:
    return ExposureNow(130.0, 400.0, 300, 1200, 61.0, 60, True, NOW + timedelta(minutes=15), ())


class FakeSession:
    """Just enough of a session for screens that talk only to `session.wellbeing`."""

    def __init__(self, wellbeing: FakeWellbeing) -> None:
        from hrdcase.models.clock import FixedClock

        self.wellbeing = wellbeing
        self.clock = FixedClock(NOW)
        self.closed = True  # nothing to close
