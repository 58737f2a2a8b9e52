"""Unlocker → Session: create, passphrase, keyring; `me` comes from the encrypted settings."""

from __future__ import annotations

from pathlib import Path

import pytest

from hrdcase.bootstrap import Unlocker
from hrdcase.errors import ProfileLocked, WrongPassphrase
from hrdcase.models.clock import FixedClock
from hrdcase.models.enums import IncidentCategory
from hrdcase.models.intake import NewCase, NewDefender
from hrdcase.services.session import Session
from hrdcase.storage.profile import Profile
from tests.conftest import FAST_KDF, PASSPHRASE, MemoryKeyring
from tests.factories import World, open_and_close, seed_reference


def _draft() -> NewCase:
    return NewCase("Title", IncidentCategory.DOXXING, "KE", "en", "what happened",
                   new_defender=NewDefender("Heron"))


@pytest.fixture
def world(profile_dir: Path, clock: FixedClock) -> World:
    """A closed profile with reference data, whose "me" setting names the third responder."""
    session = Unlocker(profile_dir, clock).create(PASSPHRASE, FAST_KDF)
    world = seed_reference(session.store)
    session.queries.save_setting("me", str(world.responders[2].id))
    session.close()
    return world


def test_create_returns_a_session_without_me(profile_dir: Path, clock: FixedClock) -> None:
    unlocker = Unlocker(profile_dir, clock)
    assert not unlocker.exists()
    session = unlocker.create(PASSPHRASE, FAST_KDF)
    try:
        assert isinstance(session, Session)
        assert unlocker.exists()
        assert session.me is None and session.cases.actor_id is None
        assert session.clock is clock and session.cases.clock is clock
        assert session.cases.device_id == session.store.device_id
        assert len(session.cases.device_id) == 32
        assert session.verify().ok
        with pytest.raises(ProfileLocked):
            Profile(profile_dir).unlock(PASSPHRASE)
    finally:
        session.close()
    session.close()  # closing twice is harmless
    assert session.closed
    open_and_close(profile_dir, PASSPHRASE)  # the lock was released


def test_with_passphrase_sets_me_from_settings(
    profile_dir: Path, clock: FixedClock, world: World
) -> None:
    session = Unlocker(profile_dir, clock).with_passphrase(PASSPHRASE)
    try:
        me = world.responders[2]
        assert session.me is not None and (session.me.id, session.me.display_name) == (me.id, me.display_name)
        assert session.cases.actor_id == me.id
        case_id, _ = session.cases.open_case(_draft())
        timeline = session.queries.case_detail(case_id).timeline
        assert {e.actor_id for e in timeline} == {me.id}
        assert {e.at for e in timeline} == {clock.now()}
    finally:
        session.close()


def test_with_passphrase_refuses_a_wrong_one(profile_dir: Path, world: World) -> None:
    unlocker = Unlocker(profile_dir)
    with pytest.raises(WrongPassphrase):
        unlocker.with_passphrase("nope")
    unlocker.with_passphrase(PASSPHRASE).close()  # same unlocker, right passphrase


def test_with_keyring_after_remember(
    profile_dir: Path, clock: FixedClock, world: World, memory_keyring: MemoryKeyring
) -> None:
    assert Unlocker(profile_dir, clock).with_keyring() is None  # nothing remembered yet
    Unlocker(profile_dir, clock).with_passphrase(PASSPHRASE, remember=True).close()
    assert len(memory_keyring.entries) == 1
    session = Unlocker(profile_dir, clock).with_keyring()
    assert session is not None
    try:
        assert session.me is not None and session.me.id == world.responders[2].id
        assert session.cases.actor_id == world.responders[2].id
    finally:
        session.close()


def test_with_keyring_when_nothing_is_remembered_holds_no_lock(
    profile_dir: Path, world: World
) -> None:
    unlocker = Unlocker(profile_dir)
    assert unlocker.with_keyring() is None
    open_and_close(profile_dir, PASSPHRASE)


def test_me_naming_a_missing_responder_is_the_devices_own_person(profile_dir: Path, world: World) -> None:
    session = Unlocker(profile_dir).with_passphrase(PASSPHRASE)
    own = session.me
    session.queries.save_setting("me", "987654")
    session.close()
    session = Unlocker(profile_dir).with_passphrase(PASSPHRASE)
    try:
        assert own is not None and session.me == own and session.cases.actor_id == own.id
    finally:
        session.close()
