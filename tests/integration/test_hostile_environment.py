"""Hostile arguments and a hostile environment, through the command line (issue 13): permission
problems, a read-only folder, oversized or undecodable passphrases and out-of-range numbers are
one-line user errors (exit 1), never "this is a bug" (exit 70)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from hrdcase.errors import CorruptDatabase, ProfileLocked, ProfileUnreadable
from hrdcase.storage.db import damage_is_user_error, dbapi2, environment_error
from hrdcase.storage.lock import FolderLock, lock_method
from hrdcase.storage.profile import DB_FILE, KEY_FILE, LOCK_FILE
from tests.conftest import PASSPHRASE
from tests.integration.test_cli import assert_one_line_error, hrdcase
from tests.integration.test_profile import made  # noqa: F401 - fixture

# Root reads everything; without these two capabilities it meets file permissions like anyone.
NO_DAC = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]


def unprivileged(*args: str, env_extra: dict | None = None) -> subprocess.CompletedProcess:
    if os.geteuid() == 0 and shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: permissions cannot be tested")
    prefix = NO_DAC if os.geteuid() == 0 else []
    env = {k: v for k, v in os.environ.items() if k != "HRDCASE_PASSPHRASE"}
    env["HRDCASE_PASSPHRASE"] = PASSPHRASE
    env.update(env_extra or {})
    return subprocess.run([*prefix, sys.executable, "-m", "hrdcase.cli", *args],
                          capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL,
                          timeout=120)


@pytest.mark.parametrize("name", [KEY_FILE, DB_FILE])
def test_an_unreadable_profile_file_is_a_user_error(made: Path, name: str) -> None:  # noqa: F811
    (made / name).chmod(0)
    try:
        result = unprivileged("case", "list", "--profile", str(made))
    finally:
        (made / name).chmod(0o600)
    assert_one_line_error(result, "ermission denied")


def test_an_unreadable_lock_file_does_not_matter(made: Path) -> None:  # noqa: F811
    (made / LOCK_FILE).chmod(0)
    result = unprivileged("case", "list", "--profile", str(made))
    assert result.returncode == 0, result.stderr


def test_a_read_only_folder_is_a_user_error_not_damage(made: Path) -> None:  # noqa: F811
    made.chmod(0o500)
    try:
        result = unprivileged("case", "list", "--profile", str(made))
    finally:
        made.chmod(0o700)
    assert_one_line_error(result, "Cannot use the caseload database")
    assert "damaged" not in result.stderr


def test_an_unwritable_folder_for_a_new_profile_is_a_user_error(tmp_path: Path) -> None:
    tmp_path.chmod(0o500)
    try:
        result = unprivileged("demo", "--cases", "5", "--profile", str(tmp_path / "p"))
    finally:
        tmp_path.chmod(0o700)
    assert_one_line_error(result, "ermission denied")


def test_a_non_utf8_passphrase_variable_is_a_user_error(made: Path) -> None:  # noqa: F811
    env = {os.fsencode(k): os.fsencode(v) for k, v in os.environ.items()}
    env[b"HRDCASE_PASSPHRASE"] = b"caf\xe9"
    result = subprocess.run([sys.executable, "-m", "hrdcase.cli", "case", "list", "--profile",
                             str(made)], capture_output=True, text=True, env=env,
                            stdin=subprocess.DEVNULL, timeout=120)
    assert_one_line_error(result, "not valid UTF-8")


def test_passphrase_files_are_read_capped_and_decoded(made: Path, tmp_path: Path) -> None:  # noqa: F811
    latin = tmp_path / "latin1"
    latin.write_bytes(b"caf\xe9\n")
    assert_one_line_error(hrdcase("case", "list", "--profile", str(made), "--passphrase-file",
                                  str(latin), passphrase=None), "not valid UTF-8")
    assert_one_line_error(hrdcase("case", "list", "--profile", str(made), "--passphrase-file",
                                  "/dev/zero", passphrase=None), "longer than 4,096 bytes")
    crlf = tmp_path / "crlf"
    crlf.write_bytes(PASSPHRASE.encode() + b"\r\nsecond line\n")
    ok = hrdcase("case", "list", "--profile", str(made), "--passphrase-file", str(crlf),
                 passphrase=None)
    assert ok.returncode == 0, ok.stderr


@pytest.mark.parametrize("args", [["--limit", str(10**20)], ["--limit", "-1"], ["--limit", "0"],
                                  ["--offset", "-5"], ["--offset", str(10**20)]])
def test_limit_and_offset_out_of_range_are_user_errors(made: Path, args: list) -> None:  # noqa: F811
    assert_one_line_error(hrdcase("case", "list", "--profile", str(made), *args), "must be between")


def test_demo_cases_is_capped(tmp_path: Path) -> None:
    result = hrdcase("demo", "--cases", str(10**23), "--profile", str(tmp_path / "p"))
    assert_one_line_error(result, "--cases must be between 1 and 1,000,000")
    assert not (tmp_path / "p").exists()


def test_screenshot_that_cannot_be_saved_is_not_wrote(made: Path, tmp_path: Path) -> None:  # noqa: F811
    taken = tmp_path / "taken.png"
    taken.mkdir()
    result = hrdcase("screenshot", "--out", str(taken), "--profile", str(made),
                     env_extra={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 1, result.stderr
    assert "Wrote" not in result.stdout
    assert result.stderr.strip().splitlines()[-1].startswith("hrdcase: error: Could not write")


# ---- SQLite's environment errors are classified, not reported as bugs
@pytest.mark.parametrize("code, words", [
    (dbapi2.SQLITE_FULL, "disk is full"),
    (dbapi2.SQLITE_IOERR | (3 << 8), "input/output error"),  # SQLITE_IOERR_WRITE
    (dbapi2.SQLITE_READONLY, "read-only"),
    (dbapi2.SQLITE_BUSY, "busy"),
])
def test_sqlite_environment_errors_become_one_line_user_errors(code: int, words: str) -> None:
    exc = dbapi2.OperationalError("synthetic")
    exc.sqlite_errorcode = code
    assert environment_error(exc) is not None
    with pytest.raises(ProfileUnreadable, match=words), damage_is_user_error(Path(DB_FILE)):
        raise exc


def test_damage_is_still_damage() -> None:
    exc = dbapi2.DatabaseError("synthetic")
    exc.sqlite_errorcode = dbapi2.SQLITE_CORRUPT
    with pytest.raises(CorruptDatabase), damage_is_user_error():
        raise exc


# ---- the lock on Windows: msvcrt, chosen and driven the same way
class FakeMsvcrt:
    LK_NBLCK = 2
    LK_UNLCK = 0

    def __init__(self) -> None:
        self.held: set[str] = set()
        self.calls: list[tuple[int, int]] = []

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        self.calls.append((mode, nbytes))
        name = os.readlink(f"/proc/self/fd/{fd}")
        if mode == self.LK_NBLCK:
            if name in self.held:
                raise PermissionError(13, "Permission denied")  # what msvcrt raises when held
            self.held.add(name)
        else:
            self.held.discard(name)


def test_the_lock_method_is_msvcrt_on_windows_and_flock_elsewhere(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeMsvcrt()
    monkeypatch.setitem(sys.modules, "msvcrt", fake)
    windows = lock_method("win32")
    assert windows.name.startswith("msvcrt")
    assert windows.target(tmp_path) == tmp_path / LOCK_FILE
    assert lock_method("linux").name.startswith("flock")
    assert lock_method("darwin").target(tmp_path) == tmp_path
    first, second = FolderLock(tmp_path, windows), FolderLock(tmp_path, windows)
    first.acquire()
    assert (tmp_path / LOCK_FILE).exists()
    with pytest.raises(ProfileLocked):
        second.acquire()
    first.release()
    second.acquire()
    second.release()
    assert fake.calls == [(2, 1), (2, 1), (0, 1), (2, 1), (0, 1)]
