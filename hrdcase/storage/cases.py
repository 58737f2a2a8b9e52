"""Cases, incidents and risk notes: all their SQL, the queue queries and full-text search."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from hrdcase.errors import ConcurrentEdit, NotFound
from hrdcase.models.entities import Case, Incident, RiskItem, RiskNote
from hrdcase.models.enums import (
    CaseStatus,
    IncidentCategory,
    IntakeChannel,
    Priority,
    RiskLevel,
    Severity,
)
from hrdcase.models.queue import UNASSIGNED, QueueFilter, QueueRow, QueueSort
from hrdcase.storage.codec import dt, dt_required, join_tags, new_gid, split_tags, ts
from hrdcase.storage.db import Database
from hrdcase.storage.triage import BREACH_AT, NO_BREACH

_CASE_COLUMNS = (
    "id, ref, title, summary, status, priority, severity, category, channel, region_code, "
    "language, defender_id, assignee_id, team_id, risk_level, created_at, updated_at, "
    "first_response_due, resolution_due, version"
)

# Statuses sort in workflow order (new first, closed last), not alphabetically.
_STATUS_ORDER = (
    "CASE c.status "
    + " ".join(f"WHEN '{s.value}' THEN {i}" for i, s in enumerate(CaseStatus))
    + " END"
)

# Whitelisted ORDER BY expressions: user input chooses a key, never SQL text.
_SORT_SQL = {
    "ref": "c.ref",
    "priority": "c.priority, c.created_at",
    "title": "c.title COLLATE NOCASE",
    "status": _STATUS_ORDER,
    "category": "c.category",
    "region": "c.region_code",
    "language": "c.language",
    "assignee": "r.display_name COLLATE NOCASE",
    "defender": "d.pseudonym COLLATE NOCASE",
    "created": "c.created_at",
    "updated": "c.updated_at",
    "breach": BREACH_AT,
}

_QUEUE_COLUMNS = (
    "SELECT c.id, c.ref, c.title, c.status, c.priority, c.category, c.region_code, c.language, "
    "COALESCE(r.display_name, ''), COALESCE(d.pseudonym, ''), c.created_at, c.updated_at"
    f", NULLIF({BREACH_AT}, {NO_BREACH}), (SELECT n.next_review FROM risk_notes n "
    "WHERE n.case_id = c.id AND n.superseded_by IS NULL ORDER BY n.id DESC LIMIT 1)"
)
_JOIN_ASSIGNEE = " LEFT JOIN responders r ON r.id = c.assignee_id"
_JOIN_DEFENDER = " LEFT JOIN defenders d ON d.id = c.defender_id"
# The page's ids are chosen first from the narrow index entries; only the page's 50 rows are then
# read whole and joined. Joining before the sort read and joined every matching row (100k cases:
# ~150 ms for the open queue instead of <1 ms). The id query joins only what its sort key needs.
_SORT_JOINS = {"assignee": _JOIN_ASSIGNEE, "defender": _JOIN_DEFENDER}

_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str | None:
    """Turn free text into a safe FTS5 query: every word must match, as a prefix.

    Words are quoted, so FTS5 operators typed by a user (AND, NEAR, quotes, colons) are just words.
    """
    words = _WORD.findall(text)
    if not words:
        return None
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words)


def _where(f: QueueFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if f.statuses:
        clauses.append(f"c.status IN ({','.join('?' * len(f.statuses))})")
        params.extend(s.value for s in f.statuses)
    if f.priorities:
        clauses.append(f"c.priority IN ({','.join('?' * len(f.priorities))})")
        params.extend(p.value for p in f.priorities)
    if f.assignee_id == UNASSIGNED:
        clauses.append("c.assignee_id IS NULL")
    elif f.assignee_id is not None:
        clauses.append("c.assignee_id = ?")
        params.append(f.assignee_id)
    if f.region_code:
        clauses.append("c.region_code = ?")
        params.append(f.region_code)
    if f.language:
        clauses.append("c.language = ?")
        params.append(f.language)
    query = fts_query(f.text)
    if query:
        clauses.append("c.id IN (SELECT rowid FROM case_fts WHERE case_fts MATCH ?)")
        params.append(query)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


class CaseRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    # ---- cases
    def add(self, case: Case) -> int:
        case_id = self.db.insert(
            "INSERT INTO cases (ref, title, summary, status, priority, severity, category, channel, "
            "region_code, language, defender_id, assignee_id, team_id, risk_level, created_at, "
            "updated_at, first_response_due, resolution_due, version, gid) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*_case_params(case), new_gid()),
        )
        return case_id

    def get(self, case_id: int) -> Case:
        row = self.db.execute(f"SELECT {_CASE_COLUMNS} FROM cases WHERE id = ?", (case_id,)).fetchone()
        if row is None:
            raise NotFound(f"No case with id {case_id}.")
        return _case(row)

    def get_by_ref(self, ref: str) -> Case:
        row = self.db.execute(f"SELECT {_CASE_COLUMNS} FROM cases WHERE ref = ?", (ref,)).fetchone()
        if row is None:
            raise NotFound(f"No case {ref} in this caseload.")
        return _case(row)

    def save(self, case: Case, expected_version: int) -> Case:
        """Write `case` if the stored row still has `expected_version`; returns it at version+1."""
        saved = replace(case, version=expected_version + 1)
        params = _case_params(saved)[1:]  # everything after ref
        cur = self.db.execute(
            "UPDATE cases SET title = ?, summary = ?, status = ?, priority = ?, severity = ?, "
            "category = ?, channel = ?, region_code = ?, language = ?, defender_id = ?, "
            "assignee_id = ?, team_id = ?, risk_level = ?, created_at = ?, updated_at = ?, "
            "first_response_due = ?, resolution_due = ?, version = ? "
            "WHERE id = ? AND version = ?",
            (*params, case.id, expected_version),
        )
        if cur.rowcount != 1:
            raise ConcurrentEdit(
                f"Case {case.ref} changed since it was opened; reload it and apply the edit again."
            )
        return saved

    def count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM cases").fetchone()[0])

    # ---- queue
    def queue_count(self, f: QueueFilter) -> int:
        where, params = _where(f)
        return int(self.db.execute(f"SELECT count(*) FROM cases c{where}", params).fetchone()[0])

    def queue_page(
        self, f: QueueFilter, sort: QueueSort, offset: int, limit: int
    ) -> list[QueueRow]:
        where, params = _where(f)
        direction = " DESC" if sort.descending else ""
        order = ", ".join(part + direction for part in _SORT_SQL[sort.column].split(", "))
        order = f"{order}, c.id{direction}"
        page_ids = (
            f"SELECT c.id FROM cases c{_SORT_JOINS.get(sort.column, '')}{where} "
            f"ORDER BY {order} LIMIT ? OFFSET ?"
        )
        sql = (
            f"{_QUEUE_COLUMNS} FROM ({page_ids}) page JOIN cases c ON c.id = page.id"
            f"{_JOIN_ASSIGNEE}{_JOIN_DEFENDER} ORDER BY {order}"
        )
        return [_queue_row(r) for r in self.db.execute(sql, [*params, limit, offset])]

    def distinct_languages(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT DISTINCT language FROM cases ORDER BY 1")]

    # ---- full-text index (contentless: the text lives only in cases/incidents/defenders)
    def reindex_text(self, case_id: int) -> None:
        row = self.db.execute(
            "SELECT c.title, c.summary, c.ref, COALESCE(d.pseudonym, '') FROM cases c "
            "LEFT JOIN defenders d ON d.id = c.defender_id WHERE c.id = ?",
            (case_id,),
        ).fetchone()
        if row is None:
            return
        title, summary, ref, pseudonym = row
        incidents = " ".join(
            r[0]
            for r in self.db.execute(
                "SELECT description FROM incidents WHERE case_id = ? ORDER BY id", (case_id,)
            )
        )
        self.db.execute("DELETE FROM case_fts WHERE rowid = ?", (case_id,))
        self.db.execute(
            "INSERT INTO case_fts (rowid, title, body) VALUES (?, ?, ?)",
            (case_id, title, " ".join((ref, pseudonym, summary, incidents))),
        )

    def search(self, text: str, limit: int = 50) -> list[int]:
        query = fts_query(text)
        if not query:
            return []
        return [
            r[0]
            for r in self.db.execute(
                # Newest first: FTS5 walks rowids in order and stops at LIMIT, where ranking by
                # relevance would score every match (a common word: 23k of 100k cases, ~30 ms).
                "SELECT rowid FROM case_fts WHERE case_fts MATCH ? ORDER BY rowid DESC LIMIT ?",
                (query, limit),
            )
        ]

    # ---- bulk paths (demo caseloads, imports): one executemany per table, ids assigned here.
    # Call them inside a transaction; ids are max(id) + 1 onwards, as SQLite would assign them.
    def _next_id(self, table: str) -> int:
        return int(self.db.execute(f"SELECT COALESCE(max(id), 0) + 1 FROM {table}").fetchone()[0])

    def add_many(self, cases: Sequence[Case]) -> list[int]:
        """Insert `cases` (their `id` is ignored); returns the new ids in the same order."""
        start = self._next_id("cases")
        self.db.executemany(
            "INSERT INTO cases (id, ref, title, summary, status, priority, severity, category, "
            "channel, region_code, language, defender_id, assignee_id, team_id, risk_level, "
            "created_at, updated_at, first_response_due, resolution_due, version) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(start + i, *_case_params(c)) for i, c in enumerate(cases)],
        )
        return list(range(start, start + len(cases)))

    def add_incidents(self, incidents: Sequence[Incident]) -> list[int]:
        """Insert `incidents` (their `id` is ignored); returns the new ids in the same order."""
        start = self._next_id("incidents")
        self.db.executemany(
            "INSERT INTO incidents (id, case_id, category, description, reported_at, occurred_at, "
            "channel, evidence_ref, graphic) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(start + i, *_incident_params(n)) for i, n in enumerate(incidents)],
        )
        return list(range(start, start + len(incidents)))

    def add_risk_notes(self, notes: Sequence[RiskNote]) -> list[int]:
        """Insert `notes` in order, with `add_risk_note`'s rule: each note supersedes the notes of
        its case that were current before it. Returns the new ids in the same order."""
        start = self._next_id("risk_notes")
        ids = list(range(start, start + len(notes)))
        first: dict[int, int] = {}  # case id -> its first note in this batch
        latest: dict[int, int] = {}
        chained: list[tuple[int, int]] = []  # (newer id, older id) within the batch
        for note_id, note in zip(ids, notes, strict=True):
            older = latest.get(note.case_id)
            if older is None:
                first[note.case_id] = note_id
            else:
                chained.append((note_id, older))
            latest[note.case_id] = note_id
        self.db.executemany(
            "INSERT INTO risk_notes (id, case_id, author_id, created_at, threats, vulnerabilities, "
            "capacities, score, level, gender_factors, context_flags, rationale, mitigations, "
            "next_review) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(note_id, *_risk_note_params(n)) for note_id, n in zip(ids, notes, strict=True)],
        )
        self.db.executemany(
            "UPDATE risk_notes SET superseded_by = ? "
            "WHERE case_id = ? AND superseded_by IS NULL AND id < ?",
            [(note_id, case_id, start) for case_id, note_id in first.items()],
        )
        self.db.executemany("UPDATE risk_notes SET superseded_by = ? WHERE id = ?", chained)
        return ids

    def index_many(self, case_ids: Sequence[int], *, new: bool = False) -> None:
        """`reindex_text` for many cases in two statements (the same title and body text).

        `new=True` says the cases have no index row yet (just added), which skips the delete.
        """
        ids = json.dumps(list(case_ids))
        if not new:
            self.db.execute(
                "DELETE FROM case_fts WHERE rowid IN (SELECT value FROM json_each(?))", (ids,)
            )
        self.db.execute(
            "INSERT INTO case_fts (rowid, title, body) "
            "SELECT c.id, c.title, c.ref || ' ' || COALESCE(d.pseudonym, '') || ' ' || c.summary "
            "|| ' ' || COALESCE((SELECT group_concat(i.description, ' ' ORDER BY i.id) "
            "FROM incidents i WHERE i.case_id = c.id), '') "
            "FROM cases c LEFT JOIN defenders d ON d.id = c.defender_id "
            "WHERE c.id IN (SELECT value FROM json_each(?)) ORDER BY c.id",
            (ids,),
        )

    # ---- incidents
    def add_incident(self, incident: Incident) -> int:
        return self.db.insert(
            "INSERT INTO incidents (case_id, category, description, reported_at, occurred_at, "
            "channel, evidence_ref, graphic, gid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                incident.case_id,
                incident.category.value,
                incident.description,
                ts(incident.reported_at),
                ts(incident.occurred_at),
                incident.channel.value,
                incident.evidence_ref,
                int(incident.graphic),
                new_gid(),
            ),
        )

    def incidents(self, case_id: int) -> list[Incident]:
        return [
            Incident(
                id=r[0],
                case_id=r[1],
                category=IncidentCategory(r[2]),
                description=r[3],
                reported_at=dt_required(r[4]),
                occurred_at=dt(r[5]),
                channel=IntakeChannel(r[6]),
                evidence_ref=r[7],
                graphic=bool(r[8]),
            )
            for r in self.db.execute(
                "SELECT id, case_id, category, description, reported_at, occurred_at, channel, "
                "evidence_ref, graphic FROM incidents WHERE case_id = ? ORDER BY reported_at, id",
                (case_id,),
            )
        ]

    # ---- risk notes (a new note supersedes the current one; none is overwritten)
    def add_risk_note(self, note: RiskNote) -> int:
        current = self.db.execute(
            "SELECT id FROM risk_notes WHERE case_id = ? AND superseded_by IS NULL",
            (note.case_id,),
        ).fetchall()
        note_id = self.db.insert(
            "INSERT INTO risk_notes (case_id, author_id, created_at, threats, vulnerabilities, "
            "capacities, score, level, gender_factors, context_flags, rationale, mitigations, "
            "next_review) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                note.case_id,
                note.author_id,
                ts(note.created_at),
                _items_json(note.threats),
                _items_json(note.vulnerabilities),
                _items_json(note.capacities),
                note.score,
                note.level.value,
                join_tags(note.gender_factors),
                join_tags(note.context_flags),
                note.rationale,
                note.mitigations,
                ts(note.next_review),
            ),
        )
        for (old_id,) in current:
            self.db.execute("UPDATE risk_notes SET superseded_by = ? WHERE id = ?", (note_id, old_id))
        return note_id

    def risk_notes(self, case_id: int) -> list[RiskNote]:
        """All notes of a case, newest first; the current one has `superseded_by` None."""
        return [
            RiskNote(
                id=r[0],
                case_id=r[1],
                author_id=r[2],
                created_at=dt_required(r[3]),
                threats=_items(r[4]),
                vulnerabilities=_items(r[5]),
                capacities=_items(r[6]),
                score=r[7],
                level=RiskLevel(r[8]),
                gender_factors=split_tags(r[9]),
                context_flags=split_tags(r[10]),
                rationale=r[11],
                mitigations=r[12],
                next_review=dt(r[13]),
                superseded_by=r[14],
            )
            for r in self.db.execute(
                "SELECT id, case_id, author_id, created_at, threats, vulnerabilities, capacities, "
                "score, level, gender_factors, context_flags, rationale, mitigations, next_review, "
                "superseded_by FROM risk_notes WHERE case_id = ? ORDER BY created_at DESC, id DESC",
                (case_id,),
            )
        ]


def _items_json(items: tuple[RiskItem, ...]) -> str:
    return json.dumps([[i.label, i.score] for i in items], ensure_ascii=False)


def _items(text: str) -> tuple[RiskItem, ...]:
    return tuple(RiskItem(label, score) for label, score in json.loads(text))


def _incident_params(n: Incident) -> tuple[Any, ...]:
    return (
        n.case_id,
        n.category.value,
        n.description,
        ts(n.reported_at),
        ts(n.occurred_at),
        n.channel.value,
        n.evidence_ref,
        int(n.graphic),
    )


def _risk_note_params(n: RiskNote) -> tuple[Any, ...]:
    return (
        n.case_id,
        n.author_id,
        ts(n.created_at),
        _items_json(n.threats),
        _items_json(n.vulnerabilities),
        _items_json(n.capacities),
        n.score,
        n.level.value,
        join_tags(n.gender_factors),
        join_tags(n.context_flags),
        n.rationale,
        n.mitigations,
        ts(n.next_review),
    )


def _case_params(c: Case) -> tuple[Any, ...]:
    return (
        c.ref,
        c.title,
        c.summary,
        c.status.value,
        c.priority.value,
        c.severity.value,
        c.category.value,
        c.channel.value,
        c.region_code,
        c.language,
        c.defender_id,
        c.assignee_id,
        c.team_id,
        c.risk_level.value if c.risk_level else None,
        ts(c.created_at),
        ts(c.updated_at),
        ts(c.first_response_due),
        ts(c.resolution_due),
        c.version,
    )


def _case(r: tuple[Any, ...]) -> Case:
    return Case(
        id=r[0],
        ref=r[1],
        title=r[2],
        summary=r[3],
        status=CaseStatus(r[4]),
        priority=Priority(r[5]),
        severity=Severity(r[6]),
        category=IncidentCategory(r[7]),
        channel=IntakeChannel(r[8]),
        region_code=r[9],
        language=r[10],
        defender_id=r[11],
        assignee_id=r[12],
        team_id=r[13],
        risk_level=RiskLevel(r[14]) if r[14] else None,
        created_at=dt_required(r[15]),
        updated_at=dt_required(r[16]),
        first_response_due=dt(r[17]),
        resolution_due=dt(r[18]),
        version=r[19],
    )


def _queue_row(r: tuple[Any, ...]) -> QueueRow:
    return QueueRow(
        id=r[0],
        ref=r[1],
        title=r[2],
        status=CaseStatus(r[3]),
        priority=Priority(r[4]),
        category=IncidentCategory(r[5]),
        region_code=r[6],
        language=r[7],
        assignee=r[8],
        defender=r[9],
        created_at=dt_required(r[10]),
        updated_at=dt_required(r[11]),
        breach_at=dt(r[12]),
        review_due=dt(r[13]),
    )
