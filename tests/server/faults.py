"""A small organisation of real devices for the fault-injection suite (tests/server/test_sync_faults*.py).

`Template` builds it once: a migrated SQLite server database and three enrolled, confirmed devices
(real SQLCipher profiles on disk, real `join`, invitations and confirmations through `OrgService`),
all synced once. `Fleet` is a fresh copy of it in a test's own folder: the same devices and server
database, served by the real app in-process (FastAPI's TestClient), so a test or a hypothesis
example starts from a known organisation in milliseconds instead of enrolling again. Each device
has its own domain clock and its own OS clock (the one `ServerClient` signs requests with), and the
HTTP each device speaks can be wrapped (faulty transports)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

from hrdcase.bootstrap import Unlocker
from hrdcase.models.clock import FixedClock
from hrdcase.models.entities import RiskItem
from hrdcase.models.enums import IncidentCategory, Role
from hrdcase.models.intake import NewCase, NewDefender
from hrdcase.models.sync_tables import SPECS
from hrdcase.server.db import migrate, open_engine
from hrdcase.services.session import Session
from hrdcase.services.sync import SyncSummary
from hrdcase.sync.client import ServerClient
from hrdcase.sync.identity import DeviceKeys
from tests.conftest import PASSPHRASE
from tests.server.devices import URL, Devices
from tests.server.support import World

ADMIN, RAVI, SARA = "Amina Admin", "Ravi Responder", "Sara Supervisor"
NAMES = (ADMIN, RAVI, SARA)
START = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=1)  # the invitations check real time


@dataclass(frozen=True)
class Template:
    root: Path  # server.db and one folder per device


def build_template(root: Path) -> Template:
    root.mkdir(parents=True, exist_ok=True)
    engine = open_engine(f"sqlite:///{root / 'server.db'}")
    migrate(engine)
    world = World(engine)
    devices = Devices(world, root, FixedClock(START))
    try:
        devices.admin(ADMIN)
        devices.add(RAVI, [Role.RESPONDER])
        devices.add(SARA, [Role.SUPERVISOR, Role.SHIFT_LEAD])
        for _ in range(2):
            for session in devices.sessions.values():
                session.sync.run()
    finally:
        devices.close()
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        world.close()
    return Template(root)


Wrap = Callable[[str, httpx.BaseTransport], httpx.BaseTransport]  # (device name, inner) -> transport


class Fleet:
    """A copy of the template organisation. `wrap(name, transport)` may put a faulty transport
    between a device and the server; `skew[name]` (seconds) sets a device's OS clock apart."""

    def __init__(self, template: Template, dest: Path, wrap: Wrap | None = None, *,
                 copy: bool = True) -> None:
        if copy:
            shutil.copytree(template.root, dest)
        self.root = dest
        self.url = f"sqlite:///{dest / 'server.db'}"
        self.world = World(open_engine(self.url))
        self.wrap = wrap
        self.clocks = {name: FixedClock(START + timedelta(minutes=5)) for name in NAMES}
        self.skew: dict[str, float] = dict.fromkeys(NAMES, 0.0)
        self.wall: Callable[[], float] = self.world.clock  # the true time, as the server has it
        self.sessions: dict[str, Session] = {}
        self.summaries: list[tuple[str, SyncSummary]] = []

    # ---- devices
    def os_clock(self, name: str) -> Callable[[], float]:
        return lambda: self.wall() + self.skew[name]

    def http(self, name: str) -> httpx.Client:
        inner = self.world.http._transport  # the TestClient's transport into the app
        if self.wrap is None:
            return self.world.http
        return httpx.Client(base_url=URL, transport=self.wrap(name, inner))

    def factory(self, name: str) -> Callable[[str, DeviceKeys | None, str | None], ServerClient]:
        def make(url: str, keys: DeviceKeys | None, device_id: str | None) -> ServerClient:
            assert url == URL, url
            return ServerClient(url, keys, device_id, http=self.http(name), clock=self.os_clock(name))
        return make

    def session(self, name: str) -> Session:
        if name not in self.sessions:
            session = Unlocker(self.root / name, self.clocks[name]).with_passphrase(PASSPHRASE)
            session.client_factory = self.factory(name)
            self.sessions[name] = session
        return self.sessions[name]

    def release(self, name: str) -> None:
        """Close a device's session (so another process may open its profile)."""
        session = self.sessions.pop(name, None)
        if session is not None:
            session.close()

    def sync(self, name: str) -> SyncSummary:
        summary, _ = self.session(name).sync.run()
        self.summaries.append((name, summary))
        return summary

    def converge(self, names: tuple[str, ...] = NAMES, rounds: int = 2) -> None:
        for _ in range(rounds):
            for name in names:
                self.sync(name)

    def close(self) -> None:
        for name in list(self.sessions):
            self.release(name)
        self.world.close()

    def save(self, dest: Path) -> Template:
        """Close everything and keep this organisation's files as a template of its own."""
        self.close()
        with open_engine(self.url).connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copytree(self.root, dest)
        return Template(dest)

    # ---- what a test looks at
    def state(self, name: str) -> dict[str, dict[str, dict[str, Any]]]:
        return synced_state(self.session(name))

    def count(self, name: str, table: str) -> int:
        return int(self.session(name).store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    def assert_converged(self, names: tuple[str, ...] = NAMES) -> dict[str, dict[str, dict[str, Any]]]:
        """Every device holds the same synced rows, nothing is left to send, nothing is parked."""
        states = {name: self.state(name) for name in names}
        first = states[names[0]]
        for name in names[1:]:
            assert _diff(first, states[name]) == [], f"{names[0]} and {name} differ"
        for name in names:
            store = self.session(name).store
            with store.read() as uow:
                assert uow.sync.out_count() == 0 and uow.sync.dirty_count() == 0, name
                assert uow.sync.parked_count() == 0, name
        return first

    # ---- edits a responder makes
    def open_case(self, name: str, title: str) -> str:
        session = self.session(name)
        self.clocks[name].advance(timedelta(seconds=7))
        case_id, _ = session.cases.open_case(NewCase(
            title=title, category=IncidentCategory.DOXXING, region_code="KE", language="sw",
            description=f"Synthetic description of {title}", new_defender=NewDefender("Synthetic Numbat")))
        return gid_of(session, "cases", case_id)

    def add_incident(self, name: str, gid: str, text: str) -> None:
        session = self.session(name)
        self.clocks[name].advance(timedelta(seconds=7))
        session.cases.add_incident(local(session, "cases", gid), IncidentCategory.IMPERSONATION, text)

    def add_risk_note(self, name: str, gid: str, threat: int, rationale: str) -> None:
        session = self.session(name)
        self.clocks[name].advance(timedelta(seconds=7))
        session.cases.add_risk_note(local(session, "cases", gid), [RiskItem("Synthetic threat", threat)],
                                    [RiskItem("Synthetic gap", 3)], [], rationale=rationale)

    def update(self, name: str, gid: str, **fields: Any) -> None:
        session = self.session(name)
        self.clocks[name].advance(timedelta(seconds=7))
        case_id = local(session, "cases", gid)
        with session.store.read() as uow:
            version = uow.cases.get(case_id).version
        session.cases.update_fields(case_id, version, **fields)


def local(session: Session, table: str, gid: str) -> int:
    with session.store.read() as uow:
        key = uow.sync.local_key(table, gid)
    assert key is not None, f"{table} {gid} is not on this device"
    return key


def gid_of(session: Session, table: str, key: int) -> str:
    return str(session.store.db.execute(f"SELECT gid FROM {table} WHERE id = ?", (key,)).fetchone()[0])


def synced_state(session: Session) -> dict[str, dict[str, dict[str, Any]]]:
    """Every synced row of a device as it travels: table -> gid -> fields."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    with session.store.read() as uow:
        for s in SPECS:
            gids = [r[0] for r in uow.sync.db.execute(f"SELECT gid FROM {s.name}")]
            out[s.name] = {g: uow.sync.row(s.name, g) for g in gids}  # type: ignore[misc]
    return out


def _diff(a: dict[str, dict[str, dict[str, Any]]], b: dict[str, dict[str, dict[str, Any]]]) -> list[str]:
    """Where two synced states differ (table, gid, field), without printing any value."""
    out = []
    for table in sorted(set(a) | set(b)):
        rows_a, rows_b = a.get(table, {}), b.get(table, {})
        for gid in sorted(set(rows_a) ^ set(rows_b)):
            out.append(f"{table} {gid} only on one side")
        for gid in sorted(set(rows_a) & set(rows_b)):
            fa, fb = rows_a[gid] or {}, rows_b[gid] or {}
            out += [f"{table} {gid} {f}" for f in sorted(set(fa) | set(fb)) if fa.get(f) != fb.get(f)]
    return out


class Faulty(httpx.BaseTransport):
    """A network that misbehaves on a seeded schedule, between a device and the real app:
    - "lost": the request never arrives (the client sees a connection error);
    - "unheard": the server processes it, the answer is lost (the client sees a reset);
    - "twice": the same request (same bytes, same nonce) reaches the server twice; the client
      hears the first answer or the second (the refused copy);
    - "stale": a download is answered with an earlier download's answer (delayed, duplicated,
      out of order).
    `rate` is the chance of a fault per request; `enabled` turns them all off."""

    KINDS = ("lost", "unheard", "twice", "twice-second", "stale")

    def __init__(self, inner: httpx.BaseTransport, rng: Any, rate: float = 0.3) -> None:
        self.inner, self.rng, self.rate = inner, rng, rate
        self.enabled = True
        self.downloads: list[httpx.Response] = []
        self.faults: dict[str, int] = dict.fromkeys(self.KINDS, 0)

    def _send(self, request: httpx.Request) -> httpx.Response:
        copy = httpx.Request(request.method, request.url, headers=request.headers, content=request.content)
        response = self.inner.handle_request(copy)
        response.read()
        return httpx.Response(response.status_code, headers=response.headers, content=response.content)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        kind = self.rng.choice(self.KINDS) if self.enabled and self.rng.random() < self.rate else None
        is_download = request.url.path == "/v1/sync/download"
        if kind == "stale" and not (is_download and self.downloads):
            kind = None
        if kind is not None:
            self.faults[kind] += 1
        if kind == "lost":
            raise httpx.ConnectError("fault injected: the request was lost", request=request)
        if kind == "stale":
            self._send(request)  # the server answers; that answer is lost in the shuffle
            return self.rng.choice(self.downloads)
        response = self._send(request)
        if is_download and response.status_code == 200:
            self.downloads = [*self.downloads[-3:], response]
        if kind == "unheard":
            raise httpx.ReadError("fault injected: the answer was lost", request=request)
        if kind in ("twice", "twice-second"):
            second = self._send(request)
            return second if kind == "twice-second" else response
        return response
