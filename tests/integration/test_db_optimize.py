"""The queue's plans rely on SQLite choosing without statistics: closing a caseload must not
ANALYZE it (with sqlite_stat1 the text filter turned into 23k rowid lookups, 99 ms instead of
8 ms cold at 100k cases), and the text-filtered count must read the covering index."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from hrdcase.demo.build import build_demo
from hrdcase.models.queue import QueueFilter
from hrdcase.storage.cases import _where
from hrdcase.storage.profile import Profile
from tests.conftest import FAST_KDF, PASSPHRASE

NOW = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def test_close_leaves_no_statistics_and_text_filter_uses_an_index(tmp_path: Path) -> None:
    profile = Profile(tmp_path / "demo")
    store = profile.create(PASSPHRASE, FAST_KDF)
    build_demo(store, 120, 3, NOW)
    store.close()
    profile.release()
    store = profile.unlock(PASSPHRASE)
    try:
        assert store.db.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone() is None
        where, params = _where(QueueFilter(region_code="XF", text="spyware"))
        plan = " ".join(row[3] for row in store.db.execute(
            "EXPLAIN QUERY PLAN SELECT count(*) FROM cases c" + where, params))
        assert "COVERING INDEX cases_by_region" in plan, plan
    finally:
        store.close()
        profile.release()
