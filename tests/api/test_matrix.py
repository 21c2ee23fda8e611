"""The role x endpoint matrix: every cell, allowed or forbidden, over HTTP.

An allowed cell succeeds and, if it changes state, leaves an audit entry
under the authenticated actor; a forbidden cell is a 401 (anonymous) or a
403 (wrong role) with a stable code, and changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from tests.api.conftest import (
    PASSWORD,
    PEOPLE,
    World,
    audit_rows,
    bearer,
    job_envelope,
    signed,
    snapshot,
)
from tests.contract.test_review import WEAK

from custos.api import POLICY, Action, Role, allowed
from custos.api._app import route_action

PRINCIPALS = ["anonymous", "custodian", "privacy_officer", "auditor", "vendor"]


@dataclass(frozen=True)
class Call:
    action: Action
    method: str
    path: str  # with {pending}, {released}, {incident} placeholders
    body: Callable[[World], Any] | None = None
    ok: int = 200


def _dua(world: World) -> dict[str, Any]:
    doc = json.loads(json.dumps(world.dua))
    doc["id"] = "third-dua"
    doc["parties"]["vendor"].pop("public_key_file", None)
    doc["parties"]["vendor"]["public_key"] = world.vendor_b.public_key.to_text()
    return doc


def _card(world: World) -> dict[str, Any]:
    return {**world.card, "name": "wdbc2"}


CALLS = [
    Call(Action.HEALTH, "GET", "/healthz"),
    Call(
        Action.SESSION_OPEN,
        "POST",
        "/api/v1/session",
        lambda w: {"username": "alice", "password": PASSWORD},
        201,
    ),
    Call(Action.SESSION_CLOSE, "DELETE", "/api/v1/session"),
    Call(Action.WHOAMI, "GET", "/api/v1/whoami"),
    Call(
        Action.JOB_SUBMIT,
        "POST",
        "/api/v1/jobs",
        lambda w: job_envelope(w, name="fresh"),
        201,
    ),
    Call(Action.JOB_LIST, "GET", "/api/v1/jobs"),
    Call(Action.JOB_SHOW, "GET", "/api/v1/jobs/{pending}"),
    Call(Action.JOB_FETCH, "GET", "/api/v1/jobs/{released}/bundle"),
    Call(Action.JOB_REPORT, "GET", "/api/v1/jobs/{released}/report"),
    Call(Action.JOB_APPROVE, "POST", "/api/v1/jobs/{pending}/approve"),
    Call(Action.JOB_REJECT, "POST", "/api/v1/jobs/{pending}/reject", lambda w: {"reason": "no"}),
    Call(Action.DATASET_LIST, "GET", "/api/v1/datasets"),
    Call(Action.DATASET_SHOW, "GET", "/api/v1/datasets/wdbc"),
    Call(
        Action.DATASET_ADD,
        "POST",
        "/api/v1/datasets",
        lambda w: {"name": "wdbc2", "file": "wdbc.csv", "card": _card(w)},
        201,
    ),
    Call(
        Action.DATASET_WITHDRAW,
        "POST",
        "/api/v1/datasets/wdbc/withdraw",
        lambda w: {"reason": "consent withdrawn"},
    ),
    Call(Action.DATA_MAP, "GET", "/api/v1/data-map"),
    Call(Action.DUA_LIST, "GET", "/api/v1/duas"),
    Call(Action.DUA_SHOW, "GET", "/api/v1/duas/acme-wdbc-2026"),
    Call(Action.DUA_ANNEX, "GET", "/api/v1/duas/acme-wdbc-2026/annex"),
    Call(
        Action.CONTRACT_REVIEW,
        "POST",
        "/api/v1/contracts/review",
        lambda w: {"name": "vendor.md", "text": WEAK},
    ),
    Call(
        Action.CONTRACT_COMPARE,
        "POST",
        "/api/v1/contracts/compare",
        lambda w: {"name": "vendor.md", "text": WEAK, "dua": "acme-wdbc-2026"},
    ),
    Call(Action.DUA_ADD, "POST", "/api/v1/duas", _dua, 201),
    Call(
        Action.DUA_REVOKE,
        "POST",
        "/api/v1/duas/other-wdbc/revoke",
        lambda w: {"reason": "contract ended"},
    ),
    Call(Action.BUDGET_SHOW, "GET", "/api/v1/budgets/wdbc"),
    Call(Action.PURGE, "POST", "/api/v1/purge"),
    Call(Action.CERTIFICATE_LIST, "GET", "/api/v1/certificates"),
    # No certificate in the template: an allowed role gets the 404, others 401/403.
    Call(Action.CERTIFICATE_SHOW, "GET", "/api/v1/certificates/dc-none", ok=404),
    Call(Action.INCIDENT_LIST, "GET", "/api/v1/incidents"),
    Call(Action.INCIDENT_SHOW, "GET", "/api/v1/incidents/{incident}"),
    Call(
        Action.INCIDENT_OPEN,
        "POST",
        "/api/v1/incidents",
        lambda w: {"kind": "other", "summary": "badge left in the server room"},
        201,
    ),
    Call(Action.INCIDENT_CONFIRM, "POST", "/api/v1/incidents/{incident}/confirm", lambda w: {}),
    Call(
        Action.INCIDENT_UPDATE,
        "POST",
        "/api/v1/incidents/{incident}/update",
        lambda w: {"containment": ["badge revoked"], "scope": {"rows": 3}},
    ),
    Call(Action.INCIDENT_NOTICE, "GET", "/api/v1/incidents/{incident}/notice"),
    Call(Action.INCIDENT_NOTIFY, "POST", "/api/v1/incidents/{incident}/notified", lambda w: {}),
    Call(
        Action.INCIDENT_CLOSE,
        "POST",
        "/api/v1/incidents/{incident}/close",
        lambda w: {"reason": "unfounded"},
    ),
    Call(Action.AUDIT_VERIFY, "GET", "/api/v1/audit/verify"),
    Call(Action.AUDIT_LOG, "GET", "/api/v1/audit/log?limit=5"),
    Call(Action.AUDIT_EXPORT, "POST", "/api/v1/audit/export", lambda w: {}),
    Call(
        Action.EVIDENCE_PACK,
        "POST",
        "/api/v1/audit/evidence-pack",
        lambda w: {"from": "2000-01-01T00:00:00Z", "to": "2100-01-01T00:00:00Z"},
    ),
]


def _role(principal: str) -> Role | None:
    return None if principal == "anonymous" else Role(principal)


def _actor(principal: str) -> str:
    return "vendor:acme-ai" if principal == "vendor" else f"{principal}:{PEOPLE[principal]}"


def send(client: TestClient, world: World, call: Call, principal: str) -> Any:
    path = call.path.format(
        pending=world.job_pending, released=world.job_released, incident=world.incident
    )
    body = call.body(world) if call.body else None
    if principal == "vendor":
        raw, headers = signed(world.vendor_a, call.method, path, body)
    else:
        raw = b"" if body is None else json.dumps(body).encode()
        headers = {} if body is None else {"Content-Type": "application/json"}
        if principal != "anonymous":
            headers |= bearer(world, principal)
    return client.request(call.method, path, content=raw, headers=headers)


def test_every_route_and_every_action_is_in_the_matrix(client: TestClient) -> None:
    routes = {
        (m, r.path): route_action(r)
        for r in client.app.routes  # type: ignore[attr-defined]
        if isinstance(r, APIRoute)
        for m in r.methods
    }
    assert None not in routes.values()
    assert {(m, a) for (m, _), a in routes.items() if m != "HEAD"} == {
        (c.method, c.action) for c in CALLS
    }
    assert {c.action for c in CALLS} == set(Action) == set(POLICY)


@pytest.mark.parametrize("principal", PRINCIPALS)
@pytest.mark.parametrize("call", CALLS, ids=lambda c: c.action.value)
def test_cell(client: TestClient, world: World, call: Call, principal: str) -> None:
    before, log_before = snapshot(world.home), audit_rows(world.home)
    r = send(client, world, call, principal)
    role = _role(principal)
    if allowed(call.action, role):
        assert r.status_code == call.ok, r.text
        new = audit_rows(world.home)[len(log_before) :]
        nothing_due = call.action is Action.PURGE and not r.json()["certificates"]
        if call.method != "GET" and not nothing_due:
            actor = "custodian:alice" if call.action is Action.SESSION_OPEN else _actor(principal)
            assert new, "a state change left no audit entry"
            assert actor in {a for a, _, _ in new}, new
        if call.action is Action.AUDIT_VERIFY:
            assert r.json()["ok"] is True
        return
    expected = (401, "auth.required") if role is None else (403, "auth.forbidden")
    assert (r.status_code, r.json()["error"]["code"]) == expected, r.text
    assert "Traceback" not in r.text
    assert snapshot(world.home) == before
    assert audit_rows(world.home) == log_before
