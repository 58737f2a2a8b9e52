"""Case status transitions, checked against the workflow as DOMAIN.md states it (not against ALLOWED)."""

from __future__ import annotations

import itertools
import re

import pytest

from hrdcase.errors import ValidationError
from hrdcase.models.enums import CaseStatus as S
from hrdcase.models.workflow import allowed_targets, check_transition, is_reopening

# new → triaged → in progress ⇄ waiting on HRD → resolved → closed; escalated from any open state
# (and back to work); reopen from resolved or closed.
SPEC: set[tuple[S, S]] = {
    (S.NEW, S.TRIAGED),
    (S.TRIAGED, S.IN_PROGRESS),
    (S.IN_PROGRESS, S.WAITING_ON_HRD),
    (S.WAITING_ON_HRD, S.IN_PROGRESS),
    (S.IN_PROGRESS, S.RESOLVED),
    (S.WAITING_ON_HRD, S.RESOLVED),
    (S.RESOLVED, S.CLOSED),
    (S.NEW, S.ESCALATED),
    (S.TRIAGED, S.ESCALATED),
    (S.IN_PROGRESS, S.ESCALATED),
    (S.WAITING_ON_HRD, S.ESCALATED),
    (S.ESCALATED, S.IN_PROGRESS),
    (S.ESCALATED, S.WAITING_ON_HRD),
    (S.ESCALATED, S.RESOLVED),
    (S.RESOLVED, S.IN_PROGRESS),  # reopen
    (S.CLOSED, S.IN_PROGRESS),  # reopen
}
ALL_PAIRS = list(itertools.product(S, S))
LEGAL = sorted(SPEC)
ILLEGAL = sorted(set(ALL_PAIRS) - SPEC)


@pytest.mark.parametrize(("current", "target"), LEGAL, ids=lambda s: s.value)
def test_every_legal_transition_is_accepted(current: S, target: S) -> None:
    check_transition(current, target)
    assert target in allowed_targets(current)


@pytest.mark.parametrize(("current", "target"), ILLEGAL, ids=lambda s: s.value)
def test_every_illegal_transition_is_refused_naming_the_allowed_targets(
    current: S, target: S
) -> None:
    with pytest.raises(ValidationError) as info:
        check_transition(current, target)
    assert info.value.field == "status"
    message = str(info.value)
    assert current.value in message
    if current != target:
        assert target.value in message
        allowed = {t for (c, t) in SPEC if c == current}
        listed = set(re.search(r"allowed: (.*)\.$", message).group(1).split(", "))
        assert listed == {t.value for t in allowed}
    else:
        assert "already" in message


def test_allowed_targets_match_the_spec_for_every_status() -> None:
    for current in S:
        assert allowed_targets(current) == {t for (c, t) in SPEC if c == current}


def test_escalation_is_possible_from_every_open_state_and_no_closed_one() -> None:
    for current in S:
        if current is S.ESCALATED:
            continue
        assert (S.ESCALATED in allowed_targets(current)) == current.is_open


def test_reopen_from_closed_and_resolved() -> None:
    check_transition(S.CLOSED, S.IN_PROGRESS)
    check_transition(S.RESOLVED, S.IN_PROGRESS)
    assert is_reopening(S.CLOSED, S.IN_PROGRESS)
    assert is_reopening(S.RESOLVED, S.IN_PROGRESS)
    reopenings = [pair for pair in ALL_PAIRS if is_reopening(*pair)]
    assert sorted(reopenings) == sorted([(S.CLOSED, S.IN_PROGRESS), (S.RESOLVED, S.IN_PROGRESS)])


def test_closed_cannot_jump_straight_to_new_or_resolved() -> None:
    for target in (S.NEW, S.TRIAGED, S.RESOLVED, S.ESCALATED, S.WAITING_ON_HRD):
        with pytest.raises(ValidationError, match="allowed: in_progress"):
            check_transition(S.CLOSED, target)
