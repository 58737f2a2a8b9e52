"""A bulk import syncs like the dialog: every row it wrote (case, defender, incident, intake record,
partner) reaches another device, with the gids the repositories wrote in their INSERTs."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from hrdcase.services.intake import IntakeService
from tests.integration.sync_world import Device, Relay, make_devices, synced_state


@pytest.fixture
def devices(tmp_path: Path) -> Iterator[list[Device]]:
    made = make_devices(tmp_path, 2)
    yield made
    for d in made:
        d.close()


def line(i: int, **extra: object) -> str:
    return json.dumps({
        "source_id": f"S{i}", "channel": "hrd_report", "submitted_at": "2026-01-04T18:30:00+03:00",
        "title": f"Invented report {i}", "description": f"Synthetic description {i}",
        "category": "doxxing", "region": "KE", "language": "sw",
        "defender": {"pseudonym": f"Ibis-{i}"}, **extra})


def test_an_imported_batch_reaches_another_device_whole(devices: list[Device]) -> None:
    a, b = devices
    lines = [line(1), line(2, channel="trusted_partner", partner="Synthetic Partner Network"),
             line(3), "not json", line(2)]  # a bad line and a duplicate: neither travels
    summary = IntakeService(a.store, a.cases).import_lines(lines, batch_lines=2)
    assert len(summary.imported) == 3 and summary.duplicates == [5] and len(summary.rejected) == 1
    with a.store.read() as uow:
        dirty = uow.sync.dirty()
    tables = sorted(t for t, _ in dirty)
    assert tables == sorted(["cases"] * 3 + ["defenders"] * 3 + ["incidents"] * 3
                            + ["case_intake"] * 3 + ["partners"])
    relay = Relay()
    a.sync(relay)
    b.sync(relay)
    with a.store.read() as uow:
        assert uow.sync.dirty_count() == 0
    state = synced_state(b)
    assert state == synced_state(a)
    assert {g for _, g in dirty} == {g for t in state.values() for g in t}
    with b.store.read() as uow:
        assert uow.intake.source_count() == 3
        assert [name for _, name in uow.intake.partners()] == ["Synthetic Partner Network"]
        assert len(uow.cases.search("Invented")) == 3
