"""The per-team log under concurrency: sequence numbers are handed out under the team's row lock, so
they commit in order and a cursor `seq > last` never skips an op that commits late; several app
instances (each its own engine and pool) over one PostgreSQL database keep seqs unique and ordered."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime
from typing import Any

import pytest
import sqlalchemy as sa

from hrdcase.server import sync_store
from hrdcase.server.db import open_engine
from hrdcase.sync import protocol as p
from hrdcase.sync.identity import b64d
from tests.server.support import Member, World, download_all, make_op


def _new(op: p.UploadOp) -> sync_store.NewOp:
    return sync_store.NewOp(op["team_id"], op["op_seq"], op["entity"], op["entity_id"], op["key_version"],
                            op["routing"], b64d(op["sealed"]), b64d(op["signature"]))


def _blocked_or_done(engine: sa.Engine, thread: threading.Thread, timeout: float = 20.0) -> None:
    """Until `thread` waits on a lock in the database, or has finished (as it would if nothing held
    it back: then the assertions that follow show what a reader would have missed)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and thread.is_alive():
        with engine.connect() as conn:  # a new transaction each time: pg_stat_activity is per snapshot
            waiting = conn.execute(sa.text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND wait_event_type = 'Lock'")).scalar_one()
        if waiting:
            return
        time.sleep(0.05)


def _ids(ops: list[p.DownloadedOp]) -> list[tuple[str, int]]:
    return [(op["device_id"], op["op_seq"]) for op in ops]


@pytest.mark.pg
def test_a_download_between_two_uploads_never_skips_the_late_commit(pg_db: str) -> None:
    first, second = World(open_engine(pg_db)), World(open_engine(pg_db))
    holder = open_engine(pg_db)
    try:
        admin = first.enrol_admin(first.new_org())
        slow, quick = first.member(admin), first.member(admin)
        slow_ops = [make_op(slow, n) for n in (1, 2, 3)]
        quick_ops = [make_op(quick, n) for n in (1, 2, 3, 4)]
        answers: dict[str, Any] = {}
        with holder.connect() as conn:
            transaction = conn.begin()
            # The first upload has its seqs and rows but has not committed.
            sync_store.store_ops(conn, slow.device_id, [_new(op) for op in slow_ops], datetime.now(UTC))
            # The second, through another app instance, must wait for it.
            late = threading.Thread(target=lambda: answers.setdefault(
                "quick", second.via(quick).client.upload(quick_ops, None)))
            late.start()
            _blocked_or_done(holder, late)
            between, cursor = download_all(admin)  # reads do not wait for the lock
            assert between == [] and cursor == {admin.team_id: 0}
            transaction.commit()
        late.join(timeout=30)
        assert answers["quick"]["acked"] == [1, 2, 3, 4]
        after, cursor = download_all(admin, cursor)
        seen = between + after
        expected = [(slow.device_id, n) for n in (1, 2, 3)] + [(quick.device_id, n) for n in (1, 2, 3, 4)]
        assert sorted(_ids(seen)) == sorted(expected)  # every op, exactly once
        assert [op["seq"] for op in seen] == list(range(1, 8)) and cursor == {admin.team_id: 7}
        assert _ids(seen[:3]) == [(slow.device_id, n) for n in (1, 2, 3)]  # committed first, numbered first
    finally:
        holder.dispose()
        first.close()
        second.close()


@pytest.mark.pg
def test_two_instances_alternating_and_racing_keep_seqs_unique_and_ordered(pg_db: str) -> None:
    instances = [World(open_engine(pg_db)) for _ in range(3)]
    try:
        home = instances[0]
        admin = home.enrol_admin(home.new_org())
        devices = [home.member(admin) for _ in range(3)]
        # Alternating: each request goes to the other instance.
        for turn in range(6):
            device = devices[turn % 3]
            world = instances[turn % 2]
            base = 1 + 2 * (turn // 3)
            world.via(device).client.upload([make_op(device, base), make_op(device, base + 1)], None)
        # Racing: three devices, each on its own instance, at the same time.
        errors: list[BaseException] = []

        def run(index: int) -> None:
            device, world = devices[index], instances[index]
            client = world.via(device).client
            try:
                for n in range(5, 15, 2):
                    client.upload([make_op(device, n), make_op(device, n + 1)], None)
            except BaseException as exc:  # reported below
                errors.append(exc)

        threads = [threading.Thread(target=run, args=(i,)) for i in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert errors == []
        with home.engine.connect() as conn:
            rows = conn.execute(sa.text("SELECT seq, device_id, op_seq FROM ops ORDER BY seq")).all()
        assert [r.seq for r in rows] == list(range(1, 3 * 14 + 1))
        for device in devices:  # each device's ops are in the log in the order it sent them
            mine = [r.op_seq for r in rows if r.device_id == device.device_id]
            assert mine == list(range(1, 15))
        ops, cursor = download_all(instances[1].via(admin), limit=7)
        assert [op["seq"] for op in ops] == [r.seq for r in rows] and cursor == {admin.team_id: len(rows)}
    finally:
        for world in instances:
            world.close()


def test_concurrent_uploads_on_one_instance_never_share_a_seq(world: World) -> None:
    """The same race on the fixture's database (SQLite serialises writers; PostgreSQL locks the row)."""
    admin = world.enrol_admin(world.new_org())
    devices = [world.member(admin) for _ in range(3)]
    errors: list[BaseException] = []

    def run(device: Member) -> None:
        try:
            for n in range(1, 9, 2):
                device.client.upload([make_op(device, n), make_op(device, n + 1)], None)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(device,)) for device in devices]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    ops, _cursor = download_all(admin)
    assert [op["seq"] for op in ops] == list(range(1, 25))
    assert sorted(_ids(ops)) == sorted((d.device_id, n) for d in devices for n in range(1, 9))
