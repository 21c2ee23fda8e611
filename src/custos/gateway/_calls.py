"""What the gateway records about each call, the SLA watch, and the period report.

Every call through the gateway leaves one ``gateway_calls`` row: ids, codes,
HTTP statuses, sizes and times, never what was sent or received (every name
in a row must be an identifier, so free text cannot slip into one).

Outcomes (:class:`Outcome`)::

    ok               the vendor answered 2xx
    vendor_rejected  the vendor answered 4xx (the call was wrong, not the vendor)
    vendor_error     the vendor answered 5xx (or anything else but 2xx/4xx)
    timeout          no complete answer within the DUA's gateway.timeout_seconds
    unreachable      no connection to the vendor
    refused          the gateway refused the call; nothing was sent
    failed           the gateway itself failed after sending (e.g. re-identifying
                     the answer)

*Forwarded* calls are all but ``refused``; *vendor failures* are
``vendor_error``, ``timeout`` and ``unreachable``. Over the calls of one DUA
endpoint in a window:

* error rate: vendor failures / forwarded calls, in per cent;
* availability: the minutes (UTC calendar minutes) that had forwarded calls;
  a minute is down when every forwarded call in it was a vendor failure;
  up minutes / minutes with calls, in per cent. Minutes without calls say
  nothing either way;
* latency: p50, p95 and p99 of the vendor time (request sent until the last
  response byte) of the forwarded calls that have one, in milliseconds.

The DUA's ``sla:`` section sets the limits (``uptime_percent`` for
availability, ``max_error_percent``, ``latency_p50_ms``, ``latency_p99_ms``)
and the rolling window they are judged over (``window_minutes``, and
``min_calls``: with fewer forwarded calls in the window nothing is judged). A
limit the DUA does not set is not judged. :func:`check_sla` opens one
``sla_breach`` incident per DUA endpoint while a breach lasts;
:class:`SlaWatch` lets a caller run it after every call without running it
every time.
"""

from __future__ import annotations

import json
import math
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
from sqlalchemy import Connection, insert, select

from custos.core._clock import isoformat
from custos.core._errors import InvalidInput
from custos.core._ids import is_identifier
from custos.core._schema import gateway_calls, incidents
from custos.governance._incidents import SLA_BREACH, Incident, open_incident, open_of_kind

if TYPE_CHECKING:
    from custos.node._node import Node
    from custos.policy._dua import DUA, SlaTerms

REPORT_FORMAT = "custos.gateway_report/v1"


class Outcome(StrEnum):
    """How a call through the gateway ended (see the module docstring)."""

    OK = "ok"
    VENDOR_REJECTED = "vendor_rejected"
    VENDOR_ERROR = "vendor_error"
    TIMEOUT = "timeout"
    UNREACHABLE = "unreachable"
    REFUSED = "refused"
    FAILED = "failed"

    @classmethod
    def of_status(cls, upstream_status: int) -> Outcome:
        """The outcome of a call the vendor answered with ``upstream_status``."""
        if 200 <= upstream_status < 300:
            return cls.OK
        if 400 <= upstream_status < 500:
            return cls.VENDOR_REJECTED
        return cls.VENDOR_ERROR


FORWARDED: frozenset[Outcome] = frozenset(o for o in Outcome if o is not Outcome.REFUSED)
VENDOR_FAILURES: frozenset[Outcome] = frozenset(
    {Outcome.VENDOR_ERROR, Outcome.TIMEOUT, Outcome.UNREACHABLE}
)

Metric = Literal["availability", "error_rate", "latency_p50", "latency_p99"]
METRICS: tuple[Metric, ...] = ("availability", "error_rate", "latency_p50", "latency_p99")
_UNITS: Mapping[str, str] = {
    "availability": "%",
    "error_rate": "%",
    "latency_p50": "ms",
    "latency_p99": "ms",
}
# The window used to describe an endpoint whose DUA has no sla section.
_DEFAULT_WINDOW_MINUTES = 60
# Report time series: at most this many buckets when the size is chosen here,
# and never more than _MAX_BUCKETS when the caller chooses it.
_TARGET_BUCKETS = 60
_MAX_BUCKETS = 5000
_NICE_BUCKETS = (1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080)


def _utc(ts: datetime) -> datetime:
    """Stored times are UTC; SQLite reads them back naive."""
    return ts.replace(tzinfo=UTC) if ts.tzinfo is None else ts.astimezone(UTC)


def _aware(ts: datetime, what: str) -> datetime:
    if ts.tzinfo is None:
        raise InvalidInput(f"{what} must be timezone-aware", code="gateway.time")
    return ts.astimezone(UTC)


def _r(x: float | None) -> float | None:
    return None if x is None else round(float(x), 3)


# ---------------------------------------------------------------------------
# recording


@dataclass(frozen=True, kw_only=True)
class CallRecord:
    """The metadata of one call, as :func:`record_call` stores it.

    Names (``dua_id``, ``vendor``, ``endpoint``, ``purpose``, ``client``) are
    identifiers or None: None for one not known yet (a call refused before its
    DUA was found has no DUA or vendor) and for a name a caller sent that is
    not an identifier (it could be anything, patient data included). Times
    are milliseconds.

    Raises
    ------
    InvalidInput
        A name that is not an identifier, a naive ``at``, an HTTP status out of
        range, a negative or non-finite number, or a ``refused`` call that has
        a vendor status or latency (nothing was sent).
    """

    at: datetime
    dua_id: str | None
    vendor: str | None
    endpoint: str | None = None
    purpose: str | None = None
    client: str | None = None
    outcome: Outcome
    status: int
    upstream_status: int | None = None
    latency_ms: float | None = None
    total_ms: float
    bytes_sent: int | None = None
    bytes_received: int | None = None
    stream: bool = False

    def __post_init__(self) -> None:
        problems: list[str] = []
        try:
            object.__setattr__(self, "outcome", Outcome(self.outcome))
        except ValueError:
            problems.append("outcome: not a known outcome")
        if self.at.tzinfo is None:
            problems.append("at: must be timezone-aware")
        for name in ("dua_id", "vendor", "endpoint", "purpose", "client"):
            value = getattr(self, name)
            if value is not None and not (isinstance(value, str) and is_identifier(value)):
                problems.append(f"{name}: must be an identifier or None")
        for name in ("status", "upstream_status"):
            code = getattr(self, name)
            if code is None and name == "upstream_status":
                continue
            if isinstance(code, bool) or not isinstance(code, int) or not 100 <= code <= 599:
                problems.append(f"{name}: must be an HTTP status (100-599)")
        for name in ("latency_ms", "total_ms", "bytes_sent", "bytes_received"):
            num = getattr(self, name)
            if num is None and name != "total_ms":
                continue
            if (
                isinstance(num, bool)
                or not isinstance(num, int | float)
                or not math.isfinite(num)
                or num < 0
            ):
                problems.append(f"{name}: must be a finite number >= 0")
        if self.outcome == Outcome.REFUSED and (
            self.upstream_status is not None or self.latency_ms is not None
        ):
            problems.append(
                "a refused call has no upstream_status or latency_ms (nothing was sent)"
            )
        if problems:
            raise InvalidInput(
                "invalid gateway call record", code="gateway.call_record", details=problems
            )

    @property
    def forwarded(self) -> bool:
        return self.outcome in FORWARDED

    def to_row(self) -> dict[str, Any]:
        return {
            "at": self.at.astimezone(UTC),
            "dua_id": self.dua_id,
            "vendor": self.vendor,
            "endpoint": self.endpoint,
            "purpose": self.purpose,
            "client": self.client,
            "outcome": self.outcome.value,
            "status": self.status,
            "upstream_status": self.upstream_status,
            "latency_ms": None if self.latency_ms is None else float(self.latency_ms),
            "total_ms": float(self.total_ms),
            "bytes_sent": self.bytes_sent,
            "bytes_received": self.bytes_received,
            "stream": bool(self.stream),
        }


def record_call(conn: Connection, rec: CallRecord) -> None:
    """Insert one call's metadata (in the caller's transaction)."""
    conn.execute(insert(gateway_calls).values(**rec.to_row()))


# ---------------------------------------------------------------------------
# measuring


@dataclass(frozen=True)
class _Measured:
    calls: int
    by_outcome: dict[str, int]
    forwarded: int
    vendor_failures: int
    error_percent: float | None
    minutes_with_calls: int
    minutes_down: int
    availability_percent: float | None
    latency_p50_ms: float | None
    latency_p95_ms: float | None
    latency_p99_ms: float | None


def _percentiles(latencies: Sequence[float]) -> tuple[float | None, float | None, float | None]:
    if not latencies:
        return None, None, None
    p50, p95, p99 = np.percentile(np.asarray(latencies, dtype=float), [50, 95, 99])
    return float(p50), float(p95), float(p99)


def _measure(rows: Iterable[tuple[datetime, str, float | None]]) -> _Measured:
    """The statistics of calls given as (arrival time, outcome, vendor latency)."""
    by_outcome = dict.fromkeys((o.value for o in Outcome), 0)
    forwarded = failures = 0
    # minute -> whether any forwarded call in it was not a vendor failure
    minutes: dict[int, bool] = {}
    latencies: list[float] = []
    for at, outcome_text, latency in rows:
        outcome = Outcome(outcome_text)
        by_outcome[outcome.value] += 1
        if outcome not in FORWARDED:
            continue
        forwarded += 1
        failed = outcome in VENDOR_FAILURES
        failures += failed
        minute = int(_utc(at).timestamp() // 60)
        minutes[minute] = minutes.get(minute, False) or not failed
        if latency is not None:
            latencies.append(float(latency))
    calls = sum(by_outcome.values())
    down = sum(1 for up in minutes.values() if not up)
    p50, p95, p99 = _percentiles(latencies)
    return _Measured(
        calls=calls,
        by_outcome=by_outcome,
        forwarded=forwarded,
        vendor_failures=failures,
        error_percent=failures / forwarded * 100 if forwarded else None,
        minutes_with_calls=len(minutes),
        minutes_down=down,
        availability_percent=(len(minutes) - down) / len(minutes) * 100 if minutes else None,
        latency_p50_ms=p50,
        latency_p95_ms=p95,
        latency_p99_ms=p99,
    )


@dataclass(frozen=True)
class Verdict:
    """One SLA metric: its limit, what was measured, and whether the limit was met.

    ``met`` is None when the metric was not judged (no limit, nothing
    measured, or too few calls).
    """

    metric: Metric
    limit: float | None
    measured: float | None
    met: bool | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "metric": self.metric,
            "unit": _UNITS[self.metric],
            "limit": self.limit,
            "measured": _r(self.measured),
            "met": self.met,
        }


@dataclass(frozen=True)
class Breach:
    """A limit of the DUA's ``sla`` missed: availability below ``uptime_percent``,
    or the error rate or a latency percentile above its limit."""

    metric: Metric
    measured: float
    limit: float

    def to_dict(self) -> dict[str, Any]:
        return {"metric": self.metric, "measured": _r(self.measured), "limit": self.limit}

    def describe(self) -> str:
        unit = _UNITS[self.metric]
        sign = "<" if self.metric == "availability" else ">"
        return f"{self.metric} {self.measured:.1f} {unit} {sign} {self.limit:g} {unit}"


def _verdicts(sla: SlaTerms, m: _Measured, *, judged: bool) -> list[Verdict]:
    measured: dict[Metric, float | None] = {
        "availability": m.availability_percent,
        "error_rate": m.error_percent,
        "latency_p50": m.latency_p50_ms,
        "latency_p99": m.latency_p99_ms,
    }
    limits: dict[Metric, float | None] = {
        "availability": sla.uptime_percent,
        "error_rate": sla.max_error_percent,
        "latency_p50": sla.latency_p50_ms,
        "latency_p99": sla.latency_p99_ms,
    }
    out = []
    for metric in METRICS:
        limit, value = limits[metric], measured[metric]
        met: bool | None = None
        if judged and limit is not None and value is not None:
            met = value >= limit if metric == "availability" else value <= limit
        out.append(Verdict(metric, None if limit is None else float(limit), value, met))
    return out


def _judged(sla: SlaTerms | None, forwarded: int) -> tuple[bool, str | None]:
    if sla is None:
        return False, "the DUA has no sla section"
    if forwarded < sla.min_calls:
        return False, (
            f"{forwarded} forwarded call(s); the DUA judges from {sla.min_calls} (sla.min_calls)"
        )
    return True, None


@dataclass(frozen=True)
class SlaStatus:
    """One DUA endpoint measured over the SLA window ``(start, end]``."""

    dua_id: str
    vendor: str
    endpoint: str
    window_minutes: int
    start: datetime
    end: datetime
    calls: int
    forwarded: int
    vendor_failures: int
    error_percent: float | None
    availability_percent: float | None
    minutes_with_calls: int
    minutes_down: int
    latency_p50_ms: float | None
    latency_p95_ms: float | None
    latency_p99_ms: float | None
    judged: bool
    reason: str | None
    verdicts: tuple[Verdict, ...] = ()
    breaches: tuple[Breach, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "dua": self.dua_id,
            "vendor": self.vendor,
            "endpoint": self.endpoint,
            "window_minutes": self.window_minutes,
            "start": isoformat(self.start),
            "end": isoformat(self.end),
            "calls": self.calls,
            "forwarded": self.forwarded,
            "vendor_failures": self.vendor_failures,
            "error_percent": _r(self.error_percent),
            "availability_percent": _r(self.availability_percent),
            "minutes_with_calls": self.minutes_with_calls,
            "minutes_down": self.minutes_down,
            "latency_ms": {
                "p50": _r(self.latency_p50_ms),
                "p95": _r(self.latency_p95_ms),
                "p99": _r(self.latency_p99_ms),
            },
            "judged": self.judged,
            "reason": self.reason,
            "verdicts": [v.to_dict() for v in self.verdicts],
            "breaches": [b.to_dict() for b in self.breaches],
        }


def sla_status(conn: Connection, dua: DUA, endpoint: str, *, now: datetime) -> SlaStatus:
    """Measure ``endpoint`` of ``dua`` over the SLA window ending at ``now``.

    One query over the composite ``(dua_id, endpoint, at)`` index, reading
    three columns of the window's rows.
    """
    end = _aware(now, "now")
    sla = dua.sla
    minutes = sla.window_minutes if sla is not None else _DEFAULT_WINDOW_MINUTES
    start = end - timedelta(minutes=minutes)
    c = gateway_calls.c
    rows = conn.execute(
        select(c.at, c.outcome, c.latency_ms).where(
            c.dua_id == dua.id, c.endpoint == endpoint, c.at > start, c.at <= end
        )
    ).all()
    m = _measure((r.at, r.outcome, r.latency_ms) for r in rows)
    judged, reason = _judged(sla, m.forwarded)
    verdicts = _verdicts(sla, m, judged=judged) if sla is not None else []
    breaches = tuple(
        Breach(v.metric, v.measured, v.limit)
        for v in verdicts
        if v.met is False and v.measured is not None and v.limit is not None
    )
    return SlaStatus(
        dua_id=dua.id,
        vendor=dua.parties.vendor.id,
        endpoint=endpoint,
        window_minutes=minutes,
        start=start,
        end=end,
        calls=m.calls,
        forwarded=m.forwarded,
        vendor_failures=m.vendor_failures,
        error_percent=m.error_percent,
        availability_percent=m.availability_percent,
        minutes_with_calls=m.minutes_with_calls,
        minutes_down=m.minutes_down,
        latency_p50_ms=m.latency_p50_ms,
        latency_p95_ms=m.latency_p95_ms,
        latency_p99_ms=m.latency_p99_ms,
        judged=judged,
        reason=reason,
        verdicts=tuple(verdicts),
        breaches=breaches,
    )


# ---------------------------------------------------------------------------
# the SLA watch


def open_sla_incident(conn: Connection, dua_id: str, endpoint: str) -> Incident | None:
    """The ``sla_breach`` incident of this DUA endpoint that is not closed yet, if any."""
    for inc in open_of_kind(conn, SLA_BREACH, dua_id=dua_id):
        if inc.scope.get("endpoint") == endpoint:
            return inc
    return None


def check_sla(
    node: Node, conn: Connection, dua: DUA, endpoint: str, *, now: datetime
) -> Incident | None:
    """Open an ``sla_breach`` incident if ``endpoint`` misses the DUA's SLA now.

    Returns the incident opened, or None: no breach, nothing judged, or an
    incident of this DUA endpoint is still open (one incident per breach
    episode; close it and a later breach opens a new one). Runs in the
    caller's transaction (use :meth:`Node.operation`); the incident's scope
    holds codes and numbers only. One query on the incidents of this kind and
    DUA, and while none is open, one on the window's calls.
    """
    if open_sla_incident(conn, dua.id, endpoint) is not None:
        return None
    status = sla_status(conn, dua, endpoint, now=now)
    if not status.breaches:
        return None
    said = "; ".join(b.describe() for b in status.breaches)
    return open_incident(
        node,
        conn,
        kind=SLA_BREACH,
        actor="gateway",
        code="gateway.sla_breach",
        dua_id=dua.id,
        summary=(
            f"{SLA_BREACH}: endpoint {endpoint} of vendor {status.vendor} under DUA {dua.id}, "
            f"last {status.window_minutes} min: {said}"
        ),
        scope={
            "endpoint": endpoint,
            "vendor": status.vendor,
            "window_minutes": status.window_minutes,
            "window_start": isoformat(status.start),
            "window_end": isoformat(status.end),
            "calls": status.calls,
            "forwarded": status.forwarded,
            "vendor_failures": status.vendor_failures,
            "metrics": [b.to_dict() for b in status.breaches],
        },
    )


class SlaWatch:
    """Runs :func:`check_sla` at most once per ``every`` for each (DUA, endpoint).

    For a gateway that wants to check after every call: in between it answers
    None without touching the database, so the cost of the watch no longer
    grows with the call rate. A breach is then noticed up to ``every`` late,
    little next to windows of minutes. Safe to share between threads; one
    watch per gateway process.
    """

    def __init__(self, every: timedelta = timedelta(seconds=30)) -> None:
        if every < timedelta(0):
            raise InvalidInput("every must not be negative", code="gateway.sla_watch")
        self.every = every
        self._last: dict[tuple[str, str], datetime] = {}
        self._lock = threading.Lock()

    def due(self, dua_id: str, endpoint: str, now: datetime) -> bool:
        """Whether a check is due at ``now``; if so, the slot is taken."""
        key = (dua_id, endpoint)
        with self._lock:
            last = self._last.get(key)
            # A clock that went backwards counts as due (never a silent stop).
            if last is not None and last <= now < last + self.every:
                return False
            self._last[key] = now
            return True

    def check(
        self, node: Node, conn: Connection, dua: DUA, endpoint: str, *, now: datetime
    ) -> Incident | None:
        """:func:`check_sla` when due, else None."""
        if not self.due(dua.id, endpoint, now):
            return None
        return check_sla(node, conn, dua, endpoint, now=now)


# ---------------------------------------------------------------------------
# the report


def auto_bucket_minutes(since: datetime, until: datetime) -> int:
    """A round bucket size giving at most about 60 buckets over ``[since, until)``."""
    minutes = max((until - since).total_seconds() / 60, 1.0)
    for size in _NICE_BUCKETS:
        if math.ceil(minutes / size) <= _TARGET_BUCKETS:
            return size
    return math.ceil(minutes / _TARGET_BUCKETS / 1440) * 1440


@dataclass
class _Group:
    rows: list[tuple[datetime, str, float | None]] = field(default_factory=list)
    bytes_sent: int = 0
    bytes_received: int = 0
    streamed: int = 0
    buckets: dict[int, list[tuple[datetime, str, float | None]]] = field(default_factory=dict)


def _series(g: _Group, since: datetime, bucket: timedelta, count: int) -> list[dict[str, Any]]:
    out = []
    for i in range(count):
        m = _measure(g.buckets.get(i, []))
        out.append(
            {
                "start": isoformat(since + bucket * i),
                "calls": m.calls,
                "forwarded": m.forwarded,
                "vendor_failures": m.vendor_failures,
                "error_percent": _r(m.error_percent),
                "p50_ms": _r(m.latency_p50_ms),
                "p99_ms": _r(m.latency_p99_ms),
            }
        )
    return out


def _sla_section(dua: DUA | None, m: _Measured) -> dict[str, Any] | None:
    if dua is None or dua.sla is None:
        return None
    judged, reason = _judged(dua.sla, m.forwarded)
    return {
        "window_minutes": dua.sla.window_minutes,
        "min_calls": dua.sla.min_calls,
        "judged": judged,
        "reason": reason,
        "metrics": [v.to_dict() for v in _verdicts(dua.sla, m, judged=judged)],
    }


def _incidents_in(conn: Connection, since: datetime, until: datetime) -> list[dict[str, Any]]:
    c = incidents.c
    rows = conn.execute(
        select(c.id, c.status, c.severity, c.dua_id, c.scope_json, c.opened_at, c.closed_at)
        .where(c.kind == SLA_BREACH, c.opened_at >= since, c.opened_at < until)
        .order_by(c.opened_at, c.id)
    ).all()
    out = []
    for r in rows:
        scope = json.loads(r.scope_json)
        out.append(
            {
                "id": r.id,
                "status": r.status,
                "severity": r.severity,
                "dua": r.dua_id,
                "vendor": scope.get("vendor"),
                "endpoint": scope.get("endpoint"),
                "opened_at": isoformat(_utc(r.opened_at)),
                "closed_at": None if r.closed_at is None else isoformat(_utc(r.closed_at)),
                "metrics": [
                    {k: m.get(k) for k in ("metric", "measured", "limit")}
                    for m in scope.get("metrics", [])
                    if isinstance(m, dict)
                ],
            }
        )
    return out


def gateway_report(
    conn: Connection,
    *,
    since: datetime,
    until: datetime,
    duas: Mapping[str, DUA],
    bucket_minutes: int | None = None,
) -> dict[str, Any]:
    """Gateway calls in ``[since, until)``, JSON-ready: codes, counts, sizes, times.

    Per (DUA, vendor, endpoint): calls by outcome, error rate, availability,
    latency percentiles, bytes, the share of streamed calls, the DUA's SLA
    limits (from ``duas``) and whether each was met over the whole period
    (``met`` None where not judged), a time series per bucket, and the
    ``sla_breach`` incidents opened in the period. Every endpoint of a DUA in
    ``duas`` with a gateway section appears, with or without calls. Plus
    counts per purpose and the period's totals.

    Raises
    ------
    InvalidInput
        ``until`` is not after ``since``, a naive time, or a bucket size
        below 1 minute or giving more than 5000 buckets.
    """
    since, until = _aware(since, "since"), _aware(until, "until")
    if until <= since:
        raise InvalidInput("the period must end after it starts", code="gateway.report_period")
    size = bucket_minutes if bucket_minutes is not None else auto_bucket_minutes(since, until)
    if size < 1 or math.ceil((until - since) / timedelta(minutes=size)) > _MAX_BUCKETS:
        raise InvalidInput(
            f"bucket_minutes must be at least 1 and give at most {_MAX_BUCKETS} buckets",
            code="gateway.report_bucket",
        )
    bucket = timedelta(minutes=size)
    count = math.ceil((until - since) / bucket)
    c = gateway_calls.c
    rows = conn.execute(
        select(
            c.at,
            c.dua_id,
            c.vendor,
            c.endpoint,
            c.purpose,
            c.outcome,
            c.latency_ms,
            c.bytes_sent,
            c.bytes_received,
            c.stream,
        )
        .where(c.at >= since, c.at < until)
        .order_by(c.at, c.id)
    ).all()

    groups: dict[tuple[str | None, str | None, str | None], _Group] = {}
    for known_id, dua in duas.items():
        if dua.gateway is not None:
            for ep in dua.gateway.endpoints:
                groups[(known_id, dua.parties.vendor.id, ep.name)] = _Group()
    purposes: dict[tuple[str | None, str | None], dict[str, int]] = {}
    everything: list[tuple[datetime, str, float | None]] = []
    for r in rows:
        at = _utc(r.at)
        item = (at, str(r.outcome), r.latency_ms)
        g = groups.setdefault((r.dua_id, r.vendor, r.endpoint), _Group())
        g.rows.append(item)
        g.buckets.setdefault(int((at - since) // bucket), []).append(item)
        g.bytes_sent += int(r.bytes_sent or 0)
        g.bytes_received += int(r.bytes_received or 0)
        g.streamed += bool(r.stream)
        everything.append(item)
        p = purposes.setdefault(
            (r.dua_id, r.purpose),
            {"calls": 0, "forwarded": 0, "refused": 0, "vendor_failures": 0},
        )
        outcome = Outcome(r.outcome)
        p["calls"] += 1
        p["forwarded"] += outcome in FORWARDED
        p["refused"] += outcome is Outcome.REFUSED
        p["vendor_failures"] += outcome in VENDOR_FAILURES

    found = _incidents_in(conn, since, until)
    endpoints = []
    for key in sorted(groups, key=lambda k: tuple(x or "" for x in k)):
        dua_id, vendor, endpoint = key
        g = groups[key]
        m = _measure(g.rows)
        endpoints.append(
            {
                "dua": dua_id,
                "vendor": vendor,
                "endpoint": endpoint,
                "calls": m.calls,
                "by_outcome": m.by_outcome,
                "forwarded": m.forwarded,
                "vendor_failures": m.vendor_failures,
                "error_percent": _r(m.error_percent),
                "availability_percent": _r(m.availability_percent),
                "minutes_with_calls": m.minutes_with_calls,
                "minutes_down": m.minutes_down,
                "latency_ms": {
                    "p50": _r(m.latency_p50_ms),
                    "p95": _r(m.latency_p95_ms),
                    "p99": _r(m.latency_p99_ms),
                },
                "bytes_sent": g.bytes_sent,
                "bytes_received": g.bytes_received,
                "stream_percent": _r(g.streamed / m.calls * 100) if m.calls else None,
                "sla": _sla_section(None if dua_id is None else duas.get(dua_id), m),
                "series": _series(g, since, bucket, count),
                "incidents": [
                    i["id"]
                    for i in found
                    if i["dua"] == dua_id and i["endpoint"] == endpoint and endpoint is not None
                ],
            }
        )
    total = _measure(everything)
    return {
        "format": REPORT_FORMAT,
        "period": {"from": isoformat(since), "to": isoformat(until)},
        "bucket_minutes": size,
        "totals": {
            "calls": total.calls,
            "by_outcome": total.by_outcome,
            "forwarded": total.forwarded,
            "vendor_failures": total.vendor_failures,
            "error_percent": _r(total.error_percent),
            "bytes_sent": sum(g.bytes_sent for g in groups.values()),
            "bytes_received": sum(g.bytes_received for g in groups.values()),
        },
        "endpoints": endpoints,
        "purposes": [
            {"dua": d, "purpose": p, **counts}
            for (d, p), counts in sorted(
                purposes.items(), key=lambda kv: (kv[0][0] or "", kv[0][1] or "")
            )
        ],
        "incidents": found,
    }
