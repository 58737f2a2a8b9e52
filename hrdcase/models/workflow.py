"""Case status transitions: pure rules.

new → triaged → in progress ⇄ waiting on HRD → resolved → closed; escalated from any open state;
reopen from resolved or closed.
"""

from __future__ import annotations

from hrdcase.errors import ValidationError
from hrdcase.models.enums import CaseStatus as S

_OPEN_TARGETS_OF_ESCALATION = frozenset({S.IN_PROGRESS, S.WAITING_ON_HRD, S.RESOLVED})

ALLOWED: dict[S, frozenset[S]] = {
    S.NEW: frozenset({S.TRIAGED, S.ESCALATED}),
    S.TRIAGED: frozenset({S.IN_PROGRESS, S.ESCALATED}),
    S.IN_PROGRESS: frozenset({S.WAITING_ON_HRD, S.RESOLVED, S.ESCALATED}),
    S.WAITING_ON_HRD: frozenset({S.IN_PROGRESS, S.RESOLVED, S.ESCALATED}),
    S.ESCALATED: _OPEN_TARGETS_OF_ESCALATION,
    S.RESOLVED: frozenset({S.CLOSED, S.IN_PROGRESS}),
    S.CLOSED: frozenset({S.IN_PROGRESS}),  # reopen
}

REOPENING = frozenset({(S.RESOLVED, S.IN_PROGRESS), (S.CLOSED, S.IN_PROGRESS)})


def allowed_targets(current: S) -> frozenset[S]:
    return ALLOWED[current]


def check_transition(current: S, target: S) -> None:
    """Raise `ValidationError` with a clear message unless `current → target` is legal."""
    if target == current:
        raise ValidationError(f"The case is already {current.value}.", field="status")
    if target not in ALLOWED[current]:
        allowed = ", ".join(sorted(t.value for t in ALLOWED[current]))
        raise ValidationError(
            f"A case cannot go from {current.value} to {target.value}; allowed: {allowed}.",
            field="status",
        )


def is_reopening(current: S, target: S) -> bool:
    return (current, target) in REOPENING
