"""Vendor signed requests and people's sessions, over HTTP."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, text, update
from tests.api.conftest import (
    PASSWORD,
    World,
    audit_rows,
    bearer,
    database,
    job_envelope,
    signed,
    snapshot,
)

from custos.core import SigningKey
from custos.core._schema import sessions


def _code(r: object) -> tuple[int, str]:
    return r.status_code, r.json()["error"]["code"]  # type: ignore[attr-defined]


# -- vendors ---------------------------------------------------------------------------


def test_good_signature_authenticates_the_vendor_of_the_dua(
    client: TestClient, world: World
) -> None:
    _, h = signed(world.vendor_a, "GET", "/api/v1/whoami")
    r = client.get("/api/v1/whoami", headers=h)
    assert r.status_code == 200
    assert r.json() == {
        "role": "vendor",
        "name": "acme-ai",
        "actor": "vendor:acme-ai",
        "via": "signature",
    }


@pytest.mark.parametrize(
    ("tamper", "code"),
    [
        ("body", "auth.bad_signature"),
        ("path", "auth.bad_signature"),
        ("method", "auth.bad_signature"),
        ("expired", "auth.expired"),
        ("future", "auth.expired"),
        ("unknown_key", "auth.unknown_key"),
        ("malformed", "auth.malformed"),
    ],
)
def test_bad_vendor_signatures_are_401_and_change_nothing(
    client: TestClient, world: World, tamper: str, code: str
) -> None:
    before = snapshot(world.home)
    body = job_envelope(world, name="tampered")
    key = SigningKey.generate() if tamper == "unknown_key" else world.vendor_a
    ts = {"expired": int(time.time()) - 3600, "future": int(time.time()) + 3600}.get(tamper)
    raw, h = signed(
        key,
        "PUT" if tamper == "method" else "POST",
        "/api/v1/other" if tamper == "path" else "/api/v1/jobs",
        body,
        timestamp=ts,
    )
    if tamper == "body":
        raw = raw + b" "  # still the same JSON, not the signed bytes
    if tamper == "malformed":
        h["X-Custos-Nonce"] = "short"
    r = client.post("/api/v1/jobs", content=raw, headers=h)
    assert _code(r) == (401, code)
    assert r.headers["www-authenticate"] == "Custos"
    assert snapshot(world.home) == before


def test_a_replayed_request_is_refused(client: TestClient, world: World) -> None:
    raw, h = signed(world.vendor_a, "POST", "/api/v1/jobs", job_envelope(world, name="once"))
    assert client.post("/api/v1/jobs", content=raw, headers=h).status_code == 201
    before = snapshot(world.home)
    r = client.post("/api/v1/jobs", content=raw, headers=h)
    assert _code(r) == (401, "auth.replay")
    assert snapshot(world.home) == before


def test_a_vendor_sees_only_its_own_jobs(client: TestClient, world: World) -> None:
    _, h = signed(world.vendor_a, "GET", "/api/v1/jobs")
    ids = {j["id"] for j in client.get("/api/v1/jobs", headers=h).json()}
    assert ids == {world.job_pending, world.job_released}
    for path in (f"/api/v1/jobs/{world.job_other}", f"/api/v1/jobs/{world.job_other}/bundle"):
        _, h = signed(world.vendor_a, "GET", path)
        assert _code(client.get(path, headers=h)) == (404, "job.not_found")
    # ... and vendor B sees its own.
    path = f"/api/v1/jobs/{world.job_other}"
    _, h = signed(world.vendor_b, "GET", path)
    assert client.get(path, headers=h).json()["vendor"] == "other-ai"


def test_a_vendor_cannot_submit_under_another_vendors_name(
    client: TestClient, world: World
) -> None:
    before = snapshot(world.home)
    env = job_envelope(world, name="x", key=world.vendor_b, vendor="other-ai", dua="other-wdbc")
    raw, h = signed(world.vendor_a, "POST", "/api/v1/jobs", env)
    assert _code(client.post("/api/v1/jobs", content=raw, headers=h)) == (
        403,
        "auth.vendor_mismatch",
    )
    assert snapshot(world.home) == before


def test_a_released_bundle_is_a_zip_and_its_fetch_is_audited(
    client: TestClient, world: World
) -> None:
    import io
    import zipfile

    path = f"/api/v1/jobs/{world.job_released}/bundle"
    _, h = signed(world.vendor_a, "GET", path)
    r = client.get(path, headers=h)
    assert r.headers["content-type"] == "application/zip"
    names = zipfile.ZipFile(io.BytesIO(r.content)).namelist()
    assert sorted(names) == [
        f"{world.job_released}/metrics.json",
        f"{world.job_released}/receipt.json",
    ]
    assert audit_rows(world.home)[-1][:2] == ("vendor:acme-ai", "release.fetched")


# -- people ----------------------------------------------------------------------------


def test_login_sets_a_strict_httponly_cookie_and_csrf_guards_cookie_changes(
    client: TestClient, world: World
) -> None:
    r = client.post("/api/v1/session", json={"username": "alice", "password": PASSWORD})
    assert r.status_code == 201
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie
    assert "samesite=strict" in cookie
    csrf = r.json()["csrf_token"]
    assert client.get("/api/v1/whoami").json()["via"] == "session-cookie"
    path = f"/api/v1/jobs/{world.job_pending}/reject"
    before = snapshot(world.home)
    assert _code(client.post(path, json={"reason": "x"})) == (403, "auth.csrf")
    assert _code(client.post(path, json={"reason": "x"}, headers={"X-CSRF-Token": "no"})) == (
        403,
        "auth.csrf",
    )
    assert snapshot(world.home) == before
    r = client.post(path, json={"reason": "x"}, headers={"X-CSRF-Token": csrf})
    assert r.status_code == 200
    assert audit_rows(world.home)[-1][:2] == ("custodian:alice", "job.rejected")


def test_wrong_password_and_unknown_user_look_the_same_and_are_audited(
    client: TestClient, world: World
) -> None:
    for name, pw in (("alice", "wrong password!!"), ("nobody", PASSWORD)):
        r = client.post("/api/v1/session", json={"username": name, "password": pw})
        assert _code(r) == (401, "auth.invalid_credentials")
        assert "set-cookie" not in r.headers
        assert pw not in r.text
    assert [a[1] for a in audit_rows(world.home)[-2:]] == ["session.refused"] * 2


def test_logout_ends_the_session(client: TestClient, world: World) -> None:
    h = bearer(world, "auditor")
    assert client.delete("/api/v1/session", headers=h).status_code == 200
    assert _code(client.get("/api/v1/whoami", headers=h)) == (401, "auth.session")
    assert audit_rows(world.home)[-1][:2] == ("auditor:carl", "session.closed")


def test_an_expired_session_is_refused(client: TestClient, world: World) -> None:
    with database(world.home) as db:
        db.execute(update(sessions).values(expires_at=datetime(2000, 1, 1, tzinfo=UTC)))
    assert _code(client.get("/api/v1/whoami", headers=bearer(world, "custodian"))) == (
        401,
        "auth.session",
    )


def test_sessions_and_passwords_are_stored_hashed(world: World) -> None:
    with database(world.home) as db:
        hashes = [r[0] for r in db.execute(text("SELECT password_hash FROM users"))]
        tokens = [r[0] for r in db.execute(text("SELECT token_hash FROM sessions"))]
    assert all(h.startswith("$argon2id$") for h in hashes)
    assert not set(world.tokens.values()) & set(tokens)


def test_a_bad_bearer_header_is_401(client: TestClient) -> None:
    for value in ("Basic abc", "Bearer ", "Bearer not-a-session"):
        r = client.get("/api/v1/whoami", headers={"Authorization": value})
        assert r.status_code == 401
        assert r.json()["error"]["code"] in ("auth.malformed", "auth.session")


def _last_seen(world: World, role: str, minutes_ago: float) -> None:
    from datetime import timedelta

    from custos.api._accounts import _digest
    from custos.core._clock import utcnow

    with database(world.home) as db:
        db.execute(
            update(sessions)
            .where(sessions.c.token_hash == _digest(world.tokens[role]))
            .values(last_seen_at=utcnow() - timedelta(minutes=minutes_ago))
        )


def _seen_at(world: World, role: str) -> datetime:
    from custos.api._accounts import _digest

    with database(world.home) as db:
        seen: datetime = db.execute(
            select(sessions.c.last_seen_at).where(
                sessions.c.token_hash == _digest(world.tokens[role])
            )
        ).scalar_one()
    return seen


def test_a_session_unused_past_the_idle_timeout_ends(client: TestClient, world: World) -> None:
    """Automatic logoff: 15 minutes unused by default, however long the session's
    absolute lifetime; a request inside the window keeps it alive (written at most
    once a minute, so reads stay reads)."""
    _last_seen(world, "auditor", 16)
    assert _code(client.get("/api/v1/whoami", headers=bearer(world, "auditor"))) == (
        401,
        "auth.idle",
    )
    _last_seen(world, "custodian", 10)
    before = _seen_at(world, "custodian")
    assert client.get("/api/v1/whoami", headers=bearer(world, "custodian")).status_code == 200
    touched = _seen_at(world, "custodian")
    assert touched > before
    assert client.get("/api/v1/whoami", headers=bearer(world, "custodian")).status_code == 200
    assert _seen_at(world, "custodian") == touched  # not rewritten within the minute


def test_idle_timeout_is_configurable(world: World) -> None:
    from datetime import timedelta

    from tests.api.conftest import make_client

    from custos.api import ApiConfig

    _last_seen(world, "auditor", 16)
    with make_client(world, ApiConfig(idle_timeout=timedelta(minutes=30))) as c:
        assert c.get("/api/v1/whoami", headers=bearer(world, "auditor")).status_code == 200
    with make_client(world, ApiConfig(idle_timeout=timedelta(minutes=5))) as c:
        _last_seen(world, "auditor", 6)
        assert _code(c.get("/api/v1/whoami", headers=bearer(world, "auditor"))) == (
            401,
            "auth.idle",
        )


def test_a_signature_is_bound_to_the_node_it_was_meant_for(world: World) -> None:
    """A vendor with one key at two hospitals: a request it signed for node B, captured
    and replayed to node A inside the window, is refused by A (A's nonce store has
    never seen it, so only the signed Host stops it), and A answers no Host but its own."""
    from tests.api.conftest import make_client

    from custos.api import ApiConfig

    before = snapshot(world.home)
    config = ApiConfig(server_names=frozenset({"node-a.example"}))
    with make_client(world, config) as c:
        body = job_envelope(world, name="meant-for-b")
        raw, h = signed(world.vendor_a, "POST", "/api/v1/jobs", body, host="node-b.example")
        r = c.post("/api/v1/jobs", content=raw, headers=h)  # sent as signed: Host node-b
        assert _code(r) == (400, "request.host")
        r = c.post("/api/v1/jobs", content=raw, headers={**h, "Host": "node-a.example"})
        assert _code(r) == (401, "auth.bad_signature")
        assert snapshot(world.home) == before
        raw, h = signed(world.vendor_a, "POST", "/api/v1/jobs", body, host="node-a.example:8443")
        assert c.post("/api/v1/jobs", content=raw, headers=h).status_code == 201
        # People's requests too: the console under another name (DNS rebinding) is refused.
        r = c.get("/console/login", headers={"Host": "attacker.example"})
        assert _code(r) == (400, "request.host")


def test_only_a_privacy_officer_opens_an_incident_as_confirmed(
    client: TestClient, world: World
) -> None:
    """Opening an incident as confirmed is a confirmation; a custodian may report one
    as suspected but not skip the privacy officer's decision."""
    body = {"kind": "other", "summary": "lost laptop", "confirmed": True}
    before = snapshot(world.home)
    r = client.post("/api/v1/incidents", json=body, headers=bearer(world, "custodian"))
    assert _code(r) == (403, "auth.forbidden")
    assert snapshot(world.home) == before
    r = client.post(
        "/api/v1/incidents", json={**body, "confirmed": False}, headers=bearer(world, "custodian")
    )
    assert (r.status_code, r.json()["status"]) == (201, "suspected")
    r = client.post("/api/v1/incidents", json=body, headers=bearer(world, "privacy_officer"))
    assert (r.status_code, r.json()["status"]) == (201, "confirmed")


def test_a_vendor_submits_a_synthesis_request_like_any_job(
    client: TestClient, world: World
) -> None:
    """A signed ``kind: synthesis`` spec goes through the same endpoint and DUA checks;
    the template's DUA does not permit synthetic_data, so the node rejects it."""
    import yaml
    from tests.api.conftest import EXAMPLES

    from custos.jobs import parse_spec, sign_spec

    data = yaml.safe_load((EXAMPLES / "synth-job.yaml").read_text())
    env = sign_spec(parse_spec(data), world.vendor_a)
    raw, h = signed(world.vendor_a, "POST", "/api/v1/jobs", env)
    r = client.post("/api/v1/jobs", content=raw, headers=h)
    assert r.status_code == 201, r.text
    job = r.json()
    assert job["spec"]["kind"] == "synthesis" and job["state"] == "REJECTED"
    failed = {x["clause"]: x["code"] for x in job["decision"]["reasons"] if not x["passed"]}
    assert failed == {"permitted_outputs": "outputs.not_permitted"}
