"""Organisations, teams, people (ids, roles, sealed profiles), devices, enrolment tokens, request
nonces and wrapped team keys.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

ID = sa.String(36)
WHEN = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "orgs",
        sa.Column("id", ID, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("created_at", WHEN, nullable=False),
        sa.Column("root_device_id", ID, nullable=True),
    )
    op.create_table(
        "teams",
        sa.Column("id", ID, primary_key=True),
        sa.Column("org_id", ID, sa.ForeignKey("orgs.id"), nullable=False, index=True),
        sa.Column("name", sa.String(200), nullable=False),
    )
    op.create_table(
        "people",
        sa.Column("id", ID, primary_key=True),
        sa.Column("org_id", ID, sa.ForeignKey("orgs.id"), nullable=False, index=True),
        sa.Column("roles", sa.String(200), nullable=False),
        sa.Column("role_record", sa.Text, nullable=True),
        sa.Column("role_serial", sa.BigInteger, nullable=False),
        sa.Column("sealed_profile", sa.LargeBinary, nullable=True),
        sa.Column("created_at", WHEN, nullable=False),
    )
    op.create_table(
        "team_members",
        sa.Column("team_id", ID, sa.ForeignKey("teams.id"), primary_key=True),
        sa.Column("person_id", ID, sa.ForeignKey("people.id"), primary_key=True, index=True),
    )
    op.create_table(
        "devices",
        sa.Column("id", ID, primary_key=True),
        sa.Column("org_id", ID, sa.ForeignKey("orgs.id"), nullable=False, index=True),
        sa.Column("person_id", ID, sa.ForeignKey("people.id"), nullable=False, index=True),
        sa.Column("sign_public", sa.LargeBinary, nullable=False),
        sa.Column("box_public", sa.LargeBinary, nullable=False),
        sa.Column("fingerprint", sa.String(39), nullable=False, unique=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created_at", WHEN, nullable=False),
        sa.Column("confirmed_at", WHEN, nullable=True),
        sa.Column("confirmed_by", ID, nullable=True),
    )
    op.create_table(
        "enrolment_tokens",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("org_id", ID, sa.ForeignKey("orgs.id"), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("person_id", ID, nullable=True),
        sa.Column("team_id", ID, sa.ForeignKey("teams.id"), nullable=False),
        sa.Column("expires_at", WHEN, nullable=False),
        sa.Column("used_at", WHEN, nullable=True),
        sa.Column("used_by", ID, nullable=True),
        sa.Column("created_by", ID, nullable=True),
    )
    op.create_table(
        "request_nonces",
        sa.Column("device_id", ID, nullable=False),
        sa.Column("nonce", sa.String(64), nullable=False),
        sa.Column("seen_at", WHEN, nullable=False, index=True),
        sa.UniqueConstraint("device_id", "nonce", name="uq_request_nonces_device_nonce"),
    )
    op.create_table(
        "team_keys",
        sa.Column("team_id", ID, sa.ForeignKey("teams.id"), primary_key=True),
        sa.Column("key_version", sa.Integer, primary_key=True),
        sa.Column("device_id", ID, sa.ForeignKey("devices.id"), primary_key=True, index=True),
        sa.Column("wrapped", sa.LargeBinary, nullable=False),
    )


def downgrade() -> None:
    for name in ("team_keys", "request_nonces", "enrolment_tokens", "devices", "team_members", "people",
                 "teams", "orgs"):
        op.drop_table(name)
