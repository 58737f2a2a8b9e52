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
import re
import secrets
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from hrdcase.errors import CorruptDatabase, ProfileUnreadable, ValidationError, WrongPassphrase

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend  # imported when first used, not at start-up

log = logging.getLogger(__name__)

KEY_BYTES = 32
KEYFILE_FORMAT = 1
KEYRING_SERVICE = "hrdcase"

# What an edited key file may ask of unlock, checked before any derivation: at most 1 GiB of memory
# and 4 GiB-passes of work (about 3 s on a 2-core laptop; the default is 512 MiB-passes, 0.4 s).
KEYFILE_MAX_BYTES = 64 * 1024
KDF_MAX_MEMORY_KIB = 1024 * 1024
KDF_MAX_ITERATIONS = 16
KDF_MAX_LANES = 16
KDF_MAX_WORK_KIB = 4 * 1024 * 1024  # memory_kib * iterations
_PROFILE_ID = re.compile(r'"profile_id"\s*:\s*"([0-9a-f]{32})"')


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


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise TypeError("base64 text expected")
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
    sync_folder(path.parent)


def sync_folder(folder: Path) -> None:
    """fsync a folder so that a rename in it survives a power cut (POSIX; a no-op elsewhere)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@dataclass(frozen=True)
class KeyFile:
    profile_id: str
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped_key: bytes

    @classmethod
    def read(cls, path: Path) -> KeyFile:
        """Read and check the key file. Anything malformed, out of bounds or oversized is the
        "damaged" user error; a file that cannot be read at all says why."""
        raw = read_capped(path, KEYFILE_MAX_BYTES)
        damaged = CorruptDatabase(f"The key file {path.name} is damaged and cannot be read.")
        if raw is None:
            raise damaged
        try:
            doc = json.loads(raw.decode("utf-8"), parse_constant=_refuse_constant)
            keyfile = cls._from_doc(doc)
        except (ValueError, KeyError, TypeError, OverflowError, RecursionError) as exc:
            raise damaged from exc
        return keyfile

    @classmethod
    def _from_doc(cls, doc: dict[str, Any]) -> KeyFile:
        if doc["format"] != KEYFILE_FORMAT or doc["kdf"]["name"] != "argon2id":
            raise ValueError("unsupported key file format")
        kdf = KdfParams(**{name: _small_int(doc["kdf"][name])
                           for name in ("iterations", "memory_kib", "lanes")})
        keyfile = cls(
            profile_id=_profile_id(doc["profile_id"]),
            kdf=kdf,
            salt=_unb64(doc["salt"]),
            nonce=_unb64(doc["nonce"]),
            wrapped_key=_unb64(doc["wrapped_key"]),
        )
        if not kdf_in_bounds(kdf) or not (8 <= len(keyfile.salt) <= 64) \
                or len(keyfile.nonce) != 12 or len(keyfile.wrapped_key) != KEY_BYTES + 16:
            raise ValueError("implausible key file parameters")
        return keyfile

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


def kdf_in_bounds(kdf: KdfParams) -> bool:
    """What Argon2id accepts and what unlock may cost: an edited key file must not make unlock
    allocate or spin without bound (at most 1 GiB and a few seconds before the tag check)."""
    return (
        1 <= kdf.iterations <= KDF_MAX_ITERATIONS
        and 1 <= kdf.lanes <= KDF_MAX_LANES
        and 8 * kdf.lanes <= kdf.memory_kib <= KDF_MAX_MEMORY_KIB
        and kdf.memory_kib * kdf.iterations <= KDF_MAX_WORK_KIB
    )


def _small_int(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 < value < 1 << 40:
        raise ValueError("a key file parameter is not a plausible whole number")
    return value


def _profile_id(value: object) -> str:
    if not isinstance(value, str) or not 1 <= len(value) <= 64:
        raise ValueError("implausible profile id")
    return value


def _refuse_constant(name: str) -> object:
    raise ValueError(f"{name} in a key file")


def read_capped(path: Path, limit: int) -> bytes | None:
    """At most `limit` bytes of `path`, or None when it holds more. A file that cannot be read is
    the one-line user error saying why (permission denied, a folder, an I/O error)."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise ProfileUnreadable(f"Cannot read {path.name}: {exc.strerror or exc}.") from None
    return data if len(data) <= limit else None


def profile_id_hint(path: Path) -> str | None:
    """The profile id from a key file, even a damaged one, so that wipe can still find the keyring
    entry: the stable id of a profile is the `profile_id` of its key file (a uuid4 hex)."""
    try:
        with open(path, "rb") as fh:
            text = fh.read(KEYFILE_MAX_BYTES).decode("utf-8", "replace")
    except OSError:
        return None
    match = _PROFILE_ID.search(text)
    return match.group(1) if match else None


# Keyring backends that keep the secret in plain text (or nowhere): never "available" for the
# database key. keyrings.alt's file backends write it to ~/.local/share/python_keyring.
_INSECURE_MODULES = ("keyrings.alt", "keyring.backends.fail", "keyring.backends.null")


def is_secure_backend(backend: object) -> bool:
    """Whether a keyring backend encrypts what it holds (Secret Service, macOS Keychain, Windows
    Credential Locker, KWallet, libsecret...). A denylist of the known plaintext and null ones:
    keyrings.alt (all of it), keyring's `fail` and `null`, and anything named PlaintextKeyring."""
    cls = type(backend)
    return not (cls.__module__ or "").startswith(_INSECURE_MODULES) \
        and cls.__name__ != "PlaintextKeyring"


def secure_backend() -> KeyringBackend | None:
    """The keyring backend that may hold the database key, or None. A chain of backends is
    reduced to its first secure member, so a plaintext one further down is never written to."""
    import keyring

    backend = keyring.get_keyring()
    members = getattr(type(backend), "backends", None)
    if type(backend).__name__ == "ChainerBackend" and members is not None:
        return next((b for b in members if is_secure_backend(b)), None)
    return backend if is_secure_backend(backend) else None


class KeyringSlot:
    """The database key in the OS keyring, for unlock without typing. Only a backend that encrypts
    may hold it (`secure_backend`); every failure (no backend on a headless machine, a plaintext
    backend, a locked keyring, a denied prompt) means "not available", never a fallback."""

    def __init__(self, profile_id: str) -> None:
        self.profile_id = profile_id

    def load(self) -> bytes | None:
        try:
            backend = secure_backend()
            value = backend.get_password(KEYRING_SERVICE, self.profile_id) if backend else None
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
            backend = secure_backend()
            if backend is None:
                log.info("keyring unavailable: no backend that encrypts")
                return False
            backend.set_password(KEYRING_SERVICE, self.profile_id, key.hex())
        except Exception as exc:
            log.info("keyring unavailable: %s", type(exc).__name__)
            return False
        return True

    def forget(self) -> bool:
        """Remove the entry wherever keyring can reach it (a plaintext one an older version left
        too). True when no entry is left that we could see."""
        try:
            import keyring
            import keyring.errors

            backend = keyring.get_keyring()
            try:
                backend.delete_password(KEYRING_SERVICE, self.profile_id)
            except keyring.errors.PasswordDeleteError:
                pass
            return backend.get_password(KEYRING_SERVICE, self.profile_id) is None
        except Exception as exc:
            log.info("keyring entry not removed: %s", type(exc).__name__)
            return False
