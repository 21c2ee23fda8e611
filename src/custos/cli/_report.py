"""``custos audit report``, ``custos audit report-verify`` and ``custos data map``.

Registered onto the ``audit`` and ``data`` sub-apps of :mod:`custos.cli._app`
(imported there); thin adapters over :mod:`custos.governance`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from custos.cli._app import (
    JsonOpt,
    _json,
    _open,
    _public_key,
    _remote_node,
    audit_app,
    data_app,
    err,
    out,
)


@audit_app.command("report")
def audit_report(
    ctx: typer.Context,
    start: Annotated[
        str, typer.Option("--from", help="First day (YYYY-MM-DD) or time (ISO 8601, UTC).")
    ],
    end: Annotated[
        str, typer.Option("--to", help="Last day, inclusive (YYYY-MM-DD), or an exclusive time.")
    ],
    out_dir: Annotated[
        Path,
        typer.Option(
            "--out",
            help="Directory for pack.json and pack.html. With --node the node sends the signed "
            "pack.json only: pack.html is rendered here from it and written only if it is "
            "byte for byte the page the signed pack names; else only pack.json is written.",
        ),
    ],
    recipient: Annotated[
        str | None,
        typer.Option(
            "--recipient",
            help="Who receives the pack outside the hospital: a DUA's vendor (with log-export "
            "rights), a listed subprocessor or the hospital party; default: kept internal.",
        ),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Write the signed evidence pack for a period (jobs, budgets, deletions, incidents, log)."""
    from custos.governance._report import check_period, parse_when, write_pack

    s, e = check_period(parse_when(start, end=False), parse_when(end, end=True))
    if (remote := _remote_node(ctx)) is not None:
        from custos.cli._remote import evidence_pack

        info = evidence_pack(remote, s, e, out_dir, recipient)
    else:
        node = _open(ctx)
        try:
            written = write_pack(node, s, e, out_dir, recipient=recipient)
        finally:
            node.close()
        info = {
            "out": str(out_dir),
            "pack_sha256": written.pack_sha256,
            "period": written.pack["period"],
            "recipient": written.destination.to_dict(),
            "summary": written.pack["summary"],
            "html": True,
        }
    if not info.pop("html"):
        err.print(
            "[yellow]only pack.json written[/]: the node sends the signed pack only, and the "
            "page rendered here from it is not the pack.html it names, so report-verify "
            "cannot check this folder; run 'custos audit report' on the node for pack.html"
        )
    summary = info["summary"]
    if as_json:
        _json(info)
        return
    out.print(
        f"[green]evidence pack written[/] to {escape(str(out_dir))}: {summary['jobs']} jobs, "
        f"{summary['incidents']} incidents, {summary['deletion_certificates']} deletion "
        f"certificates, {summary['exports']} exports"
    )
    if not summary["audit_log_ok"]:
        out.print("[red]the audit log did NOT verify; the pack says so[/]")
    out.print(
        f"verify it with: custos audit report-verify {escape(str(out_dir))} --public-key NODE.pub"
    )


@audit_app.command("report-verify")
def audit_report_verify(
    directory: Path,
    public_key: Annotated[
        str, typer.Option("--public-key", help="The node's public key: a file or ed25519:<b64>.")
    ],
    as_json: JsonOpt = False,
) -> None:
    """Verify an evidence pack offline: the node's signature and the HTML page it names."""
    from custos.governance._report import verify_pack_dir

    pack = verify_pack_dir(directory, _public_key(public_key))
    if as_json:
        _json({"ok": True, "period": pack["period"], "summary": pack.get("summary")})
        return
    period = pack["period"]
    out.print(
        f"[green]evidence pack verified[/]: signed by node {escape(str(pack['node']['id']))}, "
        f"period {escape(str(period['from']))} to {escape(str(period['to']))}"
    )
    audit = pack.get("audit_log", {}).get("log", {})
    if not audit.get("ok"):
        out.print("[red]the pack records that the node's audit log did NOT verify[/]")


@data_app.command("map")
def data_map_cmd(ctx: typer.Context, as_json: JsonOpt = False) -> None:
    """The data map of every registered dataset: fields, legal categories, purposes, jobs."""
    from custos.governance._datamap import data_map

    if (remote := _remote_node(ctx)) is not None:
        maps = remote.call("GET", "data-map")
    else:
        node = _open(ctx)
        try:
            maps = data_map(node)
        finally:
            node.close()
    if as_json:
        _json(maps)
        return
    if not maps:
        out.print("no dataset is registered on this node")
    for m in maps:
        _print_map(m)


def _print_map(m: dict[str, Any]) -> None:
    out.print(
        f"[bold]{escape(m['dataset'])}[/] ({m['status']}, {m['rows']} rows); lawful basis: "
        f"{escape(str(m['lawful_basis'] or '-'))}"
    )
    t = Table("category", "fields", title="fields by category", title_justify="left")
    for cat, cols in sorted(m["fields_by_category"].items()):
        t.add_row(cat, ", ".join(cols))
    out.print(t)
    t = Table("legal category", "fields", title="fields by legal category", title_justify="left")
    for legal, cols in sorted(m["fields_by_legal_category"].items()):
        t.add_row(legal, ", ".join(cols))
    out.print(t)
    for p in m["allowed_purposes"]:
        out.print(f"card allows: {escape(p)}")
    t = Table("DUA", "status", "vendor", "purpose", "subprocessors", title="agreements")
    for a in m["agreements"]:
        t.add_row(
            f"{a['dua']} v{a['version']}",
            a["status"],
            a["vendor"],
            escape(a["purpose"]),
            escape(", ".join(s["name"] for s in a["subprocessors"]) or "-"),
        )
    out.print(t)
    t = Table("job", "vendor", "DUA", "state", "ledger", "read data", title="jobs")
    for j in m["jobs"]:
        t.add_row(
            j["job"],
            str(j["vendor"] or "-"),
            str(j["dua"] or "-"),
            str(j["state"] or "-"),
            ", ".join(j["ledger"]) or "-",
            "yes" if j["read_data"] else "no",
        )
    out.print(t)
