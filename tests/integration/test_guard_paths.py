"""Every path that adds load or exposure to a person passes the one assignment guard in its
transaction (issue 10): a priority edit, a re-triage, an appeal reversal that reopens a case, a
graphic incident or graphic evidence on an assigned case. Each refusal lists the breached limits and
stores nothing; a supervisor's override with a written reason is stored and audited, as for a manual
assign. A change only answers for the limits it newly breaks: a priority edit is not refused because
the person is over the open-case limit already (by an earlier override)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from hrdcase.demo.evidence import synthetic_png
from hrdcase.errors import ValidationError
from hrdcase.models.clock import FixedClock
from hrdcase.models.enums import (
    AppealOutcome,
    CaseStatus,
    IncidentCategory,
    Priority,
    Severity,
)
from hrdcase.services.session import Session
from tests.integration.test_wellbeing_limits import (
    REASON,
    fill,
    override_audits,
    overrides,
    version,
)
from tests.integration.wellbeing_world import World, draft, make_world
from tests.unit.test_appeals_model import sor

P1_REFUSAL = "would hold 2 P1 cases at once; the limit is 1"
CUTOFF_REFUSAL = "no graphic work is assigned after 16:00"


@pytest.fixture
def world(profile_dir: Path, clock: FixedClock) -> World:
    clock.current = datetime(2026, 2, 2, 9, 0, tzinfo=UTC)  # a Monday, after the SoR's dates
    w = make_world(profile_dir, clock, max_open=2, max_p1=1)
    yield w
    w.session.close()


def stored(s: Session, case_id: int):
    return s.queries.case_detail(case_id).case


def audit_count(s: Session) -> int:
    return s.store.db.execute("SELECT count(*) FROM audit_log").fetchone()[0]


def outbox_count(s: Session) -> int:
    return s.store.db.execute("SELECT count(*) FROM outbox").fetchone()[0]


def assert_override(s: Session, case_id: int, responder_id: int, limits: str) -> None:
    assert overrides(s) == [(case_id, responder_id, limits, REASON)]
    [detail] = override_audits(s)
    assert (detail["case_id"], detail["responder_id"], detail["limits"]) == (
        case_id, responder_id, limits.split(","))


def after_cutoff(world: World) -> None:
    world.clock.advance(timedelta(hours=8))  # 17:00 UTC, past every responder's 16:00 cut-off


# ---- priority edits ----------------------------------------------------------------------------
def test_a_priority_edit_over_the_p1_limit_is_refused_unless_a_supervisor_overrides(world: World) -> None:
    s, bram = world.session, world.ids["Bram Oduya"]
    s.cases.open_case(draft("Already P1", bram, Priority.P1))
    case_id, _ = s.cases.open_case(draft("Raised later", bram, Priority.P3))
    before = (audit_count(s), outbox_count(s), version(s, case_id))
    with pytest.raises(ValidationError, match=P1_REFUSAL) as err:
        s.cases.update_fields(case_id, version(s, case_id), priority=Priority.P1)
    assert err.value.field == "assignee"
    with pytest.raises(ValidationError, match=P1_REFUSAL):  # the edit form's path
        s.cases.edit(case_id, version(s, case_id), fields={"priority": "P1"})
    with pytest.raises(ValidationError, match="Only a supervisor"):
        s.cases.update_fields(case_id, version(s, case_id), priority=Priority.P1,
                              override_reason=REASON)
    assert (audit_count(s), outbox_count(s), version(s, case_id)) == before
    assert stored(s, case_id).priority is Priority.P3
    boss = world.as_("Sol Vantine")
    boss.cases.update_fields(case_id, version(boss, case_id), priority=Priority.P1,
                             override_reason=REASON)
    assert stored(boss, case_id).priority is Priority.P1
    assert_override(boss, case_id, bram, "concurrent_p1")


def test_a_priority_edit_that_moves_the_case_checks_only_the_receiver(world: World) -> None:
    s, bram, cyd = world.session, world.ids["Bram Oduya"], world.ids["Cyd Marlo"]
    s.cases.open_case(draft("Bram's P1", bram, Priority.P1))
    case_id, _ = s.cases.open_case(draft("Moves to Cyd", bram, Priority.P3))
    s.cases.edit(case_id, version(s, case_id), fields={"priority": "P1"}, reassign=True,
                 assignee_id=cyd)
    assert (stored(s, case_id).priority, stored(s, case_id).assignee_id) == (Priority.P1, cyd)
    s.cases.open_case(draft("Cyd's second", cyd, Priority.P3))
    third, _ = s.cases.open_case(draft("Third", bram, Priority.P3))
    with pytest.raises(ValidationError, match=P1_REFUSAL):  # Cyd already holds a P1
        s.cases.edit(third, version(s, third), fields={"priority": "P1"}, reassign=True,
                     assignee_id=cyd)
    # resolving in the same edit hands no work: not checked
    s.cases.change_status(third, CaseStatus.TRIAGED, version(s, third))
    s.cases.change_status(third, CaseStatus.IN_PROGRESS, version(s, third))
    s.cases.edit(third, version(s, third), fields={"priority": "P1"}, status=CaseStatus.RESOLVED)
    assert overrides(s) == []


def test_a_change_answers_only_for_the_limits_it_newly_breaks(world: World) -> None:
    boss, bram = world.as_("Sol Vantine"), world.ids["Bram Oduya"]
    fill(world, "Bram Oduya")
    case_id, _ = boss.cases.open_case(draft("Over by override", bram), override_reason=REASON)
    s = world.session
    s.cases.update_fields(case_id, version(s, case_id), priority=Priority.P2)  # no new breach
    s.cases.update_fields(case_id, version(s, case_id), priority=Priority.P1)  # his first P1
    assert stored(s, case_id).priority is Priority.P1
    s.cases.add_incident(case_id, IncidentCategory.ACCOUNT_COMPROMISE, "More invented messages.",
                         graphic=False)
    assert len(overrides(s)) == 1  # only the open that put him over


# ---- re-triage ---------------------------------------------------------------------------------
def test_a_retriage_that_raises_the_priority_passes_the_guard(world: World) -> None:
    s, bram = world.session, world.ids["Bram Oduya"]
    s.cases.open_case(draft("Already P1", bram, Priority.P1))
    case_id, _ = s.cases.open_case(draft("Critical", bram, Priority.P3, severity=Severity.CRITICAL))
    before = (audit_count(s), outbox_count(s))
    with pytest.raises(ValidationError, match=P1_REFUSAL) as err:
        s.triage.triage(case_id, version(s, case_id))
    assert err.value.field == "assignee"
    with pytest.raises(ValidationError, match="Only a supervisor"):
        s.triage.triage(case_id, version(s, case_id), override_reason=REASON)
    assert (audit_count(s), outbox_count(s)) == before
    assert (stored(s, case_id).priority, stored(s, case_id).status) == (Priority.P3, CaseStatus.NEW)
    boss = world.as_("Sol Vantine")
    boss.triage.triage(case_id, version(boss, case_id), override_reason=REASON)
    assert (stored(s, case_id).priority, stored(s, case_id).status) == (Priority.P1,
                                                                         CaseStatus.TRIAGED)
    assert_override(boss, case_id, bram, "concurrent_p1")


# ---- appeal reversal ---------------------------------------------------------------------------
def _closed_with_appeal(world: World, assignee: int, reviewer: str) -> tuple[int, int]:
    s = world.session  # Ada decides; the reviewer is someone else (four eyes)
    case_id, _ = s.cases.open_case(draft("Appealed", assignee))
    for target in (CaseStatus.TRIAGED, CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED,
                   CaseStatus.CLOSED):
        s.cases.change_status(case_id, target, version(s, case_id))
    decision_id, _ = s.appeals.record_decision(case_id, sor())
    appeal_id, _ = s.appeals.file_appeal(decision_id, "Synthetic grounds.")
    s.appeals.assign_reviewer(appeal_id, world.ids[reviewer])
    return case_id, appeal_id


def test_an_appeal_reversal_that_reopens_a_case_passes_the_guard(world: World) -> None:
    bram = world.ids["Bram Oduya"]
    case_id, appeal_id = _closed_with_appeal(world, bram, "Cyd Marlo")
    fill(world, "Bram Oduya")  # he is at the open-case limit: the reopened case would be his third
    cyd = world.as_("Cyd Marlo")
    before = (audit_count(cyd), outbox_count(cyd))
    with pytest.raises(ValidationError, match="would hold 3 open cases") as err:
        cyd.appeals.decide_appeal(appeal_id, AppealOutcome.REVERSED, "Reversed, synthetic.")
    assert err.value.field == "assignee"
    with pytest.raises(ValidationError, match="Only a supervisor"):
        cyd.appeals.decide_appeal(appeal_id, AppealOutcome.REVERSED, "Reversed, synthetic.",
                                  override_reason=REASON)
    assert (audit_count(cyd), outbox_count(cyd)) == before  # the appeal stays undecided too
    assert stored(cyd, case_id).status is CaseStatus.CLOSED
    # an upheld decision reopens nothing and hands no work
    cyd.appeals.decide_appeal(appeal_id, AppealOutcome.UPHELD, "Upheld, synthetic.")
    assert stored(cyd, case_id).status is CaseStatus.CLOSED


def test_a_supervisor_reviewer_may_reverse_with_an_override(world: World) -> None:
    bram = world.ids["Bram Oduya"]
    case_id, appeal_id = _closed_with_appeal(world, bram, "Sol Vantine")
    fill(world, "Bram Oduya")
    boss = world.as_("Sol Vantine")
    boss.appeals.decide_appeal(appeal_id, AppealOutcome.PARTIALLY_REVERSED, "Synthetic.",
                               override_reason=REASON)
    assert stored(boss, case_id).status is CaseStatus.IN_PROGRESS
    assert_override(boss, case_id, bram, "open_cases")


# ---- graphic incidents and evidence --------------------------------------------------------------
def test_a_graphic_incident_on_an_assigned_case_passes_the_exposure_limits(world: World) -> None:
    s, bram = world.session, world.ids["Bram Oduya"]
    case_id, _ = s.cases.open_case(draft("Plain so far", bram))
    after_cutoff(world)
    before = (audit_count(s), outbox_count(s), len(s.queries.case_detail(case_id).incidents))
    with pytest.raises(ValidationError, match=CUTOFF_REFUSAL) as err:
        s.cases.add_incident(case_id, IncidentCategory.NCII, "Invented graphic report.")
    assert err.value.field == "assignee"
    with pytest.raises(ValidationError, match=CUTOFF_REFUSAL):  # graphic by choice, too
        s.cases.add_incident(case_id, IncidentCategory.ACCOUNT_COMPROMISE, "Invented.", graphic=True)
    assert (audit_count(s), outbox_count(s), len(s.queries.case_detail(case_id).incidents)) == before
    s.cases.add_incident(case_id, IncidentCategory.ACCOUNT_COMPROMISE, "Invented, not graphic.")
    unassigned, _ = s.cases.open_case(draft("Nobody's yet"))
    s.cases.add_incident(unassigned, IncidentCategory.NCII, "Invented graphic report.")
    boss = world.as_("Sol Vantine")
    boss.cases.add_incident(case_id, IncidentCategory.NCII, "Invented graphic report.",
                            override_reason=REASON)
    assert_override(boss, case_id, bram, "graphic_after_cutoff")


def test_graphic_evidence_on_an_assigned_case_passes_the_exposure_limits(world: World) -> None:
    s, bram = world.session, world.ids["Bram Oduya"]
    case_id, _ = s.cases.open_case(draft("Plain so far", bram))
    incident = s.queries.case_detail(case_id).incidents[0].id
    after_cutoff(world)
    png = synthetic_png(random.Random(3))
    before = (audit_count(s), outbox_count(s))
    with pytest.raises(ValidationError, match=CUTOFF_REFUSAL) as err:
        s.evidence.attach(incident, png, "a.png", graphic=True)
    assert err.value.field == "assignee"
    assert (audit_count(s), outbox_count(s), s.evidence.for_case(case_id)) == (*before, [])
    s.evidence.attach(incident, png, "a.png", graphic=False)  # not graphic: no exposure
    boss = world.as_("Sol Vantine")
    boss.evidence.attach(incident, synthetic_png(random.Random(4)), "b.png", graphic=True,
                         override_reason=REASON)
    assert_override(boss, case_id, bram, "graphic_after_cutoff")


def test_a_case_made_graphic_by_its_evidence_counts_as_graphic_when_handed(world: World) -> None:
    s, cyd = world.session, world.ids["Cyd Marlo"]
    case_id, _ = s.cases.open_case(draft("Plain text, graphic image"))
    incident = s.queries.case_detail(case_id).incidents[0].id
    s.evidence.attach(incident, synthetic_png(random.Random(5)), "c.png", graphic=True)
    after_cutoff(world)
    with pytest.raises(ValidationError, match=CUTOFF_REFUSAL):
        s.cases.assign(case_id, cyd, version(s, case_id))
    assert stored(s, case_id).assignee_id is None
