"""The people's web console (#8): server-rendered HTML pages under ``/console``.

For the custodian, the privacy officer and the auditor: pending jobs with
their DUA evaluation, datasets with their cards and budgets, the audit log
and its verification, incidents with their notification clocks, releases and
their receipts, data-use agreements. The forms: approve and reject a job,
report an incident and move it on, register a dataset (a file from the node's
``imports/`` folder, never a path), add and revoke a DUA (pasted YAML, the
vendor key inline), download the audit-log export and the evidence pack, run
the retention purge, review a vendor's contract (a file upload, the one
``multipart/form-data`` form, or pasted text; optionally against a DUA). No
JavaScript anywhere: every change is an HTML form that posts with the session
cookie and a CSRF token field, then redirects (303), or answers with the
download, the purge's report or the contract review. A refused DUA, dataset or
incident form (a 4xx input error, not a role refusal) comes back as its own page
with what was typed and an error box, so nothing typed is lost.

Security rules, all enforced here:

* **One policy table.** Every route names one :class:`Action` through
  :func:`page`; the dependency looks it up in :data:`custos.api._policy.POLICY`
  like the API's :func:`~custos.api._app.require` does. Anonymous visitors
  are redirected to the login page; a forbidden action is a 403 page. Only a
  person's session cookie opens the console (no bearer tokens, no vendors).
* **CSRF.** The session's CSRF token is kept server-side as a hash only; the
  console gets the raw token back from an HttpOnly, SameSite=Strict cookie
  (``custos_csrf``) set at login, writes it into each form, and checks the
  posted field against the session's hash. The login form has its own
  double-submit token. A foreign ``Origin`` is refused too.
* **Escaping.** Jinja2 with autoescape on, strict undefined; job names,
  purposes, model definitions and decision messages come from vendors.
* **Headers.** A strict Content-Security-Policy (no scripts at all; the one
  stylesheet is inline and allowed by its hash only; nothing fetched),
  ``X-Frame-Options: DENY``, ``nosniff``, no referrer and ``no-store``.
* **No patient data.** The pages show what the database holds: states,
  hashes, cards (column descriptions and public bounds), budgets, audit
  facts. No row value of a dataset is ever read here.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import json
import logging
import secrets
import stat
import zipfile
from collections.abc import Callable, Coroutine, Mapping
from dataclasses import dataclass
from datetime import timedelta
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any
from urllib.parse import parse_qs, urlsplit

import yaml
from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import HTMLResponse, RedirectResponse, Response

from custos.api._accounts import (
    AuthError,
    Forbidden,
    check_password,
    close_session,
    find_session,
    open_session,
    record_login_failure,
)
from custos.api._app import (
    _NAME,
    SESSION_COOKIE,
    ApiConfig,
    Principal,
    _acting,
    _job_id,
    _name,
    add_dua_inline,
    audit_export_download,
    check_routes,
    evidence_pack_files,
    register_with_card,
    status_for,
)
from custos.api._app import _base as _node
from custos.api._app import _config as _cfg
from custos.api._contracts import METHODS as CONTRACT_METHODS
from custos.api._contracts import ContractReview, file_name, method_of, review_contract
from custos.api._middleware import ASGIApp, Message, Receive, Scope, Send
from custos.api._multipart import Upload, parse_multipart
from custos.api._policy import PERSON_ROLES, Action, Role, allowed, is_public
from custos.core._errors import CustosError, InvalidInput, NotFound, PolicyDenied
from custos.core._yaml import parse_yaml
from custos.jobs._spec import JobSpec
from custos.node._node import Node

if TYPE_CHECKING:
    from custos.governance._incidents import Incident

log = logging.getLogger("custos.api")

CONSOLE_PREFIX = "/console"
# The one form that uploads a file (a contract for review): multipart, larger body.
CONTRACT_UPLOAD_PATH = f"{CONSOLE_PREFIX}/contracts"
CSRF_COOKIE = "custos_csrf"
LOGIN_CSRF_COOKIE = "custos_login_csrf"
CSRF_FIELD = "csrf_token"
_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_MAX_FIELDS = 20
_AUDIT_PAGE = 100
_STATEMENT_MAX_CHARS = 20_000
_YAML_MAX_CHARS = 256 * 1024  # a data card or a DUA pasted into a form
_DATASET_SUFFIXES = frozenset({".csv", ".txt", ".parquet", ".pq"})  # custos.data detect_format

_CSS = (
    resources.files("custos.api").joinpath("static/console.css").read_text(encoding="utf-8").strip()
)
_CSS_HASH = base64.b64encode(hashlib.sha256(_CSS.encode("utf-8")).digest()).decode("ascii")

# Stricter than the report pages' CONTENT_SECURITY_POLICY (custos.audit._html):
# no inline style beyond the one stylesheet, whose hash is named.
CONSOLE_CSP = (
    "default-src 'none'; "
    f"style-src 'sha256-{_CSS_HASH}'; "
    "img-src 'self'; "
    "form-action 'self'; "
    "frame-ancestors 'none'; "
    "base-uri 'none'"
)
SECURITY_HEADERS: Mapping[str, str] = {
    "Content-Security-Policy": CONSOLE_CSP,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
    "Cross-Origin-Opener-Policy": "same-origin",
}

# Set by the report route only; the middleware sends it as the page's CSP.
_REPORT_CSP_HEADER = "x-custos-page-csp"


def _report_csp(html: str) -> str:
    """The kept report's own CSP: no scripts, nothing fetched, its one stylesheet by hash."""
    start, end = html.find("<style>"), html.find("</style>")
    style = html[start + len("<style>") : end] if 0 <= start < end else ""
    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
    return (
        "default-src 'none'; "
        f"style-src 'sha256-{digest}'; "
        "img-src data:; "
        "form-action 'none'; "
        "frame-ancestors 'none'; "
        "base-uri 'none'"
    )


def _has_report(node: Any, job_id: str) -> bool:
    folder = node.settings.home / "reports" / job_id
    return any((folder / n).is_file() for n in ("leakage_report.html", "synthesis_report.html"))


# Messages shown after a change (the redirect names one by key: nothing reflected).
_NOTICES: Mapping[str, str] = {
    "approved": "The job was approved.",
    "rejected": "The job was rejected.",
    "confirmed": "The incident was confirmed; the breach notice clock has started.",
    "notified": "The notification was recorded.",
    "closed": "The incident was closed.",
    "incident_opened": "The incident was reported.",
    "dataset_registered": "The dataset was registered.",
    "dua_added": "The DUA was registered.",
    "dua_revoked": "The DUA was revoked; its pending and approved jobs were rejected.",
    "logged_out": "You are logged out.",
}

_ROLE_NAMES: Mapping[Role, str] = {
    Role.CUSTODIAN: "custodian",
    Role.PRIVACY_OFFICER: "privacy officer",
    Role.AUDITOR: "auditor",
    Role.VENDOR: "vendor",
}

_env = Environment(
    loader=PackageLoader("custos.api", "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


# -- responses -------------------------------------------------------------------------


class _LoginRequired(Exception):
    """Anonymous (or expired) on a page that needs a person: go to the login page."""


class SecurityHeadersMiddleware:
    """Adds :data:`SECURITY_HEADERS` to every console response (errors and redirects too)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(msg: Message) -> None:
            if msg["type"] == "http.response.start":
                # A route may narrow the CSP to its own page (the kept reports:
                # their one inline stylesheet by hash); every other header is ours.
                own = [
                    (k, v)
                    for k, v in msg.get("headers", [])
                    if bytes(k).decode("latin-1").lower() == _REPORT_CSP_HEADER
                ]
                headers = [
                    (k, v)
                    for k, v in msg.get("headers", [])
                    if bytes(k).decode("latin-1").lower()
                    not in {h.lower() for h in SECURITY_HEADERS} | {_REPORT_CSP_HEADER}
                ]
                headers += [
                    (k.lower().encode("latin-1"), v.encode("latin-1"))
                    for k, v in SECURITY_HEADERS.items()
                    if not (own and k == "Content-Security-Policy")
                ]
                headers += [(b"content-security-policy", bytes(v)) for _, v in own]
                msg["headers"] = headers
            await send(msg)

        await self.app(scope, receive, with_headers)


def _render(
    request: Request,
    template: str,
    principal: Principal | None,
    *,
    status: int = 200,
    **context: Any,
) -> HTMLResponse:
    role = principal.role if principal is not None else None

    def can(action: str) -> bool:
        return role is not None and allowed(Action(action), role)

    notice = _NOTICES.get(request.query_params.get("done", ""))
    body = _env.get_template(template).render(
        base=CONSOLE_PREFIX,
        css=Markup(_CSS),  # noqa: S704 - the package's own stylesheet, never user input
        principal=principal,
        role_name=_ROLE_NAMES.get(role, "") if role is not None else "",
        csrf=request.cookies.get(CSRF_COOKIE, ""),
        csrf_field=CSRF_FIELD,
        can=can,
        notice=notice,
        **context,
    )
    return HTMLResponse(body, status_code=status, headers=dict(SECURITY_HEADERS))


def _redirect(path: str, **cookies_to_delete: str) -> RedirectResponse:
    response = RedirectResponse(f"{CONSOLE_PREFIX}{path}", status_code=303)
    for name, cookie_path in cookies_to_delete.items():
        response.delete_cookie(name, path=cookie_path)
    return response


def _error_page(
    request: Request,
    status: int,
    title: str,
    message: str,
    details: list[str] | None = None,
    code: str | None = None,
) -> HTMLResponse:
    principal = getattr(request.state, "principal", None)
    return _render(
        request,
        "error.html",
        principal if isinstance(principal, Principal) else None,
        status=status,
        title=title,
        message=message,
        details=details or [],
        status_code=status,
        code=code,
    )


def _custos_error_page(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, CustosError)
    if isinstance(exc, AuthError):
        return _redirect("/login", **{SESSION_COOKIE: "/", CSRF_COOKIE: CONSOLE_PREFIX})
    status = status_for(exc)
    if status >= 500:
        log.error("console request failed: %s", exc.code)
        return _error_page(request, status, "Error", "The node cannot complete this request.")
    return _error_page(request, status, _error_title(exc), exc.message, list(exc.details), exc.code)


def _error_title(exc: CustosError) -> str:
    return {
        403: "Refused by policy" if isinstance(exc, PolicyDenied) else "Forbidden",
        404: "Not found",
        409: "Conflict",
    }.get(status_for(exc), "Invalid request")


@dataclass(frozen=True)
class FormError:
    """The error box above a form that is shown again with what the person typed."""

    status: int
    title: str
    message: str
    details: tuple[str, ...]
    code: str


def _form_error(exc: CustosError) -> FormError | None:
    """The box for an input the person can correct (a 4xx CustosError); None for what
    keeps its own page: sign-in and role refusals, and the node's own failures."""
    status = status_for(exc)
    if isinstance(exc, AuthError | Forbidden) or not 400 <= status < 500:
        return None
    return FormError(status, _error_title(exc), exc.message, exc.details, exc.code)


def _login_required(_: Request, exc: Exception) -> Response:
    return _redirect("/login")


def _http_error_page(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    if exc.status_code == 405:
        return _error_page(request, 405, "Method not allowed", "This page does not take that.")
    return _error_page(request, exc.status_code, "Not found", "There is no such page.")


def _validation_error_page(request: Request, exc: Exception) -> Response:
    return _error_page(request, 400, "Invalid request", "The request is invalid.")


def _server_error_page(request: Request, exc: Exception) -> Response:
    # Only the type: the text may carry anything. The guard middleware logs the route.
    log.error("console internal error %s", type(exc).__name__)
    return _error_page(request, 500, "Error", "Unexpected failure; nothing is shown.")


# -- authentication and the policy dependency ---------------------------------------------


async def _cookie_principal(request: Request) -> Principal | None:
    """The person whose session cookie this is; None if there is no cookie.

    AuthError (-> the login page) for an unknown or expired session.
    """
    cookie = request.cookies.get(SESSION_COOKIE)
    if not cookie:
        return None
    info = await run_in_threadpool(
        lambda: find_session(_node(request), cookie, idle=_cfg(request).idle_timeout)
    )
    if info.role not in PERSON_ROLES:
        raise Forbidden("the console is for the hospital's people", code="auth.forbidden")
    return Principal(info.role, info.username, "session-cookie", info, cookie)


def _same_origin(request: Request) -> bool:
    """False for a post that names another site (Origin, Sec-Fetch-Site). No Origin, or
    an opaque one ("null"), passes here: the CSRF token still has to match."""
    if request.headers.get("sec-fetch-site", "same-origin") == "cross-site":
        return False
    origin = request.headers.get("origin")
    if origin is None or origin == "null":
        return True
    return urlsplit(origin).netloc == request.headers.get("host")


async def _form(request: Request) -> tuple[dict[str, str], list[Upload]]:
    """The posted form (one value per field) and its files, or InvalidInput: urlencoded,
    or multipart where the guard middleware lets it through (the contract upload)."""
    body = await request.body()
    if not body:
        return {}, []
    content_type = request.headers.get("content-type", "")
    media = content_type.split(";", 1)[0].strip().lower()
    if media == "multipart/form-data" and request.url.path == CONTRACT_UPLOAD_PATH:
        return parse_multipart(body, content_type, max_parts=_MAX_FIELDS)
    if media != "application/x-www-form-urlencoded":
        raise InvalidInput("the console accepts HTML form posts only", code="request.form")
    try:
        text = body.decode("utf-8")
        fields = parse_qs(text, keep_blank_values=True, max_num_fields=_MAX_FIELDS)
    except (UnicodeDecodeError, ValueError) as exc:
        raise InvalidInput("the form is malformed", code="request.form") from exc
    return {k: v[0] for k, v in fields.items()}, []


PageDependency = Callable[[Request], Coroutine[Any, Any, Principal | None]]


def page(action: Action) -> PageDependency:
    """The console's policy check: the same table as the API, a login redirect for
    anonymous visitors, a 403 page for a forbidden role, CSRF on every form post."""

    async def dependency(request: Request) -> Principal | None:
        request.state.principal = None
        try:
            principal = await _cookie_principal(request)
        except AuthError:
            if not is_public(action):
                raise
            principal = None  # a stale cookie on the login page: anonymous
        request.state.principal = principal
        if not is_public(action):
            if principal is None:
                raise _LoginRequired
            if not allowed(action, principal.role):
                raise Forbidden(
                    f"your role ({_ROLE_NAMES[principal.role]}) may not do {action.value}",
                    code="auth.forbidden",
                )
        if request.method in _SAFE_METHODS:
            return principal
        if not _same_origin(request):
            raise Forbidden("a form posted from another site", code="auth.csrf")
        request.state.form, request.state.files = await _form(request)
        if principal is None or is_public(action):
            return principal  # the login form checks its own token
        if principal.session is None or not principal.session.csrf_ok(
            request.state.form.get(CSRF_FIELD)
        ):
            raise Forbidden(
                "the form's CSRF token is missing or wrong; reload the page and try again",
                code="auth.csrf",
            )
        return principal

    dependency.custos_action = action  # type: ignore[attr-defined]
    return dependency


def _P(action: Action) -> Any:
    return Depends(page(action))


def _who(principal: Principal | None) -> Principal:
    assert principal is not None  # only public actions pass None
    return principal


def _form_of(request: Request) -> dict[str, str]:
    form = request.state.form
    assert isinstance(form, dict)
    return form


def _files_of(request: Request) -> list[Upload]:
    files = getattr(request.state, "files", [])
    assert isinstance(files, list)
    return files


def _acting_node(request: Request, who: Principal) -> Node:
    return _acting(_node(request), who.actor, who.name)


# -- view helpers --------------------------------------------------------------------------


def _pretty(value: Any, limit: int = _STATEMENT_MAX_CHARS) -> str:
    text = json.dumps(value, indent=2, sort_keys=True, default=str)
    return text if len(text) <= limit else text[:limit] + "\n..."


def budget_bars(per_dua: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Bar geometry for the budget chart: spent, reserved (approved, not yet run) and
    left, as fractions of the DUA's lifetime epsilon (clamped to the bar)."""
    out = []
    for d in per_dua:
        total = float(d.get("lifetime_epsilon") or 0.0)
        spent = max(float(d.get("spent") or 0.0), 0.0)
        reserved = max(float(d.get("pending_approved") or 0.0), 0.0)
        left = max(float(d.get("remaining") or 0.0), 0.0)
        scale = max(total, spent + reserved + left, 1e-12)
        f_spent = min(spent / scale, 1.0)
        f_reserved = min(reserved / scale, 1.0 - f_spent)
        out.append(
            {
                **d,
                "f_spent": f_spent,
                "f_reserved": f_reserved,
                "f_left": max(1.0 - f_spent - f_reserved, 0.0),
                "pct_spent": 100.0 * spent / total if total > 0 else 0.0,
            }
        )
    return out


def _check_counts(job: Any) -> tuple[int, int]:
    reasons = job.decision.reasons
    failed = sum(1 for r in reasons if not r.passed)
    return len(reasons) - failed, failed


# -- form inputs ------------------------------------------------------------------------


def import_files(home: Path) -> list[str]:
    """The dataset files a custodian may register: plain files (no links, no folders)
    directly in ``imports/`` under the node home, with a name the API accepts too."""
    folder = home / "imports"
    if not folder.is_dir():
        return []
    names = []
    for entry in folder.iterdir():
        if (
            not _NAME.match(entry.name)
            or ".." in entry.name
            or entry.suffix.lower() not in _DATASET_SUFFIXES
        ):
            continue
        try:
            mode = entry.lstat().st_mode
        except OSError:
            continue
        if stat.S_ISREG(mode):
            names.append(entry.name)
    return sorted(names)


def import_file(home: Path, chosen: str) -> Path:
    """The file ``chosen`` in ``imports/``, only if :func:`import_files` lists it (a name,
    never a path: traversal, links and anything outside the folder are refused)."""
    bad = InvalidInput(
        "the dataset file must be one of the plain files in the node's imports/ folder "
        "(choose it from the list)",
        code="input.path",
    )
    if chosen not in import_files(home):
        raise bad
    folder = (home / "imports").resolve()
    path = (folder / chosen).resolve()
    if path.parent != folder or not path.is_file():  # the API's own check, again
        raise bad
    return path


def yaml_mapping(text: str, what: str) -> dict[str, Any]:
    """A pasted YAML document: one mapping, at most ``_YAML_MAX_CHARS``, no aliases
    (``*ref`` can multiply a small text into a huge document), else InvalidInput."""
    if not text.strip():
        raise InvalidInput(f"the {what} is empty; paste its YAML", code="input.yaml")
    if len(text) > _YAML_MAX_CHARS:
        raise InvalidInput(
            f"the {what} is longer than {_YAML_MAX_CHARS} characters", code="input.too_large"
        )
    try:
        aliased = any(
            isinstance(e, yaml.AliasEvent) for e in yaml.parse(text, Loader=yaml.SafeLoader)
        )
    except yaml.YAMLError:
        aliased = False  # parse_yaml names the line below
    doc = parse_yaml(text, what=what)
    if aliased:
        raise InvalidInput(
            f"the {what} uses YAML aliases (*name); write the values out", code="input.yaml"
        )
    if not isinstance(doc, dict):
        raise InvalidInput(f"the {what} must be a YAML mapping", code="input.yaml")
    return doc


PASTED_NAME = "pasted-contract.md"


def contract_upload(form: Mapping[str, str], files: list[Upload]) -> tuple[str, bytes]:
    """The contract a form sends: its chosen file (the browser's name, without any
    folder), else its pasted text read as Markdown; InvalidInput if neither."""
    for f in files:
        if f.field == "file":
            name = f.filename.replace("\\", "/").rsplit("/", 1)[-1]
            return file_name(name), f.data
    text = form.get("text", "")
    if text.strip():
        return PASTED_NAME, text.encode("utf-8")
    raise InvalidInput("choose the contract's file or paste its text", code="contract.upload")


def _reportable_kinds() -> list[str]:
    """Incident kinds staff may report (the node opens audit-log integrity ones itself)."""
    from custos.governance._incidents import AUDIT_INTEGRITY, DEFAULT_SEVERITY

    return [k for k in DEFAULT_SEVERITY if k != AUDIT_INTEGRITY]


def _report_from_form(node: Node, who: Principal, form: Mapping[str, str]) -> Incident:
    """The incident reported with the console's form; every field is checked first, so
    a refused form (InvalidInput, NotFound, Forbidden) changes nothing."""
    from custos.governance._incidents import clean_text, parse_severity, report_incident
    from custos.node import get_dataset, get_dua, get_job

    kind = form.get("kind", "").strip()
    if kind not in _reportable_kinds():
        raise InvalidInput("choose the incident's kind from the list", code="incident.kind")
    severity = form.get("severity", "").strip()
    summary = clean_text(form.get("summary", ""), "the summary")
    confirmed = form.get("confirmed", "") == "yes"
    if confirmed and not allowed(Action.INCIDENT_CONFIRM, who.role):
        # Reporting is open to staff; deciding it is a breach is the privacy officer's.
        raise Forbidden(
            f"your role ({_ROLE_NAMES[who.role]}) may not do {Action.INCIDENT_CONFIRM.value}",
            code="auth.forbidden",
        )
    job = form.get("job", "").strip() or None
    if job is not None:
        get_job(node, _job_id(job))
    dua = form.get("dua", "").strip() or None
    if dua is not None:
        get_dua(node, _name(dua, "a DUA id"))
    datasets = [d.strip() for d in form.get("datasets", "").split(",") if d.strip()]
    if len(datasets) > 50:
        raise InvalidInput("at most 50 datasets", code="incident.datasets")
    for d in datasets:
        get_dataset(node, _name(d, "a dataset name"))
    return report_incident(
        node,
        kind=kind,
        actor=who.actor,
        severity=parse_severity(severity) if severity else None,
        job_id=job,
        dua_id=dua,
        datasets=list(dict.fromkeys(datasets)),
        summary=summary,
        confirmed=confirmed,
    )


def _log_recipients(node: Node) -> list[str]:
    """Named recipients an audit-log export or evidence pack may go to (the active DUAs'
    vendors with log-export rights, their subprocessors, the hospital party)."""
    from custos.governance._destinations import listed_destinations
    from custos.node import list_duas

    seen: dict[str, str] = {}
    for e in list_duas(node):
        if e.status != "active":
            continue
        for d in listed_destinations(e.dua, "audit_log"):
            seen.setdefault(" ".join(d.name.split()).casefold(), d.name)
    return sorted(seen.values(), key=str.casefold)


def _recipient(form: Mapping[str, str], field: str) -> str | None:
    value = form.get(field, "").strip()[:200]
    return value or None


# -- the console application -------------------------------------------------------------


def create_console(node: Node, config: ApiConfig) -> FastAPI:
    """The console as its own ASGI app (HTML errors), sharing the API's node."""
    console = FastAPI(
        title="custos console",
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
    )
    console.state.node = node
    console.state.config = config
    console.add_exception_handler(CustosError, _custos_error_page)
    console.add_exception_handler(_LoginRequired, _login_required)
    console.add_exception_handler(StarletteHTTPException, _http_error_page)
    console.add_exception_handler(RequestValidationError, _validation_error_page)
    console.add_exception_handler(Exception, _server_error_page)
    _pages(console)
    console.add_middleware(SecurityHeadersMiddleware)
    check_routes(console)
    return console


def mount_console(app: FastAPI, node: Node, config: ApiConfig) -> None:
    app.mount(CONSOLE_PREFIX, create_console(node, config))


def _pages(app: FastAPI) -> None:
    # -- session --------------------------------------------------------------------------

    @app.get("/login")
    def login_form(
        request: Request, principal: Annotated[Principal | None, _P(Action.SESSION_OPEN)]
    ) -> Response:
        if principal is not None:
            return _redirect("/")
        token = secrets.token_urlsafe(32)
        response = _render(request, "login.html", None, login_csrf=token, error=None)
        response.set_cookie(
            LOGIN_CSRF_COOKIE,
            token,
            max_age=3600,
            httponly=True,
            samesite="strict",
            secure=_cfg(request).secure_cookies,
            path=f"{CONSOLE_PREFIX}/login",
        )
        return response

    @app.post("/login")
    def login(
        request: Request, _: Annotated[Principal | None, _P(Action.SESSION_OPEN)]
    ) -> Response:
        form = _form_of(request)
        expected = request.cookies.get(LOGIN_CSRF_COOKIE, "")
        if not expected or not hmac.compare_digest(expected, form.get(CSRF_FIELD, "")):
            raise Forbidden(
                "the login form has expired; reload the login page and try again",
                code="auth.csrf",
            )
        username, password = form.get("username", "")[:64], form.get("password", "")[:1024]
        base = _node(request)
        try:
            user = check_password(base, username, password)
        except AuthError:
            record_login_failure(base, username)
            return _render(
                request,
                "login.html",
                None,
                status=401,
                login_csrf=expected,
                error="The user name or the password is wrong.",
            )
        cfg = _cfg(request)
        opened = open_session(
            _acting(base, f"{user.role.value}:{user.name}", user.name), user, ttl=cfg.session_ttl
        )
        response = _redirect("/", **{LOGIN_CSRF_COOKIE: f"{CONSOLE_PREFIX}/login"})
        max_age = int(cfg.session_ttl.total_seconds())
        for name, value, path in (
            (SESSION_COOKIE, opened.token, "/"),
            (CSRF_COOKIE, opened.csrf_token, CONSOLE_PREFIX),
        ):
            response.set_cookie(
                name,
                value,
                max_age=max_age,
                httponly=True,
                samesite="strict",
                secure=cfg.secure_cookies,
                path=path,
            )
        return response

    @app.post("/logout")
    def logout(
        request: Request, principal: Annotated[Principal | None, _P(Action.SESSION_CLOSE)]
    ) -> Response:
        who = _who(principal)
        assert who.token is not None
        close_session(_acting_node(request, who), who.token, actor=who.actor)
        return _redirect(
            "/login?done=logged_out", **{SESSION_COOKIE: "/", CSRF_COOKIE: CONSOLE_PREFIX}
        )

    @app.get("/")
    def home(
        request: Request, principal: Annotated[Principal | None, _P(Action.WHOAMI)]
    ) -> Response:
        _who(principal)
        return _redirect("/jobs")

    # -- jobs -----------------------------------------------------------------------------

    @app.get("/jobs")
    def jobs_page(
        request: Request, principal: Annotated[Principal | None, _P(Action.JOB_LIST)]
    ) -> Response:
        from custos.jobs import JobState
        from custos.node import list_jobs

        show_all = request.query_params.get("show") == "all"
        jobs = list_jobs(_node(request), state=None if show_all else JobState.PENDING_APPROVAL)
        rows = [(j, *_check_counts(j)) for j in reversed(jobs)]
        return _render(request, "jobs.html", principal, rows=rows, show_all=show_all)

    @app.get("/jobs/{job_id}")
    def job_page(
        request: Request,
        job_id: str,
        principal: Annotated[Principal | None, _P(Action.JOB_SHOW)],
    ) -> Response:
        from custos.node import get_job

        job = get_job(_node(request), _job_id(job_id))
        passed, failed = _check_counts(job)
        return _render(
            request,
            "job.html",
            principal,
            job=job,
            passed=passed,
            failed=failed,
            model=_pretty(
                job.spec.model.model_dump(mode="json")
                if isinstance(job.spec, JobSpec)
                else job.spec.synthesis.model_dump(mode="json", exclude_none=True)
            ),
            pending=job.state.value == "PENDING_APPROVAL",
            synthesis=not isinstance(job.spec, JobSpec),
            has_report=_has_report(_node(request), job.id),
        )

    @app.get("/jobs/{job_id}/report")
    def job_report_page(
        request: Request,
        job_id: str,
        principal: Annotated[Principal | None, _P(Action.JOB_REPORT)],
    ) -> Response:
        """The leakage-audit or disclosure report the node kept, as it rendered it."""
        from custos.node import job_report

        html_path, _ = job_report(_node(request), _job_id(job_id))
        html = html_path.read_text(encoding="utf-8")
        return HTMLResponse(html, headers={_REPORT_CSP_HEADER: _report_csp(html)})

    @app.post("/jobs/{job_id}/approve")
    def job_approve(
        request: Request,
        job_id: str,
        principal: Annotated[Principal | None, _P(Action.JOB_APPROVE)],
    ) -> Response:
        from custos.node import approve_job

        who = _who(principal)
        job = approve_job(_acting_node(request, who), _job_id(job_id), approver=who.name)
        return _redirect(f"/jobs/{job.id}?done=approved")

    @app.post("/jobs/{job_id}/reject")
    def job_reject(
        request: Request,
        job_id: str,
        principal: Annotated[Principal | None, _P(Action.JOB_REJECT)],
    ) -> Response:
        from custos.node import reject_job

        who = _who(principal)
        reason = _form_of(request).get("reason", "").strip()[:2000]
        job = reject_job(_acting_node(request, who), _job_id(job_id), reason=reason, by=who.name)
        return _redirect(f"/jobs/{job.id}?done=rejected")

    @app.get("/releases")
    def releases_page(
        request: Request, principal: Annotated[Principal | None, _P(Action.JOB_LIST)]
    ) -> Response:
        from sqlalchemy import select

        from custos.core._schema import jobs, releases

        with _node(request).store.read() as conn:
            rows = conn.execute(
                select(
                    releases.c.job_id,
                    releases.c.receipt_hash,
                    releases.c.statement_json,
                    releases.c.released_at,
                    jobs.c.state,
                    jobs.c.spec_json,
                )
                .join(jobs, jobs.c.id == releases.c.job_id)
                .order_by(releases.c.released_at.desc(), releases.c.job_id)
            ).all()
        items = []
        for r in rows:
            spec = json.loads(r.spec_json)
            try:
                statement = _pretty(json.loads(r.statement_json))
            except ValueError:
                statement = "(unreadable)"
            items.append(
                {
                    "job": r.job_id,
                    "name": spec.get("name", ""),
                    "vendor": spec.get("vendor", ""),
                    "dataset": spec.get("dataset", ""),
                    "state": r.state,
                    "receipt_hash": r.receipt_hash,
                    "released_at": r.released_at.isoformat(),
                    "statement": statement,
                }
            )
        return _render(request, "releases.html", principal, releases=items)

    @app.post("/purge")
    def purge_now(
        request: Request, principal: Annotated[Principal | None, _P(Action.PURGE)]
    ) -> Response:
        from custos.governance._retention import purge

        if _form_of(request).get("confirm", "") != "yes":
            raise InvalidInput(
                "tick the box to confirm the purge; nothing was deleted", code="purge.unconfirmed"
            )
        report = purge(_acting_node(request, _who(principal)))
        return _render(request, "purge.html", principal, report=report)

    # -- DUAs -----------------------------------------------------------------------------

    def duas_view(
        request: Request,
        principal: Principal | None,
        error: FormError | None = None,
        document: str = "",
    ) -> Response:
        """The DUA list and its form (``document``: the YAML shown in the form again)."""
        from custos.node import list_duas

        return _render(
            request,
            "duas.html",
            principal,
            status=error.status if error is not None else 200,
            duas=list_duas(_node(request)),
            form_error=error,
            document=document,
        )

    @app.get("/duas")
    def duas_page(
        request: Request, principal: Annotated[Principal | None, _P(Action.DUA_LIST)]
    ) -> Response:
        return duas_view(request, principal)

    @app.get("/duas/{dua_id}")
    def dua_page(
        request: Request,
        dua_id: str,
        principal: Annotated[Principal | None, _P(Action.DUA_SHOW)],
    ) -> Response:
        from custos.node import get_dua

        try:
            entry = get_dua(_node(request), _name(dua_id, "a DUA id"))
        except InvalidInput as exc:
            raise NotFound("no such DUA on this node", code="dua.not_found") from exc
        return _render(
            request,
            "dua.html",
            principal,
            entry=entry,
            dua=entry.dua,
            document=_pretty(entry.dua.to_json()),
        )

    @app.post("/duas")
    def dua_add(
        request: Request, principal: Annotated[Principal | None, _P(Action.DUA_ADD)]
    ) -> Response:

        text = _form_of(request).get("document", "")
        try:
            doc = yaml_mapping(text, "DUA")
            entry = add_dua_inline(_acting_node(request, _who(principal)), doc, text)
        except CustosError as exc:
            if (error := _form_error(exc)) is None:
                raise
            return duas_view(request, principal, error, document=text)
        return _redirect(f"/duas/{entry.dua.id}?done=dua_added")

    @app.post("/duas/{dua_id}/revoke")
    def dua_revoke(
        request: Request,
        dua_id: str,
        principal: Annotated[Principal | None, _P(Action.DUA_REVOKE)],
    ) -> Response:
        from custos.node import revoke_dua

        reason = _form_of(request).get("reason", "").strip()[:2000]
        node = _acting_node(request, _who(principal))
        entry, _ = revoke_dua(node, _name(dua_id, "a DUA id"), reason)
        return _redirect(f"/duas/{entry.dua.id}?done=dua_revoked")

    # -- datasets -------------------------------------------------------------------------

    def datasets_view(
        request: Request,
        principal: Principal | None,
        error: FormError | None = None,
        form: Mapping[str, str] | None = None,
    ) -> Response:
        """The dataset list and its form (``form``: the name, file and card shown again)."""
        from custos.node import list_datasets

        who = _who(principal)
        node = _node(request)
        files = import_files(node.settings.home) if allowed(Action.DATASET_ADD, who.role) else []
        form = form or {}
        return _render(
            request,
            "datasets.html",
            principal,
            status=error.status if error is not None else 200,
            datasets=list_datasets(node),
            files=files,
            form_error=error,
            kept={f: form.get(f, "") for f in ("name", "file", "card")},
        )

    @app.get("/datasets")
    def datasets_page(
        request: Request, principal: Annotated[Principal | None, _P(Action.DATASET_LIST)]
    ) -> Response:
        return datasets_view(request, principal)

    @app.post("/datasets")
    def dataset_add(
        request: Request, principal: Annotated[Principal | None, _P(Action.DATASET_ADD)]
    ) -> Response:

        who = _who(principal)
        form = _form_of(request)
        try:
            name = _name(form.get("name", "").strip(), "a dataset name")
            node = _acting_node(request, who)
            path = import_file(node.settings.home, form.get("file", ""))
            text = form.get("card", "")
            yaml_mapping(text, "data card")
            rec = register_with_card(node, name, path, text)
        except CustosError as exc:
            if (error := _form_error(exc)) is None:
                raise
            return datasets_view(request, principal, error, form)
        return _redirect(f"/datasets/{rec.name}?done=dataset_registered")

    @app.get("/datasets/{name}")
    def dataset_page(
        request: Request,
        name: str,
        principal: Annotated[Principal | None, _P(Action.DATASET_SHOW)],
    ) -> Response:
        from custos.node import budget_status, get_dataset

        who = _who(principal)
        try:
            ds = get_dataset(_node(request), _name(name, "a dataset name"))
        except InvalidInput as exc:
            raise NotFound("no such dataset on this node", code="dataset.not_found") from exc
        bars = None
        if allowed(Action.BUDGET_SHOW, who.role):  # the chart is its own action
            bars = budget_bars(budget_status(_node(request), ds.name)["duas"])
        return _render(
            request,
            "dataset.html",
            principal,
            ds=ds,
            card=ds.card,
            bars=bars,
        )

    # -- audit ----------------------------------------------------------------------------

    @app.get("/audit")
    def audit_page(
        request: Request, principal: Annotated[Principal | None, _P(Action.AUDIT_VERIFY)]
    ) -> Response:
        node = _acting_node(request, _who(principal))
        with node.store.read() as conn:
            report = node.audit.verify(conn, node.key.public_key)
            since = max(report.last_seq - _AUDIT_PAGE, 0)
            entries = list(reversed(node.audit.entries(conn, since=since)))
        if not report.ok:
            from custos.governance._incidents import open_for_audit_failure

            open_for_audit_failure(node, report)
        today = node.clock().date()
        recipients = _log_recipients(node) if can_download(_who(principal)) else []
        return _render(
            request,
            "audit.html",
            principal,
            report=report,
            entries=entries,
            recipients=recipients,
            period_from=(today - timedelta(days=30)).isoformat(),
            period_to=today.isoformat(),
        )

    def can_download(who: Principal) -> bool:
        return allowed(Action.AUDIT_EXPORT, who.role) or allowed(Action.EVIDENCE_PACK, who.role)

    @app.post("/audit/export")
    def audit_export(
        request: Request, principal: Annotated[Principal | None, _P(Action.AUDIT_EXPORT)]
    ) -> Response:
        to = _recipient(_form_of(request), "to")
        return audit_export_download(_acting_node(request, _who(principal)), to)

    @app.post("/audit/evidence-pack")
    def evidence_pack(
        request: Request, principal: Annotated[Principal | None, _P(Action.EVIDENCE_PACK)]
    ) -> Response:
        from custos.governance._report import HTML_FILE, PACK_FILE, check_period, parse_when

        form = _form_of(request)
        fmt = form.get("format", "json")
        if fmt not in ("json", "zip"):
            raise InvalidInput("the pack comes as json or zip", code="report.format")
        start, end = check_period(
            parse_when(form.get("from", ""), end=False), parse_when(form.get("to", ""), end=True)
        )
        node = _acting_node(request, _who(principal))
        envelope, html = evidence_pack_files(node, start, end, _recipient(form, "recipient"))
        stem = f"evidence-pack-{start.date().isoformat()}-{(end - timedelta(seconds=1)).date()}"
        if fmt == "json":
            return Response(
                envelope,
                media_type="application/json",
                headers={"Content-Disposition": f'attachment; filename="{stem}.json"'},
            )
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(f"{stem}/{PACK_FILE}", envelope)
            zf.writestr(f"{stem}/{HTML_FILE}", html)
        return Response(
            buf.getvalue(),
            media_type="application/zip",
            headers={"Content-Disposition": f'attachment; filename="{stem}.zip"'},
        )

    # -- incidents -------------------------------------------------------------------------

    def incidents_view(
        request: Request,
        principal: Principal | None,
        error: FormError | None = None,
        form: Mapping[str, str] | None = None,
    ) -> Response:
        """The incident list and the report form (``form``: the fields shown again; a
        kind or severity not in the lists falls back to the form's default)."""
        from custos.governance._incidents import list_incidents

        node = _node(request)
        now = node.clock()
        rows = [(i, i.clock(now)) for i in reversed(list_incidents(node))]
        overdue = [i for i, c in rows if c is not None and c.overdue]
        kinds, severities = _reportable_kinds(), ["low", "medium", "high", "critical"]
        form = form or {}
        kept = {f: form.get(f, "") for f in ("summary", "job", "dua", "datasets")}
        kind, severity = form.get("kind", "").strip(), form.get("severity", "").strip()
        kept["kind"] = kind if kind in kinds else "other"
        kept["severity"] = severity if severity in severities else ""
        return _render(
            request,
            "incidents.html",
            principal,
            status=error.status if error is not None else 200,
            rows=rows,
            overdue=overdue,
            kinds=kinds,
            severities=severities,
            form_error=error,
            kept=kept,
            confirmed=form.get("confirmed", "") == "yes",
        )

    @app.get("/incidents")
    def incidents_page(
        request: Request, principal: Annotated[Principal | None, _P(Action.INCIDENT_LIST)]
    ) -> Response:
        return incidents_view(request, principal)

    @app.post("/incidents")
    def incident_open(
        request: Request, principal: Annotated[Principal | None, _P(Action.INCIDENT_OPEN)]
    ) -> Response:
        who, form = _who(principal), _form_of(request)
        try:
            inc = _report_from_form(_acting_node(request, who), who, form)
        except CustosError as exc:
            if (error := _form_error(exc)) is None:
                raise
            return incidents_view(request, principal, error, form)
        return _redirect(f"/incidents/{inc.id}?done=incident_opened")

    @app.get("/incidents/{incident_id}")
    def incident_page(
        request: Request,
        incident_id: str,
        principal: Annotated[Principal | None, _P(Action.INCIDENT_SHOW)],
    ) -> Response:
        from custos.governance._incidents import show_incident

        node = _node(request)
        try:
            key = _name(incident_id, "an incident id")
        except InvalidInput as exc:
            raise NotFound("no such incident", code="incident.not_found") from exc
        inc, events = show_incident(node, key)
        return _render(
            request,
            "incident.html",
            principal,
            inc=inc,
            clock=inc.clock(node.clock()),
            events=[(e, _pretty(e.details, 2000) if e.details else "") for e in events],
        )

    def _incident_change(
        request: Request, principal: Principal | None, fn: Any, incident_id: str, **kw: Any
    ) -> None:
        who = _who(principal)
        fn(_acting_node(request, who), _name(incident_id, "an incident id"), actor=who.actor, **kw)

    def _text(request: Request, field: str) -> str | None:
        value = _form_of(request).get(field, "").strip()
        return value[:2000] or None

    @app.post("/incidents/{incident_id}/confirm")
    def incident_confirm(
        request: Request,
        incident_id: str,
        principal: Annotated[Principal | None, _P(Action.INCIDENT_CONFIRM)],
    ) -> Response:
        from custos.governance._incidents import confirm_incident

        note = _text(request, "note")
        _incident_change(request, principal, confirm_incident, incident_id, note=note)
        return _redirect(f"/incidents/{incident_id}?done=confirmed")

    @app.post("/incidents/{incident_id}/notified")
    def incident_notified(
        request: Request,
        incident_id: str,
        principal: Annotated[Principal | None, _P(Action.INCIDENT_NOTIFY)],
    ) -> Response:
        from custos.governance._incidents import mark_notified

        to, note = _text(request, "to"), _text(request, "note")
        _incident_change(request, principal, mark_notified, incident_id, to=to, note=note)
        return _redirect(f"/incidents/{incident_id}?done=notified")

    @app.post("/incidents/{incident_id}/close")
    def incident_close(
        request: Request,
        incident_id: str,
        principal: Annotated[Principal | None, _P(Action.INCIDENT_CLOSE)],
    ) -> Response:
        from custos.governance._incidents import close_incident

        reason = _text(request, "reason") or ""
        _incident_change(request, principal, close_incident, incident_id, reason=reason)
        return _redirect(f"/incidents/{incident_id}?done=closed")

    # -- contract review -------------------------------------------------------------------

    def contracts_view(
        request: Request,
        principal: Principal | None,
        *,
        error: FormError | None = None,
        form: Mapping[str, str] | None = None,
        done: ContractReview | None = None,
    ) -> Response:
        """The upload form, and the review (and comparison) when one was just made."""
        from custos.contract._playbook import AREAS
        from custos.contract._render import _TERM_TITLES, _TIER_TITLES
        from custos.node import list_duas

        who = _who(principal)
        duas = list_duas(_node(request)) if allowed(Action.CONTRACT_COMPARE, who.role) else []
        form = form or {}
        method = form.get("method", "")
        result = None
        if done is not None:
            result = {
                "review": done.review.to_dict(),
                "mismatches": None if done.dua is None else [m.to_dict() for m in done.mismatches],
                "conflicts": done.conflicts,
                "dua_id": None if done.dua is None else done.dua.dua.id,
                "dua_version": None if done.dua is None else done.dua.version,
            }
        return _render(
            request,
            "contracts.html",
            principal,
            status=error.status if error is not None else 200,
            duas=duas,
            methods=CONTRACT_METHODS,
            form_error=error,
            kept={
                "text": form.get("text", ""),
                "method": method if method in CONTRACT_METHODS else "classifier",
                "dua": form.get("dua", "").strip(),
                "patterns_only": form.get("patterns_only", "") == "yes",
            },
            result=result,
            area_titles={a.value: r.title for a, r in AREAS.items()},
            term_titles={k: " ".join(v).strip() for k, v in _TERM_TITLES.items()},
            tier_titles=_TIER_TITLES,
            max_mib=_cfg(request).max_upload_bytes // (1024 * 1024),
        )

    @app.get("/contracts")
    def contracts_page(
        request: Request, principal: Annotated[Principal | None, _P(Action.CONTRACT_REVIEW)]
    ) -> Response:
        return contracts_view(request, principal)

    @app.post("/contracts")
    def contract_review(
        request: Request, principal: Annotated[Principal | None, _P(Action.CONTRACT_REVIEW)]
    ) -> Response:
        who, form = _who(principal), _form_of(request)
        try:
            name, data = contract_upload(form, _files_of(request))
            method = method_of(form.get("method", "classifier") or "classifier")
            dua = form.get("dua", "").strip() or None
            if dua is not None and not allowed(Action.CONTRACT_COMPARE, who.role):
                raise Forbidden(
                    f"your role ({_ROLE_NAMES[who.role]}) may not do "
                    f"{Action.CONTRACT_COMPARE.value}",
                    code="auth.forbidden",
                )
            done = review_contract(
                _acting_node(request, who),
                who.actor,
                name,
                data,
                method=method,
                dua_id=dua,
                patterns_only=form.get("patterns_only", "") == "yes",
            )
        except CustosError as exc:
            if (error := _form_error(exc)) is None:
                raise
            return contracts_view(request, principal, error=error, form=form)
        return contracts_view(request, principal, form=form, done=done)
