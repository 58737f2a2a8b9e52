"""Pure-ASGI layers in front of every route: the request body limit (413 over 1 MiB, or 12 MiB
for a sealed evidence blob's PUT, counted as it arrives, not trusted from Content-Length), the
protocol version (426), and the server's clock stated on every answer (X-Hrdcase-Server-Time), so
a device whose clock is off learns by how much (hrdcase/sync/client.py)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from hrdcase.sync.protocol import (
    HEADER_PROTOCOL,
    HEADER_SERVER_TIME,
    MAX_BLOB_BYTES,
    MAX_REQUEST_BYTES,
    check_protocol,
)

Scope = dict[str, Any]
BLOB_PATH_PREFIX = "/v1/sync/blobs/"


def body_limit(scope: Scope) -> int:
    """Bytes a request may carry: a blob upload (`PUT /v1/sync/blobs/…`) more than any JSON body."""
    path, root = scope.get("path", ""), scope.get("root_path", "")
    if root and path.startswith(root):
        path = path[len(root):]
    if scope.get("method") == "PUT" and path.startswith(BLOB_PATH_PREFIX):
        return MAX_BLOB_BYTES
    return MAX_REQUEST_BYTES


async def _send_error(send: Any, status: int, message: str) -> None:
    body = json.dumps({"error": message}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


class BodyLimit:
    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = body_limit(scope)
        too_large = f"The request body is larger than {limit >> 20} MiB."
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length", b"0")
        if not declared.isdigit():
            await _send_error(send, 400, "The Content-Length header is not a number.")
            return
        if int(declared) > limit:
            await _send_error(send, 413, too_large)
            return
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                await _send_error(send, 413, too_large)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        delivered = False

        async def replay() -> dict[str, Any]:
            nonlocal delivered
            if delivered:
                return await receive()
            delivered = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)


class ProtocolCheck:
    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            for name, value in scope.get("headers") or []:
                if name.decode("latin-1").lower() == HEADER_PROTOCOL.lower():
                    problem = check_protocol(value.decode("latin-1"))
                    if problem:
                        await _send_error(send, 426, problem)
                        return
        await self.app(scope, receive, send)


class ServerTime:
    """Adds the server's clock (whole unix seconds) to every answer's headers. It is a hint, not a
    credential: the server still checks each request's time against its own clock."""

    def __init__(self, app: Any, clock: Callable[[], float]) -> None:
        self.app, self.clock = app, clock

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def stamped(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers") or [])
                headers.append((HEADER_SERVER_TIME.lower().encode(), str(int(self.clock())).encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, stamped)
