"""Conversions between domain values and SQL column values."""

from __future__ import annotations

import json
import os
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


def new_gid() -> str:
    """A synced row's global id, as migration 10's trigger would make it (32 lowercase hex
    characters, 128 random bits). A repository that writes it in its INSERT spares the trigger's
    UPDATE of the row it has just written (storage/schema_sync.py)."""
    return os.urandom(16).hex()
