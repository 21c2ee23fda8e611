"""Governance routes over HTTP: withdrawal, the deletion certificate it signs,
the data map and an incident's notice."""

from __future__ import annotations

from fastapi.testclient import TestClient
from tests.api.conftest import World, audit_rows, bearer

from custos.governance._retention import verify_certificate


def test_withdrawal_signs_a_certificate_the_api_serves_verifiable(
    client: TestClient, world: World
) -> None:
    from custos.core import load_settings
    from custos.governance._retention import record_job_artefacts
    from custos.node import open_node

    # The released job left a file on the node (its bundle), registered for retention.
    node = open_node(load_settings(home=world.home))
    bundle = world.home / "releases" / world.job_released
    bundle.mkdir(parents=True)
    (bundle / "weights.safetensors").write_bytes(b"\0" * 64)
    record_job_artefacts(node, world.job_released)
    node_key = node.key.public_key
    node.close()

    h = bearer(world, "custodian")
    r = client.post(
        "/api/v1/datasets/wdbc/withdraw", json={"reason": "consent withdrawn"}, headers=h
    )
    assert r.status_code == 200, r.text
    report = r.json()
    assert sorted(report["rejected_jobs"]) == sorted([world.job_pending, world.job_other])
    assert report["purge"]["certificates"], report  # the released bundle was deleted
    assert ("custodian:alice", "dataset.withdrawn", "dataset:wdbc") in audit_rows(world.home)

    listed = client.get("/api/v1/certificates", headers=bearer(world, "auditor")).json()
    assert [c["id"] for c in listed] == [c["id"] for c in report["purge"]["certificates"]]
    one = client.get(f"/api/v1/certificates/{listed[0]['id']}", headers=bearer(world, "auditor"))
    assert one.status_code == 200
    body = one.json()
    verified = verify_certificate(body["envelope"], node_key)
    assert verified.statement == body["statement"]
    assert {i["job"] for i in verified.items} == {world.job_released}

    again = client.post("/api/v1/datasets/wdbc/withdraw", json={"reason": "again"}, headers=h)
    assert again.status_code in (400, 409), again.text
    assert "Traceback" not in again.text


def test_data_map_lists_fields_by_legal_category(client: TestClient, world: World) -> None:
    (m,) = client.get("/api/v1/data-map", headers=bearer(world, "privacy_officer")).json()
    assert m["dataset"] == "wdbc"
    assert "patient_id" in m["fields_by_category"]["direct_identifier"]
    assert {a["dua"] for a in m["agreements"]} == {"acme-wdbc-2026", "other-wdbc"}


def test_incident_update_then_notice(client: TestClient, world: World) -> None:
    h = bearer(world, "custodian")
    r = client.post(
        f"/api/v1/incidents/{world.incident}/update",
        json={"containment": ["account locked"], "scope": {"rows": 5}, "severity": "high"},
        headers=h,
    )
    assert r.status_code == 200, r.text
    assert r.json()["severity"] == "high"
    bad = client.post(
        f"/api/v1/incidents/{world.incident}/update", json={"scope": {"a b": 1}}, headers=h
    )
    assert (bad.status_code, bad.json()["error"]["code"]) == (400, "incident.scope")
    empty = client.post(f"/api/v1/incidents/{world.incident}/update", json={}, headers=h)
    assert empty.json()["error"]["code"] == "incident.nothing_to_update"
    n = client.get(f"/api/v1/incidents/{world.incident}/notice", headers=bearer(world, "auditor"))
    assert n.status_code == 200
    assert "account locked" in n.json()["text"]
