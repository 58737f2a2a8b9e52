"""The one composition root: opens the store and wires services (and, for the GUI, the UI)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from hrdcase.errors import CorruptDatabase, UserError
from hrdcase.models.clock import Clock, SystemClock
from hrdcase.services.session import Session
from hrdcase.storage.db import is_damage
from hrdcase.storage.keys import DEFAULT_KDF, KdfParams
from hrdcase.storage.profile import Profile
from hrdcase.storage.store import Store

if TYPE_CHECKING:
    from hrdcase.services.enrol import Joined


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

    def create_standalone(self, passphrase: str, name: str, kdf: KdfParams = DEFAULT_KDF) -> Session:
        """A new caseload for one person (or a desk) without a server: `hrdcase init` and the
        first-run wizard. Nothing is left behind if it fails."""
        from hrdcase.services.identity import create_standalone

        return self._first_run(passphrase, kdf, lambda s: create_standalone(s.store, s.clock, name))

    def join(self, passphrase: str, server_url: str, token: str, name: str,
             kdf: KdfParams = DEFAULT_KDF) -> tuple[Session, Joined]:
        """A new caseload whose device is enrolled in an organisation: `hrdcase join` and the
        first-run wizard. Nothing is left behind if enrolment fails."""
        from hrdcase.services.enrol import join

        joined: list[Joined] = []
        session = self._first_run(passphrase, kdf, lambda s: joined.append(
            join(s.store, s.clock, server_url, token, name)))
        return session, joined[0]

    def _first_run(self, passphrase: str, kdf: KdfParams, setup: Callable[[Session], object]) -> Session:
        if self.profile.key_path.exists() or self.profile.db_path.exists():
            raise UserError(f"A profile already exists at {self.profile.path}; choose another folder.")
        session = self.create(passphrase, kdf)
        try:
            setup(session)
        except BaseException:
            session.close()
            self.profile.wipe()  # no half-made profile
            raise
        session.close()  # reopened so that `me` and the verified roles are read as on any start
        return self.with_passphrase(passphrase)

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
