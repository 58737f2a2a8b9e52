"""Passphrase change (atomic under kill -9 at every step), the unlock-attempt delay kept in the
profile, wipe after N wrong passphrases, and the keyring commands."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from hrdcase.bootstrap import Unlocker
from hrdcase.errors import CorruptDatabase, WrongPassphrase
from hrdcase.storage import attempts
from hrdcase.storage.attempts import ATTEMPTS_FILE, UnlockThrottled
from hrdcase.storage.keys import KeyringSlot
from hrdcase.storage.profile import KEY_FILE, Profile
from hrdcase.storage.rekey import NEXT_KEY_FILE, rekey
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.integration.test_cli import assert_one_line_error, hrdcase

NEW = "a different passphrase, longer"


@pytest.fixture
def made(profile_dir: Path) -> Path:
    Unlocker(profile_dir).create(PASSPHRASE, FAST_KDF).close()
    return profile_dir


def works(folder: Path, passphrase: str) -> bool:
    """Whether `passphrase` unwraps the key and that key opens the caseload (no attempt counted)."""
    profile = Profile(folder)
    keyfile = profile.keyfile()
    try:
        key = keyfile.unwrap(passphrase)
    except WrongPassphrase:
        return False
    profile.open_with_key(key, keyfile.profile_id).close()
    profile.release()
    return True


# ---- kill -9 at every step of a change
CHILD = """
import os, signal, sys
from pathlib import Path
from hrdcase.storage.keys import KdfParams
from hrdcase.storage.profile import Profile

stop_at, seen = int(sys.argv[2]), [0]

def step():
    seen[0] += 1
    if seen[0] == stop_at:
        os.kill(os.getpid(), signal.SIGKILL)

def wrap(fn):
    def inner(*a, **kw):
        step()
        result = fn(*a, **kw)
        step()
        return result
    return inner

for name in ("open", "fsync", "replace", "close", "fdopen", "unlink"):
    setattr(os, name, wrap(getattr(os, name)))
Profile(Path(sys.argv[1])).change_passphrase(sys.argv[3], sys.argv[4],
                                             KdfParams(iterations=1, memory_kib=8192, lanes=1))
print("done", seen[0])
"""


def test_kill_9_at_every_step_of_a_change_leaves_exactly_one_passphrase(made: Path) -> None:
    step, killed = 1, 0
    while True:
        result = subprocess.run([sys.executable, "-c", CHILD, str(made), str(step), PASSPHRASE, NEW],
                                capture_output=True, text=True, timeout=60)
        old_ok, new_ok = works(made, PASSPHRASE), works(made, NEW)
        assert old_ok != new_ok, (step, result.stderr)
        if result.returncode == 0:
            assert new_ok and result.stdout.startswith("done")
            break
        assert result.returncode == -signal.SIGKILL, result.stderr
        killed += 1
        if new_ok:  # the change went through before the kill: put the old one back, go on
            Profile(made).change_passphrase(NEW, PASSPHRASE, FAST_KDF)
        step += 1
    assert killed >= 6  # the kill points did cover the write, the sync and the rename
    # A key.tmp left by a kill does not get in the way of the next change.
    Profile(made).change_passphrase(NEW, "third", FAST_KDF)
    assert works(made, "third") and not works(made, NEW)


# ---- the command
def test_cli_change_with_a_new_passphrase_file(made: Path, tmp_path: Path) -> None:
    new_file = tmp_path / "new.txt"
    new_file.write_text(NEW + "\n")
    result = hrdcase("passphrase", "change", "--profile", str(made),
                     "--new-passphrase-file", str(new_file))
    assert result.returncode == 0, result.stderr
    assert "Passphrase changed" in result.stdout
    assert NEW not in result.stdout + result.stderr
    assert works(made, NEW) and not works(made, PASSPHRASE)


def test_cli_change_without_a_new_passphrase_is_one_line_and_changes_nothing(made: Path) -> None:
    before = (made / KEY_FILE).read_bytes()
    result = hrdcase("passphrase", "change", "--profile", str(made))
    assert_one_line_error(result, "new passphrase")
    assert (made / KEY_FILE).read_bytes() == before


def test_cli_change_with_a_wrong_old_passphrase(made: Path, tmp_path: Path) -> None:
    new_file = tmp_path / "new.txt"
    new_file.write_text(NEW)
    result = hrdcase("passphrase", "change", "--profile", str(made),
                     "--new-passphrase-file", str(new_file), passphrase="wrong")
    assert_one_line_error(result, "does not unlock")
    assert works(made, PASSPHRASE) and not works(made, NEW)
    assert attempts.load(made).failures == 1


def test_cli_remember_says_clearly_when_no_keyring_took_the_key(made: Path) -> None:
    result = hrdcase("passphrase", "remember", "--profile", str(made),
                     env_extra={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    assert_one_line_error(result, "NOT remembered")


def test_cli_forget_with_no_entry_succeeds(made: Path) -> None:
    result = hrdcase("passphrase", "forget", "--profile", str(made), passphrase=None,
                     env_extra={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    assert result.returncode == 0, result.stderr
    assert "nothing was remembered" in result.stdout


def test_forget_removes_the_remembered_key(made: Path) -> None:
    Unlocker(made).with_passphrase(PASSPHRASE, remember=True).close()
    profile_id = Profile(made).keyfile().profile_id
    assert KeyringSlot(profile_id).load() is not None
    Profile(made).forget_keyring()
    assert KeyringSlot(profile_id).load() is None
    assert Unlocker(made).with_keyring() is None


# ---- unlock attempts
class Clock:
    def __init__(self) -> None:
        self.t = 1_800_000_000.0

    def __call__(self) -> float:
        return self.t


def profile_at(folder: Path, clock: Clock) -> Profile:
    return Profile(folder, now=clock)


def test_wrong_passphrases_make_the_next_try_wait_longer_even_after_a_restart(made: Path) -> None:
    clock = Clock()
    for _ in range(attempts.FREE_FAILURES):
        with pytest.raises(WrongPassphrase):
            profile_at(made, clock).unlock("wrong")
    with pytest.raises(WrongPassphrase):
        profile_at(made, clock).unlock("wrong")  # the third: now a delay starts
    with pytest.raises(UnlockThrottled) as throttled:
        profile_at(made, clock).unlock(PASSPHRASE)  # a new Profile: as after a restart
    assert throttled.value.wait_s == 2
    clock.t += 2
    with pytest.raises(WrongPassphrase):
        profile_at(made, clock).unlock("wrong")
    clock.t += 3
    with pytest.raises(UnlockThrottled) as throttled:
        profile_at(made, clock).unlock(PASSPHRASE)
    assert throttled.value.wait_s == 1  # 4 s after the fourth failure
    clock.t += 1
    store = profile_at(made, clock).unlock(PASSPHRASE)
    store.close()
    assert not (made / ATTEMPTS_FILE).exists()  # a success resets the count


@pytest.mark.parametrize(("wait", "shown"), [(1.0005, 2), (0.0001, 1), (2.0, 2), (1.9999, 2)])
def test_the_wait_is_shown_rounded_up_and_kept_exact(wait: float, shown: int) -> None:
    throttled = UnlockThrottled(wait)
    assert throttled.wait_s == shown and f"wait {shown} s" in str(throttled)
    assert throttled.seconds == wait  # what the lock screen waits for, to the millisecond


def test_the_delay_is_capped_and_a_clock_set_back_does_not_help(made: Path) -> None:
    attempts.save(made, attempts.Attempts(failures=500, last_failure=1_800_000_000.0))
    clock = Clock()
    clock.t -= 10_000
    with pytest.raises(UnlockThrottled) as throttled:
        profile_at(made, clock).unlock(PASSPHRASE)
    assert throttled.value.wait_s == attempts.MAX_DELAY_S


@pytest.mark.parametrize("content", [b"", b"{", b'{"failures": -1, "last_failure": 0}',
                                     b'{"failures": "9", "last_failure": 0}', b"[]",
                                     b"\xff" * 10, b" " * 5000])
def test_a_damaged_counter_fails_closed(made: Path, content: bytes) -> None:
    (made / ATTEMPTS_FILE).write_bytes(content)
    with pytest.raises(UnlockThrottled):
        Profile(made).unlock(PASSPHRASE)


def test_wipe_after_n_wrong_passphrases_is_off_by_default_and_wipes_when_set(made: Path) -> None:
    clock = Clock()
    for _ in range(5):
        with pytest.raises(WrongPassphrase):
            profile_at(made, clock).unlock("wrong")
        clock.t += attempts.MAX_DELAY_S
    assert (made / KEY_FILE).exists()  # off by default
    clock.t += 1
    profile_at(made, clock).unlock(PASSPHRASE).close()
    attempts.set_wipe_after(made, 3)
    for _ in range(2):
        with pytest.raises(WrongPassphrase):
            profile_at(made, clock).unlock("wrong")
    with pytest.raises(WrongPassphrase, match="wiped"):
        profile_at(made, clock).unlock("wrong")
    assert not (made / KEY_FILE).exists()
    assert list(made.iterdir()) == []


def test_cli_wipe_after_needs_the_passphrase_and_explains_the_risk(made: Path) -> None:
    result = hrdcase("passphrase", "wipe-after", "5", "--profile", str(made), passphrase="wrong")
    assert_one_line_error(result, "does not unlock")
    assert attempts.load(made).wipe_after is None
    result = hrdcase("passphrase", "wipe-after", "5", "--profile", str(made))
    assert result.returncode == 0, result.stderr
    assert "backup" in result.stdout
    assert json.loads((made / ATTEMPTS_FILE).read_text())["wipe_after"] == 5
    assert_one_line_error(hrdcase("passphrase", "wipe-after", "1", "--profile", str(made)),
                          "between")
    result = hrdcase("passphrase", "wipe-after", "off", "--profile", str(made))
    assert result.returncode == 0 and attempts.load(made).wipe_after is None


# ---- rotating the database key (PRAGMA rekey)
def case_titles(folder: Path, passphrase: str = PASSPHRASE) -> list[str]:
    session = Unlocker(folder).with_passphrase(passphrase)
    try:
        return sorted(r[0] for r in session.store.db.execute("SELECT title FROM cases"))
    finally:
        session.close()


@pytest.fixture
def with_cases(profile_dir: Path) -> Path:
    from tests.ui.conftest import build_caseload

    build_caseload(profile_dir, 3)
    return profile_dir


def test_cli_rekey_rotates_the_key_and_keeps_the_passphrase(with_cases: Path) -> None:
    before = case_titles(with_cases)
    old_key = Profile(with_cases).keyfile().unwrap(PASSPHRASE)
    result = hrdcase("passphrase", "rekey", "--profile", str(with_cases))
    assert result.returncode == 0, result.stderr
    new_key = Profile(with_cases).keyfile().unwrap(PASSPHRASE)
    assert new_key != old_key
    assert case_titles(with_cases) == before
    profile = Profile(with_cases)
    with pytest.raises(CorruptDatabase):
        profile.open_with_key(old_key)  # the old key opens nothing any more
    assert not (with_cases / NEXT_KEY_FILE).exists()


def test_rekey_replaces_a_remembered_key(with_cases: Path) -> None:
    Unlocker(with_cases).with_passphrase(PASSPHRASE, remember=True).close()
    profile = Profile(with_cases)
    store = profile.unlock(PASSPHRASE)
    rekey(profile, store, PASSPHRASE)
    store.close()
    profile.release()
    session = Unlocker(with_cases).with_keyring()
    assert session is not None
    session.close()


REKEY_CHILD = CHILD.replace(
    "Profile(Path(sys.argv[1])).change_passphrase(sys.argv[3], sys.argv[4],\n"
    "                                             KdfParams(iterations=1, memory_kib=8192, lanes=1))",
    "from hrdcase.storage.rekey import rekey\n"
    "p = Profile(Path(sys.argv[1]))\n"
    "s = p.unlock(sys.argv[3])\n"
    "rekey(p, s, sys.argv[3])")


def test_kill_9_at_every_step_of_a_rekey_keeps_the_caseload_open_to_the_passphrase(
        with_cases: Path) -> None:
    assert "rekey(p, s" in REKEY_CHILD
    before = case_titles(with_cases)
    step, keys = 1, set()
    while True:
        result = subprocess.run(
            [sys.executable, "-c", REKEY_CHILD, str(with_cases), str(step), PASSPHRASE, "-"],
            capture_output=True, text=True, timeout=60)
        assert result.returncode in (0, -signal.SIGKILL), result.stderr
        assert case_titles(with_cases) == before, step  # settles an interrupted rotation
        assert not (with_cases / NEXT_KEY_FILE).exists()
        keys.add(Profile(with_cases).keyfile().unwrap(PASSPHRASE))
        if result.returncode == 0:
            break
        step += 1
    assert step > 6 and len(keys) > 1  # kills before and after the rekey were both seen


def test_remember_with_a_wrong_passphrase_counts_as_an_attempt(made: Path) -> None:
    """Every path that tries a passphrase is under the same counter (not a free oracle)."""
    clock = Clock()
    for _ in range(attempts.FREE_FAILURES + 1):
        with pytest.raises(WrongPassphrase):
            profile_at(made, clock).remember_in_keyring("wrong")
    with pytest.raises(UnlockThrottled):
        profile_at(made, clock).remember_in_keyring(PASSPHRASE)
