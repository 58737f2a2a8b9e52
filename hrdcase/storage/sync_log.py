"""All the SQL of sync on the device (migration 10, docs/sync.md): synced rows read and written by
gid with their foreign keys as global ids (hrdcase/models/sync_tables.py), the dirty list, the shadow,
outgoing ops, cursors, conflicts, parked ops, blobs and gid aliases."""

from __future__ import annotations

import contextlib
import hashlib
import json
import uuid
from collections.abc import Iterable, Iterator
from typing import Any

from hrdcase.models.sync_tables import BLOB_FIELD, BY_NAME, ORDER, PERSON, REGION, TEAM, TableSpec, spec
from hrdcase.storage.db import Database

PLACEHOLDER_NAME = "Unnamed person"


class MissingParent(Exception):
    """A row this change refers to is not here (yet): the op is parked and retried."""


class SyncLog:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._person: dict[int, str | None] = {}
        self._team: dict[int, str | None] = {}
        self._touches: dict[int, bool] | None = None  # case id -> reindex, while a batch is merged

    def forget_caches(self) -> None:
        self._person.clear()
        self._team.clear()

    # ---- synced rows, as they travel
    def _columns(self, s: TableSpec) -> list[str]:
        return [f for f in s.fields if f != BLOB_FIELD]

    def row(self, table: str, gid: str) -> dict[str, Any] | None:
        """{field: value} with foreign keys as global ids; None when no row has this gid. The blob
        field is the image's SHA-256, absent while the image is still being fetched."""
        s = spec(table)
        cols = self._columns(s)
        extra = ", length(data), data" if table == "evidence_media" else ""
        found = self.db.execute(f"SELECT {', '.join(cols)}{extra} FROM {table} WHERE gid = ?",
                                (gid,)).fetchone()
        if found is None:
            return None
        values = {c: self._out(s, c, v) for c, v in zip(cols, found, strict=False)}
        if extra and found[len(cols)]:
            values[BLOB_FIELD] = hashlib.sha256(found[len(cols) + 1]).hexdigest()
        return values

    def image(self, gid: str) -> bytes | None:
        found = self.db.execute("SELECT data FROM evidence_media WHERE gid = ?", (gid,)).fetchone()
        return found[0] if found else None

    def _out(self, s: TableSpec, column: str, value: Any) -> Any:
        target = s.refs.get(column)
        if value is None or target is None or target == REGION:
            return value
        if target == PERSON:
            if value not in self._person:
                got = self.db.execute("SELECT person_id FROM responders WHERE id = ?", (value,)).fetchone()
                self._person[value] = got[0] if got else None
            return self._person[value]
        if target == TEAM:
            if value not in self._team:
                got = self.db.execute("SELECT team_uuid FROM teams WHERE id = ?", (value,)).fetchone()
                self._team[value] = got[0] if got else None
            return self._team[value]
        key = BY_NAME[target].key_column
        got = self.db.execute(f"SELECT gid FROM {target} WHERE {key} = ?", (value,)).fetchone()
        return got[0] if got else None

    def _in(self, s: TableSpec, column: str, value: Any) -> Any:
        target = s.refs.get(column)
        if value is None or target is None:
            return value
        if target == REGION:
            if self.db.execute("SELECT 1 FROM regions WHERE code = ?", (value,)).fetchone() is None:
                self.db.execute("INSERT INTO regions (code, name) VALUES (?, ?)", (value, value))
            return value
        if target == PERSON:
            return self._responder_for(value)
        if target == TEAM:
            return self._team_for(value)
        local = self.local_key(target, value)
        if local is None:
            raise MissingParent(f"{target} row not here")
        return local

    def _responder_for(self, person_id: str) -> int:
        got = self.db.execute("SELECT id FROM responders WHERE person_id = ?", (person_id,)).fetchone()
        if got:
            return int(got[0])
        team = self.db.execute("SELECT id FROM teams ORDER BY id LIMIT 1").fetchone()
        team_id = team[0] if team else self._team_for(str(uuid.uuid4()))
        return self.db.insert(
            "INSERT INTO responders (display_name, team_id, role, person_id) VALUES (?, ?, '', ?)",
            (PLACEHOLDER_NAME, team_id, person_id))

    def _team_for(self, team_uuid: str) -> int:
        got = self.db.execute("SELECT id FROM teams WHERE team_uuid = ?", (team_uuid,)).fetchone()
        if got:
            return int(got[0])
        return self.db.insert("INSERT INTO teams (name, team_uuid) VALUES (?, ?)",
                              (f"Team {team_uuid[:8]}", team_uuid))

    def local_key(self, table: str, gid: str) -> int | None:
        gid = self.resolve(table, gid)
        key = BY_NAME[table].key_column
        got = self.db.execute(f"SELECT {key} FROM {table} WHERE gid = ?", (gid,)).fetchone()
        return got[0] if got else None

    def write(self, table: str, gid: str, values: dict[str, Any], now: int = 0) -> None:
        """Insert the row (gid new here) or update the given fields. MissingParent when a
        referenced row is not here, or when a new row's op lacks a field the table needs. `now`:
        when it arrived (a team signal's local `received_at`)."""
        s = spec(table)
        local = {c: self._in(s, c, v) for c, v in values.items() if c != BLOB_FIELD}
        if table == "team_signals" and local:
            local["received_at"] = now
        exists = self.db.execute(f"SELECT 1 FROM {table} WHERE gid = ?", (gid,)).fetchone()
        if exists:
            if local:
                sets = ", ".join(f"{c} = ?" for c in local)
                self.db.execute(f"UPDATE {table} SET {sets} WHERE gid = ?", (*local.values(), gid))
        else:
            if table == "evidence_media":
                local["data"] = b""
            cols = ["gid", *local]
            try:
                with self.db.savepoint():
                    self.db.execute(f"INSERT INTO {table} ({', '.join(cols)}) VALUES "
                                    f"({', '.join('?' * len(cols))})", (gid, *local.values()))
            except self._integrity as exc:
                raise MissingParent(f"incomplete {table} row: {exc}") from None
        self.touch_case(table, gid)

    @property
    def _integrity(self) -> type[Exception]:
        from hrdcase.storage.db import IntegrityError
        return IntegrityError

    def delete(self, table: str, gid: str) -> int | None:
        """Delete the row; returns its case's local id (for the search index), if any."""
        case_id = self.case_of(table, gid)
        self.db.execute(f"DELETE FROM {table} WHERE gid = ?", (gid,))
        return case_id

    def case_of(self, table: str, gid: str) -> int | None:
        s = spec(table)
        if table == "cases":
            got = self.db.execute("SELECT id FROM cases WHERE gid = ?", (gid,)).fetchone()
        elif s.via_incident:
            got = self.db.execute("SELECT i.case_id FROM evidence_media e JOIN incidents i "
                                  "ON i.id = e.incident_id WHERE e.gid = ?", (gid,)).fetchone()
        elif s.case_column:
            got = self.db.execute(f"SELECT {s.case_column} FROM {table} WHERE gid = ?",
                                  (gid,)).fetchone()
        else:
            return None
        return got[0] if got else None

    def case_place(self, case_id: int) -> tuple[str, str | None]:
        """(gid, team uuid) of a case by its local id."""
        gid, team = self.db.execute("SELECT c.gid, t.team_uuid FROM cases c LEFT JOIN teams t "
                                    "ON t.id = c.team_id WHERE c.id = ?", (case_id,)).fetchone()
        return gid, team

    def touch_case(self, table: str, gid: str) -> None:
        """After a synced write: the case's search text again, and its version one up, so an
        editor holding the case open sees a ConcurrentEdit instead of overwriting the change."""
        case_id = self.case_of(table, gid)
        if case_id is not None:
            self.touch_case_id(case_id, table in ("cases", "incidents"))

    def touch_case_id(self, case_id: int, reindex: bool) -> None:
        if self._touches is not None:  # once per case at the batch's end, not once per op
            self._touches[case_id] = self._touches.get(case_id, False) or reindex
            return
        self._touch_now(case_id, reindex)

    def defer_touches(self) -> None:
        """From here until `flush_touches` (or `drop_touches`), each case a synced write touches is
        reindexed and its version raised once, at the flush, however many of its rows were written."""
        self._touches = {}

    def flush_touches(self) -> None:
        touches, self._touches = self._touches or {}, None
        for case_id, reindex in touches.items():
            self._touch_now(case_id, reindex)

    def drop_touches(self) -> None:
        self._touches = None  # the batch was rolled back

    def _touch_now(self, case_id: int, reindex: bool) -> None:
        if reindex:
            from hrdcase.storage.cases import CaseRepository
            CaseRepository(self.db).reindex_text(case_id)  # a no-op when the case is gone
        self.db.execute("UPDATE cases SET version = version + 1 WHERE id = ?", (case_id,))

    def reindex_defender(self, gid: str) -> None:
        from hrdcase.storage.cases import CaseRepository
        repo = CaseRepository(self.db)
        for (case_id,) in self.db.execute(
                "SELECT c.id FROM cases c JOIN defenders d ON d.id = c.defender_id WHERE d.gid = ?",
                (gid,)).fetchall():
            repo.reindex_text(case_id)

    def set_image(self, gid: str, data: bytes) -> None:
        self.db.execute("UPDATE evidence_media SET data = ? WHERE gid = ?", (data, gid))

    # ---- natural keys and aliases
    def find_natural(self, table: str, values: dict[str, Any]) -> str | None:
        """The gid of a row here with the same natural key as `values` (as they travel)."""
        s = spec(table)
        if not s.natural_key or any(k not in values for k in s.natural_key):
            return None
        try:
            local = [self._in(s, k, values[k]) if s.refs.get(k) != PERSON else self._person_key(values[k])
                     for k in s.natural_key]
        except MissingParent:
            return None
        if any(v is None for v in local):
            return None
        where = " AND ".join(f"{k} = ?" for k in s.natural_key)
        got = self.db.execute(f"SELECT gid FROM {table} WHERE {where}", local).fetchone()
        return got[0] if got else None

    def _person_key(self, person_id: str) -> int | None:
        got = self.db.execute("SELECT id FROM responders WHERE person_id = ?", (person_id,)).fetchone()
        return got[0] if got else None

    def resolve(self, table: str, gid: str) -> str:
        got = self.db.execute("SELECT target FROM sync_alias WHERE tbl = ? AND gid = ?",
                              (table, gid)).fetchone()
        return got[0] if got else gid

    def merge_gids(self, table: str, here: str, incoming: str) -> str:
        """Two devices made the same natural key under two gids: the smaller wins everywhere."""
        if incoming < here:
            self.db.execute(f"UPDATE {table} SET gid = ? WHERE gid = ?", (incoming, here))
            self.db.execute("UPDATE sync_shadow SET gid = ? WHERE tbl = ? AND gid = ?",
                            (incoming, table, here))
            self.db.execute("DELETE FROM sync_dirty WHERE tbl = ? AND gid = ?", (table, here))
            loser, winner = here, incoming
        else:
            loser, winner = incoming, here
        self.db.execute("INSERT OR REPLACE INTO sync_alias (tbl, gid, target) VALUES (?, ?, ?)",
                        (table, loser, winner))
        return winner

    # ---- dirty list and shadow
    def dirty(self) -> list[tuple[str, str]]:
        rows = self.db.execute("SELECT tbl, gid FROM sync_dirty").fetchall()
        return sorted(rows, key=lambda r: (ORDER.get(r[0], 99), r[1]))

    def mark_dirty(self, table: str, gid: str) -> None:
        self.db.execute("INSERT OR IGNORE INTO sync_dirty (tbl, gid) VALUES (?, ?)", (table, gid))

    def dirty_count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM sync_dirty").fetchone()[0])

    def clear_dirty(self) -> None:
        self.db.execute("DELETE FROM sync_dirty")

    def shadow(self, table: str, gid: str) -> tuple[dict[str, list[Any]], str | None, bool] | None:
        got = self.db.execute("SELECT fields, team_id, deleted FROM sync_shadow WHERE tbl = ? AND gid = ?",
                              (table, gid)).fetchone()
        return (json.loads(got[0]), got[1], bool(got[2])) if got else None

    def put_shadow(self, table: str, gid: str, fields: dict[str, list[Any]], team_id: str | None,
                   deleted: bool = False) -> None:
        self.db.execute(
            "INSERT INTO sync_shadow (tbl, gid, fields, team_id, deleted) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (tbl, gid) DO UPDATE SET fields = excluded.fields, "
            "team_id = COALESCE(excluded.team_id, team_id), deleted = excluded.deleted",
            (table, gid, json.dumps(fields, separators=(",", ":")), team_id, int(deleted)))

    # ---- outgoing ops
    def add_out(self, team_id: str, entity: str, entity_id: str, key_version: int,
                routing: dict[str, Any], created_at: int) -> int:
        return self.db.insert(
            "INSERT INTO sync_out (team_id, entity, entity_id, key_version, routing, sealed, signature, "
            "created_at) VALUES (?, ?, ?, ?, ?, x'', x'', ?)",
            (team_id, entity, entity_id, key_version, json.dumps(routing, sort_keys=True), created_at),
        )

    def seal_out(self, op_seq: int, sealed: bytes, signature: bytes) -> None:
        self.db.execute("UPDATE sync_out SET sealed = ?, signature = ? WHERE op_seq = ?",
                        (sealed, signature, op_seq))

    def pending_out(self, limit: int = 500) -> list[tuple[Any, ...]]:
        """(op_seq, team_id, entity, entity_id, key_version, routing dict, sealed, signature)."""
        rows = self.db.execute(
            "SELECT op_seq, team_id, entity, entity_id, key_version, routing, sealed, signature "
            "FROM sync_out ORDER BY op_seq LIMIT ?", (limit,)).fetchall()
        return [(*r[:5], json.loads(r[5]), r[6], r[7]) for r in rows]

    def ack_out(self, op_seqs: Iterable[int]) -> None:
        self.db.executemany("DELETE FROM sync_out WHERE op_seq = ?", [(s,) for s in op_seqs])

    def out_count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM sync_out").fetchone()[0])

    # ---- blobs
    def add_blob_out(self, blob_id: str, team_id: str, sealed: bytes) -> None:
        self.db.execute("INSERT OR IGNORE INTO sync_blob_out (id, team_id, sealed) VALUES (?, ?, ?)",
                        (blob_id, team_id, sealed))

    def blobs_out(self) -> list[tuple[str, str, bytes]]:
        return self.db.execute("SELECT id, team_id, sealed FROM sync_blob_out ORDER BY id").fetchall()

    def ack_blob(self, blob_id: str) -> None:
        self.db.execute("DELETE FROM sync_blob_out WHERE id = ?", (blob_id,))

    def want_blob(self, table: str, gid: str, blob_id: str, team_id: str, key_version: int) -> None:
        self.db.execute("INSERT OR REPLACE INTO sync_blob_wanted (tbl, gid, blob_id, team_id, "
                        "key_version) VALUES (?, ?, ?, ?, ?)", (table, gid, blob_id, team_id, key_version))

    def blobs_wanted(self) -> list[tuple[str, str, str, str, int]]:
        return self.db.execute("SELECT tbl, gid, blob_id, team_id, key_version FROM sync_blob_wanted "
                               "ORDER BY gid").fetchall()

    def got_blob(self, table: str, gid: str) -> None:
        self.db.execute("DELETE FROM sync_blob_wanted WHERE tbl = ? AND gid = ?", (table, gid))

    # ---- cursors and state
    def cursor(self, team_id: str) -> int:
        got = self.db.execute("SELECT seq FROM sync_cursor WHERE team_id = ?", (team_id,)).fetchone()
        return got[0] if got else 0

    def cursors(self) -> dict[str, int]:
        return dict(self.db.execute("SELECT team_id, seq FROM sync_cursor").fetchall())

    def set_cursor(self, team_id: str, seq: int) -> None:
        self.db.execute("INSERT INTO sync_cursor (team_id, seq) VALUES (?, ?) ON CONFLICT (team_id) "
                        "DO UPDATE SET seq = max(seq, excluded.seq)", (team_id, seq))

    def state(self, key: str) -> str | None:
        got = self.db.execute("SELECT value FROM sync_state WHERE key = ?", (key,)).fetchone()
        return got[0] if got else None

    def set_state(self, key: str, value: str) -> None:
        self.db.execute("INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) "
                        "DO UPDATE SET value = excluded.value", (key, value))

    # ---- conflicts
    def add_conflict(self, kind: str, table: str, gid: str, field: str, local_value: Any,
                     remote_value: Any, local_stamp: str | None, remote_stamp: str | None,
                     remote_device: str | None, at: int) -> int:
        return self.db.insert(
            "INSERT INTO sync_conflicts (kind, tbl, gid, field, local_value, remote_value, local_stamp, "
            "remote_stamp, remote_device, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (kind, table, gid, field, json.dumps(local_value), json.dumps(remote_value), local_stamp,
             remote_stamp, remote_device, at))

    _CONFLICT = ("id, kind, tbl, gid, field, local_value, remote_value, local_stamp, remote_stamp, "
                 "remote_device, detected_at, resolved_at, resolution")

    def conflicts(self, open_only: bool = True) -> list[tuple[Any, ...]]:
        where = " WHERE resolved_at IS NULL" if open_only else ""
        return self.db.execute(f"SELECT {self._CONFLICT} FROM sync_conflicts{where} ORDER BY id").fetchall()

    def conflict(self, conflict_id: int) -> tuple[Any, ...] | None:
        row: tuple[Any, ...] | None = self.db.execute(
            f"SELECT {self._CONFLICT} FROM sync_conflicts WHERE id = ?", (conflict_id,)).fetchone()
        return row

    @contextlib.contextmanager
    def savepoint(self) -> Iterator[None]:
        """One op's merge, all or nothing inside the batch's transaction (a parked op leaves no
        half-written row)."""
        with self.db.savepoint():
            yield

    def open_conflict_count(self) -> int:
        return int(self.db.execute(
            "SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL").fetchone()[0])

    def has_conflict(self, table: str, gid: str, field: str, remote_stamp: str) -> bool:
        return self.db.execute(
            "SELECT 1 FROM sync_conflicts WHERE tbl = ? AND gid = ? AND field = ? AND remote_stamp = ?",
            (table, gid, field, remote_stamp)).fetchone() is not None

    def open_conflicts_for(self, table: str, gid: str,
                           field: str) -> list[tuple[int, str | None, str | None]]:
        return self.db.execute(
            "SELECT id, local_stamp, remote_stamp FROM sync_conflicts WHERE tbl = ? AND gid = ? "
            "AND field = ? AND resolved_at IS NULL", (table, gid, field)).fetchall()

    def resolve_conflict(self, conflict_id: int, resolution: str, at: int) -> None:
        self.db.execute("UPDATE sync_conflicts SET resolved_at = ?, resolution = ? WHERE id = ?",
                        (at, resolution, conflict_id))

    # ---- parked ops
    def park(self, team_id: str, device_id: str, op_seq: int, table: str, gid: str,
             change: dict[str, Any], reason: str, at: int) -> None:
        self.db.execute(
            "INSERT OR IGNORE INTO sync_parked (team_id, device_id, op_seq, tbl, gid, change, reason, "
            "parked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (team_id, device_id, op_seq, table, gid, json.dumps(change), reason[:200], at))

    def parked(self) -> list[tuple[int, str, str, int, dict[str, Any]]]:
        rows = self.db.execute("SELECT id, team_id, device_id, op_seq, change FROM sync_parked "
                               "ORDER BY id").fetchall()
        return [(r[0], r[1], r[2], r[3], json.loads(r[4])) for r in rows]

    def parked_count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM sync_parked").fetchone()[0])

    def unpark(self, parked_id: int) -> None:
        self.db.execute("DELETE FROM sync_parked WHERE id = ?", (parked_id,))

    # ---- keys and the people who sign
    def team_keys(self) -> dict[str, dict[int, bytes]]:
        out: dict[str, dict[int, bytes]] = {}
        for team, version, key in self.db.execute("SELECT team_uuid, key_version, key FROM team_keys"):
            out.setdefault(team, {})[version] = key
        return out

    def device_sign_keys(self) -> dict[str, bytes]:
        """Devices whose ops are accepted: confirmed ones, and revoked ones for what they signed
        before (the server refuses uploads from a revoked device)."""
        return dict(self.db.execute("SELECT device_id, sign_public FROM devices "
                                    "WHERE status IN ('confirmed', 'revoked')").fetchall())

    def home_team(self, person_id: str) -> str | None:
        got = self.db.execute("SELECT t.team_uuid FROM responders r JOIN teams t ON t.id = r.team_id "
                              "WHERE r.person_id = ? AND t.team_uuid IS NOT NULL", (person_id,)).fetchone()
        if got:
            return str(got[0]) if got[0] is not None else None
        got = self.db.execute("SELECT team_uuid FROM team_keys ORDER BY team_uuid LIMIT 1").fetchone()
        return got[0] if got else None
