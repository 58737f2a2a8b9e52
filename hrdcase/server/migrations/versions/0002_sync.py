"""Sync: the per-team op log and its sequence counter, sealed evidence blobs, the server's countersigning
key, audit-head countersignatures and the latest routing of each case.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

ID = sa.String(36)
WHEN = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "team_log",
        sa.Column("team_id", ID, sa.ForeignKey("teams.id"), primary_key=True),
        sa.Column("next_seq", sa.BigInteger, nullable=False),
    )
    op.create_table(
        "ops",
        sa.Column("team_id", ID, sa.ForeignKey("teams.id"), nullable=False),
        sa.Column("seq", sa.BigInteger, nullable=False),
        sa.Column("device_id", ID, sa.ForeignKey("devices.id"), nullable=False),
        sa.Column("op_seq", sa.BigInteger, nullable=False),
        sa.Column("entity", sa.String(32), nullable=False),
        sa.Column("entity_id", sa.String(80), nullable=False),
        sa.Column("case_id", sa.String(80), nullable=True),
        sa.Column("key_version", sa.Integer, nullable=False),
        sa.Column("routing", sa.Text, nullable=False),
        sa.Column("sealed", sa.LargeBinary, nullable=False),
        sa.Column("signature", sa.LargeBinary, nullable=False),
        sa.Column("received_at", WHEN, nullable=False),
        sa.PrimaryKeyConstraint("team_id", "seq", name="pk_ops"),
        sa.UniqueConstraint("device_id", "op_seq", name="uq_ops_device_op_seq"),
    )
    op.create_table(
        "blobs",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("team_id", ID, sa.ForeignKey("teams.id"), nullable=False, index=True),
        sa.Column("device_id", ID, sa.ForeignKey("devices.id"), nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("created_at", WHEN, nullable=False),
    )
    op.create_table(
        "server_key",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("private", sa.LargeBinary, nullable=False),
        sa.Column("public", sa.LargeBinary, nullable=False),
        sa.Column("created_at", WHEN, nullable=False),
    )
    op.create_table(
        "countersigns",
        sa.Column("device_id", ID, sa.ForeignKey("devices.id"), primary_key=True),
        sa.Column("seq", sa.BigInteger, primary_key=True),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("signature", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "case_routing",
        sa.Column("team_id", ID, sa.ForeignKey("teams.id"), primary_key=True),
        sa.Column("case_id", sa.String(80), primary_key=True),
        sa.Column("seq", sa.BigInteger, nullable=False),
        *(sa.Column(name, sa.String(200), nullable=True)
          for name in ("status", "priority", "assignee_id", "region", "category")),
        *(sa.Column(name, WHEN, nullable=True)
          for name in ("created_at", "first_response_due", "first_response_at", "resolution_due",
                       "updated_at")),
    )


def downgrade() -> None:
    for name in ("case_routing", "countersigns", "server_key", "blobs", "ops", "team_log"):
        op.drop_table(name)
