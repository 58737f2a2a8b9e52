"""The forensic test: after normal use, a lock, a crash in the middle of an edit and five wrong
passphrases, no file the app touched holds known case text: the profile, the temp folder, the Qt
settings location, the desktop's recent-files list (and the cache and data folders of the user).

The app runs in a sandbox: HOME, XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_CACHE_HOME, XDG_RUNTIME_DIR
and TMPDIR all point below one temporary folder, so everything it could write is scanned."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from hrdcase.storage import attempts
from tests.integration.forensic_child import CANARY, PASSPHRASE


def needles() -> list[bytes]:
    out = []
    for text in CANARY.values():
        word = text.split()[0]
        for variant in (text, word, word.lower()):
            out += [variant.encode("utf-8"), variant.encode("utf-16-le"), variant.encode("utf-16-be")]
    return out


def sandbox(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("XDG_", "HRDCASE_", "DBUS_"))}
    home = tmp_path / "home"
    for sub in (".config", ".local/share", ".cache", "run", "tmp"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    (home / "run").chmod(0o700)
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_DATA_HOME=str(home / ".local/share"), XDG_CACHE_HOME=str(home / ".cache"),
               XDG_RUNTIME_DIR=str(home / "run"), TMPDIR=str(home / "tmp"),
               QT_QPA_PLATFORM="offscreen",
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
               PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    return env


def run(env: dict[str, str], *args: str, passphrase: str | None = None) -> subprocess.CompletedProcess:
    if passphrase is not None:
        env = {**env, "HRDCASE_PASSPHRASE": passphrase}
    return subprocess.run([sys.executable, *args], capture_output=True, env=env,
                          stdin=subprocess.DEVNULL, timeout=180)


def leaks(root: Path) -> list[str]:
    found = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            data = path.read_bytes()
            found += [f"{path.relative_to(root)}: {n!r}" for n in needles() if n in data]
    return found


def output_leaks(result: subprocess.CompletedProcess) -> list[bytes]:
    return [n for n in needles() if n in result.stdout + result.stderr]


def test_no_case_text_anywhere_the_app_wrote(tmp_path: Path) -> None:
    env = sandbox(tmp_path)
    home = Path(env["HOME"])
    profile = home / ".local/share/hrdcase/default"
    child = str(Path(__file__).with_name("forensic_child.py"))

    used = run(env, child, "use", str(profile))
    assert used.returncode == 0, used.stderr.decode()[-2000:]
    assert output_leaks(used) == []
    assert leaks(home) == [], "after normal use and a lock"

    crashed = run(env, child, "crash", str(profile))
    assert crashed.returncode == -signal.SIGKILL, crashed.stderr.decode()[-2000:]
    assert output_leaks(crashed) == []
    assert leaks(home) == [], "after a crash in the middle of an edit"

    for _ in range(5):
        wrong = run(env, "-m", "hrdcase.cli", "case", "list", "--profile", str(profile),
                    passphrase="not the passphrase")
        assert wrong.returncode == 1 and output_leaks(wrong) == []
    assert leaks(home) == [], "after five wrong passphrases"

    # What was scanned: the profile holds only its own files, and Qt left no settings behind.
    assert {p.name for p in profile.iterdir()} <= {"key.json", "caseload.db", "caseload.db-wal",
                                                  "caseload.db-shm", ".lock", "attempts.json"}
    assert not (home / ".config/QtProject.conf").exists()
    recent = home / ".local/share/recently-used.xbel"
    assert not recent.exists() or leaks(recent.parent) == []
    # The canary is really in the caseload (so the scan above looked for something that exists),
    # readable with the right passphrase once the delay after the wrong ones has passed.
    time.sleep(attempts.delay_after(attempts.load(profile).failures) + 0.5)
    listed = run(env, "-m", "hrdcase.cli", "case", "list", "--profile", str(profile),
                 passphrase=PASSPHRASE)
    assert listed.returncode == 0, listed.stderr.decode()
    assert CANARY["title"].encode() in listed.stdout


def test_the_scan_would_see_case_text(tmp_path: Path) -> None:
    (tmp_path / "x.log").write_bytes(b"...." + CANARY["typed"].encode("utf-16-le"))
    assert leaks(tmp_path)
