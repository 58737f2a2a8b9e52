"""A profile is a folder: the wrapped key (`key.json`), the SQLCipher caseload (`caseload.db` and its
WAL) and a lock file. Nothing else is written there, and nothing in it is plaintext case data."""

from __future__ import annotations

import contextlib
import fcntl
import os
import secrets
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from hrdcase.errors import (
    CorruptDatabase,
    ProfileExists,
    ProfileLocked,
    ProfileMissing,
    ValidationError,
)
from hrdcase.storage.db import Database, is_damage
from hrdcase.storage.keys import (
    DEFAULT_KDF,
    KdfParams,
    KeyFile,
    KeyringSlot,
    new_database_key,
    write_keyfile,
)
from hrdcase.storage.migrations import migrate
from hrdcase.storage.store import Store

KEY_FILE = "key.json"
DB_FILE = "caseload.db"
LOCK_FILE = ".lock"


@dataclass
class Profile:
    path: Path
    _lock: IO[bytes] | None = field(default=None, repr=False)
    # After `unlock(remember=True)`: whether the OS keyring took the key (False: no keyring).
    remembered: bool | None = field(default=None, repr=False)

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
        self.path.mkdir(parents=True, exist_ok=True, mode=0o700)
        key = new_database_key()
        profile_id = uuid.uuid4().hex
        (self.path / LOCK_FILE).touch(mode=0o600)
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
        except BaseException:
            if db is not None:
                db.close()
            if not self.key_path.exists():
                # Its random key was never stored anywhere: the database can never be opened.
                for leftover in (self.db_path, *self.path.glob(DB_FILE + "-*")):
                    leftover.unlink(missing_ok=True)
            self.release()
            raise

    # ---- unlocking
    def keyfile(self) -> KeyFile:
        self.require()
        return KeyFile.read(self.key_path)

    def unlock(self, passphrase: str, remember: bool = False) -> Store:
        """Derive, unwrap, lock, open, migrate. A wrong passphrase changes nothing on disk.

        `remember` also puts the key in the OS keyring (if there is one) once the database opened.
        """
        keyfile = self.keyfile()
        key = keyfile.unwrap(passphrase)
        store = self.open_with_key(key)
        self.remembered = KeyringSlot(keyfile.profile_id).store(key) if remember else None
        return store

    def unlock_from_keyring(self) -> Store | None:
        key = KeyringSlot(self.keyfile().profile_id).load()
        return self.open_with_key(key) if key is not None else None

    def remember_in_keyring(self, passphrase: str) -> bool:
        keyfile = self.keyfile()
        return KeyringSlot(keyfile.profile_id).store(keyfile.unwrap(passphrase))

    def forget_keyring(self) -> None:
        KeyringSlot(self.keyfile().profile_id).forget()

    def open_with_key(self, key: bytes) -> Store:
        self._acquire_lock()
        db: Database | None = None
        try:
            db = Database.open(self.db_path, key)
            migrate(db)
            return Store(db)
        except BaseException as exc:
            if db is not None:
                db.close()
            self.release()
            if is_damage(exc):  # a damaged page that migrate reads (Database.open maps page 1)
                raise CorruptDatabase(
                    f"The caseload database {self.db_path.name} is damaged and cannot be opened."
                ) from exc
            raise

    def change_passphrase(self, old: str, new: str, kdf: KdfParams = DEFAULT_KDF) -> None:
        keyfile = self.keyfile()
        key = keyfile.unwrap(old)
        write_keyfile(self.key_path, key, new, keyfile.profile_id, kdf)

    # ---- the lock that keeps a second process out
    def _acquire_lock(self) -> None:
        if self._lock is not None:
            return
        handle = open(self.path / LOCK_FILE, "a+b")
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            raise ProfileLocked(
                f"The profile at {self.path} is open in another hrdcase window or command."
            ) from None
        self._lock = handle

    def release(self) -> None:
        if self._lock is not None:
            with contextlib.suppress(OSError):
                fcntl.flock(self._lock.fileno(), fcntl.LOCK_UN)
            self._lock.close()
            self._lock = None

    # ---- panic wipe: crypto-shred the key first, then the database files
    def wipe(self) -> list[Path]:
        removed: list[Path] = []
        with contextlib.suppress(ProfileMissing, Exception):
            self.forget_keyring()
        targets = [self.key_path, self.db_path, *self.path.glob(DB_FILE + "-*")]
        for target in targets:
            if target.exists():
                _overwrite(target)
                target.unlink()
                removed.append(target)
        lock = self.path / LOCK_FILE
        if lock.exists():
            lock.unlink()
        return removed


def _overwrite(path: Path) -> None:
    """Best effort on flash storage and copy-on-write file systems; the key file going first is
    what makes the database unreadable."""
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        fh.write(secrets.token_bytes(min(size, 1 << 20)))
        fh.flush()
        os.fsync(fh.fileno())
