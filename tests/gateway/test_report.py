"""The gateway report over a period, and its HTML and Markdown renderings."""

from __future__ import annotations

import copy
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import timedelta
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from custos.core import InvalidInput
from custos.core._ids import is_identifier
from custos.gateway._calls import Outcome, auto_bucket_minutes, check_sla, gateway_report
from custos.gateway._report_html import render_gateway_html, render_gateway_markdown
from custos.governance._incidents import close_incident, open_incident
from custos.node import Node, init_node
from custos.policy import DUA
from tests.gateway._records import DUA_ID, START, VENDOR, call, dua_doc, minute, record, register
from tests.governance._clock import FakeClock

DAY = timedelta(days=1)


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


@pytest.fixture
def report(node: Node, dua: DUA, clock: FakeClock) -> dict[str, Any]:
    """A day of calls: a burst in the first half hour, failures at its edge, refusals."""
    recs = [
        call(minute(i), Outcome.OK, 100.0 * (i + 1), stream=i < 2) for i in range(10)
    ]  # 100 .. 1000 ms
    recs += [
        call(minute(29, 59.999), Outcome.VENDOR_ERROR, 50.0),  # the first bucket's last moment
        call(minute(30), Outcome.TIMEOUT),  # the second bucket
        call(minute(40), Outcome.REFUSED),
        call(minute(41), Outcome.REFUSED, dua_id=None, endpoint=None, purpose=None),
        # Outside [since, until).
        call(minute(0, -0.001), Outcome.VENDOR_ERROR, 9000.0),
        call(START + DAY, Outcome.VENDOR_ERROR, 9000.0),
    ]
    record(node, *recs)
    # An sla_breach opened before the period (then closed) is not the period's.
    clock.now = START - timedelta(hours=1)
    with node.operation() as conn:
        old = open_incident(
            node,
            conn,
            kind="sla_breach",
            actor="gateway",
            dua_id=DUA_ID,
            scope={"endpoint": "chat"},
        )
    close_incident(node, old.id, actor="dpo", reason="vendor fixed it")
    clock.now = minute(31)
    with node.operation() as conn:
        assert check_sla(node, conn, dua, "chat", now=minute(31)) is not None
    with node.store.read() as conn:
        return gateway_report(conn, since=START, until=START + DAY, duas={DUA_ID: dua})


def _chat(report: dict[str, Any]) -> dict[str, Any]:
    return next(e for e in report["endpoints"] if e["endpoint"] == "chat")


# -- the numbers -------------------------------------------------------------------


def test_totals_count_every_call_of_the_period_once(report: dict[str, Any]) -> None:
    assert report["period"] == {
        "from": "2026-11-22T10:00:00.000000Z",
        "to": "2026-11-23T10:00:00.000000Z",
    }
    t = report["totals"]
    assert t["calls"] == 14
    assert {k: v for k, v in t["by_outcome"].items() if v} == {
        "ok": 10,
        "vendor_error": 1,
        "timeout": 1,
        "refused": 2,
    }
    assert (t["forwarded"], t["vendor_failures"]) == (12, 2)
    assert t["error_percent"] == pytest.approx(16.667)
    assert (t["bytes_sent"], t["bytes_received"]) == (12_000, 22_000)


def test_each_endpoint_has_its_own_statistics(report: dict[str, Any]) -> None:
    ep = _chat(report)
    assert (ep["dua"], ep["vendor"]) == (DUA_ID, VENDOR)
    assert (ep["calls"], ep["forwarded"], ep["vendor_failures"]) == (13, 12, 2)
    assert ep["by_outcome"]["refused"] == 1
    assert ep["error_percent"] == pytest.approx(16.667)
    # Minutes 0-9 up, 29 (the 5xx) and 30 (the timeout) down.
    assert (ep["minutes_with_calls"], ep["minutes_down"]) == (12, 2)
    assert ep["availability_percent"] == pytest.approx(83.333)
    # 50, 100, ..., 1000 (11 values): p50 = [5] = 500; p95 = [9.5] = 950; p99 = [9.9] = 990.
    assert ep["latency_ms"] == {"p50": 500.0, "p95": 950.0, "p99": 990.0}
    assert (ep["bytes_sent"], ep["bytes_received"]) == (12_000, 22_000)
    assert ep["stream_percent"] == pytest.approx(2 / 13 * 100, abs=1e-3)
    # The call refused before its DUA was known stands on its own.
    unknown = next(e for e in report["endpoints"] if e["dua"] is None)
    assert (unknown["calls"], unknown["forwarded"], unknown["sla"]) == (1, 0, None)


def test_the_sla_is_judged_over_the_whole_period(report: dict[str, Any]) -> None:
    sla = _chat(report)["sla"]
    assert (sla["judged"], sla["window_minutes"], sla["min_calls"]) == (True, 60, 10)
    verdicts = {m["metric"]: (m["limit"], m["measured"], m["met"]) for m in sla["metrics"]}
    assert verdicts == {
        "availability": (99.0, pytest.approx(83.333), False),
        "error_rate": (5.0, pytest.approx(16.667), False),
        "latency_p50": (None, 500.0, None),
        "latency_p99": (500.0, 990.0, False),
    }


def test_too_few_calls_leave_the_period_unjudged(node: Node, dua: DUA) -> None:
    record(node, *(call(minute(i), Outcome.VENDOR_ERROR) for i in range(3)))
    with node.store.read() as conn:
        rep = gateway_report(conn, since=START, until=START + DAY, duas={DUA_ID: dua})
    sla = _chat(rep)["sla"]
    assert sla["judged"] is False and "min_calls" in sla["reason"]
    assert [m["met"] for m in sla["metrics"]] == [None, None, None, None]


def test_the_series_puts_each_call_in_its_bucket(report: dict[str, Any]) -> None:
    assert report["bucket_minutes"] == 30
    series = _chat(report)["series"]
    assert len(series) == 48
    assert [s["start"] for s in series[:2]] == [
        "2026-11-22T10:00:00.000000Z",
        "2026-11-22T10:30:00.000000Z",
    ]
    first, second = series[0], series[1]
    assert (first["calls"], first["forwarded"], first["vendor_failures"]) == (11, 11, 1)
    assert (first["p50_ms"], first["p99_ms"]) == (500.0, 990.0)
    assert (second["calls"], second["forwarded"], second["vendor_failures"]) == (2, 1, 1)
    assert (second["p50_ms"], second["p99_ms"], second["error_percent"]) == (None, None, 100.0)
    assert all(s["calls"] == 0 and s["p99_ms"] is None for s in series[2:])
    assert sum(s["calls"] for s in series) == _chat(report)["calls"]


def test_the_period_s_sla_incidents_are_listed_with_their_metrics(
    report: dict[str, Any],
) -> None:
    [inc] = report["incidents"]
    assert (inc["status"], inc["severity"], inc["dua"], inc["endpoint"], inc["vendor"]) == (
        "suspected",
        "low",
        DUA_ID,
        "chat",
        VENDOR,
    )
    assert inc["opened_at"] == "2026-11-22T10:31:00.000000Z"
    assert [m["metric"] for m in inc["metrics"]] == ["availability", "error_rate", "latency_p99"]
    assert _chat(report)["incidents"] == [inc["id"]]


def test_calls_are_counted_per_purpose(report: dict[str, Any]) -> None:
    assert report["purposes"] == [
        {"dua": None, "purpose": None, "calls": 1, "forwarded": 0, "refused": 1,
         "vendor_failures": 0},
        {"dua": DUA_ID, "purpose": "summarise", "calls": 13, "forwarded": 12, "refused": 1,
         "vendor_failures": 2},
    ]  # fmt: skip


def test_an_endpoint_without_calls_is_still_reported(node: Node, dua: DUA) -> None:
    with node.store.read() as conn:
        rep = gateway_report(conn, since=START, until=START + DAY, duas={DUA_ID: dua})
    [ep] = rep["endpoints"]
    assert (ep["endpoint"], ep["calls"], ep["availability_percent"]) == ("chat", 0, None)
    assert ep["latency_ms"] == {"p50": None, "p95": None, "p99": None}
    assert ep["stream_percent"] is None


def test_the_report_is_plain_json_of_ids_codes_numbers_and_times(
    report: dict[str, Any],
) -> None:
    json.dumps(report, allow_nan=False)
    time = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$")
    fixed = {"%", "ms", "custos.gateway_report/v1"}

    def strings(x: Any) -> Iterator[str]:
        if isinstance(x, str):
            yield x
        elif isinstance(x, dict):
            for k, v in x.items():
                yield from strings(k)
                yield from strings(v)
        elif isinstance(x, list):
            for v in x:
                yield from strings(v)

    odd = [s for s in strings(report) if not (is_identifier(s) or time.match(s) or s in fixed)]
    assert odd == []


@pytest.mark.parametrize(
    ("period", "minutes"),
    [(timedelta(hours=1), 1), (timedelta(hours=2), 2), (DAY, 30), (7 * DAY, 180),
     (90 * DAY, 2880), (730 * DAY, 13 * 1440)],
)  # fmt: skip
def test_the_bucket_size_gives_at_most_60_buckets(period: timedelta, minutes: int) -> None:
    assert auto_bucket_minutes(START, START + period) == minutes
    assert period / timedelta(minutes=minutes) <= 60


def test_a_chosen_bucket_size_is_used(node: Node, dua: DUA) -> None:
    record(node, call(minute(7)))
    with node.store.read() as conn:
        rep = gateway_report(
            conn, since=START, until=START + timedelta(hours=1), duas={DUA_ID: dua},
            bucket_minutes=5,
        )  # fmt: skip
    series = _chat(rep)["series"]
    assert len(series) == 12
    assert [s["calls"] for s in series[:3]] == [0, 1, 0]


@pytest.mark.parametrize(
    ("until", "bucket"),
    [(START, None), (START - DAY, None), (START + DAY, 0), (START + 30 * DAY, 1)],
)
def test_a_bad_period_or_bucket_is_refused(node: Node, until: Any, bucket: int | None) -> None:
    with node.store.read() as conn, pytest.raises(InvalidInput):
        gateway_report(conn, since=START, until=until, duas={}, bucket_minutes=bucket)


# -- HTML and Markdown -----------------------------------------------------------------


class _Tags(HTMLParser):
    """Start and end tags as a browser's tokenizer sees them."""

    VOID = {"meta", "br", "hr", "img", "input", "link"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.open: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag not in self.VOID:
            self.open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.open and self.open[-1] == tag, f"</{tag}> closes <{self.open[-1:]}>"
        self.open.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(page: str) -> _Tags:
    p = _Tags()
    p.feed(page)
    p.close()
    return p


def test_the_html_page_is_well_formed_and_self_contained(report: dict[str, Any]) -> None:
    page = render_gateway_html(report)
    tags = _parse(page)
    assert tags.open == []  # every element closed, in order
    assert "script" not in tags.tags and "link" not in tags.tags and "img" not in tags.tags
    assert "Content-Security-Policy" in page
    svgs = [ET.fromstring(b) for b in re.findall(r"<svg\b.*?</svg>", page, flags=re.DOTALL)]
    # Latency and calls plots for the two endpoints with calls.
    assert len(svgs) == 4
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)
    assert render_gateway_html(copy.deepcopy(report)) == page


def test_the_html_page_shows_limits_measurements_and_breaches(report: dict[str, Any]) -> None:
    page = render_gateway_html(report)
    text = " ".join(" ".join(_parse(page).text).split())
    assert "latency p99 500 ms 990 ms BREACHED" in text
    assert "availability 99 % 83.333 % BREACHED" in text
    assert "latency p50 \u2014 500 ms not judged" in text
    assert "SLA p99 limit 500 ms" in page  # the limit drawn on the latency plot
    assert _chat(report)["incidents"][0] in text


def test_the_latency_plot_draws_both_percentiles_and_the_limit(report: dict[str, Any]) -> None:
    page = render_gateway_html(report)
    ns = {"s": "http://www.w3.org/2000/svg"}
    latency = next(
        ET.fromstring(b)
        for b in re.findall(r"<svg\b.*?</svg>", page, flags=re.DOTALL)
        if "Latency per bucket" in b and "chat" in b
    )
    lines = latency.findall("s:polyline", ns)
    assert len(lines) == 2  # p50 and p99 (one bucket with latencies each)
    limits = [t.text for t in latency.findall("s:line/s:title", ns)]
    assert limits == ["SLA p99 limit 500 ms"]  # the DUA sets a p99 limit only
    legend = [t.text for t in latency.findall("s:text", ns)]
    assert "SLA p99 limit" in legend and "SLA p50 limit" not in legend


def test_text_in_the_report_is_escaped(report: dict[str, Any]) -> None:
    bad = copy.deepcopy(report)
    _chat(bad)["endpoint"] = "<script>alert(1)</script>"
    bad["purposes"][1]["purpose"] = '"><img src=x>'
    page = render_gateway_html(bad)
    assert "<script>" not in page and "<img" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert _parse(page).open == []


def test_the_markdown_summary_has_the_sla_table(report: dict[str, Any]) -> None:
    md = render_gateway_markdown(report)
    assert md.startswith("# Gateway report: 2026-11-22T10:00:00.000000Z")
    assert "## Endpoint chat (vendor acme-ai, DUA acme-notes-test)" in md
    assert "| latency p99 | 500 ms | 990 ms | BREACHED |" in md
    assert "| error rate | 5 % | 16.667 % | BREACHED |" in md
    assert "| acme-notes-test | summarise | 13 | 12 | 1 | 2 |" in md
    assert _chat(report)["incidents"][0] in md


def test_the_markdown_of_an_unjudged_endpoint_says_why(node: Node, dua: DUA) -> None:
    with node.store.read() as conn:
        rep = gateway_report(conn, since=START, until=START + DAY, duas={DUA_ID: dua})
    md = render_gateway_markdown(rep)
    assert "Not judged: 0 forwarded call(s); the DUA judges from 10 (sla.min_calls)." in md
    assert "| latency p99 | 500 ms | \u2014 | not judged |" in md
