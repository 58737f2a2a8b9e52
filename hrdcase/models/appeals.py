"""Appeals against decisions: DSA Art. 20 (internal complaint handling) and Art. 21 (out-of-court
dispute settlement). Pure rules; the service calls each one again before it writes.

Policy (numbers an admin may later make editable; each is cited):
- `APPEAL_WINDOW`: Art. 20(1) keeps complaints open "for a period of at least six months" after
  the decision. The window starts at the moment the decision was recorded (`decided_at`), and
  filing at exactly six months is still in time.
- `REVIEW_DAYS`: Art. 20(4) asks for decisions "in a timely … manner" without a number; 14 days is
  our service level for the review, counted from filing.
- `ODS_DAYS` / `ODS_COMPLEX_DAYS`: Art. 21(4): a dispute settlement body decides within 90 days,
  extendable to 180 days for highly complex disputes.
- Four-eyes: Art. 20(6) requires that complaint decisions are "taken under the supervision of
  appropriately qualified staff, and not solely on the basis of automated means". The reviewer is
  never the original decider and must be a signed-in person.
- A reversal and a partial reversal both reopen a resolved or closed case: either way part of the
  original decision must be undone (content or account restored), which is case work.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from dateutil.relativedelta import relativedelta

from hrdcase.errors import ValidationError
from hrdcase.models.decisions import Decision
from hrdcase.models.enums import AppealOutcome, AppealStatus, CaseStatus
from hrdcase.models.workflow import check_transition

APPEAL_WINDOW = relativedelta(months=6)
REVIEW_DAYS = 14
ODS_DAYS = 90
ODS_COMPLEX_DAYS = 180
REASONS_MAX = 5000
GROUNDS_MAX = 5000

FOUR_EYES = "Four-eyes: the original decider cannot review this appeal."
REOPENING_OUTCOMES = frozenset({AppealOutcome.REVERSED, AppealOutcome.PARTIALLY_REVERSED})


@dataclass(frozen=True, slots=True)
class Appeal:
    id: int
    case_id: int
    decision_id: int
    filed_at: datetime
    deadline: datetime  # the internal review's deadline
    status: AppealStatus = AppealStatus.FILED
    grounds: str = ""
    filed_by: int | None = None
    reviewer_id: int | None = None
    outcome: AppealOutcome | None = None
    statement_of_reasons: str = ""
    decided_by: int | None = None
    decided_at: datetime | None = None
    ods_escalated_at: datetime | None = None
    ods_complex: bool = False
    ods_deadline: datetime | None = None


def window_closes(decision: Decision) -> datetime:
    return decision.decided_at + APPEAL_WINDOW


def review_deadline(filed_at: datetime) -> datetime:
    return filed_at + relativedelta(days=REVIEW_DAYS)


def ods_deadline(escalated_at: datetime, complex_dispute: bool) -> datetime:
    return escalated_at + relativedelta(days=ODS_COMPLEX_DAYS if complex_dispute else ODS_DAYS)


def check_filing(decision: Decision, now: datetime, grounds: str = "") -> None:
    """An appeal may be filed from the decision until six months after it, inclusive."""
    if now < decision.decided_at:
        raise ValidationError("An appeal cannot be filed before the decision was taken.")
    closes = window_closes(decision)
    if now > closes:
        raise ValidationError(
            f"The appeal window closed on {closes:%Y-%m-%d %H:%M} UTC, six months after the "
            "decision; it can no longer be appealed here.")
    if len(grounds) > GROUNDS_MAX:
        raise ValidationError(f"The grounds are {len(grounds)} characters; the limit is "
                              f"{GROUNDS_MAX}.", field="grounds")


def check_reviewer(decision: Decision, reviewer_id: int | None) -> int:
    """Four-eyes: a person other than the original decider reviews. Returns the reviewer's id."""
    if reviewer_id is None:
        raise ValidationError("Choose a person to review the appeal; it is not decided "
                              "automatically.", field="reviewer")
    if decision.decided_by is not None and reviewer_id == decision.decided_by:
        raise ValidationError(FOUR_EYES, field="reviewer")
    return reviewer_id


def check_assignable(appeal: Appeal) -> None:
    if appeal.status not in (AppealStatus.FILED, AppealStatus.UNDER_REVIEW):
        raise ValidationError(f"This appeal is {appeal.status.value}; its reviewer can no longer "
                              "change.", field="reviewer")


def check_decision_by(appeal: Appeal, decision: Decision, actor_id: int | None) -> None:
    """Only the assigned reviewer, a signed-in person who is not the decider, decides."""
    if appeal.status != AppealStatus.UNDER_REVIEW:
        if appeal.reviewer_id is None:
            raise ValidationError("Assign a reviewer before the appeal is decided.",
                                  field="reviewer")
        raise ValidationError(f"This appeal is {appeal.status.value}; it cannot be decided again.")
    if actor_id is None:
        raise ValidationError("An appeal is decided by a signed-in person, never solely by "
                              "automated means.")
    if decision.decided_by is not None and actor_id == decision.decided_by:
        raise ValidationError(FOUR_EYES)
    if actor_id != appeal.reviewer_id:
        raise ValidationError("Only the assigned reviewer can decide this appeal.")
    check_reviewer(decision, appeal.reviewer_id)


def check_outcome(outcome: AppealOutcome | None, reasons: str) -> None:
    if outcome is None:
        raise ValidationError("Choose an outcome: upheld, partially reversed or reversed.",
                              field="outcome")
    if not reasons.strip():
        raise ValidationError("Give a statement of reasons for the outcome.",
                              field="statement_of_reasons")
    if len(reasons) > REASONS_MAX:
        raise ValidationError(f"The statement of reasons is {len(reasons)} characters; the limit "
                              f"is {REASONS_MAX}.", field="statement_of_reasons")


def reopen_target(outcome: AppealOutcome, status: CaseStatus) -> CaseStatus | None:
    """The status a case moves to after this outcome: in progress when a (partial) reversal meets a
    resolved or closed case; None when the case stays as it is."""
    if outcome not in REOPENING_OUTCOMES or status.is_open:
        return None
    check_transition(status, CaseStatus.IN_PROGRESS)
    return CaseStatus.IN_PROGRESS


def check_escalation(appeal: Appeal, now: datetime) -> None:
    """Art. 21(1) lets the recipient choose a dispute settlement body, including for complaints the
    internal system has not resolved. Here: once the internal review decided, or once its deadline
    passed undecided; once per appeal."""
    if appeal.status == AppealStatus.ESCALATED_ODS:
        raise ValidationError("This appeal is already with a dispute settlement body.")
    if appeal.status != AppealStatus.DECIDED and now <= appeal.deadline:
        raise ValidationError(
            "Escalate once the internal review has decided, or after its deadline "
            f"({appeal.deadline:%Y-%m-%d} UTC) passes undecided.")
