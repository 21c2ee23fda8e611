"""Bad input over HTTP: each a 4xx with a stable code, nothing changed, nothing echoed."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from tests.api.conftest import World, audit_rows, bearer, make_client, snapshot

from custos.api import ApiConfig

MARKER = "PATIENT-MRN-0042"


def _post(client: TestClient, world: World, path: str, raw: bytes, ctype: str | None) -> Any:
    headers = bearer(world, "custodian")
    if ctype:
        headers["Content-Type"] = ctype
    return client.post(path, content=raw, headers=headers)


@pytest.mark.parametrize(
    ("path", "raw", "ctype", "status", "code"),
    [
        (
            "/api/v1/jobs/{pending}/reject",
            b'{"reason": "x"',
            "application/json",
            400,
            "request.malformed_json",
        ),
        (
            "/api/v1/jobs/{pending}/reject",
            b"reason=x",
            "text/plain",
            415,
            "request.unsupported_media_type",
        ),
        (
            "/api/v1/jobs/{pending}/reject",
            b'{"reason": "x"}',
            None,
            415,
            "request.unsupported_media_type",
        ),
        ("/api/v1/jobs/{pending}/reject", b"[1, 2]", "application/json", 400, "request.invalid"),
        (
            "/api/v1/jobs/{pending}/reject",
            b'{"reason": "x", "extra": 1}',
            "application/json",
            400,
            "request.invalid",
        ),
        (
            "/api/v1/jobs/{pending}/reject",
            b'{"reason": ""}',
            "application/json",
            400,
            "request.invalid",
        ),
        (
            "/api/v1/datasets",
            b'{"name": "w2", "file": "../../etc/passwd", "card": {}}',
            "application/json",
            400,
            "input.name",
        ),
        (
            "/api/v1/datasets",
            b'{"name": "w2", "file": "..", "card": {}}',
            "application/json",
            400,
            "input.name",
        ),
        (
            "/api/v1/datasets",
            b'{"name": "../w2", "file": "wdbc.csv", "card": {}}',
            "application/json",
            400,
            "input.name",
        ),
        (
            "/api/v1/datasets",
            b'{"name": "w2", "file": "nothere.csv", "card": {}}',
            "application/json",
            400,
            "input.path",
        ),
        (
            "/api/v1/duas/..%2F..%2Fetc/revoke",
            b'{"reason": "x"}',
            "application/json",
            404,
            "http.not_found",
        ),
        ("/api/v1/duas/%2E%2E/revoke", b'{"reason": "x"}', "application/json", 400, "input.name"),
        ("/api/v1/jobs/..%2Fjob/approve", b"", None, 404, "http.not_found"),
        ("/api/v1/jobs/job-../approve", b"", None, 404, "job.not_found"),
        ("/api/v1/duas/inc%00x/revoke", b'{"reason": "x"}', "application/json", 400, "input.name"),
        (
            "/api/v1/duas",
            b'{"id": "d", "parties": {"vendor": {"public_key_file": "/etc/x"}}}',
            "application/json",
            400,
            "dua.invalid",
        ),
        ("/api/v1/duas", b'{"id": "PATIENT-MRN-0042"}', "application/json", 400, "dua.invalid"),
    ],
)
def test_bad_input_is_a_4xx_with_a_stable_code_and_changes_nothing(
    client: TestClient,
    world: World,
    path: str,
    raw: bytes,
    ctype: str | None,
    status: int,
    code: str,
) -> None:
    before = snapshot(world.home)
    r = _post(client, world, path.format(pending=world.job_pending), raw, ctype)
    assert (r.status_code, r.json()["error"]["code"]) == (status, code), r.text
    assert "Traceback" not in r.text
    assert MARKER not in r.text
    assert snapshot(world.home) == before


def test_validation_errors_never_echo_the_input(client: TestClient, world: World) -> None:
    r = client.post("/api/v1/session", json={"username": MARKER * 10, "password": MARKER})
    assert r.status_code == 400
    assert MARKER not in r.text


@pytest.fixture
def small(world: World) -> Iterator[TestClient]:
    with make_client(world, ApiConfig(max_body_bytes=2048)) as c:
        yield c


def test_an_oversized_body_is_413(small: TestClient, world: World) -> None:
    before = snapshot(world.home)
    raw = b'{"reason": "' + b"x" * 5000 + b'"}'
    r = _post(small, world, f"/api/v1/jobs/{world.job_pending}/reject", raw, "application/json")
    assert (r.status_code, r.json()["error"]["code"]) == (413, "request.too_large")

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it streams
        yield raw[:1000]
        yield raw[1000:]

    headers = {**bearer(world, "custodian"), "Content-Type": "application/json"}
    r = small.post(f"/api/v1/jobs/{world.job_pending}/reject", content=chunks(), headers=headers)
    assert (r.status_code, r.json()["error"]["code"]) == (413, "request.too_large")
    assert snapshot(world.home) == before


def test_an_unexpected_failure_is_a_bare_500_with_nothing_in_body_or_log(
    client: TestClient,
    world: World,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    def boom(*_: Any, **__: Any) -> Any:
        raise RuntimeError(f"row {MARKER} broke")

    monkeypatch.setattr("custos.node.list_datasets", boom)
    with caplog.at_level(logging.DEBUG):
        r = client.get("/api/v1/datasets", headers=bearer(world, "auditor"))
    assert (r.status_code, r.json()["error"]["code"]) == (500, "internal")
    assert MARKER not in r.text
    assert MARKER not in caplog.text
    assert "Traceback" not in caplog.text


def test_custos_errors_keep_their_code(client: TestClient, world: World) -> None:
    h = bearer(world, "custodian")
    assert client.get("/api/v1/datasets/nope", headers=h).json()["error"]["code"] == (
        "dataset.not_found"
    )
    r = client.post(f"/api/v1/jobs/{world.job_released}/approve", headers=h)
    assert r.status_code == 409
    assert client.get("/api/v1/nowhere", headers=h).json()["error"]["code"] == "http.not_found"


def test_rate_limits_answer_429_with_retry_after(world: World) -> None:
    with make_client(world, ApiConfig(rate_per_minute=3)) as c:
        codes = [c.get("/healthz").status_code for _ in range(4)]
        assert codes == [200, 200, 200, 429]
        r = c.get("/healthz")
        assert r.json()["error"]["code"] == "request.rate_limited"
        assert int(r.headers["retry-after"]) >= 1
    with make_client(world, ApiConfig(login_rate_per_minute=2)) as c:
        body = {"username": "alice", "password": "wrong password!!"}
        codes = [c.post("/api/v1/session", json=body).status_code for _ in range(3)]
        assert codes == [401, 401, 429]
    assert len(audit_rows(world.home)) > 0


def test_openapi_describes_the_api(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert "/api/v1/jobs" in spec["paths"]
    assert spec["info"]["title"] == "custos node API"
