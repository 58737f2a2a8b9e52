"""Closing a caseload runs `PRAGMA optimize` before the checkpoint: the planner gets statistics
(e.g. for the breach-sort index) and closing still works on a fresh and on a demo caseload."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from hrdcase.demo import build_demo
from hrdcase.models.queue import QueueFilter, QueueSort
from hrdcase.storage.profile import Profile
from tests.conftest import FAST_KDF, PASSPHRASE

NOW = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def _stats(profile: Profile) -> list[tuple[str, str]]:
    store = profile.unlock(PASSPHRASE)
    try:
        if store.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
            return store.db.execute("SELECT tbl, idx FROM sqlite_stat1").fetchall()
        return []
    finally:
        store.close()
        profile.release()


def test_fresh_caseload_closes_and_reopens(tmp_path: Path) -> None:
    profile = Profile(tmp_path / "fresh")
    store = profile.create(PASSPHRASE, FAST_KDF)
    store.close()
    profile.release()
    assert store.db.conn is None
    assert not (profile.db_path.parent / (profile.db_path.name + "-wal")).exists() or \
        (profile.db_path.parent / (profile.db_path.name + "-wal")).stat().st_size == 0
    _stats(profile)  # opens again without error


def test_demo_caseload_gets_breach_index_statistics_on_close(tmp_path: Path) -> None:
    profile = Profile(tmp_path / "demo")
    store = profile.create(PASSPHRASE, FAST_KDF)
    build_demo(store, 60, 3, NOW)
    assert ("cases", "cases_by_breach") not in _stats_now(store)
    store.close()
    profile.release()
    assert ("cases", "cases_by_breach") in _stats(profile)
    store = profile.unlock(PASSPHRASE)
    try:  # the queue still sorts by time to breach after the statistics exist
        with store.read() as uow:
            page = uow.cases.queue_page(QueueFilter(statuses=()), QueueSort("breach"), 0, 10)
        assert len(page) == 10
    finally:
        store.close()
        profile.release()


def _stats_now(store) -> list[tuple[str, str]]:
    if store.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
        return store.db.execute("SELECT tbl, idx FROM sqlite_stat1").fetchall()
    return []
