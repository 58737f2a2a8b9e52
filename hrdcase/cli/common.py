"""What every command group shares: the passphrase, the profile folder, opening a session,
progress on the terminal, and the exit codes (docs/ARCHITECTURE.md, the command-line contract)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from hrdcase.errors import UserError

T = TypeVar("T")

EXIT_USER_ERROR = 1
EXIT_BUG = 70
PASSPHRASE_FILE_MAX = 4096  # bytes read from --passphrase-file; a longer file is refused


class PassphraseUnavailable(UserError):
    pass


def read_passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str:
    """`--passphrase-file`, then `HRDCASE_PASSPHRASE`, then a prompt on a terminal (as restic and
    borg do). The passphrase is never echoed, logged or stored."""
    if args.passphrase_file:
        passphrase = _passphrase_from_file(Path(args.passphrase_file))
    elif os.environ.get("HRDCASE_PASSPHRASE"):
        passphrase = os.environ["HRDCASE_PASSPHRASE"]
    elif sys.stdin.isatty():
        passphrase = getpass.getpass("Passphrase: ")
        if confirm and getpass.getpass("Passphrase again: ") != passphrase:
            raise PassphraseUnavailable("The two passphrases differ; nothing was created.")
    else:
        raise PassphraseUnavailable(
            "No passphrase: run in a terminal, set HRDCASE_PASSPHRASE or use --passphrase-file."
        )
    if not passphrase:
        raise PassphraseUnavailable("The passphrase is empty.")
    try:
        passphrase.encode("utf-8")
    except UnicodeEncodeError:  # undecodable bytes in the environment arrive as surrogates
        raise PassphraseUnavailable("The passphrase is not valid UTF-8.") from None
    return passphrase


def _passphrase_from_file(path: Path) -> str:
    """The first line of at most PASSPHRASE_FILE_MAX bytes (a FIFO or /dev/zero cannot make it
    read more), decoded as UTF-8."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(PASSPHRASE_FILE_MAX + 1)
    except OSError as exc:
        raise PassphraseUnavailable(
            f"Cannot read the passphrase file: {exc.strerror or exc}."
        ) from None
    if len(data) > PASSPHRASE_FILE_MAX:
        raise PassphraseUnavailable(
            f"The passphrase file is longer than {PASSPHRASE_FILE_MAX:,} bytes.")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise PassphraseUnavailable("The passphrase file is not valid UTF-8.") from None
    return text.split("\n", 1)[0].removesuffix("\r")


def bounded(value: int, name: str, low: int, high: int) -> int:
    """A number from the command line, refused as a user error outside [low, high]."""
    if not low <= value <= high:
        raise UserError(f"{name} must be between {low:,} and {high:,}.")
    return value


def profile_dir(args: argparse.Namespace) -> Path:
    if args.profile:
        return Path(args.profile).expanduser()
    from hrdcase.bootstrap import default_profile_dir

    return default_profile_dir()


def open_session(args: argparse.Namespace) -> Any:
    from hrdcase.bootstrap import Unlocker

    unlocker = Unlocker(profile_dir(args))
    unlocker.profile.require()  # a missing profile is reported before asking for a passphrase
    return unlocker.with_passphrase(read_passphrase(args))


def with_session(args: argparse.Namespace, work: Callable[[Any], T]) -> T:
    """Open the profile's session, run `work` on it, and close it whatever happens."""
    session = open_session(args)
    try:
        return work(session)
    finally:
        session.close()


def responder_id(session: Any, who: str) -> int | None:
    """`none`, a responder id, or a display name (any case) naming exactly one responder."""
    if who.strip().lower() == "none":
        return None
    people = session.queries.responders()
    found = [r for r in people if str(r.id) == who.strip()] or [
        r for r in people if r.display_name.casefold() == who.strip().casefold()]
    if len(found) != 1:
        raise UserError("No responder has that id or name." if not found else
                        "More than one responder has that name; give the id.")
    return int(found[0].id)


def counter_printer(label: str, unit: str) -> Callable[[int, int], None]:
    """`label: done/total unit` rewritten in place on a terminal; silent otherwise."""
    interactive = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if interactive:
            end = "\n" if done >= total else ""
            print(f"\r{label}: {done:,}/{total:,} {unit}", end=end, file=sys.stderr)

    return progress


def options(default: Any) -> argparse.ArgumentParser:
    """`--profile` and `--passphrase-file`, accepted before or after the command. Subcommands use
    SUPPRESS so that `hrdcase --profile X case list` keeps X."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--profile", metavar="DIR", default=default,
                        help="profile folder (default: per-user data folder)")
    parent.add_argument("--passphrase-file", metavar="FILE", default=default,
                        help="read the passphrase from the first line of FILE")
    return parent
