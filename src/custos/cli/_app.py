"""The ``custos`` command: a thin Typer adapter over the node services.

Errors print one line ``error[CODE]: message`` (plus any details) on stderr
and exit with the error's code; no traceback ever reaches the user, and no
message carries patient data.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from custos import __version__
from custos.cli._contract import contract_app
from custos.cli._deid import deid_app
from custos.cli._incidents import incident_app
from custos.cli._synth import synth_app
from custos.core._config import load_settings
from custos.core._errors import CustosError, InvalidInput
from custos.core._keys import PublicKey, SigningKey, load_envelope
from custos.core._yaml import read_document

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

app = typer.Typer(
    name="custos",
    help="Compute-to-data for clinical AI: the model travels, the records stay.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
node_app = typer.Typer(help="Create and inspect this edge node.", no_args_is_help=True)
keys_app = typer.Typer(help="Key pairs (vendors sign job specs with these).", no_args_is_help=True)
data_app = typer.Typer(help="Register datasets with their data cards.", no_args_is_help=True)
dua_app = typer.Typer(help="Data-use agreements the node enforces.", no_args_is_help=True)
job_app = typer.Typer(help="Sign, submit, review and decide on jobs.", no_args_is_help=True)
audit_app = typer.Typer(
    help="Verify and export the tamper-evident audit log.", no_args_is_help=True
)
receipt_app = typer.Typer(help="Verify release bundles offline.", no_args_is_help=True)
budget_app = typer.Typer(help="The privacy budget ledger.", no_args_is_help=True)
fed_app = typer.Typer(
    help="Federated training across hospitals (Flower, SecAgg+, per-site DP).",
    no_args_is_help=True,
)
coordinator_app = typer.Typer(
    help="Run a federation's coordinator: TLS, the SuperLink, site enrolment, runs.",
    no_args_is_help=True,
)
fed_app.add_typer(coordinator_app, name="coordinator")
for sub, name in (
    (node_app, "node"),
    (keys_app, "keys"),
    (data_app, "data"),
    (dua_app, "dua"),
    (job_app, "job"),
    (audit_app, "audit"),
    (receipt_app, "receipt"),
    (budget_app, "budget"),
    (fed_app, "fed"),
    (incident_app, "incident"),
    (deid_app, "deid"),
    (synth_app, "synth"),
    (contract_app, "contract"),
):
    app.add_typer(sub, name=name)

JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]
PasswordFileOpt = Annotated[
    Path | None,
    typer.Option(
        "--password-file",
        help="Read the password from this file (default: prompt, or one line on stdin).",
    ),
]


@dataclass
class Ctx:
    home: Path | None
    user: str | None
    node: str | None = None  # --node: act on a remote node's API (custos.cli._remote)
    ca: Path | None = None
    insecure_http: bool = False


def _version(value: bool) -> None:
    if value:
        out.print(f"custos {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    ctx: typer.Context,
    home: Annotated[
        Path | None,
        typer.Option("--home", help="Node home (default $CUSTOS_HOME or ./.custos)."),
    ] = None,
    user: Annotated[
        str | None, typer.Option("--user", help="Who is acting (default $CUSTOS_USER or login).")
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show version.")
    ] = False,
    node: Annotated[
        str | None,
        typer.Option(
            "--node",
            envvar="CUSTOS_NODE_URL",
            help="Act on a remote node's API at this URL (https://..., http:// on loopback).",
        ),
    ] = None,
    ca: Annotated[
        Path | None,
        typer.Option(
            "--ca",
            envvar="CUSTOS_NODE_CA",
            help="CA certificates (PEM) for the --node TLS certificate (default: system store).",
        ),
    ] = None,
    insecure_http: Annotated[
        bool,
        typer.Option("--insecure-http", help="Allow plain http:// to a non-loopback --node."),
    ] = False,
) -> None:
    ctx.obj = Ctx(home=home, user=user, node=node or None, ca=ca, insecure_http=insecure_http)


def _ctx(ctx: typer.Context) -> Ctx:
    obj = ctx.find_root().obj
    assert isinstance(obj, Ctx)
    if obj.node is not None:
        # Never act on a local home when the user named a remote node.
        from custos.cli._remote import not_remote

        raise not_remote(ctx)
    return obj


def _remote_node(ctx: typer.Context) -> Any:
    """The remote node of ``--node`` (a ``custos.cli._remote.Remote``), or None."""
    from custos.cli._remote import remote_from

    return remote_from(ctx)


KeyOpt = Annotated[
    Path | None,
    typer.Option("--key", help="With --node: the vendor's private key, to sign the requests."),
]


def _no_key(key: Path | None) -> None:
    if key is not None:
        raise InvalidInput(
            "--key signs requests to a remote node; give --node URL too",
            code="remote.node_required",
        )


def _open(ctx: typer.Context) -> Any:
    from custos.node import open_node

    c = _ctx(ctx)
    return open_node(load_settings(home=c.home, user=c.user))


def _json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, indent=2, sort_keys=False) + "\n")


# -- node --------------------------------------------------------------------


@node_app.command("init")
def node_init(
    ctx: typer.Context,
    name: Annotated[str, typer.Option(help="A name for this node.")] = "custos edge node",
    allow_isolation_none: Annotated[
        bool,
        typer.Option(
            "--allow-isolation-none",
            help="Development only: let jobs whose DUA accepts it run without a sandbox "
            "(recorded in the policy and stated in every receipt).",
        ),
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """Create the node home: key pair, config, institutional policy, database."""
    from custos.node import init_node
    from custos.policy import InstitutionalPolicy

    c = _ctx(ctx)
    settings = load_settings(home=c.home, user=c.user, require_file=False)
    policy = InstitutionalPolicy(allow_isolation_none=allow_isolation_none)
    node = init_node(settings.home, name=name, policy=policy)
    info = {
        "node_id": node.node_id,
        "public_key": node.key.public_key.to_text(),
        "home": str(settings.home),
    }
    node.close()
    if as_json:
        _json(info)
        return
    out.print(f"[green]initialised[/] node [bold]{info['node_id']}[/] in {info['home']}")
    out.print(f"public key: {info['public_key']}")


@node_app.command("show")
def node_show(ctx: typer.Context, as_json: JsonOpt = False) -> None:
    """Print the node id, public key and settings (with where each came from)."""
    from custos.core._storage import current_revision

    node = _open(ctx)
    s = node.settings
    info = {
        "node_id": node.node_id,
        "name": s.node_name,
        "public_key": node.key.public_key.to_text(),
        "key_id": node.key.public_key.key_id,
        "home": str(s.home),
        "database": s.database_url.split("://", 1)[0],
        "schema_revision": current_revision(node.store.engine),
        "policy_hash": node.policy.content_hash,
        "settings_sources": dict(s.sources),
    }
    node.close()
    if as_json:
        _json(info)
        return
    t = Table(show_header=False, box=None)
    for k, v in info.items():
        t.add_row(f"[bold]{k}[/]", str(v))
    out.print(t)


@node_app.command("isolation")
def node_isolation(ctx: typer.Context, as_json: JsonOpt = False) -> None:
    """What isolation this node can apply to jobs now (sandbox, TEE), and why not."""
    from custos.node._execute import isolation_status

    node = _open(ctx)
    policy = node.policy
    node.close()
    status = isolation_status(policy)
    rows = [
        {
            "kind": k.value,
            "available": ok,
            "detail": detail,
            "allowed_by_policy": k.value != "none" or policy.allow_isolation_none,
        }
        for k, (ok, detail) in status.items()
    ]
    if as_json:
        _json(rows)
        return
    t = Table("isolation", "available", "detail")
    for r in rows:
        mark = "[green]yes[/]" if r["available"] and r["allowed_by_policy"] else "[red]no[/]"
        extra = "" if r["allowed_by_policy"] else " (not allowed by the institutional policy)"
        t.add_row(str(r["kind"]), mark, str(r["detail"]) + extra)
    out.print(t)


@node_app.command("status")
def node_status(ctx: typer.Context, as_json: JsonOpt = False) -> None:
    """What needs attention: jobs by state, open incidents, overdue breach notices."""
    from collections import Counter

    from custos.cli._incidents import incident_status, print_incident_status
    from custos.node import list_jobs

    node = _open(ctx)
    try:
        info: dict[str, Any] = {
            "node_id": node.node_id,
            "jobs": dict(sorted(Counter(j.state.value for j in list_jobs(node)).items())),
            "incidents": incident_status(node, node.clock()),
        }
    finally:
        node.close()
    if as_json:
        _json(info)
        return
    out.print(f"node [bold]{info['node_id']}[/]")
    jobs = ", ".join(f"{k} {v}" for k, v in info["jobs"].items()) or "none"
    out.print(f"jobs: {jobs}")
    print_incident_status(info["incidents"])


@node_app.command("migrate")
def node_migrate(ctx: typer.Context) -> None:
    """Bring the node database schema up to date."""
    from custos.core._storage import Store

    c = _ctx(ctx)
    settings = load_settings(home=c.home, user=c.user)
    Store.open(settings.database_url, migrate=True).close()
    out.print("[green]database schema is current[/]")


# -- keys --------------------------------------------------------------------


@keys_app.command("generate")
def keys_generate(
    out_prefix: Annotated[
        Path, typer.Option("--out", help="Writes PREFIX.key (mode 0600) and PREFIX.pub.")
    ],
    as_json: JsonOpt = False,
) -> None:
    """Generate an Ed25519 key pair."""
    key = SigningKey.generate()
    priv = out_prefix.with_name(out_prefix.name + ".key")
    pub = out_prefix.with_name(out_prefix.name + ".pub")
    if pub.exists():
        raise InvalidInput(f"{pub.name} exists already", code="key.exists")
    key.save(priv)
    pub.write_text(key.public_key.to_text() + "\n", encoding="utf-8")
    if as_json:
        _json({"private_key": str(priv), "public_key": key.public_key.to_text()})
        return
    out.print(f"wrote {priv} (keep secret) and {pub}")
    out.print(f"public key: {key.public_key.to_text()}")


# -- data --------------------------------------------------------------------


@data_app.command("add")
def data_add(
    ctx: typer.Context,
    name: str,
    file: Annotated[
        Path,
        typer.Argument(
            help="The CSV or Parquet file. With --node: only its base name is sent; the file "
            "must already be in the node's imports/ folder (no data leaves this machine)."
        ),
    ],
    card: Annotated[
        Path,
        typer.Option(
            "--card", help="The dataset's data card (YAML; with --node read here and sent)."
        ),
    ],
    deid_report: Annotated[
        Path | None,
        typer.Option(
            "--deid-report",
            help="The report of the custos deid run that wrote FILE, copied into the card "
            "(default: FILE.deid.json or deid-report.json beside FILE when it lists FILE).",
        ),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Register a CSV or Parquet dataset with its data card."""
    from custos.node import register_dataset

    if (remote := _remote_node(ctx)) is not None:
        from custos.cli._remote import dataset_body

        if deid_report is not None:
            raise InvalidInput(
                "with --node the node reads the report from its imports/ folder: put it "
                "beside the file there as FILE.deid.json",
                code="dataset.deid_report_remote",
            )
        d = remote.call("POST", "datasets", body=dataset_body(name, file, card))
    else:
        node = _open(ctx)
        d = register_dataset(node, name, file, card, deid_report=deid_report).to_dict()
        node.close()
    if as_json:
        _json(d)
        return
    out.print(
        f"[green]registered[/] dataset [bold]{escape(str(d['name']))}[/]: {d['rows']} rows, "
        f"{len(d['columns'])} columns ({len(d['excluded_columns'])} excluded)"
    )
    out.print(f"fingerprint: {d['fingerprint']}", markup=False)


@data_app.command("list")
def data_list(ctx: typer.Context, as_json: JsonOpt = False) -> None:
    """List registered datasets."""
    from custos.node import list_datasets

    if (remote := _remote_node(ctx)) is not None:
        recs = remote.call("GET", "datasets")
    else:
        node = _open(ctx)
        recs = [{k: v for k, v in r.to_dict().items() if k != "card"} for r in list_datasets(node)]
        node.close()
    if as_json:
        _json(recs)
        return
    t = Table("name", "rows", "columns", "excluded", "status", "fingerprint")
    for r in recs:
        t.add_row(
            escape(str(r["name"])),
            str(r["rows"]),
            str(len(r["columns"])),
            str(len(r["excluded_columns"])),
            escape(str(r["status"])),
            escape(str(r["fingerprint"])[:23]) + "…",
        )
    out.print(t)


@data_app.command("show")
def data_show(ctx: typer.Context, name: str, as_json: JsonOpt = False) -> None:
    """Show a dataset, its provenance and its data map."""
    from custos.core._yaml import validate_model
    from custos.data._card import DataCard
    from custos.node import get_dataset

    if (remote := _remote_node(ctx)) is not None:
        r = remote.call("GET", "datasets", name)
    else:
        node = _open(ctx)
        r = get_dataset(node, name).to_dict()
        node.close()
    if as_json:
        _json(r)
        return
    card = validate_model(DataCard, r.get("card"), what="data card", code="card.invalid")
    out.print(
        f"[bold]{escape(str(r['name']))}[/] ({escape(str(r['status']))}) {r['rows']} rows, "
        f"{escape(str(r['format']))}, sha256 {escape(str(r['file_sha256']))}"
    )
    out.print(f"fingerprint: {r['fingerprint']}", markup=False)
    p = card.provenance
    out.print(
        f"provenance: {p.source_system}; {p.collection_period.start} to "
        f"{p.collection_period.end}; basis: {p.lawful_basis or '-'}; licence: {p.licence or '-'}",
        markup=False,
    )
    for purpose in card.allowed_purposes:
        out.print(f"allowed purpose: {purpose}", markup=False)
    if (rep := card.deidentification_report) is not None:
        counts = ", ".join(f"{k} {v}" for k, v in sorted(rep.counts.items()))
        out.print(
            f"de-identified ({rep.kind}, {rep.created_at}): {rep.method}; {counts}; "
            f"report sha256 {rep.report_sha256}",
            markup=False,
        )
    t = Table("column", "category", "legal", "sensitivity", "in jobs")
    for col, cc in card.columns.items():
        t.add_row(
            escape(col),
            cc.category.value,
            ", ".join(x.value for x in cc.legal),
            cc.sensitivity.value,
            "no" if col in card.excluded_columns else "yes",
        )
    out.print(t)


# -- dua ---------------------------------------------------------------------


@dua_app.command("add")
def dua_add(
    ctx: typer.Context,
    file: Annotated[
        Path,
        typer.Argument(
            help="The DUA (YAML). With --node it is read and checked here and sent with the "
            "vendor's key inline (a public_key_file is read here)."
        ),
    ],
    as_json: JsonOpt = False,
) -> None:
    """Register a data-use agreement (a new version if the id exists)."""
    from custos.node import add_dua

    if (remote := _remote_node(ctx)) is not None:
        from custos.cli._remote import dua_document

        d = remote.call("POST", "duas", body=dua_document(file))
    else:
        node = _open(ctx)
        d = add_dua(node, file).to_dict()
        node.close()
    if as_json:
        _json(d)
        return
    out.print(
        f"[green]registered[/] DUA [bold]{escape(str(d['id']))}[/] version {d['version']} "
        f"({escape(str(d['content_hash']))})"
    )


@dua_app.command("list")
def dua_list(ctx: typer.Context, as_json: JsonOpt = False) -> None:
    """List DUAs (latest version of each)."""
    from custos.node import list_duas

    if (remote := _remote_node(ctx)) is not None:
        rows = remote.call("GET", "duas")
    else:
        node = _open(ctx)
        entries = list_duas(node)
        node.close()
        rows = [
            {k: v for k, v in e.to_dict().items() if k != "dua"}
            | {
                "vendor": e.dua.parties.vendor.id,
                "datasets": list(e.dua.datasets),
                "valid_until": str(e.dua.validity.not_after),
            }
            for e in entries
        ]
    if as_json:
        _json(rows)
        return
    t = Table("id", "version", "status", "vendor", "datasets", "valid until")
    for d in rows:
        t.add_row(
            *(escape(str(d.get(k, "-"))) for k in ("id", "version", "status", "vendor")),
            escape(", ".join(map(str, d.get("datasets") or []))),
            escape(str(d.get("valid_until", "-"))),
        )
    out.print(t)


@dua_app.command("show")
def dua_show(
    ctx: typer.Context,
    dua_id: Annotated[str, typer.Argument(metavar="ID")],
    version: Annotated[int | None, typer.Option(help="A specific version.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Show a DUA with every clause."""
    from custos.node import get_dua

    if (remote := _remote_node(ctx)) is not None:
        params = {"version": None if version is None else str(version)}
        e = remote.call("GET", "duas", dua_id, params=params)
    else:
        node = _open(ctx)
        e = get_dua(node, dua_id, version).to_dict()
        node.close()
    if as_json:
        _json(e)
        return
    import yaml

    out.print(
        f"[bold]{escape(str(e['id']))}[/] version {e['version']}, {escape(str(e['status']))}, "
        f"{escape(str(e['content_hash']))}"
    )
    if e.get("revoke_reason"):
        out.print(f"revoked: {e['revoke_reason']}", markup=False)
    out.print(yaml.safe_dump(e["dua"], sort_keys=False), markup=False)


@dua_app.command("revoke")
def dua_revoke(
    ctx: typer.Context,
    dua_id: Annotated[str, typer.Argument(metavar="ID")],
    reason: Annotated[str, typer.Option("--reason", help="Why (recorded in the audit log).")],
    as_json: JsonOpt = False,
) -> None:
    """Revoke a DUA: every later job under it is refused."""
    from custos.node import revoke_dua

    if (remote := _remote_node(ctx)) is not None:
        d = remote.call("POST", "duas", dua_id, "revoke", body={"reason": reason})
    else:
        node = _open(ctx)
        e, rejected = revoke_dua(node, dua_id, reason)
        node.close()
        d = {"id": e.dua.id, "status": e.status, "rejected_jobs": rejected}
    if as_json:
        _json(d)
        return
    out.print(
        f"[yellow]revoked[/] DUA [bold]{escape(str(d['id']))}[/]; "
        f"jobs rejected: {len(d['rejected_jobs'])}"
    )


# -- job ---------------------------------------------------------------------


def _read_spec(file: Path) -> Any:
    """Read a JobSpec file; ``model.source_file`` (custom models) is inlined
    from a path relative to the spec, so the signature covers the code."""
    from custos.jobs import parse_spec

    data = read_document(file, what="job spec")
    model = data.get("model") if isinstance(data, dict) else None
    if isinstance(model, dict) and "source_file" in model:
        if "source" in model:
            raise InvalidInput(
                "job spec gives both model.source and model.source_file",
                code="jobspec.invalid",
            )
        ref = Path(str(model.pop("source_file")))
        src = ref if ref.is_absolute() else file.parent / ref
        try:
            model["source"] = src.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InvalidInput(
                f"cannot read the model source file {ref.name}", code="jobspec.source_file"
            ) from exc
    return parse_spec(data)


@job_app.command("sign")
def job_sign(
    file: Path,
    key: Annotated[Path, typer.Option("--key", help="The vendor's private key.")],
    out_path: Annotated[
        Path | None, typer.Option("--out", help="Envelope file (default FILE.dsse.json).")
    ] = None,
) -> None:
    """Sign a JobSpec (vendor side): writes a DSSE envelope next to it."""
    from custos.jobs import sign_spec

    spec = _read_spec(file)
    envelope = sign_spec(spec, SigningKey.load(key))
    target = out_path or file.with_name(file.name + ".dsse.json")
    target.write_text(json.dumps(envelope, indent=2) + "\n", encoding="utf-8")
    out.print(f"signed {spec.spec_hash} -> {target}")


def _show_decision(job: Any) -> None:
    t = Table("", "clause", "reason")
    for r in job.decision.reasons:
        t.add_row("[green]✓[/]" if r.passed else "[red]✗[/]", r.clause, r.message)
    out.print(t)


@job_app.command("submit")
def job_submit(
    ctx: typer.Context,
    file: Path,
    signature: Annotated[
        Path | None,
        typer.Option("--signature", help="DSSE envelope (default FILE.dsse.json)."),
    ] = None,
    key: KeyOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Submit a signed JobSpec: verify, evaluate against the DUA, decide."""
    from custos.node import submit_job

    if (remote := _remote_node(ctx)) is not None:
        from custos.cli import _remote

        _remote.job_submit(remote, file, signature, key, as_json)
        return
    _no_key(key)
    if file.name.endswith(".dsse.json"):
        envelope, expected = load_envelope(file), None
    else:
        expected = _read_spec(file)
        envelope = load_envelope(signature or file.with_name(file.name + ".dsse.json"))
    node = _open(ctx)
    job = submit_job(node, envelope, expected=expected)
    node.close()
    if as_json:
        _json(job.to_dict())
    else:
        colour = {"REJECTED": "red", "APPROVED": "green"}.get(job.state.value, "yellow")
        out.print(f"job [bold]{job.id}[/]: [{colour}]{job.state.value}[/]")
        _show_decision(job)
    if job.state.value == "REJECTED":
        raise typer.Exit(code=77)


@job_app.command("list")
def job_list(
    ctx: typer.Context,
    state: Annotated[str | None, typer.Option(help="Only jobs in this state.")] = None,
    key: KeyOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """List jobs and their states."""
    from custos.jobs import JobState
    from custos.node import list_jobs

    if (remote := _remote_node(ctx)) is not None:
        from custos.cli import _remote

        _remote.job_list(remote, state, key, as_json)
        return
    _no_key(key)
    try:
        st = JobState(state.upper()) if state else None
    except ValueError as exc:
        raise InvalidInput(f"unknown job state {state!r}", code="job.state") from exc
    node = _open(ctx)
    jobs = list_jobs(node, state=st)
    node.close()
    if as_json:
        _json(
            [{k: v for k, v in j.to_dict().items() if k not in ("spec", "decision")} for j in jobs]
        )
        return
    t = Table("id", "state", "vendor", "dataset", "epsilon", "submitted")
    for j in jobs:
        t.add_row(
            j.id,
            j.state.value,
            j.spec.vendor,
            j.spec.dataset,
            f"{j.spec.privacy.epsilon:g}",
            j.submitted_at[:19],
        )
    out.print(t)


@job_app.command("show")
def job_show(
    ctx: typer.Context,
    job_id: Annotated[str, typer.Argument(metavar="ID")],
    key: KeyOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Show a job, its spec and its decision with every reason."""
    from custos.jobs._spec import CustomModel, JobSpec
    from custos.node import get_job

    if (remote := _remote_node(ctx)) is not None:
        from custos.cli import _remote

        _remote.job_show(remote, job_id, key, as_json)
        return
    _no_key(key)
    node = _open(ctx)
    job = get_job(node, job_id)
    node.close()
    if as_json:
        _json(job.to_dict())
        return
    out.print(f"job [bold]{job.id}[/] ({job.spec.name}) [bold]{job.state.value}[/]")
    out.print(
        f"vendor {job.spec.vendor}, dataset {job.spec.dataset}, DUA {job.dua_id} "
        f"v{job.dua_version}, {job.spec.summary()}, epsilon {job.spec.privacy.epsilon:g}, "
        f"delta {job.spec.privacy.delta:g}"
    )
    out.print(f"spec {job.spec_hash}\nmodel {job.model_hash}")
    if isinstance(job.spec, JobSpec) and isinstance(job.spec.model, CustomModel):
        from rich.syntax import Syntax

        out.print(
            "[bold yellow]custom model code[/] (runs only in the sandbox; approving this "
            f"job approves exactly this code, hash {job.model_hash}):"
        )
        out.print(Syntax(job.spec.model.source, "python", line_numbers=True))
    if job.decided_by:
        out.print(f"decided by {job.decided_by} at {job.decided_at}: {job.decision_reason}")
    _show_decision(job)


@job_app.command("approve")
def job_approve(
    ctx: typer.Context,
    job_id: Annotated[str, typer.Argument(metavar="ID")],
    as_json: JsonOpt = False,
) -> None:
    """Approve a pending job (re-checked against its DUA first)."""
    from custos.node import approve_job

    if (remote := _remote_node(ctx)) is not None:
        from custos.cli import _remote

        _remote.job_decide(remote, job_id, None, as_json)
        return
    node = _open(ctx)
    job = approve_job(node, job_id, approver=node.settings.user)
    node.close()
    if as_json:
        _json(job.to_dict())
        return
    out.print(f"job [bold]{job.id}[/]: [green]{job.state.value}[/] by {job.decided_by}")


@job_app.command("reject")
def job_reject(
    ctx: typer.Context,
    job_id: Annotated[str, typer.Argument(metavar="ID")],
    reason: Annotated[
        str, typer.Option("--reason", help="Why (recorded and shown to the vendor).")
    ],
    as_json: JsonOpt = False,
) -> None:
    """Reject a pending or approved job."""
    from custos.node import reject_job

    if (remote := _remote_node(ctx)) is not None:
        from custos.cli import _remote

        _remote.job_decide(remote, job_id, reason, as_json)
        return
    node = _open(ctx)
    job = reject_job(node, job_id, reason=reason, by=node.settings.user)
    node.close()
    if as_json:
        _json(job.to_dict())
        return
    out.print(f"job [bold]{job.id}[/]: [red]{job.state.value}[/] ({reason})")


# -- running jobs --------------------------------------------------------------


def _progress_bar() -> Any:
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("loss {task.fields[loss]:.4f}"),
        TimeElapsedColumn(),
        console=err,
        transient=False,
    )


def _print_run(report: Any) -> None:
    p = report.privacy
    b = p["dataset_budget"]
    if p.get("kind") == "synthesis":
        _print_synthesis_run(report)
        return
    out.print(
        f"job [bold]{report.job.id}[/]: [green]{report.job.state.value}[/] "
        f"in {report.total_seconds:.1f} s (training {report.train_seconds:.1f} s)"
    )
    if report.metrics:
        shown = ", ".join(f"{k} {v}" for k, v in report.metrics.items())
        out.print(f"  validation (hospital-held rows): {shown}")
    out.print(
        f"  epsilon spent {p['epsilon']:.3f} (requested {p['requested_epsilon']:g}, "
        f"delta {p['delta']:g}, PLD; RDP cross-check {p['cross_check']['epsilon']:.3f})"
    )
    out.print(
        f"  dataset '{b['dataset']}' budget: {b['spent_after_this_job']:.3f} of "
        f"{b['lifetime_epsilon']:g} spent, {b['remaining']:.3f} left"
    )
    _print_leakage(p.get("leakage_audit", {}))
    out.print(f"  bundle {report.bundle} (receipt {report.receipt_hash[:23]}...)")


def _print_synthesis_run(report: Any) -> None:
    p, m = report.privacy, report.metrics
    b = p["dataset_budget"]
    out.print(
        f"job [bold]{report.job.id}[/]: [green]{report.job.state.value}[/] "
        f"in {report.total_seconds:.1f} s (generation {report.train_seconds:.1f} s)"
    )
    out.print(f"  synthetic table: {m['synthetic_rows']} rows; disclosure gate passed")
    downstream = m.get("downstream") or {}
    for metric, value in sorted((downstream.get("tstr") or {}).items()):
        real = (downstream.get("trtr") or {}).get(metric)
        if isinstance(value, int | float):
            out.print(
                f"  utility: {metric} train-on-synthetic {value:.3f}"
                + (f" vs train-on-real {real:.3f}" if isinstance(real, int | float) else "")
            )
    if p.get("differentially_private"):
        out.print(
            f"  epsilon spent {p['epsilon']:.3f} (requested {p['requested_epsilon']:g}, "
            f"delta {p['delta']:g}, PLD; RDP cross-check {p['cross_check']['epsilon']:.3f})"
        )
    else:
        out.print("  [yellow]not differentially private[/] (a baseline the DUA allows)")
    out.print(
        f"  dataset '{b['dataset']}' budget: {b['spent_after_this_job']:.3f} of "
        f"{b['lifetime_epsilon']:g} spent, {b['remaining']:.3f} left"
    )
    out.print(f"  bundle {report.bundle} (receipt {report.receipt_hash[:23]}...)")


def _print_leakage(la: dict[str, Any]) -> None:
    if la.get("status") != "passed":
        note = "required by the DUA" if la.get("required_by_dua") else "not required by the DUA"
        out.print(f"  leakage audit: [yellow]not run[/] ({note})")
        return
    best, strongest = max(la["attacks"].items(), key=lambda kv: kv[1]["auc"])
    canary = la.get("canary_epsilon_lower_bound")
    out.print(
        f"  leakage audit: [green]passed[/]; strongest attack {best} AUC "
        f"{strongest['auc']:.3f}, TPR at 0.1% FPR {strongest['tpr_at_fpr_0.001']:.2%}"
        + (f"; canary epsilon lower bound {canary:.3f}" if canary is not None else "")
    )


@job_app.command("run")
def job_run(
    ctx: typer.Context,
    job_id: Annotated[str, typer.Argument(metavar="ID")],
    as_json: JsonOpt = False,
) -> None:
    """Train an APPROVED job with DP at this node and release its bundle."""
    from custos.node import run_job

    node = _open(ctx)
    try:
        if as_json:
            report = run_job(node, job_id)
        else:
            with _progress_bar() as bar:
                task = bar.add_task("DP-SGD", total=None, loss=0.0)

                def on_step(step: int, total: int, loss: float) -> None:
                    if step == 1 or step % 10 == 0 or step == total:
                        bar.update(task, completed=step, total=total, loss=loss)

                def on_phase(text: str) -> None:
                    err.print(f"[dim]{text}[/]")

                report = run_job(node, job_id, progress=on_step, on_phase=on_phase)
    finally:
        node.close()
    if as_json:
        _json(report.to_dict())
        return
    _print_run(report)


@job_app.command("report")
def job_report(
    ctx: typer.Context,
    job_id: Annotated[str, typer.Argument(metavar="ID")],
    as_json: JsonOpt = False,
) -> None:
    """Show a job's leakage-audit report (a synthesis job: its disclosure report),
    kept at the hospital whether it passed or blocked."""
    from custos.jobs._spec import SynthesisSpec
    from custos.node import get_job, leakage_report
    from custos.node._synthesis import synthesis_report

    node = _open(ctx)
    try:
        synthesis = isinstance(get_job(node, job_id).spec, SynthesisSpec)
        folder, report = (synthesis_report if synthesis else leakage_report)(node, job_id)
    finally:
        node.close()
    if as_json:
        _json(report)
        return
    if synthesis:
        from custos.cli._synth import show_report

        out.print(f"job [bold]{job_id}[/]: disclosure gate")
        show_report(report)
        out.print(f"  report: {folder / 'synthesis_report.html'}")
        return
    ok = report["decision"] == "pass"
    out.print(
        f"job [bold]{job_id}[/]: leakage audit "
        + ("[green]PASS[/]" if ok else "[red]BLOCKED[/]")
        + f" (claimed epsilon {report['claimed']['epsilon']:.3f})"
    )
    for reason in report["reasons"]:
        out.print(f"  [red]-[/] {escape(reason)}")
    for a in report["attacks"]:
        auc, tpr = a["auc"], a["tpr_at_fpr"]
        out.print(
            f"  {a['name']:<5} AUC {auc['estimate']:.3f} [{auc['low']:.3f}, {auc['high']:.3f}]"
            f"  TPR@0.1% {tpr[0]['tpr']['estimate']:.2%}  TPR@1% {tpr[1]['tpr']['estimate']:.2%}"
            f"  eps >= {a['empirical_epsilon']['lower_bound']:.3f}"
        )
    canary = report.get("canary_audit")
    if canary:
        out.print(
            f"  canary audit: {canary['correct']} of {canary['guesses']} guesses right "
            f"({canary['canaries']} canaries): epsilon >= {canary['lower_bound']:.3f}"
        )
    out.print(f"  report: {folder / 'leakage_report.html'}")


@job_app.command("fetch")
def job_fetch(
    ctx: typer.Context,
    job_id: Annotated[str, typer.Argument(metavar="ID")],
    out_dir: Annotated[Path, typer.Option("--out", help="Directory to write the bundle to.")],
    to: Annotated[
        str | None,
        typer.Option(
            "--to",
            help="Who receives it: the DUA's vendor (default) or a subprocessor the DUA lists.",
        ),
    ] = None,
    key: KeyOpt = None,
    public_key: Annotated[
        str | None,
        typer.Option(
            "--public-key",
            help="The node's public key (a file or ed25519:<b64>): verify the receipt now "
            "(required with --node).",
        ),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Write a released job's bundle (weights, metrics, privacy report, receipt)."""
    from custos.node import fetch_bundle

    if (remote := _remote_node(ctx)) is not None:
        from custos.cli import _remote

        _remote.job_fetch(remote, job_id, out_dir, to, key, public_key, as_json)
        return
    _no_key(key)
    node = _open(ctx)
    try:
        files = fetch_bundle(node, job_id, out_dir, to=to)
    finally:
        node.close()
    if public_key is not None:
        from custos.ledger import verify_bundle

        verified = verify_bundle(out_dir, _public_key(public_key))
        if not as_json:
            for f in files:
                out.print(f"  {f}")
        _print_verified(verified, as_json)
        return
    if as_json:
        _json({"files": [str(f) for f in files], "verified": False})
        return
    for f in files:
        out.print(f"  {f}")
    out.print(f"verify it with: custos receipt verify {out_dir} --public-key NODE.pub")


@node_app.command("work")
def node_work(
    ctx: typer.Context,
    once: Annotated[bool, typer.Option("--once", help="Run the queue once, then stop.")] = False,
    poll: Annotated[float, typer.Option(min=0.1, max=3600, help="Seconds between polls.")] = 2.0,
    max_jobs: Annotated[int | None, typer.Option(min=1, help="Stop after N jobs.")] = None,
) -> None:
    """Worker mode: run APPROVED jobs in order, one at a time."""
    import signal

    from custos.node import work

    stop = {"now": False}

    def _stop(*_: Any) -> None:
        stop["now"] = True

    signal.signal(signal.SIGTERM, _stop)

    def on_job(job_id: str, result: Any) -> None:
        if isinstance(result, CustosError):
            err.print(
                f"job {job_id}: [red]error\\[{escape(result.code)}][/] {escape(result.message)}"
            )
        else:
            _print_run(result)

    node = _open(ctx)
    try:
        n = work(
            node,
            once=once,
            poll_seconds=poll,
            max_jobs=max_jobs,
            on_job=on_job,
            should_stop=lambda: stop["now"],
        )
    finally:
        node.close()
    out.print(f"worker stopped after {n} job(s)")


# -- receipts and budget ---------------------------------------------------------


def _public_key(text: str) -> PublicKey:
    return PublicKey.from_text(text) if text.startswith("ed25519:") else PublicKey.load(Path(text))


@receipt_app.command("verify")
def receipt_verify(
    bundle: Path,
    public_key: Annotated[
        str, typer.Option("--public-key", help="The node's public key: a file or ed25519:<b64>.")
    ],
    as_json: JsonOpt = False,
) -> None:
    """Verify a release bundle offline: signature, every file's hash, nothing extra."""
    from custos.ledger import verify_bundle

    _print_verified(verify_bundle(bundle, _public_key(public_key)), as_json)


def _print_verified(verified: Any, as_json: bool) -> None:
    """Print a verified bundle's receipt (``receipt verify``, ``job fetch --public-key``)."""
    pred = verified.predicate
    if as_json:
        _json({"ok": True, "files": verified.files, "predicate": pred})
        return
    if "federation" in pred and "coordinator" in pred:
        fed = pred["federation"]
        out.print(
            f"[green]receipt verified[/]: {len(verified.files)} files match, signed by the "
            "coordinator"
        )
        out.print(
            f"  federation {escape(str(fed.get('job')))} ({fed.get('rounds')} rounds, "
            f"{fed.get('secure_aggregation')}), vendor {escape(str(fed.get('vendor')))}"
        )
        out.print(
            f"  co-signed by {len(fed.get('co_signed_by', []))} of {len(fed.get('sites', []))} "
            f"sites: {', '.join(map(str, fed.get('co_signed_by', [])))}; every site receipt "
            "verifies and names this global model"
        )
        return
    privacy = pred.get("privacy", {})
    out.print(f"[green]receipt verified[/]: {len(verified.files)} files match, signed by the node")
    out.print(
        f"  job {pred.get('job', {}).get('id')} for vendor {pred.get('job', {}).get('vendor')}, "
        f"DUA {pred.get('dua', {}).get('id')} v{pred.get('dua', {}).get('version')}"
    )
    spent = privacy.get("epsilon_spent")
    left = privacy.get("dataset_epsilon_remaining")
    out.print(
        (
            f"  epsilon {spent:.3f} at delta {privacy.get('delta')}"
            if isinstance(spent, int | float)
            else "  [yellow]not differentially private[/]"
        )
        + (f"; dataset budget left {left:.3f}" if isinstance(left, int | float) else "")
    )
    iso = pred.get("isolation", {})
    att = iso.get("attestation", {})
    out.print(
        f"  isolation: {iso.get('kind')}; attestation {att.get('kind')} (TEE: {att.get('tee')}), "
        f"measurement {str(att.get('measurement_hash'))[:23]}... verified"
    )
    if pred.get("model_code", {}).get("kind") == "custom":
        out.print(
            "  [yellow]model: vendor code approved by hash; the guarantee rests on its review[/]"
        )
    gate = pred.get("disclosure_gate")
    if isinstance(gate, dict):
        out.print(
            f"  synthetic table ({gate.get('synthetic_rows')} rows, generator "
            f"{escape(str(pred.get('model_code', {}).get('generator')))}): disclosure gate "
            f"{escape(str(gate.get('status')))}; report "
            f"{str(gate.get('report_sha256'))[:16]}... verified"
        )
        return
    _print_leakage(pred.get("leakage_audit", {}))


@budget_app.command("show")
def budget_show(
    ctx: typer.Context,
    dataset: str,
    as_json: JsonOpt = False,
) -> None:
    """Epsilon spent and left on a dataset, under every DUA that covers it."""
    from custos.node import budget_status

    if (remote := _remote_node(ctx)) is not None:
        from custos.cli import _remote

        _remote.budget_show(remote, dataset, as_json)
        return
    node = _open(ctx)
    try:
        status = budget_status(node, dataset)
    finally:
        node.close()
    if as_json:
        _json(status)
        return
    _print_budget(dataset, status)


def _print_budget(dataset: str, status: dict[str, Any]) -> None:
    out.print(f"dataset [bold]{escape(dataset)}[/]: {len(status['entries'])} ledger entries")
    t = Table("DUA", "delta", "lifetime", "spent (PLD)", "pending approved", "left")
    for d in status["duas"]:
        t.add_row(
            d["dua"],
            f"{d['delta']:g}",
            f"{d['lifetime_epsilon']:g}",
            f"{d['spent']:.3f}",
            f"{d['pending_approved']:.3f}",
            f"{d['remaining']:.3f}",
        )
    out.print(t)
    e = Table("job", "attempt", "status", "epsilon", "note")
    for row in status["entries"]:
        e.add_row(
            row["job_id"],
            str(row["attempt"]),
            row["status"],
            f"{row['epsilon']:.3f}",
            row["note"] or "",
        )
    out.print(e)


# -- audit -------------------------------------------------------------------


def _report(report: Any, as_json: bool, what: str) -> None:
    if as_json:
        _json(report.to_dict())
    elif report.ok:
        out.print(
            f"[green]{what} verified[/]: {report.entries} entries, {report.checkpoints} signed "
            f"checkpoints, newest checkpoint at entry {report.last_checkpoint_seq} "
            f"({report.unanchored} entries after it)"
            + (
                f"; {report.redacted} entries redacted (other parties' processing)"
                if report.redacted
                else ""
            )
        )
    else:
        err.print(f"[red]{what} FAILED verification[/]: {len(report.problems)} problems")
        for p in report.problems:
            err.print(f"  - {p}")
        if report.truncated_problems:
            err.print(f"  ... and {report.truncated_problems} more")
    if not report.ok:
        raise typer.Exit(code=70)


@audit_app.command("verify")
def audit_verify(ctx: typer.Context, as_json: JsonOpt = False) -> None:
    """Verify the node's audit log: chain, signed checkpoints and head."""
    if (remote := _remote_node(ctx)) is not None:
        from custos.cli import _remote

        _remote.audit_verify(remote, as_json)
        return
    node = _open(ctx)
    try:
        with node.store.read() as conn:
            report = node.audit.verify(conn, node.key.public_key)
        if not report.ok:
            from custos.cli._incidents import record_audit_failure

            record_audit_failure(node, report)
    finally:
        node.close()
    _report(report, as_json, "audit log")


@audit_app.command("export")
def audit_export(
    ctx: typer.Context,
    out_file: Annotated[Path, typer.Option("--out", help="Export file (JSON Lines).")],
    to: Annotated[
        str | None,
        typer.Option(
            "--to",
            help="Recipient outside the hospital: a DUA's vendor (with log-export rights), "
            "a listed subprocessor or the hospital party; default: kept internal.",
        ),
    ] = None,
) -> None:
    """Export the log with a signed trailer, for an auditor to verify offline."""
    from custos.governance._destinations import export_audit_log

    if (remote := _remote_node(ctx)) is not None:
        from custos.cli._remote import audit_export as remote_export

        n = remote_export(remote, out_file, to)
    else:
        node = _open(ctx)
        try:
            n, _ = export_audit_log(node, out_file, to=to)
        finally:
            node.close()
    out.print(f"exported {n} entries to {out_file}", markup=False)


@audit_app.command("verify-export")
def audit_verify_export(
    file: Path,
    public_key: Annotated[
        str, typer.Option("--public-key", help="The node's public key: a file or ed25519:<b64>.")
    ],
    as_json: JsonOpt = False,
) -> None:
    """Verify an audit export offline with only the node's public key."""
    from custos.ledger import verify_export

    key = (
        PublicKey.from_text(public_key)
        if public_key.startswith("ed25519:")
        else PublicKey.load(Path(public_key))
    )
    _report(verify_export(file, key), as_json, "audit export")


@audit_app.command("log")
def audit_log(
    ctx: typer.Context,
    subject: Annotated[str | None, typer.Option(help="e.g. job:job-1234 or dataset:wdbc")] = None,
    limit: Annotated[int, typer.Option(min=1, max=100_000)] = 50,
    as_json: JsonOpt = False,
) -> None:
    """Show audit entries (newest last)."""
    if (remote := _remote_node(ctx)) is not None:
        params: dict[str, str | None] = {"limit": str(min(limit, 10_000))}
        if subject:
            params["subject"] = subject
        rows = remote.call("GET", "audit", "log", params=params)
    else:
        node = _open(ctx)
        with node.store.read() as conn:
            total = node.audit.count(conn)
            since = 0 if subject else max(0, total - limit)
            entries = node.audit.entries(conn, subject=subject, since=since, limit=limit)
        node.close()
        rows = [e.to_dict() for e in entries]
    if as_json:
        _json(rows)
        return
    t = Table("seq", "time", "actor", "action", "subject")
    for r in rows:
        t.add_row(
            str(r["seq"]),
            str(r["ts"])[:19],
            escape(r["actor"]),
            escape(r["action"]),
            escape(r["subject"]),
        )
    out.print(t)


# -- entry point -------------------------------------------------------------


def _print_error(exc: CustosError) -> None:
    err.print(f"[red]error\\[{escape(exc.code)}][/]: {escape(exc.message)}")
    for d in exc.details:
        err.print(f"  - {d}", markup=False)


def main(argv: list[str] | None = None) -> None:
    """Console entry point: run the app, turning every error into one clear line."""
    command = typer.main.get_command(app)
    try:
        # Standalone mode: Typer itself handles usage errors, --help and Exit.
        command.main(args=argv, prog_name="custos", standalone_mode=True)
    except CustosError as exc:
        _print_error(exc)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception:
        if os.environ.get("CUSTOS_DEBUG") == "1":
            raise
        # Unexpected errors may carry data in their text: show none of it.
        err.print(
            "error[internal]: unexpected failure; no change was committed unless it is in "
            "the audit log. Re-run with CUSTOS_DEBUG=1 to see the traceback."
        )
        sys.exit(70)


# -- federation --------------------------------------------------------------------


def _read_fed(file: Path) -> Any:
    from custos.fed import parse_fed

    return parse_fed(read_document(file, what="federation job"))


@fed_app.command("sign")
def fed_sign(
    file: Path,
    key: Annotated[Path, typer.Option("--key", help="The vendor's private key.")],
) -> None:
    """Sign a federation job (vendor side): writes FILE.dsse.json next to it."""
    from custos.fed import sign_fed

    fed = _read_fed(file)
    target = file.with_name(file.name + ".dsse.json")
    target.write_text(json.dumps(sign_fed(fed, SigningKey.load(key)), indent=2) + "\n")
    out.print(f"signed {fed.fed_hash} -> {target}")


@fed_app.command("join")
def fed_join(
    ctx: typer.Context,
    file: Path,
    site: Annotated[str, typer.Option("--site", help="This hospital's site name in the job.")],
    as_json: JsonOpt = False,
) -> None:
    """Join a signed federation job as SITE: verify, evaluate this site's share, decide.

    Approve the share with ``custos job approve``; only an approved share is
    ever given work.
    """
    from custos.fed import join_federation

    expected = _read_fed(file)
    envelope = load_envelope(file.with_name(file.name + ".dsse.json"))
    node = _open(ctx)
    try:
        job = join_federation(node, envelope, site, expected=expected)
    finally:
        node.close()
    if as_json:
        _json(job.to_dict())
        return
    out.print(f"site {escape(site)}: share [bold]{job.id}[/] is {job.state.value}")
    _show_decision(job)
    if job.state.value == "REJECTED":
        raise typer.Exit(code=77)


def _sigterm_as_interrupt() -> None:
    """Let SIGTERM unwind like Ctrl-C, so a command's ``finally`` stops its children."""
    import signal

    def on_term(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, on_term)


def _fed_envelope(file: Path) -> Any:
    """FILE.dsse.json itself, or the envelope beside a FILE.yaml."""
    if file.name.endswith(".dsse.json"):
        return load_envelope(file)
    return load_envelope(file.with_name(file.name + ".dsse.json"))


@fed_app.command("site-key")
def fed_site_key(
    site: Annotated[str, typer.Option("--site", help="This hospital's site name.")],
    out_dir: Annotated[Path, typer.Option("--out", help="Directory for site.key and site.pub.")],
) -> None:
    """Make this site's SuperNode key pair; send only site.pub to the coordinator."""
    from custos.fed._pki import make_site_key

    key, pub = make_site_key(out_dir, site)
    out.print(f"private key {key} (mode 0600, stays here); public key {pub} (send it)")


@fed_app.command("serve")
def fed_serve(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(help="The federation job (FILE or FILE.dsse.json).")],
    site: Annotated[str, typer.Option("--site", help="This hospital's site name in the job.")],
    superlink: Annotated[
        str, typer.Option("--superlink", help="The coordinator's SuperLink, HOST:PORT.")
    ],
    ca: Annotated[Path, typer.Option("--ca", help="The coordinator's CA certificate.")],
    key: Annotated[Path, typer.Option("--key", help="This site's SuperNode private key.")],
    timeout: Annotated[float | None, typer.Option(help="Give up after this many seconds.")] = None,
    clientapp: Annotated[
        str,
        typer.Option(
            "--clientapp",
            help="per-message: a fresh ClientApp process per message (default); "
            "long-lived: one process for every message (faster; experimental: it did "
            "not survive a coordinator restart in one CI run).",
        ),
    ] = "per-message",
) -> None:
    """Take part in a federation: run this site's SuperNode until its share is settled.

    Refuses unless the share was joined and approved here. The SuperNode
    trusts only the coordinator's CA, authenticates with this site's key,
    and runs custos' own ClientApp (never code sent by the coordinator).
    """
    from custos.fed._deploy import serve_site

    _sigterm_as_interrupt()  # the SuperNode is stopped with this command
    node = _open(ctx)
    home = node.settings.home
    node.close()
    state = serve_site(
        home,
        _fed_envelope(file),
        site,
        superlink=superlink,
        ca=ca,
        key=key,
        timeout_s=timeout,
        clientapp=clientapp,
        on_phase=lambda text: err.print(f"[dim]{escape(text)}[/]"),
    )
    out.print(f"site {escape(site)}: share {state}")
    if state != "RELEASED":
        raise typer.Exit(code=75)


@fed_app.command("leave")
def fed_leave(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(help="The federation job (FILE or FILE.dsse.json).")],
    site: Annotated[str, typer.Option("--site", help="This hospital's site name in the job.")],
    actor: Annotated[str, typer.Option("--actor", help="Who decides.")] = "custodian",
) -> None:
    """Take this site out of a federation; a started share is settled (FAILED)."""
    from custos.fed._site import leave_federation
    from custos.fed._spec import unverified_fed

    fed = unverified_fed(_fed_envelope(file))
    node = _open(ctx)
    try:
        job = leave_federation(node, fed.fed_hash, site, actor=actor)
    finally:
        node.close()
    out.print(f"site {escape(site)}: share {job.id} is {job.state.value}")


@coordinator_app.command("init")
def coordinator_init(
    directory: Path,
    host: Annotated[
        list[str], typer.Option("--host", help="An address the sites dial (IP or DNS name).")
    ],
    port: Annotated[int, typer.Option("--port", help="The SuperLink's HTTPS port.")] = 9092,
    listen: Annotated[
        str, typer.Option("--listen", help="The interface the SuperLink binds.")
    ] = "127.0.0.1",
) -> None:
    """Make a coordinator directory: private CA, SuperLink certificate, bundle key."""
    from custos.fed._deploy import init_coordinator

    coord = init_coordinator(directory, hosts=host, port=port, listen_host=listen)
    out.print(f"coordinator in {directory}: give each site {coord.tls / 'ca.crt'}")
    out.print(f"sites dial {', '.join(f'{h}:{port}' for h in host)}")


@coordinator_app.command("superlink")
def coordinator_superlink(directory: Path) -> None:
    """Run the SuperLink (TLS, SuperNode authentication on) until interrupted."""
    from custos.fed._deploy import open_coordinator, start_superlink, stop_process

    coord = open_coordinator(directory)
    proc = start_superlink(coord)
    _sigterm_as_interrupt()  # the SuperLink is stopped with this command
    try:
        code = proc.wait()
    except KeyboardInterrupt:
        stop_process(proc)
        code = 0
    if code:
        raise typer.Exit(code=70)


@coordinator_app.command("register")
def coordinator_register(
    directory: Path,
    public_key: Annotated[Path, typer.Argument(help="The site's site.pub.")],
    site: Annotated[str, typer.Option("--site", help="The site's name in federation jobs.")],
) -> None:
    """Enrol a site's SuperNode key (the SuperLink must be running)."""
    from custos.fed._deploy import open_coordinator, register_site

    node_id = register_site(open_coordinator(directory), site, public_key)
    out.print(f"site {escape(site)} registered (SuperNode {node_id})")


@coordinator_app.command("run")
def coordinator_run(
    directory: Path,
    file: Annotated[Path, typer.Argument(help="The federation job (FILE or FILE.dsse.json).")],
    timeout: Annotated[float, typer.Option(help="Give up after this many seconds.")] = 3600,
    stage_timeout: Annotated[
        float, typer.Option(help="A site that does not answer a stage in time is dropped.")
    ] = 600,
    wait_sites: Annotated[
        float,
        typer.Option(help="How long to wait for every site's SuperNode before starting."),
    ] = 120,
    as_json: JsonOpt = False,
) -> None:
    """Run a federation on the running SuperLink; write and verify the global bundle."""
    from custos.fed._deploy import open_coordinator, run_federation

    coord = open_coordinator(directory)
    res = run_federation(
        coord,
        _fed_envelope(file),
        timeout_s=timeout,
        stage_timeout_s=stage_timeout,
        wait_sites_s=wait_sites,
        on_phase=lambda text: err.print(f"[dim]{escape(text)}[/]"),
    )
    if as_json:
        _json(
            {
                "status": res.status,
                "bundle": str(res.bundle) if res.bundle else None,
                "rounds": res.rounds,
                "co_signed_by": res.co_signed_by,
                "declined": res.declined,
                "resumed_at": res.resumed_at,
                "lost_rounds": res.lost_rounds,
            }
        )
    else:
        for r in res.rounds:
            label = "setup" if r["round"] == 0 else f"round {r['round']}"
            out.print(f"{label}: {', '.join(r['sites'])} ({r['failures']} failed)")
        out.print(f"federation: {escape(res.status)}")
        if res.resumed_at is not None:
            lost = ", ".join(map(str, res.lost_rounds or [])) or "none"
            out.print(f"resumed at round {res.resumed_at}; rounds lost in the restart: {lost}")
        out.print(f"co-signed by: {', '.join(res.co_signed_by) or 'nobody'}")
        if res.bundle is not None:
            out.print(
                f"bundle {res.bundle}; verify: custos receipt verify {res.bundle} "
                f"--public-key {directory / 'coordinator.pub'}"
            )
    if res.bundle is None:
        raise typer.Exit(code=75)


@fed_app.command("simulate")
def fed_simulate(
    file: Path,
    data: Annotated[Path, typer.Option("--data", help="The rows to split over the sites (CSV).")],
    card: Annotated[
        Path | None, typer.Option("--card", help="Data card (default card.yaml beside FILE).")
    ] = None,
    dua: Annotated[
        Path | None,
        typer.Option("--dua", help="DUA template for every site (default dua.yaml beside FILE)."),
    ] = None,
    out_dir: Annotated[
        Path, typer.Option("--out", help="Where the sites and the bundle go (new or empty).")
    ] = Path("fed-simulation"),
    partition: Annotated[str, typer.Option(help="iid or label-skew.")] = "iid",
    decline: Annotated[
        list[str] | None, typer.Option("--decline", help="A site whose custodian declines.")
    ] = None,
    isolation_none: Annotated[
        bool,
        typer.Option(
            "--isolation-none",
            help="Train in the sites' own processes instead of the sandbox (faster; "
            "the receipts say so).",
        ),
    ] = False,
    seed: Annotated[int, typer.Option(help="Seed of the partition.")] = 0,
    as_json: JsonOpt = False,
) -> None:
    """Run a whole federation on this machine: sites, approvals, Flower, the bundle."""
    from custos.fed import simulate

    if partition not in ("iid", "label-skew"):
        raise InvalidInput("--partition is iid or label-skew", code="fed.partition")
    fed = _read_fed(file)
    report = simulate(
        fed,
        data=data,
        card=card or file.with_name("card.yaml"),
        dua_template=dua or file.with_name("dua.yaml"),
        workdir=out_dir,
        partition=partition,  # type: ignore[arg-type]
        seed=seed,
        decline=tuple(decline or ()),
        isolation_none=isolation_none,
        on_phase=lambda text: err.print(f"[dim]{escape(text)}[/]"),
    )
    if as_json:
        _json(report.to_dict())
    else:
        t = Table("site", "rows", "share", "state", "epsilon", "held-out accuracy")
        for name, info in report.sites.items():
            eps = info.get("epsilon")
            acc = info.get("validation_accuracy")
            t.add_row(
                name,
                str(info["rows"]),
                info["job"],
                info["state"],
                "-" if eps is None else f"{eps:.3f}",
                "-" if acc is None else f"{acc:.2%}",
            )
        out.print(t)
        out.print(f"federation: {escape(report.status)} in {report.seconds:.1f} s")
        if report.accuracy is not None:
            out.print(f"global model, held-out rows of all sites: accuracy {report.accuracy:.2%}")
        if report.bundle is not None:
            out.print(
                f"bundle {report.bundle}; verify: custos receipt verify {report.bundle} "
                f"--public-key {out_dir / 'coordinator.pub'}"
            )
    if report.bundle is None:
        raise typer.Exit(code=75)


# -- commands in their own modules --------------------------------------------

# Each registers onto the apps above: _report `audit report`, `audit report-verify` and
# `data map`; _retention `node purge`, `node certificates`, `node certificate`,
# `data withdraw` and `receipt verify-deletion`. (A plain `import a.b`: `from custos.cli
# import _report` would shadow this module's own `_report` function.)
import custos.cli._gateway  # noqa: E402
import custos.cli._remote  # noqa: E402
import custos.cli._report  # noqa: E402
import custos.cli._retention  # noqa: E402
import custos.cli._serve  # noqa: E402, F401
