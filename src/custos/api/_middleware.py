"""ASGI middleware: sanitized 500s, body size and content type, rate limits.

Pure ASGI (no ``BaseHTTPMiddleware``) so streamed bodies are counted as they
arrive and a refused request never reaches a route. Every refusal is a JSON
body ``{"error": {"code", "message", "details"}}`` like every other error.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

import anyio.to_thread
from starlette.responses import JSONResponse

from custos.api._ratelimit import MemoryRateLimiter, RateLimiter
from custos.core._errors import CustosError

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

log = logging.getLogger("custos.api")


def error_response(
    status: int,
    code: str,
    message: str,
    details: list[str] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    return JSONResponse(
        {"error": {"code": code, "message": message, "details": details or []}},
        status_code=status,
        headers=headers,
    )


class _TooLarge(Exception):
    pass


def _header(scope: Scope, name: bytes) -> str | None:
    for k, v in scope.get("headers", []):
        if k.lower() == name:
            return bytes(v).decode("latin-1")
    return None


def host_name(host: str) -> str:
    """The name in a Host header value, without the port (``[::1]:8443`` -> ``[::1]``)."""
    host = host.strip().lower()
    if host.startswith("["):
        end = host.find("]")
        return host[: end + 1] if end > 0 else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


class GuardMiddleware:
    """Outermost guard: catches every unexpected exception (a 500 with no traceback
    in the body or the log), refuses a Host header naming another server (400),
    limits the body size (413) and requires JSON bodies (415), or HTML form bodies
    under ``form_prefix`` (the web console's forms).

    ``upload_paths`` (a contract sent for review) take bodies up to
    ``max_upload_bytes`` instead of ``max_body_bytes``; those under ``form_prefix``
    also take a ``multipart/form-data`` form (a browser's file upload).

    ``server_names`` (empty: any) are the host names the node answers to. This is
    Starlette's TrustedHostMiddleware check, done here so the refusal has the same
    JSON error body (stable code) as every other one. It stops DNS rebinding against
    the console, and with the host line of a vendor's signature it stops a request
    signed for another hospital's node from being replayed here.
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        max_body_bytes: int,
        form_prefix: str | None = None,
        server_names: frozenset[str] = frozenset(),
        upload_paths: frozenset[str] = frozenset(),
        max_upload_bytes: int = 0,
    ) -> None:
        self.app = app
        self.max_body = max_body_bytes
        self.upload_paths = upload_paths
        self.max_upload = max(max_upload_bytes, max_body_bytes)
        self.form_prefix = form_prefix
        self.server_names = frozenset(n.lower() for n in server_names)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self.server_names and host_name(_header(scope, b"host") or "") not in self.server_names:
            await error_response(
                400, "request.host", "this node does not answer to that host name"
            )(scope, receive, send)
            return
        path = str(scope.get("path", ""))
        upload = path in self.upload_paths
        limit = self.max_upload if upload else self.max_body
        length = _header(scope, b"content-length")
        chunked = "chunked" in (_header(scope, b"transfer-encoding") or "").lower()
        if length is not None:
            if not length.isdigit():
                await error_response(400, "request.content_length", "bad Content-Length")(
                    scope, receive, send
                )
                return
            if int(length) > limit:
                await self._too_large(scope, receive, send, limit)
                return
        has_body = chunked or (length is not None and int(length) > 0)
        content_type = _header(scope, b"content-type")
        in_forms = self.form_prefix is not None and path.startswith(self.form_prefix)
        is_form = in_forms and (_is_form(content_type) or (upload and _is_multipart(content_type)))
        if has_body and not (_is_json(content_type) or is_form):
            await error_response(
                415,
                "request.unsupported_media_type",
                "request bodies must be application/json",
            )(scope, receive, send)
            return

        seen = 0
        started = False
        overflow = False

        async def counted_receive() -> Message:
            nonlocal seen, overflow
            if overflow:
                return {"type": "http.disconnect"}
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > limit:
                    # Whatever the app answers to a cut-off body, the client gets a 413.
                    overflow = True
                    raise _TooLarge
            return msg

        async def tracked_send(msg: Message) -> None:
            nonlocal started
            if overflow:
                if msg["type"] == "http.response.start" and not started:
                    started = True
                    await self._too_large(scope, receive, send, limit)
                return
            if msg["type"] == "http.response.start":
                started = True
            await send(msg)

        try:
            await self.app(scope, counted_receive, tracked_send)
        except _TooLarge:
            if not started:
                started = True
                await self._too_large(scope, receive, send, limit)
        except Exception as exc:
            if overflow:
                if not started:
                    await self._too_large(scope, receive, send, limit)
                return
            # Only the exception's type and the route: its text may carry data.
            log.error(
                "internal error %s on %s %s",
                type(exc).__name__,
                scope.get("method"),
                scope.get("path"),
            )
            if not started:
                await error_response(
                    500,
                    "internal",
                    "unexpected failure; no change was committed unless it is in the audit log",
                )(scope, receive, send)

    async def _too_large(self, scope: Scope, receive: Receive, send: Send, limit: int) -> None:
        await error_response(
            413,
            "request.too_large",
            f"request bodies are limited to {limit} bytes",
        )(scope, receive, send)


def _is_json(content_type: str | None) -> bool:
    if not content_type:
        return False
    media = content_type.split(";", 1)[0].strip().lower()
    return media == "application/json" or (
        media.startswith("application/") and media.endswith("+json")
    )


def _is_multipart(content_type: str | None) -> bool:
    if not content_type:
        return False
    return content_type.split(";", 1)[0].strip().lower() == "multipart/form-data"


def _is_form(content_type: str | None) -> bool:
    if not content_type:
        return False
    return content_type.split(";", 1)[0].strip().lower() == "application/x-www-form-urlencoded"


class RateLimitMiddleware:
    """A general limit per client address, and a stricter one on login attempts.

    A shared (database) limiter runs in a worker thread; if it cannot answer
    the request is refused (503), never let through unlimited.
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        general: RateLimiter,
        login: RateLimiter,
        login_path: str,
        extra_login_paths: tuple[str, ...] = (),
    ) -> None:
        self.app = app
        self.general = general
        self.login = login
        self.login_paths = frozenset({login_path, *extra_login_paths})

    async def _take(self, limiter: RateLimiter, who: str) -> float:
        if isinstance(limiter, MemoryRateLimiter):
            return limiter.take(who)
        return await anyio.to_thread.run_sync(limiter.take, who)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        client = scope.get("client")
        who = str(client[0]) if client else "?"
        try:
            wait = await self._take(self.general, who)
            if not wait and scope.get("path") in self.login_paths and scope.get("method") == "POST":
                wait = await self._take(self.login, who)
        except CustosError as exc:
            log.error("rate limit unavailable: %s", exc.code)
            await error_response(
                503,
                "request.rate_limit_unavailable",
                "the node cannot check its rate limits; try again",
            )(scope, receive, send)
            return
        if wait:
            await error_response(
                429,
                "request.rate_limited",
                "too many requests; slow down",
                headers={"Retry-After": str(max(1, math.ceil(wait)))},
            )(scope, receive, send)
            return
        await self.app(scope, receive, send)
