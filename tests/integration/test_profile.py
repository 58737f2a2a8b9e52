"""A profile folder on disk: create, unlock, refuse, lock out other processes, keyring, wipe."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import selectors
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import NoKeyringError

from hrdcase.bootstrap import Unlocker
from hrdcase.errors import (
    CorruptDatabase,
    ProfileExists,
    ProfileLocked,
    ProfileMissing,
    ProfileUnreadable,
    UserError,
    ValidationError,
    WrongPassphrase,
)
from hrdcase.models.clock import FixedClock
from hrdcase.models.queue import QueueFilter
from hrdcase.services.queries import CaseQueries
from hrdcase.storage import profile as profile_module
from hrdcase.storage.keys import KEYRING_SERVICE, KdfParams, KeyFile
from hrdcase.storage.profile import DB_FILE, KEY_FILE, LOCK_FILE, Profile
from hrdcase.storage.store import Store
from tests.conftest import FAST_KDF, PASSPHRASE, MemoryKeyring
from tests.factories import new_caseload, open_and_close

ROOT = Path(__file__).resolve().parents[2]


def fingerprint(folder: Path) -> dict[str, tuple[str, int, int]]:
    """Every file under `folder`: content hash, size and modification time (ns)."""
    out = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            st = path.stat()
            out[str(path.relative_to(folder))] = (
                hashlib.sha256(path.read_bytes()).hexdigest(), st.st_size, st.st_mtime_ns
            )
    return out


@pytest.fixture
def made(profile_dir: Path, clock: FixedClock) -> Path:
    """A closed profile holding three cases."""
    load = new_caseload(profile_dir, clock, PASSPHRASE, FAST_KDF)
    load.factory().caseload(3)
    load.close()
    return profile_dir


def case_count(store: Store) -> int:
    return CaseQueries(store).queue_count(QueueFilter(statuses=()))


# ---- create and unlock
def test_create_then_unlock_round_trip(profile_dir: Path, clock: FixedClock) -> None:
    load = new_caseload(profile_dir, clock, PASSPHRASE, FAST_KDF)
    made = load.factory().caseload(4)
    device_id = load.store.device_id
    load.close()
    assert sorted(p.name for p in profile_dir.iterdir()) == [LOCK_FILE, DB_FILE, KEY_FILE]
    assert (profile_dir / KEY_FILE).stat().st_mode & 0o777 == 0o600
    assert (profile_dir / DB_FILE).stat().st_mode & 0o777 == 0o600
    assert profile_dir.stat().st_mode & 0o777 == 0o700

    profile = Profile(profile_dir)
    store = profile.unlock(PASSPHRASE)
    try:
        with store.read() as uow:
            assert [uow.cases.get(e.id).title for e in made] == [e.title for e in made]
            assert uow.settings.get("profile_id") == profile.keyfile().profile_id
        assert store.device_id == device_id
    finally:
        store.close()
        profile.release()
    keyfile = json.loads((profile_dir / KEY_FILE).read_text())
    assert keyfile["kdf"] == {"name": "argon2id", "iterations": 1, "memory_kib": 8192, "lanes": 1}


def test_create_refuses_an_existing_profile(made: Path) -> None:
    before = fingerprint(made)
    with pytest.raises(ProfileExists):
        Profile(made).create(PASSPHRASE, FAST_KDF)
    assert fingerprint(made) == before


def test_an_empty_passphrase_is_refused_before_anything_is_written(profile_dir: Path) -> None:
    with pytest.raises(ValidationError, match="empty passphrase"):
        Profile(profile_dir).create("", FAST_KDF)
    assert not (profile_dir / DB_FILE).exists() and not (profile_dir / KEY_FILE).exists()
    # The folder is not left half-made: a second try with a passphrase works.
    profile = Profile(profile_dir)
    profile.create(PASSPHRASE, FAST_KDF).close()
    profile.release()


def test_a_failed_create_leaves_no_unopenable_database(
    profile_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(profile_module, "write_keyfile", fail)
    with pytest.raises(ProfileUnreadable, match="disk full"):  # a user error, not a bug
        Profile(profile_dir).create(PASSPHRASE, FAST_KDF)
    monkeypatch.undo()
    assert sorted(p.name for p in profile_dir.iterdir()) == [LOCK_FILE]
    profile = Profile(profile_dir)
    profile.create(PASSPHRASE, FAST_KDF).close()
    profile.release()


# ---- refusals that change nothing
def test_wrong_passphrase_raises_and_modifies_nothing(made: Path) -> None:
    """Nothing but the attempt counter (storage/attempts.py), which holds no secret."""
    before = fingerprint(made)
    for hour, wrong in enumerate(("wrong", PASSPHRASE.upper(), PASSPHRASE + " ", "ü" * 40)):
        with pytest.raises(WrongPassphrase) as info:
            Profile(made, now=lambda h=hour: 3600.0 * h).unlock(wrong)
        assert wrong not in str(info.value)
    assert json.loads((made / "attempts.json").read_text())["failures"] == 4
    assert {k: v for k, v in fingerprint(made).items() if k != "attempts.json"} == before
    # Nothing was left locked either.
    profile = Profile(made, now=lambda: 3600.0 * 200)
    profile.unlock(PASSPHRASE).close()
    profile.release()


def test_missing_profile(tmp_path: Path, made: Path) -> None:
    nowhere = tmp_path / "nowhere"
    with pytest.raises(ProfileMissing, match="No hrdcase profile"):
        Profile(nowhere).unlock(PASSPHRASE)
    assert not nowhere.exists()
    assert Unlocker(nowhere).exists() is False
    with pytest.raises(ProfileMissing):
        Unlocker(nowhere).with_keyring()
    for name in (KEY_FILE, DB_FILE):
        partial = tmp_path / f"without-{name}"
        shutil.copytree(made, partial)
        (partial / name).unlink()
        with pytest.raises(ProfileMissing):
            Profile(partial).unlock(PASSPHRASE)


def _damage(path: Path, offset: int, length: int = 64) -> None:
    with open(path, "r+b") as fh:
        fh.seek(offset)
        original = fh.read(length)
        fh.seek(offset)
        fh.write(bytes(b ^ 0x5A for b in original))


@pytest.mark.parametrize("offset", [0, 16, 100, 4000], ids=lambda o: f"at-{o}")
def test_a_damaged_database_header_is_refused_with_a_clear_message(made: Path, offset: int) -> None:
    _damage(made / DB_FILE, offset)
    before = fingerprint(made)
    for _ in range(2):  # the second try proves the lock was released
        with pytest.raises(CorruptDatabase) as info:
            Profile(made).unlock(PASSPHRASE)
        message = str(info.value)
        assert "damaged" in message and DB_FILE in message and "\n" not in message
    assert fingerprint(made) == before  # the key file (and the rest) untouched
    assert sorted(p.name for p in made.iterdir()) == [LOCK_FILE, DB_FILE, KEY_FILE]


def _root_page(profile_dir: Path, table: str) -> int:
    profile = Profile(profile_dir)
    store = profile.unlock(PASSPHRASE)
    try:
        return store.db.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()[0]
    finally:
        store.close()
        profile.release()


@pytest.mark.parametrize("table", ["schema_migrations", "meta"])
def test_a_damaged_page_read_by_migrate_is_refused_at_unlock(made: Path, table: str) -> None:
    page = _root_page(made, table)
    _damage(made / DB_FILE, (page - 1) * 4096 + 200)
    before = fingerprint(made)
    for _ in range(2):
        with pytest.raises(CorruptDatabase, match="damaged"):
            Profile(made).unlock(PASSPHRASE)
    assert fingerprint(made) == before  # closed again: no WAL left behind, key file untouched


def test_a_damaged_settings_page_is_refused_when_the_session_starts(made: Path) -> None:
    page = _root_page(made, "settings")
    _damage(made / DB_FILE, (page - 1) * 4096 + 200)
    unlocker = Unlocker(made)
    with pytest.raises(CorruptDatabase, match="damaged"):
        unlocker.with_passphrase(PASSPHRASE)
    # The store was closed and the lock released: trying again says "damaged" again, not "open in
    # another window" (unlock itself reads the settings page: the profile id check).
    assert unlocker.profile._lock is None
    with pytest.raises(CorruptDatabase, match="damaged"):
        Profile(made).unlock(PASSPHRASE)


@pytest.mark.parametrize("fraction", [0.25, 0.5, 0.75, 0.999])
def test_a_damaged_page_in_the_middle_never_goes_unnoticed(made: Path, fraction: float) -> None:
    """Unlock reads only the schema, so damage elsewhere may pass it; `verify` must then report it.
    Either way the person sees a `UserError` or a failed check, never a crash or a clean bill."""
    db = made / DB_FILE
    _damage(db, int(db.stat().st_size * fraction))
    key_before = fingerprint(made)[KEY_FILE]
    try:
        session = Unlocker(made).with_passphrase(PASSPHRASE)
    except CorruptDatabase:
        pass  # found at unlock (a page unlock reads)
    else:
        report = session.verify()
        session.close()
        assert not report.ok
        assert report.integrity_problems
    assert fingerprint(made)[KEY_FILE] == key_before


def _rewrite_keyfile(made: Path, change) -> None:
    path = made / KEY_FILE
    doc = json.loads(path.read_text())
    change(doc)
    path.write_text(json.dumps(doc))


DAMAGED_KEYFILES = {
    "not-json": lambda p: p.write_text("{not json"),
    "empty": lambda p: p.write_text(""),
    "binary": lambda p: p.write_bytes(os.urandom(300)),
    "a-list": lambda p: p.write_text("[1, 2, 3]"),
    "truncated": lambda p: p.write_text(p.read_text()[:40]),
}
DAMAGED_FIELDS = {
    "no-salt": lambda d: d.pop("salt"),
    "bad-base64": lambda d: d.update(nonce="***"),
    "format-2": lambda d: d.update(format=2),
    "scrypt": lambda d: d["kdf"].update(name="scrypt"),
    "iterations-0": lambda d: d["kdf"].update(iterations=0),
    "lanes-text": lambda d: d["kdf"].update(lanes="four"),
    "tiny-memory": lambda d: d["kdf"].update(memory_kib=1),
    "short-nonce": lambda d: d.update(nonce=base64.b64encode(b"abc").decode()),
    "short-salt": lambda d: d.update(salt=base64.b64encode(b"ab").decode()),
}


@pytest.mark.parametrize("damage", list(DAMAGED_KEYFILES), ids=str)
def test_a_damaged_key_file_is_corrupt_database(made: Path, damage: str) -> None:
    DAMAGED_KEYFILES[damage](made / KEY_FILE)
    db_before = fingerprint(made)[DB_FILE]
    with pytest.raises(CorruptDatabase, match="key file"):
        Profile(made).unlock(PASSPHRASE)
    assert fingerprint(made)[DB_FILE] == db_before


@pytest.mark.parametrize("damage", list(DAMAGED_FIELDS), ids=str)
def test_a_key_file_with_damaged_fields_is_corrupt_database(made: Path, damage: str) -> None:
    _rewrite_keyfile(made, DAMAGED_FIELDS[damage])
    with pytest.raises(CorruptDatabase, match="key file"):
        Profile(made).unlock(PASSPHRASE)


@pytest.mark.parametrize("field", ["wrapped_key", "profile_id"])
def test_a_tampered_wrapped_key_cannot_be_told_from_a_wrong_passphrase(
    made: Path, field: str
) -> None:
    def tamper(doc: dict) -> None:
        if field == "wrapped_key":
            raw = bytearray(base64.b64decode(doc["wrapped_key"]))
            raw[0] ^= 1
            doc["wrapped_key"] = base64.b64encode(bytes(raw)).decode()
        else:
            doc["profile_id"] = "0" * 32  # bound into the AEAD's associated data

    _rewrite_keyfile(made, tamper)
    with pytest.raises(WrongPassphrase):
        Profile(made).unlock(PASSPHRASE)


# ---- another process holds the profile
CHILD = r"""
import sys
from pathlib import Path
from hrdcase.storage.profile import Profile

profile = Profile(Path(sys.argv[1]))
store = profile.unlock(sys.stdin.readline().rstrip("\n"))
print("ready", flush=True)
sys.stdin.readline()
store.close()
profile.release()
print("done", flush=True)
"""


def _spawn_holder(profile_dir: Path) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(profile_dir)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        cwd=ROOT,
    )
    assert proc.stdin and proc.stdout
    proc.stdin.write(PASSPHRASE + "\n")  # never on the command line
    proc.stdin.flush()
    with selectors.DefaultSelector() as sel:
        sel.register(proc.stdout, selectors.EVENT_READ)
        if not sel.select(timeout=60):
            proc.kill()
            pytest.fail("the child never signalled readiness")
    line = proc.stdout.readline().strip()
    if line != "ready":
        proc.kill()
        pytest.fail(f"child failed: {line!r} {proc.stderr.read() if proc.stderr else ''}")
    return proc


def test_a_profile_open_in_another_process_is_locked(made: Path) -> None:
    proc = _spawn_holder(made)
    try:
        with pytest.raises(ProfileLocked, match="open in another"):
            Profile(made).unlock(PASSPHRASE)
        assert Profile(made).remember_in_keyring(PASSPHRASE)
        with pytest.raises(ProfileLocked):
            Profile(made).unlock_from_keyring()
        with pytest.raises(ProfileLocked):
            Unlocker(made).with_passphrase(PASSPHRASE)
    finally:
        assert proc.stdin
        proc.stdin.write("\n")
        proc.stdin.flush()
        out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert out.strip() == "done"
    profile = Profile(made)
    store = profile.unlock(PASSPHRASE)
    assert case_count(store) == 3
    store.close()
    profile.release()


def test_a_crashed_holder_releases_the_lock(made: Path) -> None:
    proc = _spawn_holder(made)
    with pytest.raises(ProfileLocked):
        Profile(made).unlock(PASSPHRASE)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)
    profile = Profile(made)
    store = profile.unlock(PASSPHRASE)  # the OS dropped the lock; the WAL is recovered
    assert case_count(store) == 3
    store.close()
    profile.release()


# ---- the OS keyring
def test_remember_then_unlock_from_keyring(made: Path, memory_keyring: MemoryKeyring) -> None:
    profile = Profile(made)
    profile_id = profile.keyfile().profile_id
    assert profile.unlock_from_keyring() is None  # nothing remembered yet
    assert profile.remember_in_keyring(PASSPHRASE) is True
    stored = memory_keyring.entries[(KEYRING_SERVICE, profile_id)]
    assert len(bytes.fromhex(stored)) == 32
    store = profile.unlock_from_keyring()
    assert store is not None and case_count(store) == 3
    store.close()
    profile.release()
    profile.forget_keyring()
    assert memory_keyring.entries == {}
    assert Profile(made).unlock_from_keyring() is None


def test_remember_with_a_wrong_passphrase_stores_nothing(
    made: Path, memory_keyring: MemoryKeyring
) -> None:
    with pytest.raises(WrongPassphrase):
        Profile(made).remember_in_keyring("nope")
    assert memory_keyring.entries == {}


@pytest.mark.parametrize("value", ["", "zz", "00" * 31, "not hex at all"])
def test_a_garbled_keyring_entry_means_no_keyring(
    made: Path, memory_keyring: MemoryKeyring, value: str
) -> None:
    profile = Profile(made)
    memory_keyring.entries[(KEYRING_SERVICE, profile.keyfile().profile_id)] = value
    assert profile.unlock_from_keyring() is None


def test_a_keyring_key_for_another_caseload_is_refused(
    made: Path, memory_keyring: MemoryKeyring
) -> None:
    profile = Profile(made)
    memory_keyring.entries[(KEYRING_SERVICE, profile.keyfile().profile_id)] = "ab" * 32
    with pytest.raises(CorruptDatabase):
        profile.unlock_from_keyring()
    profile.release()
    assert open_and_close(made, PASSPHRASE) == 3  # the failed attempt released the lock


class BrokenKeyring(KeyringBackend):
    """What a headless Linux box offers: no usable backend at all."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def get_password(self, service: str, username: str) -> str | None:
        self.calls += 1
        raise NoKeyringError("no backend")

    def set_password(self, service: str, username: str, password: str) -> None:
        self.calls += 1
        raise NoKeyringError("no backend")

    def delete_password(self, service: str, username: str) -> None:
        self.calls += 1
        raise NoKeyringError("no backend")


def test_without_a_keyring_the_passphrase_path_works_and_nothing_plaintext_is_written(
    tmp_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch, caplog
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    for var in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(home))
    broken = BrokenKeyring()
    keyring.set_keyring(broken)  # the memory_keyring fixture restores the previous backend
    profile_dir = tmp_path / "profile"
    caplog.set_level("DEBUG")

    session = Unlocker(profile_dir, clock).create(PASSPHRASE, FAST_KDF)
    session.close()
    unlocker = Unlocker(profile_dir, clock)
    session = unlocker.with_passphrase(PASSPHRASE, remember=True)
    key = session.profile.keyfile().unwrap(PASSPHRASE)
    assert session.profile.remember_in_keyring(PASSPHRASE) is False
    session.close()
    assert Unlocker(profile_dir, clock).with_keyring() is None
    assert broken.calls >= 3

    assert list(home.rglob("*")) == []  # no plaintext fallback file anywhere
    secrets = [key.hex().encode(), key.hex().upper().encode(), key, PASSPHRASE.encode(),
               base64.b64encode(key)]
    for path in profile_dir.rglob("*"):
        data = path.read_bytes()
        for secret in secrets:
            assert secret not in data, path.name
    assert key.hex() not in caplog.text and PASSPHRASE not in caplog.text
    assert sorted(p.name for p in profile_dir.iterdir()) == [LOCK_FILE, DB_FILE, KEY_FILE]


# ---- panic wipe
def test_wipe_destroys_the_key_first_then_the_database(
    made: Path, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    profile = Profile(made)
    profile.remember_in_keyring(PASSPHRASE)
    key = profile.keyfile().unwrap(PASSPHRASE)
    original_keyfile = (made / KEY_FILE).read_bytes()
    recovered_db = made.parent / "recovered.db"
    shutil.copy(made / DB_FILE, recovered_db)  # what a forensic copy of old blocks would hold

    store = profile.unlock(PASSPHRASE)  # panic while the caseload is open, with a live WAL
    with store.transaction() as uow:
        uow.settings.set("x", "y")
    assert (made / (DB_FILE + "-wal")).exists()

    order: list[str] = []
    after_overwrite: dict[str, bytes] = {}
    real_overwrite = profile_module._overwrite

    def spy(path: Path) -> None:
        order.append(path.name)
        real_overwrite(path)
        after_overwrite[path.name] = path.read_bytes()

    monkeypatch.setattr(profile_module, "_overwrite", spy)
    removed = profile.wipe()
    store.close()
    profile.release()

    assert order[0] == KEY_FILE
    assert set(order) == {KEY_FILE, DB_FILE, DB_FILE + "-wal", DB_FILE + "-shm"}
    assert [p.name for p in removed] == order
    assert list(made.iterdir()) == []  # nothing comes back when the open store closes
    assert memory_keyring.entries == {}
    assert after_overwrite[KEY_FILE] != original_keyfile
    assert len(after_overwrite[KEY_FILE]) == len(original_keyfile)
    with pytest.raises(ProfileMissing):
        Profile(made).unlock(PASSPHRASE)

    # Even with the old database blocks and the passphrase, nothing opens without the key file;
    # and the key itself is the only thing that would.
    (made / DB_FILE).write_bytes(recovered_db.read_bytes())
    with pytest.raises(ProfileMissing):
        Profile(made).unlock(PASSPHRASE)
    with pytest.raises(CorruptDatabase):
        Profile(made).open_with_key(os.urandom(32))
    profile = Profile(made)
    store = profile.open_with_key(key)  # (sanity: the copy is the real caseload)
    assert case_count(store) == 3
    store.close()
    profile.release()


def test_wipe_of_a_profile_without_a_keyring_entry(made: Path) -> None:
    removed = Profile(made).wipe()
    assert [p.name for p in removed] == [KEY_FILE, DB_FILE]
    assert list(made.iterdir()) == []
    assert Profile(made).wipe() == []  # wiping twice is harmless


# ---- change passphrase
def test_change_passphrase(made: Path) -> None:
    profile = Profile(made)
    key = profile.keyfile().unwrap(PASSPHRASE)
    old_doc = json.loads((made / KEY_FILE).read_text())
    other_kdf = KdfParams(iterations=2, memory_kib=8192, lanes=1)
    profile.change_passphrase(PASSPHRASE, "a new and longer passphrase", other_kdf)
    new_doc = json.loads((made / KEY_FILE).read_text())
    assert new_doc["salt"] != old_doc["salt"] and new_doc["wrapped_key"] != old_doc["wrapped_key"]
    assert new_doc["profile_id"] == old_doc["profile_id"]
    assert KeyFile.read(made / KEY_FILE).kdf == other_kdf
    with pytest.raises(WrongPassphrase):
        Profile(made).unlock(PASSPHRASE)
    assert Profile(made).keyfile().unwrap("a new and longer passphrase") == key
    assert open_and_close(made, "a new and longer passphrase") == 3
    assert not list(made.glob("*.tmp"))


def test_change_passphrase_with_a_wrong_old_one_changes_nothing(made: Path) -> None:
    before = fingerprint(made)
    with pytest.raises(WrongPassphrase):
        Profile(made).change_passphrase("wrong", "new one", FAST_KDF)
    after = fingerprint(made)
    assert json.loads((made / "attempts.json").read_text())["failures"] == 1  # counted, as unlock
    assert {k: v for k, v in after.items() if k != "attempts.json"} == before


def test_every_refusal_is_a_user_error() -> None:
    for exc in (ProfileMissing, ProfileExists, WrongPassphrase, ProfileLocked, CorruptDatabase):
        assert issubclass(exc, UserError)
