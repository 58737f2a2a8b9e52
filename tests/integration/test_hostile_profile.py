"""Tampering with a profile and a hostile environment (issue 13): plaintext keyrings, an empty or
foreign database, edited KDF parameters, deleted lock files, and wipe with damaged key material."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import keyring
import pytest

from hrdcase.errors import CorruptDatabase, ProfileLocked, ProfileMissing
from hrdcase.storage.keys import KEYRING_SERVICE, KeyFile
from hrdcase.storage.profile import DB_FILE, KEY_FILE, LOCK_FILE, Profile
from tests.conftest import FAST_KDF, PASSPHRASE, MemoryKeyring
from tests.integration.test_cli import assert_one_line_error, hrdcase
from tests.integration.test_profile import made  # noqa: F401 - fixture


class PlaintextKeyring(MemoryKeyring):
    """Stands in for keyrings.alt.file.PlaintextKeyring: same name and module, kept in memory."""


PlaintextKeyring.__module__ = "keyrings.alt.file"


def profile_id(folder: Path) -> str:
    return json.loads((folder / KEY_FILE).read_text())["profile_id"]


# ---- "Remember" only in a keyring that encrypts
def test_remember_refuses_a_plaintext_keyring_backend(made: Path) -> None:  # noqa: F811
    plaintext = PlaintextKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(plaintext)
    try:
        profile = Profile(made)
        profile.unlock(PASSPHRASE, remember=True).close()
        profile.release()
        assert plaintext.entries == {}
        assert Profile(made).remember_in_keyring(PASSPHRASE) is False
        assert plaintext.entries == {}
    finally:
        keyring.set_keyring(previous)


def test_which_backends_count_as_encrypting(memory_keyring: MemoryKeyring) -> None:
    from keyring.backends import fail, null

    from hrdcase.storage.keys import is_secure_backend

    assert not is_secure_backend(PlaintextKeyring())
    assert not is_secure_backend(fail.Keyring())
    assert not is_secure_backend(null.Keyring())
    assert is_secure_backend(memory_keyring)


# ---- an empty or foreign database is not a new caseload
def test_a_zero_byte_database_is_refused_and_left_as_it_is(made: Path) -> None:  # noqa: F811
    (made / DB_FILE).write_bytes(b"")
    result = hrdcase("audit", "verify", "--profile", str(made))
    assert_one_line_error(result, "empty or belongs to another profile")
    assert (made / DB_FILE).stat().st_size == 0
    assert not (made / (DB_FILE + "-wal")).exists()


def test_a_database_of_another_profile_is_refused(made: Path) -> None:  # noqa: F811
    profile = Profile(made)
    store = profile.unlock(PASSPHRASE)
    with store.transaction() as uow:
        uow.settings.set("profile_id", "0" * 32)
    store.close()
    profile.release()
    with pytest.raises(CorruptDatabase, match="another profile"):
        Profile(made).unlock(PASSPHRASE)


def test_an_old_database_without_the_id_gets_it_written(made: Path) -> None:  # noqa: F811
    profile = Profile(made)
    store = profile.unlock(PASSPHRASE)
    with store.transaction():
        store.db.execute("DELETE FROM settings WHERE key = 'profile_id'")
    store.close()
    profile.release()
    store = profile.unlock(PASSPHRASE)
    with store.read() as uow:
        assert uow.settings.get("profile_id") == profile_id(made)
    store.close()
    profile.release()


# ---- key.json: bounded cost, every malformed value is "damaged"
def _edit_keyfile(folder: Path, text: str) -> None:
    (folder / KEY_FILE).write_text(text, encoding="utf-8")


@pytest.mark.parametrize("kdf", [
    {"iterations": 64, "memory_kib": 4 * 1024 * 1024, "lanes": 64},  # within the old bounds
    {"iterations": 16, "memory_kib": 1024 * 1024, "lanes": 4},  # 16 GiB-passes
    {"iterations": 1, "memory_kib": 2 * 1024 * 1024, "lanes": 4},  # 2 GiB
    {"iterations": 4, "memory_kib": 131072, "lanes": 64},
    {"iterations": True, "memory_kib": 131072, "lanes": 4},
    {"iterations": 4.0, "memory_kib": 131072, "lanes": 4},
])
def test_costly_or_odd_kdf_parameters_are_refused_before_deriving(
        made: Path, kdf: dict) -> None:  # noqa: F811
    doc = json.loads((made / KEY_FILE).read_text())
    doc["kdf"].update(kdf)
    _edit_keyfile(made, json.dumps(doc))
    started = time.monotonic()
    with pytest.raises(CorruptDatabase, match="damaged"):
        Profile(made).unlock(PASSPHRASE)
    assert time.monotonic() - started < 1


@pytest.mark.parametrize("value", ["Infinity", "NaN", "-Infinity", "9" * 5000, "1e400",
                                   "[" * 5000 + "]" * 5000])
def test_infinity_huge_and_nested_values_in_key_json_are_the_damaged_error(
        made: Path, value: str) -> None:  # noqa: F811
    text = (made / KEY_FILE).read_text()
    doc = json.loads(text)
    _edit_keyfile(made, text.replace(f'"iterations": {doc["kdf"]["iterations"]}',
                                     f'"iterations": {value}'))
    assert_one_line_error(hrdcase("case", "list", "--profile", str(made)), "damaged")


def test_an_oversized_key_json_is_not_read_whole(made: Path) -> None:  # noqa: F811
    doc = json.loads((made / KEY_FILE).read_text())
    doc["padding"] = "x" * (2 << 20)
    _edit_keyfile(made, json.dumps(doc))
    with pytest.raises(CorruptDatabase, match="damaged"):
        KeyFile.read(made / KEY_FILE)


# ---- the lock holds even when .lock is deleted
HOLDER = """
import sys
from pathlib import Path
from hrdcase.storage.profile import Profile
profile = Profile(Path(sys.argv[1]))
store = profile.unlock(sys.argv[2])
print("ready", flush=True)
sys.stdin.read()
"""


@pytest.fixture
def holder(made: Path):  # noqa: F811
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(made), PASSPHRASE],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    yield proc
    proc.stdin.close()  # type: ignore[union-attr]
    proc.wait(timeout=30)


def test_deleting_the_lock_file_does_not_let_a_second_process_in(made: Path,  # noqa: F811
                                                                  holder: subprocess.Popen) -> None:
    (made / LOCK_FILE).unlink()
    result = hrdcase("case", "list", "--profile", str(made))
    assert_one_line_error(result, "open in another hrdcase window")
    with pytest.raises(ProfileLocked):
        Profile(made).unlock(PASSPHRASE)


def test_wipe_takes_the_lock_first(made: Path, holder: subprocess.Popen) -> None:  # noqa: F811
    result = hrdcase("wipe", "--yes", "--profile", str(made))
    assert_one_line_error(result, "open in another hrdcase window")
    assert (made / KEY_FILE).exists() and (made / DB_FILE).exists()


# ---- wipe leaves no key material
def _remembered(made: Path, memory_keyring: MemoryKeyring) -> str:  # noqa: F811
    profile = Profile(made)
    profile.unlock(PASSPHRASE, remember=True).close()
    profile.release()
    pid = profile_id(made)
    assert (KEYRING_SERVICE, pid) in memory_keyring.entries
    return pid


def test_wipe_removes_the_keyring_entry_when_the_key_file_is_damaged(
        made: Path, memory_keyring: MemoryKeyring) -> None:  # noqa: F811
    _remembered(made, memory_keyring)
    text = (made / KEY_FILE).read_text()
    _edit_keyfile(made, text[: len(text) // 2])  # cut in the middle: not JSON any more
    Profile(made).wipe()
    assert memory_keyring.entries == {}
    assert sorted(p.name for p in made.iterdir()) == []


def test_wipe_removes_the_keyring_entry_when_the_database_is_missing(
        made: Path, memory_keyring: MemoryKeyring) -> None:  # noqa: F811
    _remembered(made, memory_keyring)
    (made / DB_FILE).unlink()
    Profile(made).wipe()
    assert memory_keyring.entries == {}


def test_wipe_removes_a_leftover_key_tmp_and_every_profile_file(made: Path) -> None:  # noqa: F811
    (made / "key.tmp").write_bytes((made / KEY_FILE).read_bytes())
    (made / (DB_FILE + "-wal")).write_bytes(b"w" * 10_000)
    Profile(made).wipe()
    assert list(made.iterdir()) == []
    with pytest.raises(ProfileMissing):
        Profile(made).unlock(PASSPHRASE)


def test_wipe_overwrites_the_whole_database_before_unlinking(
        made: Path, tmp_path: Path) -> None:  # noqa: F811
    """A hard link keeps the wiped inode readable: none of its pages may survive."""
    db = made / DB_FILE
    with open(db, "ab") as fh:  # make sure the file is well past 1 MiB
        fh.write(os.urandom(3 << 20))
    before = db.read_bytes()
    (tmp_path / "keep").mkdir()
    os.link(db, tmp_path / "keep" / "db")
    os.link(made / KEY_FILE, tmp_path / "keep" / "key")
    key_before = (made / KEY_FILE).read_bytes()
    Profile(made).wipe()
    after = (tmp_path / "keep" / "db").read_bytes()
    assert len(after) == len(before)
    pages = range(0, len(before), 4096)
    assert not [p for p in pages if before[p:p + 4096] == after[p:p + 4096]]
    assert (tmp_path / "keep" / "key").read_bytes() != key_before
    assert b"wrapped_key" not in (tmp_path / "keep" / "key").read_bytes()


def test_a_failed_demo_is_wiped(tmp_path: Path) -> None:
    """`demo` wipes what it half built; with the folder lock that wipe must not lock itself out."""
    profile = tmp_path / "p"
    Profile(profile).create(PASSPHRASE, FAST_KDF).close()
    Profile(profile).release()
    assert Profile(profile).wipe()
