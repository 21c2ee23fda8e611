"""``custos incident``: incidents, their breach clocks and the notices they owe.

A thin adapter over :mod:`custos.governance._incidents`; the shared console,
node opening and JSON output come from :mod:`custos.cli._app` at call time
(that module imports this one to register the sub-command).
"""

from __future__ import annotations

from types import ModuleType
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from custos.core._errors import CustosError, InvalidInput

incident_app = typer.Typer(
    help="Incidents: breach clocks from the DUA, notices, containment.", no_args_is_help=True
)

JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]
IdArg = Annotated[str, typer.Argument(metavar="ID", help="The incident id (inc-...).")]
NoteOpt = Annotated[
    str | None,
    typer.Option("--note", help="A short note: codes and ids only, never patient data."),
]


def _cli() -> ModuleType:
    from custos.cli import _app

    return _app


def _scope(items: list[str] | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    bad = []
    for item in items or []:
        key, sep, value = item.partition("=")
        key = key.strip()
        if not sep or not key or not value.strip():
            bad.append(f"{item!r}: expected KEY=VALUE")
            continue
        value = value.strip()
        out[key] = int(value) if value.isdigit() else value
    if bad:
        raise InvalidInput.from_violations("--scope", bad, code="incident.scope")
    return out


_SEVERITY_STYLE = {"low": "dim", "medium": "yellow", "high": "red", "critical": "bold red"}


def _clock_cell(clock: Any) -> str:
    if clock is None:
        return "-"
    if clock.overdue:
        return f"[bold red]OVERDUE {clock.describe().split('OVERDUE ', 1)[1]}[/]"
    return escape(clock.describe())


def _clock(d: dict[str, Any]) -> str:
    """The clock cell of an incident as JSON (``to_dict(now)``, local or from a node)."""
    from datetime import datetime

    from custos.governance._incidents import NoticeClock

    c = d.get("clock")
    if not isinstance(c, dict):
        return "-"
    due = datetime.fromisoformat(str(c["due"]).replace("Z", "+00:00"))
    return _clock_cell(
        NoticeClock(str(c["notice"]), str(c["clause"]), int(c["hours"]), due, c["seconds_left"])
    )


def _severity(d: dict[str, Any]) -> str:
    sev = str(d["severity"])
    return f"[{_SEVERITY_STYLE[sev]}]{sev}[/]" if sev in _SEVERITY_STYLE else escape(sev)


def _remote_call(ctx: typer.Context, method: str, *parts: str, **kwargs: Any) -> Any:
    """The node's answer under ``--node`` (None: act on the local home)."""
    remote = _cli()._remote_node(ctx)
    return None if remote is None else remote.call(method, *parts, **kwargs)


@incident_app.command("list")
def incident_list(
    ctx: typer.Context,
    status: Annotated[
        str | None, typer.Option(help="Only incidents in this status (suspected, ...).")
    ] = None,
    open_only: Annotated[bool, typer.Option("--open", help="Only incidents not closed.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """List incidents with their breach clocks."""
    from custos.governance._incidents import list_incidents, parse_status

    cli = _cli()
    items = _remote_call(ctx, "GET", "incidents", params={"status": status})
    if items is not None:
        items = [i for i in items if not open_only or i.get("status") != "closed"]
    else:
        st = parse_status(status) if status else None
        node = cli._open(ctx)
        try:
            now = node.clock()
            items = [i.to_dict(now) for i in list_incidents(node, status=st, open_only=open_only)]
        finally:
            node.close()
    if as_json:
        cli._json(items)
        return
    t = Table("id", "kind", "severity", "status", "opened", "job", "clock")
    for i in items:
        t.add_row(
            escape(str(i["id"])),
            escape(str(i["kind"])),
            _severity(i),
            escape(str(i["status"])),
            escape(str(i["opened_at"])[:19]),
            escape(str(i.get("job") or "-")),
            _clock(i),
        )
    cli.out.print(t)


@incident_app.command("show")
def incident_show(ctx: typer.Context, incident_id: IdArg, as_json: JsonOpt = False) -> None:
    """Show an incident, its clock and every event."""
    from custos.governance._incidents import show_incident

    cli = _cli()
    d = _remote_call(ctx, "GET", "incidents", incident_id)
    if d is None:
        node = cli._open(ctx)
        try:
            now = node.clock()
            inc, events = show_incident(node, incident_id)
        finally:
            node.close()
        d = {**inc.to_dict(now), "events": [e.to_dict() for e in events]}
    if as_json:
        cli._json(d)
        return
    out = cli.out
    out.print(
        f"incident [bold]{escape(str(d['id']))}[/] {escape(str(d['kind']))}, {_severity(d)}, "
        f"[bold]{escape(str(d['status']))}[/]"
    )
    out.print(f"summary: {escape(str(d['summary']))}")
    job, dua, datasets = (d.get(k) or "-" for k in ("job", "dua", "datasets"))
    out.print(f"job {job}, DUA {dua}, datasets {datasets}", markup=False)
    out.print(f"scope: {escape(str(d.get('scope')))}")
    out.print(f"containment: {escape('; '.join(d.get('containment') or []) or '-')}")
    out.print(f"contact: {escape(str(d.get('contact') or '-'))}")
    out.print(f"clock: {_clock(d)}")
    t = Table("time", "actor", "event", "details")
    for e in d.get("events", []):
        shown = {
            k: v
            for k, v in e.items()
            if k not in ("at", "actor", "event") and v not in (None, [], {})
        }
        t.add_row(
            escape(str(e["at"])[:19]),
            escape(str(e["actor"])),
            escape(str(e["event"])),
            escape(str(shown))[:300],
        )
    out.print(t)


@incident_app.command("open")
def incident_open(
    ctx: typer.Context,
    kind: Annotated[str, typer.Argument(help="e.g. other, policy_violation, leakage.")],
    summary: Annotated[
        str, typer.Option("--summary", help="Codes and ids only, never patient data.")
    ],
    severity: Annotated[str, typer.Option(help="low, medium, high or critical.")] = "medium",
    job: Annotated[str | None, typer.Option(help="The job it concerns.")] = None,
    dua: Annotated[str | None, typer.Option(help="The DUA whose clock applies.")] = None,
    dataset: Annotated[list[str] | None, typer.Option(help="A dataset involved.")] = None,
    confirmed: Annotated[
        bool, typer.Option("--confirmed", help="Open it confirmed (the full clock starts).")
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """Report an incident the node did not detect by itself (it opens suspected)."""
    from custos.governance._incidents import clean_text, parse_severity, report_incident

    cli = _cli()
    sev = parse_severity(severity)
    text = clean_text(summary, "summary")
    kind_text = clean_text(kind, "kind")
    fields = {"job": job, "dua": dua, "datasets": dataset or [], "confirmed": confirmed}
    body = {"kind": kind_text, "summary": text, "severity": sev.value, **fields}
    d = _remote_call(ctx, "POST", "incidents", body=body)
    if d is None:
        node = cli._open(ctx)
        try:
            inc = report_incident(
                node,
                kind=kind_text,
                actor=node.actor("custodian"),
                severity=sev,
                job_id=job,
                dua_id=dua,
                datasets=dataset or (),
                summary=text,
                confirmed=confirmed,
            )
            d = inc.to_dict(node.clock())
        finally:
            node.close()
    if as_json:
        cli._json(d)
        return
    cli.out.print(
        f"[yellow]opened[/] incident [bold]{escape(str(d['id']))}[/] ({escape(str(d['status']))})"
    )
    cli.out.print(f"clock: {_clock(d)}")


def _changed(
    ctx: typer.Context,
    as_json: bool,
    verb: str,
    fn: Any,
    *,
    action: str | None = None,
    incident_id: str,
    **kwargs: Any,
) -> None:
    """Change an incident; under --node through ``POST /incidents/ID/ACTION`` with
    ``kwargs`` as the body (no ``action``: the command has no remote form)."""
    cli = _cli()
    d = (
        None
        if action is None
        else _remote_call(ctx, "POST", "incidents", incident_id, action, body=kwargs)
    )
    if d is None:
        node = cli._open(ctx)
        try:
            inc = fn(node, actor=node.actor("custodian"), incident_id=incident_id, **kwargs)
            d = inc.to_dict(node.clock())
        finally:
            node.close()
    if as_json:
        cli._json(d)
        return
    cli.out.print(f"incident [bold]{escape(str(d['id']))}[/] {verb}: {escape(str(d['status']))}")
    cli.out.print(f"clock: {_clock(d)}")


@incident_app.command("confirm")
def incident_confirm(
    ctx: typer.Context, incident_id: IdArg, note: NoteOpt = None, as_json: JsonOpt = False
) -> None:
    """Confirm a suspected incident: the DUA's notice clock starts now."""
    from custos.governance._incidents import confirm_incident

    _changed(
        ctx,
        as_json,
        "confirmed",
        confirm_incident,
        action="confirm",
        incident_id=incident_id,
        note=note,
    )


@incident_app.command("update")
def incident_update(
    ctx: typer.Context,
    incident_id: IdArg,
    containment: Annotated[
        list[str] | None, typer.Option("--containment", help="A measure taken (repeatable).")
    ] = None,
    scope: Annotated[
        list[str] | None, typer.Option("--scope", help="KEY=VALUE, e.g. rows=569 (repeatable).")
    ] = None,
    severity: Annotated[str | None, typer.Option(help="low, medium, high or critical.")] = None,
    note: NoteOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Add containment, scope or a note; change the severity."""
    from custos.governance._incidents import parse_severity, update_incident

    _changed(
        ctx,
        as_json,
        "updated",
        update_incident,
        action="update",
        incident_id=incident_id,
        containment=containment or [],
        scope=_scope(scope),
        severity=parse_severity(severity) if severity else None,
        note=note,
    )


@incident_app.command("notified")
def incident_notified(
    ctx: typer.Context,
    incident_id: IdArg,
    to: Annotated[str | None, typer.Option(help="Recipient (default: the DUA contact).")] = None,
    note: NoteOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Record that the notice this incident owes was sent now (stops its clock)."""
    from custos.governance._incidents import mark_notified

    _changed(
        ctx,
        as_json,
        "notice recorded",
        mark_notified,
        action="notified",
        incident_id=incident_id,
        to=to,
        note=note,
    )


@incident_app.command("close")
def incident_close(
    ctx: typer.Context,
    incident_id: IdArg,
    reason: Annotated[str, typer.Option("--reason", help="Why (codes and ids only).")],
    as_json: JsonOpt = False,
) -> None:
    """Close: a suspected incident as unfounded, a confirmed one once notified."""
    from custos.governance._incidents import close_incident

    _changed(
        ctx,
        as_json,
        "closed",
        close_incident,
        action="close",
        incident_id=incident_id,
        reason=reason,
    )


@incident_app.command("notice")
def incident_notice(ctx: typer.Context, incident_id: IdArg, as_json: JsonOpt = False) -> None:
    """Print the breach notice the incident owes, with the time left (or how overdue)."""
    from custos.governance._incidents import notice, show_incident

    cli = _cli()
    d = _remote_call(ctx, "GET", "incidents", incident_id, "notice")
    if d is None:
        node = cli._open(ctx)
        try:
            now = node.clock()
            inc, _ = show_incident(node, incident_id)
        finally:
            node.close()
        d = notice(inc, now).to_dict()
    if as_json:
        cli._json(d)
        return
    overdue = bool(d.get("overdue"))
    if overdue:
        cli.err.print(f"[bold red]OVERDUE[/]: {_clock({'clock': d.get('clock')})}")
    for line in str(d.get("text", "")).splitlines():
        style = "bold red" if overdue and line.startswith("Clock:") else None
        cli.out.print(line, markup=False, style=style)


# -- for `custos node status` -----------------------------------------------------


def incident_status(node: Any, now: Any) -> dict[str, Any]:
    """Open incidents, overdue notices and notices due soon, as JSON-ready data."""
    from custos.governance._incidents import due_soon, list_incidents, overdue

    open_items = list_incidents(node, open_only=True)
    return {
        "open": len(open_items),
        "critical_open": [i.id for i in open_items if i.severity.value == "critical"],
        "overdue": [{"incident": i.id, **c.to_dict()} for i, c in overdue(node, now)],
        "due_soon": [{"incident": i.id, **c.to_dict()} for i, c in due_soon(node, now)],
    }


def print_incident_status(info: dict[str, Any]) -> None:
    from custos.governance._incidents import duration

    cli = _cli()
    out = cli.out
    for o in info["overdue"]:
        what = "early notice" if o["notice"] == "early" else "breach notice"
        out.print(
            f"[bold red]OVERDUE[/] {what} for incident [bold]{o['incident']}[/]: "
            f"{duration(-o['seconds_left'])} past {o['due']} ({o['clause']}); "
            f"see: custos incident notice {o['incident']}"
        )
    for d in info["due_soon"]:
        what = "early notice" if d["notice"] == "early" else "breach notice"
        out.print(
            f"[yellow]due soon[/] {what} for incident [bold]{d['incident']}[/]: "
            f"{duration(d['seconds_left'])} left (due {d['due']})"
        )
    if info["critical_open"]:
        out.print(f"[bold red]critical incidents open[/]: {', '.join(info['critical_open'])}")
    out.print(f"open incidents: {info['open']}")


def record_audit_failure(node: Any, report: Any) -> None:
    """Open the critical incident for a failed ``custos audit verify`` (on stderr).

    Recording it must never mask the failure: if it cannot be recorded, say
    so and let the command fail on the verification as it would anyway.
    """
    from custos.governance._incidents import open_for_audit_failure

    cli = _cli()
    try:
        inc = open_for_audit_failure(node, report)
    except Exception as exc:  # the database may be what is damaged
        code = exc.code if isinstance(exc, CustosError) else type(exc).__name__
        cli.err.print(f"[bold red]could not record an incident for this failure[/] ({code})")
        return
    cli.err.print(
        f"[bold red]critical incident {inc.id}[/] ({inc.status.value}): the audit log failed "
        f"verification; see: custos incident show {inc.id}"
    )
