"""The Alembic migration creates exactly the tables and columns the queries use (hrdcase/server/tables.py),
and running it again changes nothing."""

from __future__ import annotations

import sqlalchemy as sa

from hrdcase.server import tables
from hrdcase.server.db import migrate, open_engine


def test_migration_matches_the_tables_module(server_db: str) -> None:
    engine = open_engine(server_db)
    try:
        migrate(engine)  # a second run is a no-op
        inspector = sa.inspect(engine)
        assert set(inspector.get_table_names()) == {t.name for t in tables.ALL_TABLES} | {"alembic_version"}
        for table in tables.ALL_TABLES:
            assert {c["name"] for c in inspector.get_columns(table.name)} == set(table.c.keys()), table.name
        unique = inspector.get_unique_constraints("devices") + [
            i for i in inspector.get_indexes("devices") if i["unique"]]
        assert any(u["column_names"] == ["fingerprint"] for u in unique)
        with engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == "0003"
    finally:
        engine.dispose()
