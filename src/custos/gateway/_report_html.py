"""Render a gateway report (:func:`custos.gateway._calls.gateway_report`) for people.

:func:`render_gateway_html` writes one self-contained page built like the
evidence pack (:mod:`custos.governance._report_html`): no JavaScript, nothing
loaded from anywhere (a Content-Security-Policy meta tag makes the browser
enforce it), plots drawn here as inline SVG, every string through
:func:`html.escape`, and the same report always gives the same bytes.
:func:`render_gateway_markdown` is the same summary as Markdown, for a
terminal or a ticket.
"""

from __future__ import annotations

import html
import math
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from custos.audit._html import page_head
from custos.governance._report_html import _CSS as REPORT_CSS

_MISSING = "\u2014"
_SVG_NS = "http://www.w3.org/2000/svg"
# Okabe-Ito (colour-vision safe), as the other reports.
_P50, _P99, _CALLS, _FAIL = "#0072B2", "#D55E00", "#56B4E9", "#D55E00"
_METRIC_UNITS = {"availability": "%", "error_rate": "%", "latency_p50": "ms", "latency_p99": "ms"}
_METRIC_NAMES = {
    "availability": "availability",
    "error_rate": "error rate",
    "latency_p50": "latency p50",
    "latency_p99": "latency p99",
}

# The evidence pack's page style, plus the figures this report adds.
_CSS = REPORT_CSS.replace(
    "\n@media print", "\nfigure{margin:.6rem 0}figcaption{color:#555;font-size:.92em}\n@media print"
)


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def _num(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _t(value: object) -> str:
    """Plain text for a value (escaped by the caller)."""
    if value is None or value == "":
        return _MISSING
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.3f}".rstrip("0").rstrip(".")
    if isinstance(value, list | tuple):
        return ", ".join(_t(v) for v in value) or _MISSING
    return str(value)


def _map(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _list(value: object) -> list[Any]:
    return list(value) if isinstance(value, list | tuple) else []


def _c(x: float) -> str:
    return f"{x:.1f}"


def _table(headers: Sequence[str], rows: Sequence[Sequence[object]], *, empty: str) -> str:
    if not rows:
        return f'<p class="note">{_esc(empty)}</p>'
    out = [
        "<table>",
        "<tr>" + "".join(f'<th scope="col">{_esc(h)}</th>' for h in headers) + "</tr>",
    ]
    for row in rows:
        cells = []
        for v in row:
            if isinstance(v, _Html):
                cells.append(f"<td>{v.markup}</td>")
                continue
            cls = ' class="num"' if _num(v) is not None else ""
            cells.append(f"<td{cls}>{_esc(_t(v))}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


class _Html:
    """Markup made here from escaped parts (a status badge)."""

    def __init__(self, markup: str) -> None:
        self.markup = markup


def _kv(rows: Sequence[tuple[str, object]]) -> str:
    items = "".join(f"<dt>{_esc(k)}</dt><dd>{_esc(_t(v))}</dd>" for k, v in rows)
    return f'<dl class="kv">{items}</dl>'


def _status(met: object) -> str:
    if met is True:
        return "met"
    if met is False:
        return "BREACHED"
    return "not judged"


def _badge(met: object) -> _Html:
    cls = ' class="ok"' if met is True else ' class="bad"' if met is False else ""
    return _Html(f"<span{cls}>{_esc(_status(met))}</span>")


def _unit(value: object, unit: object) -> str:
    return _MISSING if _num(value) is None else f"{_t(value)} {_t(unit)}"


def _label_time(text: object) -> str:
    """``2026-11-22 10:00`` from an RFC 3339 time (UTC)."""
    if not isinstance(text, str):
        return _MISSING
    try:
        ts = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return _MISSING
    return ts.strftime("%Y-%m-%d %H:%M")


def _endpoint_title(ep: Mapping[str, Any]) -> str:
    return (
        f"Endpoint {_t(ep.get('endpoint'))} (vendor {_t(ep.get('vendor'))}, "
        f"DUA {_t(ep.get('dua'))})"
    )


# ---------------------------------------------------------------------------
# plots


def _nice_step(vmax: float) -> float:
    """A round tick step (1, 2, 2.5 or 5 times a power of ten) giving at most 5 steps."""
    if vmax <= 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(vmax / 5))
    return next(m * power for m in (1, 2, 2.5, 5, 10) if vmax / (m * power) <= 5)


class _Frame:
    """A plot area: buckets along x, a linear y axis from 0 to a round ``top``."""

    width, height = 640, 280
    left, right, upper, bottom = 60.0, 16.0, 14.0, 64.0

    def __init__(self, buckets: int, vmax: float) -> None:
        self.n = max(buckets, 1)
        vmax *= 1.05  # headroom above the highest point
        self.step = _nice_step(vmax)
        self.top = max(math.ceil(vmax / self.step - 1e-9), 1) * self.step
        self.pw = self.width - self.left - self.right
        self.ph = self.height - self.upper - self.bottom

    def x(self, i: float) -> float:
        return self.left + i / self.n * self.pw

    def y(self, v: float) -> float:
        return self.upper + (1.0 - min(max(v, 0.0), self.top) / self.top) * self.ph

    def open(
        self, title: str, y_label: str, series: Sequence[Mapping[str, Any]], end: object
    ) -> list[str]:
        """The frame, grid and labels; ``end`` is the period's end (the right edge)."""
        w, h = self.width, self.height
        out = [
            f'<svg xmlns="{_SVG_NS}" width="{w}" height="{h}" viewBox="0 0 {w} {h}" '
            'role="img" font-family="sans-serif" font-size="11">',
            f"<title>{_esc(title)}</title>",
            f'<rect x="0" y="0" width="{w}" height="{h}" fill="#ffffff"/>',
            '<g stroke="#e3e3e3" stroke-width="1">',
        ]
        ticks = [self.step * i for i in range(round(self.top / self.step) + 1)]
        for v in ticks:
            out.append(
                f'<line x1="{_c(self.x(0))}" y1="{_c(self.y(v))}" x2="{_c(self.x(self.n))}" '
                f'y2="{_c(self.y(v))}"/>'
            )
        out += ["</g>", '<g fill="#222222">']
        for v in ticks:
            out.append(
                f'<text x="{_c(self.left - 6)}" y="{_c(self.y(v) + 4)}" text-anchor="end">'
                f"{_esc(f'{v:g}')}</text>"
            )
        # Bucket boundaries: the period's start, its middle bucket's start, its end.
        marks: list[tuple[float, str, object]] = []
        if series:
            marks.append((0, "start", series[0].get("start")))
            if len(series) > 2:
                marks.append((len(series) // 2, "middle", series[len(series) // 2].get("start")))
        marks.append((self.n, "end", end))
        for i, anchor, when in marks:
            out.append(
                f'<text x="{_c(self.x(i))}" y="{_c(self.upper + self.ph + 16)}" '
                f'text-anchor="{anchor}">{_esc(_label_time(when))}</text>'
            )
        mid = self.upper + self.ph / 2
        out += [
            f'<text x="{_c(self.left + self.pw / 2)}" y="{_c(self.upper + self.ph + 32)}" '
            'text-anchor="middle">time (UTC)</text>',
            f'<text x="14" y="{_c(mid)}" text-anchor="middle" '
            f'transform="rotate(-90 14 {_c(mid)})">{_esc(y_label)}</text>',
            "</g>",
            f'<rect x="{_c(self.left)}" y="{_c(self.upper)}" width="{_c(self.pw)}" '
            f'height="{_c(self.ph)}" fill="none" stroke="#444444"/>',
        ]
        return out

    def legend(self, entries: Sequence[tuple[str, str, str]]) -> list[str]:
        """(colour, dash, label) swatches below the plot."""
        out = []
        ly = self.upper + self.ph + 52
        for i, (colour, dash, label) in enumerate(entries):
            lx = self.left + i * (self.pw / max(len(entries), 1))
            dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
            out.append(
                f'<line x1="{_c(lx)}" y1="{_c(ly - 4)}" x2="{_c(lx + 22)}" y2="{_c(ly - 4)}" '
                f'stroke="{colour}" stroke-width="2"{dash_attr}/>'
                f'<text x="{_c(lx + 26)}" y="{_c(ly)}">{_esc(label)}</text>'
            )
        return out


def _limit(ep: Mapping[str, Any], metric: str) -> float | None:
    for m in _list(_map(ep.get("sla")).get("metrics")):
        m = _map(m)
        if m.get("metric") == metric:
            return _num(m.get("limit"))
    return None


def latency_svg(ep: Mapping[str, Any], *, end: object = None) -> str:
    """Latency p50 and p99 per bucket, with the DUA's latency limits as dotted lines."""
    series = [_map(s) for s in _list(ep.get("series"))]
    limits = [(_limit(ep, "latency_p50"), _P50), (_limit(ep, "latency_p99"), _P99)]
    values = [v for s in series for k in ("p50_ms", "p99_ms") if (v := _num(s.get(k))) is not None]
    values += [v for v, _ in limits if v is not None]
    f = _Frame(len(series), max(values, default=0.0))
    out = f.open(f"Latency per bucket, {_endpoint_title(ep)}", "latency (ms)", series, end)
    for key, colour, dash in (("p50_ms", _P50, ""), ("p99_ms", _P99, "7 3")):
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        run: list[str] = []
        runs: list[list[str]] = []
        for i, s in enumerate(series):
            v = _num(s.get(key))
            if v is None:
                if run:
                    runs.append(run)
                run = []
                continue
            x, y = _c(f.x(i + 0.5)), _c(f.y(v))
            run.append(f"{x},{y}")
            out.append(f'<circle cx="{x}" cy="{y}" r="2" fill="{colour}"/>')
        if run:
            runs.append(run)
        for pts in runs:
            out.append(
                f'<polyline fill="none" stroke="{colour}" stroke-width="2"{dash_attr} '
                f'points="{" ".join(pts)}"/>'
            )
    for (limit, colour), name in zip(limits, ("p50", "p99"), strict=True):
        if limit is None:
            continue
        y = _c(f.y(limit))
        out.append(
            f'<line x1="{_c(f.x(0))}" y1="{y}" x2="{_c(f.x(f.n))}" y2="{y}" stroke="{colour}" '
            f'stroke-width="1.5" stroke-dasharray="1 3">'
            f"<title>{_esc(f'SLA {name} limit {limit:g} ms')}</title></line>"
        )
    legend = [(_P50, "", "p50"), (_P99, "7 3", "p99")]
    legend += [
        (colour, "1 3", f"SLA {name} limit")
        for (limit, colour), name in zip(limits, ("p50", "p99"), strict=True)
        if limit is not None
    ]
    out += f.legend(legend)
    out.append("</svg>")
    return "\n".join(out)


def calls_svg(ep: Mapping[str, Any], *, end: object = None) -> str:
    """Calls and vendor failures per bucket, as bars."""
    series = [_map(s) for s in _list(ep.get("series"))]
    top = max((_num(s.get("calls")) or 0.0 for s in series), default=0.0)
    f = _Frame(len(series), top)
    out = f.open(f"Calls per bucket, {_endpoint_title(ep)}", "calls", series, end)
    bar = f.pw / f.n * 0.8
    for i, s in enumerate(series):
        x = _c(f.x(i) + f.pw / f.n * 0.1)
        for key, colour in (("calls", _CALLS), ("vendor_failures", _FAIL)):
            v = _num(s.get(key)) or 0.0
            if v <= 0:
                continue
            y = f.y(v)
            tip = f"{key.replace('_', ' ')}: {v:g}"
            out.append(
                f'<rect x="{x}" y="{_c(y)}" width="{_c(bar)}" height="{_c(f.y(0) - y)}" '
                f'fill="{colour}"><title>{_esc(tip)}</title></rect>'
            )
    out += f.legend([(_CALLS, "", "calls"), (_FAIL, "", "vendor failures")])
    out.append("</svg>")
    return "\n".join(out)


# ---------------------------------------------------------------------------
# sections


def _sla_rows(ep: Mapping[str, Any]) -> list[list[object]]:
    rows: list[list[object]] = []
    for m in _list(_map(ep.get("sla")).get("metrics")):
        m = _map(m)
        rows.append(
            [
                _METRIC_NAMES.get(str(m.get("metric")), _t(m.get("metric"))),
                _unit(m.get("limit"), m.get("unit")),
                _unit(m.get("measured"), m.get("unit")),
                _badge(m.get("met")),
            ]
        )
    return rows


def _outcome_rows(by_outcome: Mapping[str, Any]) -> list[list[object]]:
    return [[k, v] for k, v in by_outcome.items() if _num(v)]


def _incident_rows(found: Sequence[Mapping[str, Any]]) -> list[list[object]]:
    rows: list[list[object]] = []
    for i in found:
        metrics = "; ".join(
            f"{_METRIC_NAMES.get(str(m.get('metric')), _t(m.get('metric')))} "
            f"{_unit(m.get('measured'), _METRIC_UNITS.get(str(m.get('metric')), ''))} "
            f"(limit {_unit(m.get('limit'), _METRIC_UNITS.get(str(m.get('metric')), ''))})"
            for m in (_map(x) for x in _list(i.get("metrics")))
        )
        rows.append(
            [
                i.get("id"),
                i.get("status"),
                i.get("dua"),
                i.get("endpoint"),
                i.get("opened_at"),
                i.get("closed_at"),
                metrics,
            ]
        )
    return rows


_INCIDENT_HEADERS = ("incident", "status", "DUA", "endpoint", "opened", "closed", "breached")


def _endpoint(ep: Mapping[str, Any], found: Sequence[Mapping[str, Any]], end: object) -> list[str]:
    lat = _map(ep.get("latency_ms"))
    sla = _map(ep.get("sla"))
    title = _endpoint_title(ep)
    out = [
        "<section>",
        f"<h2>{_esc(title)}</h2>",
        _kv(
            [
                ("calls", ep.get("calls")),
                ("forwarded to the vendor", ep.get("forwarded")),
                ("vendor failures", ep.get("vendor_failures")),
                ("error rate", _unit(ep.get("error_percent"), "%")),
                ("availability", _unit(ep.get("availability_percent"), "%")),
                (
                    "minutes with calls / down",
                    f"{_t(ep.get('minutes_with_calls'))} / {_t(ep.get('minutes_down'))}",
                ),
                (
                    "latency p50 / p95 / p99",
                    f"{_t(lat.get('p50'))} / {_t(lat.get('p95'))} / {_t(lat.get('p99'))} ms",
                ),
                (
                    "bytes sent / received",
                    f"{_t(ep.get('bytes_sent'))} / {_t(ep.get('bytes_received'))}",
                ),
                ("streamed", _unit(ep.get("stream_percent"), "%")),
            ]
        ),
        "<h3>Service levels over the period</h3>",
    ]
    if not sla:
        out.append('<p class="note">The DUA sets no service levels (no sla section).</p>')
    else:
        out.append(
            _table(("metric", "SLA limit", "measured", "status"), _sla_rows(ep), empty="none")
        )
        if sla.get("judged") is not True:
            out.append(f'<p class="note">Not judged: {_esc(_t(sla.get("reason")))}.</p>')
        out.append(
            f'<p class="note">The gateway judges the SLA continuously over a rolling window of '
            f"{_esc(_t(sla.get('window_minutes')))} min (from "
            f"{_esc(_t(sla.get('min_calls')))} forwarded calls); this table judges the whole "
            "period at once.</p>"
        )
    out += [
        "<h3>Outcomes</h3>",
        _table(("outcome", "calls"), _outcome_rows(_map(ep.get("by_outcome"))), empty="No calls."),
    ]
    if _list(ep.get("series")) and ep.get("calls"):
        out += [
            "<figure>",
            latency_svg(ep, end=end),
            "<figcaption>Vendor latency (request sent to last response byte) per bucket: "
            "p50 and p99, and the DUA's limits.</figcaption>",
            "</figure>",
            "<figure>",
            calls_svg(ep, end=end),
            "<figcaption>Calls and vendor failures (5xx, timeouts, unreachable) per "
            "bucket.</figcaption>",
            "</figure>",
        ]
    ids = set(_list(ep.get("incidents")))
    mine = [i for i in found if i.get("id") in ids]
    out += [
        "<h3>SLA breach incidents opened in the period</h3>",
        _table(_INCIDENT_HEADERS, _incident_rows(mine), empty="None."),
        "</section>",
    ]
    return out


def render_gateway_html(report: Mapping[str, Any]) -> str:
    """The gateway report as a complete, deterministic, self-contained HTML document."""
    period = _map(report.get("period"))
    totals = _map(report.get("totals"))
    found = [_map(i) for i in _list(report.get("incidents"))]
    title = f"Gateway report: {_t(period.get('from'))} to {_t(period.get('to'))}"
    out = [
        *page_head(title, _CSS),
        "<body>",
        "<header>",
        f"<h1>{_esc(title)}</h1>",
        _kv(
            [
                (
                    "period",
                    f"{_t(period.get('from'))} (inclusive) to {_t(period.get('to'))} (exclusive)",
                ),
                ("bucket", f"{_t(report.get('bucket_minutes'))} min"),
                ("format", report.get("format")),
            ]
        ),
        "</header>",
        "<section><h2>Summary</h2>",
        _kv(
            [
                ("calls", totals.get("calls")),
                ("forwarded to vendors", totals.get("forwarded")),
                ("vendor failures", totals.get("vendor_failures")),
                ("error rate", _unit(totals.get("error_percent"), "%")),
                (
                    "bytes sent / received",
                    f"{_t(totals.get('bytes_sent'))} / {_t(totals.get('bytes_received'))}",
                ),
            ]
        ),
        _table(
            ("outcome", "calls"), _outcome_rows(_map(totals.get("by_outcome"))), empty="No calls."
        ),
        _table(
            ("DUA", "endpoint", "vendor", "calls", "error %", "availability %", "p99 ms", "SLA"),
            [
                [
                    ep.get("dua"),
                    ep.get("endpoint"),
                    ep.get("vendor"),
                    ep.get("calls"),
                    ep.get("error_percent"),
                    ep.get("availability_percent"),
                    _map(ep.get("latency_ms")).get("p99"),
                    _badge(_overall(ep)),
                ]
                for ep in (_map(e) for e in _list(report.get("endpoints")))
            ],
            empty="No endpoints.",
        ),
        "</section>",
    ]
    for ep in _list(report.get("endpoints")):
        out += _endpoint(_map(ep), found, period.get("to"))
    purposes = [_map(p) for p in _list(report.get("purposes"))]
    out += [
        "<section><h2>Calls per purpose</h2>",
        _table(
            ("DUA", "purpose", "calls", "forwarded", "refused", "vendor failures"),
            [
                [
                    p.get("dua"),
                    p.get("purpose"),
                    p.get("calls"),
                    p.get("forwarded"),
                    p.get("refused"),
                    p.get("vendor_failures"),
                ]
                for p in purposes
            ],
            empty="No calls.",
        ),
        "</section>",
        "<section><h2>SLA breach incidents</h2>",
        _table(_INCIDENT_HEADERS, _incident_rows(found), empty="None opened in the period."),
        "</section>",
        "<footer>",
        '<p class="note">Rendered by custos from the gateway\'s call records: identifiers, '
        "codes, counts, sizes and times only; the gateway never records what a call carried. "
        "This page runs no scripts and loads nothing from the network.</p>",
        "</footer>",
        "</body>",
        "</html>",
    ]
    return "\n".join(out) + "\n"


def _overall(ep: Mapping[str, Any]) -> bool | None:
    """False if any judged metric was breached, True if all judged were met, else None."""
    mets = [_map(m).get("met") for m in _list(_map(ep.get("sla")).get("metrics"))]
    if False in mets:
        return False
    return True if True in mets else None


# ---------------------------------------------------------------------------
# Markdown


def _md(value: object) -> str:
    """A table cell: one line, no pipes."""
    return " ".join(_t(value).replace("|", "/").split())


def _md_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> list[str]:
    out = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    out += ["| " + " | ".join(_md(v) for v in row) + " |" for row in rows]
    return out


def render_gateway_markdown(report: Mapping[str, Any]) -> str:
    """The gateway report as Markdown: totals, then per endpoint its SLA table."""
    period = _map(report.get("period"))
    totals = _map(report.get("totals"))
    found = [_map(i) for i in _list(report.get("incidents"))]
    out = [
        f"# Gateway report: {_md(period.get('from'))} to {_md(period.get('to'))}",
        "",
        f"Calls: {_md(totals.get('calls'))} (forwarded {_md(totals.get('forwarded'))}, vendor "
        f"failures {_md(totals.get('vendor_failures'))}, error rate "
        f"{_md(_unit(totals.get('error_percent'), '%'))}); buckets of "
        f"{_md(report.get('bucket_minutes'))} min.",
    ]
    for ep in (_map(e) for e in _list(report.get("endpoints"))):
        lat = _map(ep.get("latency_ms"))
        sla = _map(ep.get("sla"))
        outcomes = ", ".join(f"{k} {v}" for k, v in _outcome_rows(_map(ep.get("by_outcome"))))
        out += [
            "",
            f"## {_md(_endpoint_title(ep))}",
            "",
            f"- calls: {_md(ep.get('calls'))} ({outcomes or 'none'})",
            f"- latency p50 / p95 / p99: {_md(lat.get('p50'))} / {_md(lat.get('p95'))} / "
            f"{_md(lat.get('p99'))} ms",
            f"- bytes sent / received: {_md(ep.get('bytes_sent'))} / "
            f"{_md(ep.get('bytes_received'))}; streamed "
            f"{_md(_unit(ep.get('stream_percent'), '%'))}",
            "",
        ]
        if not sla:
            out.append("No service levels in the DUA.")
        else:
            rows = [
                [r[0], r[1], r[2], _status(_map(m).get("met"))]
                for r, m in zip(_sla_rows(ep), _list(sla.get("metrics")), strict=True)
            ]
            out += _md_table(("metric", "SLA limit", "measured", "status"), rows)
            if sla.get("judged") is not True:
                out += ["", f"Not judged: {_md(sla.get('reason'))}."]
        ids = set(_list(ep.get("incidents")))
        mine = [i for i in found if i.get("id") in ids]
        if mine:
            out += [
                "",
                "SLA breach incidents: "
                + ", ".join(f"{_md(i.get('id'))} ({_md(i.get('status'))})" for i in mine),
            ]
    purposes = [_map(p) for p in _list(report.get("purposes"))]
    if purposes:
        out += ["", "## Calls per purpose", ""]
        out += _md_table(
            ("DUA", "purpose", "calls", "forwarded", "refused", "vendor failures"),
            [
                [
                    p.get("dua"),
                    p.get("purpose"),
                    p.get("calls"),
                    p.get("forwarded"),
                    p.get("refused"),
                    p.get("vendor_failures"),
                ]
                for p in purposes
            ],
        )
    return "\n".join(out) + "\n"
