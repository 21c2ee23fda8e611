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
    CSRF_RE,
    EXAMPLES,
    PASSWORD,
    PEOPLE,
    World,
    _dua_doc,
    audit_rows,
    bearer,
    card_yaml,
    csrf_of,
    dua_yaml,
    job_envelope,
    make_client,
    snapshot,
)
from tests.contract.test_review import WEAK

from custos.api import Action, ApiConfig, Role, allowed, create_app
from custos.api._app import route_action
from custos.api._console import CONSOLE_CSP, budget_bars
from custos.core import SigningKey, load_settings
from custos.core._clock import utcnow

HOSTILE = "<script>alert('pwned')</script>"
ESCAPED = "&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;"


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
    path: str  # {pending}, {incident}, {dataset}, {dua} placeholders
    form: dict[str, str] | None = None
    ok: int = 200
    audited: bool = True  # an allowed post leaves an audit entry under the person's name


PAGES = [
    Page(Action.SESSION_OPEN, "GET", "/console/login"),
    Page(Action.SESSION_OPEN, "POST", "/console/login"),  # tested by the login tests
    Page(Action.SESSION_CLOSE, "POST", "/console/logout", {}, 303),
    Page(Action.WHOAMI, "GET", "/console/", ok=303),
    Page(Action.JOB_LIST, "GET", "/console/jobs"),
    Page(Action.JOB_LIST, "GET", "/console/releases"),
    Page(Action.JOB_SHOW, "GET", "/console/jobs/{pending}"),
    Page(Action.JOB_REPORT, "GET", "/console/jobs/{released}/report"),
    Page(Action.JOB_APPROVE, "POST", "/console/jobs/{pending}/approve", {}, 303),
    Page(Action.JOB_REJECT, "POST", "/console/jobs/{pending}/reject", {"reason": "no"}, 303),
    Page(Action.DATASET_LIST, "GET", "/console/datasets"),
    Page(Action.DATASET_SHOW, "GET", "/console/datasets/{dataset}"),
    Page(
        Action.DATASET_ADD,
        "POST",
        "/console/datasets",
        {"name": "wdbc-two", "file": "wdbc.csv", "card": card_yaml("wdbc-two")},
        303,
    ),
    Page(Action.DUA_LIST, "GET", "/console/duas"),
    Page(Action.DUA_SHOW, "GET", "/console/duas/{dua}"),
    Page(Action.CONTRACT_REVIEW, "GET", "/console/contracts"),
    Page(Action.CONTRACT_REVIEW, "POST", "/console/contracts", {"text": WEAK}),
    Page(Action.DUA_ADD, "POST", "/console/duas", {"document": dua_yaml("new-dua")}, 303),
    Page(Action.DUA_REVOKE, "POST", "/console/duas/{dua}/revoke", {"reason": "ended"}, 303),
    Page(Action.AUDIT_VERIFY, "GET", "/console/audit"),
    Page(Action.AUDIT_EXPORT, "POST", "/console/audit/export", {"to": ""}),
    Page(
        Action.EVIDENCE_PACK,
        "POST",
        "/console/audit/evidence-pack",
        {"from": "2020-01-01", "to": "2099-12-31", "recipient": ""},
    ),
    Page(Action.PURGE, "POST", "/console/purge", {"confirm": "yes"}, audited=False),
    Page(Action.INCIDENT_LIST, "GET", "/console/incidents"),
    Page(Action.INCIDENT_SHOW, "GET", "/console/incidents/{incident}"),
    Page(
        Action.INCIDENT_OPEN,
        "POST",
        "/console/incidents",
        {"kind": "other", "severity": "", "summary": "a laptop was lost"},
        303,
    ),
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
    return page.path.format(
        pending=world.job_pending,
        released=world.job_released,
        incident=world.incident,
        dataset="wdbc",
        dua="acme-wdbc-2026",
    )


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
    if page.action is Action.JOB_REPORT and r.status_code == 200:
        # The kept report carries its own narrower policy (its stylesheet by hash).
        csp = r.headers["content-security-policy"]
        assert csp.startswith("default-src 'none'") and "script" not in csp
    else:
        assert r.headers["content-security-policy"] == CONSOLE_CSP
    assert r.headers["x-frame-options"] == "DENY"
    if allowed(page.action, Role(role)):
        assert r.status_code == page.ok, r.text
        if page.method == "POST" and page.audited:
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
    from sqlalchemy import text
    from tests.api.conftest import database

    with database(world.home) as db:
        n = db.execute(
            text(
                "UPDATE audit_entries SET body = replace(body, 'custodian:setup', "
                "'custodian:evil') WHERE body LIKE '%custodian:setup%'"
            )
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
        "/console/duas",
        "/console/duas/acme-wdbc-2026",
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
        # As whole numbers: a timestamp's "10.065412" is not the value 0.0654.
        leaked = sorted(v for v in values if re.search(rf"(?<![\d.]){re.escape(v)}(?!\d)", page))
        assert not leaked, (path, leaked[:5])


# -- the forms: register a dataset, add and revoke a DUA, report an incident, downloads, purge --


def _post(c: TestClient, path: str, data: dict[str, str], **kw: Any) -> Any:
    return c.post(path, data={**data, "csrf_token": csrf_of(c)}, **kw)


def refused(
    c: TestClient, world: World, path: str, data: dict[str, str], status: int, code: str
) -> Any:
    """Post a form that must be refused: an HTML error page naming ``code``, no change."""
    token = csrf_of(c)
    before, log_before = snapshot(world.home), audit_rows(world.home)
    r = c.post(path, data={**data, "csrf_token": token}, follow_redirects=False)
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("text/html")
    assert f'id="error-code">{code}<' in r.text, r.text
    assert "Traceback" not in r.text and "<script>" not in r.text
    assert snapshot(world.home) == before
    assert audit_rows(world.home) == log_before
    return r


FORM_POSTS = [  # (who may post it, path, a form that would succeed with the token)
    ("custodian", "/console/datasets", {"name": "x", "file": "wdbc.csv", "card": "name: x"}),
    ("custodian", "/console/duas", {"document": "id: x"}),
    ("custodian", "/console/duas/acme-wdbc-2026/revoke", {"reason": "r"}),
    ("privacy_officer", "/console/incidents", {"kind": "other", "summary": "s"}),
    ("auditor", "/console/audit/export", {}),
    ("auditor", "/console/audit/evidence-pack", {"from": "2020-01-01", "to": "2099-01-01"}),
    ("custodian", "/console/purge", {"confirm": "yes"}),
]


@pytest.mark.parametrize(("role", "path", "form"), FORM_POSTS, ids=[p for _, p, _ in FORM_POSTS])
@pytest.mark.parametrize("token", [None, "", "wrong-token"])
def test_every_new_form_needs_the_csrf_token(
    people: dict[str, TestClient],
    world: World,
    role: str,
    path: str,
    form: dict[str, str],
    token: str | None,
) -> None:
    c = people[role]
    before, log_before = snapshot(world.home), audit_rows(world.home)
    data = form if token is None else {**form, "csrf_token": token}
    r = c.post(path, data=data, follow_redirects=False)
    assert r.status_code == 403, r.text
    assert 'id="error-code">auth.csrf<' in r.text
    assert snapshot(world.home) == before
    assert audit_rows(world.home) == log_before


def test_error_pages_name_a_stable_code(people: dict[str, TestClient], world: World) -> None:
    r = people["auditor"].post(
        f"/console/jobs/{world.job_pending}/approve",
        data={"csrf_token": csrf_of(people["auditor"])},
    )
    assert 'id="error-code">auth.forbidden<' in r.text
    r = people["custodian"].post(
        f"/console/jobs/{world.job_pending}/approve", data={"csrf_token": "x"}
    )
    assert 'id="error-code">auth.csrf<' in r.text


# datasets


def test_custodian_registers_a_dataset_from_imports(
    people: dict[str, TestClient], world: World
) -> None:
    imports = world.home / "imports"
    (imports / "notes.md").write_text("not a dataset")
    (imports / "sub.csv").mkdir()
    (imports / "link.csv").symlink_to(imports / "wdbc.csv")
    c = people["custodian"]
    page = c.get("/console/datasets").text
    assert 'id="dataset-add"' in page
    options = re.findall(r'<option value="([^"]*)">', page)
    assert options == ["wdbc.csv"]  # plain files only: no link, folder or other file
    r = _post(
        c,
        "/console/datasets",
        {"name": "wdbc-copy", "file": "wdbc.csv", "card": card_yaml("wdbc-copy")},
        follow_redirects=False,
    )
    assert (r.status_code, r.headers["location"]) == (
        303,
        "/console/datasets/wdbc-copy?done=dataset_registered",
    )
    page = c.get(r.headers["location"]).text
    assert "The dataset was registered." in page and "Dataset wdbc-copy" in page
    assert ("custodian:alice", "dataset.registered", "dataset:wdbc-copy") in audit_rows(world.home)
    assert "wdbc-copy" in c.get("/console/datasets").text


@pytest.mark.parametrize("role", ["privacy_officer", "auditor"])
def test_only_the_custodian_sees_the_dataset_form(people: dict[str, TestClient], role: str) -> None:
    page = people[role].get("/console/datasets").text
    assert 'id="dataset-add"' not in page and "wdbc.csv" not in page


def test_no_imports_says_so(people: dict[str, TestClient], world: World) -> None:
    (world.home / "imports" / "wdbc.csv").unlink()
    page = people["custodian"].get("/console/datasets").text
    assert 'id="no-imports"' in page and 'id="dataset-add"' not in page


BAD_DATASETS = [
    ({"file": "../custos.db"}, 400, "input.path"),
    ({"file": "/etc/passwd"}, 400, "input.path"),
    ({"file": "imports/wdbc.csv"}, 400, "input.path"),
    ({"file": "link.csv"}, 400, "input.path"),
    ({"file": "outside.csv"}, 400, "input.path"),
    ({"file": ""}, 400, "input.path"),
    ({"name": "../wdbc-new"}, 400, "input.name"),
    ({"name": "wdbc", "card": card_yaml("wdbc")}, 409, "dataset.exists"),
    ({"card": "name: [unclosed"}, 400, "input.yaml"),
    ({"card": "- a list\n- not a card\n"}, 400, "input.yaml"),
    ({"card": "   "}, 400, "input.yaml"),
    ({"card": "a: &x [1, 2]\nb: [*x, *x]\n"}, 400, "input.yaml"),
    ({"card": card_yaml("another-name")}, 400, "dataset.card_mismatch"),
    ({"card": card_yaml("wdbc-new", columns={})}, 400, "card.invalid"),
    ({"card": "x" * 300_000}, 400, "input.too_large"),
]


@pytest.mark.parametrize(
    ("over", "status", "code"), BAD_DATASETS, ids=[c for *_, c in BAD_DATASETS]
)
def test_a_bad_dataset_form_changes_nothing(
    people: dict[str, TestClient], world: World, over: dict[str, str], status: int, code: str
) -> None:
    outside = world.home.parent / "outside.csv"
    outside.write_bytes((world.home / "imports" / "wdbc.csv").read_bytes())
    (world.home / "imports" / "link.csv").symlink_to(outside)
    form = {"name": "wdbc-new", "file": "wdbc.csv", "card": card_yaml("wdbc-new"), **over}
    refused(people["custodian"], world, "/console/datasets", form, status, code)


def test_a_hostile_data_card_is_escaped(people: dict[str, TestClient], world: World) -> None:
    c = people["custodian"]
    card = card_yaml("wdbc-h", description=HOSTILE)
    r = _post(c, "/console/datasets", {"name": "wdbc-h", "file": "wdbc.csv", "card": card})
    assert r.status_code == 200 and "Dataset wdbc-h" in r.text
    assert ESCAPED in r.text and "<script>alert" not in r.text
    # an unknown field named like markup: the error page escapes it too
    r = refused(
        c,
        world,
        "/console/datasets",
        {"name": "wdbc-k", "file": "wdbc.csv", "card": card_yaml("wdbc-k", **{HOSTILE: 1})},
        400,
        "card.invalid",
    )
    assert "<script>alert" not in r.text


# DUAs


def test_dua_pages_list_and_show_the_agreements(
    people: dict[str, TestClient], world: World
) -> None:
    c = people["auditor"]
    page = c.get("/console/duas").text
    assert "acme-wdbc-2026" in page and "other-wdbc" in page and "acme-ai" in page
    assert 'id="dua-add"' not in page
    page = c.get("/console/duas/acme-wdbc-2026").text
    assert 'id="dua-status">active<' in page
    assert world.vendor_a.public_key.to_text() in page
    assert "max_epsilon_per_job" in page  # the whole agreement
    assert 'id="revoke"' not in page and "Only the custodian revokes" in page
    for path in ("/console/duas/nope", "/console/duas/%2E%2E", "/console/duas/a%2F..%2Fb"):
        assert c.get(path).status_code == 404, path


def test_custodian_adds_a_dua_then_a_new_version(
    people: dict[str, TestClient], world: World
) -> None:
    c = people["custodian"]
    assert 'id="dua-add"' in c.get("/console/duas").text
    key = SigningKey.generate()
    r = _post(c, "/console/duas", {"document": dua_yaml("acme-2", key)}, follow_redirects=False)
    assert (r.status_code, r.headers["location"]) == (303, "/console/duas/acme-2?done=dua_added")
    page = c.get(r.headers["location"]).text
    assert "The DUA was registered." in page and key.public_key.to_text() in page
    assert ("custodian:alice", "dua.added", "dua:acme-2") in audit_rows(world.home)
    r = _post(c, "/console/duas", {"document": dua_yaml("acme-2", key, title="Amended")})
    assert r.status_code == 200 and "Amended" in r.text
    assert re.search(r"<dt>Version</dt><dd>2</dd>", r.text)


BAD_DUAS = [
    ("id: [unclosed", 400, "input.yaml"),
    ("just text", 400, "input.yaml"),
    ("", 400, "input.yaml"),
    ("public_key_file", 400, "dua.invalid"),
    ("unknown field", 400, "dua.invalid"),
    ("unknown dataset", 400, "dua.inconsistent"),
    ("same content", 409, "dua.exists"),
]


@pytest.mark.parametrize(("case", "status", "code"), BAD_DUAS, ids=[c for c, *_ in BAD_DUAS])
def test_a_bad_dua_changes_nothing(
    people: dict[str, TestClient], world: World, case: str, status: int, code: str
) -> None:
    if case == "public_key_file":
        doc = yaml.safe_load(dua_yaml("new-dua"))
        del doc["parties"]["vendor"]["public_key"]
        doc["parties"]["vendor"]["public_key_file"] = "/etc/hostname"
        text = yaml.safe_dump(doc)
    elif case == "unknown field":
        text = dua_yaml("new-dua", surprise=True)
    elif case == "unknown dataset":
        text = dua_yaml("new-dua", datasets=["nope"])
    elif case == "same content":  # the template's own DUA, as it was registered
        text = yaml.safe_dump(_dua_doc(world.dua, "acme-wdbc-2026", "acme-ai", world.vendor_a))
    else:
        text = case
    refused(people["custodian"], world, "/console/duas", {"document": text}, status, code)


def test_a_hostile_dua_is_escaped(people: dict[str, TestClient]) -> None:
    c = people["custodian"]
    r = _post(c, "/console/duas", {"document": dua_yaml("hostile-dua", title=HOSTILE)})
    assert r.status_code == 200
    for page in (r.text, c.get("/console/duas").text):
        assert ESCAPED in page and "<script>alert" not in page


def test_custodian_revokes_a_dua_and_its_jobs_are_rejected(
    people: dict[str, TestClient], world: World
) -> None:
    c = people["custodian"]
    assert 'id="revoke"' in c.get("/console/duas/acme-wdbc-2026").text
    refused(
        c,
        world,
        "/console/duas/acme-wdbc-2026/revoke",
        {"reason": "  "},
        400,
        "dua.reason_required",
    )
    refused(c, world, "/console/duas/nope/revoke", {"reason": "x"}, 404, "dua.not_found")
    refused(c, world, "/console/duas/bad%20id/revoke", {"reason": "x"}, 400, "input.name")
    r = _post(c, "/console/duas/acme-wdbc-2026/revoke", {"reason": f"vendor breach {HOSTILE}"})
    assert r.status_code == 200
    assert "The DUA was revoked" in r.text and 'id="dua-status">revoked<' in r.text
    assert ESCAPED in r.text and 'id="revoke"' not in r.text
    assert ("custodian:alice", "dua.revoked", "dua:acme-wdbc-2026") in audit_rows(world.home)
    assert re.search(r'id="job-state">REJECTED<', c.get(f"/console/jobs/{world.job_pending}").text)
    refused(c, world, "/console/duas/acme-wdbc-2026/revoke", {"reason": "x"}, 409, "dua.revoked")


# incidents


def test_privacy_officer_reports_a_confirmed_incident(
    people: dict[str, TestClient], world: World
) -> None:
    c = people["privacy_officer"]
    page = c.get("/console/incidents").text
    assert 'id="incident-open"' in page and 'id="incident-confirmed"' in page
    assert 'value="audit_log.integrity"' not in page  # the node opens those itself
    r = _post(
        c,
        "/console/incidents",
        {
            "kind": "egress",
            "severity": "high",
            "summary": f"weights sent by mail {HOSTILE}",
            "job": world.job_pending,
            "dua": "acme-wdbc-2026",
            "datasets": "wdbc, wdbc",
            "confirmed": "yes",
        },
        follow_redirects=False,
    )
    assert r.status_code == 303
    m = re.fullmatch(
        r"/console/incidents/(inc-[0-9a-f]{16})\?done=incident_opened", r.headers["location"]
    )
    assert m is not None, r.headers["location"]
    page = c.get(r.headers["location"]).text
    assert "The incident was reported." in page
    assert 'id="incident-status">confirmed<' in page
    assert "<dd>high</dd>" in page and "<dd>wdbc</dd>" in page
    assert ESCAPED in page and "<script>alert" not in page
    assert ("privacy_officer:priya", "incident.opened", f"incident:{m.group(1)}") in audit_rows(
        world.home
    )


def test_custodian_reports_but_may_not_confirm(people: dict[str, TestClient], world: World) -> None:
    c = people["custodian"]
    page = c.get("/console/incidents").text
    assert 'id="incident-open"' in page and 'id="incident-confirmed"' not in page
    form = {"kind": "other", "summary": "a door was open"}
    refused(c, world, "/console/incidents", {**form, "confirmed": "yes"}, 403, "auth.forbidden")
    r = _post(c, "/console/incidents", form)
    assert r.status_code == 200 and 'id="incident-status">suspected<' in r.text
    assert "<dd>medium</dd>" in r.text  # the kind's default severity


def test_auditor_has_no_incident_form(people: dict[str, TestClient]) -> None:
    assert 'id="incident-open"' not in people["auditor"].get("/console/incidents").text


BAD_INCIDENTS = [
    ({"kind": "made-up"}, 400, "incident.kind"),
    ({"kind": "audit_log.integrity"}, 400, "incident.kind"),
    ({"severity": "apocalyptic"}, 400, "incident.severity"),
    ({"summary": "   "}, 400, "incident.text"),
    ({"summary": "x" * 600}, 400, "incident.text"),
    ({"summary": "bell\x07"}, 400, "incident.text"),
    ({"job": "job-0000000000000000"}, 404, "job.not_found"),
    ({"job": "../../etc"}, 404, "job.not_found"),
    ({"dua": "nope"}, 404, "dua.not_found"),
    ({"dua": "../x"}, 400, "input.name"),
    ({"datasets": "wdbc, nope"}, 404, "dataset.not_found"),
    ({"datasets": "../wdbc"}, 400, "input.name"),
]


@pytest.mark.parametrize(
    ("over", "status", "code"),
    BAD_INCIDENTS,
    ids=[f"{c}-{i}" for i, (_, _, c) in enumerate(BAD_INCIDENTS)],
)
def test_a_bad_incident_changes_nothing(
    people: dict[str, TestClient], world: World, over: dict[str, str], status: int, code: str
) -> None:
    form = {"kind": "other", "summary": "something", **over}
    refused(people["privacy_officer"], world, "/console/incidents", form, status, code)


# audit downloads


def test_auditor_downloads_the_audit_log_export(
    people: dict[str, TestClient], world: World
) -> None:
    import json

    c = people["auditor"]
    page = c.get("/console/audit").text
    assert 'id="audit-export"' in page and 'id="evidence-pack"' in page
    assert '<option value="acme-ai">' in page  # a recipient a DUA lists
    for to in ("", "acme-ai"):
        r = _post(c, "/console/audit/export", {"to": to})
        assert r.status_code == 200, r.text
        assert r.headers["content-type"].startswith("application/x-ndjson")
        assert r.headers["content-disposition"] == 'attachment; filename="audit-export.jsonl"'
        assert r.headers["x-content-type-options"] == "nosniff"
        lines = [json.loads(line) for line in r.text.splitlines()]
        assert len(lines) > 5
    exported = [a for a, act, _ in audit_rows(world.home) if act == "audit.exported"]
    assert exported == ["auditor:carl", "auditor:carl"]


@pytest.mark.parametrize("role", ["custodian", "privacy_officer"])
def test_only_the_auditor_sees_the_downloads(people: dict[str, TestClient], role: str) -> None:
    page = people[role].get("/console/audit").text
    assert 'id="audit-export"' not in page and 'id="evidence-pack"' not in page


def test_an_unlisted_recipient_is_refused_and_the_refusal_audited(
    people: dict[str, TestClient], world: World
) -> None:
    c = people["auditor"]
    pack = {"from": "2020-01-01", "to": "2099-12-31"}
    for path, form in (
        ("/console/audit/export", {"to": HOSTILE}),
        ("/console/audit/evidence-pack", {"recipient": HOSTILE, **pack}),
    ):
        log_before = audit_rows(world.home)
        r = _post(c, path, form)
        assert r.status_code == 403
        assert 'id="error-code">export.destination_not_listed<' in r.text
        assert ESCAPED in r.text and "<script>alert" not in r.text
        new = audit_rows(world.home)[len(log_before) :]
        assert [act for _, act, _ in new] == ["export.refused"]


def test_auditor_downloads_a_verifiable_evidence_pack(
    people: dict[str, TestClient], world: World, tmp_path: Path
) -> None:
    import io
    import json
    import zipfile

    from custos.governance._report import verify_pack, verify_pack_dir
    from custos.node import open_node

    node = open_node(load_settings(home=world.home, user="setup"))
    public_key = node.key.public_key
    node.close()
    c = people["auditor"]
    form = {"from": "2020-01-01", "to": "2099-12-31", "recipient": "acme-ai"}
    r = _post(c, "/console/audit/evidence-pack", form)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("application/json")
    assert r.headers["content-disposition"] == (
        'attachment; filename="evidence-pack-2020-01-01-2099-12-31.json"'
    )
    pack = verify_pack(json.loads(r.content), public_key)
    assert pack["recipient"]["name"] == "acme-ai"
    assert pack["period"]["from"].startswith("2020-01-01")
    r = _post(c, "/console/audit/evidence-pack", {**form, "format": "zip"})
    assert r.status_code == 200 and r.headers["content-type"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(r.content)) as zf:
        names = sorted(zf.namelist())
        assert names == [
            "evidence-pack-2020-01-01-2099-12-31/pack.html",
            "evidence-pack-2020-01-01-2099-12-31/pack.json",
        ]
        zf.extractall(tmp_path)
    verify_pack_dir(tmp_path / "evidence-pack-2020-01-01-2099-12-31", public_key)
    written = [a for a, act, _ in audit_rows(world.home) if act == "audit.report_written"]
    assert written == ["auditor:carl", "auditor:carl"]


BAD_PACKS = [
    ({"from": "2026-02-01", "to": "2026-01-01"}, "report.period"),
    ({"from": "yesterday"}, "report.date"),
    ({"to": ""}, "report.date"),
    ({"format": "pdf"}, "report.format"),
]


@pytest.mark.parametrize(("over", "code"), BAD_PACKS, ids=[c for _, c in BAD_PACKS])
def test_a_bad_pack_request_changes_nothing(
    people: dict[str, TestClient], world: World, over: dict[str, str], code: str
) -> None:
    form = {"from": "2020-01-01", "to": "2099-12-31", "recipient": "", **over}
    refused(people["auditor"], world, "/console/audit/evidence-pack", form, 400, code)


# purge


def test_custodian_purges_and_sees_the_certificates(
    people: dict[str, TestClient], world: World
) -> None:
    from custos.governance._retention import record_job_artefacts
    from custos.node import open_node

    folder = world.home / "releases" / world.job_released
    folder.mkdir(parents=True)
    (folder / "model.bin").write_bytes(b"weights")
    node = open_node(load_settings(home=world.home, user="setup"))
    try:
        record_job_artefacts(node, world.job_released, now=utcnow() - timedelta(days=400))
    finally:
        node.close()
    c = people["custodian"]
    assert 'id="purge-form"' in c.get("/console/releases").text
    refused(c, world, "/console/purge", {}, 400, "purge.unconfirmed")
    assert (folder / "model.bin").exists()
    r = _post(c, "/console/purge", {"confirm": "yes"})
    assert r.status_code == 200, r.text
    assert 'id="purge-status"' in r.text and "1 deletion certificate issued" in r.text
    cert = re.search(r"cert-[0-9a-f]{16}", r.text)
    assert cert is not None
    assert f"releases/{world.job_released}/model.bin" in r.text
    assert not (folder / "model.bin").exists()
    assert ("node:retention", "retention.purged", f"certificate:{cert.group(0)}") in audit_rows(
        world.home
    )
    r = _post(c, "/console/purge", {"confirm": "yes"})
    assert "None: nothing was due." in r.text


@pytest.mark.parametrize("role", ["privacy_officer", "auditor"])
def test_only_the_custodian_sees_the_purge_button(people: dict[str, TestClient], role: str) -> None:
    assert 'id="purge-form"' not in people[role].get("/console/releases").text


def test_the_kept_report_is_served_as_rendered_with_its_own_narrow_csp(
    people: dict[str, TestClient], world: World, client: TestClient
) -> None:
    import base64
    import hashlib

    page = people["privacy_officer"].get(f"/console/jobs/{world.job_released}")
    assert f'href="/console/jobs/{world.job_released}/report"' in page.text
    r = people["privacy_officer"].get(f"/console/jobs/{world.job_released}/report")
    assert r.status_code == 200 and "Leakage audit: PASS" in r.text
    style = "\nbody { color: #222 }\n"
    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
    csp = r.headers["content-security-policy"]
    assert f"style-src 'sha256-{digest}'" in csp and "script" not in csp
    assert r.headers["x-frame-options"] == "DENY"
    assert "x-custos-page-csp" not in r.headers
    # Every other page keeps the console's own policy.
    assert page.headers["content-security-policy"] == CONSOLE_CSP
    # A job whose gate never ran has no report, and no link to one.
    assert "/report" not in people["privacy_officer"].get(f"/console/jobs/{world.job_pending}").text
    assert (
        people["privacy_officer"].get(f"/console/jobs/{world.job_pending}/report").status_code
        == 404
    )
    # The API gives the JSON to staff; never to a vendor (not even its own job).
    api = client.get(f"/api/v1/jobs/{world.job_released}/report", headers=bearer(world, "auditor"))
    assert api.json() == {"decision": "pass", "reasons": []}
