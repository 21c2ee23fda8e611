"""CLI for the HTTP API (#8): ``custos serve`` and the people's accounts (``custos user``).

Registers its commands on :mod:`custos.cli._app` when that module imports it.
FastAPI, uvicorn and argon2 are imported only when these commands run.
"""

from __future__ import annotations

import os
import re
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from custos.cli._app import JsonOpt, PasswordFileOpt, _ctx, _json, _open, app, out
from custos.core._errors import InvalidInput

user_app = typer.Typer(
    help="People's accounts for the API: custodian, privacy_officer, auditor.",
    no_args_is_help=True,
)
app.add_typer(user_app, name="user")


def _read_password(password_file: Path | None) -> str:
    from custos.cli._remote import read_password

    return read_password(password_file, "password: ", confirm=True)


@user_app.command("add")
def user_add(
    ctx: typer.Context,
    name: str,
    role: Annotated[str, typer.Option("--role", help="custodian, privacy_officer or auditor.")],
    password_file: PasswordFileOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Create an account; the password is stored only as an argon2id hash."""
    from custos.api._accounts import add_user, check_username, parse_role

    check_username(name)
    parse_role(role)
    password = _read_password(password_file)
    node = _open(ctx)
    try:
        user = add_user(node, name, role, password, actor=node.actor("custodian"))
    finally:
        node.close()
    if as_json:
        _json(user.to_dict())
        return
    out.print(f"[green]added[/] user [bold]{escape(user.name)}[/] ({user.role.value})")


def _set_disabled(ctx: typer.Context, name: str, disabled: bool, as_json: bool) -> None:
    from custos.api._accounts import check_username, set_disabled

    check_username(name)
    node = _open(ctx)
    try:
        user = set_disabled(node, name, disabled, actor=node.actor("custodian"))
    finally:
        node.close()
    if as_json:
        _json(user.to_dict())
        return
    word = "[yellow]disabled[/]" if disabled else "[green]enabled[/]"
    out.print(f"{word} user [bold]{escape(user.name)}[/]")


@user_app.command("disable")
def user_disable(ctx: typer.Context, name: str, as_json: JsonOpt = False) -> None:
    """Disable an account: it cannot log in and its open sessions end at once."""
    _set_disabled(ctx, name, True, as_json)


@user_app.command("enable")
def user_enable(ctx: typer.Context, name: str, as_json: JsonOpt = False) -> None:
    """Enable a disabled account again."""
    _set_disabled(ctx, name, False, as_json)


@user_app.command("passwd")
def user_passwd(
    ctx: typer.Context,
    name: str,
    password_file: PasswordFileOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Set a new password for an account; its open sessions end."""
    from custos.api._accounts import check_username, set_password

    check_username(name)
    password = _read_password(password_file)
    node = _open(ctx)
    try:
        ended = set_password(node, name, password, actor=node.actor("custodian"))
    finally:
        node.close()
    if as_json:
        _json({"name": name, "sessions_ended": ended})
        return
    out.print(f"[green]password set[/] for [bold]{escape(name)}[/] ({ended} session(s) ended)")


@user_app.command("list")
def user_list(ctx: typer.Context, as_json: JsonOpt = False) -> None:
    """List the accounts (never their password hashes)."""
    from custos.api._accounts import list_users

    node = _open(ctx)
    try:
        users = list_users(node)
    finally:
        node.close()
    if as_json:
        _json([u.to_dict() for u in users])
        return
    t = Table("name", "role", "created", "by", "disabled")
    for u in users:
        t.add_row(
            u.name,
            u.role.value,
            u.created_at.isoformat()[:19],
            u.created_by,
            "yes" if u.disabled else "",
        )
    out.print(t)


_SERVER_NAME = re.compile(
    r"^(\[[0-9a-f:.]+\]|[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*)$"
)


def check_server_name(name: str) -> str:
    """A DNS name, an IPv4 address or a bracketed IPv6 address; lower-cased, no port."""
    value = name.strip().lower().rstrip(".")
    if len(value) > 253 or not _SERVER_NAME.match(value):
        raise InvalidInput(
            "--server-name is a host name or address without scheme, port or path "
            "(e.g. custos.hospital.example, 10.0.0.5, [::1])",
            code="serve.server_name",
        )
    return value


def check_listen(
    host: str, tls_cert: Path | None, tls_key: Path | None, insecure_http: bool
) -> bool:
    """Refuse plain HTTP off loopback (unless behind a TLS proxy); True on loopback."""
    if (tls_cert is None) != (tls_key is None):
        raise InvalidInput("give both --tls-cert and --tls-key, or neither", code="serve.tls")
    loopback = host in ("127.0.0.1", "::1", "localhost")
    if tls_cert is None and not loopback and not insecure_http:
        raise InvalidInput(
            "plain HTTP is only for 127.0.0.1; give --tls-cert/--tls-key (or --insecure-http "
            "behind a TLS-terminating proxy)",
            code="serve.tls_required",
        )
    return loopback


@app.command("serve")
def serve(
    ctx: typer.Context,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8443,
    tls_cert: Annotated[
        Path | None, typer.Option("--tls-cert", help="TLS certificate chain (PEM).")
    ] = None,
    tls_key: Annotated[
        Path | None, typer.Option("--tls-key", help="TLS private key (PEM).")
    ] = None,
    max_body: Annotated[
        int, typer.Option("--max-body", min=1024, help="Largest request body, in bytes.")
    ] = 1024 * 1024,
    rate: Annotated[
        int, typer.Option("--rate", min=1, help="Requests per minute per client address.")
    ] = 600,
    login_rate: Annotated[
        int, typer.Option("--login-rate", min=1, help="Login attempts per minute per address.")
    ] = 10,
    insecure_http: Annotated[
        bool,
        typer.Option(
            "--insecure-http",
            help="Allow plain HTTP on an address other than loopback (behind a TLS proxy only).",
        ),
    ] = False,
    server_name: Annotated[
        list[str] | None,
        typer.Option(
            "--server-name",
            help="A host name clients use to reach this node (repeatable; the TLS "
            "certificate's name). Required off loopback; other Host headers are refused "
            "and vendors' request signatures must name one of these.",
        ),
    ] = None,
    idle_timeout: Annotated[
        int,
        typer.Option(
            "--idle-timeout", min=1, max=1440, help="Minutes of inactivity that end a session."
        ),
    ] = 15,
    workers: Annotated[
        int,
        typer.Option(
            "--workers",
            min=1,
            max=64,
            help="Server processes. They share sessions, request nonces and rate limits "
            "through the node database.",
        ),
    ] = 1,
    rate_store: Annotated[
        str | None,
        typer.Option(
            "--rate-store",
            help="Where rate limits are kept: memory (this process) or database (shared by "
            "every server process on the node database). Default: memory with one worker, "
            "database with more.",
        ),
    ] = None,
) -> None:
    """Serve the node's HTTP API (OpenAPI at /docs and /openapi.json)."""
    import uvicorn

    from custos.api._app import SERVE_SPEC_ENV, ApiConfig, create_app, serve_spec
    from custos.core._config import load_settings

    loopback = check_listen(host, tls_cert, tls_key, insecure_http)
    names = frozenset(check_server_name(n) for n in server_name or ())
    if not names:
        if not loopback:
            raise InvalidInput(
                "off loopback, give --server-name for each name clients use to reach this node "
                "(e.g. the TLS certificate's name)",
                code="serve.server_name_required",
            )
        names = frozenset({"127.0.0.1", "localhost", "[::1]"})
    store = rate_store or ("database" if workers > 1 else "memory")
    if store not in ("memory", "database"):
        raise InvalidInput("--rate-store is memory or database", code="serve.rate_store")
    if workers > 1 and store == "memory":
        # Each process would keep its own count: the limit would be N times the one set.
        raise InvalidInput(
            "with --workers above 1 the rate limits must be shared: --rate-store database",
            code="serve.rate_store",
        )
    c = _ctx(ctx)
    settings = load_settings(home=c.home, user=c.user)
    # Opening the node here reports a missing home or an old schema as a clean error.
    _open(ctx).close()
    config = ApiConfig(
        max_body_bytes=max_body,
        rate_per_minute=rate,
        login_rate_per_minute=login_rate,
        secure_cookies=tls_cert is not None,
        server_names=names,
        idle_timeout=timedelta(minutes=idle_timeout),
        rate_limit_store=store,
    )
    app: Any
    if workers == 1:
        app = create_app(settings, config)
    else:
        # uvicorn starts each process from an import string; the factory
        # reads the same settings from the environment the processes inherit.
        os.environ[SERVE_SPEC_ENV] = serve_spec(settings, config)
        app = "custos.api._app:app_from_env"
    out.print(
        f"serving the custos API on {'https' if tls_cert else 'http'}://{host}:{port} "
        f"(OpenAPI: /docs; {workers} worker{'s' if workers > 1 else ''}, "
        f"rate limits in {store})"
    )
    uvicorn.run(
        app,
        factory=workers > 1,
        workers=workers if workers > 1 else None,
        host=host,
        port=port,
        ssl_certfile=str(tls_cert) if tls_cert else None,
        ssl_keyfile=str(tls_key) if tls_key else None,
        log_level="info",
        server_header=False,
        proxy_headers=False,
    )
