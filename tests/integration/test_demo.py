"""The synthetic demo caseload, built into real SQLCipher files."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from itertools import pairwise
from pathlib import Path

import pytest

import hrdcase.demo.build as demo
from hrdcase.demo.build import BIRDS, TREES, DemoSummary, build_demo, is_synthetic_name
from hrdcase.models.enums import CaseStatus, IncidentCategory, Priority, Role
from hrdcase.models.iso import countries
from hrdcase.models.queue import UNASSIGNED, QueueFilter, QueueSort
from hrdcase.models.workflow import check_transition
from hrdcase.services.audit import verify
from hrdcase.storage.profile import Profile
from hrdcase.storage.store import Store
from tests.conftest import FAST_KDF, PASSPHRASE

NOW = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
CASES = 300


def _build(path: Path, cases: int = CASES, seed: int = 11, **kw: object) -> tuple[Store, DemoSummary]:
    profile = Profile(path)
    store = profile.create(PASSPHRASE, FAST_KDF)
    summary = build_demo(store, cases, seed, NOW, **kw)  # type: ignore[arg-type]
    return store, summary


def _fingerprint(store: Store) -> list[tuple[object, ...]]:
    rows = store.db.execute(
        "SELECT c.ref, c.title, c.status, c.priority, c.created_at, c.updated_at, "
        "(SELECT group_concat(description, '|') FROM incidents i WHERE i.case_id = c.id) "
        "FROM cases c ORDER BY c.id"
    ).fetchall()
    head = store.db.execute("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return [*rows, head]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, DemoSummary]]:
    store, summary = _build(tmp_path_factory.mktemp("demo") / "profile")
    yield store, summary
    store.close()


def test_same_seed_same_caseload_other_seed_another(tmp_path: Path) -> None:
    first, _ = _build(tmp_path / "a", seed=5)
    second, _ = _build(tmp_path / "b", seed=5)
    other, _ = _build(tmp_path / "c", seed=6)
    try:
        assert _fingerprint(first) == _fingerprint(second)
        refs = [r[0] for r in _fingerprint(first)[:-1]]
        assert len(refs) == CASES == len(set(refs))
        assert [r[:2] for r in _fingerprint(other)[:-1]] != [r[:2] for r in _fingerprint(first)[:-1]]
    finally:
        for store in (first, second, other):
            store.close()


def test_chunking_changes_nothing_and_reports_progress(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole, _ = _build(tmp_path / "whole", cases=250)
    monkeypatch.setattr(demo, "CHUNK", 100)
    calls: list[tuple[int, int]] = []
    chunked, _ = _build(tmp_path / "chunked", cases=250,
                        progress=lambda done, total: calls.append((done, total)))
    try:
        assert calls == [(100, 250), (200, 250), (250, 250)]
        assert _fingerprint(chunked) == _fingerprint(whole)
    finally:
        whole.close()
        chunked.close()


def test_summary_matches_the_tables(built: tuple[Store, DemoSummary]) -> None:
    store, summary = built
    counts = {
        table: store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("regions", "teams", "responders", "defenders", "cases", "incidents",
                      "risk_notes", "audit_log")
    }
    assert counts == {  # the demo's own regions (XA–XH) beside every ISO country (migration 8)
        "regions": summary.regions + len(countries()), "teams": summary.teams,
        "responders": summary.responders,
        "defenders": summary.defenders, "cases": summary.cases, "incidents": summary.incidents,
        "risk_notes": summary.risk_notes, "audit_log": summary.audit_entries,
    }
    assert summary.cases == CASES
    assert summary.regions == 8 and 3 <= summary.teams <= 4 and 12 <= summary.responders <= 40
    assert summary.cases <= summary.incidents <= 3 * summary.cases
    with store.read() as uow:
        assert uow.outbox.count() == 0  # seed data, not local edits
        me = uow.reference.responder(int(uow.settings.get("me") or 0))
    assert me is not None and me.id == summary.me and me.role is Role.SUPERVISOR


def test_every_status_category_and_priority_is_present(built: tuple[Store, DemoSummary]) -> None:
    store, _ = built
    with store.read() as uow:
        by_status = {s: uow.cases.queue_count(QueueFilter(statuses=(s,))) for s in CaseStatus}
        by_priority = {p: uow.cases.queue_count(QueueFilter(statuses=(), priorities=(p,)))
                       for p in Priority}
        unassigned = uow.cases.queue_count(QueueFilter(statuses=(), assignee_id=UNASSIGNED))
    assert all(by_status.values()), by_status
    open_cases = sum(n for s, n in by_status.items() if s.is_open)
    assert open_cases > CASES / 2  # most of a caseload is open
    assert all(by_priority.values()), by_priority
    assert 0 < unassigned < CASES / 3
    categories = {r[0] for r in store.db.execute("SELECT DISTINCT category FROM cases")}
    assert categories == {c.value for c in IncidentCategory}
    created = store.db.execute("SELECT min(created_at), max(updated_at) FROM cases").fetchone()
    assert NOW.timestamp() - created[0] <= 550 * 86_400 and created[1] <= NOW.timestamp()


def test_audit_chain_verifies_and_each_timeline_follows_the_workflow(
    built: tuple[Store, DemoSummary],
) -> None:
    store, summary = built
    report = verify(store)
    assert report.ok, report
    assert report.audit_entries == summary.audit_entries
    with store.read() as uow:
        for case_id in range(1, CASES + 1, 7):
            case = uow.cases.get(case_id)
            entries = uow.audit.for_case(case_id)
            assert entries[0].action == "case.opened" and entries[0].at == case.created_at
            assert [e.at for e in entries] == sorted(e.at for e in entries)
            assert entries[-1].at <= case.updated_at <= NOW
            status = CaseStatus.NEW
            for entry in entries:
                if entry.action in ("case.status", "case.reopened"):
                    assert entry.detail["from"] == status.value
                    target = CaseStatus(str(entry.detail["to"]))
                    check_transition(status, target)
                    status = target
            assert status is case.status
            actions = Counter(e.action for e in entries)
            assert actions["incident.added"] == len(uow.cases.incidents(case_id))
            assert actions["risk_note.added"] == len(uow.cases.risk_notes(case_id))
            assert actions["case.assigned"] == (case.assignee_id is not None)


def test_risk_notes_supersede_and_set_the_case_level(built: tuple[Store, DemoSummary]) -> None:
    store, _ = built
    assert 0.25 * CASES < len({
        r[0] for r in store.db.execute("SELECT case_id FROM risk_notes")
    }) < 0.55 * CASES
    with store.read() as uow:
        for (case_id,) in store.db.execute("SELECT DISTINCT case_id FROM risk_notes").fetchall():
            notes = uow.cases.risk_notes(case_id)  # newest first
            current = [n for n in notes if n.superseded_by is None]
            assert len(current) == 1 and current[0] is notes[0]
            for newer, older in pairwise(notes):
                assert older.superseded_by == newer.id
            assert uow.cases.get(case_id).risk_level is notes[0].level


def test_search_finds_words_of_the_generated_descriptions(built: tuple[Store, DemoSummary]) -> None:
    store, _ = built
    with store.read() as uow:
        for case_id in (1, 150, CASES):
            description = uow.cases.incidents(case_id)[0].description
            assert case_id in uow.cases.search(description, limit=CASES)
            word = max(description.replace(".", " ").replace(",", " ").split(), key=len)
            assert case_id in uow.cases.search(word, limit=CASES), word
            page = uow.cases.queue_page(
                QueueFilter(statuses=(), text=description), QueueSort("ref"), 0, CASES)
            assert case_id in [row.id for row in page]
        assert uow.cases.search("spyware")  # a category word the phrase templates use


def test_bulk_index_matches_reindex_text(built: tuple[Store, DemoSummary]) -> None:
    store, _ = built
    probes = ["Heron", "harassment", "spyware", "Valmoria", "C-"]
    with store.read() as uow:
        before = {p: uow.cases.search(p, limit=CASES) for p in probes}
    with store.transaction() as uow:
        for case_id in range(1, CASES + 1):
            uow.cases.reindex_text(case_id)
    with store.read() as uow:
        after = {p: uow.cases.search(p, limit=CASES) for p in probes}
    assert {p: sorted(v) for p, v in after.items()} == {p: sorted(v) for p, v in before.items()}


def test_names_are_synthetic(built: tuple[Store, DemoSummary]) -> None:
    store, summary = built
    with store.read() as uow:
        responders = uow.reference.responders()
        defenders = [uow.reference.defender(i) for i in range(1, summary.defenders + 1)]
    assert responders and all(is_synthetic_name(r.display_name) for r in responders)
    assert all(d is not None for d in defenders)
    for d in defenders:
        assert d is not None
        assert is_synthetic_name(d.legal_name), d.legal_name
        bird, tree, number = d.pseudonym.split(" ")
        assert bird in BIRDS and tree in TREES and number.isdigit()
    assert not is_synthetic_name("Maria Garcia")
    assert any(d.do_not_contact for d in defenders if d is not None)
    factors = Counter(f for d in defenders if d is not None for f in d.gender_factors)
    assert {"woman_hrd", "lgbti", "indigenous", "journalist", "family_targeted"} <= set(factors)


def test_an_empty_profile_is_required(built: tuple[Store, DemoSummary]) -> None:
    store, _ = built
    with pytest.raises(ValueError, match="empty profile"):
        build_demo(store, 10, 1, NOW)


@pytest.mark.parametrize("cases", [0, 1, 9])
def test_tiny_caseloads_build(tmp_path: Path, cases: int) -> None:
    calls: list[tuple[int, int]] = []
    store, summary = _build(tmp_path / "p", cases=cases,
                            progress=lambda done, total: calls.append((done, total)))
    try:
        assert summary.cases == cases == store.db.execute("SELECT count(*) FROM cases").fetchone()[0]
        assert calls[-1] == (cases, cases)
        assert verify(store).ok
    finally:
        store.close()


def test_received_signals_give_the_supervisor_a_team_to_look_at(
        built: tuple[Store, DemoSummary]) -> None:
    """Most other responders have a synced report (never from the future, never the supervisor's
    own, no outbox op); some have none yet, and the dashboard can tell the two apart."""
    from hrdcase.services.wellbeing_api import ExposureSource

    store, _summary = built
    with store.read() as uow:
        me = int(uow.settings.get("me") or 0)
        signals = uow.wellbeing.team_signals()
        responders = uow.reference.responders()
    assert me not in signals and 0.5 * len(responders) < len(signals) < len(responders) - 1
    assert all(s.as_of <= NOW and s.week_minutes >= s.today_minutes for s in signals.values())
    assert store.db.execute("SELECT count(*) FROM outbox").fetchone()[0] == 0
    session_rows = _overview(store, me)
    sources = {row.responder_id: row.exposure_source for row in session_rows}
    assert sources[me] is ExposureSource.LIVE
    assert {sources[rid] for rid in signals} == {ExposureSource.REPORTED}
    assert ExposureSource.NONE in sources.values()


def _overview(store: Store, me: int) -> list:
    from hrdcase.models.clock import FixedClock
    from hrdcase.services.cases import CaseService
    from hrdcase.services.wellbeing import WellbeingService

    clock = FixedClock(NOW)
    with store.read() as uow:
        responder = uow.reference.responder(me)
    cases = CaseService(store, clock, me, "demo-test")
    return WellbeingService(store, clock, responder, "demo-test", cases,
                            cases.sla_policy).team_overview()


# ---------------------------------------------------------------- a demo like a real week (issue 11)
WEEK_CASES = 2_000
RECENT = 8 * 7 * 86_400  # eight weeks, in seconds


@pytest.fixture(scope="module")
def week(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, DemoSummary]]:
    store, summary = _build(tmp_path_factory.mktemp("week") / "profile", cases=WEEK_CASES, seed=3)
    yield store, summary
    store.close()


def _count(store: Store, sql: str, *params: object) -> int:
    return int(store.db.execute(sql, params).fetchone()[0])


def test_a_few_open_cases_are_breached_and_most_are_due_within_days(
        week: tuple[Store, DemoSummary]) -> None:
    """The queue's Due column: the next deadline still running (first response until answered,
    then resolution) is mostly ahead, some within the warning lead, 3–12% past."""
    from hrdcase.models.sla import BreachState, breach_state
    from hrdcase.services.sla_policy import default_sla_policy

    store, _ = week
    policy = default_sla_policy()
    with store.read() as uow:
        page = uow.cases.queue_page(QueueFilter(), QueueSort("ref"), 0, WEEK_CASES)
        states = Counter(
            breach_state(row.breach_at, None, NOW, policy.targets[row.priority].warning_before)
            for row in page)
    assert len(page) == sum(states.values()) > 100
    share = states[BreachState.BREACHED] / len(page)
    assert 0.03 <= share <= 0.12, states
    assert states[BreachState.WARNING] >= 3, states
    ahead = sorted((row.breach_at - NOW).total_seconds() for row in page
                   if row.breach_at is not None and row.breach_at > NOW)
    assert ahead[len(ahead) // 2] < 10 * 86_400  # the median open case is due within days
    assert ahead[0] < 3_600  # and something is due within the hour


def test_loads_vary_and_nobody_is_over_a_limit_without_a_written_override(
        week: tuple[Store, DemoSummary]) -> None:
    store, _ = week
    with store.read() as uow:
        counts = uow.wellbeing.open_counts()
        policy = uow.wellbeing.latest_policy()
        overrides = uow.wellbeing.overrides()
    from hrdcase.wellbeing.policy import load_policy

    limits = load_policy()
    assert policy is None or policy["max_open_cases"] == limits.max_open_cases
    loads = sorted(n for n, _p1 in counts.values())
    assert len(set(loads)) >= 5 and loads[0] < limits.max_open_cases / 2, loads
    over = {(rid, "open_cases") for rid, (n, _p1) in counts.items() if n > limits.max_open_cases}
    over |= {(rid, "concurrent_p1") for rid, (_n, p1) in counts.items()
             if p1 > limits.max_concurrent_p1}
    granted = {(rid, limit) for _id, case_id, rid, boss, tags, reason in overrides
               for limit in tags.split(",") if reason.strip() and boss != rid}
    assert over and over <= granted, (over, overrides)
    with store.read() as uow:  # reported exposure stays within the daily and weekly limits too
        signals = uow.wellbeing.team_signals().values()
    assert signals and all(s.today_minutes <= limits.daily_exposure_minutes
                           and s.week_minutes <= limits.weekly_exposure_minutes for s in signals)
    for _id, case_id, rid, _boss, _tags, _reason in overrides:
        case = store.db.execute("SELECT assignee_id, status FROM cases WHERE id = ?",
                                (case_id,)).fetchone()
        assert case[0] == rid and CaseStatus(case[1]).is_open


def test_every_kind_of_case_work_is_there(week: tuple[Store, DemoSummary]) -> None:
    store, _ = week
    for table in ("decisions", "appeals", "notifications", "tasks", "evidence_media", "surges",
                  "risk_notes", "overrides"):
        assert _count(store, f"SELECT count(*) FROM {table}") > 0, table
    outcomes = Counter(store.db.execute("SELECT status, outcome FROM appeals").fetchall())
    assert outcomes[("decided", "upheld")] and outcomes[("escalated_ods", "upheld")], outcomes
    assert outcomes[("decided", "reversed")] + outcomes[("decided", "partially_reversed")], outcomes
    tasks = dict(store.db.execute("SELECT status, count(*) FROM tasks GROUP BY status").fetchall())
    assert tasks.get("done") and tasks.get("open") and tasks.get("skipped"), tasks
    assert _count(store, "SELECT count(*) FROM surges WHERE starts_at <= ? AND ends_at > ? "
                         "AND ended_at IS NULL", NOW.timestamp(), NOW.timestamp()) == 1
    assert _count(store, "SELECT count(*) FROM notifications n JOIN defenders d "
                         "ON d.id = n.defender_id WHERE d.do_not_contact") == 0
    assert _count(store, "SELECT count(*) FROM notifications WHERE vetted_by = sent_by "
                         "OR consent_at > sent_at") == 0
    # A worked case whose defender asked not to be contacted: its Notify tab shows the block.
    assert _count(store, "SELECT count(*) FROM cases c JOIN defenders d ON d.id = c.defender_id "
                         "WHERE d.do_not_contact AND c.id IN (SELECT case_id FROM tasks)") > 0
    # A typical worked case fills every tab: incidents, evidence, playbook, decisions, notifications.
    full = _count(store, "SELECT count(*) FROM cases c WHERE "
                         "c.id IN (SELECT case_id FROM tasks) "
                         "AND c.id IN (SELECT i.case_id FROM evidence_media e "
                         "JOIN incidents i ON i.id = e.incident_id) "
                         "AND c.id IN (SELECT case_id FROM decisions) "
                         "AND c.id IN (SELECT case_id FROM notifications)")
    assert full > 0
    with store.read() as uow:
        assert uow.outbox.count() == 0
    report = verify(store)
    assert report.ok, report


def test_the_week_is_dated_in_the_weeks_before_the_build(week: tuple[Store, DemoSummary]) -> None:
    store, _ = week
    now = NOW.timestamp()
    stamps = {
        "open cases": "SELECT min(created_at), max(updated_at) FROM cases "
                      "WHERE status NOT IN ('resolved', 'closed')",
        "decisions": "SELECT min(decided_at), max(decided_at) FROM decisions",
        "appeals": "SELECT min(filed_at), max(coalesce(ods_escalated_at, decided_at, filed_at)) "
                   "FROM appeals",
        "notifications": "SELECT min(consent_at), max(sent_at) FROM notifications",
        "tasks": "SELECT min(done_at), max(done_at) FROM tasks",
        "overrides": "SELECT min(at), max(at) FROM overrides",
        "surges": "SELECT min(declared_at), max(declared_at) FROM surges",
    }
    for what, sql in stamps.items():
        low, high = store.db.execute(sql).fetchone()
        assert now - RECENT <= low <= high <= now, what
    newest = store.db.execute("SELECT max(at) FROM audit_log").fetchone()[0]
    assert now - 86_400 < newest <= now  # something happened today
    recent_share = _count(store, "SELECT count(*) FROM audit_log WHERE at >= ?", now - 7 * 86_400)
    assert recent_share > 200  # a busy last week, not a caseload frozen months ago
