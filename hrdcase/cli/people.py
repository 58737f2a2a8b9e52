"""`hrdcase init`, `hrdcase join` and `hrdcase people …`: a real caseload, alone or in an
organisation, and the people and devices in it."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from hrdcase.cli.common import profile_dir, read_passphrase, with_session
from hrdcase.errors import UserError
from hrdcase.models.enums import Role
from hrdcase.models.passphrase import passphrase_warning


def _new_profile(args: argparse.Namespace) -> tuple[Any, str]:
    """The unlocker of a folder that holds no caseload yet, and the new passphrase."""
    from hrdcase.bootstrap import Unlocker

    unlocker = Unlocker(profile_dir(args))
    if unlocker.profile.key_path.exists() or unlocker.profile.db_path.exists():
        raise UserError(f"A profile already exists at {unlocker.profile.path}; choose another folder.")
    passphrase = read_passphrase(args, confirm=True)
    warning = passphrase_warning(passphrase)
    if warning:
        print(f"hrdcase: {warning}", file=sys.stderr)
    return unlocker, passphrase


def cmd_init(args: argparse.Namespace) -> int:
    unlocker, passphrase = _new_profile(args)
    session = unlocker.create_standalone(passphrase, args.name)
    name = session.me.display_name
    session.close()
    print(f"Created a caseload for {name} at {unlocker.profile.path} "
          "(standalone: responder, supervisor and admin).")
    return 0


def cmd_join(args: argparse.Namespace) -> int:
    unlocker, passphrase = _new_profile(args)
    session, joined = unlocker.join(passphrase, args.server, args.token, args.name)
    session.close()
    if joined.status == "confirmed":
        print(f"Joined {joined.org_name} as its first admin. This device's fingerprint:")
    else:
        print(f"Enrolled in {joined.org_name}. Read this fingerprint to an admin, who confirms it "
              "by comparing it with theirs (hrdcase people confirm-device):")
    print(joined.fingerprint)
    return 0


def _org(session: Any) -> Any:
    from hrdcase.services.org import OrgService

    return OrgService(session.store, session.clock, session.me)


def cmd_people_list(args: argparse.Namespace) -> int:
    def read(session: Any) -> Any:
        if args.refresh:
            _org(session).refresh()
        return session.people()

    listing = with_session(args, read)
    if args.json:
        json.dump([{"id": p.responder_id, "person_id": p.person_id, "name": p.name,
                    "roles": sorted(r.value for r in p.roles), "teams": list(p.teams),
                    "languages": list(p.languages), "regions": list(p.regions),
                    "devices": [{"fingerprint": d.fingerprint, "status": d.status} for d in p.devices]}
                   for p in listing], sys.stdout, indent=2, ensure_ascii=False)
        print()
        return 0
    print(f"{'ID':>4}  {'NAME':<28} {'ROLES':<36} TEAMS")
    for p in listing:
        roles = ", ".join(sorted(r.value for r in p.roles)) or "(no verified role)"
        print(f"{p.responder_id:>4}  {p.name[:28]:<28} {roles:<36} {', '.join(p.teams)}")
    return 0


def cmd_people_invite(args: argparse.Namespace) -> int:
    token, _changes = with_session(args, lambda s: _org(s).invite(
        args.name, [Role(r) for r in args.role], args.team, args.language or (), args.region or ()))
    print("Hand this one-time token to the person out of band (valid 72 hours, works once):")
    print(token)
    return 0


def cmd_people_set_roles(args: argparse.Namespace) -> int:
    with_session(args, lambda s: _org(s).set_roles(args.id, [Role(r) for r in args.role], args.team))
    print(f"Person {args.id} now holds: {', '.join(sorted(set(args.role)))}.")
    return 0


def cmd_people_add_team(args: argparse.Namespace) -> int:
    with_session(args, lambda s: _org(s).add_team(args.name))
    print(f"Created the team {args.name!r}; you are its first member. Add people with set-roles --team.")
    return 0


def cmd_people_devices(args: argparse.Namespace) -> int:
    devices = with_session(args, lambda s: _org(s).pending_devices())
    for d in devices:
        print(f"{d['fingerprint']}  {d['status']:<9}  enrolled {d['created_at']}")
    print(f"-- {len(devices)} devices waiting for confirmation", file=sys.stderr)
    return 0


def cmd_people_confirm(args: argparse.Namespace) -> int:
    with_session(args, lambda s: _org(s).confirm_device(args.fingerprint))
    print("Confirmed: the device can now sync with the organisation.")
    return 0


def cmd_people_revoke(args: argparse.Namespace) -> int:
    with_session(args, lambda s: _org(s).revoke_device(args.fingerprint))
    print("Revoked: the server refuses that device from now on.")
    return 0


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("init", parents=[common], help="create a caseload that works without a server")
    p.add_argument("--name", required=True, help="your name, as your team knows you")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("join", parents=[common], help="create a caseload and enrol it in an organisation")
    p.add_argument("--server", required=True, metavar="URL")
    p.add_argument("--token", required=True, help="the one-time token an admin gave you")
    p.add_argument("--name", required=True, help="your name, as your team knows you")
    p.set_defaults(func=cmd_join)

    people = sub.add_parser("people", help="people, roles and devices")
    people_sub = people.add_subparsers(dest="people_command", metavar="ACTION", required=True)
    p = people_sub.add_parser("list", parents=[common], help="people with their verified roles")
    p.add_argument("--json", action="store_true")
    p.add_argument("--refresh", action="store_true", help="fetch people and devices from the server first")
    p.set_defaults(func=cmd_people_list)
    p = people_sub.add_parser("invite", parents=[common], help="invite a person (admins)")
    p.add_argument("--name", required=True)
    p.add_argument("--role", required=True, action="append", choices=[r.value for r in Role],
                   help="a role; repeat for several")
    p.add_argument("--team", help="team name or id (default: your first team)")
    p.add_argument("--language", action="append", help="an ISO 639 code they work in; repeat for several")
    p.add_argument("--region", action="append", help="a region code they cover; repeat for several")
    p.set_defaults(func=cmd_people_invite)
    p = people_sub.add_parser("set-roles", parents=[common],
                              help="give a person exactly these roles, signed by this device (admins)")
    p.add_argument("id", type=int, help="the person's id, as `people list` shows it")
    p.add_argument("--role", required=True, action="append", choices=[r.value for r in Role])
    p.add_argument("--team", action="append", help="a team (name or id); repeat for several. "
                   "Without it the person's teams stay as they are")
    p.set_defaults(func=cmd_people_set_roles)
    p = people_sub.add_parser("add-team", parents=[common], help="create a team (admins)")
    p.add_argument("name")
    p.set_defaults(func=cmd_people_add_team)
    p = people_sub.add_parser("devices", parents=[common], help="devices waiting for confirmation (admins)")
    p.set_defaults(func=cmd_people_devices)
    p = people_sub.add_parser("confirm-device", parents=[common],
                              help="confirm a device after comparing its fingerprint (admins)")
    p.add_argument("fingerprint")
    p.set_defaults(func=cmd_people_confirm)
    p = people_sub.add_parser("revoke-device", parents=[common], help="revoke a device (admins)")
    p.add_argument("fingerprint")
    p.set_defaults(func=cmd_people_revoke)
