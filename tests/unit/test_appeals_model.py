"""Decisions (statement of reasons) and appeals: the pure rules."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from hrdcase.errors import ValidationError
from hrdcase.models.appeals import (
    FOUR_EYES,
    Appeal,
    check_decision_by,
    check_escalation,
    check_filing,
    check_outcome,
    check_reviewer,
    ods_deadline,
    reopen_target,
    review_deadline,
    window_closes,
)
from hrdcase.models.decisions import (
    FACTS_MAX,
    AutomatedDecision,
    ContentType,
    Decision,
    DecisionAccount,
    DecisionGround,
    DecisionVisibility,
    SourceType,
    StatementOfReasons,
)
from hrdcase.models.enums import AppealOutcome, AppealStatus, CaseStatus, DsaCategory

DECIDED = datetime(2026, 1, 31, 12, 0, tzinfo=UTC)
TODAY = date(2026, 2, 1)
DECIDER, REVIEWER = 1, 2


def sor(**changes) -> StatementOfReasons:
    base = StatementOfReasons(
        decision_ground=DecisionGround.INCOMPATIBLE_CONTENT,
        ground_reference="Community guidelines 4.2",
        content_type=ContentType.TEXT,
        category=DsaCategory.CYBER_VIOLENCE,
        content_date=date(2026, 1, 20),
        application_date=date(2026, 1, 31),
        decision_facts="Synthetic facts: the post repeated an invented slur.",
        source_type=SourceType.TRUSTED_FLAGGER,
        automated_detection=False,
        automated_decision=AutomatedDecision.NOT_AUTOMATED,
        puid="post-123",
        decision_visibility=DecisionVisibility.REMOVED,
    )
    return replace(base, **changes)


def decision(decided_by: int | None = DECIDER) -> Decision:
    return Decision(7, 3, decided_by, DECIDED, "policy 1.0", sor())


def appeal(**changes) -> Appeal:
    base = Appeal(9, 3, 7, DECIDED, review_deadline(DECIDED), AppealStatus.UNDER_REVIEW,
                  reviewer_id=REVIEWER)
    return replace(base, **changes)


def refused(fn, *args, match: str) -> ValidationError:
    with pytest.raises(ValidationError, match=match) as info:
        fn(*args)
    return info.value


# ---- statement of reasons
def test_a_complete_statement_of_reasons_is_accepted():
    sor().validate(TODAY)
    assert sor().decision_fields() == ("decision_visibility",)


def test_facts_over_5000_characters_are_refused_at_5001_not_5000():
    sor(decision_facts="x" * FACTS_MAX).validate(TODAY)
    err = refused(sor(decision_facts="x" * (FACTS_MAX + 1)).validate, TODAY,
                  match="5001 characters; the limit is 5000")
    assert err.field == "decision_facts"


def test_a_decision_without_any_decision_field_is_refused():
    err = refused(sor(decision_visibility=None).validate, TODAY, match="at least one restriction")
    assert err.field == "decision_visibility"
    sor(decision_visibility=None, decision_account=DecisionAccount.SUSPENDED).validate(TODAY)


@pytest.mark.parametrize(("changes", "field", "match"), [
    ({"decision_facts": "  "}, "decision_facts", "facts and circumstances"),
    ({"puid": ""}, "puid", "puid"),
    ({"puid": "post 123"}, "puid", "spaces"),
    ({"ground_reference": ""}, "ground_reference", "law or the terms"),
    ({"content_date": date(2026, 2, 1)}, "application_date", "before the content"),
    ({"application_date": date(2026, 2, 2), "content_date": date(2026, 1, 1)},
     "application_date", "future"),
    ({"decision_visibility": DecisionVisibility.OTHER}, "decision_visibility_other", "other"),
])
def test_statement_of_reasons_rules(changes, field, match):
    assert refused(sor(**changes).validate, TODAY, match=match).field == field


# ---- the appeal window (Art. 20(1): at least six months)
def test_window_is_open_at_exactly_six_months_and_closed_a_second_later():
    closes = window_closes(decision())
    assert closes == datetime(2026, 7, 31, 12, 0, tzinfo=UTC)
    check_filing(decision(), DECIDED)
    check_filing(decision(), closes)
    refused(check_filing, decision(), closes + timedelta(seconds=1),
            match="appeal window closed on 2026-07-31")


def test_six_months_from_31_august_ends_on_28_february():
    d = replace(decision(), decided_at=datetime(2025, 8, 31, tzinfo=UTC))
    assert window_closes(d) == datetime(2026, 2, 28, tzinfo=UTC)


def test_filing_before_the_decision_is_refused():
    refused(check_filing, decision(), DECIDED - timedelta(minutes=1), match="before the decision")


def test_review_deadline_is_14_days_after_filing():
    assert review_deadline(DECIDED) == DECIDED + timedelta(days=14)


# ---- four-eyes (Art. 20(6))
def test_the_decider_cannot_be_the_reviewer():
    err = refused(check_reviewer, decision(), DECIDER, match="original decider cannot review")
    assert str(err) == FOUR_EYES and err.field == "reviewer"
    check_reviewer(decision(), REVIEWER)


def test_a_reviewer_is_a_person():
    refused(check_reviewer, decision(), None, match="not decided automatically")


def test_the_decider_cannot_decide_the_appeal_even_if_assigned_by_a_forged_row():
    forged = appeal(reviewer_id=DECIDER)
    refused(check_decision_by, forged, decision(), DECIDER, match="original decider")


def test_only_the_assigned_reviewer_decides():
    refused(check_decision_by, appeal(), decision(), 3, match="Only the assigned reviewer")
    check_decision_by(appeal(), decision(), REVIEWER)


def test_no_reviewer_means_no_decision():
    pending = appeal(status=AppealStatus.FILED, reviewer_id=None)
    refused(check_decision_by, pending, decision(), REVIEWER, match="Assign a reviewer")


def test_not_solely_automated():
    refused(check_decision_by, appeal(), decision(), None, match="never solely by automated")


def test_a_decided_appeal_cannot_be_decided_again():
    refused(check_decision_by, appeal(status=AppealStatus.DECIDED), decision(), REVIEWER,
            match="cannot be decided again")


# ---- outcome
def test_outcome_requires_a_statement_of_reasons():
    err = refused(check_outcome, AppealOutcome.UPHELD, "   ", match="statement of reasons")
    assert err.field == "statement_of_reasons"
    refused(check_outcome, None, "Because.", match="Choose an outcome")
    check_outcome(AppealOutcome.UPHELD, "The restriction followed the guideline.")


@pytest.mark.parametrize(("outcome", "status", "target"), [
    (AppealOutcome.REVERSED, CaseStatus.CLOSED, CaseStatus.IN_PROGRESS),
    (AppealOutcome.PARTIALLY_REVERSED, CaseStatus.RESOLVED, CaseStatus.IN_PROGRESS),
    (AppealOutcome.UPHELD, CaseStatus.CLOSED, None),
    (AppealOutcome.REVERSED, CaseStatus.IN_PROGRESS, None),
])
def test_reversal_reopens_a_finished_case(outcome, status, target):
    assert reopen_target(outcome, status) == target


# ---- out-of-court dispute settlement (Art. 21(4))
def test_ods_deadline_is_90_days_or_180_when_complex():
    assert ods_deadline(DECIDED, False) == datetime(2026, 5, 1, 12, 0, tzinfo=UTC)
    assert ods_deadline(DECIDED, True) == datetime(2026, 7, 30, 12, 0, tzinfo=UTC)


def test_escalation_after_decision_or_overdue_review_only_once():
    refused(check_escalation, appeal(), DECIDED, match="once the internal review has decided")
    check_escalation(appeal(), appeal().deadline + timedelta(seconds=1))
    check_escalation(appeal(status=AppealStatus.DECIDED), DECIDED)
    refused(check_escalation, appeal(status=AppealStatus.ESCALATED_ODS), DECIDED,
            match="already with a dispute settlement body")
