"""Repositories for reference data: regions, teams, responders, defenders, settings."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from hrdcase.models.entities import Defender, Region, Responder, Team
from hrdcase.models.enums import CivicSpace, Role
from hrdcase.storage.codec import dt, join_tags, new_gid, split_tags, ts
from hrdcase.storage.db import Database


class Settings:
    """Key-value settings inside the encrypted database (UI state included: a saved filter can name
    a defender, so it never goes to a plaintext settings file)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set(self, key: str, value: str) -> None:
        self.db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


_RESPONDER_COLUMNS = "id, display_name, team_id, role, languages, regions, tz, person_id"


class ReferenceRepository:
    def __init__(self, db: Database) -> None:
        self.db = db
        # Verified roles by person id, installed by the session (services/identity.py). While it is
        # set, the `role` column (what was asked for locally, or stored before version 9) is ignored:
        # editing a row never makes anyone a supervisor.
        self.role_book: Mapping[str, frozenset[Role]] | None = None

    # regions (every ISO country is one from migration 8 on; see storage/region_seed.py)
    def add_region(self, region: Region) -> None:
        """Add a region, or replace the name, rating and languages of one with the same code (seed
        data such as the demo's or a test's Kenya; an admin's change goes through `set_rating`)."""
        self.db.execute(
            "INSERT INTO regions (code, name, civic_space, languages, parent, rated_on, version, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET "
            "name = excluded.name, civic_space = excluded.civic_space, "
            "languages = excluded.languages, parent = excluded.parent, rated_on = excluded.rated_on",
            (region.code, region.name, region.civic_space.value if region.civic_space else None,
             join_tags(region.languages), region.parent, region.rated_on, region.version,
             ts(region.updated_at) or 0),
        )

    def regions(self) -> list[Region]:
        return [_region(row) for row in self.db.execute(_REGION_SQL + " ORDER BY name, code")]

    def region(self, code: str) -> Region | None:
        row = self.db.execute(_REGION_SQL + " WHERE code = ?", (code,)).fetchone()
        return _region(row) if row else None

    def set_rating(self, code: str, level: CivicSpace | None, rated_on: str, now: datetime) -> int:
        """Change a region's rating; returns its new version."""
        self.db.execute(
            "UPDATE regions SET civic_space = ?, rated_on = ?, version = version + 1, updated_at = ? "
            "WHERE code = ?",
            (level.value if level else None, rated_on, ts(now), code),
        )
        return int(self.db.execute("SELECT version FROM regions WHERE code = ?", (code,)).fetchone()[0])

    # teams and responders
    def add_team(self, name: str) -> int:
        return self.db.insert("INSERT INTO teams (name) VALUES (?)", (name,))

    def rename_team(self, team_id: int, name: str) -> None:
        self.db.execute("UPDATE teams SET name = ? WHERE id = ?", (name, team_id))

    def teams(self) -> list[Team]:
        return [Team(i, n) for i, n in self.db.execute("SELECT id, name FROM teams ORDER BY name")]

    def add_responder(self, responder: Responder) -> int:
        return self.db.insert(
            "INSERT INTO responders (display_name, team_id, role, languages, regions, tz, person_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                responder.display_name,
                responder.team_id,
                join_tags(sorted(r.value for r in responder.roles)),
                join_tags(responder.languages),
                join_tags(responder.regions),
                responder.tz,
                responder.person_id or None,
            ),
        )

    def responders(self) -> list[Responder]:
        return [
            self._responder(row)
            for row in self.db.execute(
                f"SELECT {_RESPONDER_COLUMNS} FROM responders ORDER BY display_name"
            )
        ]

    def responder(self, responder_id: int) -> Responder | None:
        row = self.db.execute(
            f"SELECT {_RESPONDER_COLUMNS} FROM responders WHERE id = ?", (responder_id,)
        ).fetchone()
        return self._responder(row) if row else None

    def responder_for_person(self, person_id: str) -> Responder | None:
        row = self.db.execute(
            f"SELECT {_RESPONDER_COLUMNS} FROM responders WHERE person_id = ?", (person_id,)
        ).fetchone()
        return self._responder(row) if row else None

    def set_person_id(self, responder_id: int, person_id: str) -> None:
        self.db.execute("UPDATE responders SET person_id = ? WHERE id = ?", (person_id, responder_id))

    def set_coverage(self, responder_id: int, languages: tuple[str, ...], regions: tuple[str, ...]) -> None:
        self.db.execute("UPDATE responders SET languages = ?, regions = ? WHERE id = ?",
                        (join_tags(languages), join_tags(regions), responder_id))

    def set_display_name(self, responder_id: int, name: str) -> None:
        self.db.execute("UPDATE responders SET display_name = ? WHERE id = ?", (name, responder_id))

    def _responder(self, row: tuple[Any, ...]) -> Responder:
        rid, name, team_id, role, langs, regions, tz, person_id = row
        if self.role_book is not None:
            roles = self.role_book.get(person_id or "", frozenset())
        else:
            roles = frozenset(Role(r) for r in split_tags(role))
        return Responder(rid, name, team_id, roles, split_tags(langs), split_tags(regions), tz,
                         person_id or "")

    def set_responder_tz(self, responder_id: int, tz: str) -> None:
        self.db.execute("UPDATE responders SET tz = ? WHERE id = ?", (tz, responder_id))

    # defenders
    def add_defender(self, d: Defender) -> int:
        return self.db.insert(
            "INSERT INTO defenders (pseudonym, legal_name, region_code, languages, gender_factors, "
            "do_not_contact, contact_channel, gid) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                d.pseudonym,
                d.legal_name,
                d.region_code or None,
                join_tags(d.languages),
                join_tags(d.gender_factors),
                int(d.do_not_contact),
                d.contact_channel,
                new_gid(),
            ),
        )

    def defender(self, defender_id: int) -> Defender | None:
        row = self.db.execute(
            "SELECT id, pseudonym, legal_name, region_code, languages, gender_factors, "
            "do_not_contact, contact_channel FROM defenders WHERE id = ?",
            (defender_id,),
        ).fetchone()
        return _defender(row) if row else None

    def defender_named(self, pseudonym: str) -> Defender | None:
        """The defender an intake links for exactly this pseudonym (the first such, as listed by
        `find_defenders`), or None."""
        name = pseudonym.strip()
        return next((d for d in self.find_defenders(name) if d.pseudonym == name), None) \
            if name else None

    def find_defenders(self, prefix: str, limit: int = 20) -> list[Defender]:
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return [
            _defender(row)
            for row in self.db.execute(
                "SELECT id, pseudonym, legal_name, region_code, languages, gender_factors, "
                "do_not_contact, contact_channel FROM defenders "
                "WHERE pseudonym LIKE ? ESCAPE '\\' ORDER BY pseudonym LIMIT ?",
                (escaped + "%", limit),
            )
        ]


_REGION_SQL = ("SELECT code, name, civic_space, languages, parent, rated_on, version, updated_at "
               "FROM regions")


def _region(row: tuple[Any, ...]) -> Region:
    code, name, civic, langs, parent, rated_on, version, updated_at = row
    return Region(code, name, CivicSpace(civic) if civic else None, split_tags(langs), parent,
                  rated_on, version, dt(updated_at) if updated_at else None)


def _defender(row: tuple[Any, ...]) -> Defender:
    did, pseudo, legal, region, langs, gender, dnc, channel = row
    return Defender(
        id=did,
        pseudonym=pseudo,
        legal_name=legal,
        region_code=region or "",
        languages=split_tags(langs),
        gender_factors=split_tags(gender),
        do_not_contact=bool(dnc),
        contact_channel=channel,
    )
