"""Wellbeing service on a real SQLCipher profile: policy versions, the exposure ledger, check-in
privacy, debrief prompts and surges."""

from __future__ import annotations

import json
import logging
from dataclasses import fields, replace
from datetime import timedelta
from pathlib import Path

import pytest

from hrdcase import cli
from hrdcase.errors import ValidationError
from hrdcase.models.clock import FixedClock
from hrdcase.models.enums import CaseStatus, Priority, Severity
from hrdcase.services.wellbeing_api import ResponderOverview
from hrdcase.wellbeing.checkins import SupervisorView
from tests.conftest import PASSPHRASE
from tests.integration.wellbeing_world import World, draft, everything_shared, make_world


@pytest.fixture
def world(profile_dir: Path, clock: FixedClock) -> World:
    w = make_world(profile_dir, clock, max_open=5, max_p1=3)
    yield w
    w.session.close()


# ---- policy
def test_only_an_admin_changes_the_policy_and_every_version_is_kept(world: World) -> None:
    s = world.session
    first = s.wellbeing.policy()
    assert first.version == 1 and first.max_open_cases == 5
    with pytest.raises(ValidationError, match="Only an admin"):
        s.wellbeing.update_policy(replace(first, max_open_cases=9))
    with pytest.raises(ValidationError, match="Only an admin"):
        world.as_("Sol Vantine").wellbeing.update_policy(replace(first, max_open_cases=9))
    admin = world.as_("Ana Admin")
    admin.wellbeing.update_policy(replace(first, max_open_cases=9, break_minutes=20))
    admin.wellbeing.update_policy(replace(first, max_open_cases=7))
    assert admin.wellbeing.policy_versions() == [1, 2, 3]
    assert admin.wellbeing.policy().version == 3 and admin.wellbeing.policy().max_open_cases == 7
    details = [json.loads(d) for (d,) in s.store.db.execute(
        "SELECT detail FROM audit_log WHERE action = 'policy.updated' ORDER BY seq")]
    assert details == [{"version": 2, "changed": ["break_minutes", "max_open_cases"]},
                       {"version": 3, "changed": ["break_minutes", "max_open_cases"]}]
    with pytest.raises(ValidationError):  # the model still validates every version
        admin.wellbeing.update_policy(replace(first, max_open_cases=0))


# ---- exposure ledger
def test_exposure_across_a_day_counts_nothing_after_lock_or_idle(world: World) -> None:
    s, clock = world.session, world.clock
    s.wellbeing.reveal(11)
    clock.advance(timedelta(minutes=20))
    s.wellbeing.reveal(12)  # side by side: counts once
    clock.advance(timedelta(minutes=10))
    s.wellbeing.hide(11)
    now = s.wellbeing.exposure_now()
    assert now.today_minutes == 30 and now.revealed_incident_ids == (12,)
    clock.advance(timedelta(minutes=15))
    s.wellbeing.idle()
    clock.advance(timedelta(hours=2))  # idle: nothing counted
    assert s.wellbeing.exposure_now().today_minutes == 45
    s.wellbeing.reveal(13)
    clock.advance(timedelta(minutes=60))  # a full 60-minute block: a break is due
    now = s.wellbeing.exposure_now()
    assert now.today_minutes == 105 and now.block_used_minutes == 60
    s.wellbeing.lock()
    clock.advance(timedelta(minutes=5))
    now = s.wellbeing.exposure_now()
    assert now.today_minutes == 105 and now.revealed_incident_ids == ()
    assert now.break_due and now.break_until == clock.now() + timedelta(minutes=10)
    clock.advance(timedelta(days=1))
    after = s.wellbeing.exposure_now()
    assert after.today_minutes == 0 and after.week_minutes == 105 and not after.break_due
    assert s.store.db.execute("SELECT count(*) FROM outbox WHERE entity LIKE '%expos%'").fetchone()[0] == 0


def test_exposure_limits_refuse_graphic_work_for_the_signed_in_responder(world: World) -> None:
    from hrdcase.models.enums import IncidentCategory
    s, clock = world.session, world.clock
    admin = world.as_("Ana Admin")
    admin.wellbeing.update_policy(replace(admin.wellbeing.policy(), daily_exposure_minutes=30,
                                          exposure_block_minutes=30))
    s.wellbeing.reveal(1)
    clock.advance(timedelta(minutes=30))
    s.wellbeing.hide(1)
    me = world.ids["Ada Quillon"]
    with pytest.raises(ValidationError, match="minutes of graphic exposure today"):
        s.cases.open_case(draft("Graphic", me, category=IncidentCategory.NCII))
    s.cases.open_case(draft("Not graphic", me))


# ---- check-ins never leave the responder's store
DISTINCT = (4, 1, 3, 0, 2)  # raw 10: distinctive, and below the follow-up threshold


def test_checkin_answers_leave_through_no_path(world: World, caplog: pytest.LogCaptureFixture,
                                              capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    caplog.set_level(logging.DEBUG)
    s = world.session
    case_id, _ = s.cases.open_case(draft("Synthetic doxxing", world.ids["Ada Quillon"]))
    assert s.wellbeing.checkin_due()
    outcome = s.wellbeing.submit_checkin(DISTINCT, asked_for_support=True)
    assert outcome.raw_score == 10 and outcome.follow_up
    assert any("(synthetic)" in r for r in outcome.support_resources)
    assert outcome.changes.audit and {"checkin", "wellbeing_signal"} <= outcome.changes.entities
    assert not s.wellbeing.checkin_due()
    s.cases.assign(case_id, world.ids["Bram Oduya"], s.queries.case_detail(case_id).case.version)

    shared = everything_shared(s)
    assert '"checkin.recorded"' in shared and "answers" not in shared
    assert json.loads(s.store.db.execute(
        "SELECT detail FROM audit_log WHERE action = 'checkin.recorded'").fetchone()[0]) == {}
    assert s.store.db.execute("SELECT count(*) FROM outbox WHERE entity = 'checkin'").fetchone()[0] == 0
    # The one thing a check-in sends: a content-free team signal, its key set pinned here.
    signals = [(json.loads(r), bytes(p).decode()) for r, p in s.store.db.execute(
        "SELECT routing, payload FROM outbox WHERE entity = 'wellbeing_signal'")]
    assert len(signals) == 1
    routing, payload_text = signals[0]
    payload = json.loads(payload_text)
    assert set(routing) == {"responder_id", "as_of"}
    assert set(payload) == {"responder_id", "as_of", "local_day", "iso_week", "today_minutes",
                            "week_minutes", "last_block_end", "last_checkin_at", "asked_for_support"}
    assert payload["asked_for_support"] is True and payload["last_checkin_at"] == routing["as_of"]
    assert not {type(v) for v in payload.values()} & {list, dict}  # no answers tucked in a value
    assert 10 not in payload.values() and 40 not in payload.values()  # raw score, percentage
    overview = world.as_("Sol Vantine").wellbeing.team_overview()
    assert {f.name for f in fields(SupervisorView)} == {"overdue", "asked_for_support"}
    field_names = {f.name for f in fields(ResponderOverview)}
    assert not field_names & {"answers", "raw_score", "score", "follow_up", "percentage"}
    ada = next(o for o in overview if o.name == "Ada Quillon")
    assert ada.asked_for_support and not ada.checkin_overdue
    monkeypatch.setenv("HRDCASE_PASSPHRASE", PASSPHRASE)
    ref = s.queries.case_detail(case_id).case.ref
    s.close()
    for args in (["case", "show", ref, "--json"], ["case", "list", "--status", "all", "--json"]):
        assert cli.main([*args, "--profile", str(s.profile.path)]) == 0
    printed = capsys.readouterr().out + caplog.text + repr(overview)
    assert ref in printed
    for text in (shared, printed):
        assert "4, 1, 3, 0, 2" not in text and "[4,1,3,0,2]" not in text and "4,1,3,0,2" not in text
        assert '"raw_score"' not in text and "who5" not in text.lower()


def test_a_checkin_needs_answers_or_a_request_for_support(world: World) -> None:
    with pytest.raises(ValidationError, match="exactly 5"):
        world.session.wellbeing.submit_checkin((1, 2), False)
    with pytest.raises(ValidationError, match="ask for support"):
        world.session.wellbeing.submit_checkin(None, False)
    assert world.session.wellbeing.submit_checkin(None, True).raw_score is None


def test_a_debrief_is_prompted_once_after_a_severe_case_is_resolved_or_closed(world: World) -> None:
    s = world.session
    severe, _ = s.cases.open_case(draft("Severe", severity=Severity.SEVERE))
    mild, _ = s.cases.open_case(draft("Mild"))

    def move(case_id: int, *targets: CaseStatus) -> None:
        for target in targets:
            s.cases.change_status(case_id, target, s.queries.case_detail(case_id).case.version)

    move(severe, CaseStatus.TRIAGED, CaseStatus.IN_PROGRESS)
    assert not s.wellbeing.needs_debrief(severe)  # still open
    move(severe, CaseStatus.RESOLVED)
    assert s.wellbeing.needs_debrief(severe)  # offered on resolving...
    move(severe, CaseStatus.CLOSED)
    assert not s.wellbeing.needs_debrief(severe)  # ...and not again on closing
    move(mild, CaseStatus.TRIAGED, CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED, CaseStatus.CLOSED)
    assert not s.wellbeing.needs_debrief(mild)
    # The record is per responder: another responder on this device is offered their own.
    assert world.as_("Sol Vantine").wellbeing.needs_debrief(severe)


# ---- surges
def test_a_surge_raises_triage_priority_and_ends_by_itself(world: World) -> None:
    clock = world.clock
    boss = world.as_("Sol Vantine")
    start, end = clock.now(), clock.now() + timedelta(hours=6)
    with pytest.raises(ValidationError, match="Only a supervisor"):
        world.session.wellbeing.declare_surge("XB", start, end, "Election week (synthetic)")
    with pytest.raises(ValidationError, match="end after it starts"):
        boss.wellbeing.declare_surge("XB", end, start, "Backwards")
    boss.wellbeing.declare_surge("XB", start, end, "Election week (synthetic)")
    [surge] = boss.wellbeing.surges()
    assert surge.active and surge.region_code == "XB"

    def triaged(region: str) -> Priority:
        case_id, _ = boss.cases.open_case(draft("Surge intake", region=region))
        boss.triage.triage(case_id, 1)
        return boss.queries.case_detail(case_id).case.priority

    during_xb, during_xa_unaffected = triaged("XB"), triaged("XA")
    clock.advance(timedelta(hours=7))
    assert not boss.wellbeing.surges()[0].active  # ended by itself
    after_xb = triaged("XB")
    assert during_xb.rank == after_xb.rank - 1
    assert during_xa_unaffected.rank <= after_xb.rank
    detail = json.loads(boss.store.db.execute(
        "SELECT detail FROM audit_log WHERE action = 'surge.declared'").fetchone()[0])
    assert detail["region"] == "XB" and "reason" not in detail


def test_limits_stay_in_force_during_a_surge(world: World) -> None:
    boss = world.as_("Sol Vantine")
    boss.wellbeing.declare_surge("XA", world.clock.now(), world.clock.now() + timedelta(days=1), "Raid")
    cyd = world.ids["Cyd Marlo"]
    for i in range(5):
        boss.cases.open_case(draft(f"Surge load {i}", cyd))
    with pytest.raises(ValidationError, match="would hold 6 open cases"):
        boss.cases.open_case(draft("One more", cyd))
    surge_id = boss.wellbeing.surges()[0].id
    boss.wellbeing.end_surge(surge_id)
    assert not boss.wellbeing.surges()[0].active


def test_team_overview_counts_load_and_near_breach(world: World) -> None:
    s, clock = world.session, world.clock
    bram = world.ids["Bram Oduya"]
    s.cases.open_case(draft("P1 for Bram", bram, Priority.P1))
    s.cases.open_case(draft("P4 for Bram", bram, Priority.P4))
    boss = world.as_("Sol Vantine")
    rows = {o.name: o for o in boss.wellbeing.team_overview()}
    assert (rows["Bram Oduya"].open_cases, rows["Bram Oduya"].p1_cases) == (2, 1)
    assert rows["Bram Oduya"].near_breach == 0 and rows["Bram Oduya"].max_open_cases == 5
    clock.advance(timedelta(hours=1, minutes=45))  # the P1's first response is 15 min away
    rows = {o.name: o for o in boss.wellbeing.team_overview()}
    assert rows["Bram Oduya"].near_breach == 1 and rows["Cyd Marlo"].near_breach == 0
    clock.advance(timedelta(days=30))  # every deadline is past: breached, not near
    rows = {o.name: o for o in boss.wellbeing.team_overview()}
    assert rows["Bram Oduya"].near_breach == 0 and rows["Cyd Marlo"].near_breach == 0
