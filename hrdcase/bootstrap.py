"""The one composition root: opens the store and wires services (and, for the GUI, the UI)."""

from __future__ import annotations

from pathlib import Path

from hrdcase.errors import CorruptDatabase
from hrdcase.models.clock import Clock, SystemClock
from hrdcase.services.session import Session
from hrdcase.storage.db import is_damage
from hrdcase.storage.keys import DEFAULT_KDF, KdfParams
from hrdcase.storage.profile import Profile
from hrdcase.storage.store import Store


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
        store = self.profile.unlock(passphrase, remember=remember)
        return self._start(store)

    def with_keyring(self) -> Session | None:
        store = self.profile.unlock_from_keyring()
        return self._start(store) if store else None

    def create(self, passphrase: str, kdf: KdfParams = DEFAULT_KDF) -> Session:
        store = self.profile.create(passphrase, kdf)
        return self._start(store)

    def _start(self, store: Store) -> Session:
        """Session.start reads settings and responders: if that fails, close and release the profile."""
        try:
            return Session.start(self.profile, store, self.clock)
        except BaseException as exc:
            store.close()
            self.profile.release()
            if is_damage(exc):
                raise CorruptDatabase(
                    "The caseload database is damaged and cannot be opened."
                ) from exc
            raise


def run_gui(profile_dir: Path, argv: list[str] | None = None) -> int:
    """Start Qt, ask for the passphrase, open the main window."""
    from hrdcase.ui.qt_platform import check_gui_platform

    check_gui_platform()  # one line instead of Qt's abort when no window can be opened
    from hrdcase.ui.app import run

    return run(Unlocker(profile_dir), argv or [])
