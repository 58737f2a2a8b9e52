"""check_assignment refuses each limit with its reason; an override needs a supervisor and a reason."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from hrdcase.errors import ValidationError
from hrdcase.models.entities import Case
from hrdcase.models.enums import CaseStatus, IncidentCategory, Priority, Role
from hrdcase.wellbeing.limits import (
    Limit,
    ResponderLoad,
    WorkItem,
    check_assignment,
    meets_requirements,
    newly_breached,
    override,
)
from hrdcase.wellbeing.policy import load_policy

POLICY = load_policy()
MORNING = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
FRESH = ResponderLoad(1, open_cases=3, p1_cases=0, languages=frozenset({"ar"}), regions=frozenset({"SD"}))
P1_GRAPHIC = WorkItem(10, Priority.P1, graphic=True, language="ar", region_code="SD")
P3_PLAIN = WorkItem(11, Priority.P3, graphic=False, language="ar", region_code="SD")


def _limits(load: ResponderLoad, item: WorkItem, now: datetime = MORNING) -> tuple[Limit, ...]:
    return check_assignment(load, item, POLICY, now).limits


def test_a_rested_responder_with_room_may_take_anything() -> None:
    assert check_assignment(FRESH, P1_GRAPHIC, POLICY, MORNING).allowed
    assert check_assignment(FRESH, P3_PLAIN, POLICY, MORNING).allowed


@pytest.mark.parametrize(
    ("change", "limit", "words"),
    [
        ({"open_cases": POLICY.max_open_cases}, Limit.OPEN_CASES, "open cases"),
        ({"p1_cases": POLICY.max_concurrent_p1}, Limit.CONCURRENT_P1, "P1"),
        ({"exposure_today_minutes": 300.0}, Limit.DAILY_EXPOSURE, "today"),
        ({"exposure_week_minutes": float(POLICY.weekly_exposure_minutes)}, Limit.WEEKLY_EXPOSURE, "week"),
        ({"last_block_end": MORNING - timedelta(minutes=5)}, Limit.BREAK_DUE, "break"),
    ],
)
def test_each_limit_is_refused_with_its_reason(change: dict, limit: Limit, words: str) -> None:
    verdict = check_assignment(replace(FRESH, **change), P1_GRAPHIC, POLICY, MORNING)
    assert not verdict.allowed
    assert verdict.limits == (limit,)
    assert words in verdict.breaches[0].reason


def test_cutoff_is_local_time() -> None:
    in_la_paz = replace(FRESH, tz=ZoneInfo("America/La_Paz"))  # UTC-4
    at_1930_utc = datetime(2026, 1, 5, 19, 30, tzinfo=UTC)
    assert _limits(FRESH, P1_GRAPHIC, at_1930_utc) == (Limit.GRAPHIC_AFTER_CUTOFF,)
    assert "16:00" in check_assignment(FRESH, P1_GRAPHIC, POLICY, at_1930_utc).breaches[0].reason
    assert _limits(in_la_paz, P1_GRAPHIC, at_1930_utc) == ()  # 15:30 in La Paz
    assert _limits(FRESH, P3_PLAIN, at_1930_utc) == ()  # the cut-off is for graphic work only


def test_every_broken_limit_is_listed() -> None:
    worn = replace(
        FRESH, open_cases=POLICY.max_open_cases, p1_cases=POLICY.max_concurrent_p1,
        exposure_today_minutes=400.0, exposure_week_minutes=2000.0,
        last_block_end=datetime(2026, 1, 5, 16, 55, tzinfo=UTC),
    )
    late = datetime(2026, 1, 5, 17, 0, tzinfo=UTC)
    assert set(_limits(worn, P1_GRAPHIC, late)) == set(Limit)
    # Exposure limits do not apply to a non-graphic case, P1 only to P1.
    assert _limits(worn, P3_PLAIN, late) == (Limit.OPEN_CASES,)


def test_the_current_assignee_is_not_a_move() -> None:
    full = replace(FRESH, open_cases=POLICY.max_open_cases + 5)
    assert check_assignment(full, replace(P3_PLAIN, assignee_id=1), POLICY, MORNING).allowed


def test_work_item_from_case_uses_the_category_default() -> None:
    case = Case(
        id=5, ref="HRD-5", title="t", status=CaseStatus.NEW, priority=Priority.P2,
        category=IncidentCategory.NCII, region_code="SD", language="ar",
        created_at=MORNING, updated_at=MORNING, defender_id=3,
    )
    assert WorkItem.from_case(case).graphic
    assert not WorkItem.from_case(case, graphic=False).graphic
    assert WorkItem.from_case(case).defender_id == 3


def test_requirements_language_and_region() -> None:
    assert meets_requirements(FRESH, P3_PLAIN)
    assert not meets_requirements(FRESH, replace(P3_PLAIN, language="fr"))
    assert not meets_requirements(FRESH, replace(P3_PLAIN, region_code="ML"))
    assert meets_requirements(FRESH, replace(P3_PLAIN, language="", region_code=""))


def test_override_needs_a_supervisor_and_a_written_reason() -> None:
    refused = check_assignment(replace(FRESH, open_cases=POLICY.max_open_cases), P3_PLAIN, POLICY, MORNING)
    record = override(refused, supervisor_id=9, supervisor_role=Role.SUPERVISOR,
                      reason="  Only Arabic reader on shift  ", at=MORNING)
    assert record.limits == (Limit.OPEN_CASES,)
    assert (record.responder_id, record.case_id, record.supervisor_id) == (1, 11, 9)
    assert record.reason == "Only Arabic reader on shift"
    assert record.policy_version == POLICY.version
    with pytest.raises(ValidationError) as err:
        override(refused, 9, Role.SUPERVISOR, "   ")
    assert err.value.field == "reason"
    for role in (Role.RESPONDER, Role.ADMIN):
        with pytest.raises(ValidationError) as err:
            override(refused, 9, role, "needed")
        assert err.value.field == "supervisor"
    with pytest.raises(ValidationError, match="own limits"):
        override(refused, 1, Role.SUPERVISOR, "needed")
    with pytest.raises(ValidationError, match="Nothing to override"):
        override(check_assignment(FRESH, P3_PLAIN, POLICY, MORNING), 9, Role.SUPERVISOR, "needed")


def test_a_change_answers_only_for_the_limits_it_newly_breaks() -> None:
    """Over the open-case limit already (an earlier override): raising a case to P1 answers for the
    P1 limit only; graphic material added answers for the exposure limits only."""
    worn = replace(FRESH, open_cases=POLICY.max_open_cases, p1_cases=POLICY.max_concurrent_p1)
    late = datetime(2026, 1, 5, 17, 0, tzinfo=UTC)
    raised = newly_breached(check_assignment(worn, P1_GRAPHIC, POLICY, late),
                            check_assignment(worn, replace(P1_GRAPHIC, priority=Priority.P3),
                                             POLICY, late))
    assert raised.limits == (Limit.CONCURRENT_P1,)
    made_graphic = newly_breached(check_assignment(worn, replace(P3_PLAIN, graphic=True), POLICY, late),
                                  check_assignment(worn, P3_PLAIN, POLICY, late))
    assert made_graphic.limits == (Limit.GRAPHIC_AFTER_CUTOFF,)
    unchanged = check_assignment(worn, P3_PLAIN, POLICY, late)
    assert newly_breached(unchanged, unchanged).allowed and not unchanged.allowed
