"""Where the server's database is, opening it, and bringing its schema up to date (Alembic, run
programmatically: the migration scripts ship inside this package)."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from hrdcase.errors import UserError

ENV_DB_URL = "HRDCASE_DB_URL"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class DatabaseError(UserError):
    pass


def default_db_url() -> str:
    import platformdirs

    folder = Path(platformdirs.user_data_dir("hrdcase-server"))
    return f"sqlite:///{folder / 'server.db'}"


def resolve_url(cli_value: str | None) -> str:
    return cli_value or os.environ.get(ENV_DB_URL) or default_db_url()


def normalise_url(url: str) -> sa.URL:
    """`postgresql://` and `postgres://` use psycopg 3; SQLite and PostgreSQL are the two supported."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseError("The database URL is not valid (expected sqlite:///FILE or "
                            "postgresql://USER@HOST/DB).") from None
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.drivername not in ("sqlite", "postgresql+psycopg"):
        raise DatabaseError(f"Unsupported database {parsed.drivername!r}: use sqlite:///FILE or "
                            "postgresql://USER@HOST/DB.")
    return parsed


def open_engine(url: str) -> Engine:
    parsed = normalise_url(url)
    if parsed.drivername == "sqlite":
        if not parsed.database or parsed.database == ":memory:":
            raise DatabaseError("The SQLite database must be a file (sqlite:///FILE).")
        try:
            Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(f"Cannot create the database folder: {exc.strerror or exc}.") from None
        engine = sa.create_engine(parsed, connect_args={"timeout": 30})

        @sa.event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection, _record) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

        return engine
    return sa.create_engine(parsed, pool_pre_ping=True, connect_args={"connect_timeout": 10})


def migrate(engine: Engine) -> None:
    """Alembic `upgrade head`. An unreachable database is a one-line user error."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except SQLAlchemyError as exc:
        raise DatabaseError(f"Cannot open the database {describe(engine)}: {short_reason(exc)}") from None


def describe(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=True)


def short_reason(exc: BaseException) -> str:
    original = getattr(exc, "orig", None) or exc
    text = str(original).strip().splitlines()
    return (text[0] if text else type(original).__name__)[:200]


def utcnow() -> datetime:
    return datetime.now(UTC)


def aware(value: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; everything stored is UTC."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)


def iso(value: datetime | None) -> str | None:
    value = aware(value)
    return None if value is None else value.astimezone(UTC).isoformat().replace("+00:00", "Z")
