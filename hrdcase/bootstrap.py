"""The one composition root: opens the store and wires services (and, for the GUI, the UI)."""

from __future__ import annotations

from pathlib import Path

from hrdcase.models.clock import Clock, SystemClock
from hrdcase.services.session import Session
from hrdcase.storage.keys import DEFAULT_KDF, KdfParams
from hrdcase.storage.profile import Profile


def default_profile_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("hrdcase", appauthor=False)) / "default"


class Unlocker:
    """Turns a passphrase (or the keyring) into a `Session` for one profile folder."""

    def __init__(self, profile_dir: Path, clock: Clock | None = None) -> None:
        self.profile = Profile(Path(profile_dir))
        self.clock = clock or SystemClock()

    def exists(self) -> bool:
        return self.profile.exists()

    def with_passphrase(self, passphrase: str, remember: bool = False) -> Session:
        store = self.profile.unlock(passphrase)
        if remember:
            self.profile.remember_in_keyring(passphrase)
        return Session.start(self.profile, store, self.clock)

    def with_keyring(self) -> Session | None:
        store = self.profile.unlock_from_keyring()
        return Session.start(self.profile, store, self.clock) if store else None

    def create(self, passphrase: str, kdf: KdfParams = DEFAULT_KDF) -> Session:
        store = self.profile.create(passphrase, kdf)
        return Session.start(self.profile, store, self.clock)


def run_gui(profile_dir: Path, argv: list[str] | None = None) -> int:
    """Start Qt, ask for the passphrase, open the main window."""
    from hrdcase.ui.app import run

    return run(Unlocker(profile_dir), argv or [])
