"""The passphrase and the keys: change it, remember or forget the key in the OS keyring, wipe
after wrong passphrases."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from hrdcase.cli.common import (
    EXIT_USER_ERROR,
    PassphraseUnavailable,
    _passphrase_from_file,
    profile_dir,
    read_passphrase,
)
from hrdcase.errors import UserError


def _profile(args: argparse.Namespace) -> Any:
    from hrdcase.storage.profile import Profile

    profile = Profile(profile_dir(args))
    profile.require()
    return profile


def read_new_passphrase(args: argparse.Namespace) -> str:
    """`--new-passphrase-file`, or asked twice on a terminal. Never echoed, logged or stored."""
    if args.new_passphrase_file:
        new = _passphrase_from_file(Path(args.new_passphrase_file))
    elif sys.stdin.isatty():
        new = getpass.getpass("New passphrase: ")
        if getpass.getpass("New passphrase again: ") != new:
            raise PassphraseUnavailable("The two new passphrases differ; nothing was changed.")
    else:
        raise PassphraseUnavailable(
            "No new passphrase: run in a terminal or use --new-passphrase-file.")
    if not new:
        raise PassphraseUnavailable("The new passphrase is empty.")
    return new


def cmd_change(args: argparse.Namespace) -> int:
    profile = _profile(args)
    old = read_passphrase(args)
    new = read_new_passphrase(args)
    if new == old:
        raise UserError("The new passphrase is the same as the old one; nothing was changed.")
    profile.change_passphrase(old, new)
    print(f"Passphrase changed for {profile.path}; the old one no longer opens it.")
    if _keyring_entry(profile):
        print("The key is still remembered in this computer's keyring "
              "(hrdcase passphrase forget removes it).")
    return 0


def cmd_rekey(args: argparse.Namespace) -> int:
    from hrdcase.storage.rekey import rekey

    profile = _profile(args)
    passphrase = read_passphrase(args)
    store = profile.unlock(passphrase)
    try:
        rekey(profile, store, passphrase)
    finally:
        store.close()
        profile.release()
    print(f"The database key of {profile.path} was rotated; the passphrase stays the same.")
    return 0


def cmd_remember(args: argparse.Namespace) -> int:
    profile = _profile(args)
    if not profile.remember_in_keyring(read_passphrase(args)):
        print("hrdcase: error: the key was NOT remembered: no system keyring that encrypts is "
              "available (on Linux, GNOME Keyring or KWallet provides one).", file=sys.stderr)
        return EXIT_USER_ERROR
    print("The key is remembered in this computer's keyring: the app opens without a passphrase "
          "until you run hrdcase passphrase forget.")
    return 0


def cmd_forget(args: argparse.Namespace) -> int:
    from hrdcase.storage.keys import KeyringSlot, profile_id_hint

    path = profile_dir(args)
    profile_id = profile_id_hint(path / "key.json")
    if profile_id is None:
        raise UserError(f"No hrdcase key file at {path}; nothing to forget.")
    if not KeyringSlot(profile_id).forget():
        if _no_keyring():
            print("No system keyring is available here, so nothing was remembered: the passphrase "
                  "is needed to open the caseload.")
            return 0
        raise UserError("The keyring entry could not be removed (is the keyring locked?).")
    print("Forgotten on this computer: the passphrase is needed to open the caseload.")
    return 0


def cmd_wipe_after(args: argparse.Namespace) -> int:
    from hrdcase.storage import attempts

    count = None if args.count == "off" else _count(args.count)
    profile = _profile(args)
    profile.unlock(read_passphrase(args)).close()  # only the passphrase holder may set it
    profile.release()
    attempts.set_wipe_after(profile.path, count)
    if count is None:
        print("Wrong passphrases no longer wipe the caseload.")
    else:
        print(f"After {count} wrong passphrases in a row the caseload on this computer is wiped "
              "for good: a forgetful typist loses it too. Keep a backup.")
    return 0


def _no_keyring() -> bool:
    import keyring

    from hrdcase.storage.keys import secure_backend

    try:
        return secure_backend() is None or type(keyring.get_keyring()).__module__.startswith(
            "keyring.backends.fail")
    except Exception:
        return True


def _count(text: str) -> int:
    try:
        return int(text, 10)
    except ValueError:
        raise UserError("wipe-after takes a number or 'off'.") from None


def _keyring_entry(profile: Any) -> bool:
    from hrdcase.storage.keys import KeyringSlot

    return KeyringSlot(profile.keyfile().profile_id).load() is not None


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    group = sub.add_parser("passphrase", help="change the passphrase, remember or forget the key")
    actions = group.add_subparsers(dest="passphrase_command", metavar="ACTION", required=True)
    p = actions.add_parser("change", parents=[common], help="re-wrap the key under a new passphrase")
    p.add_argument("--new-passphrase-file", metavar="FILE",
                   help="read the new passphrase from the first line of FILE")
    p.set_defaults(func=cmd_change)
    p = actions.add_parser("rekey", parents=[common],
                           help="rotate the database key (PRAGMA rekey); the passphrase stays")
    p.set_defaults(func=cmd_rekey)
    p = actions.add_parser("remember", parents=[common],
                           help="keep the key in this computer's keyring (one that encrypts)")
    p.set_defaults(func=cmd_remember)
    p = actions.add_parser("forget", parents=[common],
                           help="remove the key from this computer's keyring")
    p.set_defaults(func=cmd_forget)
    p = actions.add_parser("wipe-after", parents=[common],
                           help="wipe after N wrong passphrases in a row (off by default)")
    p.add_argument("count", metavar="N|off")
    p.set_defaults(func=cmd_wipe_after)
