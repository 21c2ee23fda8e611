"""The node's HTTP API (FastAPI): vendor and custodian endpoints.

Every route names one :class:`~custos.api._policy.Action` and depends on
:func:`require` for it; who may do what is the table in
:mod:`custos.api._policy`, nowhere else. Handlers call the same services as
the CLI, on a per-request view of the node whose audit actor is the
authenticated principal (``custodian:alice``, ``vendor:acme-ai``), so every
state change lands in the audit log under who asked for it.

Errors are ``{"error": {"code", "message", "details"}}`` with the stable
``code`` of the :class:`~custos.core.CustosError` behind them; no traceback
and no request content ever reaches a body or a log line.
"""

from __future__ import annotations

import dataclasses
import io
import json
import logging
import re
import tempfile
import time
import zipfile
from collections.abc import AsyncIterator, Callable, Coroutine
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import Body, Depends, FastAPI, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse
from starlette.routing import Mount

from custos import __version__
from custos.api._accounts import (
    AuthError,
    Forbidden,
    SessionInfo,
    check_password,
    close_session,
    find_session,
    open_session,
    record_login_failure,
    use_nonce,
)
from custos.api._middleware import GuardMiddleware, RateLimitMiddleware, error_response
from custos.api._policy import VENDOR_OWN_ONLY, Action, Role, allowed, is_public
from custos.api._ratelimit import DatabaseRateLimiter, MemoryRateLimiter, RateLimiter
from custos.api._signing import SIGNATURE_HEADER, verify_request
from custos.core._clock import Clock, utcnow
from custos.core._config import Settings
from custos.core._errors import (
    ConfigError,
    Conflict,
    CustosError,
    IntegrityError,
    InvalidInput,
    NotFound,
    PolicyDenied,
    SignatureError,
    StorageError,
)
from custos.ledger._audit import AuditLog
from custos.node._node import Node, open_node

if TYPE_CHECKING:
    from custos.node import DatasetRecord, DUAEntry

log = logging.getLogger("custos.api")

PREFIX = "/api/v1"
SESSION_COOKIE = "custos_session"
CSRF_HEADER = "x-csrf-token"
_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
_JOB_ID = re.compile(r"^job-[0-9a-f]{16}$")


@dataclass(frozen=True)
class ApiConfig:
    """Limits and security settings of one API server."""

    max_body_bytes: int = 1024 * 1024
    # The body of a contract sent for review (its file, base64 in JSON, or the
    # console's upload form); a reader refuses a file over 20 MiB anyway.
    max_upload_bytes: int = 16 * 1024 * 1024
    rate_per_minute: int = 600
    login_rate_per_minute: int = 10
    session_ttl: timedelta = timedelta(hours=8)
    # A session unused this long ends (automatic logoff, HIPAA 164.312(a)(2)(iii)).
    idle_timeout: timedelta = timedelta(minutes=15)
    signature_window_s: float = 300.0
    # Set under TLS: the session cookie is then sent over HTTPS only.
    secure_cookies: bool = False
    # The host names this node answers to (Host header, without the port); empty: any.
    # ``custos serve`` always sets them; vendors' signatures cover the Host header.
    server_names: frozenset[str] = frozenset()
    # Where the rate limits live: "memory" (this process only) or "database"
    # (shared by every server process on the node database; ``custos serve
    # --workers N`` uses it).
    rate_limit_store: str = "memory"

    def to_json(self) -> dict[str, Any]:
        """The settings as JSON (what ``custos serve --workers N`` hands each process)."""
        d = dataclasses.asdict(self)
        d["session_ttl"] = self.session_ttl.total_seconds()
        d["idle_timeout"] = self.idle_timeout.total_seconds()
        d["server_names"] = sorted(self.server_names)
        return d

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> ApiConfig:
        return cls(
            **{
                **d,
                "session_ttl": timedelta(seconds=float(d["session_ttl"])),
                "idle_timeout": timedelta(seconds=float(d["idle_timeout"])),
                "server_names": frozenset(d["server_names"]),
            }
        )


@dataclass(frozen=True)
class Principal:
    """Who is asking: a person (session) or a vendor (signed request)."""

    role: Role
    name: str
    via: str  # "session-cookie", "bearer" or "signature"
    session: SessionInfo | None = None
    token: str | None = None

    @property
    def actor(self) -> str:
        return f"{self.role.value}:{self.name}"

    def to_dict(self) -> dict[str, Any]:
        return {"role": self.role.value, "name": self.name, "actor": self.actor, "via": self.via}


@dataclass
class _ActingNode(Node):
    """The node as one principal acts on it: every audit actor is that principal."""

    acting_as: str = "anonymous"

    def actor(self, role: str) -> str:
        return self.acting_as


def _acting(base: Node, actor: str, user: str) -> Node:
    settings = dataclasses.replace(base.settings, user=user)
    # A fresh AuditLog per request: it remembers the head it last appended.
    audit = AuditLog(
        signer=base.key,
        node_id=base.node_id,
        checkpoint_every=settings.checkpoint_every,
        clock=base.clock,
    )
    return _ActingNode(
        settings, base.key, base.node_id, base.store, audit, base.policy, base.clock, actor
    )


# -- errors ----------------------------------------------------------------------

_STATUS: list[tuple[type[CustosError], int]] = [
    (AuthError, 401),
    (Forbidden, 403),
    (InvalidInput, 400),
    (SignatureError, 400),
    (NotFound, 404),
    (Conflict, 409),
    (PolicyDenied, 403),
    (ConfigError, 500),
    (IntegrityError, 500),
    (StorageError, 503),
]


def status_for(exc: CustosError) -> int:
    for cls, status in _STATUS:
        if isinstance(exc, cls):
            return status
    return 500


def _custos_error(_: Request, exc: Exception) -> Response:
    assert isinstance(exc, CustosError)
    status = status_for(exc)
    if status >= 500:
        # A server-side failure: its code only (its message may name server paths).
        log.error("request failed: %s", exc.code)
        return error_response(status, exc.code, "the node cannot complete this request")
    headers = {"WWW-Authenticate": "Custos"} if status == 401 else None
    return error_response(status, exc.code, exc.message, list(exc.details), headers=headers)


def _validation_error(_: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    errors = exc.errors()
    if any(e.get("type") == "json_invalid" for e in errors):
        return error_response(400, "request.malformed_json", "the request body is not valid JSON")
    # Where and what, never the offending input (it may be anything).
    details = [
        f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', 'invalid')}"
        for e in errors[:50]
    ]
    return error_response(400, "request.invalid", "the request is invalid", details)


def _http_error(_: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    code = {404: "http.not_found", 405: "http.method_not_allowed"}.get(
        exc.status_code, f"http.{exc.status_code}"
    )
    return error_response(exc.status_code, code, "no such endpoint or method")


# -- authentication and the policy dependency ---------------------------------------


def _base(request: Request) -> Node:
    node = request.app.state.node
    assert isinstance(node, Node)
    return node


def _config(request: Request) -> ApiConfig:
    cfg = request.app.state.config
    assert isinstance(cfg, ApiConfig)
    return cfg


def _vendor_for_key(node: Node, key_text: str) -> str:
    from custos.node._registry import list_duas

    vendors = {
        e.dua.parties.vendor.id
        for e in list_duas(node)
        if e.status == "active" and e.dua.parties.vendor.public_key == key_text
    }
    if len(vendors) != 1:
        raise AuthError(
            "this key is not registered for a vendor in an active DUA", code="auth.unknown_key"
        )
    return vendors.pop()


async def _authenticate(request: Request) -> Principal | None:
    """The principal a request's credentials name, or None if it carries none."""
    node = _base(request)
    if SIGNATURE_HEADER in request.headers:
        body = await request.body()
        raw_path = request.scope.get("raw_path") or request.url.path.encode("utf-8")
        target = bytes(raw_path).decode("latin-1")
        if request.scope.get("query_string"):
            target += "?" + bytes(request.scope["query_string"]).decode("latin-1")
        signed = verify_request(
            request.headers,
            request.method,
            target,
            body,
            now=time.time(),
            window_s=_config(request).signature_window_s,
        )
        vendor = await run_in_threadpool(_vendor_for_key, node, signed.key.to_text())
        expires = node.clock() + timedelta(seconds=2 * _config(request).signature_window_s)
        await run_in_threadpool(
            lambda: use_nonce(node, signed.key.key_id, signed.nonce, expires_at=expires)
        )
        return Principal(Role.VENDOR, vendor, "signature")
    auth = request.headers.get("authorization")
    if auth is not None:
        scheme, _, token = auth.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise AuthError("the Authorization header is malformed", code="auth.malformed")
        info = await run_in_threadpool(
            lambda: find_session(node, token.strip(), idle=_config(request).idle_timeout)
        )
        return Principal(info.role, info.username, "bearer", info, token.strip())
    cookie = request.cookies.get(SESSION_COOKIE)
    if cookie:
        info = await run_in_threadpool(
            lambda: find_session(node, cookie, idle=_config(request).idle_timeout)
        )
        return Principal(info.role, info.username, "session-cookie", info, cookie)
    return None


Dependency = Callable[[Request], Coroutine[Any, Any, Principal | None]]


def require(action: Action) -> Dependency:
    """The dependency that lets a request through only if the policy table allows it."""

    async def dependency(request: Request) -> Principal | None:
        principal = await _authenticate(request)
        if is_public(action):
            return principal
        if principal is None:
            raise AuthError("authentication required", code="auth.required")
        if not allowed(action, principal.role):
            raise Forbidden(
                f"role {principal.role.value} may not do {action.value}", code="auth.forbidden"
            )
        if (
            principal.via == "session-cookie"
            and request.method not in _SAFE_METHODS
            and (
                principal.session is None
                or not principal.session.csrf_ok(request.headers.get(CSRF_HEADER))
            )
        ):
            raise Forbidden(
                "a cookie-authenticated change needs the session's X-CSRF-Token header",
                code="auth.csrf",
            )
        return principal

    dependency.custos_action = action  # type: ignore[attr-defined]
    return dependency


def _acting_node(request: Request, principal: Principal) -> Node:
    return _acting(_base(request), principal.actor, principal.name)


def _who(principal: Principal | None) -> Principal:
    assert principal is not None  # only public actions pass None
    return principal


def _name(value: str, what: str) -> str:
    if not _NAME.match(value) or ".." in value:
        raise InvalidInput(
            f"{what} must be 1 to 64 letters, digits, '.', '_' or '-'", code="input.name"
        )
    return value


def _job_id(value: str) -> str:
    if not _JOB_ID.match(value):
        raise NotFound("no such job on this node", code="job.not_found")
    return value


# -- request bodies ------------------------------------------------------------------


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class LoginBody(_Body):
    username: str = Field(max_length=64)
    password: str = Field(max_length=1024)


class ReasonBody(_Body):
    reason: str = Field(min_length=1, max_length=2000)


class DatasetBody(_Body):
    name: str = Field(max_length=64)
    file: str = Field(max_length=255, description="A file name in the node's imports/ folder.")
    card: dict[str, Any]


class IncidentBody(_Body):
    kind: str = Field(max_length=64)
    summary: str = Field(max_length=2000)
    severity: str = "medium"
    job: str | None = Field(default=None, max_length=40)
    dua: str | None = Field(default=None, max_length=64)
    datasets: list[str] = Field(default_factory=list, max_length=50)
    confirmed: bool = False


class NoteBody(_Body):
    note: str | None = Field(default=None, max_length=2000)


class IncidentUpdateBody(_Body):
    containment: list[str] = Field(default_factory=list, max_length=50)
    scope: dict[str, int | str] = Field(default_factory=dict, max_length=50)
    severity: str | None = Field(default=None, max_length=16)
    note: str | None = Field(default=None, max_length=2000)


class NotifiedBody(_Body):
    to: str | None = Field(default=None, max_length=200)
    note: str | None = Field(default=None, max_length=2000)


class ExportBody(_Body):
    to: str | None = Field(default=None, max_length=200)


class PackBody(_Body):
    start: datetime = Field(alias="from")
    end: datetime = Field(alias="to")
    recipient: str | None = Field(default=None, max_length=200)


# -- the application ----------------------------------------------------------------------


def _limiter(node: Node, cfg: ApiConfig, per_minute: int, scope: str) -> RateLimiter:
    if cfg.rate_limit_store == "memory":
        return MemoryRateLimiter(per_minute)
    if cfg.rate_limit_store == "database":
        return DatabaseRateLimiter(node.store, per_minute, scope=scope)
    raise InvalidInput(
        f"unknown rate-limit store {cfg.rate_limit_store!r} (memory or database)",
        code="serve.rate_store",
    )


def create_app(
    settings: Settings, config: ApiConfig | None = None, *, clock: Clock = utcnow
) -> FastAPI:
    """The API over the node in ``settings.home`` (opened now, closed at shutdown)."""
    cfg = config or ApiConfig()
    node = open_node(settings, clock=clock)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        node.close()

    app = FastAPI(
        title="custos node API",
        version=__version__,
        description=(
            "Compute-to-data for clinical AI. Vendors authenticate every request with the "
            "Ed25519 key their DUA registers (X-Custos-Key, -Timestamp, -Nonce, -Signature, "
            "over method, Host, path, body hash, time and nonce); "
            "people with a session from POST /api/v1/session (Bearer token, or the HttpOnly "
            "cookie plus X-CSRF-Token for changes)."
        ),
        lifespan=lifespan,
    )
    app.state.node = node
    app.state.config = cfg
    app.add_exception_handler(CustosError, _custos_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    _routes(app)
    from custos.api._contracts import UPLOAD_PATHS, contract_routes

    contract_routes(app)
    # The people's web console (#8): HTML pages under /console, same policy table.
    from custos.api._console import CONSOLE_PREFIX, CONTRACT_UPLOAD_PATH, mount_console

    mount_console(app, node, cfg)
    # Added last = outermost: the guard sees every request first.
    app.add_middleware(
        RateLimitMiddleware,
        general=_limiter(node, cfg, cfg.rate_per_minute, "general"),
        login=_limiter(node, cfg, cfg.login_rate_per_minute, "login"),
        login_path=f"{PREFIX}/session",
        extra_login_paths=(f"{CONSOLE_PREFIX}/login",),
    )
    app.add_middleware(
        GuardMiddleware,
        max_body_bytes=cfg.max_body_bytes,
        form_prefix=f"{CONSOLE_PREFIX}/",
        server_names=cfg.server_names,
        upload_paths=frozenset({*UPLOAD_PATHS, CONTRACT_UPLOAD_PATH}),
        max_upload_bytes=cfg.max_upload_bytes,
    )
    check_routes(app)
    return app


# -- changes sent over the network (the API and the console) -----------------------------


def register_with_card(node: Node, name: str, path: Path, card_text: str) -> DatasetRecord:
    """Register ``path`` as dataset ``name`` with a data card sent as text (YAML or JSON)."""
    from custos.node import register_dataset

    with tempfile.TemporaryDirectory(prefix="custos-card-") as tmp:
        card = Path(tmp) / "card.yaml"
        card.write_text(card_text, encoding="utf-8")
        return register_dataset(node, name, path, card)


def add_dua_inline(node: Node, document: Any, text: str) -> DUAEntry:
    """Register a DUA sent over the network: ``document`` parsed from ``text``.

    Its vendor key must be inline: ``public_key_file`` would name a file on the node.
    """
    from custos.node import add_dua

    parties = document.get("parties") if isinstance(document, dict) else None
    vendor = parties.get("vendor") if isinstance(parties, dict) else None
    if isinstance(vendor, dict) and "public_key_file" in vendor:
        raise InvalidInput(
            "over the network a DUA carries the vendor's key inline "
            '(parties.vendor.public_key: "ed25519:..."), not public_key_file',
            code="dua.invalid",
        )
    with tempfile.TemporaryDirectory(prefix="custos-dua-") as tmp:
        path = Path(tmp) / "dua.yaml"
        path.write_text(text, encoding="utf-8")
        return add_dua(node, path)


def audit_export_download(node: Node, to: str | None) -> Response:
    """The audit-log export for recipient ``to`` (None: the hospital) as a download."""
    from custos.governance._destinations import export_audit_log

    with tempfile.TemporaryDirectory(prefix="custos-export-") as tmp:
        path = Path(tmp) / "audit-export.jsonl"
        export_audit_log(node, path, to=to)
        data = path.read_bytes()
    return Response(
        data,
        media_type="application/x-ndjson",
        headers={"Content-Disposition": 'attachment; filename="audit-export.jsonl"'},
    )


def evidence_pack_files(
    node: Node, start: datetime, end: datetime, recipient: str | None
) -> tuple[bytes, bytes]:
    """Write the signed evidence pack for a period; its pack.json and pack.html bytes."""
    from custos.governance._report import HTML_FILE, PACK_FILE, write_pack

    with tempfile.TemporaryDirectory(prefix="custos-pack-") as tmp:
        out = Path(tmp) / "pack"
        write_pack(node, start, end, out, recipient=recipient)
        return (out / PACK_FILE).read_bytes(), (out / HTML_FILE).read_bytes()


def route_action(route: APIRoute) -> Action | None:
    for dep in route.dependant.dependencies:
        action = getattr(dep.call, "custos_action", None)
        if isinstance(action, Action):
            return action
    return None


def check_routes(app: FastAPI) -> None:
    """Deny by default: refuse to serve a route that names no policy action
    (mounted FastAPI apps, such as the console, included)."""
    missing = [r.path for r in app.routes if isinstance(r, APIRoute) and route_action(r) is None]
    for mount in app.routes:
        if isinstance(mount, Mount) and isinstance(mount.app, FastAPI):
            check_routes(mount.app)
        elif isinstance(mount, Mount):
            missing.append(mount.path)
    if missing:
        raise RuntimeError(f"routes without a policy action: {missing}")


def P(action: Action) -> Any:  # short: it sits in every route's signature
    """``Depends(require(action))``: the route's one policy check."""
    return Depends(require(action))


def _routes(app: FastAPI) -> None:

    # -- public ---------------------------------------------------------------------

    @app.get("/healthz", tags=["node"])
    def health(_: Annotated[Principal | None, P(Action.HEALTH)]) -> dict[str, Any]:
        return {"ok": True, "version": __version__}

    @app.post(f"{PREFIX}/session", tags=["session"], status_code=201)
    def login(
        request: Request,
        response: Response,
        body: LoginBody,
        _: Annotated[Principal | None, P(Action.SESSION_OPEN)],
    ) -> dict[str, Any]:
        base = _base(request)
        try:
            user = check_password(base, body.username, body.password)
        except AuthError:
            record_login_failure(base, body.username)
            raise
        node = _acting(base, f"{user.role.value}:{user.name}", user.name)
        opened = open_session(node, user, ttl=_config(request).session_ttl)
        response.set_cookie(
            SESSION_COOKIE,
            opened.token,
            max_age=int(_config(request).session_ttl.total_seconds()),
            httponly=True,
            samesite="strict",
            secure=_config(request).secure_cookies,
            path="/",
        )
        return {
            "token": opened.token,
            "csrf_token": opened.csrf_token,
            "expires_at": opened.expires_at.isoformat(),
            "user": user.name,
            "role": user.role.value,
        }

    @app.delete(f"{PREFIX}/session", tags=["session"])
    def logout(
        request: Request,
        response: Response,
        principal: Annotated[Principal | None, P(Action.SESSION_CLOSE)],
    ) -> dict[str, Any]:
        who = _who(principal)
        assert who.token is not None
        close_session(_acting_node(request, who), who.token, actor=who.actor)
        response.delete_cookie(SESSION_COOKIE, path="/")
        return {"closed": True}

    @app.get(f"{PREFIX}/whoami", tags=["session"])
    def whoami(principal: Annotated[Principal | None, P(Action.WHOAMI)]) -> dict[str, Any]:
        return _who(principal).to_dict()

    # -- jobs -----------------------------------------------------------------------------

    def _visible(who: Principal, job: Any, action: Action) -> bool:
        return not (
            who.role is Role.VENDOR and action in VENDOR_OWN_ONLY and job.spec.vendor != who.name
        )

    @app.post(f"{PREFIX}/jobs", tags=["vendor"], status_code=201)
    def submit(
        request: Request,
        envelope: Annotated[dict[str, Any], Body()],
        principal: Annotated[Principal | None, P(Action.JOB_SUBMIT)],
    ) -> dict[str, Any]:
        from custos.jobs._spec import unverified_payload
        from custos.node import get_dua, submit_job

        who = _who(principal)
        node = _acting_node(request, who)
        claimed = unverified_payload(envelope)
        dua = get_dua(node, claimed.dua) if _NAME.match(claimed.dua) else None
        if claimed.vendor != who.name or dua is None or dua.dua.parties.vendor.id != who.name:
            raise Forbidden(
                "a vendor submits only its own jobs, under a DUA that names it",
                code="auth.vendor_mismatch",
            )
        job = submit_job(node, envelope)
        return job.to_dict()

    @app.get(f"{PREFIX}/jobs", tags=["vendor", "custodian"])
    def jobs_list(
        request: Request,
        principal: Annotated[Principal | None, P(Action.JOB_LIST)],
        state: Annotated[str | None, Query(max_length=24)] = None,
    ) -> list[dict[str, Any]]:
        from custos.jobs import JobState
        from custos.node import list_jobs

        who = _who(principal)
        try:
            st = JobState(state.upper()) if state else None
        except ValueError as exc:
            raise InvalidInput("unknown job state", code="job.state") from exc
        jobs = list_jobs(_base(request), state=st)
        return [
            {k: v for k, v in j.to_dict().items() if k != "spec"}
            for j in jobs
            if _visible(who, j, Action.JOB_LIST)
        ]

    @app.get(f"{PREFIX}/jobs/{{job_id}}", tags=["vendor", "custodian"])
    def job_show(
        request: Request,
        job_id: str,
        principal: Annotated[Principal | None, P(Action.JOB_SHOW)],
    ) -> dict[str, Any]:
        from custos.node import get_job

        who = _who(principal)
        job = get_job(_base(request), _job_id(job_id))
        if not _visible(who, job, Action.JOB_SHOW):
            # The same answer as for a job that does not exist: no oracle.
            raise NotFound(f"no job '{job_id}' on this node", code="job.not_found")
        return job.to_dict()

    @app.get(f"{PREFIX}/jobs/{{job_id}}/bundle", tags=["vendor"])
    def job_bundle(
        request: Request,
        job_id: str,
        principal: Annotated[Principal | None, P(Action.JOB_FETCH)],
        to: Annotated[str | None, Query(max_length=200)] = None,
    ) -> Response:
        from custos.node import fetch_bundle, get_job

        who = _who(principal)
        job = get_job(_base(request), _job_id(job_id))
        if not _visible(who, job, Action.JOB_FETCH):
            raise NotFound(f"no job '{job_id}' on this node", code="job.not_found")
        if who.role is Role.VENDOR and to is not None:
            raise Forbidden("a vendor fetches its bundle for itself", code="auth.forbidden")
        buf = io.BytesIO()
        with tempfile.TemporaryDirectory(prefix="custos-bundle-") as tmp:
            files = fetch_bundle(_acting_node(request, who), job_id, Path(tmp) / "b", to=to)
            with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
                for f in files:
                    zf.write(f, arcname=f"{job_id}/{f.name}")
        return Response(
            buf.getvalue(),
            media_type="application/zip",
            headers={"Content-Disposition": f'attachment; filename="{job_id}.zip"'},
        )

    @app.get(f"{PREFIX}/jobs/{{job_id}}/report", tags=["custodian", "privacy officer"])
    def job_report(
        request: Request,
        job_id: str,
        principal: Annotated[Principal | None, P(Action.JOB_REPORT)],
    ) -> dict[str, Any]:
        """The job's leakage-audit report, or a synthesis job's disclosure report."""
        from custos.node import job_report

        _who(principal)
        _, report = job_report(_base(request), _job_id(job_id))
        return report

    @app.post(f"{PREFIX}/jobs/{{job_id}}/approve", tags=["custodian"])
    def job_approve(
        request: Request,
        job_id: str,
        principal: Annotated[Principal | None, P(Action.JOB_APPROVE)],
    ) -> dict[str, Any]:
        from custos.node import approve_job

        who = _who(principal)
        return approve_job(_acting_node(request, who), _job_id(job_id), approver=who.name).to_dict()

    @app.post(f"{PREFIX}/jobs/{{job_id}}/reject", tags=["custodian"])
    def job_reject(
        request: Request,
        job_id: str,
        body: ReasonBody,
        principal: Annotated[Principal | None, P(Action.JOB_REJECT)],
    ) -> dict[str, Any]:
        from custos.node import reject_job

        who = _who(principal)
        job = reject_job(
            _acting_node(request, who), _job_id(job_id), reason=body.reason, by=who.name
        )
        return job.to_dict()

    # -- datasets and DUAs ---------------------------------------------------------------

    def _dataset_dict(rec: Any) -> dict[str, Any]:
        return {k: v for k, v in rec.to_dict().items() if k != "path"}

    @app.get(f"{PREFIX}/datasets", tags=["custodian"])
    def datasets_list(
        request: Request, _: Annotated[Principal | None, P(Action.DATASET_LIST)]
    ) -> list[dict[str, Any]]:
        from custos.node import list_datasets

        return [
            {k: v for k, v in _dataset_dict(r).items() if k != "card"}
            for r in list_datasets(_base(request))
        ]

    @app.get(f"{PREFIX}/datasets/{{name}}", tags=["custodian"])
    def dataset_show(
        request: Request, name: str, _: Annotated[Principal | None, P(Action.DATASET_SHOW)]
    ) -> dict[str, Any]:
        from custos.node import get_dataset

        return _dataset_dict(get_dataset(_base(request), _name(name, "a dataset name")))

    @app.post(f"{PREFIX}/datasets", tags=["custodian"], status_code=201)
    def dataset_add(
        request: Request,
        body: DatasetBody,
        principal: Annotated[Principal | None, P(Action.DATASET_ADD)],
    ) -> dict[str, Any]:

        who = _who(principal)
        name = _name(body.name, "a dataset name")
        file_name = _name(body.file, "the dataset file name")
        node = _acting_node(request, who)
        imports = (node.settings.home / "imports").resolve()
        path = (imports / file_name).resolve()
        if path.parent != imports or not path.is_file():
            raise InvalidInput(
                "the dataset file must be a file in the node's imports/ folder",
                code="input.path",
            )
        return _dataset_dict(register_with_card(node, name, path, json.dumps(body.card)))

    @app.post(f"{PREFIX}/datasets/{{name}}/withdraw", tags=["custodian"])
    def dataset_withdraw(
        request: Request,
        name: str,
        body: ReasonBody,
        principal: Annotated[Principal | None, P(Action.DATASET_WITHDRAW)],
    ) -> dict[str, Any]:
        """Withdraw: reject its open jobs, freeze its budget, purge what the node derived."""
        from custos.governance._retention import withdraw_dataset

        who = _who(principal)
        report = withdraw_dataset(
            _acting_node(request, who),
            _name(name, "a dataset name"),
            actor=who.actor,
            reason=body.reason,
        )
        result: dict[str, Any] = report.to_dict()
        return result

    @app.get(f"{PREFIX}/data-map", tags=["custodian", "privacy officer"])
    def data_map_all(
        request: Request, _: Annotated[Principal | None, P(Action.DATA_MAP)]
    ) -> list[dict[str, Any]]:
        """Every dataset's fields by category and legal category, purposes, DUAs and jobs."""
        from custos.governance._datamap import data_map

        return data_map(_base(request))

    @app.get(f"{PREFIX}/duas", tags=["custodian"])
    def duas_list(
        request: Request, _: Annotated[Principal | None, P(Action.DUA_LIST)]
    ) -> list[dict[str, Any]]:
        from custos.node import list_duas

        return [
            {k: v for k, v in e.to_dict().items() if k != "dua"}
            | {
                "vendor": e.dua.parties.vendor.id,
                "datasets": list(e.dua.datasets),
                "valid_until": str(e.dua.validity.not_after),
            }
            for e in list_duas(_base(request))
        ]

    @app.get(f"{PREFIX}/duas/{{dua_id}}", tags=["custodian"])
    def dua_show(
        request: Request,
        dua_id: str,
        _: Annotated[Principal | None, P(Action.DUA_SHOW)],
        version: Annotated[int | None, Query(ge=1)] = None,
    ) -> dict[str, Any]:
        from custos.node import get_dua

        return get_dua(_base(request), _name(dua_id, "a DUA id"), version).to_dict()

    @app.post(f"{PREFIX}/duas", tags=["custodian"], status_code=201)
    def dua_add(
        request: Request,
        document: Annotated[dict[str, Any], Body()],
        principal: Annotated[Principal | None, P(Action.DUA_ADD)],
    ) -> dict[str, Any]:

        node = _acting_node(request, _who(principal))
        return add_dua_inline(node, document, json.dumps(document)).to_dict()

    @app.post(f"{PREFIX}/duas/{{dua_id}}/revoke", tags=["custodian"])
    def dua_revoke(
        request: Request,
        dua_id: str,
        body: ReasonBody,
        principal: Annotated[Principal | None, P(Action.DUA_REVOKE)],
    ) -> dict[str, Any]:
        from custos.node import revoke_dua

        node = _acting_node(request, _who(principal))
        entry, rejected = revoke_dua(node, _name(dua_id, "a DUA id"), body.reason)
        return {"id": entry.dua.id, "status": entry.status, "rejected_jobs": rejected}

    @app.get(f"{PREFIX}/budgets/{{dataset}}", tags=["custodian"])
    def budget(
        request: Request, dataset: str, _: Annotated[Principal | None, P(Action.BUDGET_SHOW)]
    ) -> dict[str, Any]:
        from custos.node import budget_status, get_dataset

        name = _name(dataset, "a dataset name")
        get_dataset(_base(request), name)  # 404 for an unknown dataset
        status: dict[str, Any] = budget_status(_base(request), name)
        return status

    @app.get(f"{PREFIX}/certificates", tags=["custodian", "auditor"])
    def certificates_list(
        request: Request, _: Annotated[Principal | None, P(Action.CERTIFICATE_LIST)]
    ) -> list[dict[str, Any]]:
        from custos.governance._retention import list_certificates

        return [c.to_dict() for c in list_certificates(_base(request))]

    @app.get(f"{PREFIX}/certificates/{{cert_id}}", tags=["custodian", "auditor"])
    def certificate_show(
        request: Request,
        cert_id: str,
        _: Annotated[Principal | None, P(Action.CERTIFICATE_SHOW)],
    ) -> dict[str, Any]:
        """One signed deletion certificate with its envelope, verified by the node."""
        from custos.governance._retention import get_certificate, verify_certificate

        node = _base(request)
        cert = get_certificate(node, _name(cert_id, "a certificate id"))
        verified = verify_certificate(cert.envelope, node.key.public_key)
        return {**cert.to_dict(with_envelope=True), "statement": verified.statement}

    @app.post(f"{PREFIX}/purge", tags=["custodian"])
    def purge_now(
        request: Request, principal: Annotated[Principal | None, P(Action.PURGE)]
    ) -> dict[str, Any]:
        from custos.governance._retention import purge

        report = purge(_acting_node(request, _who(principal)))
        result: dict[str, Any] = report.to_dict()
        return result

    # -- incidents ------------------------------------------------------------------------

    @app.get(f"{PREFIX}/incidents", tags=["privacy officer"])
    def incidents_list(
        request: Request,
        _: Annotated[Principal | None, P(Action.INCIDENT_LIST)],
        status: Annotated[str | None, Query(max_length=16)] = None,
    ) -> list[dict[str, Any]]:
        from custos.governance._incidents import list_incidents, parse_status

        node = _base(request)
        st = parse_status(status) if status else None
        now = node.clock()
        return [i.to_dict(now) for i in list_incidents(node, status=st)]

    @app.get(f"{PREFIX}/incidents/{{incident_id}}", tags=["privacy officer"])
    def incident_show(
        request: Request,
        incident_id: str,
        _: Annotated[Principal | None, P(Action.INCIDENT_SHOW)],
    ) -> dict[str, Any]:
        from custos.governance._incidents import show_incident

        node = _base(request)
        inc, events = show_incident(node, _name(incident_id, "an incident id"))
        return {**inc.to_dict(node.clock()), "events": [e.to_dict() for e in events]}

    @app.post(f"{PREFIX}/incidents", tags=["privacy officer"], status_code=201)
    def incident_open(
        request: Request,
        body: IncidentBody,
        principal: Annotated[Principal | None, P(Action.INCIDENT_OPEN)],
    ) -> dict[str, Any]:
        from custos.governance._incidents import clean_text, parse_severity, report_incident

        who = _who(principal)
        if body.confirmed and not allowed(Action.INCIDENT_CONFIRM, who.role):
            # Opening an incident as confirmed is a confirmation: the privacy officer's call.
            raise Forbidden(
                "only a privacy officer confirms an incident; open it as suspected",
                code="auth.forbidden",
            )
        node = _acting_node(request, who)
        inc = report_incident(
            node,
            kind=clean_text(body.kind, "kind"),
            actor=who.actor,
            severity=parse_severity(body.severity),
            job_id=body.job,
            dua_id=body.dua,
            datasets=[_name(d, "a dataset name") for d in body.datasets],
            summary=clean_text(body.summary, "summary"),
            confirmed=body.confirmed,
        )
        return inc.to_dict(node.clock())

    def _incident_change(
        request: Request, who: Principal, fn: Any, incident_id: str, **kwargs: Any
    ) -> dict[str, Any]:
        node = _acting_node(request, who)
        inc = fn(node, _name(incident_id, "an incident id"), actor=who.actor, **kwargs)
        result: dict[str, Any] = inc.to_dict(node.clock())
        return result

    @app.post(f"{PREFIX}/incidents/{{incident_id}}/confirm", tags=["privacy officer"])
    def incident_confirm(
        request: Request,
        incident_id: str,
        body: NoteBody,
        principal: Annotated[Principal | None, P(Action.INCIDENT_CONFIRM)],
    ) -> dict[str, Any]:
        from custos.governance._incidents import confirm_incident

        return _incident_change(
            request, _who(principal), confirm_incident, incident_id, note=body.note
        )

    @app.post(f"{PREFIX}/incidents/{{incident_id}}/update", tags=["privacy officer"])
    def incident_update(
        request: Request,
        incident_id: str,
        body: IncidentUpdateBody,
        principal: Annotated[Principal | None, P(Action.INCIDENT_UPDATE)],
    ) -> dict[str, Any]:
        from custos.governance._incidents import parse_severity, update_incident

        bad = [k for k in body.scope if not _NAME.match(k)]
        if bad:
            raise InvalidInput(
                "scope keys are names: letters, digits, '.', '_' or '-'", code="incident.scope"
            )
        return _incident_change(
            request,
            _who(principal),
            update_incident,
            incident_id,
            containment=body.containment,
            scope=body.scope,
            severity=parse_severity(body.severity) if body.severity else None,
            note=body.note,
        )

    @app.get(f"{PREFIX}/incidents/{{incident_id}}/notice", tags=["privacy officer"])
    def incident_notice(
        request: Request,
        incident_id: str,
        _: Annotated[Principal | None, P(Action.INCIDENT_NOTICE)],
    ) -> dict[str, Any]:
        from custos.governance._incidents import notice, show_incident

        node = _base(request)
        inc, _events = show_incident(node, _name(incident_id, "an incident id"))
        result: dict[str, Any] = notice(inc, node.clock()).to_dict()
        return result

    @app.post(f"{PREFIX}/incidents/{{incident_id}}/notified", tags=["privacy officer"])
    def incident_notified(
        request: Request,
        incident_id: str,
        body: NotifiedBody,
        principal: Annotated[Principal | None, P(Action.INCIDENT_NOTIFY)],
    ) -> dict[str, Any]:
        from custos.governance._incidents import mark_notified

        return _incident_change(
            request, _who(principal), mark_notified, incident_id, to=body.to, note=body.note
        )

    @app.post(f"{PREFIX}/incidents/{{incident_id}}/close", tags=["privacy officer"])
    def incident_close(
        request: Request,
        incident_id: str,
        body: ReasonBody,
        principal: Annotated[Principal | None, P(Action.INCIDENT_CLOSE)],
    ) -> dict[str, Any]:
        from custos.governance._incidents import close_incident

        return _incident_change(
            request, _who(principal), close_incident, incident_id, reason=body.reason
        )

    # -- audit ------------------------------------------------------------------------------

    @app.get(f"{PREFIX}/audit/verify", tags=["auditor"])
    def audit_verify(
        request: Request, principal: Annotated[Principal | None, P(Action.AUDIT_VERIFY)]
    ) -> dict[str, Any]:
        node = _acting_node(request, _who(principal))
        with node.store.read() as conn:
            report = node.audit.verify(conn, node.key.public_key)
        if not report.ok:
            from custos.governance._incidents import open_for_audit_failure

            open_for_audit_failure(node, report)
        result: dict[str, Any] = report.to_dict()
        return result

    @app.get(f"{PREFIX}/audit/log", tags=["auditor"])
    def audit_log(
        request: Request,
        _: Annotated[Principal | None, P(Action.AUDIT_LOG)],
        subject: Annotated[str | None, Query(max_length=200)] = None,
        limit: Annotated[int, Query(ge=1, le=10_000)] = 50,
    ) -> list[dict[str, Any]]:
        """Audit entries, newest last: the last ``limit``, or a subject's first ``limit``."""
        node = _base(request)
        with node.store.read() as conn:
            since = 0 if subject else max(0, node.audit.count(conn) - limit)
            entries = node.audit.entries(conn, subject=subject, since=since, limit=limit)
        return [e.to_dict() for e in entries]

    @app.post(f"{PREFIX}/audit/export", tags=["auditor"])
    def audit_export(
        request: Request,
        body: ExportBody,
        principal: Annotated[Principal | None, P(Action.AUDIT_EXPORT)],
    ) -> Response:
        return audit_export_download(_acting_node(request, _who(principal)), body.to)

    @app.post(f"{PREFIX}/audit/evidence-pack", tags=["auditor"])
    def evidence_pack(
        request: Request,
        body: PackBody,
        principal: Annotated[Principal | None, P(Action.EVIDENCE_PACK)],
    ) -> JSONResponse:
        from custos.governance._report import check_period

        start, end = check_period(body.start, body.end)
        node = _acting_node(request, _who(principal))
        envelope, _ = evidence_pack_files(node, start, end, body.recipient)
        return JSONResponse(json.loads(envelope))


# -- several server processes ---------------------------------------------------------------

# ``custos serve --workers N`` starts N processes that each build the app from
# this environment variable (uvicorn imports the factory in every process).
SERVE_SPEC_ENV = "CUSTOS_SERVE_SPEC"


def serve_spec(settings: Settings, config: ApiConfig) -> str:
    """What a server process needs to open the same node with the same limits."""
    return json.dumps(
        {"home": str(settings.home), "user": settings.user, "config": config.to_json()}
    )


def app_from_env() -> FastAPI:
    """The app of one of several server processes (uvicorn's factory)."""
    import os

    from custos.core._config import load_settings

    spec = json.loads(os.environ[SERVE_SPEC_ENV])
    settings = load_settings(home=Path(spec["home"]), user=spec["user"])
    return create_app(settings, ApiConfig.from_json(spec["config"]))
