"""Deadline words that tell the truth, per step: "answered 30 min late", "met", "due in 40 min",
"breached 2 h ago"; a triaged case never reads "Not triaged yet"; the queue's Due column says the
same words."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from hrdcase.models.enums import CaseStatus, IncidentCategory, Priority
from hrdcase.models.queue import QueueRow
from hrdcase.models.sla import BreachState
from hrdcase.services.sla_policy import default_sla_policy
from hrdcase.ui.case.triage_text import reasons_text, step_text
from hrdcase.ui.queue.due import due_text

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
DUE = NOW + timedelta(minutes=40)


@pytest.mark.parametrize(("state", "due", "done", "is_open", "expected"), [
    (BreachState.OK, NOW + timedelta(hours=5), None, True, "Due in 5 h 0 min"),
    (BreachState.WARNING, DUE, None, True, "⚠ Due in 40 min"),
    (BreachState.BREACHED, NOW - timedelta(hours=2), None, True, "⚠ Breached 2 h 0 min ago"),
    (BreachState.BREACHED, NOW - timedelta(days=197, hours=2), NOW - timedelta(days=197, hours=1, minutes=30),
     True, "⚠ Answered 30 min late"),
    (BreachState.MET, DUE, NOW - timedelta(minutes=5), True, "✓ Met: answered 45 min before the deadline"),
    (BreachState.NONE, None, None, True, "No deadline set"),
])
def test_first_response_step_words(qapp, state, due, done, is_open, expected):
    assert step_text(state, due, NOW, done_at=done, is_open=is_open) == expected


def test_a_late_answer_never_reads_breached_ago(qapp):
    text = step_text(BreachState.BREACHED, NOW - timedelta(days=3), NOW, done_at=NOW - timedelta(days=2))
    assert "ago" not in text and "BREACHED" not in text.upper().replace("ANSWERED", "")
    assert text == "⚠ Answered 1 d 0 h late"


def test_a_closed_case_says_the_clock_stopped(qapp):
    text = step_text(BreachState.MET, NOW - timedelta(days=1), NOW, is_open=False)
    assert text == "✓ Clock stopped: the case is no longer open"
    unanswered = step_text(BreachState.BREACHED, NOW - timedelta(days=1), NOW, is_open=False)
    assert unanswered == "No first response was recorded before the case closed"


@pytest.mark.parametrize(("status", "reasons", "expected"), [
    (CaseStatus.NEW, (), "Not triaged yet: the priority was set at intake."),
    (CaseStatus.TRIAGED, (), "Triaged by a status change: the priority was set at intake or by hand, "
                             "not by the triage rules."),
    (CaseStatus.IN_PROGRESS, (), "Triaged by a status change: the priority was set at intake or by "
                                 "hand, not by the triage rules."),
    (CaseStatus.TRIAGED, (("surge", "true"),), "• The region is in surge mode: one step more urgent."),
])
def test_reasons_never_say_not_triaged_for_a_triaged_case(qapp, status, reasons, expected):
    assert reasons_text(reasons, status) == expected


def test_queue_due_words(qapp):
    policy = default_sla_policy()
    row = QueueRow(1, "C-1", "Synthetic", CaseStatus.NEW, Priority.P1, IncidentCategory.DOXXING, "KE",
                   "en", "", "", NOW, NOW)
    assert due_text(replace(row, breach_at=DUE), NOW, policy) == "due in 40 min"
    assert due_text(replace(row, breach_at=NOW - timedelta(hours=2)), NOW, policy) == "breached 2 h 0 min ago"
    assert due_text(replace(row, breach_at=None), NOW, policy) == ""
    assert due_text(replace(row, breach_at=NOW - timedelta(days=144, hours=5)), NOW,
                    policy) == "breached 144 d ago"
