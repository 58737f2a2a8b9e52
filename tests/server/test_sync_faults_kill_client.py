"""kill -9 of the client at every step of a sync. The sync runs in a forked child over a copy of
the organisation (its caseload on disk, and the real server app over the server's database file);
the child is SIGKILLed right after its k-th step: a server call answered (the server acted, the
client never saw the answer), a transaction about to commit, a transaction committed. For every k
until the sync finishes, a normal sync of the devices afterwards converges, with every edit made
present and nothing applied twice."""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from hrdcase.bootstrap import Unlocker
from hrdcase.server.db import open_engine
from hrdcase.storage.store import Store
from hrdcase.sync import protocol as p
from hrdcase.sync.client import ServerClient
from tests.conftest import PASSPHRASE
from tests.server.devices import URL
from tests.server.faults import ADMIN, RAVI, Fleet, Template
from tests.server.support import World

FINISHED = 0


def _child(root: Path, k: int) -> None:
    """In the forked child: Ravi's sync with small batches, dying after step k."""
    steps = 0

    def step() -> None:
        nonlocal steps
        steps += 1
        if steps == k:
            os.kill(os.getpid(), signal.SIGKILL)

    class Dying(httpx.BaseTransport):
        def __init__(self, inner: httpx.BaseTransport) -> None:
            self.inner = inner

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            response = self.inner.handle_request(request)
            response.read()
            step()  # the server acted; the answer dies with the client
            return response

    transaction = Store.transaction

    @contextlib.contextmanager
    def dying_transaction(self: Store) -> Iterator[object]:
        with transaction(self) as uow:
            yield uow
            step()  # inside: the transaction is about to commit
        step()  # committed

    p.MAX_OPS_PER_UPLOAD, p.MAX_OPS_PER_DOWNLOAD = 3, 2
    Store.transaction = dying_transaction  # type: ignore[method-assign]
    world = World(open_engine(f"sqlite:///{root / 'server.db'}"))
    http = httpx.Client(transport=Dying(world.http._transport))
    session = Unlocker(root / RAVI).with_passphrase(PASSPHRASE)
    session.client_factory = lambda url, keys, device_id: ServerClient(URL, keys, device_id, http=http,
                                                                      clock=world.clock)
    session.sync.run()


def _run_child(root: Path, k: int) -> int:
    """The child's wait status: FINISHED, or killed by SIGKILL."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        code = 0
        try:
            _child(root, k)
        except BaseException:  # any failure is reported by its exit code
            code = 3
        os._exit(code)
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        assert os.WTERMSIG(status) == signal.SIGKILL
        return -signal.SIGKILL
    assert os.WEXITSTATUS(status) == FINISHED, f"the child's sync failed at step {k}"
    return FINISHED


@pytest.fixture
def before(fault_template: Template, tmp_path: Path) -> tuple[Template, list[str], list[str], str, str]:
    """Admin and Ravi share a case; then, both offline, the admin adds to it and syncs (ops for
    Ravi to download), and Ravi adds his own (ops to upload: a new case, an incident, a risk
    note, a title)."""
    fleet = Fleet(fault_template, tmp_path / "org")
    shared = fleet.open_case(ADMIN, "Synthetic shared case")
    fleet.sync(ADMIN)
    fleet.sync(RAVI)
    incidents = ["Synthetic description of Synthetic shared case"]
    notes = []
    for i in range(2):
        text = f"Synthetic admin incident {i}"
        fleet.add_incident(ADMIN, shared, text)
        incidents.append(text)
    other = fleet.open_case(ADMIN, "Synthetic admin case")
    incidents.append("Synthetic description of Synthetic admin case")
    fleet.update(ADMIN, other, priority="P1")
    fleet.sync(ADMIN)
    mine = fleet.open_case(RAVI, "Synthetic Ravi case")
    incidents.append("Synthetic description of Synthetic Ravi case")
    fleet.add_incident(RAVI, shared, "Synthetic Ravi incident")
    incidents.append("Synthetic Ravi incident")
    fleet.add_risk_note(RAVI, shared, 4, "Synthetic Ravi rationale")
    notes.append("Synthetic Ravi rationale")
    fleet.update(RAVI, shared, title="Synthetic title by Ravi")
    fleet.update(RAVI, mine, priority="P2")
    return fleet.save(tmp_path / "before"), incidents, notes, shared, mine


def test_kill_9_of_the_client_at_every_step_of_a_sync(before: tuple, tmp_path: Path) -> None:
    template, incidents, notes, shared, mine = before
    killed = 0
    for k in range(1, 200):
        fleet = Fleet(template, tmp_path / f"k{k}")
        fleet.close()  # the child opens the files itself
        outcome = _run_child(fleet.root, k)
        fleet = Fleet(template, fleet.root, copy=False)
        try:
            fleet.converge((RAVI, ADMIN), rounds=1)  # one normal sync each is enough
            state = fleet.assert_converged((RAVI, ADMIN))
            assert sorted(r["description"] for r in state["incidents"].values()) == sorted(incidents), k
            assert sorted(r["rationale"] for r in state["risk_notes"].values()) == sorted(notes), k
            assert state["cases"][shared]["title"] == "Synthetic title by Ravi", k
            assert state["cases"][mine]["priority"] == "P2", k
            for name in (RAVI, ADMIN):
                assert fleet.count(name, "incidents") == len(incidents), k
                assert fleet.count(name, "risk_notes") == len(notes), k
                assert fleet.count(name, "cases") == 3, k
        finally:
            fleet.close()
        if outcome == FINISHED:
            break
        killed += 1
    else:
        raise AssertionError("the sync never finished")
    assert killed >= 20  # uploads and downloads in several batches: many steps to die at
