"""WHO-5 scoring, check-in cadence, debrief prompts, and the supervisor view that carries no answers."""

from __future__ import annotations

from dataclasses import asdict, fields
from datetime import UTC, datetime, timedelta

import pytest

from hrdcase.errors import ValidationError
from hrdcase.models.enums import Severity
from hrdcase.wellbeing.checkins import (
    CheckIn,
    SupervisorView,
    Who5,
    checkin_status,
    needs_debrief,
    supervisor_view,
)
from hrdcase.wellbeing.policy import load_policy

POLICY = load_policy()
START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("answers", "raw", "percent", "follow_up"),
    [
        ((0, 0, 0, 0, 0), 0, 0, True),
        ((3, 3, 2, 2, 2), 12, 48, True),  # just below the threshold
        ((3, 3, 3, 2, 2), 13, 52, False),  # at the threshold: no follow-up
        ((5, 5, 5, 5, 5), 25, 100, False),
    ],
)
def test_who5_scoring_boundaries(answers: tuple[int, ...], raw: int, percent: int, follow_up: bool) -> None:
    who5 = Who5(answers)
    assert (who5.raw, who5.percentage, who5.needs_follow_up(POLICY)) == (raw, percent, follow_up)


@pytest.mark.parametrize("answers", [(1, 2, 3, 4), (1, 2, 3, 4, 5, 0), (0, 0, 0, 0, 6), (0, 0, 0, 0, -1),
                                     (0, 0, 0, 0, 2.5), (0, 0, 0, 0, True)])
def test_who5_refuses_malformed_answers(answers: tuple) -> None:
    with pytest.raises(ValidationError) as err:
        Who5(answers)
    assert err.value.field == "answers"


def test_cadence_due_and_overdue() -> None:
    last = START
    week = timedelta(days=POLICY.checkin_cadence_days)
    grace = timedelta(days=POLICY.checkin_grace_days)
    assert not checkin_status(last, START, POLICY, last + week - timedelta(minutes=1)).due
    status = checkin_status(last, START, POLICY, last + week)
    assert status.due and not status.overdue
    assert checkin_status(last, START, POLICY, last + week + grace).overdue
    first = checkin_status(None, START, POLICY, START)
    assert first.due and not first.overdue  # a new responder is asked at once, overdue after grace


SECRET_ANSWERS = (1, 0, 2, 1, 0)  # raw 4: a follow-up the supervisor must not learn of


def test_supervisor_view_carries_only_overdue_and_support() -> None:
    assert [f.name for f in fields(SupervisorView)] == ["overdue", "asked_for_support"]
    record = CheckIn(3, START, Who5(SECRET_ANSWERS), asked_for_support=True, note="slept badly")
    view = supervisor_view(record, START, POLICY, START + timedelta(days=1))
    assert view == SupervisorView(overdue=False, asked_for_support=True)
    carried = asdict(view)
    assert set(carried) == {"overdue", "asked_for_support"}
    assert all(type(v) is bool for v in carried.values())
    assert "slept" not in repr(view) and "answers" not in repr(view) and "who5" not in repr(view)


def test_supervisor_sees_overdue_but_not_why() -> None:
    quiet = CheckIn(3, START, Who5(SECRET_ANSWERS))
    late = START + timedelta(days=POLICY.checkin_cadence_days + POLICY.checkin_grace_days)
    assert supervisor_view(quiet, START, POLICY, late) == SupervisorView(True, asked_for_support=False)
    assert supervisor_view(None, START, POLICY, START) == SupervisorView(False, asked_for_support=False)


def test_debrief_after_a_severe_case() -> None:
    assert needs_debrief(Severity.SEVERE, POLICY) and needs_debrief(Severity.CRITICAL, POLICY)
    assert not needs_debrief(Severity.MODERATE, POLICY) and not needs_debrief(Severity.LOW, POLICY)
