"""Gateway call records and the SLA watch, on a real node with a fake clock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, timedelta
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import Boolean, DateTime, Float, Integer, String, func, inspect, select

from custos.core import InvalidInput, Store
from custos.core._schema import gateway_calls
from custos.core._storage import _alembic_config, current_revision
from custos.gateway._calls import (
    Breach,
    CallRecord,
    Outcome,
    SlaWatch,
    check_sla,
    sla_status,
)
from custos.governance._incidents import (
    Severity,
    close_incident,
    list_incidents,
    notice,
    overdue,
    show_incident,
)
from custos.node import Node, init_node
from custos.policy import DUA
from tests.gateway._records import (
    DUA_ID,
    SLA,
    START,
    VENDOR,
    call,
    dua_doc,
    minute,
    record,
    register,
)
from tests.governance._clock import FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def node(tmp_path: Path, clock: FakeClock) -> Iterator[Node]:
    n = init_node(tmp_path / "home", clock=clock)
    yield n
    n.close()


@pytest.fixture
def dua(node: Node, tmp_path: Path) -> DUA:
    return register(node, tmp_path / "duas", dua_doc())


def _with_sla(node: Node, tmp_path: Path, dua_id: str, **sla: Any) -> DUA:
    doc = dua_doc(dua_id=dua_id, sla={**SLA, **sla})
    return register(node, tmp_path / "duas", doc)


def _check(node: Node, dua: DUA, endpoint: str = "chat", at: float = 30) -> Any:
    with node.operation() as conn:
        return check_sla(node, conn, dua, endpoint, now=minute(at))


def _status(node: Node, dua: DUA, at: float = 30, endpoint: str = "chat") -> Any:
    with node.store.read() as conn:
        return sla_status(conn, dua, endpoint, now=minute(at))


# -- the table and its migration ---------------------------------------------------


def test_the_migration_creates_the_calls_table_and_its_indexes_and_removes_them(
    tmp_path: Path,
) -> None:
    store = Store.open(f"sqlite:///{tmp_path / 'custos.db'}", migrate=True)
    try:
        insp = inspect(store.engine)
        assert "gateway_calls" in insp.get_table_names()
        indexes = {i["name"]: i["column_names"] for i in insp.get_indexes("gateway_calls")}
        assert indexes == {
            "ix_gateway_calls_at": ["at"],
            "ix_gateway_calls_dua_id_endpoint_at": ["dua_id", "endpoint", "at"],
        }
        with store.engine.begin() as conn:
            command.downgrade(_alembic_config(conn), "0005")
        assert current_revision(store.engine) == "0005"
        assert "gateway_calls" not in inspect(store.engine).get_table_names()
        with store.engine.begin() as conn:
            command.upgrade(_alembic_config(conn), "head")
        assert "gateway_calls" in inspect(store.engine).get_table_names()
    finally:
        store.close()


def test_the_calls_table_has_room_for_ids_codes_and_numbers_only() -> None:
    """No column could hold what a call carried: every text column is a short code."""
    text_columns = {c.name for c in gateway_calls.columns if isinstance(c.type, String)}
    assert text_columns == {"dua_id", "vendor", "endpoint", "purpose", "client", "outcome"}
    assert all(
        c.type.length is not None and c.type.length <= 64
        for c in gateway_calls.columns
        if isinstance(c.type, String)
    )
    for c in gateway_calls.columns:
        assert isinstance(c.type, String | Integer | DateTime | Float | Boolean), c.name


def test_a_call_record_is_stored_as_given(node: Node) -> None:
    rec = call(minute(1), Outcome.OK, 123.5, stream=True)
    record(node, rec)
    with node.store.read() as conn:
        row = conn.execute(select(gateway_calls)).one()
    assert (row.dua_id, row.vendor, row.endpoint, row.purpose, row.client) == (
        DUA_ID,
        VENDOR,
        "chat",
        "summarise",
        "ehr-app",
    )
    assert (row.outcome, row.status, row.upstream_status) == ("ok", 200, 200)
    assert (row.latency_ms, row.total_ms, row.bytes_sent, row.bytes_received) == (
        123.5,
        128.5,
        1000,
        2000,
    )
    assert row.stream is True
    at = row.at if row.at.tzinfo is not None else row.at.replace(tzinfo=UTC)
    assert at == minute(1)


def test_a_call_refused_before_its_dua_was_known_is_recorded_without_one(node: Node) -> None:
    record(node, call(minute(1), Outcome.REFUSED, dua_id=None, endpoint=None, purpose=None))
    with node.store.read() as conn:
        row = conn.execute(select(gateway_calls)).one()
    assert (row.dua_id, row.vendor, row.endpoint, row.outcome) == (None, None, None, "refused")


def test_a_call_record_refuses_free_text_and_impossible_values_listing_all_of_them() -> None:
    with pytest.raises(InvalidInput) as info:
        call(
            minute(0).replace(tzinfo=None),
            Outcome.OK,
            -1.0,
            purpose="Summarise Jane Doe's notes",
            client="",
            status=700,
        )
    assert info.value.code == "gateway.call_record"
    problems = " ".join(info.value.details)
    for what in ("at:", "purpose:", "client:", "status:", "latency_ms:"):
        assert what in problems
    assert "Jane" not in str(info.value) and "Jane" not in problems


def test_a_refused_call_cannot_claim_a_vendor_answer() -> None:
    with pytest.raises(InvalidInput) as info:
        call(minute(0), Outcome.REFUSED, upstream_status=200)
    assert "nothing was sent" in " ".join(info.value.details)


def test_an_unknown_outcome_is_refused() -> None:
    with pytest.raises(InvalidInput):
        call(minute(0), outcome="maybe")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("status", "outcome"),
    [(200, Outcome.OK), (204, Outcome.OK), (404, Outcome.VENDOR_REJECTED), (429, "vendor_rejected"),
     (500, Outcome.VENDOR_ERROR), (302, Outcome.VENDOR_ERROR)],
)  # fmt: skip
def test_the_outcome_of_a_vendor_status(status: int, outcome: str) -> None:
    assert Outcome.of_status(status) == outcome


# -- measuring a window --------------------------------------------------------------


def test_window_statistics_and_percentiles_match_hand_computed_values(node: Node, dua: DUA) -> None:
    now = 13
    recs = [call(minute(i), Outcome.OK, 100.0 * (i + 1)) for i in range(10)]  # 100..1000
    recs += [
        call(minute(3, 30), Outcome.TIMEOUT),  # minute 3 also had an ok call: up
        call(minute(10), Outcome.VENDOR_ERROR, 30.0),
        call(minute(10, 40), Outcome.VENDOR_ERROR, 30.0),  # minute 10: all failed, down
        call(minute(11), Outcome.REFUSED),  # not forwarded: neither counted nor a minute
        call(minute(12), Outcome.VENDOR_REJECTED, 40.0),  # forwarded, not a failure
        # Outside: the window's start (exclusive), after now, other endpoint and DUA.
        call(minute(now - 60), Outcome.VENDOR_ERROR, 9000.0),
        call(minute(now, 1), Outcome.VENDOR_ERROR, 9000.0),
        call(minute(5), Outcome.VENDOR_ERROR, 9000.0, endpoint="other"),
        call(minute(5), Outcome.VENDOR_ERROR, 9000.0, dua_id="another-dua"),
        call(minute(now), Outcome.OK, None),  # at now: inside, no latency measured
    ]
    record(node, *recs)
    s = _status(node, dua, at=now)
    assert (s.calls, s.forwarded, s.vendor_failures) == (16, 15, 3)
    assert s.error_percent == pytest.approx(3 / 15 * 100)
    # Minutes with forwarded calls: 0-9, 10, 12, 13; minute 10 is down.
    assert (s.minutes_with_calls, s.minutes_down) == (13, 1)
    assert s.availability_percent == pytest.approx(12 / 13 * 100)
    # Latencies, sorted: 30 30 40 100 200 ... 1000 (13 values); linear interpolation
    # at rank q * 12: p50 -> [6] = 400, p95 -> [11.4] = 940, p99 -> [11.88] = 988.
    assert s.latency_p50_ms == pytest.approx(400.0)
    assert s.latency_p95_ms == pytest.approx(940.0)
    assert s.latency_p99_ms == pytest.approx(988.0)
    assert (s.start, s.end, s.window_minutes) == (minute(now - 60), minute(now), 60)
    assert s.judged and s.reason is None
    assert [(b.metric, b.limit) for b in s.breaches] == [
        ("availability", 99.0),
        ("error_rate", 5.0),
        ("latency_p99", 500.0),
    ]
    assert [b.measured for b in s.breaches] == pytest.approx([12 / 13 * 100, 20.0, 988.0])
    assert isinstance(s.breaches[0], Breach)
    p50 = next(v for v in s.verdicts if v.metric == "latency_p50")
    assert (p50.limit, p50.met) == (None, None)  # the DUA sets no p50 limit


def test_availability_counts_calendar_minutes_and_ignores_minutes_without_forwarded_calls(
    node: Node, tmp_path: Path
) -> None:
    dua = _with_sla(node, tmp_path, "avail", min_calls=1)
    record(
        node,
        call(minute(0), Outcome.OK, dua_id=dua.id),
        call(minute(1), Outcome.VENDOR_ERROR, dua_id=dua.id),
        call(minute(1, 59.999), Outcome.TIMEOUT, dua_id=dua.id),  # still minute 1: down
        call(minute(2), Outcome.OK, dua_id=dua.id),  # the next minute: up
        call(minute(5), Outcome.UNREACHABLE, dua_id=dua.id),
        call(minute(5, 30), Outcome.OK, dua_id=dua.id),  # one success makes the minute up
        call(
            minute(7), Outcome.FAILED, dua_id=dua.id
        ),  # the gateway's failure, not the vendor's: up
        call(
            minute(8), Outcome.REFUSED, dua_id=dua.id
        ),  # nothing forwarded: not a minute with calls
    )
    s = _status(node, dua, at=10)
    assert (s.minutes_with_calls, s.minutes_down) == (5, 1)
    assert s.availability_percent == pytest.approx(80.0)
    assert [b.metric for b in s.breaches] == ["availability", "error_rate"]


def test_nothing_is_judged_below_min_calls(node: Node, dua: DUA) -> None:
    record(node, *(call(minute(i), Outcome.VENDOR_ERROR) for i in range(9)))
    record(node, *(call(minute(i), Outcome.REFUSED) for i in range(5)))  # not forwarded
    s = _status(node, dua)
    assert (s.forwarded, s.judged, s.breaches) == (9, False, ())
    assert s.reason is not None and "sla.min_calls" in s.reason
    assert all(v.met is None for v in s.verdicts)
    assert _check(node, dua) is None
    record(node, call(minute(9), Outcome.VENDOR_ERROR))
    assert _status(node, dua).judged
    assert _check(node, dua) is not None


def test_limits_the_dua_does_not_set_are_not_judged(node: Node, tmp_path: Path) -> None:
    dua = _with_sla(node, tmp_path, "lenient", latency_p99_ms=None, max_error_percent=None)
    # Slow and failing often, but every minute had a success: availability 100 %.
    recs = [call(minute(i), Outcome.OK, 60_000.0, dua_id=dua.id) for i in range(12)]
    recs += [call(minute(i, 30), Outcome.VENDOR_ERROR, 60_000.0, dua_id=dua.id) for i in range(12)]
    record(node, *recs)
    s = _status(node, dua)
    assert s.judged and s.error_percent == pytest.approx(50.0)
    assert s.breaches == ()
    assert {v.metric: v.met for v in s.verdicts} == {
        "availability": True,
        "error_rate": None,
        "latency_p50": None,
        "latency_p99": None,
    }
    assert _check(node, dua) is None
    assert list_incidents(node) == []


def test_a_dua_without_an_sla_section_is_never_judged(node: Node, tmp_path: Path) -> None:
    dua = register(node, tmp_path / "duas", dua_doc(dua_id="no-sla", sla=None))
    record(node, *(call(minute(i), Outcome.UNREACHABLE, dua_id="no-sla") for i in range(30)))
    s = _status(node, dua)
    assert (s.forwarded, s.judged, s.breaches, s.verdicts) == (30, False, (), ())
    assert s.reason == "the DUA has no sla section"
    assert _check(node, dua) is None


# -- incidents -------------------------------------------------------------------------

# For each metric, calls that miss that limit and no other (uptime 99 %, errors
# 5 %, p50 300 ms, p99 500 ms).
_SCENARIOS: dict[str, list[tuple[float, Outcome, float | None]]] = {
    # 20 good minutes and one whose only call failed: availability 95.2 %, errors 4.8 %.
    "availability": [(i, Outcome.OK, 100.0) for i in range(20)]
    + [(25, Outcome.VENDOR_ERROR, 100.0)],
    # Every minute has a success; 2 of 22 calls fail: 9.1 %.
    "error_rate": [(i, Outcome.OK, 100.0) for i in range(20)]
    + [(0.5, Outcome.VENDOR_ERROR, 100.0), (1.5, Outcome.TIMEOUT, None)],
    "latency_p50": [(i, Outcome.OK, 400.0) for i in range(20)],
    # 19 at 100 ms and one at 2 s: p50 100 ms, p99 1639 ms.
    "latency_p99": [(i, Outcome.OK, 100.0) for i in range(19)] + [(19, Outcome.OK, 2000.0)],
}  # fmt: skip


@pytest.mark.parametrize("metric", list(_SCENARIOS))
def test_each_breach_opens_exactly_one_low_incident_while_it_lasts(
    node: Node, tmp_path: Path, clock: FakeClock, metric: str
) -> None:
    dua = _with_sla(node, tmp_path, f"sla-{metric.replace('_', '-')}", latency_p50_ms=300)
    plan = _SCENARIOS[metric]
    record(node, *(call(minute(m, 10), o, lat, dua_id=dua.id) for m, o, lat in plan))
    clock.now = minute(30)
    inc = _check(node, dua)
    assert inc is not None
    assert (inc.kind, inc.severity, inc.status, inc.dua_id) == (
        "sla_breach",
        Severity.LOW,
        "suspected",
        dua.id,
    )
    assert [m["metric"] for m in inc.scope["metrics"]] == [metric]
    assert inc.scope["endpoint"] == "chat" and inc.scope["vendor"] == VENDOR
    assert inc.scope["window_minutes"] == 60 and inc.scope["forwarded"] == len(plan)
    assert "chat" in inc.summary and dua.id in inc.summary and metric in inc.summary
    # Still breached, still open: no second incident.
    record(node, *(call(minute(m, 20), o, lat, dua_id=dua.id) for m, o, lat in plan))
    assert _check(node, dua, at=31) is None
    assert [i.id for i in list_incidents(node)] == [inc.id]
    _, events = show_incident(node, inc.id)
    assert [e.event for e in events] == ["opened"]
    assert events[0].details["code"] == "gateway.sla_breach"


def test_the_scope_holds_the_measured_values_and_limits(node: Node, dua: DUA) -> None:
    record(node, *(call(minute(i), Outcome.OK, 1000.0) for i in range(10)))
    inc = _check(node, dua)
    assert inc is not None
    assert inc.scope["metrics"] == [{"metric": "latency_p99", "measured": 1000.0, "limit": 500.0}]
    assert (inc.scope["calls"], inc.scope["vendor_failures"]) == (10, 0)
    assert inc.scope["window_start"] == "2026-11-22T09:30:00.000000Z"
    assert inc.scope["window_end"] == "2026-11-22T10:30:00.000000Z"


def test_an_sla_breach_starts_no_breach_notification_clock(
    node: Node, dua: DUA, clock: FakeClock
) -> None:
    """Service, not personal data: the DUA's breach notice deadlines do not apply."""
    record(node, *(call(minute(i), Outcome.OK, 1000.0) for i in range(10)))
    inc = _check(node, dua)
    assert inc is not None
    assert (inc.notify_within_hours, inc.suspected_within_hours) == (None, None)
    clock.advance(days=3)
    assert inc.clock(clock()) is None
    assert overdue(node, clock()) == []
    text = notice(inc, clock()).text
    assert "fell short of the service levels" in text
    assert "exposes no patient data" in text


def test_a_closed_incident_lets_a_new_breach_open_another(
    node: Node, dua: DUA, clock: FakeClock
) -> None:
    record(node, *(call(minute(i), Outcome.OK, 1000.0) for i in range(10)))
    first = _check(node, dua)
    assert first is not None
    close_incident(node, first.id, actor="dpo", reason="vendor capacity incident")
    clock.advance(minutes=1)
    second = _check(node, dua, at=31)
    assert second is not None and second.id != first.id
    assert [i.status for i in list_incidents(node)] == ["closed", "suspected"]


def test_an_open_incident_of_one_endpoint_does_not_hide_another_endpoint(
    node: Node, dua: DUA
) -> None:
    record(node, *(call(minute(i), Outcome.OK, 1000.0) for i in range(10)))
    record(node, *(call(minute(i), Outcome.OK, 1000.0, endpoint="coding") for i in range(10)))
    chat = _check(node, dua, "chat")
    coding = _check(node, dua, "coding")
    assert chat is not None and coding is not None
    assert {chat.scope["endpoint"], coding.scope["endpoint"]} == {"chat", "coding"}
    assert _check(node, dua, "coding", at=31) is None


def test_the_incident_is_in_the_audit_log(node: Node, dua: DUA) -> None:
    record(node, *(call(minute(i), Outcome.OK, 1000.0) for i in range(10)))
    inc = _check(node, dua)
    assert inc is not None
    with node.store.read() as conn:
        entries = list(node.audit.entries(conn, subject=f"incident:{inc.id}"))
    assert [(e.action, e.actor) for e in entries] == [("incident.opened", "gateway")]


# -- the rate-limited watch --------------------------------------------------------------


def test_the_watch_checks_each_endpoint_at_most_once_per_interval() -> None:
    watch = SlaWatch(every=timedelta(seconds=30))
    assert watch.due("a", "chat", minute(0))
    assert not watch.due("a", "chat", minute(0, 29))
    assert watch.due("a", "coding", minute(0, 29))  # its own slot
    assert watch.due("b", "chat", minute(0, 29))
    assert watch.due("a", "chat", minute(0, 30))
    assert not watch.due("a", "chat", minute(0, 59))
    # A clock that went backwards never silences the watch.
    assert watch.due("a", "chat", minute(-5))


def test_the_watch_runs_the_check_only_when_due(node: Node, dua: DUA) -> None:
    watch = SlaWatch(every=timedelta(minutes=5))
    record(node, *(call(minute(i), Outcome.OK, 100.0) for i in range(10)))
    with node.operation() as conn:
        assert watch.check(node, conn, dua, "chat", now=minute(20)) is None  # fine: no breach
    record(node, *(call(minute(i, 30), Outcome.OK, 5000.0) for i in range(10)))
    with node.operation() as conn:
        assert watch.check(node, conn, dua, "chat", now=minute(21)) is None  # not due yet
    assert list_incidents(node) == []
    with node.operation() as conn:
        inc = watch.check(node, conn, dua, "chat", now=minute(25))
    assert inc is not None and inc.kind == "sla_breach"


def test_a_negative_interval_is_refused() -> None:
    with pytest.raises(InvalidInput):
        SlaWatch(every=timedelta(seconds=-1))


def test_recording_keeps_one_row_per_call(node: Node) -> None:
    record(node, *(call(minute(i)) for i in range(7)))
    with node.store.read() as conn:
        assert conn.execute(select(func.count()).select_from(gateway_calls)).scalar_one() == 7


def test_call_record_is_frozen() -> None:
    rec: CallRecord = call(minute(0))
    with pytest.raises(AttributeError):
        rec.status = 500  # type: ignore[misc]
