"""A real hrdcase-server for UI tests: the FastAPI app under uvicorn on a free local port, in a
thread, over a migrated SQLite file. The app talks to it over real HTTP with the real client."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import uvicorn
from sqlalchemy.engine import Engine

from hrdcase.server.app import create_app
from hrdcase.server.db import migrate, open_engine
from hrdcase.server.orgs import create_org


@dataclass
class LiveServer:
    url: str
    engine: Engine

    def new_org(self, name: str = "Org Synthetic") -> str:
        """The first admin's one-time token."""
        return create_org(self.engine, name).token


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def live_server(tmp_path: Path) -> Iterator[LiveServer]:
    engine = open_engine(f"sqlite:///{tmp_path / 'server.db'}")
    migrate(engine)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(engine), host="127.0.0.1", port=port,
                                           log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, name="live-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.01)
    assert server.started, "the test server did not start"
    yield LiveServer(f"http://127.0.0.1:{port}", engine)
    server.should_exit = True
    thread.join(10)
    engine.dispose()
