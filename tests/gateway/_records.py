"""A node with a gateway DUA, and call records for the SLA and report tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from custos.core import SigningKey
from custos.gateway._calls import CallRecord, Outcome, record_call
from custos.node import Node, add_dua
from custos.policy import DUA
from tests.conftest import EXAMPLES, dump_yaml, load_yaml

START = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)
DUA_ID = "acme-notes-test"
VENDOR = "acme-ai"
SLA: dict[str, Any] = {
    "uptime_percent": 99,
    "support_response_hours": 8,
    "escalation_contact": "oncall@acme-ai.invalid",
    "latency_p99_ms": 500,
    "max_error_percent": 5,
    "window_minutes": 60,
    "min_calls": 10,
}


def dua_doc(*, dua_id: str = DUA_ID, sla: dict[str, Any] | None = SLA) -> dict[str, Any]:
    """The example DUA turned into a gateway-only one (no datasets, no outputs)."""
    doc = load_yaml(EXAMPLES / "dua.yaml")
    doc["id"] = dua_id
    doc["datasets"] = []
    doc["permitted_outputs"] = []
    doc["parties"]["vendor"].pop("public_key_file")
    doc["parties"]["vendor"]["public_key"] = SigningKey.generate().public_key.to_text()
    doc["gateway"] = {
        "endpoints": [
            {
                "name": "chat",
                "api": "chat_completions",
                "url": "http://127.0.0.1:9/v1/chat/completions",
            }
        ],
        "purposes": [{"name": "summarise", "endpoints": ["chat"], "free_text": True}],
    }
    if sla is None:
        doc.pop("sla", None)
    else:
        doc["sla"] = dict(sla)
    return doc


def register(node: Node, folder: Path, doc: dict[str, Any]) -> DUA:
    folder.mkdir(parents=True, exist_ok=True)
    return add_dua(node, dump_yaml(doc, folder / f"{doc['id']}.yaml")).dua


def call(
    at: datetime,
    outcome: Outcome = Outcome.OK,
    latency_ms: float | None = 100.0,
    *,
    dua_id: str | None = DUA_ID,
    endpoint: str | None = "chat",
    **kw: Any,
) -> CallRecord:
    """A call record with plausible defaults for ``outcome``."""
    upstream = {
        Outcome.OK: 200,
        Outcome.VENDOR_REJECTED: 400,
        Outcome.VENDOR_ERROR: 503,
        Outcome.FAILED: 200,
    }.get(outcome)
    status = {
        Outcome.OK: 200,
        Outcome.VENDOR_REJECTED: 400,
        Outcome.REFUSED: 403,
        Outcome.TIMEOUT: 504,
        Outcome.FAILED: 500,
    }.get(outcome, 502)
    if outcome in (Outcome.REFUSED, Outcome.TIMEOUT, Outcome.UNREACHABLE):
        latency_ms = None
    fields: dict[str, Any] = {
        "at": at,
        "dua_id": dua_id,
        "vendor": VENDOR if dua_id is not None else None,
        "endpoint": endpoint,
        "purpose": "summarise",
        "client": "ehr-app",
        "outcome": outcome,
        "status": status,
        "upstream_status": upstream,
        "latency_ms": latency_ms,
        "total_ms": (latency_ms or 0.0) + 5.0,
        "bytes_sent": None if outcome is Outcome.REFUSED else 1000,
        "bytes_received": 2000 if upstream is not None else None,
    }
    fields.update(kw)
    return CallRecord(**fields)


def record(node: Node, *recs: CallRecord) -> None:
    with node.operation() as conn:
        for rec in recs:
            record_call(conn, rec)


def minute(n: float, seconds: float = 0.0) -> datetime:
    """``START`` plus ``n`` minutes and ``seconds``."""
    return START + timedelta(minutes=n, seconds=seconds)
