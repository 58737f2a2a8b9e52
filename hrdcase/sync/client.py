"""The HTTP client the CLI and the UI use to talk to hrdcase-server.

Every call after enrolment is signed with the device's Ed25519 key (docs/server.md). Network failures
become one-line `ServerError`s naming the server; a refusal carries the server's own sentence. Timeouts
and response sizes are bounded.
"""

from __future__ import annotations

import functools
import json
import secrets
import ssl
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode, urlsplit

import httpx

from hrdcase.errors import UserError
from hrdcase.sync import protocol as p
from hrdcase.sync.identity import (
    DeviceKeys,
    SignedRoleRecord,
    b64e,
    enrol_proof_message,
    request_signature_message,
    sign,
)

TIMEOUT_S = 10.0


class ServerError(UserError):
    def __init__(self, message: str, status: int = 0, details: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.details = details or {}  # the refusal's other fields (a signed revocation)


@functools.cache
def tls_context() -> ssl.SSLContext:
    """The TLS settings every client of this process shares (httpx's defaults: the CA bundle, or
    SSL_CERT_FILE / SSL_CERT_DIR). Made once: making one reads the whole CA bundle, which took
    longer than a small sync's requests when each client made its own."""
    return httpx.create_ssl_context()


class ServerClient:
    def __init__(self, base_url: str, keys: DeviceKeys | None = None, device_id: str | None = None, *,
                 http: httpx.Client | None = None, clock: Callable[[], float] = time.time,
                 timeout: float = TIMEOUT_S) -> None:
        parts = urlsplit(base_url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ServerError(f"The server address {base_url[:200]!r} must start with https:// or http://.")
        self.base_url = base_url.rstrip("/")
        self.keys = keys
        self.device_id = device_id
        self.clock = clock
        self.offset = 0.0  # the server's clock minus ours, learnt from a refusal for stale time
        self.timeout = timeout
        self._own_http = http is None
        self.http = http or httpx.Client(timeout=timeout, follow_redirects=False, verify=tls_context())

    def close(self) -> None:
        if self._own_http:
            self.http.close()

    def __enter__(self) -> ServerClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- unauthenticated -------------------------------------------------------------------------------
    def health(self) -> dict:
        return self._call("GET", "/v1/health", signed=False)

    def enrol(self, token: str, person_id: str, device_id: str, keys: DeviceKeys) -> dict:
        proof = sign(keys, enrol_proof_message(token, keys.sign_public, keys.box_public))
        body = {"token": token, "person_id": person_id, "device_id": device_id,
                "sign_public": b64e(keys.sign_public), "box_public": b64e(keys.box_public),
                "proof": b64e(proof)}
        answer = self._call("POST", "/v1/enrol", body, signed=False)
        self.keys, self.device_id = keys, device_id
        return answer

    # -- signed ----------------------------------------------------------------------------------------
    def me(self) -> dict:
        return self._call("GET", "/v1/me")

    def people(self) -> dict:
        return self._call("GET", "/v1/people")

    def put_role(self, person_id: str, signed: SignedRoleRecord, sealed_profile: bytes | None) -> None:
        body: dict[str, Any] = {"signed_record": signed.to_json()}
        if sealed_profile is not None:
            body["sealed_profile"] = b64e(sealed_profile)
        self._call("PUT", f"/v1/people/{person_id}/role", body)

    def invite(self, token_hash: str, person_id: str, team_id: str, signed: SignedRoleRecord,
               sealed_profile: bytes | None, expires_at: datetime) -> None:
        when = expires_at if expires_at.tzinfo else expires_at.replace(tzinfo=UTC)
        body = {"token_hash": token_hash, "person_id": person_id, "team_id": team_id,
                "signed_record": signed.to_json(),
                "sealed_profile": b64e(sealed_profile) if sealed_profile is not None else None,
                "expires_at": when.astimezone(UTC).isoformat().replace("+00:00", "Z")}
        self._call("POST", "/v1/invitations", body)

    def devices(self, status: str = "pending") -> list[dict]:
        return self._call("GET", "/v1/devices?" + urlencode({"status": status}))

    def confirm_device(self, device_id: str, fingerprint: str, wrapped_team_keys: list[dict]) -> None:
        keys = [{"team_id": k["team_id"], "key_version": k["key_version"], "wrapped": _text(k["wrapped"])}
                for k in wrapped_team_keys]
        self._call("POST", f"/v1/devices/{device_id}/confirm",
                   {"fingerprint": fingerprint, "wrapped_team_keys": keys})

    def revoke_device(self, device_id: str, revoked_at: str | None = None,
                      signature: bytes | None = None) -> None:
        body = {} if signature is None else {"revoked_at": revoked_at, "signature": b64e(signature)}
        self._call("POST", f"/v1/devices/{device_id}/revoke", body)

    def create_team(self, team_id: str, name: str) -> None:
        self._call("POST", "/v1/teams", {"team_id": team_id, "name": name})

    def put_team_keys(self, team_id: str, key_version: int, wrapped: dict[str, bytes]) -> None:
        texts = {device: _text(blob) for device, blob in wrapped.items()}
        self._call("PUT", "/v1/team-keys", {"team_id": team_id, "key_version": key_version, "wrapped": texts})

    def team_keys(self) -> list[dict]:
        return self._call("GET", "/v1/team-keys")

    # -- sync (docs/sync.md) ---------------------------------------------------------------------------
    def upload(self, ops: list[p.UploadOp], audit_head: p.AuditHead | None) -> p.UploadResponse:
        return self._call("POST", "/v1/sync/upload", {"ops": ops, "audit_head": audit_head})

    def download(self, cursor: dict[str, int], limit: int = p.MAX_OPS_PER_DOWNLOAD) -> p.DownloadResponse:
        return self._call("POST", "/v1/sync/download", {"cursor": cursor, "limit": limit})

    def put_blob(self, blob_id: str, data: bytes, team_id: str | None = None) -> None:
        """`team_id`: whose devices may fetch it (needed when this person is in several teams)."""
        query = "?" + urlencode({"team_id": team_id}) if team_id else ""
        self._raw("PUT", f"/v1/sync/blobs/{blob_id}{query}", data)

    def get_blob(self, blob_id: str) -> bytes:
        return self._raw("GET", f"/v1/sync/blobs/{blob_id}", b"")

    def server_key(self) -> dict:
        return self._call("GET", "/v1/sync/server-key")

    def escalations(self) -> list[dict]:
        return self._call("GET", "/v1/sync/escalations")

    # -- transport -------------------------------------------------------------------------------------
    def signed_headers(self, method: str, path: str, body: bytes) -> dict[str, str]:
        if self.keys is None or self.device_id is None:
            raise ServerError("This device is not enrolled on a server yet.")
        stamp = int(self.clock() + self.offset)
        nonce = secrets.token_urlsafe(24)
        signature = sign(self.keys, request_signature_message(method, path, stamp, nonce, body))
        return {p.HEADER_DEVICE: self.device_id, p.HEADER_TIME: str(stamp), p.HEADER_NONCE: nonce,
                p.HEADER_SIGNATURE: b64e(signature)}

    def _call(self, method: str, path: str, payload: Any = None, *, signed: bool = True) -> Any:
        body = b"" if payload is None else json.dumps(payload, separators=(",", ":")).encode()
        headers = {p.HEADER_PROTOCOL: str(p.PROTOCOL_VERSION), "Accept": "application/json"}
        if payload is not None:
            headers["Content-Type"] = "application/json"
        if signed:
            status, data = self._signed(method, path, body, headers)
        else:
            status, data, _ = self._send(method, path, body, headers)
        if status >= 400:
            raise ServerError(_refusal(self.base_url, status, data), status, _details(data))
        if not data:
            return None
        try:
            return json.loads(data)
        except ValueError:
            raise ServerError(f"The server at {self.base_url} sent an answer that is not JSON.",
                              status) from None

    def _raw(self, method: str, path: str, body: bytes) -> bytes:
        """A signed call whose body and answer are bytes (sealed evidence blobs)."""
        headers = {p.HEADER_PROTOCOL: str(p.PROTOCOL_VERSION), "Accept": "application/octet-stream"}
        if body:
            headers["Content-Type"] = "application/octet-stream"
        status, data = self._signed(method, path, body, headers)
        if status >= 400:
            raise ServerError(_refusal(self.base_url, status, data), status, _details(data))
        return data

    def _signed(self, method: str, path: str, body: bytes, headers: dict[str, str]) -> tuple[int, bytes]:
        """Sends a signed request. A device whose clock is more than MAX_CLOCK_SKEW_S away from the
        server's is refused (401) with the server's time in a header: the client then learns the
        offset, signs again with the server's time and a new nonce, and retries once. The server
        still checks every request's time against its own clock and refuses a reused nonce, so a
        replay stays refused; only this device's idea of "now" is corrected."""
        signed = self.signed_headers(method, path, body)
        status, data, server_time = self._send(method, path, body, {**headers, **signed})
        if status == 401 and server_time is not None and \
                abs(server_time - int(signed[p.HEADER_TIME])) > p.MAX_CLOCK_SKEW_S:
            self.offset = server_time - self.clock()
            signed = self.signed_headers(method, path, body)
            status, data, _ = self._send(method, path, body, {**headers, **signed})
        return status, data

    def _send(self, method: str, path: str, body: bytes,
              headers: dict[str, str]) -> tuple[int, bytes, int | None]:
        """(status, body, the server's clock from its X-Hrdcase-Server-Time header or None)."""
        url = self.base_url + path
        try:
            with self.http.stream(method, url, content=body or None, headers=headers,
                                  timeout=self.timeout) as response:
                declared = response.headers.get("content-length", "0")
                if declared.isdigit() and int(declared) > p.MAX_RESPONSE_BYTES:
                    raise ServerError(f"The server at {self.base_url} sent an answer larger than 16 MiB.")
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > p.MAX_RESPONSE_BYTES:
                        raise ServerError(f"The server at {self.base_url} sent an answer larger than 16 MiB.")
                    chunks.append(chunk)
                told = response.headers.get(p.HEADER_SERVER_TIME, "")
                server_time = int(told) if told.isdigit() and len(told) <= 12 else None
                return response.status_code, b"".join(chunks), server_time
        except httpx.TimeoutException:
            raise ServerError(f"The server at {self.base_url} did not answer within "
                              f"{self.timeout:g} s.") from None
        except httpx.HTTPError as exc:
            raise ServerError(f"Cannot reach the server at {self.base_url}: {_reason(exc)}") from None


def _text(blob: bytes | str) -> str:
    return blob if isinstance(blob, str) else b64e(blob)


def _details(data: bytes) -> dict[str, Any]:
    try:
        answer = json.loads(data)
    except ValueError:
        return {}
    return {k: v for k, v in answer.items() if k != "error"} if isinstance(answer, dict) else {}


def _refusal(base_url: str, status: int, data: bytes) -> str:
    try:
        message = json.loads(data).get("error")
    except (ValueError, AttributeError):
        message = None
    if isinstance(message, str) and message:
        return message[:500]
    if status >= 500:
        return f"The server at {base_url} failed (HTTP {status}); try again later."
    return f"The server at {base_url} refused the request (HTTP {status})."


def _reason(exc: httpx.HTTPError) -> str:
    text = str(exc).strip().splitlines()
    reason = text[0] if text else type(exc).__name__
    return reason[:200] + ("" if reason.endswith(".") else ".")
