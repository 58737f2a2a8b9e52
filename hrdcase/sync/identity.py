"""Device identity crypto shared by the client and the server: pure functions, no I/O.

A device has an Ed25519 key pair (it signs requests and role records) and an X25519 key pair (team keys
are wrapped to it). Its fingerprint is what an admin compares out of band before confirming it. Role
records are JSON with one canonical byte form that an admin's device signs and every device checks.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from hrdcase.errors import UserError

ROLES = ("responder", "supervisor", "shift_lead", "director", "admin")
MAX_TEAMS = 256
MAX_B64_CHARS = 1 << 20
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_RAW = serialization.Encoding.Raw
_RAW_PUB = serialization.PublicFormat.Raw
_RAW_PRIV = serialization.PrivateFormat.Raw
_NO_ENC = serialization.NoEncryption()
_WRAP_INFO = b"hrdcase-wrap-v1"


class IdentityError(UserError):
    pass


def b64e(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64d(text: str) -> bytes:
    if not isinstance(text, str) or len(text) > MAX_B64_CHARS or not re.fullmatch(r"[A-Za-z0-9_-]*", text):
        raise IdentityError("A value is not valid base64url text.")
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        raise IdentityError("A value is not valid base64url text.") from None


def _crockford(data: bytes) -> str:
    number = int.from_bytes(data, "big")
    chars = []
    for _ in range(len(data) * 8 // 5):
        chars.append(_CROCKFORD[number & 31])
        number >>= 5
    return "".join(reversed(chars))


def fingerprint(sign_public: bytes, box_public: bytes) -> str:
    """32 Crockford base32 characters (160 bits) in groups of four, e.g. `7K3Q-9XAB-…`."""
    digest = hashlib.sha256(b"hrdcase-fp-v1" + sign_public + box_public).digest()[:20]
    text = _crockford(digest)
    return "-".join(text[i:i + 4] for i in range(0, 32, 4))


def normalise_fingerprint(text: str) -> str:
    """What a person types or reads aloud back to the canonical form."""
    if not isinstance(text, str) or len(text) > 200:
        raise IdentityError("A fingerprint has 32 letters and digits.")
    cleaned = re.sub(r"[\s-]", "", text).upper().translate(str.maketrans("OIL", "011"))
    if len(cleaned) != 32 or any(c not in _CROCKFORD for c in cleaned):
        raise IdentityError("A fingerprint has 32 letters and digits (0-9, A-Z without I, L, O, U).")
    return "-".join(cleaned[i:i + 4] for i in range(0, 32, 4))


@dataclass(frozen=True)
class DeviceKeys:
    sign_private: bytes
    box_private: bytes

    def __post_init__(self) -> None:
        if len(self.sign_private) != 32 or len(self.box_private) != 32:
            raise IdentityError("A device key must be 32 bytes.")

    def __repr__(self) -> str:  # never print private keys
        return f"DeviceKeys(fingerprint={self.fingerprint!r})"

    @classmethod
    def generate(cls) -> DeviceKeys:
        sign = Ed25519PrivateKey.generate().private_bytes(_RAW, _RAW_PRIV, _NO_ENC)
        box = X25519PrivateKey.generate().private_bytes(_RAW, _RAW_PRIV, _NO_ENC)
        return cls(sign, box)

    @property
    def sign_public(self) -> bytes:
        private = Ed25519PrivateKey.from_private_bytes(self.sign_private)
        return private.public_key().public_bytes(_RAW, _RAW_PUB)

    @property
    def box_public(self) -> bytes:
        return X25519PrivateKey.from_private_bytes(self.box_private).public_key().public_bytes(_RAW, _RAW_PUB)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.sign_public, self.box_public)


def sign(keys: DeviceKeys, message: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(keys.sign_private).sign(message)


def signer(keys: DeviceKeys) -> Callable[[bytes], bytes]:
    """`sign` for many messages: the key object is made once (making it costs as much as a
    signature)."""
    return Ed25519PrivateKey.from_private_bytes(keys.sign_private).sign


def verify_signature(sign_public: bytes, message: bytes, signature: bytes) -> bool:
    if len(sign_public) != 32 or len(signature) != 64:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(sign_public).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def seal(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    """AES-256-GCM: a random 12-byte nonce followed by the ciphertext and tag."""
    if len(key) != 32:
        raise IdentityError("A sealing key must be 32 bytes.")
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def open_sealed(key: bytes, blob: bytes, aad: bytes) -> bytes:
    if len(key) != 32 or len(blob) < 28:
        raise IdentityError("The sealed data could not be opened (wrong key or damaged).")
    try:
        return AESGCM(key).decrypt(blob[:12], blob[12:], aad)
    except InvalidTag:
        raise IdentityError("The sealed data could not be opened (wrong key or damaged).") from None


def _wrap_key(shared: bytes, ephemeral_public: bytes, box_public: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral_public + box_public, info=_WRAP_INFO)
    return hkdf.derive(shared)


def wrap_for(box_public: bytes, secret: bytes, aad: bytes) -> bytes:
    """Seal `secret` to a device's X25519 key: ephemeral public key (32) || sealed blob."""
    try:
        recipient = X25519PublicKey.from_public_bytes(box_public)
    except ValueError:
        raise IdentityError("A device's box key must be 32 bytes.") from None
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(_RAW, _RAW_PUB)
    key = _wrap_key(ephemeral.exchange(recipient), ephemeral_public, box_public)
    return ephemeral_public + seal(key, secret, aad)


def unwrap(keys: DeviceKeys, blob: bytes, aad: bytes) -> bytes:
    if len(blob) < 32 + 28:
        raise IdentityError("The sealed data could not be opened (wrong key or damaged).")
    ephemeral_public = blob[:32]
    private = X25519PrivateKey.from_private_bytes(keys.box_private)
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    except ValueError:
        raise IdentityError("The sealed data could not be opened (wrong key or damaged).") from None
    key = _wrap_key(shared, ephemeral_public, keys.box_public)
    return open_sealed(key, blob[32:], aad)


def _uuid(value: Any, what: str) -> str:
    if not isinstance(value, str) or len(value) != 36:
        raise IdentityError(f"The role record's {what} is not a valid id.")
    try:
        parsed = uuid.UUID(value)
    except ValueError:
        raise IdentityError(f"The role record's {what} is not a valid id.") from None
    if str(parsed) != value:
        raise IdentityError(f"The role record's {what} is not a valid id.")
    return value


def _issued_at(value: Any) -> str:
    message = "The role record's issue time must be ISO 8601 in UTC."
    if not isinstance(value, str) or len(value) > 40:
        raise IdentityError(message)
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        raise IdentityError(message) from None
    offset = when.utcoffset()
    if offset is None or offset.total_seconds() != 0:
        raise IdentityError(message)
    return value


@dataclass(frozen=True)
class RoleRecord:
    org_id: str
    person_id: str
    roles: tuple[str, ...]
    teams: tuple[str, ...]
    serial: int
    issued_at: str
    issuer_device_id: str

    def __post_init__(self) -> None:
        _uuid(self.org_id, "organisation")
        _uuid(self.person_id, "person")
        _uuid(self.issuer_device_id, "issuing device")
        # Roles and teams are kept sorted and distinct, so that one record has one canonical form.
        if not isinstance(self.roles, tuple | list) or any(r not in ROLES for r in self.roles):
            raise IdentityError(f"The role record's roles must be among {', '.join(ROLES)}.")
        if not isinstance(self.teams, tuple | list) or len(self.teams) > MAX_TEAMS:
            raise IdentityError(f"A role record names at most {MAX_TEAMS} teams.")
        for team in self.teams:
            _uuid(team, "team")
        object.__setattr__(self, "roles", tuple(sorted(set(self.roles))))
        object.__setattr__(self, "teams", tuple(sorted(set(self.teams))))
        if type(self.serial) is not int or not 1 <= self.serial < 2**53:
            raise IdentityError("The role record's serial must be a whole number from 1.")
        _issued_at(self.issued_at)

    def to_json(self) -> dict[str, Any]:
        return {"v": 1, "org_id": self.org_id, "person_id": self.person_id, "roles": list(self.roles),
                "teams": list(self.teams), "serial": self.serial, "issued_at": self.issued_at,
                "issuer_device_id": self.issuer_device_id}

    def canonical(self) -> bytes:
        return json.dumps(self.to_json(), sort_keys=True, separators=(",", ":")).encode()

    @classmethod
    def from_json(cls, data: Any) -> RoleRecord:
        keys = {"v", "org_id", "person_id", "roles", "teams", "serial", "issued_at", "issuer_device_id"}
        if not isinstance(data, dict) or set(data) != keys or data["v"] != 1:
            raise IdentityError("The role record is not in the expected form (version 1).")
        if not isinstance(data["roles"], list) or not isinstance(data["teams"], list):
            raise IdentityError("The role record's roles and teams must be lists.")
        if len(data["teams"]) > MAX_TEAMS or len(data["roles"]) > len(ROLES):
            raise IdentityError("The role record names too many roles or teams.")
        return cls(data["org_id"], data["person_id"], tuple(data["roles"]), tuple(data["teams"]),
                   data["serial"], data["issued_at"], data["issuer_device_id"])


@dataclass(frozen=True)
class SignedRoleRecord:
    record: RoleRecord
    signature: bytes

    def to_json(self) -> dict[str, Any]:
        return {"record": self.record.to_json(), "signature": b64e(self.signature)}

    @classmethod
    def from_json(cls, data: Any) -> SignedRoleRecord:
        if not isinstance(data, dict) or set(data) != {"record", "signature"}:
            raise IdentityError("A signed role record has a record and a signature.")
        if not isinstance(data["signature"], str) or len(data["signature"]) > 100:
            raise IdentityError("The role record's signature is not valid.")
        return cls(RoleRecord.from_json(data["record"]), b64d(data["signature"]))


def sign_role_record(keys: DeviceKeys, record: RoleRecord) -> SignedRoleRecord:
    return SignedRoleRecord(record, sign(keys, record.canonical()))


def verify_role_record(signed: SignedRoleRecord, issuer_sign_public: bytes) -> None:
    if not verify_signature(issuer_sign_public, signed.record.canonical(), signed.signature):
        raise IdentityError("The role record's signature does not match its issuing device.")


def request_signature_message(method: str, path_with_query: str, timestamp: int, nonce: str,
                              body: bytes) -> bytes:
    return "\n".join([
        "hrdcase-req-v1", method.upper(), path_with_query, str(int(timestamp)), nonce,
        hashlib.sha256(body).hexdigest(),
    ]).encode()


def enrol_proof_message(token: str, sign_public: bytes, box_public: bytes) -> bytes:
    return b"hrdcase-enrol-v1\n" + hashlib.sha256(token.encode()).digest() + sign_public + box_public


def revocation_message(org_id: str, device_id: str, issuer_device_id: str, revoked_at: str) -> bytes:
    """What an admin's device signs to revoke a device: shown by the server to the revoked device,
    which wipes its caseload only when an admin of its organisation signed it (a server alone cannot
    make devices wipe themselves)."""
    return "\n".join(("hrdcase-revoke-v1", org_id, device_id, issuer_device_id, revoked_at)).encode()


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
