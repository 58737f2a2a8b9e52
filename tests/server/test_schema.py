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


def test_sync_migration_upgrades_a_database_with_identity_rows(server_db: str) -> None:
    """A server that ran 0001 (an organisation and its first team) upgrades to the sync schema in
    place and its existing team syncs at once (its log row is made on first upload)."""
    from alembic import command
    from alembic.config import Config

    from hrdcase.server.db import MIGRATIONS
    from tests.server.support import World, make_op

    engine = open_engine(server_db)
    with engine.begin() as conn:  # back to an empty database (the fixture's is migrated)
        for name in [t.name for t in reversed(tables.ALL_TABLES)] + ["alembic_version"]:
            conn.execute(sa.text(f"DROP TABLE {name}"))
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
    assert "ops" not in sa.inspect(engine).get_table_names()
    world = World(engine)
    try:
        org = world.new_org()  # made at 0001; today's app enrols only on today's schema
        migrate(engine)
        admin = world.enrol_admin(org)
        assert {t.name for t in tables.SYNC_TABLES} <= set(sa.inspect(engine).get_table_names())
        assert admin.client.upload([make_op(admin, 1)], None)["acked"] == [1]
        with engine.connect() as conn:  # (a device's own ops are not sent back to it)
            assert conn.execute(sa.select(tables.ops.c.op_seq, tables.ops.c.seq)).all() == [(1, 1)]
            assert conn.execute(sa.select(tables.team_log.c.team_id)).scalars().all() == [org.team_id]
    finally:
        world.close()
