"""An organisation of real devices for sync tests: each device is a real SQLCipher profile on disk,
enrolled through the real `join`, invited and confirmed through the real `OrgService`, talking to
the real server app (over FastAPI's TestClient, so no port is needed)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from hrdcase.bootstrap import Unlocker
from hrdcase.models.clock import Clock
from hrdcase.models.enums import Role
from hrdcase.services.enrol import join
from hrdcase.services.org import OrgService
from hrdcase.services.session import Session
from hrdcase.sync.client import ServerClient
from hrdcase.sync.identity import DeviceKeys
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.server.support import World

URL = "http://testserver"


class Devices:
    """`admin()` founds the organisation; `add(name, roles)` invites, joins and confirms one more
    device. Every session is reopened after enrolment, as the app does on its next start."""

    def __init__(self, world: World, root: Path, clock: Clock) -> None:
        self.world, self.root, self.clock = world, root, clock
        self.sessions: dict[str, Session] = {}
        self.admin_name: str | None = None

    def factory(self, url: str, keys: DeviceKeys | None, device_id: str | None) -> ServerClient:
        assert url == URL, url
        return ServerClient(url, keys, device_id, http=self.world.http)

    def _open(self, name: str) -> Session:
        session = Unlocker(self.root / name, self.clock).with_passphrase(PASSPHRASE)
        session.client_factory = self.factory
        self.sessions[name] = session
        return session

    def _join(self, name: str, token: str) -> str:
        session = Unlocker(self.root / name, self.clock).create(PASSPHRASE, FAST_KDF)
        try:
            joined = join(session.store, self.clock, URL, token, name, self.factory)
        finally:
            session.close()
        return joined.fingerprint

    def admin(self, name: str = "Amina Admin", org: str = "Org Alpha") -> Session:
        self._join(name, self.world.new_org(org).token)
        self.admin_name = name
        return self._open(name)

    def org(self, session: Session) -> OrgService:
        return OrgService(session.store, self.clock, session.me, self.factory)

    def add(self, name: str, roles: Iterable[Role]) -> Session:
        assert self.admin_name is not None, "found the organisation first"
        admin = self.sessions[self.admin_name]
        token, _changes = self.org(admin).invite(name, roles)
        fingerprint = self._join(name, token)
        self.org(admin).confirm_device(fingerprint)
        session = self._open(name)
        self.org(session).refresh()  # its team key and the people, now that it is confirmed
        return self.reopen(name)

    def reopen(self, name: str) -> Session:
        self.sessions.pop(name).close()
        return self._open(name)

    def close(self) -> None:
        for session in self.sessions.values():
            session.close()
        self.sessions.clear()
