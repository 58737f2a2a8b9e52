"""The database key: random, 32 bytes, used in SQLCipher raw-key mode.

It rests in the profile only wrapped (AES-256-GCM) under a key-encryption key derived from the
responder's passphrase with Argon2id, and optionally in the OS keyring. There is no plaintext
fallback: without a keyring backend the passphrase path works on its own.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import secrets
from dataclasses import asdict, dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from hrdcase.errors import CorruptDatabase, ValidationError, WrongPassphrase

log = logging.getLogger(__name__)

KEY_BYTES = 32
KEYFILE_FORMAT = 1
KEYRING_SERVICE = "hrdcase"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The default takes about 0.4 s on a 2-core machine (bench/store_bench.py)."""

    iterations: int = 4
    memory_kib: int = 131072
    lanes: int = 4

    def derive(self, passphrase: str, salt: bytes) -> bytes:
        kdf = Argon2id(
            salt=salt,
            length=KEY_BYTES,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        )
        return kdf.derive(passphrase.encode("utf-8"))


DEFAULT_KDF = KdfParams()


def raw_key_pragma(key: bytes) -> str:
    """The one place a key becomes SQL: `PRAGMA key = "x'<64 hex>'"` (SQLCipher raw-key mode).

    Only the hex digits of exactly 32 bytes can reach the statement, so nothing can inject SQL.
    """
    if not isinstance(key, bytes | bytearray) or len(key) != KEY_BYTES:
        raise ValueError("the database key must be exactly 32 bytes")
    return "PRAGMA key = \"x'" + bytes(key).hex() + "'\""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _aad(profile_id: str) -> bytes:
    return f"hrdcase-keyfile-v{KEYFILE_FORMAT}:{profile_id}".encode()


def new_database_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def write_keyfile(
    path: Path, key: bytes, passphrase: str, profile_id: str, kdf: KdfParams = DEFAULT_KDF
) -> None:
    """Wrap `key` under `passphrase` and write the key file atomically (0600)."""
    if not passphrase:
        raise ValidationError("An empty passphrase cannot protect a caseload.", field="passphrase")
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    wrapped = AESGCM(kdf.derive(passphrase, salt)).encrypt(nonce, key, _aad(profile_id))
    doc = {
        "format": KEYFILE_FORMAT,
        "profile_id": profile_id,
        "kdf": {"name": "argon2id", **asdict(kdf)},
        "salt": _b64(salt),
        "nonce": _b64(nonce),
        "wrapped_key": _b64(wrapped),
    }
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, indent=2)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


@dataclass(frozen=True)
class KeyFile:
    profile_id: str
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped_key: bytes

    @classmethod
    def read(cls, path: Path) -> KeyFile:
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
            if doc["format"] != KEYFILE_FORMAT or doc["kdf"]["name"] != "argon2id":
                raise ValueError("unsupported key file format")
            kdf = KdfParams(
                iterations=int(doc["kdf"]["iterations"]),
                memory_kib=int(doc["kdf"]["memory_kib"]),
                lanes=int(doc["kdf"]["lanes"]),
            )
            keyfile = cls(
                profile_id=str(doc["profile_id"]),
                kdf=kdf,
                salt=_unb64(doc["salt"]),
                nonce=_unb64(doc["nonce"]),
                wrapped_key=_unb64(doc["wrapped_key"]),
            )
            # Values Argon2id or AES-GCM would reject with a bare ValueError at unwrap time.
            if (
                kdf.iterations < 1
                or kdf.lanes < 1
                or kdf.memory_kib < 8 * kdf.lanes
                # An edited key file must not make unlock allocate or spin without bound.
                or kdf.memory_kib > 4 * 1024 * 1024
                or kdf.iterations > 64
                or kdf.lanes > 64
                or len(keyfile.salt) < 8
                or len(keyfile.nonce) != 12
            ):
                raise ValueError("implausible key file parameters")
            return keyfile
        except (ValueError, KeyError, TypeError) as exc:
            raise CorruptDatabase(f"The key file {path.name} is damaged and cannot be read.") from exc

    def unwrap(self, passphrase: str) -> bytes:
        kek = self.kdf.derive(passphrase, self.salt)
        try:
            key = AESGCM(kek).decrypt(self.nonce, self.wrapped_key, _aad(self.profile_id))
        except InvalidTag:
            raise WrongPassphrase(
                "That passphrase does not unlock this caseload (or its key file was altered)."
            ) from None
        if len(key) != KEY_BYTES:
            raise CorruptDatabase("The key file holds a key of the wrong size.")
        return key


class KeyringSlot:
    """The database key in the OS keyring, for unlock without typing. Every failure (no backend on a
    headless machine, a locked keyring, a denied prompt) means "not available", never a fallback."""

    def __init__(self, profile_id: str) -> None:
        self.profile_id = profile_id

    def load(self) -> bytes | None:
        try:
            import keyring
            import keyring.errors

            value = keyring.get_password(KEYRING_SERVICE, self.profile_id)
        except Exception as exc:
            log.info("keyring unavailable: %s", type(exc).__name__)
            return None
        if not value:
            return None
        try:
            key = bytes.fromhex(value)
        except ValueError:
            return None
        return key if len(key) == KEY_BYTES else None

    def store(self, key: bytes) -> bool:
        try:
            import keyring

            keyring.set_password(KEYRING_SERVICE, self.profile_id, key.hex())
        except Exception as exc:
            log.info("keyring unavailable: %s", type(exc).__name__)
            return False
        return True

    def forget(self) -> None:
        try:
            import keyring

            keyring.delete_password(KEYRING_SERVICE, self.profile_id)
        except Exception as exc:
            log.info("keyring entry not removed: %s", type(exc).__name__)
