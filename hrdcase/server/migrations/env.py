"""Alembic environment, run programmatically by `hrdcase.server.db.migrate` (no alembic.ini)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import text

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=None, render_as_batch=True)
with context.begin_transaction():
    if connection.dialect.name == "postgresql":
        # Instances starting together on one PostgreSQL migrate one at a time.
        connection.execute(text("SELECT pg_advisory_xact_lock(874211)"))
    context.run_migrations()
