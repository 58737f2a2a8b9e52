"""A device offline past the tombstone window (protocol.TOMBSTONE_DAYS, 90 days): 91 days later,
by the server's clock and its own, it catches up, keeps and then sends the ops it made offline,
and the deletes made meanwhile reach it. The server keeps its whole op log (docs/sync.md), so the
device never needs a re-sync from scratch."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from hrdcase.sync import protocol as p
from tests.server.faults import ADMIN, NAMES, RAVI, SARA, Fleet, Template


def test_a_device_back_after_91_days_catches_up_and_sends_what_it_kept(fault_template: Template,
                                                                       tmp_path: Path) -> None:
    fleet = Fleet(fault_template, tmp_path / "org")
    try:
        shared = fleet.open_case(ADMIN, "Synthetic shared case")
        fleet.add_incident(ADMIN, shared, "Synthetic incident to delete")
        fleet.converge()
        doomed = next(g for g, r in fleet.state(SARA)["incidents"].items()
                      if r["description"] == "Synthetic incident to delete")
        # Sara goes offline and works on.
        fleet.add_incident(SARA, shared, "Synthetic incident made offline")
        offline = fleet.open_case(SARA, "Synthetic case opened offline")
        fleet.update(SARA, shared, priority="P1")
        # Meanwhile the others delete an incident and go on syncing, for 91 days.
        days = p.TOMBSTONE_DAYS + 1
        session = fleet.session(ADMIN)
        with session.store.transaction() as uow:
            uow.sync.db.execute("DELETE FROM incidents WHERE gid = ?", (doomed,))
        for day in range(0, days, 30):
            fleet.world.clock.now += 30 * 86400 if day else 0
            fleet.update(RAVI, shared, title=f"Synthetic title of day {day}")
            fleet.converge((ADMIN, RAVI), rounds=1)
        fleet.world.clock.now += (days - 90) * 86400
        for name in NAMES:
            fleet.clocks[name].advance(timedelta(days=days))
        with fleet.session(SARA).store.read() as uow:
            assert uow.sync.dirty_count() + uow.sync.out_count() > 0  # kept while offline
        summary = fleet.sync(SARA)
        assert summary.sent > 0 and summary.pending == 0
        fleet.converge()
        state = fleet.assert_converged()
        assert doomed not in state["incidents"] and offline in state["cases"]
        assert "Synthetic incident made offline" in {r["description"] for r in state["incidents"].values()}
        assert state["cases"][shared]["priority"] == "P1"
        assert state["cases"][shared]["title"] == "Synthetic title of day 90"
    finally:
        fleet.close()
