"""This device's identity and what it knows of the organisation's people (migration 9).

Plain rows in and out; checking signatures and deciding roles is the services' job
(services/identity.py), so a row edited here can never grant a role by itself."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from hrdcase.storage.codec import dt_required, ts
from hrdcase.storage.db import Database


@dataclass(frozen=True, slots=True)
class IdentityRow:
    org_id: str
    org_name: str
    person_id: str
    device_id: str
    sign_private: bytes
    box_private: bytes
    server_url: str | None
    status: str  # standalone | pending | confirmed | revoked
    root_device_id: str
    root_sign_public: bytes
    created_at: datetime


@dataclass(frozen=True, slots=True)
class DeviceRow:
    device_id: str
    person_id: str
    sign_public: bytes
    box_public: bytes
    fingerprint: str
    status: str  # pending | confirmed | revoked


@dataclass(frozen=True, slots=True)
class RoleRecordRow:
    person_id: str
    record: str  # canonical JSON of the record, as signed
    signature: bytes
    serial: int


_IDENTITY_COLUMNS = (
    "org_id, org_name, person_id, device_id, sign_private, box_private, server_url, status, "
    "root_device_id, root_sign_public, created_at"
)


class IdentityRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def identity(self) -> IdentityRow | None:
        row = self.db.execute(f"SELECT {_IDENTITY_COLUMNS} FROM identity").fetchone()
        if row is None:
            return None
        (org_id, org_name, person_id, device_id, sign_private, box_private, server_url, status,
         root_device_id, root_sign_public, created) = row
        return IdentityRow(org_id, org_name, person_id, device_id, sign_private, box_private,
                           server_url, status, root_device_id, root_sign_public, dt_required(created))

    def set_identity(self, i: IdentityRow) -> None:
        self.db.execute(
            f"INSERT OR REPLACE INTO identity (singleton, {_IDENTITY_COLUMNS}) "
            "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (i.org_id, i.org_name, i.person_id, i.device_id, i.sign_private, i.box_private,
             i.server_url, i.status, i.root_device_id, i.root_sign_public, ts(i.created_at)),
        )

    def set_status(self, status: str) -> None:
        self.db.execute("UPDATE identity SET status = ?", (status,))

    # devices
    def put_device(self, d: DeviceRow) -> None:
        self.db.execute(
            "INSERT INTO devices (device_id, person_id, sign_public, box_public, fingerprint, status) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (device_id) DO UPDATE SET "
            "person_id = excluded.person_id, sign_public = excluded.sign_public, "
            "box_public = excluded.box_public, fingerprint = excluded.fingerprint, "
            "status = excluded.status",
            (d.device_id, d.person_id, d.sign_public, d.box_public, d.fingerprint, d.status),
        )

    def devices(self) -> list[DeviceRow]:
        return [DeviceRow(*row) for row in self.db.execute(
            "SELECT device_id, person_id, sign_public, box_public, fingerprint, status FROM devices "
            "ORDER BY person_id, device_id")]

    # role records
    def put_role_record(self, r: RoleRecordRow) -> None:
        self.db.execute(
            "INSERT INTO role_records (person_id, record, signature, serial) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (person_id) DO UPDATE SET record = excluded.record, "
            "signature = excluded.signature, serial = excluded.serial",
            (r.person_id, r.record, r.signature, r.serial),
        )

    def role_records(self) -> list[RoleRecordRow]:
        return [RoleRecordRow(*row) for row in self.db.execute(
            "SELECT person_id, record, signature, serial FROM role_records ORDER BY person_id")]

    def role_record(self, person_id: str) -> RoleRecordRow | None:
        row = self.db.execute(
            "SELECT person_id, record, signature, serial FROM role_records WHERE person_id = ?",
            (person_id,)).fetchone()
        return RoleRecordRow(*row) if row else None

    # teams and their keys
    def set_team_uuid(self, team_id: int, team_uuid: str) -> None:
        self.db.execute("UPDATE teams SET team_uuid = ? WHERE id = ?", (team_uuid, team_id))

    def team_uuids(self) -> dict[int, str]:
        return {i: u for i, u in self.db.execute(
            "SELECT id, team_uuid FROM teams WHERE team_uuid IS NOT NULL")}

    def put_team_key(self, team_uuid: str, version: int, key: bytes) -> None:
        self.db.execute(
            "INSERT OR IGNORE INTO team_keys (team_uuid, key_version, key) VALUES (?, ?, ?)",
            (team_uuid, version, key))

    def team_key(self, team_uuid: str) -> tuple[int, bytes] | None:
        row = self.db.execute(
            "SELECT key_version, key FROM team_keys WHERE team_uuid = ? "
            "ORDER BY key_version DESC LIMIT 1", (team_uuid,)).fetchone()
        return (row[0], row[1]) if row else None

    # invitations this device made (the token itself is shown once and never stored)
    def add_invitation(self, token_hash: str, person_id: str, expires_at: datetime,
                       created_at: datetime) -> None:
        self.db.execute(
            "INSERT INTO invitations (token_hash, person_id, expires_at, created_at) "
            "VALUES (?, ?, ?, ?)", (token_hash, person_id, ts(expires_at), ts(created_at)))
