"""Incidents on a real node with a fake clock: breach clocks, transitions, the
notice, incidents the node opens by itself, and the CLI."""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from custos.core import Conflict, InvalidInput, NotFound, SignatureError, SigningKey
from custos.core._schema import incident_events
from custos.governance._incidents import (
    Incident,
    IncidentStatus,
    Severity,
    close_incident,
    confirm_incident,
    due_soon,
    list_incidents,
    mark_notified,
    notice,
    open_incident,
    overdue,
    show_incident,
    update_incident,
)
from custos.jobs import JobState, sign_spec
from custos.node import Node, add_dua, init_node, register_dataset, run_job, submit_job
from tests.conftest import dump_yaml, load_yaml
from tests.governance._clock import FakeClock
from tests.node.test_jobs import spec_from

START = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)
DUA_ID = "acme-wdbc-2026"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def ready(tmp_path: Path, workdir: Path, clock: FakeClock) -> Iterator[Node]:
    node = init_node(tmp_path / "home", clock=clock)
    register_dataset(node, "wdbc", workdir / "wdbc.csv", workdir / "card.yaml")
    add_dua(node, workdir / "dua.yaml")
    yield node
    node.close()


def _open(node: Node, **kw: Any) -> Incident:
    with node.operation() as conn:
        return open_incident(
            node,
            conn,
            kind=kw.pop("kind", "leakage"),
            actor="test",
            dua_id=DUA_ID,
            datasets=["wdbc"],
            **kw,
        )


def _audit_actions(node: Node, inc_id: str) -> list[str]:
    with node.store.read() as conn:
        return [e.action for e in node.audit.entries(conn, subject=f"incident:{inc_id}")]


# -- the breach clock ----------------------------------------------------------


def test_a_suspected_incident_owes_an_early_notice_that_goes_overdue(
    ready: Node, clock: FakeClock
) -> None:
    inc = _open(ready, code="leakage.blocked")
    assert inc.status is IncidentStatus.SUSPECTED and inc.severity is Severity.HIGH
    assert inc.contact == "security@acme-ai.invalid"
    c = inc.clock(clock())
    assert c is not None and c.notice == "early"
    assert c.due == START + timedelta(hours=12)
    assert c.clause == "breach_notification.suspected_within_hours"
    clock.advance(hours=11)
    assert [i.id for i, _ in due_soon(ready, clock())] == [inc.id]
    assert overdue(ready, clock()) == []
    clock.advance(hours=2)
    late = overdue(ready, clock())
    assert [(i.id, c.notice) for i, c in late] == [(inc.id, "early")]
    assert late[0][1].seconds_left == -3600
    text = notice(late[0][0], clock()).text
    assert "OVERDUE by 1 h 0 min" in text
    # An early notice stops the early clock; nothing is owed while suspected.
    notified = mark_notified(ready, inc.id, actor="dpo")
    assert notified.clock(clock()) is None
    assert overdue(ready, clock()) == []


def test_confirmation_starts_the_full_notice_clock_and_close_waits_for_the_notice(
    ready: Node, clock: FakeClock
) -> None:
    inc = _open(ready)
    mark_notified(ready, inc.id, actor="dpo", note="early notice sent")
    clock.advance(hours=2)
    confirmed = confirm_incident(ready, inc.id, actor="dpo")
    assert confirmed.confirmed_at == clock()
    # The early notice does not settle the full one.
    c = confirmed.clock(clock())
    assert c is not None and c.notice == "full" and c.due == clock() + timedelta(hours=24)
    clock.advance(hours=23)
    assert [i.id for i, _ in due_soon(ready, clock())] == [inc.id]
    clock.advance(hours=2)
    assert [c.notice for _, c in overdue(ready, clock())] == ["full"]
    with pytest.raises(Conflict) as err:
        close_incident(ready, inc.id, actor="dpo", reason="contained")
    assert err.value.code == "incident.notice_outstanding"
    mark_notified(ready, inc.id, actor="dpo")
    closed = close_incident(ready, inc.id, actor="dpo", reason="contained")
    assert closed.status is IncidentStatus.CLOSED and closed.clock(clock()) is None
    _, events = show_incident(ready, inc.id)
    assert [e.event for e in events] == [
        "opened",
        "notified",
        "confirmed",
        "notified",
        "closed",
    ]
    assert events[3].details["late"] is True
    assert events[-1].details["outcome"] == "resolved"


def test_every_change_is_an_event_and_an_audit_entry(ready: Node, clock: FakeClock) -> None:
    inc = _open(ready)
    update_incident(
        ready,
        inc.id,
        actor="dpo",
        containment=["vendor key revoked"],
        scope={"jobs_affected": 1},
        severity=Severity.CRITICAL,
    )
    confirm_incident(ready, inc.id, actor="dpo")
    mark_notified(ready, inc.id, actor="dpo")
    close_incident(ready, inc.id, actor="dpo", reason="done")
    _, events = show_incident(ready, inc.id)
    assert [f"incident.{e.event}" for e in events] == _audit_actions(ready, inc.id)
    shown, _ = show_incident(ready, inc.id)
    assert shown.severity is Severity.CRITICAL
    assert shown.containment[-1] == "vendor key revoked"
    assert shown.scope["jobs_affected"] == 1
    with ready.store.read() as conn:
        assert ready.audit.verify(conn, ready.key.public_key).ok


def test_unfounded_suspicions_close_and_illegal_moves_are_refused(ready: Node) -> None:
    inc = _open(ready)
    closed = close_incident(ready, inc.id, actor="dpo", reason="false positive")
    _, events = show_incident(ready, inc.id)
    assert closed.status is IncidentStatus.CLOSED
    assert events[-1].details["outcome"] == "unfounded"
    for call in (
        lambda: confirm_incident(ready, inc.id, actor="dpo"),
        lambda: update_incident(ready, inc.id, actor="dpo", note="x"),
        lambda: mark_notified(ready, inc.id, actor="dpo"),
        lambda: close_incident(ready, inc.id, actor="dpo", reason="again"),
    ):
        with pytest.raises(Conflict) as err:
            call()
        assert err.value.code == "incident.illegal_transition"
    with pytest.raises(NotFound) as nf:
        confirm_incident(ready, "inc-nope", actor="dpo")
    assert nf.value.code == "incident.not_found"
    with pytest.raises(InvalidInput) as bad:
        update_incident(ready, _open(ready).id, actor="dpo")
    assert bad.value.code == "incident.nothing_to_update"
    # A refused change leaves no event behind.
    assert len(show_incident(ready, inc.id)[1]) == 2


# -- incidents the node opens ------------------------------------------------------


@pytest.fixture
def runnable(ready: Node, workdir: Path) -> Node:
    """The DUA (a new version) accepts the in-process harness, with a cheap audit."""
    from custos.policy import InstitutionalPolicy

    ready.policy = InstitutionalPolicy(allow_isolation_none=True)
    dua = load_yaml(workdir / "dua.yaml")
    dua["isolation"]["accepted"] = ["none"]
    dua["leakage_audit"].update(
        {
            "gate_on": "estimate",
            "max_auc": 0.5,
            "max_tpr_at_fpr_1_percent": 0.0,
            "reference_models": 4,
            "canary_audit": False,
        }
    )
    dump_yaml(dua, workdir / "dua.yaml")
    add_dua(ready, workdir / "dua.yaml")
    return ready


def _approved(node: Node, workdir: Path, key: SigningKey, nonce: str) -> str:
    from custos.node import approve_job

    spec = spec_from(workdir, nonce=nonce, training__epochs=3)
    job = submit_job(node, sign_spec(spec, key), expected=spec)
    assert job.state is JobState.PENDING_APPROVAL, job.decision.failures
    return approve_job(node, job.id, approver="dr-lee").id


def _patient_values(csv_path: Path) -> set[str]:
    """Record numbers and distinctive measurements of the dataset."""
    values: set[str] = set()
    with csv_path.open() as fh:
        for row in csv.DictReader(fh):
            values.add(row["patient_id"])
            values.update(v for k, v in row.items() if k != "patient_id" and len(v) >= 6)
    assert any(v.startswith("MRN") for v in values)
    return values


def _all_incident_text(node: Node, clock: FakeClock) -> str:
    parts = []
    for inc in list_incidents(node):
        parts.append(json.dumps(inc.to_dict(clock())))
        parts.append(notice(inc, clock()).text)
        _, events = show_incident(node, inc.id)
        parts += [json.dumps(e.to_dict()) for e in events]
        with node.store.read() as conn:
            entries = node.audit.entries(conn, subject=f"incident:{inc.id}")
        parts += [json.dumps(e.to_dict()) for e in entries]
    return "\n".join(parts)


def _assert_no_patient_data(node: Node, clock: FakeClock, workdir: Path) -> None:
    text = _all_incident_text(node, clock)
    assert text
    leaked = [v for v in _patient_values(workdir / "wdbc.csv") if v in text]
    assert leaked == []


@pytest.mark.integration
def test_a_sandbox_violation_in_the_runner_opens_a_high_suspected_incident(
    runnable: Node,
    workdir: Path,
    vendor_key: SigningKey,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from custos.sandbox import SandboxViolation

    def hostile(*_: Any, **__: Any) -> Any:
        raise SandboxViolation("the job tried to open a network socket")

    monkeypatch.setattr("custos.node._execute.train_in_process", hostile)
    job_id = _approved(runnable, workdir, vendor_key, "hostile")
    with pytest.raises(SandboxViolation):
        run_job(runnable, job_id, rng_seed=1)
    [inc] = list_incidents(runnable)
    assert (inc.kind, inc.severity, inc.status) == (
        "sandbox_violation",
        Severity.HIGH,
        IncidentStatus.SUSPECTED,
    )
    assert inc.job_id == job_id and inc.dua_id == DUA_ID and inc.datasets == ["wdbc"]
    # The categories of the columns the job could see; the excluded record
    # number (a direct identifier) was never reachable.
    assert "clinical" in inc.categories["data"]
    assert "direct_identifier" not in inc.categories["data"]
    assert "hipaa_phi" in inc.categories["legal"]
    assert inc.scope["rows"] == {"wdbc": 569} and inc.scope["jobs"] == [job_id]
    assert any("budget committed" in c for c in inc.containment)
    assert any("sandboxed process stopped" in c for c in inc.containment)
    c = inc.clock(clock())
    assert c is not None and c.due == START + timedelta(hours=12)
    text = notice(inc, clock()).text
    for fact in ("sandbox.violation", job_id, "wdbc", "security@acme-ai.invalid", "569"):
        assert fact in text
    assert "breach_notification.notify_within_hours" in text
    _assert_no_patient_data(runnable, clock, workdir)


@pytest.mark.integration
def test_a_leakage_block_opens_a_high_suspected_incident(
    runnable: Node, workdir: Path, vendor_key: SigningKey, clock: FakeClock
) -> None:
    from custos.core import PolicyDenied

    job_id = _approved(runnable, workdir, vendor_key, "leaky")
    with pytest.raises(PolicyDenied) as err:
        run_job(runnable, job_id, rng_seed=3)
    assert err.value.code == "leakage.blocked"
    [inc] = list_incidents(runnable)
    assert (inc.kind, inc.severity, inc.status) == ("leakage", Severity.HIGH, "suspected")
    assert inc.job_id == job_id
    assert "job blocked" in inc.containment
    _, events = show_incident(runnable, inc.id)
    assert events[0].details["code"] == "leakage.blocked"
    assert events[0].details["reasons"]  # which attack was over which limit
    _assert_no_patient_data(runnable, clock, workdir)


def test_repeated_refusals_open_exactly_one_incident(
    ready: Node, workdir: Path, vendor_key: SigningKey, clock: FakeClock
) -> None:
    def refused(nonce: str) -> None:
        spec = spec_from(workdir, nonce=nonce, privacy__epsilon=5.0)  # over the DUA's 2.0
        job = submit_job(ready, sign_spec(spec, vendor_key), expected=spec)
        assert job.state is JobState.REJECTED

    refused("r1")
    clock.advance(hours=1)
    refused("r2")
    assert list_incidents(ready) == []
    refused("r3")
    refused("r4")
    [inc] = list_incidents(ready)
    assert (inc.kind, inc.severity) == ("repeated_refusals", Severity.MEDIUM)
    assert inc.scope["vendor"] == "acme-ai" and inc.scope["refusals"] == 4
    _, events = show_incident(ready, inc.id)
    assert [e.event for e in events] == ["opened", "recurred"]
    # Refusals spread over more than the window never add up to an incident.
    close_incident(ready, inc.id, actor="dpo", reason="client misconfigured")
    for n in range(3):
        clock.advance(hours=25)
        refused(f"late{n}")
    assert len(list_incidents(ready)) == 1


def test_a_bad_signature_at_intake_opens_one_signature_incident(
    ready: Node, workdir: Path, clock: FakeClock
) -> None:
    impostor = SigningKey.generate()
    for n in range(2):
        spec = spec_from(workdir, nonce=f"forged{n}")
        with pytest.raises(SignatureError):
            submit_job(ready, sign_spec(spec, impostor), expected=spec)
    [inc] = list_incidents(ready)
    assert (inc.kind, inc.severity, inc.status) == ("signature", Severity.MEDIUM, "suspected")
    assert inc.dua_id == DUA_ID and inc.contact == "security@acme-ai.invalid"
    assert inc.scope["attempts"] == 2 and inc.scope["claimed_vendor"] == "acme-ai"
    assert inc.datasets == []


# -- the audit log failing verification -------------------------------------------


def _cli(monkeypatch: pytest.MonkeyPatch, home: Path, *args: str) -> int:
    from custos.cli import main

    monkeypatch.setenv("CUSTOS_HOME", str(home))
    monkeypatch.setenv("CUSTOS_USER", "dpo")
    monkeypatch.setenv("COLUMNS", "200")
    with pytest.raises(SystemExit) as exit_:
        main(list(args))
    return int(exit_.value.code or 0)


def test_a_failed_audit_verify_opens_a_critical_incident_outside_the_log(
    ready: Node, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    home = ready.settings.home
    with ready.store.read() as conn:
        before = ready.audit.count(conn)
    db = sqlite3.connect(home / "custos.db")
    db.execute("UPDATE audit_entries SET body = replace(body, 'wdbc', 'wdbx') WHERE seq = 2")
    db.commit()
    db.close()
    assert _cli(monkeypatch, home, "audit", "verify") == 70
    captured = capsys.readouterr()
    assert "entry 2 was modified" in captured.err
    assert "critical incident" in captured.err
    [inc] = list_incidents(ready)
    assert (inc.kind, inc.severity) == ("audit_log.integrity", Severity.CRITICAL)
    _, events = show_incident(ready, inc.id)
    assert events[0].details["problems"] == [
        "entry 2 was modified: its hash does not match its content"
    ]
    assert "not written" in events[0].details["audit_log"]
    with ready.store.read() as conn:
        report = ready.audit.verify(conn, ready.key.public_key)
        assert ready.audit.count(conn) == before  # nothing appended to the damaged log
    assert report.problems == events[0].details["problems"]
    # The same damage found again is the same incident; the failure still shows.
    assert _cli(monkeypatch, home, "audit", "verify") == 70
    assert len(list_incidents(ready)) == 1
    # Its later changes stay out of the log while the log does not verify.
    confirm_incident(ready, inc.id, actor="dpo")
    assert _audit_actions(ready, inc.id) == []
    with ready.store.read() as conn:
        rows = conn.execute(
            select(incident_events.c.event).where(incident_events.c.incident_id == inc.id)
        ).all()
    assert [r.event for r in rows] == ["opened", "confirmed"]


# -- CLI ---------------------------------------------------------------------------


@pytest.fixture
def stale(tmp_path: Path, workdir: Path) -> tuple[Path, str, str]:
    """A node whose incidents were opened two days ago (real time): one overdue
    early notice, one confirmed incident due in about a day."""
    now = datetime.now(UTC)
    clock = FakeClock(now - timedelta(days=2))
    node = init_node(tmp_path / "home", clock=clock)
    register_dataset(node, "wdbc", workdir / "wdbc.csv", workdir / "card.yaml")
    add_dua(node, workdir / "dua.yaml")
    late = _open(node)
    clock.now = now - timedelta(hours=20)
    soon = _open(node)
    confirm_incident(node, soon.id, actor="dpo")
    node.close()
    return tmp_path / "home", late.id, soon.id


def test_cli_node_status_and_notice_show_an_overdue_notice_loudly(
    stale: tuple[Path, str, str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    home, late, soon = stale
    assert _cli(monkeypatch, home, "node", "status") == 0
    text = capsys.readouterr().out
    assert f"OVERDUE early notice for incident {late}" in text
    assert f"due soon breach notice for incident {soon}" in text
    assert _cli(monkeypatch, home, "node", "status", "--json") == 0
    info = json.loads(capsys.readouterr().out)["incidents"]
    assert [o["incident"] for o in info["overdue"]] == [late]
    assert _cli(monkeypatch, home, "incident", "notice", late) == 0
    captured = capsys.readouterr()
    assert "OVERDUE" in captured.err
    assert "EARLY NOTICE" in captured.out and "OVERDUE by 1 d" in captured.out
    assert _cli(monkeypatch, home, "incident", "notice", soon, "--json") == 0
    rendered = json.loads(capsys.readouterr().out)
    assert rendered["overdue"] is False and rendered["clock"]["notice"] == "full"
    assert _cli(monkeypatch, home, "incident", "list", "--open", "--json") == 0
    assert {i["id"] for i in json.loads(capsys.readouterr().out)} == {late, soon}


def test_cli_bad_input_exits_non_zero_with_a_code_and_no_traceback(
    stale: tuple[Path, str, str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    home, late, soon = stale
    cases = [
        (("incident", "show", "inc-unknown"), "incident.not_found", 66),
        (("incident", "confirm", soon), "incident.illegal_transition", 75),
        (("incident", "close", soon, "--reason", "done"), "incident.notice_outstanding", 75),
        (("incident", "update", late, "--severity", "apocalyptic"), "incident.severity", 65),
        (("incident", "update", late, "--scope", "rows"), "incident.scope", 65),
    ]
    for args, code, exit_code in cases:
        assert _cli(monkeypatch, home, *args) == exit_code, args
        captured = capsys.readouterr()
        assert f"error[{code}]" in captured.err
        assert "Traceback" not in captured.err + captured.out
    assert _cli(monkeypatch, home, "incident", "notified", soon) == 0
    assert _cli(monkeypatch, home, "incident", "close", soon, "--reason", "contained") == 0
    assert "closed" in capsys.readouterr().out
