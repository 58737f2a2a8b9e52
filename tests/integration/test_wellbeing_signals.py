"""Team wellbeing signals and responder time zones on real SQLCipher profiles: a responder's device
(A) writes content-free signals to its outbox; a supervisor's device (B) receives them, shows them on
the dashboard and refuses graphic work to someone whose reported exposure is used up."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from hrdcase.errors import ValidationError
from hrdcase.models.changes import ChangeSet
from hrdcase.models.clock import FixedClock
from hrdcase.models.enums import IncidentCategory
from hrdcase.services.session import Session
from hrdcase.services.wellbeing_api import ExposureSource
from hrdcase.wellbeing.limits import Limit
from tests.integration.wellbeing_world import World, draft, make_world

DISTINCT = (4, 1, 3, 0, 2)


@pytest.fixture
def device_a(tmp_path: Path, clock: FixedClock) -> Iterator[World]:
    w = make_world(tmp_path / "a", clock, max_open=5, max_p1=3)  # signed in as Ada
    yield w
    w.session.close()


@pytest.fixture
def device_b(tmp_path: Path, clock: FixedClock) -> Iterator[World]:
    """The supervisor's device: the same team (same ids), its own store and outbox."""
    w = make_world(tmp_path / "b", clock, max_open=5, max_p1=3)
    admin = w.as_("Ana Admin")
    admin.wellbeing.update_policy(replace(admin.wellbeing.policy(), daily_exposure_minutes=30,
                                          exposure_block_minutes=30))
    w.session = w.as_("Sol Vantine")
    yield w
    w.session.close()


def signal_rows(s: Session) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    rows = s.store.db.execute(
        "SELECT routing, payload FROM outbox WHERE entity = 'wellbeing_signal' ORDER BY op_seq")
    return [(json.loads(r), json.loads(bytes(p).decode())) for r, p in rows]


def graphic_case(s: Session, assignee: int | None = None) -> int:
    return s.cases.open_case(draft("Synthetic graphic case", assignee,
                                   category=IncidentCategory.NCII))[0]


def test_each_event_writes_one_signal_and_a_newer_one_supersedes_the_pending_ones(
        device_a: World) -> None:
    s, clock = device_a.session, device_a.clock
    case_id, _ = s.cases.open_case(draft("Synthetic, not graphic"))
    s.wellbeing.reveal(11)
    assert len(signal_rows(s)) == 1
    clock.advance(timedelta(minutes=25))
    s.wellbeing.hide(11)
    clock.advance(timedelta(minutes=5))
    s.wellbeing.submit_checkin(DISTINCT, asked_for_support=False)
    clock.advance(timedelta(minutes=1))
    s.wellbeing.idle()
    rows = signal_rows(s)
    assert len(rows) == 1  # only the latest snapshot waits to be sent
    routing, payload = rows[0]
    assert routing == {"responder_id": device_a.ids["Ada Quillon"], "as_of": int(clock.now().timestamp())}
    assert payload["today_minutes"] == 25 and payload["week_minutes"] == 25
    assert payload["last_checkin_at"] == int((clock.now() - timedelta(minutes=1)).timestamp())
    assert payload["asked_for_support"] is False
    # Superseding touches only signals: the case's own ops are all still pending.
    entities = [e for (e,) in s.store.db.execute("SELECT entity FROM outbox ORDER BY op_seq")]
    assert entities.count("wellbeing_signal") == 1 and entities[0] == "case"
    assert s.queries.case_detail(case_id) is not None


def test_an_open_reveal_is_reported_while_it_lasts(device_a: World) -> None:
    s, clock = device_a.session, device_a.clock
    s.wellbeing.reveal(11)
    clock.advance(timedelta(minutes=20))
    assert s.wellbeing.report_exposure() == ChangeSet()  # no ledger event, no audit entry
    (_routing, payload), = signal_rows(s)
    assert payload["today_minutes"] == 20 and payload["as_of"] == int(clock.now().timestamp())
    assert [k for (k,) in s.store.db.execute("SELECT kind FROM exposure_events")] == ["reveal"]


def test_a_signal_travels_to_the_supervisors_device_and_counts_there(device_a: World,
                                                                      device_b: World) -> None:
    a, b, clock = device_a.session, device_b.session, device_a.clock
    ada = device_a.ids["Ada Quillon"]
    graphic = graphic_case(b)
    before = {o.name: o for o in b.wellbeing.team_overview()}["Ada Quillon"]
    assert before.exposure_source is ExposureSource.NONE and before.exposure_as_of is None
    a.wellbeing.reveal(5)
    clock.advance(timedelta(minutes=40))
    a.wellbeing.hide(5)
    a.wellbeing.submit_checkin(DISTINCT, asked_for_support=True)
    (_routing, payload), = signal_rows(a)

    assert b.wellbeing.receive_signal(payload).entities == frozenset({"team_signal"})
    rows = {o.name: o for o in b.wellbeing.team_overview()}
    seen = rows["Ada Quillon"]
    assert (seen.exposure_today_minutes, seen.exposure_week_minutes) == (40, 40)
    assert seen.exposure_source is ExposureSource.REPORTED and seen.exposure_as_of == clock.now()
    assert seen.asked_for_support and not seen.checkin_overdue
    assert Limit.DAILY_EXPOSURE in seen.over_limits
    assert rows["Sol Vantine"].exposure_source is ExposureSource.LIVE
    assert rows["Bram Oduya"].exposure_source is ExposureSource.NONE
    assert Limit.DAILY_EXPOSURE in b.wellbeing.check(graphic, ada).limits
    with pytest.raises(ValidationError, match="40 of 30 minutes of graphic exposure today"):
        b.cases.assign(graphic, ada, b.queries.case_detail(graphic).case.version)
    b.cases.open_case(draft("Synthetic, not graphic", ada))  # only graphic work is refused

    clock.advance(timedelta(days=1))  # Tuesday: the report is yesterday's, the week's still counts
    seen = {o.name: o for o in b.wellbeing.team_overview()}["Ada Quillon"]
    assert (seen.exposure_today_minutes, seen.exposure_week_minutes) == (0, 40)
    assert seen.exposure_source is ExposureSource.REPORTED
    assert b.wellbeing.check(graphic, ada).allowed
    b.cases.assign(graphic, ada, b.queries.case_detail(graphic).case.version)


def test_an_older_signal_never_replaces_a_newer_one(device_a: World, device_b: World) -> None:
    a, b, clock = device_a.session, device_b.session, device_a.clock
    a.wellbeing.reveal(5)
    clock.advance(timedelta(minutes=10))
    a.wellbeing.hide(5)
    (_r, older), = signal_rows(a)
    clock.advance(timedelta(minutes=10))
    a.wellbeing.reveal(6)
    clock.advance(timedelta(minutes=15))
    a.wellbeing.hide(6)
    (_r, newer), = signal_rows(a)
    assert not b.wellbeing.receive_signal(newer).empty
    assert b.wellbeing.receive_signal(older).empty  # arrived late: ignored
    seen = {o.name: o for o in b.wellbeing.team_overview()}["Ada Quillon"]
    assert seen.exposure_today_minutes == 25 and seen.exposure_as_of == clock.now()


def test_receive_signal_refuses_malformed_foreign_and_own_signals(device_a: World,
                                                                  device_b: World) -> None:
    a, b, clock = device_a.session, device_b.session, device_a.clock
    a.wellbeing.submit_checkin(None, asked_for_support=True)
    (_r, good), = signal_rows(a)
    sol = device_b.ids["Sol Vantine"]
    bad = [
        {**good, "answers": list(DISTINCT)},
        {k: v for k, v in good.items() if k != "iso_week"},
        {**good, "today_minutes": "12"},
        {**good, "responder_id": 999},  # not known on this device
        {**good, "responder_id": sol},  # B's own responder: reported by B, never received
        {**good, "as_of": int((clock.now() + timedelta(hours=2)).timestamp())},
    ]
    for payload in bad:
        with pytest.raises(ValidationError, match=r"signal|reports its own"):
            b.wellbeing.receive_signal(payload)
    assert b.store.db.execute("SELECT count(*) FROM team_signals").fetchone()[0] == 0
    assert b.store.db.execute("SELECT count(*) FROM outbox").fetchone()[0] == \
        b.store.db.execute("SELECT count(*) FROM outbox WHERE entity != 'wellbeing_signal'").fetchone()[0]
    audit = b.store.db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    b.wellbeing.receive_signal(good)
    assert b.store.db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == audit  # not content


# ---- time zones
def test_the_graphic_cut_off_is_each_responders_own_local_hour(device_a: World) -> None:
    w = device_a
    admin = w.as_("Ana Admin")
    admin.wellbeing.set_timezone(w.ids["Bram Oduya"], "Pacific/Auckland")  # 09:00 UTC = 22:00 there
    admin.wellbeing.set_timezone(w.ids["Cyd Marlo"], "America/Bogota")  # = 04:00 there
    boss = w.as_("Sol Vantine")
    case_id = graphic_case(boss)
    bram = boss.wellbeing.check(case_id, w.ids["Bram Oduya"])
    cyd = boss.wellbeing.check(case_id, w.ids["Cyd Marlo"])
    assert bram.limits == (Limit.GRAPHIC_AFTER_CUTOFF,) and cyd.allowed
    with pytest.raises(ValidationError, match=r"after 16:00 local time \(it is 22:00\)"):
        boss.cases.assign(case_id, w.ids["Bram Oduya"], boss.queries.case_detail(case_id).case.version)
    boss.cases.assign(case_id, w.ids["Cyd Marlo"], boss.queries.case_detail(case_id).case.version)


def test_exposure_days_and_weeks_split_at_the_responders_local_midnight(device_a: World) -> None:
    s, clock = device_a.session, device_a.clock
    s.wellbeing.set_timezone(device_a.ids["Ada Quillon"], "America/New_York")  # UTC-5 in January
    clock.current = datetime(2026, 1, 12, 4, 30, tzinfo=UTC)  # Sunday 23:30 in New York
    s.wellbeing.reveal(1)
    clock.advance(timedelta(hours=1))  # Monday 00:30 there; all of it is Monday in UTC
    s.wellbeing.hide(1)
    now = s.wellbeing.exposure_now()
    assert (now.today_minutes, now.week_minutes) == (30, 30)  # a new local day and ISO week
    (_r, payload), = signal_rows(s)
    assert (payload["local_day"], payload["iso_week"]) == ("2026-01-12", "2026-W03")
    assert (payload["today_minutes"], payload["week_minutes"]) == (30, 30)
    clock.advance(timedelta(hours=19))  # 00:30 UTC Tuesday, still Monday 19:30 in New York
    assert s.wellbeing.exposure_now().today_minutes == 30


def test_a_time_zone_is_set_by_the_responder_or_an_admin_and_validated(device_a: World) -> None:
    w, s = device_a, device_a.session
    ada, bram = w.ids["Ada Quillon"], w.ids["Bram Oduya"]
    changes = s.wellbeing.set_timezone(ada, "Europe/Lisbon")
    assert changes.audit and "responder" in changes.entities and s.wellbeing.my_timezone() == "Europe/Lisbon"
    detail = json.loads(s.store.db.execute(
        "SELECT detail FROM audit_log WHERE action = 'responder.timezone_set'").fetchone()[0])
    assert detail == {"responder_id": ada, "tz": "Europe/Lisbon"}
    assert s.store.db.execute("SELECT count(*) FROM outbox WHERE entity = 'responder' AND entity_id = ?",
                              (str(ada),)).fetchone()[0] == 1
    for who in (s, w.as_("Sol Vantine")):  # neither a colleague nor a supervisor
        with pytest.raises(ValidationError, match="themself or an admin"):
            who.wellbeing.set_timezone(bram, "Asia/Manila")
    admin = w.as_("Ana Admin")
    admin.wellbeing.set_timezone(bram, "Asia/Manila")
    for name in ("Mars/Olympus_Mons", "", "../../etc/passwd", "localtime", "utc", "Europe"):
        with pytest.raises(ValidationError, match="not a time zone") as caught:
            admin.wellbeing.set_timezone(bram, name)
        assert caught.value.field == "tz"
    with pytest.raises(ValidationError, match="not known"):
        admin.wellbeing.set_timezone(999, "Asia/Manila")
    zones = {r.id: r.tz for r in admin.queries.responders()}
    assert zones[ada] == "Europe/Lisbon" and zones[bram] == "Asia/Manila"
    assert ("Europe/Lisbon", "UTC+00:00") in admin.wellbeing.time_zones()
    assert ("Asia/Manila", "UTC+08:00") in admin.wellbeing.time_zones()
