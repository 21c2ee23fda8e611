"""CLI of the vendor-API gateway (#12): ``custos gateway serve | client | report``.

Registers its commands on :mod:`custos.cli._app` when that module imports it.
The web stack is imported only when ``serve`` runs.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from custos.cli._app import JsonOpt, _ctx, _json, _open, app, out
from custos.core._errors import InvalidInput

gateway_app = typer.Typer(
    help="The governed gateway to contracted vendor AI APIs: every call under its DUA.",
    no_args_is_help=True,
)
client_app = typer.Typer(help="Hospital applications allowed to call the gateway.")
gateway_app.add_typer(client_app, name="client")
app.add_typer(gateway_app, name="gateway")

ConfigOpt = Annotated[
    Path | None,
    typer.Option("--config", help="Gateway configuration (default: NODE_HOME/gateway.yaml)."),
]


def _config_path(ctx: typer.Context, config: Path | None) -> Path:
    if config is not None:
        return config
    from custos.core._config import load_settings

    c = _ctx(ctx)
    return load_settings(home=c.home, user=c.user).home / "gateway.yaml"


@gateway_app.command("serve")
def gateway_serve(
    ctx: typer.Context,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8480,
    config: ConfigOpt = None,
    tls_cert: Annotated[
        Path | None, typer.Option("--tls-cert", help="TLS certificate chain (PEM).")
    ] = None,
    tls_key: Annotated[
        Path | None, typer.Option("--tls-key", help="TLS private key (PEM).")
    ] = None,
    insecure_http: Annotated[
        bool,
        typer.Option(
            "--insecure-http",
            help="Allow plain HTTP on an address other than loopback (behind a TLS proxy only).",
        ),
    ] = False,
    sla_every: Annotated[
        float,
        typer.Option("--sla-every", min=0.0, help="Seconds between SLA checks per endpoint."),
    ] = 30.0,
) -> None:
    """Run the gateway: hospital applications call it instead of the vendor.

    Chat completions at /dua/DUA/PURPOSE/v1/chat/completions (or /v1/chat/completions
    with X-Custos-DUA and X-Custos-Purpose headers); other JSON APIs at
    /dua/DUA/PURPOSE/json/ENDPOINT/PATH. Callers authenticate with a client token
    (custos gateway client add).
    """
    import uvicorn

    from custos.cli._serve import check_listen
    from custos.gateway._app import Gateway, create_app
    from custos.gateway._config import load_config

    check_listen(host, tls_cert, tls_key, insecure_http)
    path = _config_path(ctx, config)
    cfg = load_config(path)
    if not cfg.clients:
        raise InvalidInput(
            "no gateway clients are registered, so every call would be refused; "
            "add one with: custos gateway client add NAME --dua DUA_ID",
            code="gateway.no_clients",
        )
    node = _open(ctx)
    gateway = Gateway(node, cfg, config_dir=path.parent, sla_every_s=sla_every)
    out.print(
        f"custos gateway on {'https' if tls_cert else 'http'}://{host}:{port} "
        f"({len(cfg.clients)} client(s))"
    )
    try:
        uvicorn.run(
            create_app(gateway),
            host=host,
            port=port,
            ssl_certfile=str(tls_cert) if tls_cert else None,
            ssl_keyfile=str(tls_key) if tls_key else None,
            # uvicorn's access log would print request paths; they carry no
            # content, but the gateway's own audit entry is the record.
            access_log=False,
            log_level="warning",
            server_header=False,
            proxy_headers=False,
        )
    finally:
        node.close()


@client_app.command("add")
def client_add(
    ctx: typer.Context,
    name: str,
    dua: Annotated[list[str], typer.Option("--dua", help="A DUA this client may use (repeat).")],
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Register a hospital application; prints its token once (only a hash is kept)."""
    from custos.core._ids import is_identifier
    from custos.gateway._config import add_client

    bad = [v for v in (name, *dua) if not is_identifier(v)]
    if bad:
        raise InvalidInput(
            "client names and DUA ids are lower-case letters, digits, '.', '_' and '-'",
            code="gateway.client_name",
        )
    token = add_client(_config_path(ctx, config), name, list(dict.fromkeys(dua)))
    if as_json:
        _json({"name": name, "duas": dua, "token": token})
        return
    out.print(f"[green]added[/] gateway client [bold]{escape(name)}[/] for {', '.join(dua)}")
    out.print("token (shown once; give it to the application as its bearer token):")
    out.print(token, markup=False)


@client_app.command("list")
def client_list(ctx: typer.Context, config: ConfigOpt = None, as_json: JsonOpt = False) -> None:
    """The registered clients and their DUAs (never their tokens)."""
    from custos.gateway._config import load_config

    cfg = load_config(_config_path(ctx, config))
    if as_json:
        _json([{"name": c.name, "duas": c.duas} for c in cfg.clients])
        return
    t = Table("client", "DUAs")
    for c in cfg.clients:
        t.add_row(c.name, ", ".join(c.duas))
    out.print(t)


_AGO = re.compile(r"^(\d{1,5})([mhd])$")


def _when(value: str | None, now: datetime, what: str) -> datetime | None:
    if value is None:
        return None
    m = _AGO.match(value.strip())
    if m:
        n, unit = int(m.group(1)), m.group(2)
        return now - timedelta(**{{"m": "minutes", "h": "hours", "d": "days"}[unit]: n})
    try:
        ts = datetime.fromisoformat(value.strip())
    except ValueError as exc:
        raise InvalidInput(
            f"{what} is an ISO time (2026-11-23T10:00+00:00) or an age like 30m, 24h, 7d",
            code="gateway.report_time",
        ) from exc
    return ts if ts.tzinfo else ts.replace(tzinfo=UTC)


@gateway_app.command("report")
def gateway_report_cmd(
    ctx: typer.Context,
    since: Annotated[
        str, typer.Option("--since", help="Start: an ISO time or an age (30m, 24h, 7d).")
    ] = "24h",
    until: Annotated[str | None, typer.Option("--until", help="End (default: now).")] = None,
    dua: Annotated[str | None, typer.Option("--dua", help="Only this DUA.")] = None,
    bucket: Annotated[
        int | None, typer.Option("--bucket", min=1, help="Minutes per plot bucket.")
    ] = None,
    html: Annotated[
        Path | None, typer.Option("--html", help="Also write the report with plots as HTML.")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Per vendor endpoint: calls, errors, availability, latency vs the DUA's SLA, incidents."""
    from custos.gateway._calls import gateway_report
    from custos.gateway._report_html import render_gateway_html, render_gateway_markdown
    from custos.node._registry import list_duas

    node = _open(ctx)
    try:
        now = node.clock()
        start = _when(since, now, "--since")
        end = _when(until, now, "--until") or now
        assert start is not None
        duas = {e.dua.id: e.dua for e in list_duas(node) if e.dua.gateway is not None}
        if dua is not None:
            duas = {k: v for k, v in duas.items() if k == dua}
        with node.store.read() as conn:
            report: dict[str, Any] = gateway_report(
                conn, since=start, until=end, duas=duas, bucket_minutes=bucket
            )
    finally:
        node.close()
    if dua is not None:
        report = _only(report, dua)
    if html is not None:
        html.write_text(render_gateway_html(report), encoding="utf-8")
    if as_json:
        _json(report)
        return
    out.print(render_gateway_markdown(report), markup=False)
    if html is not None:
        out.print(f"HTML report with plots: {escape(str(html))}")


def _only(report: dict[str, Any], dua: str) -> dict[str, Any]:
    """The report restricted to one DUA's endpoints (and its incidents)."""
    out_ = dict(report)
    for key in ("endpoints", "incidents"):
        if isinstance(out_.get(key), list):
            out_[key] = [e for e in out_[key] if isinstance(e, dict) and e.get("dua") == dua]
    return out_
