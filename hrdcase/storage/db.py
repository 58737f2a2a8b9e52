"""Open a SQLCipher database: key, PRAGMAs, first read, error mapping. Nothing else opens one."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeAlias

import sqlcipher3
from sqlcipher3 import dbapi2

from hrdcase.errors import CorruptDatabase, ProfileUnreadable
from hrdcase.storage.keys import raw_key_pragma

# A statement's parameters: positional (`?`) or named (`:name`).
Params: TypeAlias = Sequence[Any] | Mapping[str, Any]

DatabaseError = dbapi2.DatabaseError
IntegrityError = dbapi2.IntegrityError


def is_damage(exc: BaseException) -> bool:
    """Whether an error from SQLCipher means a damaged file (bad page HMAC, not a database)."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code in (dbapi2.SQLITE_CORRUPT, dbapi2.SQLITE_NOTADB)


# What the machine, not the file, is telling us: one line for the user, not "this is a bug".
_ENVIRONMENT = {
    dbapi2.SQLITE_FULL: "the disk is full",
    dbapi2.SQLITE_IOERR: "the disk reported an input/output error",
    dbapi2.SQLITE_READONLY: "it is read-only here",
    dbapi2.SQLITE_BUSY: "it is busy in another program",
    dbapi2.SQLITE_LOCKED: "it is busy in another program",
    dbapi2.SQLITE_CANTOPEN: "it cannot be opened (check the folder's permissions)",
    dbapi2.SQLITE_PERM: "permission denied",
    dbapi2.SQLITE_NOMEM: "the computer is out of memory",
}


def environment_error(exc: BaseException) -> str | None:
    """Why the environment (disk full, I/O error, read-only, busy, permissions) refused SQLite's
    request, or None when the error is something else. Extended codes count by their primary."""
    code = getattr(exc, "sqlite_errorcode", None)
    if not isinstance(code, int):
        return None
    return _ENVIRONMENT.get(code & 0xFF)


def unusable(path: Path, reason: str) -> ProfileUnreadable:
    return ProfileUnreadable(f"Cannot use the caseload database {path.name}: {reason}.")


DAMAGED = (
    "A page of the caseload database is damaged; run `hrdcase audit verify` and restore from a "
    "backup if it fails."
)


@contextlib.contextmanager
def damage_is_user_error(path: Path | None = None) -> Iterator[None]:
    """Turn SQLCipher's "this page is damaged" into `CorruptDatabase`, and a full disk, an I/O
    error, a read-only file or a busy database into `ProfileUnreadable`, wherever they show."""
    try:
        yield
    except DatabaseError as exc:
        if is_damage(exc):
            raise CorruptDatabase(DAMAGED) from exc
        reason = environment_error(exc)
        if reason is not None:
            raise unusable(path or Path("caseload.db"), reason) from exc
        raise

# cipher_memory_security stays OFF (SQLCipher's default since 4.5): with it ON every SQLite
# allocation costs an mlock/munlock pair, which made queries 1.5-3x and the demo build 3x slower
# (bench/store_bench.py --memory-security), while decrypted case text lives in ordinary Python objects
# anyway. Swap is the real exposure; docs/ARCHITECTURE.md says to encrypt it.
_PRAGMAS = (
    "PRAGMA temp_store = MEMORY",
    "PRAGMA foreign_keys = ON",
    "PRAGMA cache_size = -65536",  # 64 MiB of decrypted pages
    "PRAGMA busy_timeout = 5000",
)


class Database:
    """One SQLCipher connection. Callers serialise access (the UI runs all store work on one worker
    thread); a re-entrant lock guards against accidental sharing all the same."""

    def __init__(self, conn: dbapi2.Connection, path: Path) -> None:
        self.conn: dbapi2.Connection | None = conn
        self.path = path
        self.lock = threading.RLock()
        self._depth = 0
        # What a repository learnt from its own writes in the open transaction (`AuditLog`'s chain
        # head), shared by every repository on this connection. Emptied at BEGIN, at the end of a
        # transaction and when a savepoint rolls back: then only the database knows.
        self.memo: dict[str, Any] = {}

    @property
    def in_transaction(self) -> bool:
        """Whether a `transaction()` is open on this connection (its writes are ours alone)."""
        return self._depth > 0

    @classmethod
    def open(cls, path: Path, key: bytes) -> Database:
        try:
            conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
        except DatabaseError as exc:
            raise unusable(path, environment_error(exc) or "it cannot be opened") from exc
        try:
            # SQLCipher would print HMAC failures on stderr; our own error says it once, clearly.
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(raw_key_pragma(key))
            for pragma in _PRAGMAS:
                conn.execute(pragma)
            # The first read is where a wrong key or a damaged file shows itself.
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            conn.execute("PRAGMA synchronous = NORMAL")
        except DatabaseError as exc:
            conn.close()
            reason = environment_error(exc)
            if reason is not None:
                raise unusable(path, reason) from exc
            raise CorruptDatabase(
                f"The caseload database {path.name} is damaged or does not match its key file."
            ) from exc
        if mode != "wal":
            conn.close()
            raise CorruptDatabase("The caseload database could not switch to write-ahead logging.")
        return cls(conn, path)

    def close(self) -> None:
        with self.lock:
            if self.conn is not None:
                # No `PRAGMA optimize` / ANALYZE here: with statistics, the planner drives the
                # queue's text filter from FTS rowids into the table, and a text-filtered queue
                # page went from 8 ms to 99 ms cold at 100k cases (bench/store_bench.py). The
                # indexes are laid out for the plans SQLite picks without statistics.
                with contextlib.suppress(DatabaseError):
                    self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                self.conn.close()
                self.conn = None

    @property
    def live(self) -> dbapi2.Connection:
        """The open connection; using a closed `Database` is a bug, said in these words."""
        if self.conn is None:
            raise RuntimeError("the caseload database is closed")
        return self.conn

    def execute(self, sql: str, params: Params = ()) -> dbapi2.Cursor:
        return self.live.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Params]) -> dbapi2.Cursor:
        return self.live.executemany(sql, rows)

    def insert(self, sql: str, params: Params = ()) -> int:
        """Run one INSERT and return the new row's id."""
        rowid = self.live.execute(sql, params).lastrowid
        if rowid is None:
            raise RuntimeError("an INSERT gave no row id")
        return rowid

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any error. Nested use joins the outer one."""
        with self.lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self
                finally:
                    self._depth -= 1
                return
            self.live.execute("BEGIN IMMEDIATE")
            self.memo.clear()
            self._depth = 1
            try:
                yield self
            except BaseException:
                # SQLite may already have rolled back (disk full, I/O error): keep the real error.
                if self.live.in_transaction:
                    self.live.execute("ROLLBACK")
                raise
            else:
                self.live.execute("COMMIT")
            finally:
                self._depth = 0
                self.memo.clear()

    @contextlib.contextmanager
    def savepoint(self) -> Iterator[Database]:
        """Inside a transaction: everything in the block, or nothing of it (the transaction goes
        on either way). An error inside is re-raised after its writes are rolled back."""
        with self.lock:
            if not self._depth:
                raise RuntimeError("a savepoint needs an open transaction")
            self.live.execute("SAVEPOINT line")
            try:
                yield self
            except BaseException:
                self.memo.clear()
                if self.live.in_transaction:
                    self.live.execute("ROLLBACK TO line")
                    self.live.execute("RELEASE line")
                raise
            else:
                self.live.execute("RELEASE line")

    def cipher_integrity_check(self) -> list[str]:
        """SQLCipher's page HMAC check plus SQLite's own; returns the problems (empty when sound)."""
        with self.lock:
            # On a damaged file either PRAGMA may raise instead of returning rows: that is a finding.
            try:
                problems = [r[0] for r in self.live.execute("PRAGMA cipher_integrity_check")]
            except DatabaseError as exc:
                problems = [f"cipher_integrity_check could not complete: {exc}"]
            try:
                ok = [r[0] for r in self.live.execute("PRAGMA integrity_check")]
            except DatabaseError as exc:
                ok = [f"integrity_check could not complete: {exc}"]
        if ok != ["ok"]:
            problems.extend(ok)
        return problems
