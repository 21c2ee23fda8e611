"""``custos --node URL ...``: the CLI against a remote node's HTTP API (#8).

Two kinds of caller, two kinds of credential:

* a vendor signs every request with the key its DUA registers
  (``--key vendor.key``; :func:`custos.api.sign_request`);
* a person logs in once (``custos --node URL login --user NAME``) and the
  session token is kept in ``$XDG_CONFIG_HOME/custos/sessions.json`` (mode
  0600, keyed by node URL) and sent as a Bearer token. It is never printed.

TLS is verified against the system store or ``--ca FILE``; plain ``http://``
is refused to anything but loopback unless ``--insecure-http`` is given.
Server errors (``{"error": {"code", "message", "details"}}``) become the
same :class:`~custos.core.CustosError` lines and exit codes as local errors.
A command that acts on a node home and has no remote form refuses with
``remote.unsupported`` instead of quietly using a local home.

:mod:`custos.cli._app` imports this module at its end (``login``/``logout``
register here); httpx is imported only when a request is made.
"""

from __future__ import annotations

import getpass
import ipaddress
import json
import os
import shutil
import stat
import sys
import tempfile
import unicodedata
import urllib.parse
import zipfile
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from custos import __version__
from custos.cli._app import JsonOpt, PasswordFileOpt, _json, app, err, out
from custos.core._errors import (
    ConfigError,
    Conflict,
    CustosError,
    IntegrityError,
    InvalidInput,
    NotFound,
    PolicyDenied,
    StorageError,
)
from custos.core._keys import SigningKey, load_envelope

if TYPE_CHECKING:
    import httpx

API = "/api/v1"
ENV_URL = "CUSTOS_NODE_URL"
ENV_CA = "CUSTOS_NODE_CA"
# The largest bundle zip accepted, the most files in it, the largest JSON answer.
MAX_BUNDLE_BYTES = 2 << 30
MAX_BUNDLE_ENTRIES = 256
MAX_JSON_BYTES = 32 << 20
_LOOPBACK_NAMES = frozenset({"localhost", "localhost."})


class RemoteError(CustosError):
    """The remote node cannot be reached or answered something unusable."""

    code = "remote.error"
    exit_code = 69  # EX_UNAVAILABLE


class RemoteUnsupported(CustosError):
    """The command has no remote form (it would act on a local node home)."""

    code = "remote.unsupported"
    exit_code = 64  # EX_USAGE


class RemoteAuthError(CustosError):
    """No, bad or expired credentials (HTTP 401); the exit code of AuthError."""

    code = "auth.required"
    exit_code = PolicyDenied.exit_code


def not_remote(ctx: typer.Context) -> RemoteUnsupported:
    """The error for a command that would act on a local node home under ``--node``."""
    return RemoteUnsupported(
        f"'{ctx.command_path}' is not available against a remote node; run it on the node "
        f"itself (without --node and {ENV_URL})",
        code="remote.unsupported",
    )


# -- the node URL and TLS -----------------------------------------------------------


def _is_loopback(host: str) -> bool:
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def normalize_url(url: str, *, insecure_http: bool = False) -> str:
    """``scheme://host[:port]`` of a node URL, or an error saying what is wrong with it."""
    bad = InvalidInput("--node must be a URL like https://node.example.org:8443", code="remote.url")
    try:
        parts = urllib.parse.urlsplit(url.strip())
        port = parts.port
    except ValueError:
        raise bad from None
    host = parts.hostname
    if parts.scheme not in ("http", "https") or not host:
        raise bad
    if parts.username or parts.password or parts.query or parts.fragment:
        raise InvalidInput(
            "--node takes no user, password, query or fragment; people log in with "
            "'custos --node URL login'",
            code="remote.url",
        )
    if parts.path not in ("", "/"):
        raise InvalidInput(
            "--node must be the node's root URL (the API is under /api/v1 there)",
            code="remote.url",
        )
    if parts.scheme == "http" and not _is_loopback(host) and not insecure_http:
        raise InvalidInput(
            f"plain http:// is only for loopback; use https:// for {host} (or --insecure-http "
            "on a network you trust, never for patient-facing nodes)",
            code="remote.tls_required",
        )
    netloc = f"[{host}]" if ":" in host else host.lower()
    if port is not None and port != {"http": 80, "https": 443}[parts.scheme]:
        netloc += f":{port}"
    return f"{parts.scheme}://{netloc}"


def _ssl_context(ca: Path | None) -> Any:
    import ssl

    if ca is None:
        return ssl.create_default_context()  # the system trust store
    try:
        return ssl.create_default_context(cafile=str(ca))
    except (OSError, ssl.SSLError) as exc:
        raise InvalidInput(
            f"cannot use {ca.name} as a CA certificate file (PEM)", code="remote.ca"
        ) from exc


# -- sessions --------------------------------------------------------------------------


def sessions_path() -> Path:
    """``$XDG_CONFIG_HOME/custos/sessions.json`` (default ``~/.config``)."""
    base = os.environ.get("XDG_CONFIG_HOME", "")
    root = Path(base) if base and Path(base).is_absolute() else Path.home() / ".config"
    return root / "custos" / "sessions.json"


class Sessions:
    """The people's session tokens, per node URL, in one file only its owner may read."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or sessions_path()

    def _load(self) -> dict[str, dict[str, Any]]:
        try:
            st = self.path.stat()
        except FileNotFoundError:
            return {}
        if os.name == "posix" and st.st_mode & 0o077:
            raise ConfigError(
                f"{self.path.name} is readable by others; run: chmod 600 {self.path}",
                code="remote.sessions_permissions",
            )
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise ConfigError(
                f"cannot read {self.path.name}; remove it and log in again",
                code="remote.sessions_file",
            ) from exc
        nodes = data.get("nodes") if isinstance(data, dict) else None
        if not isinstance(nodes, dict):
            return {}
        return {k: v for k, v in nodes.items() if isinstance(v, dict)}

    def _save(self, nodes: dict[str, dict[str, Any]]) -> None:
        folder = self.path.parent
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".sessions-", suffix=".tmp")  # 0600
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump({"nodes": nodes}, fh, indent=2, sort_keys=True)
                fh.write("\n")
            os.chmod(tmp, 0o600)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def get(self, url: str) -> dict[str, Any] | None:
        return self._load().get(url)

    def put(self, url: str, entry: dict[str, Any]) -> None:
        nodes = self._load()
        nodes[url] = entry
        self._save(nodes)

    def drop(self, url: str) -> bool:
        nodes = self._load()
        if nodes.pop(url, None) is None:
            return False
        self._save(nodes)
        return True


# -- errors from the node ------------------------------------------------------------------


def _clean(text: Any, limit: int = 500) -> str:
    """A server-supplied string made safe for a terminal: no control characters, bounded."""
    s = "".join(c for c in str(text) if unicodedata.category(c)[0] != "C" or c == " ")
    return s[:limit]


_BY_STATUS: dict[int, type[CustosError]] = {
    400: InvalidInput,
    401: RemoteAuthError,
    403: PolicyDenied,
    404: NotFound,
    409: Conflict,
    413: InvalidInput,
    422: InvalidInput,
    503: StorageError,
}


def error_from_response(status: int, body: bytes) -> CustosError:
    """The local error for a node's error answer (its code, message and details)."""
    try:
        payload = json.loads(body)
    except ValueError:
        payload = None
    error = payload.get("error") if isinstance(payload, dict) else None
    if isinstance(error, dict) and isinstance(error.get("code"), str):
        code = _clean(error["code"], 80)
        message = _clean(error.get("message") or f"the node answered HTTP {status}")
        raw = error.get("details")
        details = [_clean(d) for d in raw[:50]] if isinstance(raw, list) else []
    else:
        code, message, details = f"remote.http_{status}", f"the node answered HTTP {status}", []
    cls = _BY_STATUS.get(status, RemoteError)
    if status == 429:
        cls = Conflict  # EX_TEMPFAIL: try again later
    return cls(message, code=code, details=details)


# -- the client ----------------------------------------------------------------------------


class Remote:
    """One remote node: its URL, TLS trust, and how this caller authenticates."""

    def __init__(
        self,
        url: str,
        *,
        ca: Path | None = None,
        insecure_http: bool = False,
        sessions: Sessions | None = None,
        timeout: float = 30.0,
    ) -> None:
        self.url = normalize_url(url, insecure_http=insecure_http)
        # host[:port] as sent in the Host header; a vendor's signature covers it.
        self.authority = self.url.split("://", 1)[1]
        self.ca = ca
        self.sessions = sessions or Sessions()
        self.timeout = timeout
        self._http: httpx.Client | None = None

    # -- transport

    def _client(self) -> httpx.Client:
        if self._http is None:
            import httpx

            verify = _ssl_context(self.ca) if self.url.startswith("https://") else True
            self._http = httpx.Client(
                verify=verify,
                timeout=httpx.Timeout(self.timeout, connect=10.0),
                follow_redirects=False,
                trust_env=False,  # no proxy from the environment sees the credentials
                headers={"User-Agent": f"custos-cli/{__version__}"},
            )
        return self._http

    def close(self) -> None:
        if self._http is not None:
            self._http.close()
            self._http = None

    def _auth_headers(
        self, method: str, target: str, body: bytes, key: SigningKey | None, auth: bool
    ) -> dict[str, str]:
        if key is not None:
            from custos.api import sign_request

            return sign_request(key, method, target, body, host=self.authority)
        if not auth:
            return {}
        entry = self.sessions.get(self.url)
        token = entry.get("token") if entry else None
        if not isinstance(token, str) or not token:
            raise RemoteAuthError(
                f"not logged in to {self.url}: run 'custos --node {self.url} login --user NAME' "
                "(people) or give --key VENDOR.key (vendors)",
                code="remote.not_logged_in",
            )
        return {"Authorization": f"Bearer {token}"}

    def request(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, str | None] | None = None,
        body: Any = None,
        key: SigningKey | None = None,
        auth: bool = True,
        sink: IO[bytes] | None = None,
        max_bytes: int = MAX_JSON_BYTES,
    ) -> Any:
        """Send one request; the parsed JSON answer (or the bytes streamed into ``sink``)."""
        import httpx

        target = API + path
        query = {k: v for k, v in (params or {}).items() if v is not None}
        if query:
            target += "?" + urllib.parse.urlencode(query)
        raw = b"" if body is None else json.dumps(body).encode("utf-8")
        headers = {"Accept": "application/json"}
        if body is not None:
            headers["Content-Type"] = "application/json"
        headers.update(self._auth_headers(method, target, raw, key, auth))
        try:
            with self._client().stream(
                method, self.url + target, content=raw or None, headers=headers
            ) as resp:
                if resp.status_code >= 400:
                    error = error_from_response(resp.status_code, _read(resp, 1 << 20))
                    if resp.status_code == 401 and key is None and auth:
                        error.details += (
                            f"log in again: custos --node {self.url} login --user NAME",
                        )
                    raise error
                if resp.status_code >= 300:
                    raise RemoteError(
                        f"the node answered HTTP {resp.status_code} (a redirect); give --node "
                        "the node's own URL",
                        code="remote.redirect",
                    )
                if sink is not None:
                    _copy(resp, sink, max_bytes)
                    return None
                data = _read(resp, max_bytes)
        except httpx.TimeoutException as exc:
            raise RemoteError(
                f"the node at {self.url} did not answer in time", code="remote.timeout"
            ) from exc
        except httpx.ConnectError as exc:
            text = str(exc).upper()
            if "CERTIFICATE" in text:
                raise RemoteError(
                    f"the TLS certificate of {self.url} does not verify; give its CA with "
                    f"--ca FILE (or {ENV_CA})",
                    code="remote.tls",
                ) from exc
            if "SSL" in text or "TLS" in text:
                raise RemoteError(
                    f"the TLS handshake with {self.url} failed (does it serve https?)",
                    code="remote.tls",
                ) from exc
            raise RemoteError(
                f"cannot connect to the node at {self.url} (is 'custos serve' running there?)",
                code="remote.unreachable",
            ) from exc
        except httpx.HTTPError as exc:
            raise RemoteError(
                f"the connection to {self.url} failed ({type(exc).__name__})",
                code="remote.transport",
            ) from exc
        try:
            return json.loads(data) if data else None
        except ValueError as exc:
            raise RemoteError(
                "the node's answer is not JSON; is --node a custos node?", code="remote.bad_answer"
            ) from exc

    def call(self, method: str, *parts: str, **kwargs: Any) -> Any:
        """One request to ``/api/v1/PART/...`` (each part one quoted path segment), then
        the connection closed: a CLI command makes one request (see :meth:`request`)."""
        try:
            return self.request(method, api_path(*parts), **kwargs)
        finally:
            self.close()


def api_path(*parts: str) -> str:
    """``/PART/PART...`` with each part quoted as one segment (no ``.``/``..`` tricks)."""
    for part in parts:
        if part in ("", ".", ".."):
            raise InvalidInput(f"{part!r} is not a valid name or id here", code="input.name")
    return "".join("/" + urllib.parse.quote(part, safe="") for part in parts)


def _read(resp: httpx.Response, limit: int) -> bytes:
    buf = bytearray()
    for chunk in resp.iter_bytes():
        buf += chunk
        if len(buf) > limit:
            raise RemoteError("the node's answer is too large", code="remote.too_large")
    return bytes(buf)


def _copy(resp: httpx.Response, sink: IO[bytes], limit: int) -> None:
    n = 0
    for chunk in resp.iter_bytes():
        n += len(chunk)
        if n > limit:
            raise RemoteError(
                "the node's answer is larger than this client accepts", code="remote.too_large"
            )
        sink.write(chunk)


# -- bundles: safe unpacking -----------------------------------------------------------------


def _entry_name(info: zipfile.ZipInfo, top: str) -> str | None:
    """The file name an entry may be written as (None: the top folder itself), or an error."""
    name = info.filename
    bad = IntegrityError(
        "the bundle archive holds an unsafe entry; nothing was written",
        code="bundle.unsafe_entry",
        details=[_clean(name, 200)],
    )
    if (
        not name
        or "\\" in name
        or "\x00" in name
        or name.startswith("/")
        or ":" in name
        or any(unicodedata.category(c)[0] == "C" for c in name)
    ):
        raise bad
    mode = (info.external_attr >> 16) & 0o170000
    if mode and mode not in (stat.S_IFREG, stat.S_IFDIR):
        raise bad  # a link, a device, a pipe
    parts = name.rstrip("/").split("/") if info.is_dir() else name.split("/")
    if any(p in ("", ".", "..") for p in parts):
        raise bad
    if parts[0] == top:
        parts = parts[1:]
    if info.is_dir():
        if parts:
            raise bad  # a bundle is flat: only the job's own folder
        return None
    if len(parts) != 1:
        raise bad
    return parts[0]


def unpack_bundle(archive: Path | IO[bytes], dest: Path, *, top: str) -> list[Path]:
    """Unpack a bundle zip into ``dest`` (created, must not exist): flat files, bounded.

    Entries are ``TOP/NAME`` or ``NAME``; anything else (an absolute path, ``..``,
    a link, a folder, a duplicate, too many entries, too many bytes) is refused
    before a byte is written, and byte counts are enforced while writing too.
    """
    from custos.ledger._receipt import MAX_BUNDLE_FILE

    try:
        zf = zipfile.ZipFile(archive)
    except (zipfile.BadZipFile, OSError) as exc:
        raise IntegrityError("the bundle is not a zip archive", code="bundle.archive") from exc
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_BUNDLE_ENTRIES:
            raise IntegrityError("the bundle archive has too many entries", code="bundle.too_many")
        plan: list[tuple[zipfile.ZipInfo, str]] = []
        seen: set[str] = set()
        total = 0
        for info in infos:
            name = _entry_name(info, top)
            if name is None:
                continue
            if name.lower() in seen:
                raise IntegrityError(
                    "the bundle archive names a file twice", code="bundle.duplicate"
                )
            seen.add(name.lower())
            if info.file_size > MAX_BUNDLE_FILE:
                raise IntegrityError("a bundle file is too large", code="bundle.too_large")
            total += info.file_size
            plan.append((info, name))
        if total > MAX_BUNDLE_BYTES:
            raise IntegrityError("the bundle is too large", code="bundle.too_large")
        dest.mkdir(mode=0o700)
        written: list[Path] = []
        for info, name in plan:
            target = dest / name
            if target.resolve().parent != dest.resolve():
                raise IntegrityError("unsafe bundle entry", code="bundle.unsafe_entry")
            n = 0
            with zf.open(info) as src, target.open("xb") as dst:
                while chunk := src.read(1 << 20):
                    n += len(chunk)
                    if n > info.file_size or n > MAX_BUNDLE_FILE:
                        raise IntegrityError(
                            "a bundle file is larger than its archive entry says",
                            code="bundle.too_large",
                        )
                    dst.write(chunk)
            written.append(target)
    return written


# -- people: login and logout -------------------------------------------------------------


def remote_from(ctx: typer.Context) -> Remote | None:
    """The remote node of ``--node``/``CUSTOS_NODE_URL`` (None: act on the local home)."""
    obj = ctx.find_root().obj
    url = getattr(obj, "node", None)
    if not url:
        return None
    return Remote(
        url, ca=getattr(obj, "ca", None), insecure_http=getattr(obj, "insecure_http", False)
    )


def _require_remote(ctx: typer.Context) -> Remote:
    remote = remote_from(ctx)
    if remote is None:
        raise InvalidInput(
            f"'{ctx.command_path}' talks to a remote node: give --node URL (or set {ENV_URL})",
            code="remote.node_required",
        )
    return remote


def read_password(password_file: Path | None, prompt: str, *, confirm: bool = False) -> str:
    """A password from a file, a prompt (asked twice with ``confirm``) or one line on stdin."""
    if password_file is not None:
        try:
            text = password_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InvalidInput(
                f"cannot read the password file {password_file.name}", code="user.password_file"
            ) from exc
        password = text.rstrip("\r\n")
    elif sys.stdin.isatty():
        password = getpass.getpass(prompt)
        if confirm and getpass.getpass("again: ") != password:
            raise InvalidInput("the two passwords differ", code="user.password")
    else:
        password = sys.stdin.readline().rstrip("\r\n")  # a pipe: one line
    if not password:
        raise InvalidInput("no password given", code="user.password")
    return password


@app.command("login")
def login(
    ctx: typer.Context,
    user: Annotated[
        str | None,
        typer.Option("--user", help="Your account on the node (default: the global --user)."),
    ] = None,
    password_file: PasswordFileOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Log in to the remote node of --node; the session is kept for later commands."""
    remote = _require_remote(ctx)
    name = user or getattr(ctx.find_root().obj, "user", None) or getpass.getuser()
    password = read_password(password_file, f"password for {name} at {remote.url}: ")
    try:
        answer = remote.request(
            "POST", "/session", body={"username": name, "password": password}, auth=False
        )
    finally:
        remote.close()
    if not isinstance(answer, dict) or not isinstance(answer.get("token"), str):
        raise RemoteError("the node's login answer is malformed", code="remote.bad_answer")
    info = {
        "node": remote.url,
        "user": str(answer.get("user", name)),
        "role": str(answer.get("role", "")),
        "expires_at": str(answer.get("expires_at", "")),
    }
    remote.sessions.put(remote.url, {**info, "token": answer["token"]})
    if as_json:
        _json(info)
        return
    out.print(
        f"[green]logged in[/] to {escape(remote.url)} as [bold]{escape(info['user'])}[/] "
        f"({escape(info['role'])}); session until {escape(info['expires_at'][:19])}"
    )


@app.command("logout")
def logout(ctx: typer.Context) -> None:
    """End the session on the remote node of --node and forget it here."""
    remote = _require_remote(ctx)
    if remote.sessions.get(remote.url) is None:
        out.print(f"not logged in to {escape(remote.url)}")
        return
    try:
        remote.request("DELETE", "/session")
    except RemoteAuthError:
        pass  # the session had ended at the node already
    finally:
        remote.close()
    remote.sessions.drop(remote.url)
    out.print(f"logged out of {escape(remote.url)}")


# -- the remote forms of the commands ----------------------------------------------------------


def _key(key: Path | None) -> SigningKey | None:
    return None if key is None else SigningKey.load(key)


def _print_job(job: dict[str, Any]) -> None:
    out.print(
        f"job [bold]{escape(str(job.get('id')))}[/] ({escape(str(job.get('name')))}) "
        f"[bold]{escape(str(job.get('state')))}[/]"
    )
    out.print(
        f"vendor {escape(str(job.get('vendor')))}, dataset {escape(str(job.get('dataset')))}, "
        f"DUA {escape(str(job.get('dua')))} v{job.get('dua_version')}, "
        f"epsilon {job.get('epsilon')}, delta {job.get('delta')}"
    )
    out.print(f"spec {job.get('spec_hash')}\nmodel {job.get('model_hash')}", markup=False)
    model = (job.get("spec") or {}).get("model") or {}
    if model.get("arch") == "custom" and isinstance(model.get("source"), str):
        from rich.syntax import Syntax

        out.print(
            "[bold yellow]custom model code[/] (runs only in the sandbox; approving this "
            f"job approves exactly this code, hash {escape(str(job.get('model_hash')))}):"
        )
        out.print(Syntax(model["source"], "python", line_numbers=True))
    if job.get("decided_by"):
        out.print(
            f"decided by {job['decided_by']} at {job.get('decided_at')}: "
            f"{job.get('decision_reason')}",
            markup=False,
        )
    _print_reasons(job)


def _print_reasons(job: dict[str, Any]) -> None:
    t = Table("", "clause", "reason")
    for r in (job.get("decision") or {}).get("reasons", []):
        t.add_row(
            "[green]✓[/]" if r.get("passed") else "[red]✗[/]",
            escape(str(r.get("clause"))),
            escape(str(r.get("message"))),
        )
    out.print(t)


def job_submit(
    remote: Remote,
    file: Path,
    signature: Path | None,
    key_path: Path | None,
    as_json: bool,
) -> None:
    """Submit a signed JobSpec to the remote node, the request signed with the vendor key."""
    from custos.cli._app import _read_spec
    from custos.core._canonical import canonical_json
    from custos.core._errors import SignatureError
    from custos.jobs import sign_spec
    from custos.jobs._spec import unverified_payload

    if key_path is None:
        raise InvalidInput(
            "a vendor submits to a remote node with its key: add --key VENDOR.key",
            code="remote.key_required",
        )
    key = SigningKey.load(key_path)
    if file.name.endswith(".dsse.json"):
        envelope = load_envelope(file)
    else:
        expected = _read_spec(file)
        sig = signature or file.with_name(file.name + ".dsse.json")
        if signature is None and not sig.exists():
            envelope = sign_spec(expected, key)
            err.print(f"signed {escape(file.name)} with {escape(key_path.name)}")
        else:
            envelope = load_envelope(sig)
            if unverified_payload(envelope).canonical() != canonical_json(expected.to_json()):
                raise SignatureError(
                    "the job spec differs from what was signed; sign it again",
                    code="jobspec.changed",
                )
    job = remote.call("POST", "jobs", body=envelope, key=key)
    if as_json:
        _json(job)
    else:
        state = str(job.get("state"))
        colour = {"REJECTED": "red", "APPROVED": "green"}.get(state, "yellow")
        out.print(f"job [bold]{escape(str(job.get('id')))}[/]: [{colour}]{escape(state)}[/]")
        _print_reasons(job)
    if job.get("state") == "REJECTED":
        raise typer.Exit(code=77)


def job_list(remote: Remote, state: str | None, key_path: Path | None, as_json: bool) -> None:
    jobs = remote.call("GET", "jobs", params={"state": state}, key=_key(key_path))
    if as_json:
        _json([{k: v for k, v in j.items() if k not in ("spec", "decision")} for j in jobs])
        return
    t = Table("id", "state", "vendor", "dataset", "epsilon", "submitted")
    for j in jobs:
        t.add_row(
            *(escape(str(j.get(k))) for k in ("id", "state", "vendor", "dataset")),
            f"{j.get('epsilon'):g}" if isinstance(j.get("epsilon"), float | int) else "-",
            escape(str(j.get("submitted_at", ""))[:19]),
        )
    out.print(t)


def job_show(remote: Remote, job_id: str, key_path: Path | None, as_json: bool) -> None:
    job = remote.call("GET", "jobs", job_id, key=_key(key_path))
    if as_json:
        _json(job)
        return
    _print_job(job)


def job_decide(remote: Remote, job_id: str, reason: str | None, as_json: bool) -> None:
    """Approve (``reason`` None) or reject a job as the logged-in custodian."""
    if reason is None:
        job = remote.call("POST", "jobs", job_id, "approve")
    else:
        job = remote.call("POST", "jobs", job_id, "reject", body={"reason": reason})
    if as_json:
        _json(job)
        return
    state = escape(str(job.get("state")))
    if reason is None:
        by = escape(str(job.get("decided_by")))
        out.print(f"job [bold]{escape(str(job.get('id')))}[/]: [green]{state}[/] by {by}")
    else:
        out.print(f"job [bold]{escape(str(job.get('id')))}[/]: [red]{state}[/] ({escape(reason)})")


def job_fetch(
    remote: Remote,
    job_id: str,
    out_dir: Path,
    to: str | None,
    key_path: Path | None,
    public_key: str | None,
    as_json: bool,
) -> None:
    """Download a released bundle, unpack it safely, verify its receipt here, then keep it."""
    from custos.cli._app import _print_verified, _public_key
    from custos.ledger import verify_bundle

    if public_key is None:
        raise InvalidInput(
            "a bundle from a remote node is verified here before it is kept: give the node's "
            "public key with --public-key NODE.pub (a file or ed25519:<b64>)",
            code="remote.public_key_required",
        )
    node_key = _public_key(public_key)
    if out_dir.exists() and (not out_dir.is_dir() or any(out_dir.iterdir())):
        raise Conflict(
            f"{out_dir} exists and is not an empty directory", code="fetch.out_not_empty"
        )
    key = _key(key_path)
    parent = out_dir.absolute().parent
    parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".custos-fetch-", dir=parent))
    try:
        with tempfile.TemporaryFile(dir=work) as spool:
            remote.call(
                "GET",
                "jobs",
                job_id,
                "bundle",
                params={"to": to},
                key=key,
                sink=spool,
                max_bytes=MAX_BUNDLE_BYTES,
            )
            spool.seek(0)
            unpack_bundle(spool, work / "bundle", top=job_id)
        verified = verify_bundle(work / "bundle", node_key)
        if out_dir.exists():
            out_dir.rmdir()
        os.replace(work / "bundle", out_dir)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if not as_json:
        for name in sorted(verified.files):
            out.print(f"  {out_dir / name}", markup=False)
        out.print(f"  {out_dir / 'receipt.dsse.json'}", markup=False)
    _print_verified(verified, as_json)


def budget_show(remote: Remote, dataset: str, as_json: bool) -> None:
    from custos.cli._app import _print_budget

    status = remote.call("GET", "budgets", dataset)
    if as_json:
        _json(status)
        return
    _print_budget(dataset, status)


def audit_verify(remote: Remote, as_json: bool) -> None:
    from custos.cli._app import _report
    from custos.ledger._audit import VerifyReport

    d = remote.call("GET", "audit", "verify")
    report = VerifyReport(
        entries=int(d.get("entries", 0)),
        checkpoints=int(d.get("checkpoints", 0)),
        last_seq=int(d.get("last_seq", 0)),
        last_checkpoint_seq=int(d.get("last_checkpoint_seq", 0)),
        problems=[_clean(p) for p in d.get("problems", [])],
        truncated_problems=int(d.get("more_problems", 0)),
        redacted=int(d.get("redacted_entries", 0)),
    )
    if not d.get("ok", False) and not report.problems:
        report.problems.append("the node reports the log does not verify")
    _report(report, as_json, "audit log (remote)")


# -- what a remote command sends: local files read here ----------------------------------------


def dataset_body(name: str, file: Path, card: Path) -> dict[str, Any]:
    """``POST /datasets``: the data file by its base name (it must already be in the node's
    ``imports/`` folder; no data leaves this machine) and the data card read here."""
    from custos.node._registry import load_card

    return {"name": name, "file": file.name, "card": load_card(card).model_dump(mode="json")}


def dua_document(file: Path) -> dict[str, Any]:
    """``POST /duas``: the DUA read and checked here, the vendor's key inline (a
    ``public_key_file`` is read here, relative to the DUA file, as a local add does)."""
    from custos.policy._dua import load_dua

    return load_dua(file).to_json()


# -- what a remote command receives: files written here -----------------------------------------


def audit_export(remote: Remote, out_file: Path, to: str | None) -> int:
    """Write the node's audit export (JSON Lines, signed trailer) to ``out_file``; the
    number of entries. Nothing is written unless the whole answer is a complete export."""
    tmp = out_file.with_name(out_file.name + ".partial")
    try:
        with tmp.open("wb") as fh:
            remote.call(
                "POST", "audit", "export", body={"to": to}, sink=fh, max_bytes=MAX_BUNDLE_BYTES
            )
        n = _export_entries(tmp)
        os.replace(tmp, out_file)
    finally:
        tmp.unlink(missing_ok=True)
    return n


def _export_entries(path: Path) -> int:
    bad = RemoteError("the node's audit export is malformed", code="remote.bad_answer")
    n, last = 0, None
    with path.open("rb") as fh:
        for line in fh:
            try:
                last = json.loads(line).get("type")
            except (ValueError, AttributeError):
                raise bad from None
            n += last in ("entry", "redacted")
    if last != "trailer":
        raise bad
    return n


def evidence_pack(
    remote: Remote, start: Any, end: Any, out_dir: Path, recipient: str | None
) -> dict[str, Any]:
    """Ask the node for the signed evidence pack and write ``pack.json`` into ``out_dir``.

    The API returns the signed envelope only; ``pack.html`` is rendered here from the
    pack and written only if it is byte for byte the page the signed pack names (the
    same custos version renders the same page). Returns what a local run reports,
    plus ``html`` (whether ``pack.html`` was written).
    """
    import base64
    import hashlib

    from custos.core._canonical import loads
    from custos.governance._report import HTML_FILE, PACK_FILE
    from custos.governance._report_html import render_pack_html

    if out_dir.exists() and (not out_dir.is_dir() or any(out_dir.iterdir())):
        raise Conflict(
            f"{out_dir.name} exists and is not an empty directory", code="report.out_not_empty"
        )
    body = {"from": start.isoformat(), "to": end.isoformat(), "recipient": recipient}
    envelope = remote.call("POST", "audit", "evidence-pack", body=body)
    try:
        pack = loads(base64.b64decode(str(envelope["payload"]), validate=True))
        signed_html = pack["html"]["sha256"]
        info = {k: pack[k] for k in ("period", "recipient", "summary")}
    except (CustosError, KeyError, TypeError, ValueError) as exc:
        raise RemoteError(
            "the node's evidence pack is malformed", code="remote.bad_answer"
        ) from exc
    data = json.dumps(envelope, indent=2, sort_keys=True).encode("utf-8") + b"\n"
    html = render_pack_html({k: v for k, v in pack.items() if k != "html"}).encode("utf-8")
    same = "sha256:" + hashlib.sha256(html).hexdigest() == signed_html
    out_dir.mkdir(parents=True, exist_ok=True)
    if same:
        (out_dir / HTML_FILE).write_bytes(html)
    (out_dir / PACK_FILE).write_bytes(data)
    return {
        "out": str(out_dir),
        "pack_sha256": "sha256:" + hashlib.sha256(data).hexdigest(),
        **info,
        "html": same,
    }
