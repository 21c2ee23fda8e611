"""The gateway against a real vendor stand-in on loopback that records every request.

What must hold: no identifier of a labelled note reaches the vendor; answers
come back re-identified (plain and streamed); a refused call never reaches the
vendor; only the DUA's fields and parameters leave; vendor failures give a
clear error and no retry storm; the audit log holds facts, never content.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from custos.deid._corpus import generate
from custos.gateway._app import BREAKER_FAILURES, create_app
from custos.node import Node, revoke_dua
from tests.gateway.conftest import (
    CHAT,
    CODING,
    DUA_ID,
    MODEL,
    GatewayUnderTest,
    Vendor,
    bodies,
    gateway_dua,
    make_gateway,
    present,
    sse_text,
)

# The held-out seed of the text de-identification benchmark (never tuned on).
HELDOUT_SEED = 20260917
# Many-to-one surrogates: "90+", the first three ZIP digits, an initial.
NOT_REVERSIBLE = frozenset({"AGE", "ZIP"})
DAY_ONLY = re.compile(r"(?:the )?\d{1,2}(?:st|nd|rd|th)", re.IGNORECASE)


@pytest.fixture(scope="module")
def notes() -> list[Any]:
    return generate(24, seed=HELDOUT_SEED)


def test_no_identifier_of_labelled_notes_reaches_the_vendor_and_answers_come_back(
    gut: GatewayUnderTest, notes: list[Any]
) -> None:
    answers = []
    received = []
    for n in notes:
        # each note against exactly the request that carried it
        mark = gut.vendor.mark()
        r = gut.chat(n.text, headers=gut.headers(**{"x-custos-patient": n.patient}))
        assert r.status_code == 200, r.text
        answers.append(r.json()["choices"][0]["message"]["content"])
        got = gut.vendor.since(mark)
        assert len(got) == 1, [x.get("path") for x in got]
        received.append(got[0])
    # A date written as a day alone ("the 18th") keeps its number when the
    # shift is a whole number of months: the vendor sees a day, not the day.
    # A gold text standing inside a surrogate the gateway made (a shifted date
    # "4/22/2019" holding another date's "4/22", a surrogate name that is
    # another patient's real one) is a coincidence, not the original leaking:
    # the surrogates are blanked before looking.
    surrogates = set()
    for n in notes:
        key = f"{DUA_ID}\0patient\0{n.patient}"
        surrogates |= {sur for (_, sur) in gut.gateway.vault._deid.reverse(key)}
    blank = re.compile("|".join(map(re.escape, sorted(surrogates, key=len, reverse=True))))
    leaked = []
    for n, got in zip(notes, received, strict=True):
        sent = blank.sub("\u2588", bodies([got]))
        for s in n.spans:
            value = n.text[s.start : s.end]
            if present(value, sent) and not DAY_ONLY.fullmatch(value):
                # the synthetic note's context, to tell a miss from a coincidence
                at = sent.find(value)
                leaked.append((n.note_id, s.category, value, sent[max(0, at - 60) : at + 30]))
    assert leaked == []
    # The stand-in quotes the note back: every reversible identifier is restored.
    restored = missing = 0
    for n, answer in zip(notes, answers, strict=True):
        assert answer.startswith("Summary: ")
        for s in n.spans:
            if s.category in NOT_REVERSIBLE:
                continue
            value = n.text[s.start : s.end]
            if present(value, answer):
                restored += 1
            else:
                missing += 1
    assert restored > 0
    assert missing / (restored + missing) < 0.02, (restored, missing)


def test_a_streamed_answer_is_re_identified_like_a_plain_one(
    gut: GatewayUnderTest, notes: list[Any]
) -> None:
    for n in notes[:6]:
        h = gut.headers(**{"x-custos-patient": n.patient})
        plain = gut.chat(n.text, headers=h).json()["choices"][0]["message"]["content"]
        r = gut.chat(n.text, headers=h, stream=True)
        assert r.status_code == 200
        assert r.headers["content-type"].startswith("text/event-stream")
        assert r.text.rstrip().endswith("data: [DONE]")
        assert sse_text(r.text) == plain


def test_one_patients_surrogates_are_consistent_across_calls(gut: GatewayUnderTest) -> None:
    note = "Patient Maria Okafor, MRN: 4482913, seen 2021-03-14."
    mark = gut.vendor.mark()
    for _ in range(2):
        assert gut.chat(note, headers=gut.headers(**{"x-custos-patient": "p-1"})).status_code == 200
    first, second = (
        json.loads(r["body"])["messages"][0]["content"] for r in gut.vendor.since(mark)
    )
    assert first == second
    assert "Okafor" not in first and "4482913" not in first and "2021-03-14" not in first


def test_only_the_contracted_chat_parameters_and_message_fields_leave(
    gut: GatewayUnderTest,
) -> None:
    mark = gut.vendor.mark()
    r = gut.client.post(
        CHAT,
        headers=gut.headers(),
        json={
            "model": MODEL,
            "user": "dr.jane.roe@st-example.invalid",
            "metadata": {"patient": "Maria Okafor"},
            "tools": [{"type": "function", "function": {"name": "lookup"}}],
            "temperature": 0.2,
            "messages": [
                {"role": "system", "content": "You write discharge summaries."},
                {"role": "user", "content": "Summarise.", "name": "Jane_Roe"},
            ],
        },
    )
    assert r.status_code == 200
    (got,) = gut.vendor.since(mark)
    sent = json.loads(got["body"])
    assert set(sent) == {"model", "messages", "temperature"}
    assert all(set(m) == {"role", "content"} for m in sent["messages"])
    assert "Jane" not in got["body"] and "Okafor" not in got["body"]
    (entry,) = [e for e in gut.audit() if e["details"]["call"] == r.headers["x-custos-call-id"]]
    assert entry["details"]["fields_removed"] == 4  # user, metadata, tools, message name


def test_the_caller_token_never_reaches_the_vendor_and_the_vendor_credential_is_added(
    node: Node, tmp_path: Path, vendor: Vendor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ACME_TEST_KEY", "sk-vendor-secret-123")
    doc = gateway_dua(vendor.port)
    gw, token = make_gateway(
        node,
        tmp_path,
        vendor,
        doc,
        gateway_yaml={
            "upstreams": [{"dua": DUA_ID, "endpoint": "chat", "credential_env": "ACME_TEST_KEY"}]
        },
    )
    with TestClient(create_app(gw)) as client:
        mark = vendor.mark()
        r = client.post(
            CHAT,
            headers={
                "authorization": f"Bearer {token}",
                "cookie": "session=abc",
                "x-forwarded-for": "10.1.2.3",
            },
            json={"model": MODEL, "messages": [{"role": "user", "content": "hello"}]},
        )
        assert r.status_code == 200
        (got,) = vendor.since(mark)
        assert got["headers"]["authorization"] == "Bearer sk-vendor-secret-123"
        assert token not in json.dumps(got)
        assert "cookie" not in got["headers"] and "x-forwarded-for" not in got["headers"]
        gw.recorder.drain()
        with node.store.read() as conn:
            text = json.dumps([e.to_dict() for e in node.audit.entries(conn)])
        assert "sk-vendor-secret-123" not in text and token not in text
        # The variable unset: refused before anything leaves.
        monkeypatch.delenv("ACME_TEST_KEY")
        mark = vendor.mark()
        r = client.post(
            CHAT,
            headers={"authorization": f"Bearer {token}"},
            json={"model": MODEL, "messages": [{"role": "user", "content": "hello"}]},
        )
        assert r.status_code == 500
        assert r.json()["error"]["code"] == "gateway.credential_missing"
        assert vendor.since(mark) == []


def test_fhir_bundle_is_cut_to_the_purposes_fields(gut: GatewayUnderTest) -> None:
    bundle = {
        "resourceType": "Bundle",
        "id": "bundle-77",
        "entry": [
            {
                "resource": {
                    "resourceType": "Patient",
                    "name": [{"family": "Okafor"}],
                    "birthDate": "1950-02-03",
                    "identifier": [{"value": "4482913"}],
                }
            },
            {
                "resource": {
                    "resourceType": "Observation",
                    "code": {"coding": [{"system": "http://loinc.org", "code": "4548-4"}]},
                    "valueQuantity": {"value": 8.1, "unit": "%"},
                    "subject": {"reference": "Patient/4482913"},
                }
            },
        ],
        "note": "HbA1c rising; Mrs. Okafor reports polyuria since 03/02/2021.",
    }
    mark = gut.vendor.mark()
    r = gut.client.post(CODING, headers=gut.headers(), json=bundle)
    assert r.status_code == 200, r.text
    (got,) = gut.vendor.since(mark)
    sent = json.loads(got["body"])
    assert sent["entry"][0] == {"resource": {"resourceType": "Patient"}}
    obs = sent["entry"][1]["resource"]
    assert set(obs) == {"resourceType", "code", "valueQuantity"}
    assert obs["valueQuantity"] == {"value": 8.1, "unit": "%"}
    assert "id" not in sent
    for value in ("Okafor", "4482913", "1950-02-03", "03/02/2021"):
        assert value not in got["body"]
    # The vendor's echo of the note comes back re-identified.
    assert r.json()["echo"] == bundle["note"]
    (entry,) = [e for e in gut.audit() if e["details"]["call"] == r.headers["x-custos-call-id"]]
    assert entry["details"]["data_categories"] == [
        "diagnosis",
        "free_text",
        "observation",
        "resource_type",
    ]
    assert entry["details"]["fields_removed"] >= 5


REFUSALS = [
    # (what, request kwargs, status, code)
    ("no token", {"headers": {}}, 401, "gateway.unauthenticated"),
    (
        "unknown token",
        {"headers": {"authorization": "Bearer cgw_nope"}},
        401,
        "gateway.unauthenticated",
    ),
    (
        "unknown DUA",
        {"path": "/dua/other-dua/discharge-summary/v1/chat/completions"},
        403,
        "gateway.client_scope",
    ),
    ("no DUA named", {"path": "/v1/chat/completions"}, 400, "gateway.no_agreement"),
    (
        "purpose outside the DUA",
        {"path": f"/dua/{DUA_ID}/marketing/v1/chat/completions"},
        403,
        "gateway.purpose",
    ),
    (
        "endpoint not for the purpose",
        {"path": f"/dua/{DUA_ID}/discharge-summary/json/coding/suggest"},
        403,
        "gateway.endpoint",
    ),
    (
        "path escaping the endpoint",
        {"path": f"/dua/{DUA_ID}/diagnosis-coding/json/coding/a/%2E%2E/admin"},
        400,
        "gateway.endpoint",
    ),
    ("model not contracted", {"model": "gpt-unknown"}, 403, "gateway.model"),
    (
        "an image part",
        {"content": [{"type": "image_url", "image_url": {"url": "data:x"}}]},
        400,
        "gateway.content_type",
    ),
    ("oversized body", {"content": "x" * (70 * 1024)}, 413, "gateway.too_large"),
    ("not JSON", {"raw": b"{not json"}, 400, "gateway.payload"),
    ("wrong content type", {"raw": b"{}", "ctype": "text/plain"}, 415, "gateway.content_type"),
    ("no messages", {"messages": []}, 400, "gateway.payload"),
    ("malformed patient id", {"headers_more": {"x-custos-patient": "a b"}}, 400, "gateway.patient"),
]


@pytest.mark.parametrize(("what", "req", "status", "code"), REFUSALS, ids=[r[0] for r in REFUSALS])
def test_a_refused_call_never_reaches_the_vendor_and_is_audited(
    gut: GatewayUnderTest, what: str, req: dict[str, Any], status: int, code: str
) -> None:
    headers = req.get("headers", {**gut.headers(), **req.get("headers_more", {})})
    path = req.get("path", CHAT)
    mark = gut.vendor.mark()
    if "raw" in req:
        r = gut.client.post(
            path,
            content=req["raw"],
            headers={**headers, "content-type": req.get("ctype", "application/json")},
        )
    else:
        body: dict[str, Any] = {
            "model": req.get("model", MODEL),
            "messages": req.get(
                "messages", [{"role": "user", "content": req.get("content", "Maria Okafor")}]
            ),
        }
        r = gut.client.post(path, json=body, headers=headers)
    assert r.status_code == status, r.text
    assert r.json()["error"]["code"] == code
    assert "Okafor" not in r.text
    assert gut.vendor.since(mark) == []
    refused = gut.audit("gateway.refused")
    assert refused and refused[-1]["details"]["code"] == code
    assert "Okafor" not in json.dumps(refused)


def test_revoked_expired_and_not_yet_valid_agreements_are_refused(
    gut: GatewayUnderTest,
) -> None:
    mark = gut.vendor.mark()
    revoke_dua(gut.node, DUA_ID, "vendor breached the non-training clause")
    r = gut.chat("hello")
    assert (r.status_code, r.json()["error"]["code"]) == (403, "gateway.dua_revoked")
    assert gut.vendor.since(mark) == []


@pytest.mark.parametrize(
    ("validity", "code"),
    [
        ({"not_before": "2020-01-01", "not_after": "2020-12-31"}, "gateway.dua_expired"),
        ({"not_before": "2099-01-01", "not_after": "2099-12-31"}, "gateway.dua_not_yet_valid"),
    ],
)
def test_an_agreement_outside_its_validity_is_refused(
    node: Node, tmp_path: Path, vendor: Vendor, validity: dict[str, str], code: str
) -> None:
    gw, token = make_gateway(node, tmp_path, vendor, gateway_dua(vendor.port, validity=validity))
    with TestClient(create_app(gw)) as client:
        mark = vendor.mark()
        r = client.post(
            CHAT,
            headers={"authorization": f"Bearer {token}"},
            json={"model": MODEL, "messages": [{"role": "user", "content": "hi"}]},
        )
        assert (r.status_code, r.json()["error"]["code"]) == (403, code)
        assert vendor.since(mark) == []


def test_vendor_errors_and_timeouts_give_a_clear_error_without_retries(
    gut: GatewayUnderTest,
) -> None:
    mark = gut.vendor.mark()
    r = gut.chat("Maria Okafor is unwell", model="fail-1")
    assert r.status_code == 502
    err = r.json()["error"]
    assert err["code"] == "gateway.vendor_error" and err["upstream_status"] == 503
    assert "Okafor" not in r.text
    assert len(gut.vendor.since(mark)) == 1  # tried once, no retry

    r = gut.chat("hello", model="reject-1")
    assert r.status_code == 400  # the vendor's own 4xx answer comes through

    mark = gut.vendor.mark()
    r = gut.chat("hello", model="slow-1")  # the stand-in waits 2 s; the DUA allows 1 s
    assert (r.status_code, r.json()["error"]["code"]) == (504, "gateway.vendor_timeout")
    assert len(gut.vendor.since(mark)) == 1

    r = gut.chat("hello", path=f"/dua/{DUA_ID}/dead-end/v1/chat/completions")
    assert (r.status_code, r.json()["error"]["code"]) == (502, "gateway.vendor_unreachable")
    outcomes = Counter(e["details"]["outcome"] for e in gut.audit("gateway.call"))
    assert outcomes["vendor_error"] == 1 and outcomes["timeout"] == 1
    assert outcomes["unreachable"] == 1 and outcomes["vendor_rejected"] == 1


def test_repeated_vendor_failures_trip_the_breaker_and_spare_the_vendor(
    gut: GatewayUnderTest,
) -> None:
    mark = gut.vendor.mark()
    for _ in range(BREAKER_FAILURES):
        assert gut.chat("hello", model="fail-1").status_code == 502
    r = gut.chat("hello", model="fail-1")
    assert (r.status_code, r.json()["error"]["code"]) == (503, "gateway.vendor_unavailable")
    assert len(gut.vendor.since(mark)) == BREAKER_FAILURES


def test_a_failing_de_identifier_refuses_the_call(
    gut: GatewayUnderTest, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_: Any, **__: Any) -> Any:
        raise RuntimeError("detector crashed")

    monkeypatch.setattr(gut.gateway.vault, "deidentify", broken)
    mark = gut.vendor.mark()
    r = gut.chat("Maria Okafor, MRN: 4482913")
    assert (r.status_code, r.json()["error"]["code"]) == (500, "gateway.deid_failed")
    assert gut.vendor.since(mark) == []


def test_when_the_audit_log_cannot_be_written_calls_are_refused(
    gut: GatewayUnderTest, monkeypatch: pytest.MonkeyPatch
) -> None:
    import custos.gateway._app as app_mod

    def broken(*_: Any, **__: Any) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(app_mod, "record_call", broken)
    assert gut.chat("hello").status_code == 200  # this call's evidence fails to write
    gut.gateway.recorder.drain()
    mark = gut.vendor.mark()
    r = gut.chat("hello")
    assert (r.status_code, r.json()["error"]["code"]) == (503, "gateway.audit_unavailable")
    assert gut.vendor.since(mark) == []
    assert gut.client.get("/healthz").json()["status"] == "refusing"


def _strings(value: Any) -> Any:
    """``value`` with every number (int or float, not bool) replaced by None."""
    if isinstance(value, dict):
        return {k: _strings(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_strings(v) for v in value]
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return None
    return value


def test_audit_entries_hold_facts_and_never_content(
    gut: GatewayUnderTest, notes: list[Any]
) -> None:
    for n in notes[:5]:
        assert gut.chat(n.text).status_code == 200
    calls = gut.audit("gateway.call")
    assert len(calls) == 5
    d = calls[-1]["details"]
    assert d["vendor"] == "acme-ai" and d["dua"] == DUA_ID and d["purpose"] == "discharge-summary"
    assert d["endpoint"] == "chat" and d["status"] == 200 and d["outcome"] == "ok"
    assert d["data_categories"] == ["free_text"]
    assert sum(d["identifiers_replaced"].values()) > 0
    assert d["bytes_sent"] > 0 and d["latency_ms"] > 0
    # Look for identifiers in the entries' strings: their numbers are timings
    # and counts the gateway computes, and a latency of 12.99 ms would "hold"
    # an age of 99 as a whole token.
    text = json.dumps(_strings(calls))
    for n in notes[:5]:
        for s in n.spans:
            assert not present(n.text[s.start : s.end], text)
    with gut.node.store.read() as conn:
        from sqlalchemy import text as sql

        rows = conn.execute(sql("SELECT outcome, dua_id, vendor FROM gateway_calls")).all()
    assert [tuple(r) for r in rows] == [("ok", DUA_ID, "acme-ai")] * 5


def test_sla_breach_opens_an_incident(node: Node, tmp_path: Path, vendor: Vendor) -> None:
    sla = {
        "uptime_percent": 99,
        "support_response_hours": 8,
        "escalation_contact": "x",
        "max_error_percent": 10,
        "window_minutes": 60,
        "min_calls": 4,
    }
    gw, token = make_gateway(node, tmp_path, vendor, gateway_dua(vendor.port, sla=sla))
    from custos.governance import list_incidents

    with TestClient(create_app(gw)) as client:
        h = {"authorization": f"Bearer {token}"}
        for model in [MODEL, MODEL, "fail-1", "fail-1"]:
            client.post(
                CHAT,
                headers=h,
                json={"model": model, "messages": [{"role": "user", "content": "hi"}]},
            )
        gw.recorder.drain()
    incidents = [i for i in list_incidents(node) if i.kind == "sla_breach"]
    assert len(incidents) == 1
    assert incidents[0].dua_id == DUA_ID
    assert incidents[0].scope["endpoint"] == "chat"


def test_content_is_logged_encrypted_only_where_the_dua_allows_it(
    node: Node, tmp_path: Path, vendor: Vendor
) -> None:
    from custos.gateway._content import ContentLog

    doc = gateway_dua(vendor.port)
    doc["gateway"]["content_logging"] = {"enabled": True, "retention_days": 7}
    gw, token = make_gateway(node, tmp_path, vendor, doc)
    note = "Maria Okafor, MRN: 4482913, seen 2021-03-14."
    with TestClient(create_app(gw)) as client:
        h = {"authorization": f"Bearer {token}"}
        r = client.post(
            CHAT, headers=h, json={"model": MODEL, "messages": [{"role": "user", "content": note}]}
        )
        assert r.status_code == 200
        s = client.post(CHAT, headers=h, json={"model": MODEL, "stream": True,
                        "messages": [{"role": "user", "content": note}]})  # fmt: skip
        assert s.status_code == 200
        gw.recorder.drain()
    files = sorted((node.settings.home / "gateway" / "content").glob("*/*.bin"))
    assert len(files) == 2
    for f in files:
        assert b"Okafor" not in f.read_bytes() and b"Summary" not in f.read_bytes()
    log = ContentLog(node.settings.home)
    rec = log.read(r.headers["x-custos-call-id"])
    # what the vendor saw: pseudonymised both ways
    assert "Okafor" not in rec["sent"] and "Summary: " in rec["received"]
    assert "Okafor" not in rec["received"]
    streamed = log.read(s.headers["x-custos-call-id"])
    assert "data: [DONE]" in streamed["received"]
    with node.store.read() as conn:
        from sqlalchemy import text as sql

        kinds = conn.execute(sql("SELECT kind, clause FROM artefacts")).all()
    assert [tuple(k) for k in kinds] == [
        ("gateway_content", "gateway.content_logging.retention_days")
    ] * 2


def test_without_content_logging_nothing_is_kept(gut: GatewayUnderTest) -> None:
    r = gut.chat("Maria Okafor")
    assert r.status_code == 200
    gut.gateway.recorder.drain()
    assert not (gut.home / "gateway" / "content").exists()
    (entry,) = [e for e in gut.audit() if e["details"]["call"] == r.headers["x-custos-call-id"]]
    assert entry["details"]["content_logged"] is False


def test_identifiers_the_hospital_knows_are_removed_even_where_the_detector_misses_them(
    gut: GatewayUnderTest,
) -> None:
    note = "Follow-up for kit walnut-7; Laukkanen to call back."
    mark = gut.vendor.mark()
    assert gut.chat(note).status_code == 200
    (plain,) = gut.vendor.since(mark)
    assert "walnut-7" in plain["body"]  # not an identifier the detector knows
    mark = gut.vendor.mark()
    known = {"known": {"names": ["Eko Laukkanen"], "identifiers": ["walnut-7"]}}
    r = gut.chat(note, custos=known)
    assert r.status_code == 200
    (got,) = gut.vendor.since(mark)
    assert "walnut-7" not in got["body"] and "Laukkanen" not in got["body"]
    assert "custos" not in json.loads(got["body"])  # the extension never leaves
    assert r.json()["choices"][0]["message"]["content"] == "Summary: " + note
    for bad in ({"known": {"names": "Eko"}}, {"known": {"ssn": ["1"]}}, {"other": 1}, [1]):
        r = gut.chat(note, custos=bad)
        assert (r.status_code, r.json()["error"]["code"]) == (400, "gateway.known")
