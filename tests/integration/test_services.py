"""CaseService and CaseQueries on a real SQLCipher file: transactions, outbox, risk notes, search,
and the queue against a pure-Python oracle over ~300 cases."""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from hrdcase.models.clock import FixedClock
from hrdcase.models.entities import RiskItem
from hrdcase.models.enums import CaseStatus, IncidentCategory, Priority, RiskLevel
from hrdcase.models.intake import NewCase, NewDefender
from hrdcase.models.queue import OPEN_STATUSES, SORT_COLUMNS, UNASSIGNED, QueueFilter, QueueSort
from hrdcase.services.audit import verify
from hrdcase.services.queries import CaseQueries
from hrdcase.services.sla_policy import default_sla_policy
from hrdcase.storage.audit import AuditLog
from hrdcase.storage.outbox import Outbox
from hrdcase.storage.store import Store
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import Caseload, Expected, new_caseload, text_matches

TABLES = ("cases", "incidents", "defenders", "risk_notes", "audit_log", "outbox", "case_fts")


@pytest.fixture
def load(profile_dir: Path, clock: FixedClock) -> Iterator[Caseload]:
    c = new_caseload(profile_dir, clock, PASSPHRASE, FAST_KDF)
    yield c
    c.close()


def counts(store: Store) -> dict[str, int]:
    return {t: store.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def draft(**changes) -> NewCase:
    base = NewCase(
        title="Quokkatitle about a leaked address",
        category=IncidentCategory.DOXXING,
        region_code="KE",
        language="sw",
        description="Pangolindescription: home address posted",
        summary="Axolotlsummary of the situation",
        new_defender=NewDefender("Tamarinpseudonym", legal_name="Real Legalname"),
    )
    return replace(base, **changes)


# ---- one transaction per use case
def _use_cases(load: Caseload, case_id: int) -> dict[str, Callable[[], object]]:
    s, r = load.service, load.world.responders
    return {
        "open_case": lambda: s.open_case(draft()),
        "update_fields": lambda: s.update_fields(case_id, 1, title="New title", priority="P1"),
        "assign": lambda: s.assign(case_id, r[1].id, 1),
        "change_status": lambda: s.change_status(case_id, CaseStatus.TRIAGED, 1),
        "add_incident": lambda: s.add_incident(case_id, IncidentCategory.IMPERSONATION, "more"),
        "add_risk_note": lambda: s.add_risk_note(
            case_id, [RiskItem("t", 4)], [RiskItem("v", 4)], [], rationale="why"
        ),
    }


USE_CASES = ("open_case", "update_fields", "assign", "change_status", "add_incident",
             "add_risk_note")


@pytest.mark.parametrize("name", USE_CASES)
def test_each_use_case_runs_in_exactly_one_transaction(load: Caseload, name: str) -> None:
    case_id, _ = load.service.open_case(draft())
    statements: list[str] = []
    load.store.db.conn.set_trace_callback(statements.append)
    try:
        _use_cases(load, case_id)[name]()
    finally:
        load.store.db.conn.set_trace_callback(None)
    control = [s for s in statements if s.split()[0].upper() in {"BEGIN", "COMMIT", "ROLLBACK"}]
    assert control == ["BEGIN IMMEDIATE", "COMMIT"]


@pytest.mark.parametrize("name", USE_CASES)
def test_a_failure_midway_leaves_nothing_behind(
    load: Caseload, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id, _ = load.service.open_case(draft())
    queries = CaseQueries(load.store)
    before_counts = counts(load.store)
    before_case = queries.case_detail(case_id)
    before_search = queries.search("Quokkatitle")

    def boom(*args, **kwargs):
        raise RuntimeError("simulated failure after the main writes")

    monkeypatch.setattr(Outbox, "add", boom)
    with pytest.raises(RuntimeError, match="simulated"):
        _use_cases(load, case_id)[name]()
    monkeypatch.undo()

    assert counts(load.store) == before_counts
    assert queries.case_detail(case_id) == before_case
    assert queries.search("Quokkatitle") == before_search
    assert queries.search("more") == []
    assert verify(load.store).ok
    # The connection is not left inside a transaction: the same use case now succeeds.
    _use_cases(load, case_id)[name]()
    assert counts(load.store) != before_counts


def test_a_failure_in_the_second_audit_entry_rolls_back_open_case(
    load: Caseload, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = counts(load.store)
    real = AuditLog.append
    calls = []

    def second_fails(self, *args, **kwargs):
        calls.append(args[1:3])
        if len(calls) == 2:
            raise RuntimeError("second append fails")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(AuditLog, "append", second_fails)
    with pytest.raises(RuntimeError):
        load.service.open_case(draft())
    assert len(calls) == 2
    assert counts(load.store) == before


def test_a_constraint_failure_rolls_back_too(load: Caseload, monkeypatch) -> None:
    case_id, _ = load.service.open_case(draft())
    ref = CaseQueries(load.store).case_detail(case_id).case.ref
    before = counts(load.store)
    # A colliding reference (40 random bits) makes the INSERT fail after the defender was added.
    monkeypatch.setattr("hrdcase.services.cases.new_case_ref", lambda: ref)
    with pytest.raises(Exception, match="UNIQUE"):
        load.service.open_case(draft())
    assert counts(load.store) == before


# ---- outbox
ROUTING_KEYS = {"ref", "team_id", "status", "priority", "assignee_id", "region", "category",
                "version", "updated_at"}


def test_outbox_rows_carry_routing_metadata_but_no_content(load: Caseload) -> None:
    s = load.service
    case_id, _ = s.open_case(draft(assignee_id=load.world.responders[2].id))
    s.update_fields(case_id, 1, title="Ibexnewtitle", summary="Ibexnewsummary")
    s.change_status(case_id, CaseStatus.TRIAGED, 2)
    s.add_incident(case_id, IncidentCategory.THREATS_OF_VIOLENCE, "Ibexincident text")
    s.add_risk_note(case_id, [RiskItem("Ibexthreat", 3)], [RiskItem("v", 3)], [],
                    rationale="Ibexrationale")
    s.assign(case_id, None, 5)
    ops = Outbox(load.store.db).pending()
    assert len(ops) == 6
    secrets = ("Quokkatitle", "Axolotlsummary", "Pangolindescription", "Tamarinpseudonym",
               "Legalname", "Ibex")
    op_seqs = [op[0] for op in ops]
    assert op_seqs == sorted(op_seqs)
    assert len({op[1] for op in ops}) == 6  # op ids are unique
    for op_seq, _op_id, device_id, entity, entity_id, base_version, routing, _payload in ops:
        assert device_id == load.store.device_id
        assert entity in {"case", "incident", "risk_note"}
        assert entity_id
        doc = json.loads(routing)
        assert set(doc) == ROUTING_KEYS
        assert doc["region"] == "KE" and doc["team_id"] == load.world.team_id
        for secret in secrets:
            assert secret not in routing, (op_seq, secret)
        assert isinstance(base_version, int)
    statuses = [json.loads(op[6])["status"] for op in ops]
    assert statuses == ["new", "new", "triaged", "triaged", "triaged", "triaged"]
    versions = [json.loads(op[6])["version"] for op in ops]
    assert versions == [1, 2, 3, 4, 5, 6]
    assert json.loads(ops[-1][6])["assignee_id"] is None
    # The payload (to be sealed under the team key by sync) does hold the content.
    assert json.loads(ops[0][7])["title"] == draft().title


# ---- risk notes
def test_risk_notes_supersede_and_never_overwrite(load: Caseload, clock: FixedClock) -> None:
    s = load.service
    case_id, _ = s.open_case(draft())
    for i, (t, v) in enumerate([(1, 2), (4, 4), (5, 5)]):
        clock.advance(timedelta(days=1))
        s.add_risk_note(case_id, [RiskItem(f"threat {i}", t)], [RiskItem(f"vuln {i}", v)], [],
                        rationale=f"rationale {i}", mitigations=f"mitigation {i}")
    detail = CaseQueries(load.store).case_detail(case_id)
    notes = detail.risk_notes  # newest first
    assert [n.rationale for n in notes] == ["rationale 2", "rationale 1", "rationale 0"]
    assert [n.threats[0].label for n in notes] == ["threat 2", "threat 1", "threat 0"]
    assert [n.level for n in notes] == [RiskLevel.CRITICAL, RiskLevel.CRITICAL, RiskLevel.LOW]
    assert notes[0].superseded_by is None
    assert notes[1].superseded_by == notes[0].id
    assert notes[2].superseded_by == notes[1].id
    assert detail.case.risk_level is RiskLevel.CRITICAL
    current = load.store.db.execute(
        "SELECT count(*) FROM risk_notes WHERE case_id = ? AND superseded_by IS NULL", (case_id,)
    ).fetchone()[0]
    assert current == 1
    assert [e.action for e in detail.timeline].count("risk_note.added") == 3


# ---- full-text search
def test_search_finds_new_and_edited_text_and_forgets_replaced_titles(load: Caseload) -> None:
    s, q = load.service, CaseQueries(load.store)
    case_id, _ = s.open_case(draft())
    other_id, _ = s.open_case(draft(title="Unrelated walrus", description="walrus",
                                    summary="", new_defender=NewDefender("Seal")))
    ref = q.case_detail(case_id).case.ref
    for text in ("Quokkatitle", "quokka", "AXOLOTLSUMMARY", "pangolin", "Tamarinpseudonym", ref,
                 ref.lower(), "leaked address", "quok pang"):
        assert q.search(text) == [case_id], text
    assert q.search("walrus") == [other_id]
    assert q.search("quokka walrus") == []
    assert q.search("Real Legalname") == []  # the legal name is not indexed
    assert q.search("AND") == [] and q.search('"') == []

    s.update_fields(case_id, 1, title="Meerkat heading")
    assert q.search("Quokkatitle") == []
    assert q.search("meerkat") == [case_id]
    assert q.search("Pangolindescription") == [case_id]  # the body is still indexed

    s.add_incident(case_id, IncidentCategory.IMPERSONATION, "Fake profile of the défenseur")
    assert q.search("defenseur") == [case_id]  # diacritics folded
    assert q.search("profile fake") == [case_id]
    assert q.search("Meerkat") == [case_id]


# ---- the queue against an oracle
def _fold(text: str | None) -> str:
    return text.translate(str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                                        "abcdefghijklmnopqrstuvwxyz")) if text else ""


def _sort_key(column: str) -> Callable[[Expected], tuple]:
    def ts(value) -> int:
        return int(value.timestamp())

    keys: dict[str, Callable[[Expected], tuple]] = {
        "ref": lambda e: (e.ref,),
        "priority": lambda e: (e.priority.value, ts(e.created_at)),
        "title": lambda e: (_fold(e.title),),
        "status": lambda e: (list(CaseStatus).index(e.status),),  # workflow order
        "category": lambda e: (e.category.value,),
        "region": lambda e: (e.region_code,),
        "language": lambda e: (e.language,),
        # SQLite puts NULL (no assignee) first in ascending order.
        "assignee": lambda e: (e.assignee is not None, _fold(e.assignee)),
        "defender": lambda e: (_fold(e.pseudonym),),
        "created": lambda e: (ts(e.created_at),),
        "updated": lambda e: (ts(e.updated_at),),
        # nobody answers in the factory: first-response due, from created time and priority
        "breach": lambda e: (ts(e.created_at + default_sla_policy().targets[e.priority]
                                .first_response),),
    }
    key = keys[column]
    return lambda e: (*key(e), e.id)


def oracle(cases: list[Expected], f: QueueFilter, sort: QueueSort) -> list[int]:
    chosen = [
        e for e in cases
        if (not f.statuses or e.status in f.statuses)
        and (not f.priorities or e.priority in f.priorities)
        and (f.assignee_id is None
             or (e.assignee_id is None if f.assignee_id == UNASSIGNED
                 else e.assignee_id == f.assignee_id))
        and (not f.region_code or e.region_code == f.region_code)
        and (not f.language or e.language == f.language)
        and text_matches(f.text, e.search_text())
    ]
    chosen.sort(key=_sort_key(sort.column), reverse=sort.descending)
    return [e.id for e in chosen]


class Big:
    def __init__(self, load: Caseload, cases: list[Expected]) -> None:
        self.load = load
        self.cases = cases
        self.queries = CaseQueries(load.store)


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Big]:
    clock = FixedClock()
    load = new_caseload(tmp_path_factory.mktemp("big") / "profile", clock, PASSPHRASE, FAST_KDF)
    factory = load.factory(seed=20260105)
    factory.caseload(300)
    yield Big(load, list(factory.cases.values()))
    load.close()


def _filters(big: Big) -> list[QueueFilter]:
    rng = random.Random(5)
    responders = [r.id for r in big.load.world.responders]
    some = big.cases[17]
    filters = [
        QueueFilter(),
        QueueFilter(statuses=()),
        *(QueueFilter(statuses=(s,)) for s in CaseStatus),
        QueueFilter(statuses=(CaseStatus.RESOLVED, CaseStatus.CLOSED)),
        QueueFilter(statuses=(), priorities=(Priority.P1,)),
        QueueFilter(priorities=(Priority.P1, Priority.P2)),
        *(QueueFilter(statuses=(), assignee_id=r) for r in responders),
        QueueFilter(statuses=(), assignee_id=UNASSIGNED),
        QueueFilter(assignee_id=UNASSIGNED, priorities=(Priority.P4,)),
        QueueFilter(statuses=(), assignee_id=999_999),
        *(QueueFilter(statuses=(), region_code=r.code) for r in big.load.world.regions),
        *(QueueFilter(statuses=(), language=lang) for lang in ("en", "sw", "pt", "fr", "es", "tl")),
        QueueFilter(statuses=(), region_code="BR", language="fr"),
        *(QueueFilter(statuses=(), text=t) for t in (
            "phish", "phishing", "PHISH", "account river", "retitled", "heron", "kest", "osp",
            some.ref, some.ref.lower(), "nomatchxyz", "AND", '"', "title:phish", "dox*", "7",
            "land -protest",
        )),
        QueueFilter(text="Journalist", assignee_id=responders[0]),
    ]
    for _ in range(25):
        filters.append(QueueFilter(
            statuses=tuple(rng.sample(list(CaseStatus), rng.randint(0, 4))),
            priorities=tuple(rng.sample(list(Priority), rng.randint(0, 2))),
            assignee_id=rng.choice([None, None, UNASSIGNED, *responders]),
            region_code=rng.choice([None, None, "KE", "PH", "MX"]),
            language=rng.choice([None, None, "en", "fr"]),
            text=rng.choice(["", "", "", "phish", "lawyer union", "wren", "c"]),
        ))
    return filters


def test_the_factory_model_matches_the_database(big: Big) -> None:
    assert len(big.cases) == 300
    statuses = {e.status for e in big.cases}
    assert len(statuses) >= 5  # the generator exercises the workflow
    assert any(e.assignee is None for e in big.cases)
    assert len({e.created_at for e in big.cases}) < 300  # ties exist for the id to break
    with big.load.store.read() as uow:
        for e in big.cases:
            c = uow.cases.get(e.id)
            assert (c.ref, c.title, c.status, c.priority, c.region_code, c.language,
                    c.assignee_id, c.defender_id, c.created_at, c.updated_at, c.version) == (
                e.ref, e.title, e.status, e.priority, e.region_code, e.language,
                e.assignee_id, e.defender_id, e.created_at, e.updated_at, e.version)
    assert verify(big.load.store).ok


def test_queue_rows_carry_the_joined_names(big: Big) -> None:
    page = big.queries.queue_page(QueueFilter(statuses=()), QueueSort("ref"), 0, 1000)
    by_id = {e.id: e for e in big.cases}
    assert len(page.rows) == 300
    for row in page.rows:
        e = by_id[row.id]
        assert (row.ref, row.title, row.status, row.priority, row.category, row.region_code,
                row.language, row.assignee, row.defender, row.created_at, row.updated_at) == (
            e.ref, e.title, e.status, e.priority, e.category, e.region_code, e.language,
            e.assignee or "", e.pseudonym, e.created_at, e.updated_at)


@pytest.mark.parametrize("descending", [False, True], ids=["asc", "desc"])
@pytest.mark.parametrize("column", SORT_COLUMNS)
def test_queue_filters_and_sorts_agree_with_the_oracle(
    big: Big, column: str, descending: bool
) -> None:
    sort = QueueSort(column, descending)
    nonempty = 0
    for f in _filters(big):
        expected = oracle(big.cases, f, sort)
        got = [r.id for r in big.queries.queue_page(f, sort, 0, 10_000).rows]
        assert got == expected, (f, sort)
        assert big.queries.queue_count(f) == len(expected), f
        nonempty += bool(expected)
    assert nonempty > 40  # the filters are not vacuous


@pytest.mark.parametrize("column", ["priority", "assignee", "updated"])
def test_pages_tile_the_whole_result(big: Big, column: str) -> None:
    f = QueueFilter(statuses=())
    sort = QueueSort(column, descending=True)
    whole = [r.id for r in big.queries.queue_page(f, sort, 0, 10_000).rows]
    tiled: list[int] = []
    for offset in range(0, 320, 37):
        page = big.queries.queue_page(f, sort, offset, 37)
        assert page.offset == offset
        tiled.extend(r.id for r in page.rows)
    assert tiled == whole == oracle(big.cases, f, sort)


def test_default_filter_is_open_cases_by_priority(big: Big) -> None:
    rows = big.queries.queue_page(QueueFilter(), QueueSort(), 0, 10_000).rows
    assert {r.status for r in rows} <= set(OPEN_STATUSES)
    assert [r.priority.rank for r in rows] == sorted(r.priority.rank for r in rows)
    assert len(rows) == sum(e.status.is_open for e in big.cases)


def test_languages_lists_what_cases_use(big: Big) -> None:
    assert big.queries.languages() == sorted({e.language for e in big.cases})


def test_service_actor_is_recorded(big: Big) -> None:
    me = big.load.world.responders[0].id
    with big.load.store.read() as uow:
        actors = {e.actor_id for e in uow.audit.for_case(big.cases[0].id)}
    assert actors == {me}
