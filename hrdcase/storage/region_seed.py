"""The ISO countries every caseload knows as regions (migration 8), with the shipped civic-space
snapshot (`resources/reference/civic_space.json`, CIVICUS Monitor levels, dated) and each country's
languages (`resources/reference/country_languages.json`, from Unicode CLDR).

A row that is already there (the demo's XA–XH, a test's or an older caseload's own KE) is kept as
it is: seeding only adds what is missing.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from hrdcase.models.enums import CivicSpace
from hrdcase.models.iso import countries
from hrdcase.paths import resource
from hrdcase.storage.codec import join_tags
from hrdcase.storage.db import Database


@cache
def civic_snapshot() -> dict[str, Any]:
    """The shipped snapshot: its header (source, as_of, …) and `ratings` (code → level or None)."""
    data = json.loads(resource("reference", "civic_space.json").read_text(encoding="utf-8"))
    ratings = {str(k): (CivicSpace(v) if v is not None else None) for k, v in data["ratings"].items()}
    return {**data, "ratings": ratings}


@cache
def country_languages() -> dict[str, tuple[str, ...]]:
    data = json.loads(resource("reference", "country_languages.json").read_text(encoding="utf-8"))
    return {str(k): tuple(v) for k, v in data["languages"].items()}


def seed_countries(db: Database) -> int:
    """Add every ISO 3166-1 country not yet a region; returns how many were added."""
    snapshot = civic_snapshot()
    ratings, as_of, langs = snapshot["ratings"], str(snapshot["as_of"]), country_languages()
    rows = []
    for country in countries():
        level = ratings.get(country.code)
        rows.append((country.code, country.name, level.value if level else None,
                     join_tags(langs.get(country.code, ())), as_of if level else None))
    before = db.execute("SELECT count(*) FROM regions").fetchone()[0]
    db.executemany(
        "INSERT INTO regions (code, name, civic_space, languages, rated_on) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (code) DO NOTHING",
        rows,
    )
    return int(db.execute("SELECT count(*) FROM regions").fetchone()[0] - before)
