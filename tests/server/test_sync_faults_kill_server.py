"""kill -9 of the server at every step of a sync: the real `hrdcase-server` process, on the
organisation's SQLite database, is SIGKILLed in the middle of its k-th database commit (inside a
request: the nonce, the upload, the countersignature...) or right after its k-th answer (between
requests). It is started again on the same database, and the next sync converges, with every
edit present and nothing applied twice."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from hrdcase.errors import UserError
from hrdcase.sync import protocol as p
from tests.server import test_real_server as real_server
from tests.server.faults import ADMIN, RAVI, Fleet, Template

SCRIPT = Path(__file__).with_name("dying_server.py")
ROOT = Path(__file__).resolve().parents[2]


class Server:
    """One real server process on a fixed port; `die_at` (a file it reads) arms its death."""

    def __init__(self, url: str, folder: Path) -> None:
        self.url, self.port = url, real_server.free_port()
        self.die_file = folder / "die-at"
        self.plans = 0
        self.die_at(0)
        self.process: subprocess.Popen | None = None
        self.starts = 0

    def die_at(self, commit: int) -> None:
        """Die at the k-th commit from now (the server reads the plan at each commit)."""
        self.plans += 1
        self.die_file.write_text(f"{commit} plan-{self.plans}")

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        env = real_server._env(HRDCASE_TEST_DIE_FILE=str(self.die_file), HRDCASE_TEST_DOWNLOAD_LIMIT="2",
                               PYTHONPATH=str(ROOT))
        self.process = subprocess.Popen(
            [sys.executable, str(SCRIPT), "--db", self.url, "--port", str(self.port)],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True, env=env)
        real_server.wait_healthy(self.base, self.process)
        self.starts += 1

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def kill(self) -> None:
        if self.process is not None:
            if self.process.poll() is None:
                os.kill(self.process.pid, signal.SIGKILL)
            self.process.wait()
            self.process = None

    def restart_if_dead(self, wait: float) -> bool:
        """Restarts it if it died (waiting up to `wait` s: a process that killed itself may still
        be closing its sockets when the client sees the connection drop)."""
        try:
            if self.process is not None:
                self.process.wait(timeout=wait)
        except subprocess.TimeoutExpired:
            return False
        self.kill()
        self.start()
        return True


class ToServer(httpx.BaseTransport):
    """Real HTTP to the server process; `kill_after` = k kills the server right after its k-th
    answer has reached this client (between requests)."""

    def __init__(self, server: Server) -> None:
        self.server = server
        self.inner = httpx.HTTPTransport()
        self.kill_after = 0
        self.answers = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url.copy_with(scheme="http", host="127.0.0.1", port=self.server.port)
        real = httpx.Request(request.method, url, headers=request.headers, content=request.read())
        response = self.inner.handle_request(real)
        response.read()
        self.answers += 1
        if self.answers == self.kill_after:
            self.server.kill()
        return httpx.Response(response.status_code, headers=response.headers, content=response.content)


@pytest.fixture
def running(fault_template: Template, tmp_path: Path,
            monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Fleet, Server, ToServer]]:
    monkeypatch.setattr(p, "MAX_OPS_PER_UPLOAD", 3)
    transports: dict[str, ToServer] = {}
    fleet = Fleet(fault_template, tmp_path / "org", lambda name, _inner: transports[name])
    fleet.wall = time.time  # a real server's clock
    server = Server(fleet.url, tmp_path)
    for name in (ADMIN, RAVI):
        transports[name] = ToServer(server)
    server.start()
    try:
        yield fleet, server, transports[RAVI]
    finally:
        fleet.close()
        server.kill()


def test_kill_9_of_the_server_during_and_between_the_requests_of_a_sync(running: tuple) -> None:
    fleet, server, ravi_net = running
    shared = fleet.open_case(ADMIN, "Synthetic shared case")
    fleet.converge((ADMIN, RAVI), rounds=1)
    incidents = ["Synthetic description of Synthetic shared case"]
    plans = [("commit", k) for k in range(1, 60)] + [("answer", k) for k in range(1, 30)]
    deaths = {"commit": 0, "answer": 0}
    finished = set()
    for n, (how, k) in enumerate(plans):
        if how in finished:
            continue
        # Work on both sides: the admin's reaches the server; Ravi's waits on his device.
        for name in (ADMIN, RAVI):
            text = f"Synthetic incident {n} by {name}"
            fleet.add_incident(name, shared, text)
            incidents.append(text)
        fleet.update(RAVI, shared, title=f"Synthetic title {n}")
        fleet.sync(ADMIN)
        ravi_net.answers = 0
        if how == "commit":
            server.die_at(k)
        else:
            ravi_net.kill_after = k
        failed = False
        try:
            fleet.sync(RAVI)
        except UserError as exc:
            assert "\n" not in str(exc)
            failed = True
        server.die_at(0)
        ravi_net.kill_after = 0
        died = server.restart_if_dead(10 if failed else 0.2)
        assert died == failed or (how == "answer" and ravi_net.answers == k), (how, k)
        deaths[how] += died
        if (how == "commit" and not died) or (how == "answer" and ravi_net.answers < k):
            finished.add(how)  # the whole sync needed fewer steps than k
        fleet.converge((RAVI, ADMIN), rounds=1)
        state = fleet.assert_converged((RAVI, ADMIN))
        assert sorted(r["description"] for r in state["incidents"].values()) == sorted(incidents), (how, k)
        assert state["cases"][shared]["title"] == f"Synthetic title {n}", (how, k)
        for name in (RAVI, ADMIN):
            assert fleet.count(name, "incidents") == len(incidents), (how, k)
    assert finished == {"commit", "answer"}
    assert deaths["commit"] >= 10 and deaths["answer"] >= 5, deaths
