"""`OrgService.invite` is a mutation like any other: besides the one-time token it returns the
ChangeSet of what it wrote (the new person and their audit entry), so the views refresh."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from hrdcase.models.changes import ChangeSet
from hrdcase.models.clock import FixedClock
from hrdcase.models.enums import Role
from tests.server.devices import Devices
from tests.server.support import World


@pytest.fixture
def devices(world: World, tmp_path: Path) -> Iterator[Devices]:
    d = Devices(world, tmp_path, FixedClock(datetime.now(UTC).replace(microsecond=0)))
    yield d
    d.close()


def test_invite_returns_the_token_and_what_it_changed(devices: Devices) -> None:
    admin = devices.admin()
    with admin.store.read() as uow:
        seq, _hash = uow.audit.head()
    token, changes = devices.org(admin).invite("Noor Synthetic", [Role.RESPONDER])
    assert token.startswith("hrd1.")
    assert changes == ChangeSet(entities=frozenset({"person"}), audit=True)
    with admin.store.read() as uow:
        actions = [r[3] for r in uow.audit.iter_all() if r[0] > seq]
        names = [r.display_name for r in uow.reference.responders()]
    assert actions == ["person.invited"] and "Noor Synthetic" in names
