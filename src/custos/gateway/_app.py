"""The gateway as an HTTP service: hospital applications call it instead of the vendor.

Routes (the agreement and purpose in the path, so an unmodified client only
changes its base URL; or in ``X-Custos-DUA`` / ``X-Custos-Purpose`` headers)::

    POST /dua/{dua}/{purpose}/v1/chat/completions     chat completions
    POST /v1/chat/completions                         (same, DUA and purpose in headers)
    POST /dua/{dua}/{purpose}/json/{endpoint}/{path}  generic JSON to a contracted endpoint
    POST /json/{endpoint}/{path}                      (same, headers)
    GET  /healthz

Every call goes through the same steps, and any step that cannot be done
refuses the call before anything leaves:

1. the caller is a registered client (bearer token) allowed this DUA;
2. the DUA is registered, not revoked, within its validity, has gateway
   terms, and names the purpose; the purpose names the endpoint;
3. the body fits the DUA's size limit and is JSON of the right shape;
4. it is cut to the purpose's fields and every kept string is de-identified
   with reversible surrogates (:mod:`custos.gateway._vault`);
5. it goes only to the endpoint's contracted URL, with the gateway's
   credential for it and no header of the caller's; no redirects, no proxies
   from the environment, no retries;
6. the answer (streamed or not) is re-identified inside the gateway;
7. one audit entry and one ``gateway_calls`` row record the call's facts
   (never content), written by a single recorder thread in batches, and the
   vendor's SLA is checked against the DUA.

If the audit log cannot be written the gateway stops taking calls (503):
calls without evidence are not allowed.
"""

from __future__ import annotations

import json
import logging
import queue
import re
import secrets
import threading
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse
from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool

from custos.core._errors import ConfigError, CustosError, InvalidInput
from custos.gateway._calls import CallRecord, Outcome, SlaWatch, check_sla, record_call
from custos.gateway._config import GatewayConfig, read_credential
from custos.gateway._minimise import Payload, minimise_chat, minimise_json, walk_strings
from custos.gateway._vault import Known, StreamReidentifier, SurrogateVault
from custos.node._node import Node
from custos.node._registry import DUAEntry, find_dua
from custos.policy._gateway import GatewayEndpoint, GatewayPurpose

log = logging.getLogger("custos.gateway")

# Whatever a DUA says, no request body above this is read.
HARD_MAX_BODY = 64 * 1024 * 1024
# Nor is a vendor answer above this accepted.
MAX_RESPONSE_BYTES = 64 * 1024 * 1024
# Circuit breaker: this many vendor failures in a row and the endpoint is
# given a rest before the next call is tried (no retry storm).
BREAKER_FAILURES = 5
BREAKER_COOLDOWN_S = 30.0
_ID = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
_SUBPATH = re.compile(r"^[A-Za-z0-9._~-]+(?:/[A-Za-z0-9._~-]+)*$")
_PATIENT = re.compile(r"^[\x21-\x7e]{1,128}$")


class Refused(Exception):
    """A call the gateway will not make (nothing was sent)."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


class Failed(Exception):
    """A call that went out and failed (vendor, network, or re-identification)."""

    def __init__(self, status: int, code: str, message: str, outcome: Outcome) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.outcome = outcome


_KNOWN_KEYS = ("names", "identifiers", "dates")
_KNOWN_MAX = 64


def _known(ext: Any) -> Known | None:
    """The request's ``custos`` extension: ``{"known": {"names": [...],
    "identifiers": [...], "dates": [...]}}``, the identifiers the hospital's
    systems know for the patient. Never sent on."""
    if ext is None:
        return None
    bad = Refused(
        400,
        "gateway.known",
        'the "custos" field is {"known": {"names"|"identifiers"|"dates": [strings]}} '
        f"with at most {_KNOWN_MAX} strings of 1-200 characters each",
    )
    if not isinstance(ext, dict) or set(ext) - {"known"} or not isinstance(ext.get("known"), dict):
        raise bad
    k = ext["known"]
    if set(k) - set(_KNOWN_KEYS):
        raise bad
    lists: dict[str, tuple[str, ...]] = {}
    for name in _KNOWN_KEYS:
        items = k.get(name, [])
        if not isinstance(items, list) or len(items) > _KNOWN_MAX:
            raise bad
        if not all(isinstance(v, str) and 0 < len(v.strip()) <= 200 for v in items):
            raise bad
        lists[name] = tuple(v.strip() for v in items)
    return Known(**lists)


def _error(status: int, code: str, message: str, call_id: str, **extra: Any) -> JSONResponse:
    # The shape chat clients expect ({"error": {...}}), with custos' stable code.
    body = {"error": {"code": code, "message": message, "type": "custos_gateway", **extra}}
    return JSONResponse(body, status_code=status, headers={"x-custos-call-id": call_id})


@dataclass
class Call:
    """The facts of one call, filled in as it goes (what the audit entry holds)."""

    id: str
    at: datetime
    t0: float
    client: str | None = None
    dua_id: str | None = None
    dua_version: int | None = None
    vendor: str | None = None
    purpose: str | None = None
    endpoint: str | None = None
    api: str | None = None
    stream: bool = False
    categories: list[str] = field(default_factory=list)
    replaced: Counter[str] = field(default_factory=Counter)
    fields_removed: int = 0
    reidentified: int = 0
    bytes_in: int = 0
    bytes_sent: int | None = None
    bytes_received: int | None = None
    upstream_status: int | None = None
    latency_ms: float | None = None
    sent_at: float | None = None  # perf_counter when the request left
    status: int = 0
    outcome: Outcome = Outcome.REFUSED
    code: str | None = None
    # Only where the DUA allows content logging: what was sent and received
    # (pseudonymised, as the vendor saw it), kept encrypted for this many days.
    content_days: int | None = None
    sent: bytes = b""
    received: list[bytes] = field(default_factory=list)

    def details(self, total_ms: float) -> dict[str, Any]:
        return {
            "call": self.id,
            "client": self.client,
            "dua": self.dua_id,
            "dua_version": self.dua_version,
            "vendor": self.vendor,
            "purpose": self.purpose,
            "endpoint": self.endpoint,
            "api": self.api,
            "stream": self.stream,
            "data_categories": self.categories,
            "identifiers_replaced": dict(sorted(self.replaced.items())),
            "fields_removed": self.fields_removed,
            "identifiers_restored": self.reidentified,
            "bytes_in": self.bytes_in,
            "bytes_sent": self.bytes_sent,
            "bytes_received": self.bytes_received,
            "upstream_status": self.upstream_status,
            "latency_ms": None if self.latency_ms is None else round(self.latency_ms, 2),
            "total_ms": round(total_ms, 2),
            "status": self.status,
            "outcome": self.outcome.value,
            "code": self.code,
            "content_logged": self.content_days is not None and bool(self.sent),
        }


class Recorder:
    """Writes the calls' evidence from one thread, in batches.

    One transaction per batch: the audit entries (chained and checkpointed as
    every other entry) and the ``gateway_calls`` rows; then the SLA watch. A
    failure to write stops the gateway (``failed`` is set).
    """

    def __init__(self, node: Node, *, sla_every_s: float = 5.0) -> None:
        self.node = node
        self._content: Any = None  # custos.gateway._content.ContentLog, on first use
        self._q: queue.Queue[tuple[Call, float] | None] = queue.Queue()
        self.failed: str | None = None
        self.written = 0
        self._watch = SlaWatch(every=timedelta(seconds=sla_every_s))
        self._thread = threading.Thread(target=self._run, name="custos-gateway-recorder")
        self._thread.daemon = True
        self._thread.start()

    def put(self, call: Call) -> None:
        total_ms = (time.perf_counter() - call.t0) * 1000.0
        self._q.put((call, total_ms))

    def _run(self) -> None:
        while True:
            item = self._q.get()
            batch = [item]
            while len(batch) < 256:
                try:
                    batch.append(self._q.get_nowait())
                except queue.Empty:
                    break
            stop = None in batch
            items = [b for b in batch if b is not None]
            if items and self.failed is None:
                try:
                    self._write(items)
                except Exception as exc:  # any failure: stop taking calls
                    self.failed = type(exc).__name__
                    log.error(
                        "gateway: the audit log cannot be written (%s); refusing calls", self.failed
                    )
            for _ in batch:
                self._q.task_done()
            if stop:
                return

    def _write(self, items: list[tuple[Call, float]]) -> None:
        node = self.node
        logged: list[str] = []
        try:
            with node.operation() as conn:
                node.audit.append_many(
                    conn,
                    [
                        (
                            f"gateway:{c.client or 'unknown'}",
                            "gateway.call"
                            if c.outcome is not Outcome.REFUSED
                            else "gateway.refused",
                            f"dua:{c.dua_id}" if c.dua_id else "gateway",
                            c.details(ms),
                        )
                        for c, ms in items
                    ],
                )
                for c, ms in items:
                    if c.content_days is not None and c.sent:
                        if self._content is None:
                            from custos.gateway._content import ContentLog

                            self._content = ContentLog(node.settings.home)
                        self._content.write(
                            conn,
                            call_id=c.id,
                            dua_id=c.dua_id or "",
                            at=c.at,
                            retention_days=c.content_days,
                            sent=c.sent,
                            received=b"".join(c.received),
                        )
                        logged.append(c.id)
                    record_call(
                        conn,
                        CallRecord(
                            at=c.at,
                            dua_id=c.dua_id,
                            vendor=c.vendor,
                            endpoint=c.endpoint,
                            purpose=c.purpose,
                            client=c.client,
                            outcome=c.outcome,
                            status=c.status,
                            upstream_status=c.upstream_status,
                            latency_ms=c.latency_ms,
                            total_ms=ms,
                            bytes_sent=c.bytes_sent,
                            bytes_received=c.bytes_received,
                            stream=c.stream,
                        ),
                    )
        except BaseException:
            # the rows rolled back: no content file may outlive its record
            for call_id in logged:
                self._content.discard(call_id)
            raise
        self.written += len(items)
        forwarded = {
            (c.dua_id, c.endpoint)
            for c, _ in items
            if c.outcome is not Outcome.REFUSED and c.dua_id and c.endpoint
        }
        now = node.clock()
        due = sorted(k for k in forwarded if self._watch.due(k[0], k[1], now))
        if due:
            with node.operation() as conn:
                for dua_id, endpoint in due:
                    entry = find_dua(conn, dua_id)
                    if entry is not None:
                        check_sla(node, conn, entry.dua, endpoint, now=now)

    def drain(self) -> None:
        """Wait until everything queued so far is written."""
        self._q.join()

    def close(self) -> None:
        self._q.put(None)
        self._thread.join(timeout=30)


class Breaker:
    """Per endpoint: after repeated vendor failures, rest before trying again."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._fails: dict[tuple[str, str], int] = {}
        self._until: dict[tuple[str, str], float] = {}
        self._clock = clock

    def open(self, key: tuple[str, str]) -> bool:
        until = self._until.get(key)
        if until is None:
            return False
        if self._clock() >= until:
            # half-open: let one call try; a failure re-opens at once
            del self._until[key]
            self._fails[key] = BREAKER_FAILURES - 1
            return False
        return True

    def result(self, key: tuple[str, str], vendor_failure: bool) -> None:
        if not vendor_failure:
            self._fails.pop(key, None)
            return
        n = self._fails.get(key, 0) + 1
        self._fails[key] = n
        if n >= BREAKER_FAILURES:
            self._until[key] = self._clock() + BREAKER_COOLDOWN_S


@dataclass
class _Route:
    entry: DUAEntry
    purpose: GatewayPurpose
    endpoint: GatewayEndpoint
    url: str


class Gateway:
    """The proxy's state: node, configuration, vault, HTTP client, recorder."""

    def __init__(
        self,
        node: Node,
        config: GatewayConfig,
        *,
        config_dir: Path,
        vault: SurrogateVault | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        sla_every_s: float = 5.0,
    ) -> None:
        self.node = node
        self.config = config
        self.config_dir = config_dir
        self.vault = vault or SurrogateVault()
        self.breaker = Breaker()
        self.recorder = Recorder(node, sla_every_s=sla_every_s)
        self._transport = transport
        self.client: httpx.AsyncClient | None = None

    async def start(self) -> None:
        self.client = httpx.AsyncClient(
            transport=self._transport,
            follow_redirects=False,  # a redirect could lead anywhere: refused
            trust_env=False,  # no proxy or netrc from the environment
            timeout=httpx.Timeout(60.0),  # each call sets its DUA's own
            limits=httpx.Limits(max_connections=200, max_keepalive_connections=50),
        )

    async def stop(self) -> None:
        if self.client is not None:
            await self.client.aclose()
        self.recorder.close()

    # -- checks ------------------------------------------------------------------

    def _route(
        self,
        call: Call,
        dua_id: str | None,
        purpose: str | None,
        endpoint: str | None,
        api: str,
        subpath: str | None,
    ) -> _Route:
        if not dua_id or not purpose:
            raise Refused(400, "gateway.no_agreement", "the call names no DUA and purpose")
        if not _ID.match(dua_id) or not _ID.match(purpose):
            raise Refused(400, "gateway.no_agreement", "malformed DUA or purpose name")
        call.dua_id, call.purpose = dua_id, purpose
        client = next(c for c in self.config.clients if c.name == call.client)
        if dua_id not in client.duas:
            raise Refused(403, "gateway.client_scope", "this client may not use that DUA")
        with self.node.store.read() as conn:
            entry = find_dua(conn, dua_id)
        if entry is None:
            raise Refused(403, "gateway.no_agreement", "no such DUA on this node")
        dua = entry.dua
        call.dua_version, call.vendor = entry.version, dua.parties.vendor.id
        if entry.status == "revoked":
            raise Refused(403, "gateway.dua_revoked", "the DUA is revoked")
        today = self.node.clock().date()
        if today < dua.validity.not_before:
            raise Refused(403, "gateway.dua_not_yet_valid", "the DUA is not yet in force")
        if today > dua.validity.not_after:
            raise Refused(403, "gateway.dua_expired", "the DUA has expired")
        terms = dua.gateway
        if terms is None:
            raise Refused(403, "gateway.no_gateway_terms", "the DUA allows no vendor API calls")
        p = terms.purpose(purpose)
        if p is None:
            raise Refused(403, "gateway.purpose", "the DUA does not allow this purpose")
        if endpoint is None:
            candidates = [
                e
                for e in (terms.endpoint(n) for n in p.endpoints)
                if e is not None and e.api == api
            ]
            if len(candidates) != 1:
                raise Refused(
                    400 if candidates else 403,
                    "gateway.endpoint",
                    "name the endpoint (X-Custos-Endpoint)"
                    if candidates
                    else "the purpose has no endpoint for this API",
                )
            ep = candidates[0]
        else:
            if not _ID.match(endpoint):
                raise Refused(400, "gateway.endpoint", "malformed endpoint name")
            got = terms.endpoint(endpoint)
            if got is None or endpoint not in p.endpoints or got.api != api:
                raise Refused(403, "gateway.endpoint", "not a contracted endpoint for this purpose")
            ep = got
        call.endpoint, call.api = ep.name, ep.api
        url = ep.url
        if api == "json":
            if (
                not subpath
                or not _SUBPATH.match(subpath)
                or any(s in (".", "..") for s in subpath.split("/"))
            ):
                raise Refused(400, "gateway.endpoint", "malformed path under the endpoint")
            url = ep.url.rstrip("/") + "/" + subpath
        return _Route(entry, p, ep, url)

    def _authenticate(self, request: Request, call: Call) -> None:
        auth = request.headers.get("authorization", "")
        scheme, _, token = auth.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise Refused(401, "gateway.unauthenticated", "a client token is required")
        client = self.config.client_for(token.strip())
        if client is None:
            raise Refused(401, "gateway.unauthenticated", "unknown client token")
        call.client = client.name

    async def _body(self, request: Request, limit: int, call: Call) -> Any:
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype != "application/json":
            raise Refused(415, "gateway.content_type", "the body must be application/json")
        declared = request.headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            raise Refused(413, "gateway.too_large", f"the body is over the DUA's {limit} bytes")
        chunks: list[bytes] = []
        size = 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise Refused(413, "gateway.too_large", f"the body is over the DUA's {limit} bytes")
            chunks.append(chunk)
        call.bytes_in = size
        try:
            return json.loads(b"".join(chunks))
        except (ValueError, UnicodeDecodeError) as exc:
            raise Refused(400, "gateway.payload", "the body is not valid JSON") from exc

    def _headers(self, route: _Route) -> dict[str, str]:
        headers = {
            "content-type": "application/json",
            "accept": "application/json, text/event-stream",
        }
        up = self.config.upstream(route.entry.dua.id, route.endpoint.name)
        if up is None:
            return headers
        try:
            secret = read_credential(up, self.config_dir)
        except ConfigError as exc:
            raise Refused(500, exc.code, exc.message) from exc
        ep = route.endpoint
        headers[ep.credential_header.lower()] = (
            f"Bearer {secret}" if ep.credential_scheme == "bearer" else secret
        )
        return headers

    # -- the call ----------------------------------------------------------------

    async def handle(
        self,
        request: Request,
        *,
        api: str,
        dua_id: str | None,
        purpose: str | None,
        endpoint: str | None = None,
        subpath: str | None = None,
    ) -> Response:
        call = Call(id="gw-" + secrets.token_hex(8), at=self.node.clock(), t0=time.perf_counter())
        scope: str | None = None
        try:
            if self.recorder.failed is not None:
                raise Refused(
                    503,
                    "gateway.audit_unavailable",
                    "the gateway cannot write its audit log; calls are refused",
                )
            self._authenticate(request, call)
            route = await run_in_threadpool(
                self._route, call, dua_id, purpose, endpoint, api, subpath
            )
            terms = route.entry.dua.gateway
            assert terms is not None
            body = await self._body(request, min(terms.max_request_bytes, HARD_MAX_BODY), call)
            known = _known(body.pop("custos", None)) if isinstance(body, dict) else None
            try:
                payload: Payload = (
                    minimise_chat(body, route.purpose, route.endpoint)
                    if api == "chat_completions"
                    else minimise_json(body, route.purpose)
                )
            except InvalidInput as exc:
                status = 403 if exc.code in ("gateway.purpose_scope", "gateway.model") else 400
                raise Refused(status, exc.code, exc.message) from exc
            call.categories = payload.categories
            call.fields_removed = payload.removed
            call.stream = api == "chat_completions" and payload.body.get("stream") is True
            key = (route.entry.dua.id, route.endpoint.name)
            if self.breaker.open(key):
                raise Refused(
                    503,
                    "gateway.vendor_unavailable",
                    "the vendor endpoint failed repeatedly; resting before a retry",
                )
            headers = self._headers(route)
            patient = request.headers.get("x-custos-patient")
            if patient is not None and not _PATIENT.match(patient):
                raise Refused(400, "gateway.patient", "malformed X-Custos-Patient")
            scope = self.vault.open(route.entry.dua.id, patient, terms.surrogate_retention_hours)
            try:
                red = await run_in_threadpool(self.vault.deidentify, scope, payload.texts, known)
                out_body = payload.rebuild(red.texts)
                data = json.dumps(out_body, ensure_ascii=False).encode("utf-8")
            except Exception as exc:  # fail closed: never send what was not de-identified
                log.error(
                    "gateway: de-identification failed (%s); call refused", type(exc).__name__
                )
                raise Refused(
                    500, "gateway.deid_failed", "de-identification failed; nothing was sent"
                ) from exc
            call.replaced = red.replaced
            call.bytes_sent = len(data)
            if terms.content_logging.enabled:
                call.content_days = terms.content_logging.retention_days
                call.sent = data
            if call.stream:
                return await self._stream(call, route, headers, data, scope, key)
            return await self._plain(call, route, headers, data, scope, key)
        except Refused as r:
            call.status, call.code, call.outcome = r.status, r.code, Outcome.REFUSED
            if scope is not None:
                self.vault.close(scope)
            self.recorder.put(call)
            return _error(r.status, r.code, r.message, call.id)
        except Failed as f:
            call.status, call.code, call.outcome = f.status, f.code, f.outcome
            if call.latency_ms is None and call.sent_at is not None:
                call.latency_ms = (time.perf_counter() - call.sent_at) * 1000.0
            if scope is not None:
                self.vault.close(scope)
            self.breaker.result(
                (call.dua_id or "", call.endpoint or ""),
                f.outcome in (Outcome.VENDOR_ERROR, Outcome.TIMEOUT, Outcome.UNREACHABLE),
            )
            self.recorder.put(call)
            extra = (
                {} if call.upstream_status is None else {"upstream_status": call.upstream_status}
            )
            return _error(f.status, f.code, f.message, call.id, **extra)

    async def _send(
        self, route: _Route, headers: dict[str, str], data: bytes, *, stream: bool
    ) -> httpx.Response:
        assert self.client is not None
        terms = route.entry.dua.gateway
        assert terms is not None
        req = self.client.build_request(
            "POST",
            route.url,
            headers=headers,
            content=data,
            timeout=httpx.Timeout(terms.timeout_seconds, connect=min(10.0, terms.timeout_seconds)),
        )
        try:
            return await self.client.send(req, stream=stream)
        except httpx.TimeoutException as exc:
            raise Failed(
                504, "gateway.vendor_timeout", "the vendor did not answer in time", Outcome.TIMEOUT
            ) from exc
        except httpx.HTTPError as exc:
            raise Failed(
                502,
                "gateway.vendor_unreachable",
                "the vendor could not be reached",
                Outcome.UNREACHABLE,
            ) from exc

    def _vendor_status(self, call: Call, resp: httpx.Response) -> None:
        call.upstream_status = resp.status_code
        if resp.is_redirect or 300 <= resp.status_code < 400:
            raise Failed(
                502,
                "gateway.vendor_redirect",
                "the vendor answered with a redirect, which the gateway does not follow",
                Outcome.VENDOR_REJECTED,
            )
        if resp.status_code >= 500:
            raise Failed(
                502,
                "gateway.vendor_error",
                f"the vendor failed (HTTP {resp.status_code})",
                Outcome.VENDOR_ERROR,
            )

    async def _read(self, resp: httpx.Response) -> bytes:
        chunks: list[bytes] = []
        size = 0
        async for chunk in resp.aiter_bytes():
            size += len(chunk)
            if size > MAX_RESPONSE_BYTES:
                raise Failed(
                    502,
                    "gateway.vendor_too_large",
                    "the vendor's answer is too large",
                    Outcome.FAILED,
                )
            chunks.append(chunk)
        return b"".join(chunks)

    def _reidentify_json(self, scope: str, raw: bytes) -> tuple[bytes, int]:
        doc = json.loads(raw)
        count = 0

        def back(s: str) -> str:
            nonlocal count
            new, n = self.vault.reidentify(scope, s)
            count += n
            return new

        out = walk_strings(doc, back)
        return json.dumps(out, ensure_ascii=False).encode("utf-8"), count

    async def _plain(
        self,
        call: Call,
        route: _Route,
        headers: dict[str, str],
        data: bytes,
        scope: str,
        key: tuple[str, str],
    ) -> Response:
        sent = call.sent_at = time.perf_counter()
        resp = await self._send(route, headers, data, stream=True)
        return await self._answer(call, resp, scope, key, sent)

    async def _answer(
        self, call: Call, resp: httpx.Response, scope: str, key: tuple[str, str], sent: float
    ) -> Response:
        """Read the vendor's whole answer, re-identify it, and hand it on."""
        try:
            try:
                self._vendor_status(call, resp)
                raw = await self._read(resp)
            finally:
                await resp.aclose()
        except httpx.TimeoutException as exc:
            raise Failed(
                504, "gateway.vendor_timeout", "the vendor did not answer in time", Outcome.TIMEOUT
            ) from exc
        except httpx.HTTPError as exc:
            raise Failed(
                502,
                "gateway.vendor_unreachable",
                "the vendor connection failed",
                Outcome.UNREACHABLE,
            ) from exc
        call.latency_ms = (time.perf_counter() - sent) * 1000.0
        call.bytes_received = len(raw)
        if call.content_days is not None:
            call.received = [raw]
        ctype = resp.headers.get("content-type", "").split(";")[0].strip().lower()
        try:
            if ctype == "application/json" or ctype.endswith("+json"):
                body, call.reidentified = await run_in_threadpool(self._reidentify_json, scope, raw)
                media = "application/json"
            elif ctype.startswith("text/"):
                text, call.reidentified = await run_in_threadpool(
                    self.vault.reidentify, scope, raw.decode("utf-8", "replace")
                )
                body, media = text.encode("utf-8"), ctype
            elif resp.status_code < 300:
                body, media = raw, ctype or "application/octet-stream"
            else:
                body, media = b"", "application/json"
        except Exception as exc:
            log.error("gateway: re-identification failed (%s)", type(exc).__name__)
            raise Failed(
                502,
                "gateway.reidentify_failed",
                "the vendor's answer could not be re-identified",
                Outcome.FAILED,
            ) from exc
        finally:
            self.vault.close(scope)
        call.status = resp.status_code
        call.outcome = Outcome.OK if resp.status_code < 300 else Outcome.VENDOR_REJECTED
        self.breaker.result(key, False)
        if resp.status_code >= 400 and not body:
            call.code = "gateway.vendor_rejected"
            self.recorder.put(call)
            return _error(
                resp.status_code,
                "gateway.vendor_rejected",
                f"the vendor refused the call (HTTP {resp.status_code})",
                call.id,
                upstream_status=resp.status_code,
            )
        return Response(
            body,
            status_code=resp.status_code,
            media_type=media,
            headers={"x-custos-call-id": call.id},
            background=BackgroundTask(self.recorder.put, call),
        )

    async def _stream(
        self,
        call: Call,
        route: _Route,
        headers: dict[str, str],
        data: bytes,
        scope: str,
        key: tuple[str, str],
    ) -> Response:
        sent = call.sent_at = time.perf_counter()
        resp = await self._send(route, headers, data, stream=True)
        ctype = resp.headers.get("content-type", "").split(";")[0].strip().lower()
        if resp.status_code >= 300 or ctype != "text/event-stream":
            # an error, or the vendor answered without streaming: a plain answer
            return await self._answer(call, resp, scope, key, sent)
        call.upstream_status = call.status = resp.status_code
        return StreamingResponse(
            self._events(call, resp, scope, key, sent),
            status_code=resp.status_code,
            media_type="text/event-stream",
            headers={"x-custos-call-id": call.id, "cache-control": "no-cache"},
        )

    async def _events(
        self, call: Call, resp: httpx.Response, scope: str, key: tuple[str, str], sent: float
    ) -> AsyncIterator[bytes]:
        """Re-emit the vendor's server-sent events with the content re-identified."""
        streams: dict[int, StreamReidentifier] = {}
        template: dict[str, Any] = {}
        received = 0
        outcome = Outcome.OK

        def reid(idx: int) -> StreamReidentifier:
            if idx not in streams:
                streams[idx] = StreamReidentifier(self.vault, scope)
            return streams[idx]

        def chunk(choices: list[dict[str, Any]]) -> bytes:
            obj = {**template, "choices": choices}
            return b"data: " + json.dumps(obj, ensure_ascii=False).encode("utf-8") + b"\n\n"

        def flush_all() -> bytes:
            rest: list[dict[str, Any]] = []
            for i, s in sorted(streams.items()):
                text = s.flush()
                if text:
                    rest.append({"index": i, "delta": {"content": text}, "finish_reason": None})
            return chunk(rest) if rest else b""

        try:
            async for line in resp.aiter_lines():
                received += len(line) + 1
                if call.content_days is not None:
                    call.received.append(line.encode("utf-8") + b"\n")
                if received > MAX_RESPONSE_BYTES:
                    outcome = Outcome.FAILED
                    break
                if not line.startswith("data:"):
                    if line.startswith(("event:", "id:", "retry:")):
                        yield line.encode("utf-8") + b"\n"
                    elif line == "":
                        continue
                    continue
                value = line[5:].strip()
                if value == "[DONE]":
                    tail = flush_all()
                    if tail:
                        yield tail
                    yield b"data: [DONE]\n\n"
                    continue
                try:
                    obj = json.loads(value)
                except ValueError:
                    outcome = Outcome.FAILED  # cannot re-identify what cannot be read
                    break
                if isinstance(obj, dict) and isinstance(obj.get("choices"), list):
                    template = {
                        k: v for k, v in obj.items() if k in ("id", "object", "created", "model")
                    }
                    for ch in obj["choices"]:
                        if not isinstance(ch, dict):
                            continue
                        idx = ch.get("index", 0) if isinstance(ch.get("index", 0), int) else 0
                        delta = ch.get("delta")
                        if isinstance(delta, dict) and isinstance(delta.get("content"), str):
                            delta["content"] = reid(idx).feed(delta["content"])
                        if ch.get("finish_reason") and idx in streams:
                            if not isinstance(delta, dict):
                                delta = ch["delta"] = {}
                            delta["content"] = (delta.get("content") or "") + streams[idx].flush()
                else:
                    obj = walk_strings(obj, lambda s: self.vault.reidentify(scope, s)[0])
                yield b"data: " + json.dumps(obj, ensure_ascii=False).encode("utf-8") + b"\n\n"
        except httpx.TimeoutException:
            outcome = Outcome.TIMEOUT
        except httpx.HTTPError:
            outcome = Outcome.UNREACHABLE
        finally:
            # Bookkeeping first: if the caller went away this generator is
            # being cancelled, and nothing after an await would run.
            call.reidentified = sum(s.replaced for s in streams.values())
            self.vault.close(scope)
            call.latency_ms = (time.perf_counter() - sent) * 1000.0
            call.bytes_received = received
            call.outcome = outcome
            if outcome is not Outcome.OK:
                call.code = {
                    Outcome.TIMEOUT: "gateway.vendor_timeout",
                    Outcome.UNREACHABLE: "gateway.vendor_unreachable",
                }.get(outcome, "gateway.stream_failed")
            self.breaker.result(key, outcome in (Outcome.TIMEOUT, Outcome.UNREACHABLE))
            self.recorder.put(call)
            await resp.aclose()
        if outcome is not Outcome.OK:
            err = {
                "error": {
                    "code": call.code,
                    "message": "the stream from the vendor broke off",
                    "type": "custos_gateway",
                }
            }
            yield b"data: " + json.dumps(err).encode("utf-8") + b"\n\n"


def create_app(gateway: Gateway) -> FastAPI:
    """The FastAPI application around a :class:`Gateway`."""
    from contextlib import asynccontextmanager

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        await gateway.start()
        try:
            yield
        finally:
            await gateway.stop()

    app = FastAPI(
        title="custos gateway",
        description="DUA-governed proxy to contracted vendor AI APIs (#12).",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )
    app.state.gateway = gateway

    def _h(request: Request, name: str) -> str | None:
        return request.headers.get(name)

    @app.get("/healthz")
    async def healthz() -> dict[str, Any]:
        ok = gateway.recorder.failed is None
        return {"status": "ok" if ok else "refusing", "audit": "ok" if ok else "failed"}

    @app.post("/v1/chat/completions")
    async def chat(request: Request) -> Response:
        return await gateway.handle(
            request,
            api="chat_completions",
            dua_id=_h(request, "x-custos-dua"),
            purpose=_h(request, "x-custos-purpose"),
            endpoint=_h(request, "x-custos-endpoint"),
        )

    @app.post("/dua/{dua_id}/{purpose}/v1/chat/completions")
    async def chat_in_path(request: Request, dua_id: str, purpose: str) -> Response:
        return await gateway.handle(
            request,
            api="chat_completions",
            dua_id=dua_id,
            purpose=purpose,
            endpoint=_h(request, "x-custos-endpoint"),
        )

    @app.post("/json/{endpoint}/{subpath:path}")
    async def generic(request: Request, endpoint: str, subpath: str) -> Response:
        return await gateway.handle(
            request,
            api="json",
            dua_id=_h(request, "x-custos-dua"),
            purpose=_h(request, "x-custos-purpose"),
            endpoint=endpoint,
            subpath=subpath,
        )

    @app.post("/dua/{dua_id}/{purpose}/json/{endpoint}/{subpath:path}")
    async def generic_in_path(
        request: Request, dua_id: str, purpose: str, endpoint: str, subpath: str
    ) -> Response:
        return await gateway.handle(
            request,
            api="json",
            dua_id=dua_id,
            purpose=purpose,
            endpoint=endpoint,
            subpath=subpath,
        )

    @app.exception_handler(CustosError)
    async def _custos_error(_: Request, exc: CustosError) -> JSONResponse:
        return _error(500, exc.code, exc.message, "-")

    @app.exception_handler(Exception)
    async def _any_error(_: Request, exc: Exception) -> JSONResponse:
        log.error("gateway: internal error (%s)", type(exc).__name__)
        return _error(500, "gateway.internal", "internal error", "-")

    return app
