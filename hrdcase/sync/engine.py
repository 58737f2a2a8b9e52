"""The sync engine's pure logic (docs/sync.md): hybrid logical clock stamps, value hashing, the diff
of a row against its shadow, the field merge decision, and the sealed op's plaintext form.

No I/O: services/sync_engine.py runs it against a caseload.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any

from hrdcase.errors import UserError
from hrdcase.sync.protocol import ENTITY_ID_PATTERN, OP_ENTITY_PATTERN

OP_VERSION = 1
_COUNTER_MAX = 9999
_STAMP = re.compile(r"^(\d{13})-(\d{4})-([A-Za-z0-9_.:-]{1,64})$")
GID_PATTERN = re.compile(r"^[0-9a-f]{32}$")
MAX_FIELDS = 64


class SyncError(UserError):
    """An op or batch this device refuses; the caller rolls the batch back."""


# ---- hybrid logical clock
@dataclass
class HLC:
    """`"<13-digit ms>-<4-digit counter>-<device id>"`: stamps compare as strings, never go below
    one this device has seen, and two devices never issue the same one."""

    device_id: str
    ms: int = 0
    counter: int = 0

    @classmethod
    def load(cls, device_id: str, state: str | None) -> HLC:
        if not state:
            return cls(device_id)
        ms, counter = state.split("-")
        return cls(device_id, int(ms), int(counter))

    def state(self) -> str:
        return f"{self.ms}-{self.counter}"

    def tick(self, now_ms: int) -> str:
        if now_ms > self.ms:
            self.ms, self.counter = now_ms, 0
        elif self.counter >= _COUNTER_MAX:
            self.ms, self.counter = self.ms + 1, 0
        else:
            self.counter += 1
        return f"{self.ms:013d}-{self.counter:04d}-{self.device_id}"

    def observe(self, stamp: str) -> None:
        ms, counter, _ = parse_stamp(stamp)
        if (ms, counter) > (self.ms, self.counter):
            self.ms, self.counter = ms, counter


def parse_stamp(stamp: Any) -> tuple[int, int, str]:
    if not isinstance(stamp, str):
        raise SyncError("An op carries a malformed stamp.")
    return _parse_stamp(stamp)


@functools.lru_cache(maxsize=1024)  # an op's fields share one stamp; a batch, a few devices' clocks
def _parse_stamp(stamp: str) -> tuple[int, int, str]:
    match = _STAMP.match(stamp)
    if match is None:
        raise SyncError("An op carries a malformed stamp.")
    return int(match[1]), int(match[2]), match[3]


# ---- values
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def canonical(value: Any) -> str:
    return _CANONICAL.encode(value)  # json.dumps(value, sort_keys=True, ...) without a new encoder


def value_hash(value: Any) -> str:
    return hashlib.sha256(canonical(value).encode()).hexdigest()[:32]


# Shadow entry per field: [stamp, hash, previous stamp]. A forced entry (a resolved conflict)
# has hash None, so the next prepare stamps the value again even when it is unchanged.
Shadow = dict[str, list[Any]]


@dataclass(frozen=True)
class FieldWrite:
    value: Any
    stamp: str
    prev: str | None


def diff(values: dict[str, Any], shadow: Shadow) -> list[str]:
    """The fields whose value differs from what was last sent or received (None values of the blob
    field, an image still being fetched, never count as a change)."""
    changed = []
    for name, value in values.items():
        entry = shadow.get(name)
        if entry is None or entry[1] != value_hash(value):
            changed.append(name)
    return changed


@dataclass(frozen=True)
class Decision:
    write: bool  # the remote value becomes the field's value here
    concurrent: bool  # the two writes did not build on each other and the values differ


def decide(local: list[Any] | None, remote: FieldWrite) -> Decision:
    """Later stamp wins, everywhere. Concurrent: the remote write did not build on the value held
    here (remote later), or the local write did not build on the remote one (local later)."""
    if local is None:
        return Decision(True, False)
    stamp, digest, prev = local[0], local[1], local[2] if len(local) > 2 else None
    if remote.stamp == stamp:
        return Decision(False, False)
    differ = digest != value_hash(remote.value)
    if remote.stamp > stamp:
        return Decision(True, differ and remote.prev != stamp)
    return Decision(False, differ and (prev is None or prev < remote.stamp))


# ---- the sealed op's plaintext
@dataclass(frozen=True)
class Change:
    table: str
    gid: str
    deleted: bool
    fields: dict[str, FieldWrite]
    stamp: str | None = None  # a tombstone's stamp

    def to_json(self) -> dict[str, Any]:
        body: dict[str, Any] = {"v": OP_VERSION, "t": self.table, "id": self.gid, "del": self.deleted,
                                "f": {k: [w.value, w.stamp, w.prev] for k, w in self.fields.items()}}
        if self.stamp is not None:
            body["s"] = self.stamp
        return body

    def encode(self) -> bytes:
        return canonical(self.to_json()).encode()


def decode_change(data: bytes, entity: str, entity_id: str, allowed: dict[str, tuple[str, ...]]) -> Change:
    """The opened plaintext of an op, checked: version, the table and row the envelope names, known
    fields only, well-formed stamps. `allowed`: table -> its fields."""
    try:
        body = json.loads(data)
    except (ValueError, UnicodeDecodeError):
        raise SyncError("An op's content is not valid JSON.") from None
    if not isinstance(body, dict) or body.get("v") != OP_VERSION:
        raise SyncError("An op is of an unknown version; update hrdcase.")
    table, gid, fields = body.get("t"), body.get("id"), body.get("f")
    if table != entity or gid != entity_id:
        raise SyncError("An op's content names another row than its envelope.")
    if not isinstance(table, str) or table not in allowed or not re.fullmatch(OP_ENTITY_PATTERN, table):
        raise SyncError("An op names a table this version does not sync.")
    if not isinstance(gid, str) or not GID_PATTERN.match(gid) or not re.fullmatch(ENTITY_ID_PATTERN, gid):
        raise SyncError("An op names a malformed row id.")
    if not isinstance(fields, dict) or len(fields) > MAX_FIELDS or not isinstance(body.get("del"), bool):
        raise SyncError("An op's fields are malformed.")
    writes = {}
    for name, entry in fields.items():
        if name not in allowed[table]:
            raise SyncError(f"An op carries a field {table} does not have.")
        if not isinstance(entry, list) or len(entry) != 3:
            raise SyncError("An op's field is malformed.")
        value, stamp, prev = entry
        if not isinstance(value, str | int | float | bool | type(None)):
            raise SyncError("An op's field value is not a plain value.")
        parse_stamp(stamp)
        if prev is not None:
            parse_stamp(prev)
        writes[name] = FieldWrite(value, stamp, prev)
    stamp = body.get("s")
    if stamp is not None:
        parse_stamp(stamp)
    return Change(table, gid, body["del"], writes, stamp)


def stamps_of(change: Change) -> list[str]:
    out = [s for w in change.fields.values() for s in (w.stamp, w.prev) if s]
    return [*out, change.stamp] if change.stamp else out
