"""Server fixtures: a migrated database on SQLite (always) and on PostgreSQL (when HRDCASE_TEST_PG names
one). The PostgreSQL database is created fresh for the run (`hrdcase_<random>`) and dropped after;
no other database on that server is touched."""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from hrdcase.server import tables
from hrdcase.server.db import migrate, open_engine
from tests.server import test_real_server as real_server
from tests.server.faults import Template, build_template
from tests.server.support import World

PG_ENV = "HRDCASE_TEST_PG"


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"{PG_ENV} is not set")
    import psycopg

    name = f"hrdcase_{secrets.token_hex(6)}"
    admin_url = make_url(base).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = make_url(base).set(database=name).render_as_string(hide_password=False)
    engine = open_engine(url)
    migrate(engine)
    engine.dispose()
    yield url
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _empty(url: str) -> None:
    engine = open_engine(url)
    with engine.begin() as conn:
        names = ", ".join(table.name for table in tables.ALL_TABLES)
        conn.execute(sa.text(f"TRUNCATE {names} CASCADE"))
    engine.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Migrated once per run; each test gets a copy of the file."""
    path = tmp_path_factory.mktemp("server-template") / "server.db"
    engine = open_engine(f"sqlite:///{path}")
    migrate(engine)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


@pytest.fixture(params=["sqlite", pytest.param("pg", marks=pytest.mark.pg)])
def server_db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A migrated, empty server database's URL."""
    if request.param == "sqlite":
        path = tmp_path / "server.db"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        return f"sqlite:///{path}"
    url = request.getfixturevalue("pg_url")
    _empty(url)
    return url


@pytest.fixture
def pg_db(pg_url: str) -> str:
    """The run's PostgreSQL database, emptied: for tests that only make sense there (row locks held
    across connections)."""
    _empty(pg_url)
    return pg_url


@pytest.fixture
def world(server_db: str) -> Iterator[World]:
    engine = open_engine(server_db)
    world = World(engine)
    yield world
    world.close()


@pytest.fixture
def servers(server_db: str) -> Iterator[list[str]]:
    """Real hrdcase-server processes on free ports of 127.0.0.1 over `server_db`: two on
    PostgreSQL (requests may alternate between them), one on SQLite."""
    count = 2 if server_db.startswith("postgresql") else 1
    processes, urls = [], []
    try:
        for _ in range(count):
            port = real_server.free_port()
            process = subprocess.Popen(
                [sys.executable, "-m", "hrdcase.server.cli", "--db", server_db, "--port", str(port)],
                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True,
                env=real_server._env())
            processes.append(process)
            urls.append(f"http://127.0.0.1:{port}")
        for url, process in zip(urls, processes, strict=True):  # started side by side
            real_server.wait_healthy(url, process)
        yield urls
    finally:
        for process in processes:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


@pytest.fixture(scope="session")
def fault_template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    """The fault-injection suite's organisation (tests/server/faults.py), enrolled once per run."""
    return build_template(tmp_path_factory.mktemp("fault-template") / "org")
