"""A profile is a folder: the wrapped key (`key.json`), the SQLCipher caseload (`caseload.db` and its
WAL) and a lock file. Nothing else is written there, and nothing in it is plaintext case data.

The profile's stable id is the `profile_id` in `key.json` (a uuid4 hex, not secret); the database
holds the same id (setting `profile_id`), so a database that is empty or belongs to another
profile is refused instead of read as a new caseload, and the keyring entry is named by it."""

from __future__ import annotations

import os
import secrets
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from hrdcase.errors import (
    CorruptDatabase,
    ProfileExists,
    ProfileMissing,
    ProfileUnreadable,
    ValidationError,
    WrongPassphrase,
)
from hrdcase.storage import attempts
from hrdcase.storage.db import Database, environment_error, is_damage, unusable
from hrdcase.storage.keys import (
    DEFAULT_KDF,
    KdfParams,
    KeyFile,
    KeyringSlot,
    new_database_key,
    profile_id_hint,
    write_keyfile,
)
from hrdcase.storage.lock import LOCK_FILE, FolderLock
from hrdcase.storage.migrations import migrate
from hrdcase.storage.store import Store

KEY_FILE = "key.json"
DB_FILE = "caseload.db"
__all__ = ["DB_FILE", "KEY_FILE", "LOCK_FILE", "Profile"]


@dataclass
class Profile:
    path: Path
    _lock: FolderLock | None = field(default=None, repr=False)
    # After `unlock(remember=True)`: whether the OS keyring took the key (False: no keyring).
    remembered: bool | None = field(default=None, repr=False)
    # Wall clock for the unlock-attempt delay (storage/attempts.py); tests pass their own.
    now: Callable[[], float] = field(default=time.time, repr=False)

    @property
    def key_path(self) -> Path:
        return self.path / KEY_FILE

    @property
    def db_path(self) -> Path:
        return self.path / DB_FILE

    def exists(self) -> bool:
        return self.key_path.is_file() and self.db_path.is_file()

    def require(self) -> None:
        if not self.exists():
            raise ProfileMissing(f"No hrdcase profile at {self.path}.")

    # ---- creation
    def create(self, passphrase: str, kdf: KdfParams = DEFAULT_KDF) -> Store:
        if self.key_path.exists() or self.db_path.exists():
            raise ProfileExists(f"A profile already exists at {self.path}.")
        if not passphrase:
            # Checked before anything is written: a half-made profile would block every retry.
            raise ValidationError("An empty passphrase cannot protect a caseload.", field="passphrase")
        try:
            self.path.mkdir(parents=True, exist_ok=True, mode=0o700)
            (self.path / LOCK_FILE).touch(mode=0o600)
        except OSError as exc:
            raise ProfileUnreadable(
                f"Cannot create the profile at {self.path}: {exc.strerror or exc}.") from None
        key = new_database_key()
        profile_id = uuid.uuid4().hex
        self._acquire_lock()
        db: Database | None = None
        try:
            db = Database.open(self.db_path, key)
            os.chmod(self.db_path, 0o600)
            migrate(db)
            store = Store(db)
            with store.transaction() as uow:
                uow.settings.set("profile_id", profile_id)
                uow.settings.set("device_id", uuid.uuid4().hex)
            # The key file is written last: a profile without one was never finished.
            write_keyfile(self.key_path, key, passphrase, profile_id, kdf)
            return store
        except BaseException as exc:
            if db is not None:
                db.close()
            if not self.key_path.exists():
                # Its random key was never stored anywhere: the database can never be opened.
                for leftover in (self.db_path, *self.path.glob(DB_FILE + "-*")):
                    leftover.unlink(missing_ok=True)
            self.release()
            if isinstance(exc, OSError):
                raise ProfileUnreadable(
                    f"Cannot write the profile at {self.path}: {exc.strerror or exc}.") from exc
            raise

    # ---- unlocking
    def keyfile(self) -> KeyFile:
        self.require()
        return KeyFile.read(self.key_path)

    def unlock(self, passphrase: str, remember: bool = False) -> Store:
        """Derive, unwrap, lock, open, migrate. A wrong passphrase changes nothing on disk.

        `remember` also puts the key in the OS keyring (if there is one) once the database opened.
        """
        from hrdcase.storage import rekey

        keyfile = self.keyfile()
        key = self._checked_unwrap(keyfile, passphrase)
        if rekey.pending(self):  # a key rotation was interrupted: keep the key that opens
            self._acquire_lock()
            try:
                key = rekey.settle(self, key, passphrase)
            except BaseException:
                self.release()
                raise
        store = self.open_with_key(key, keyfile.profile_id)
        self.remembered = KeyringSlot(keyfile.profile_id).store(key) if remember else None
        return store

    def unlock_from_keyring(self) -> Store | None:
        from hrdcase.storage import rekey

        if rekey.pending(self):
            return None  # the passphrase settles an interrupted key rotation first
        profile_id = self.keyfile().profile_id
        key = KeyringSlot(profile_id).load()
        return self.open_with_key(key, profile_id) if key is not None else None

    def remember_in_keyring(self, passphrase: str) -> bool:
        keyfile = self.keyfile()
        return KeyringSlot(keyfile.profile_id).store(self._checked_unwrap(keyfile, passphrase))

    def forget_keyring(self) -> None:
        KeyringSlot(self.keyfile().profile_id).forget()

    def open_with_key(self, key: bytes, profile_id: str | None = None) -> Store:
        """Lock, open, check that this is the profile's own caseload, migrate."""
        self._acquire_lock()
        db: Database | None = None
        try:
            self._check_not_empty()
            db = Database.open(self.db_path, key)
            if db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0:
                raise CorruptDatabase(NOT_THIS_CASELOAD.format(name=self.db_path.name))
            migrate(db)
            store = Store(db)
            if profile_id is not None:
                _check_profile_id(store, profile_id, self.db_path.name)
            return store
        except BaseException as exc:
            if db is not None:
                db.close()
            self.release()
            if is_damage(exc):  # a damaged page that migrate reads (Database.open maps page 1)
                raise CorruptDatabase(
                    f"The caseload database {self.db_path.name} is damaged and cannot be opened."
                ) from exc
            if (reason := environment_error(exc)) is not None:  # e.g. migrate on a read-only file
                raise unusable(self.db_path, reason) from exc
            raise

    def _checked_unwrap(self, keyfile: KeyFile, passphrase: str) -> bytes:
        """Unwrap under the attempt counter: refused while the delay after earlier failures runs;
        a failure is counted (and may wipe, when the responder chose that), a success resets it."""
        wait = attempts.load(self.path).wait_s(self.now())
        if wait > 0:
            raise attempts.UnlockThrottled(wait)
        try:
            key = keyfile.unwrap(passphrase)
        except WrongPassphrase:
            self._count_failure()
            raise
        try:
            attempts.record_success(self.path)
        except OSError as exc:
            raise ProfileUnreadable(
                f"Cannot write the profile at {self.path}: {exc.strerror or exc}.") from None
        return key

    def _count_failure(self) -> None:
        try:
            state = attempts.record_failure(self.path, self.now())
        except OSError as exc:
            raise ProfileUnreadable(
                f"Cannot write the profile at {self.path}: {exc.strerror or exc}.") from None
        if state.should_wipe():
            self.wipe()
            raise WrongPassphrase(
                f"That passphrase was wrong {state.failures} times in a row: the caseload on this "
                "computer was wiped, as set.")

    def change_passphrase(self, old: str, new: str, kdf: KdfParams | None = None) -> None:
        """Re-wrap the database key under `new`. Atomic: the new key file is written beside the
        old one, synced, then renamed over it (and the folder synced), so a crash at any moment
        leaves exactly one of the two passphrases working."""
        from hrdcase.storage import rekey

        if not new:
            raise ValidationError("An empty passphrase cannot protect a caseload.", field="passphrase")
        if rekey.pending(self):
            raise ValidationError("A key rotation was interrupted: open the caseload once with "
                                  "the current passphrase, then change it.", field="passphrase")
        mine = self._lock is None
        self._acquire_lock()
        try:
            keyfile = self.keyfile()
            key = self._checked_unwrap(keyfile, old)
            write_keyfile(self.key_path, key, new, keyfile.profile_id, kdf or _stronger(keyfile.kdf))
        except OSError as exc:
            raise ProfileUnreadable(
                f"Cannot write the profile at {self.path}: {exc.strerror or exc}.") from None
        finally:
            if mine:
                self.release()

    def wipe_after(self) -> int | None:
        return attempts.load(self.path).wipe_after

    def set_wipe_after(self, count: int | None) -> None:
        """Wipe after `count` wrong passphrases in a row (None: never, the default)."""
        try:
            attempts.set_wipe_after(self.path, count)
        except OSError as exc:
            raise ProfileUnreadable(
                f"Cannot write the profile at {self.path}: {exc.strerror or exc}.") from None

    def _check_not_empty(self) -> None:
        try:
            size = self.db_path.stat().st_size
        except FileNotFoundError:
            raise ProfileMissing(f"No hrdcase profile at {self.path}.") from None
        if size == 0:
            raise CorruptDatabase(NOT_THIS_CASELOAD.format(name=self.db_path.name))
        try:  # SQLite would only say "unable to open": say why
            with open(self.db_path, "r+b"):
                pass
        except OSError as exc:
            raise unusable(self.db_path, exc.strerror or str(exc)) from None

    # ---- the lock that keeps a second process out (storage/lock.py)
    def _acquire_lock(self) -> None:
        if self._lock is None:
            lock = FolderLock(self.path)
            lock.acquire()
            self._lock = lock

    def release(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    # ---- panic wipe: crypto-shred the key first, then the database files, then the keyring
    def wipe(self) -> list[Path]:
        """Destroy the profile: key file (and a leftover key.tmp) first, then the database, its
        WAL and SHM, each overwritten whole before unlinking, then the lock file and the keyring
        entry, found by the key file's profile id even when the key file is damaged."""
        self._acquire_lock()
        try:
            profile_id = profile_id_hint(self.key_path)
            removed: list[Path] = []
            targets = [self.key_path, self.key_path.with_suffix(".tmp"),
                       self.path / "key-next.json", self.path / "key-next.tmp", self.db_path,
                       *sorted(self.path.glob(DB_FILE + "-*")),
                       *sorted(self.path.glob(attempts.ATTEMPTS_FILE + "*"))]
            for target in targets:
                if target.is_file():
                    _overwrite(target)
                    target.unlink()
                    removed.append(target)
            (self.path / LOCK_FILE).unlink(missing_ok=True)
        except OSError as exc:
            raise ProfileUnreadable(f"Wiping {self.path} failed: {exc.strerror or exc}.") from None
        finally:
            self.release()
        if profile_id is not None:
            KeyringSlot(profile_id).forget()
        return removed


NOT_THIS_CASELOAD = (
    "The caseload database {name} is empty or belongs to another profile; nothing was opened. "
    "Restore it from a backup."
)
_BLOCK = 1 << 20


def _check_profile_id(store: Store, profile_id: str, name: str) -> None:
    """The database must be the key file's own; a profile made before the id was kept in both
    gets it written now."""
    with store.transaction() as uow:
        stored = uow.settings.get("profile_id")
        if stored is None:
            uow.settings.set("profile_id", profile_id)
        elif stored != profile_id:
            raise CorruptDatabase(NOT_THIS_CASELOAD.format(name=name))


def _stronger(current: KdfParams) -> KdfParams:
    """A new passphrase keeps the key file's Argon2id cost, or the default when that is weaker."""
    work = current.memory_kib * current.iterations
    return current if work >= DEFAULT_KDF.memory_kib * DEFAULT_KDF.iterations else DEFAULT_KDF


def _overwrite(path: Path) -> None:
    """Overwrite the whole file with random blocks, then sync. Best effort on flash storage and
    copy-on-write file systems; the key file going first is what makes the database unreadable."""
    size = path.stat().st_size
    block = secrets.token_bytes(min(size, _BLOCK))
    with open(path, "r+b") as fh:
        done = 0
        while done < size:
            done += fh.write(block[: min(_BLOCK, size - done)])
        fh.flush()
        os.fsync(fh.fileno())
