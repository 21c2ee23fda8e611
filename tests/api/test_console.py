"""The web console (#8) over TestClient: the policy table, CSRF, escaping, headers.

Every console route names one policy action; each cell of the people x route
matrix is tried: an allowed one succeeds (a page, or a change and a redirect),
a forbidden one is a 403 page that changes nothing, and an anonymous visitor
is sent to the login page.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from fastapi import FastAPI
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from starlette.routing import Mount
from tests.api.conftest import (
    EXAMPLES,
    PASSWORD,
    PEOPLE,
    World,
    audit_rows,
    job_envelope,
    make_client,
    snapshot,
)

from custos.api import Action, ApiConfig, Role, allowed, create_app
from custos.api._app import route_action
from custos.api._console import CONSOLE_CSP, budget_bars
from custos.core import load_settings
from custos.core._clock import utcnow

HOSTILE = "<script>alert('pwned')</script>"
CSRF_RE = re.compile(r'name="csrf_token" value="([^"]*)"')


def login(client: TestClient, name: str, password: str = PASSWORD) -> Any:
    page = client.get("/console/login")
    assert page.status_code == 200
    token = CSRF_RE.search(page.text)
    assert token is not None
    return client.post(
        "/console/login",
        data={"csrf_token": token.group(1), "username": name, "password": password},
        follow_redirects=False,
    )


def csrf_of(client: TestClient, path: str = "/console/jobs") -> str:
    m = CSRF_RE.search(client.get(path).text)
    assert m is not None and m.group(1)
    return m.group(1)


@pytest.fixture
def people(client: TestClient, world: World) -> dict[str, TestClient]:
    """One browser-like client per person, each with its own cookie jar holding the
    session (and CSRF cookie) the template opened for them; one app behind them all.
    (Logging in through the form is tested on its own below.)"""
    clients = {}
    for role in PEOPLE:
        c = TestClient(client.app, raise_server_exceptions=False)
        c.cookies.set("custos_session", world.tokens[role], path="/")
        c.cookies.set("custos_csrf", world.csrf[role], path="/console")
        clients[role] = c
    return clients


def console_app(client: TestClient) -> FastAPI:
    for r in client.app.routes:  # type: ignore[attr-defined]
        if isinstance(r, Mount) and r.path == "/console":
            assert isinstance(r.app, FastAPI)
            return r.app
    raise AssertionError("no console mounted")


# -- the matrix ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Page:
    action: Action
    method: str
    path: str  # {pending}, {incident} placeholders
    form: dict[str, str] | None = None
    ok: int = 200


PAGES = [
    Page(Action.SESSION_OPEN, "GET", "/console/login"),
    Page(Action.SESSION_OPEN, "POST", "/console/login"),  # tested by the login tests
    Page(Action.SESSION_CLOSE, "POST", "/console/logout", {}, 303),
    Page(Action.WHOAMI, "GET", "/console/", ok=303),
    Page(Action.JOB_LIST, "GET", "/console/jobs"),
    Page(Action.JOB_LIST, "GET", "/console/releases"),
    Page(Action.JOB_SHOW, "GET", "/console/jobs/{pending}"),
    Page(Action.JOB_APPROVE, "POST", "/console/jobs/{pending}/approve", {}, 303),
    Page(Action.JOB_REJECT, "POST", "/console/jobs/{pending}/reject", {"reason": "no"}, 303),
    Page(Action.DATASET_LIST, "GET", "/console/datasets"),
    Page(Action.DATASET_SHOW, "GET", "/console/datasets/{dataset}"),
    Page(Action.AUDIT_VERIFY, "GET", "/console/audit"),
    Page(Action.INCIDENT_LIST, "GET", "/console/incidents"),
    Page(Action.INCIDENT_SHOW, "GET", "/console/incidents/{incident}"),
    Page(Action.INCIDENT_CONFIRM, "POST", "/console/incidents/{incident}/confirm", {}, 303),
    Page(Action.INCIDENT_NOTIFY, "POST", "/console/incidents/{incident}/notified", {}, 303),
    Page(
        Action.INCIDENT_CLOSE,
        "POST",
        "/console/incidents/{incident}/close",
        {"reason": "unfounded"},
        303,
    ),
]


def _path(page: Page, world: World) -> str:
    return page.path.format(pending=world.job_pending, incident=world.incident, dataset="wdbc")


def test_every_console_route_names_an_action_and_is_in_the_matrix(client: TestClient) -> None:
    console = console_app(client)
    routes = {
        (m, "/console" + r.path): route_action(r)
        for r in console.routes
        if isinstance(r, APIRoute)
        for m in r.methods
    }
    assert None not in routes.values()

    def shape(path: str) -> str:
        return re.sub(r"\{\w+\}", "{}", path)

    assert {(m, shape(p)): a for (m, p), a in routes.items() if m != "HEAD"} == {
        (p.method, shape(p.path)): p.action for p in PAGES
    }
    # every route of the console is a policy-checked page; no static mount, no docs
    assert all(isinstance(r, APIRoute) for r in console.routes)


@pytest.mark.parametrize("role", ["custodian", "privacy_officer", "auditor"])
@pytest.mark.parametrize(
    "page",
    [p for p in PAGES if p.path != "/console/login"],
    ids=lambda p: f"{p.method}-{p.action.value}",
)
def test_cell(people: dict[str, TestClient], world: World, page: Page, role: str) -> None:
    c = people[role]
    path = _path(page, world)
    before, log_before = snapshot(world.home), audit_rows(world.home)
    if page.method == "GET":
        r = c.get(path, follow_redirects=False)
    else:
        data = {**(page.form or {}), "csrf_token": csrf_of(c)}
        before, log_before = snapshot(world.home), audit_rows(world.home)
        r = c.post(path, data=data, follow_redirects=False)
    assert r.headers["content-security-policy"] == CONSOLE_CSP
    assert r.headers["x-frame-options"] == "DENY"
    if allowed(page.action, Role(role)):
        assert r.status_code == page.ok, r.text
        if page.method == "POST":
            new = audit_rows(world.home)[len(log_before) :]
            assert f"{role}:{PEOPLE[role]}" in {a for a, _, _ in new}, new
        else:
            assert "Traceback" not in r.text
        return
    assert r.status_code == 403, r.text
    assert r.headers["content-type"].startswith("text/html")
    assert "Forbidden" in r.text and page.action.value in r.text
    assert snapshot(world.home) == before
    assert audit_rows(world.home) == log_before


@pytest.mark.parametrize("page", PAGES, ids=lambda p: f"{p.method}-{p.action.value}")
def test_anonymous_is_sent_to_login(client: TestClient, world: World, page: Page) -> None:
    before = snapshot(world.home)
    if page.method == "GET":
        r = client.get(_path(page, world), follow_redirects=False)
    else:
        r = client.post(_path(page, world), data=page.form or {}, follow_redirects=False)
    if page.action is Action.SESSION_OPEN:
        # the login page itself; a post without the login form's token is refused
        assert r.status_code == (200 if page.method == "GET" else 403)
    else:
        assert r.status_code == 303
        assert r.headers["location"] == "/console/login"
    assert r.headers["x-frame-options"] == "DENY"
    if page.method == "POST":
        assert snapshot(world.home) == before


# -- login and logout ----------------------------------------------------------------------


def test_login_sets_httponly_strict_cookies_and_logout_ends_the_session(
    client: TestClient, world: World
) -> None:
    r = login(client, "alice")
    assert r.status_code == 303 and r.headers["location"] == "/console/"
    cookies = r.headers.get_list("set-cookie")
    for name in ("custos_session", "custos_csrf"):
        (c,) = [c for c in cookies if c.startswith(f"{name}=")]
        assert "HttpOnly" in c and "SameSite=strict" in c, c
    assert client.get("/console/jobs").status_code == 200
    token = client.cookies.get("custos_session")
    r = client.post("/console/logout", data={"csrf_token": csrf_of(client)}, follow_redirects=False)
    assert (r.status_code, r.headers["location"]) == (303, "/console/login?done=logged_out")
    assert client.get("/console/jobs", follow_redirects=False).status_code == 303
    # the old token is dead on the API too
    r = client.get("/api/v1/whoami", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 401
    assert ("custodian:alice", "session.closed", "user:alice") in audit_rows(world.home)


def test_wrong_password_is_a_401_page_and_audited(client: TestClient, world: World) -> None:
    r = login(client, "alice", "not the password at all")
    assert r.status_code == 401
    assert "wrong" in r.text
    assert "not the password" not in r.text
    assert "custos_session" not in client.cookies
    assert ("anonymous", "session.refused", "user:alice") in audit_rows(world.home)


def test_login_needs_the_login_forms_token(client: TestClient, world: World) -> None:
    client.get("/console/login")
    r = client.post(
        "/console/login",
        data={"csrf_token": "forged", "username": "alice", "password": PASSWORD},
        follow_redirects=False,
    )
    assert r.status_code == 403
    assert "custos_session" not in client.cookies


def test_login_page_redirects_a_logged_in_person(people: dict[str, TestClient]) -> None:
    r = people["auditor"].get("/console/login", follow_redirects=False)
    assert (r.status_code, r.headers["location"]) == (303, "/console/")


def test_api_bearer_token_does_not_open_the_console(client: TestClient, world: World) -> None:
    r = client.get(
        "/console/jobs",
        headers={"Authorization": f"Bearer {world.tokens['custodian']}"},
        follow_redirects=False,
    )
    assert r.status_code == 303


def test_stale_cookie_goes_to_login(client: TestClient) -> None:
    client.cookies.set("custos_session", "no-such-session")
    r = client.get("/console/jobs", follow_redirects=False)
    assert (r.status_code, r.headers["location"]) == (303, "/console/login")
    assert client.get("/console/login").status_code == 200


# -- CSRF ----------------------------------------------------------------------------------


@pytest.mark.parametrize("token", [None, "", "wrong-token"])
def test_a_change_without_the_csrf_token_is_refused(
    people: dict[str, TestClient], world: World, token: str | None
) -> None:
    c = people["custodian"]
    before, log_before = snapshot(world.home), audit_rows(world.home)
    data = {} if token is None else {"csrf_token": token}
    r = c.post(f"/console/jobs/{world.job_pending}/approve", data=data, follow_redirects=False)
    assert r.status_code == 403
    assert "CSRF" in r.text
    assert snapshot(world.home) == before
    assert audit_rows(world.home) == log_before


@pytest.mark.parametrize(
    "headers", [{"Origin": "https://evil.example"}, {"Sec-Fetch-Site": "cross-site"}]
)
def test_a_form_from_another_site_is_refused(
    people: dict[str, TestClient], world: World, headers: dict[str, str]
) -> None:
    c = people["custodian"]
    before = snapshot(world.home)
    r = c.post(
        f"/console/jobs/{world.job_pending}/approve",
        data={"csrf_token": csrf_of(c)},
        headers=headers,
        follow_redirects=False,
    )
    assert r.status_code == 403
    assert snapshot(world.home) == before


def test_the_console_takes_forms_only(people: dict[str, TestClient], world: World) -> None:
    c = people["custodian"]
    r = c.post(
        f"/console/jobs/{world.job_pending}/approve",
        json={"csrf_token": csrf_of(c)},
        follow_redirects=False,
    )
    assert r.status_code == 400


def test_form_bodies_stay_refused_on_the_api(client: TestClient) -> None:
    r = client.post("/api/v1/session", data={"username": "alice", "password": PASSWORD})
    assert r.status_code == 415


# -- what the pages show ---------------------------------------------------------------


def test_custodian_sees_the_decision_and_approves(
    people: dict[str, TestClient], world: World
) -> None:
    c = people["custodian"]
    jobs = c.get("/console/jobs").text
    assert world.job_pending in jobs and world.job_other in jobs
    assert world.job_released not in jobs  # pending only by default
    assert world.job_released in c.get("/console/jobs?show=all").text
    page = c.get(f"/console/jobs/{world.job_pending}").text
    assert "DUA evaluation" in page and "privacy.max_epsilon_per_job" in page
    assert "passed" in page and 'id="approve"' in page
    assert "Model (code) hash" in page and "sha256:" in page
    r = c.post(
        f"/console/jobs/{world.job_pending}/approve",
        data={"csrf_token": csrf_of(c)},
    )
    assert r.status_code == 200
    assert "The job was approved." in r.text
    assert re.search(r'id="job-state">APPROVED<', r.text)
    assert 'id="approve"' not in r.text
    actions = audit_rows(world.home)
    assert ("custodian:alice", "job.approved", f"job:{world.job_pending}") in actions


def test_reject_needs_a_reason(people: dict[str, TestClient], world: World) -> None:
    c = people["custodian"]
    r = c.post(
        f"/console/jobs/{world.job_pending}/reject",
        data={"csrf_token": csrf_of(c), "reason": "   "},
    )
    assert r.status_code == 403
    assert "reason" in r.text
    r = c.post(
        f"/console/jobs/{world.job_pending}/reject",
        data={"csrf_token": csrf_of(c), "reason": "not this year"},
    )
    assert "The job was rejected." in r.text and "not this year" in r.text


def test_auditor_sees_no_approve_button_and_gets_a_403_page(
    people: dict[str, TestClient], world: World
) -> None:
    c = people["auditor"]
    page = c.get(f"/console/jobs/{world.job_pending}").text
    assert 'id="approve"' not in page
    assert "Only the custodian approves" in page
    r = c.post(
        f"/console/jobs/{world.job_pending}/approve",
        data={"csrf_token": csrf_of(c)},
    )
    assert r.status_code == 403
    assert "your role (auditor) may not do job.approve" in r.text


def test_dataset_page_has_the_card_and_an_svg_budget_chart(
    people: dict[str, TestClient], world: World
) -> None:
    page = people["privacy_officer"].get("/console/datasets/wdbc").text
    assert "<svg" in page and "<rect" in page
    assert "acme-wdbc-2026" in page and "other-wdbc" in page
    assert "Allowed purposes" in page and "Excluded columns" in page
    assert "<script" not in page


def test_budget_bars_are_clamped() -> None:
    (b,) = budget_bars(
        [{"lifetime_epsilon": 4.0, "spent": 1.0, "pending_approved": 1.0, "remaining": 2.0}]
    )
    assert (b["f_spent"], b["f_reserved"], b["f_left"]) == (0.25, 0.25, 0.5)
    (b,) = budget_bars(
        [{"lifetime_epsilon": 1.0, "spent": 3.0, "pending_approved": 1.0, "remaining": 0.0}]
    )
    assert b["f_spent"] + b["f_reserved"] + b["f_left"] == pytest.approx(1.0)
    assert 0.0 <= b["f_left"] <= 1.0


def test_audit_page_shows_verification(people: dict[str, TestClient]) -> None:
    page = people["auditor"].get("/console/audit").text
    assert 'id="audit-status"' in page and "Verified" in page
    assert "session.opened" in page


def test_audit_page_shows_a_broken_chain_loudly(
    people: dict[str, TestClient], world: World
) -> None:
    import sqlite3

    with sqlite3.connect(world.home / "custos.db") as db:
        n = db.execute(
            "UPDATE audit_entries SET body = replace(body, 'custodian:setup', 'custodian:evil') "
            "WHERE body LIKE '%custodian:setup%'"
        ).rowcount
    assert n > 0
    page = people["auditor"].get("/console/audit").text
    assert "VERIFICATION FAILED" in page


def test_privacy_officer_confirms_an_incident(people: dict[str, TestClient], world: World) -> None:
    c = people["privacy_officer"]
    page = c.get(f"/console/incidents/{world.incident}").text
    assert 'id="confirm"' in page
    r = c.post(
        f"/console/incidents/{world.incident}/confirm",
        data={"csrf_token": csrf_of(c), "note": "it happened"},
    )
    assert r.status_code == 200 and 'id="incident-status">confirmed<' in r.text
    assert 'id="confirm"' not in r.text
    # the custodian sees it but has no buttons
    page = people["custodian"].get(f"/console/incidents/{world.incident}").text
    assert 'id="confirm"' not in page and 'id="close"' not in page


def test_overdue_notice_is_shown_loudly(world: World) -> None:
    from custos.governance._incidents import report_incident
    from custos.node import open_node

    node = open_node(load_settings(home=world.home, user="setup"))
    try:
        inc = report_incident(
            node, kind="other", actor="custodian:setup", summary="lost", dua_id="acme-wdbc-2026"
        )
    finally:
        node.close()
    later = create_app(
        load_settings(home=world.home, user="server"),
        ApiConfig(session_ttl=timedelta(days=30)),
        clock=lambda: utcnow() + timedelta(days=2),
    )
    with TestClient(later) as c:
        login(c, "carl")
        page = c.get("/console/incidents").text
        assert 'id="overdue-banner"' in page and "OVERDUE" in page
        assert 'class="overdue"' in page and inc.id in page
        assert "OVERDUE" in c.get(f"/console/incidents/{inc.id}").text


def test_releases_page_lists_receipts(people: dict[str, TestClient], world: World) -> None:
    page = people["auditor"].get("/console/releases").text
    assert world.job_released in page and "sha256:" + "0" * 64 in page


@pytest.mark.parametrize(
    "path", ["/console/jobs/job-0000000000000000", "/console/incidents/nope", "/console/nope"]
)
def test_unknown_things_are_404_pages(people: dict[str, TestClient], path: str) -> None:
    r = people["custodian"].get(path)
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("text/html")
    assert r.headers["x-frame-options"] == "DENY"


# -- escaping, headers, no patient data -----------------------------------------------------


def test_hostile_names_are_escaped(world: World, tmp_path: Path) -> None:
    from custos.node import open_node, register_dataset, submit_job

    node = open_node(load_settings(home=world.home, user="setup"))
    try:
        job = submit_job(node, job_envelope(world, name=HOSTILE, purpose=HOSTILE + " purpose"))
        card = yaml.safe_load((EXAMPLES / "card.yaml").read_text())
        card["name"] = "wdbc-hostile"
        card["description"] = HOSTILE
        card["allowed_purposes"] = [*card["allowed_purposes"], '"><img src=x onerror=alert(1)>']
        (tmp_path / "card.yaml").write_text(yaml.safe_dump(card))
        register_dataset(
            node, "wdbc-hostile", world.home / "imports" / "wdbc.csv", tmp_path / "card.yaml"
        )
    finally:
        node.close()
    with make_client(world) as c:
        login(c, "alice")
        for path in (
            "/console/jobs?show=all",
            f"/console/jobs/{job.id}",
            "/console/datasets",
            "/console/datasets/wdbc-hostile",
        ):
            page = c.get(path).text
            assert "<script>alert" not in page, path
            assert "<img src=x" not in page, path
            assert "<script" not in page, path
        escaped = "&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;"
        assert escaped in c.get("/console/jobs?show=all").text
        assert escaped in c.get(f"/console/jobs/{job.id}").text
        assert "&lt;script&gt;" in c.get("/console/datasets/wdbc-hostile").text


def test_security_headers_on_every_kind_of_response(
    people: dict[str, TestClient], client: TestClient, world: World
) -> None:
    responses = [
        client.get("/console/login"),
        client.get("/console/jobs", follow_redirects=False),
        people["custodian"].get("/console/jobs"),
        people["custodian"].get("/console/nope"),
        people["auditor"].post(
            f"/console/jobs/{world.job_pending}/approve", data={"csrf_token": "x"}
        ),
    ]
    for r in responses:
        csp = r.headers["content-security-policy"]
        assert "default-src 'none'" in csp and "unsafe-inline" not in csp
        assert "script-src" not in csp  # falls back to 'none'
        assert "frame-ancestors 'none'" in csp
        assert r.headers["x-frame-options"] == "DENY"
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["cache-control"] == "no-store"


def test_pages_load_nothing_external_and_run_no_script(
    people: dict[str, TestClient], world: World
) -> None:
    c = people["custodian"]
    for path in (
        "/console/jobs",
        f"/console/jobs/{world.job_pending}",
        "/console/datasets",
        "/console/datasets/wdbc",
        "/console/audit",
        "/console/incidents",
        f"/console/incidents/{world.incident}",
        "/console/releases",
    ):
        page = c.get(path).text
        assert "<script" not in page
        assert not re.search(r"""(src|href)=["']?(https?:)?//""", page), path
        assert " style=" not in page  # inline styles would need 'unsafe-inline'
        assert not re.search(r"\son[a-z]+=", page), path


def test_pages_never_show_row_values(
    people: dict[str, TestClient], world: World, wdbc_csv: Path
) -> None:
    with wdbc_csv.open(newline="") as fh:
        rows = list(csv.reader(fh))
    values = {v for row in rows[1:40] for v in row if len(v) >= 6 and "." in v}
    assert len(values) > 50
    c = people["custodian"]
    for path in ("/console/datasets/wdbc", "/console/datasets", "/console/audit"):
        page = c.get(path).text
        leaked = sorted(v for v in values if v in page)
        assert not leaked, (path, leaked[:5])
