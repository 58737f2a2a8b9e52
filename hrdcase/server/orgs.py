"""Creating an organisation with its first team and the one-time token for its first admin."""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from hrdcase.server import tables as t
from hrdcase.server.db import DatabaseError, utcnow
from hrdcase.sync.identity import token_hash
from hrdcase.sync.protocol import INIT_TOKEN_HOURS

MAX_NAME = 200


@dataclass(frozen=True)
class NewOrg:
    org_id: str
    team_id: str
    token: str
    expires_at: datetime


def create_org(engine: Engine, name: str, team: str = "Team 1", *, now: datetime | None = None) -> NewOrg:
    """Only the token's hash is stored; the token itself is shown once to the operator."""
    name, team = name.strip(), team.strip()
    for value, what in ((name, "organisation"), (team, "team")):
        if not value or len(value) > MAX_NAME or not value.isprintable():
            raise DatabaseError(f"The {what} name must be 1 to {MAX_NAME} printable characters.")
    now = now or utcnow()
    # "hrd0." first: a token must never start with "-", or `hrdcase join --token` reads it as an option.
    org_id, team_id, token = str(uuid.uuid4()), str(uuid.uuid4()), "hrd0." + secrets.token_urlsafe(32)
    expires = now + timedelta(hours=INIT_TOKEN_HOURS)
    with engine.begin() as conn:
        if conn.execute(sa.select(t.orgs.c.id).where(t.orgs.c.name == name)).first():
            raise DatabaseError(f"An organisation named {name!r} is already initialised on this server.")
        conn.execute(sa.insert(t.orgs).values(id=org_id, name=name, created_at=now))
        conn.execute(sa.insert(t.teams).values(id=team_id, org_id=org_id, name=team))
        conn.execute(sa.insert(t.enrolment_tokens).values(
            token_hash=token_hash(token), org_id=org_id, kind="init", team_id=team_id, expires_at=expires))
    return NewOrg(org_id, team_id, token, expires)
