"""The ASGI application. `create_app(engine)` builds it over a migrated database; nothing a second
instance needs lives in this process (tokens, nonces, keys are all in the database)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException

from hrdcase.server import routes_devices, routes_enrol, routes_people, routes_sync
from hrdcase.server.errors import ApiError
from hrdcase.server.limits import BodyLimit, ProtocolCheck, ServerTime
from hrdcase.server.sla import sla_policy
from hrdcase.sync.identity import IdentityError
from hrdcase.sync.protocol import PROTOCOL_VERSION

NOT_JSON = "The request body is not valid JSON (or is nested too deeply, or holds a number too long)."


def create_app(engine: Engine, *, clock: Callable[[], float] = time.time) -> FastAPI:
    sla_policy()  # a broken shipped policy stops the server at start, not at the first request
    app = FastAPI(title="hrdcase-server", version=str(PROTOCOL_VERSION),
                  description="Central records for hrdcase: enrolment, people, roles, devices and sync.")
    app.state.engine = engine
    app.state.clock = clock
    _handlers(app)

    @app.get("/v1/health")
    def health() -> dict[str, Any]:
        return {"status": "ok", "protocol": PROTOCOL_VERSION}

    for module in (routes_enrol, routes_people, routes_devices, routes_sync):
        app.include_router(module.router)
    # The last added is outermost: a body over the limit is refused before anything reads it, and
    # every answer, refusals included, states the server's time.
    app.add_middleware(ProtocolCheck)
    app.add_middleware(BodyLimit)
    app.add_middleware(ServerTime, clock=lambda: app.state.clock())
    return app


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


def _handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse({**exc.extra, "error": exc.message}, status_code=exc.status)

    @app.exception_handler(IdentityError)
    async def identity_error(_request: Request, exc: IdentityError) -> JSONResponse:
        return _error(400, str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return _error(400, describe_validation(exc.errors()))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        messages = {404: "There is no such address on this server.",
                    405: "This address does not accept that method.",
                    400: NOT_JSON}  # FastAPI's own 400: a body json cannot read (deep nesting, huge number)
        return _error(exc.status_code, messages.get(exc.status_code, str(exc.detail)))

    @app.exception_handler(OperationalError)
    async def database_down(_request: Request, _exc: OperationalError) -> JSONResponse:
        return _error(503, "The server's database is not reachable; try again later.")


def describe_validation(errors: list[dict[str, Any]] | Any) -> str:
    """The first problem as one sentence naming the field, e.g. `person_id: String should match …`."""
    if not errors:
        return "The request body is not valid."
    first = errors[0]
    if first.get("type") == "json_invalid":
        return NOT_JSON
    where = ".".join(str(part) for part in first.get("loc", ()) if part != "body")
    message = str(first.get("msg", "is not valid"))[:200].removeprefix("Value error, ")
    if where:
        return f"The request is not valid: {where}: {message}."
    return f"The request is not valid: {message}."
