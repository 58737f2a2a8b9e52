"""Duplicated, dropped and reordered delivery between devices and the real server: requests lost,
answers lost after the server acted, the same request delivered twice, download answers delivered
late, twice or out of order. Syncs fail with one clear line when the network does; afterwards a
normal sync of every device converges, every edit made is there, and nothing is there twice."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from hrdcase.errors import UserError
from hrdcase.services.identity import device_keys
from hrdcase.services.sync_engine import apply_batch
from hrdcase.sync import protocol as p
from tests.server.faults import ADMIN, NAMES, RAVI, SARA, Faulty, Fleet, Template


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Uploads and downloads of a few ops each, so a sync makes many requests."""
    monkeypatch.setattr(p, "MAX_OPS_PER_UPLOAD", 3)
    monkeypatch.setattr(p, "MAX_OPS_PER_DOWNLOAD", 2)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_lost_duplicated_and_reordered_delivery_converges(fault_template: Template, tmp_path: Path,
                                                          small_batches: None, seed: int) -> None:
    rng = random.Random(seed)
    networks: dict[str, Faulty] = {}

    def wrap(name: str, inner: object) -> Faulty:
        networks.setdefault(name, Faulty(inner, random.Random(f"{seed}-{name}")))  # type: ignore[arg-type]
        return networks[name]

    fleet = Fleet(fault_template, tmp_path / "org", wrap)
    try:
        cases = [fleet.open_case(ADMIN, "Synthetic shared case")]
        incidents: list[str] = ["Synthetic description of Synthetic shared case"]
        notes: list[str] = []
        failures = 0
        for round_ in range(4):
            for name in NAMES:
                for _ in range(rng.randint(1, 3)):
                    gid = rng.choice(cases)
                    what = rng.choice(["case", "incident", "note", "priority", "title"])
                    try:
                        if what == "case":
                            title = f"Synthetic case {round_} {name}"
                            cases.append(fleet.open_case(name, title))
                            incidents.append(f"Synthetic description of {title}")
                        elif what == "incident":
                            text = f"Synthetic incident {len(incidents)} by {name}"
                            fleet.add_incident(name, gid, text)
                            incidents.append(text)
                        elif what == "note":
                            text = f"Synthetic rationale {len(notes)} by {name}"
                            fleet.add_risk_note(name, gid, rng.randint(1, 5), text)
                            notes.append(text)
                        elif what == "priority":
                            fleet.update(name, gid, priority=rng.choice(["P1", "P2", "P3"]))
                        else:
                            fleet.update(name, gid, title=f"Synthetic title {round_} {name}")
                    except AssertionError:  # that case has not reached this device yet
                        continue
            for name in rng.sample(NAMES, len(NAMES)):
                try:
                    fleet.sync(name)
                except UserError as exc:  # one line for the person; the next sync goes on
                    assert "\n" not in str(exc)
                    failures += 1
        assert sum(sum(n.faults.values()) for n in networks.values()) > 5 and failures > 0
        for network in networks.values():
            network.enabled = False
        fleet.converge()
        state = fleet.assert_converged()
        assert sorted(row["description"] for row in state["incidents"].values()) == sorted(incidents)
        assert sorted(row["rationale"] for row in state["risk_notes"].values()) == sorted(notes)
        assert set(state["cases"]) == set(cases)
        for name in NAMES:  # as rows too: nothing applied twice
            assert fleet.count(name, "incidents") == len(incidents)
            assert fleet.count(name, "risk_notes") == len(notes)
            assert fleet.count(name, "cases") == len(cases)
    finally:
        fleet.close()


def test_a_download_answer_replayed_later_changes_nothing(fault_template: Template, tmp_path: Path,
                                                          small_batches: None) -> None:
    """The same batch applied again after newer ones (an old answer arriving late): its ops are
    skipped (each author's op_seq is applied once) and the cursor does not move back."""
    fleet = Fleet(fault_template, tmp_path / "org")
    try:
        gid = fleet.open_case(RAVI, "Synthetic replayed case")
        fleet.update(RAVI, gid, priority="P3")
        fleet.sync(RAVI)
        session = fleet.session(SARA)
        with session.store.read() as uow:
            cursor = uow.sync.cursors()
        fleet.sync(SARA)
        fleet.update(RAVI, gid, priority="P1")
        fleet.converge((RAVI, SARA))
        before = fleet.state(SARA)
        with session.store.read() as uow:
            identity = uow.identity.identity()
        client = fleet.factory(SARA)("http://testserver", device_keys(identity), identity.device_id)
        stale = client.download(cursor)
        assert stale["ops"]
        with session.store.transaction() as uow:
            result = apply_batch(uow, identity, uow.sync.team_keys(), stale["ops"],
                                 uow.sync.device_sign_keys(), fleet.clocks[SARA], stale["cursor"])
        assert result.applied == 0
        assert fleet.state(SARA) == before and fleet.state(SARA)["cases"][gid]["priority"] == "P1"
        with session.store.read() as uow:
            assert uow.sync.cursors() != stale["cursor"]
    finally:
        fleet.close()
