"""Rotating the database key on demand (`PRAGMA rekey`), safe against a crash at any moment.

1. The new random key is wrapped under the same passphrase into `key-next.json` (synced).
2. `PRAGMA rekey` re-encrypts the database in one SQLite transaction: a crash leaves it wholly under
   the old key or wholly under the new one.
3. `key-next.json` is renamed over `key.json` (and the folder synced); a remembered key in the
   keyring is replaced.

A crash between 1 and 3 leaves both files. The next unlock, holding the profile lock, sees which key
opens the database and keeps that one (`settle`), so the passphrase always works."""

from __future__ import annotations

import contextlib
import os
from typing import TYPE_CHECKING

from hrdcase.errors import UserError, WrongPassphrase
from hrdcase.storage.db import Database
from hrdcase.storage.keys import (
    KeyFile,
    KeyringSlot,
    new_database_key,
    raw_key_pragma,
    sync_folder,
    write_keyfile,
)

if TYPE_CHECKING:
    from hrdcase.storage.profile import Profile
    from hrdcase.storage.store import Store

NEXT_KEY_FILE = "key-next.json"


def rekey(profile: Profile, store: Store, passphrase: str) -> None:
    """Rotate the key of the open `store` (its profile lock is held). The passphrase is checked
    (and counted as an attempt) first; it stays the same."""
    keyfile = profile.keyfile()
    old = profile._checked_unwrap(keyfile, passphrase)
    nxt = profile.path / NEXT_KEY_FILE
    new = new_database_key()
    write_keyfile(nxt, new, passphrase, keyfile.profile_id, keyfile.kdf)
    with store.db.lock:
        store.db.execute(raw_key_pragma(new).replace("PRAGMA key", "PRAGMA rekey", 1))
    os.replace(nxt, profile.key_path)
    sync_folder(profile.path)
    slot = KeyringSlot(keyfile.profile_id)
    if slot.load() == old:
        slot.store(new)


def pending(profile: Profile) -> bool:
    return (profile.path / NEXT_KEY_FILE).exists()


def settle(profile: Profile, key: bytes, passphrase: str) -> bytes:
    """After a rotation that did not finish: keep the key file whose key opens the database. Call
    with the profile lock held. Returns the key to open with."""
    nxt = profile.path / NEXT_KEY_FILE
    if not nxt.exists():
        return key
    if _opens(profile, key):
        nxt.unlink()  # the database was never re-encrypted
        profile.path.joinpath(NEXT_KEY_FILE).with_suffix(".tmp").unlink(missing_ok=True)
        return key
    try:
        new = KeyFile.read(nxt).unwrap(passphrase)
    except (UserError, WrongPassphrase):
        return key  # nothing better: opening reports the database as not matching its key
    if not _opens(profile, new):
        return key
    os.replace(nxt, profile.key_path)
    sync_folder(profile.path)
    return new


def _opens(profile: Profile, key: bytes) -> bool:
    try:
        db = Database.open(profile.db_path, key)
    except UserError:
        return False
    with contextlib.suppress(Exception):
        db.close()
    return True
