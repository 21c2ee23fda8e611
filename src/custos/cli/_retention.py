"""CLI for retention (#7): purge, deletion certificates, dataset withdrawal.

Registers its commands on the groups of :mod:`custos.cli._app` when that module
imports it; the engines are in :mod:`custos.governance._retention`.
"""

from __future__ import annotations

import json
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
    data_app,
    node_app,
    out,
    receipt_app,
)
from custos.core._keys import load_envelope


def _print_purge(report: dict[str, Any]) -> None:
    """A purge report as JSON (``PurgeReport.to_dict``, local or from a node)."""
    if not report["certificates"] and not report["failed"]:
        out.print("nothing is due for deletion")
        return
    for cert in report["certificates"]:
        # One certificate per DUA and purge: its items are the deleted items of that DUA.
        items = [d for d in report["deleted"] if d.get("dua") == cert.get("dua")]
        jobs = sorted({str(d["job"]) for d in items if d.get("job")})
        out.print(
            f"[green]deleted[/] {cert['items']} file(s) of {len(jobs)} job(s) under DUA "
            f"{escape(str(cert.get('dua') or '-'))}; certificate {escape(str(cert['id']))}"
        )
    for f in report["failed"]:
        out.print(
            f"[red]not deleted[/] {escape(str(f['path']))}: {escape(str(f['reason']))} "
            "(retried next purge)"
        )


@node_app.command("purge")
def node_purge(ctx: typer.Context, as_json: JsonOpt = False) -> None:
    """Delete every job artefact past its DUA retention deadline; sign a certificate."""
    from custos.governance._retention import purge

    if (remote := _remote_node(ctx)) is not None:
        report = remote.call("POST", "purge")
    else:
        node = _open(ctx)
        try:
            report = purge(node).to_dict()
        finally:
            node.close()
    if as_json:
        _json(report)
    else:
        _print_purge(report)
    if report["failed"]:
        raise typer.Exit(code=74)


@node_app.command("certificates")
def node_certificates(ctx: typer.Context, as_json: JsonOpt = False) -> None:
    """List the node's signed deletion certificates."""
    from custos.governance._retention import list_certificates

    if (remote := _remote_node(ctx)) is not None:
        certs = remote.call("GET", "certificates")
    else:
        node = _open(ctx)
        try:
            certs = [c.to_dict() for c in list_certificates(node)]
        finally:
            node.close()
    if as_json:
        _json(certs)
        return
    if not certs:
        out.print("no deletion certificates yet")
        return
    t = Table("id", "issued", "files")
    for c in certs:
        t.add_row(escape(str(c["id"])), escape(str(c["issued_at"])[:19]), str(c["items"]))
    out.print(t)


@node_app.command("certificate")
def node_certificate(
    ctx: typer.Context,
    cert_id: Annotated[str, typer.Argument(metavar="ID")],
    out_file: Annotated[
        Path | None, typer.Option("--out", help="Write the signed envelope to this file.")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Show one deletion certificate, or write its signed envelope for an auditor."""
    from custos.governance._retention import get_certificate, verify_certificate

    if (remote := _remote_node(ctx)) is not None:
        # The node verified it; the envelope is checked again offline with
        # custos receipt verify-deletion against the node's published key.
        d = remote.call("GET", "certificates", cert_id)
        envelope, statement = d.pop("envelope"), d.pop("statement")
    else:
        node = _open(ctx)
        try:
            cert = get_certificate(node, cert_id)
            statement = verify_certificate(cert.envelope, node.key.public_key).statement
        finally:
            node.close()
        d, envelope = cert.to_dict(), cert.envelope
    if out_file is not None:
        out_file.write_text(json.dumps(envelope, indent=2, sort_keys=True) + "\n")
    if as_json:
        _json({**d, "statement": statement})
        return
    if out_file is not None:
        out.print(f"wrote {out_file}; verify: custos receipt verify-deletion {out_file} ...")
    _print_certificate(statement["predicate"])


def _print_certificate(pred: dict[str, Any]) -> None:
    out.print(
        f"certificate {escape(str(pred.get('certificate_id')))} issued "
        f"{escape(str(pred.get('issued_at')))} by node {escape(str(pred['node'].get('id')))}"
    )
    t = Table("path", "job", "dataset", "DUA clause", "bytes")
    for i in pred["items"]:
        t.add_row(
            escape(str(i.get("path"))),
            escape(str(i.get("job"))),
            escape(str(i.get("dataset"))),
            escape(f"{i.get('dua')}: {i.get('clause')}"),
            str(i.get("size")),
        )
    out.print(t)
    out.print(f"[yellow]limits[/]: {escape(str(pred.get('limits')))}")
    reach = pred.get("outside_reach") or {}
    receipts = reach.get("release_receipts") or []
    if receipts:
        out.print(f"outside the node's reach: {len(receipts)} released bundle(s):")
        for r in receipts:
            out.print(f"  - job {escape(str(r.get('job')))}: receipt {r.get('receipt_hash')}")


@data_app.command("withdraw")
def data_withdraw(
    ctx: typer.Context,
    name: str,
    reason: Annotated[str, typer.Option("--reason", help="Why (recorded in the audit log).")],
    as_json: JsonOpt = False,
) -> None:
    """Withdraw a dataset: reject its open jobs, freeze its budget, purge its artefacts."""
    from custos.governance._retention import withdraw_dataset

    if (remote := _remote_node(ctx)) is not None:
        report = remote.call("POST", "datasets", name, "withdraw", body={"reason": reason})
    else:
        node = _open(ctx)
        try:
            report = withdraw_dataset(
                node, name, actor=node.actor("custodian"), reason=reason
            ).to_dict()
        finally:
            node.close()
    if as_json:
        _json(report)
        return
    out.print(f"dataset {escape(name)} withdrawn; its budget is frozen")
    if report["rejected_jobs"]:
        out.print(f"rejected: {', '.join(report['rejected_jobs'])}")
    if report["running_jobs"]:
        out.print(
            f"running (refused at their next check, nothing released): "
            f"{', '.join(report['running_jobs'])}"
        )
    if report["purge"] is not None:
        _print_purge(report["purge"])
    elif report["purge_error"]:
        out.print("a purge is already running; the next one deletes this dataset's artefacts")


@receipt_app.command("verify-deletion")
def receipt_verify_deletion(
    file: Path,
    public_key: Annotated[
        str, typer.Option("--public-key", help="The node's public key: a file or ed25519:<b64>.")
    ],
    as_json: JsonOpt = False,
) -> None:
    """Verify a deletion certificate offline against the node's public key."""
    from custos.governance._retention import verify_certificate

    verified = verify_certificate(load_envelope(file), _public_key(public_key))
    if as_json:
        _json({"ok": True, "statement": verified.statement})
        return
    out.print(
        f"[green]deletion certificate verified[/]: {len(verified.items)} file(s), "
        "signed by the node"
    )
    _print_certificate(verified.predicate)
