"""The one deadline rule (`models.sla.deadline_state`): each priority's `warning_before` in the SLA
policy decides "near breach"; every surface calls it (tests/integration/test_deadline_rule.py,
tests/ui/test_deadline_rule.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from dateutil.relativedelta import relativedelta

from hrdcase.models.enums import CaseStatus, Priority
from hrdcase.models.sla import BreachState, deadline_state, next_deadline_state
from hrdcase.services.sla_policy import default_sla_policy

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


def test_the_rule_is_each_prioritys_warning_before() -> None:
    policy = default_sla_policy()
    assert policy.targets[Priority.P1].warning_before == relativedelta(minutes=30)
    assert policy.targets[Priority.P2].warning_before == relativedelta(hours=2)
    in_90 = NOW + timedelta(minutes=90)
    assert deadline_state(in_90, Priority.P1, policy, NOW) == BreachState.OK
    assert deadline_state(in_90, Priority.P2, policy, NOW) == BreachState.WARNING
    assert deadline_state(NOW + timedelta(minutes=30), Priority.P1, policy, NOW) == BreachState.WARNING
    assert deadline_state(NOW, Priority.P1, policy, NOW) == BreachState.WARNING  # due now: not yet late
    assert deadline_state(NOW - timedelta(seconds=1), Priority.P1, policy, NOW) == BreachState.BREACHED
    assert deadline_state(None, Priority.P1, policy, NOW) == BreachState.NONE
    assert deadline_state(in_90, Priority.P1, policy, NOW, done_at=NOW) == BreachState.MET
    # a closed case's next deadline is not running: no state, however late it was
    late = NOW - timedelta(hours=4)
    assert next_deadline_state(late, CaseStatus.RESOLVED, Priority.P1, policy, NOW) == BreachState.NONE
    assert next_deadline_state(late, CaseStatus.IN_PROGRESS, Priority.P1, policy, NOW) == \
        BreachState.BREACHED
