"""Conversions between domain values and SQL column values."""

from __future__ import annotations

import itertools
import json
import os
import threading
from datetime import UTC, datetime
from typing import Any, overload


@overload
def ts(value: datetime) -> int: ...
@overload
def ts(value: None) -> None: ...
@overload
def ts(value: datetime | None) -> int | None: ...
def ts(value: datetime | None) -> int | None:
    """A timezone-aware datetime as integer seconds since the epoch (UTC)."""
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError("naive datetimes are not stored; pass an aware UTC datetime")
    return int(value.timestamp())


def dt(value: int | None) -> datetime | None:
    return None if value is None else datetime.fromtimestamp(value, UTC)


def dt_required(value: int) -> datetime:
    return datetime.fromtimestamp(value, UTC)


def join_tags(values: tuple[str, ...] | list[str]) -> str:
    return ",".join(v.strip() for v in values if v.strip())


def split_tags(value: str) -> tuple[str, ...]:
    return tuple(v for v in value.split(",") if v)


# One encoder for every call: `json.dumps` with these options builds a new encoder each time, which
# was a third of the cost of hashing an audit entry. The output is the same.
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def canonical_json(value: Any) -> str:
    return _CANONICAL.encode(value)



class _GidSource:
    """Global ids for rows this process creates: a random 48-bit prefix (drawn again in a forked
    child), a window number that moves on every GID_WINDOW ids, then 64 random bits. Inserts land
    in the current window, at the end of the gid and `sync_dirty` indexes, so a batch's commit
    rewrites a few pages there instead of pages all over those indexes (with fully random ids an
    import's commits grew with the caseload: bench/import_bench.py). Inside a window the order is
    random, so the ids do not tell a server which case, defender and incident were made together,
    only that rows were made in the same run and window, which their upload already tells it."""

    def __init__(self) -> None:
        self._pid = -1
        self._prefix = ""
        self._count = itertools.count()
        self._lock = threading.Lock()

    def __call__(self) -> str:
        with self._lock:
            if self._pid != os.getpid():
                self._pid, self._prefix, self._count = os.getpid(), os.urandom(6).hex(), itertools.count()
            window = (next(self._count) // GID_WINDOW) & 0xFFFF
        return f"{self._prefix}{window:04x}{os.urandom(8).hex()}"


GID_WINDOW = 4096  # ids to a window: an import batch (500 lines) writes about 2,000

new_gid = _GidSource()
"""A synced row's global id in migration 10's form (32 lowercase hex characters). A repository that
writes it in its INSERT spares the trigger's UPDATE of the row it has just written
(storage/schema_sync.py); rows inserted without one still get a random one from the trigger."""
