"""Device identity crypto (hrdcase/sync/identity.py): pure functions, checked on real keys."""

from __future__ import annotations

import json
import re
import uuid

import pytest

from hrdcase.sync import identity as ident
from hrdcase.sync.identity import DeviceKeys, IdentityError, RoleRecord, SignedRoleRecord

ORG, PERSON, DEVICE, TEAM_A, TEAM_B = (str(uuid.uuid4()) for _ in range(5))


def record(**changes: object) -> RoleRecord:
    fields = {"org_id": ORG, "person_id": PERSON, "roles": ("responder", "admin"), "teams": (TEAM_B, TEAM_A),
              "serial": 1, "issued_at": "2026-12-02T10:00:00Z", "issuer_device_id": DEVICE}
    fields.update(changes)
    return RoleRecord(**fields)  # type: ignore[arg-type]


def test_b64_round_trip_and_refusals() -> None:
    for data in (b"", b"\x00", bytes(range(256))):
        text = ident.b64e(data)
        assert "=" not in text and "+" not in text and "/" not in text
        assert ident.b64d(text) == data
    for bad in ("a", "ab=c", "a+b/", "é", 3):
        with pytest.raises(IdentityError):
            ident.b64d(bad)  # type: ignore[arg-type]


def test_fingerprint_format_and_stability() -> None:
    keys = DeviceKeys.generate()
    fp = keys.fingerprint
    assert re.fullmatch(r"([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}", fp)
    assert fp == ident.fingerprint(keys.sign_public, keys.box_public)
    assert fp != DeviceKeys.generate().fingerprint
    assert ident.fingerprint(b"\x01" * 32, b"\x02" * 32) != ident.fingerprint(b"\x02" * 32, b"\x01" * 32)


def test_fingerprint_vector() -> None:
    import hashlib

    digest = hashlib.sha256(b"hrdcase-fp-v1" + b"\x01" * 32 + b"\x02" * 32).digest()[:20]
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    bits = bin(int.from_bytes(digest, "big"))[2:].zfill(160)
    expected = "".join(alphabet[int(bits[i:i + 5], 2)] for i in range(0, 160, 5))
    assert ident.fingerprint(b"\x01" * 32, b"\x02" * 32).replace("-", "") == expected


def test_normalise_fingerprint_forgives_how_people_type() -> None:
    fp = DeviceKeys.generate().fingerprint
    assert ident.normalise_fingerprint(fp) == fp
    assert ident.normalise_fingerprint(fp.lower()) == fp
    assert ident.normalise_fingerprint(fp.replace("-", " ")) == fp
    assert ident.normalise_fingerprint(fp.replace("-", "")) == fp
    assert ident.normalise_fingerprint("oooo-iiii-llll-0000-1111-2222-3333-4444") == \
        "0000-1111-1111-0000-1111-2222-3333-4444"
    for bad in ("", fp[:-1], fp + "A", fp.replace(fp[0], "U", 1), "x" * 500):
        with pytest.raises(IdentityError):
            ident.normalise_fingerprint(bad)


def test_sign_and_verify() -> None:
    keys, other = DeviceKeys.generate(), DeviceKeys.generate()
    signature = ident.sign(keys, b"message")
    assert ident.verify_signature(keys.sign_public, b"message", signature)
    assert not ident.verify_signature(keys.sign_public, b"messagE", signature)
    assert not ident.verify_signature(other.sign_public, b"message", signature)
    assert not ident.verify_signature(keys.sign_public, b"message", signature[:-1])
    assert not ident.verify_signature(b"short", b"message", signature)


def test_private_keys_are_not_in_repr() -> None:
    keys = DeviceKeys.generate()
    assert keys.sign_private.hex() not in repr(keys) and str(keys.sign_private) not in repr(keys)


def test_seal_and_open() -> None:
    key, other = bytes(32), bytes([1]) * 32
    blob = ident.seal(key, b"Ada Quillon", b"aad")
    assert b"Ada Quillon" not in blob
    assert ident.seal(key, b"Ada Quillon", b"aad") != blob  # random nonce
    assert ident.open_sealed(key, blob, b"aad") == b"Ada Quillon"
    for wrong_key, aad, data in ((other, b"aad", blob), (key, b"other", blob),
                                 (key, b"aad", blob[:-1] + bytes([blob[-1] ^ 1])), (key, b"aad", b"x")):
        with pytest.raises(IdentityError, match="could not be opened"):
            ident.open_sealed(wrong_key, data, aad)


def test_wrap_and_unwrap() -> None:
    keys, other = DeviceKeys.generate(), DeviceKeys.generate()
    secret = bytes(range(32))
    blob = ident.wrap_for(keys.box_public, secret, b"team:1")
    assert secret not in blob
    assert ident.unwrap(keys, blob, b"team:1") == secret
    with pytest.raises(IdentityError):
        ident.unwrap(other, blob, b"team:1")
    with pytest.raises(IdentityError):
        ident.unwrap(keys, blob, b"team:2")


def test_role_record_canonical_form() -> None:
    rec = record()
    assert rec.roles == ("admin", "responder") and rec.teams == tuple(sorted((TEAM_A, TEAM_B)))
    canonical = json.loads(rec.canonical())
    assert canonical["v"] == 1 and canonical["roles"] == ["admin", "responder"]
    assert rec.canonical() == record(roles=("admin", "responder", "admin")).canonical()
    assert b" " not in rec.canonical()
    assert RoleRecord.from_json(json.loads(rec.canonical())) == rec


def test_signed_role_record_round_trip_and_tamper() -> None:
    keys = DeviceKeys.generate()
    signed = ident.sign_role_record(keys, record())
    again = SignedRoleRecord.from_json(json.loads(json.dumps(signed.to_json())))
    ident.verify_role_record(again, keys.sign_public)
    tampered = SignedRoleRecord(record(roles=("admin", "responder", "supervisor")), signed.signature)
    with pytest.raises(IdentityError, match="signature"):
        ident.verify_role_record(tampered, keys.sign_public)
    with pytest.raises(IdentityError):
        ident.verify_role_record(signed, DeviceKeys.generate().sign_public)
    data = signed.to_json()
    data["record"]["serial"] = 2
    with pytest.raises(IdentityError):
        ident.verify_role_record(SignedRoleRecord.from_json(data), keys.sign_public)


@pytest.mark.parametrize("changes", [
    {"roles": ("root",)}, {"org_id": "not-a-uuid"}, {"person_id": PERSON.upper()}, {"teams": ("x",)},
    {"serial": 0}, {"serial": True}, {"serial": "1"}, {"issued_at": "yesterday"},
    {"issued_at": "2026-12-02T10:00:00+02:00"}, {"issued_at": "2026-12-02T10:00:00"},
    {"teams": tuple(str(uuid.uuid4()) for _ in range(ident.MAX_TEAMS + 1))},
])
def test_role_record_strict_validation(changes: dict) -> None:
    with pytest.raises(IdentityError):
        record(**changes)


@pytest.mark.parametrize("mutate", [
    lambda d: d.update(v=2), lambda d: d.update(extra=1), lambda d: d.pop("serial"),
    lambda d: d.update(roles="admin"), lambda d: d.update(teams=None),
])
def test_role_record_from_json_refuses(mutate) -> None:  # type: ignore[no-untyped-def]
    data = record().to_json()
    mutate(data)
    with pytest.raises(IdentityError):
        RoleRecord.from_json(data)


def test_messages_bind_every_part() -> None:
    base = ident.request_signature_message("get", "/v1/me?x=1", 100, "n" * 16, b"{}")
    assert base.startswith(b"hrdcase-req-v1\nGET\n/v1/me?x=1\n100\n")
    for other in (ident.request_signature_message("POST", "/v1/me?x=1", 100, "n" * 16, b"{}"),
                  ident.request_signature_message("GET", "/v1/me", 100, "n" * 16, b"{}"),
                  ident.request_signature_message("GET", "/v1/me?x=1", 101, "n" * 16, b"{}"),
                  ident.request_signature_message("GET", "/v1/me?x=1", 100, "m" * 16, b"{}"),
                  ident.request_signature_message("GET", "/v1/me?x=1", 100, "n" * 16, b"{ }")):
        assert other != base
    keys = DeviceKeys.generate()
    proof = ident.enrol_proof_message("tok", keys.sign_public, keys.box_public)
    assert proof.startswith(b"hrdcase-enrol-v1\n") and b"tok" not in proof
    assert ident.token_hash("tok") == ident.token_hash("tok") != ident.token_hash("tok2")
    assert re.fullmatch(r"[0-9a-f]{64}", ident.token_hash("tok"))
