"""Render an evidence pack as one self-contained HTML page.

Built like the leakage report (:mod:`custos.audit._html`): no JavaScript,
nothing loaded from anywhere (a Content-Security-Policy meta tag makes the
browser enforce it), the plot is inline SVG drawn here, every string goes
through :func:`html.escape`, and the same pack always gives the same bytes
(its SHA-256 is in the signed pack).
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from custos.audit._html import page_head

_MISSING = "\u2014"
_SVG_NS = "http://www.w3.org/2000/svg"
# Okabe-Ito, as the leakage report (colour-vision safe); dashes tell lines apart in grey.
_PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#56B4E9", "#E69F00", "#000000")
_DASHES = ("", "7 3", "2 3", "9 3 2 3")

_CSS = """\
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;
color:#1a1a1a;background:#fff;max-width:72rem;margin:1.5rem auto;padding:0 1rem}
h1{font-size:1.5rem;margin:0 0 .4rem}
h2{font-size:1.15rem;margin:1.6rem 0 .5rem;border-bottom:1px solid #ccc;padding-bottom:.2rem}
h3{font-size:1rem;margin:1.2rem 0 .3rem}
code{font-size:.9em;word-break:break-all}
table{border-collapse:collapse;margin:.4rem 0;min-width:60%}
th,td{border:1px solid #c8c8c8;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f2f2f2;font-weight:600}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
dl.kv{display:grid;grid-template-columns:max-content auto;gap:.15rem 1rem;margin:.4rem 0}
dl.kv dt{font-weight:600}dl.kv dd{margin:0}
.ok{color:#0a5c26;font-weight:700}.bad{color:#9b1111;font-weight:700}
.note{color:#555;font-size:.92em}
svg{max-width:100%;height:auto}
@media print{body{max-width:none;margin:0;font-size:10pt}table,figure{break-inside:avoid}}"""


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def _t(value: object) -> str:
    """Plain text for a value (escaped by the caller)."""
    if value is None or value == "":
        return _MISSING
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.3f}"
    if isinstance(value, list | tuple):
        return ", ".join(_t(v) for v in value) or _MISSING
    return str(value)


def _short(h: object) -> str:
    text = _t(h)
    return text[:23] + "\u2026" if len(text) > 26 else text


def _map(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _list(value: object) -> list[Any]:
    return list(value) if isinstance(value, list | tuple) else []


def _table(headers: Sequence[str], rows: Sequence[Sequence[object]], *, empty: str) -> str:
    if not rows:
        return f'<p class="note">{_esc(empty)}</p>'
    out = ["<table>", "<tr>" + "".join(f"<th>{_esc(h)}</th>" for h in headers) + "</tr>"]
    for row in rows:
        cells = []
        for v in row:
            cls = ' class="num"' if isinstance(v, int | float) and not isinstance(v, bool) else ""
            cells.append(f"<td{cls}>{_esc(_t(v))}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def _kv(rows: Sequence[tuple[str, object]]) -> str:
    items = "".join(f"<dt>{_esc(k)}</dt><dd>{_esc(_t(v))}</dd>" for k, v in rows)
    return f'<dl class="kv">{items}</dl>'


def _ts(text: object) -> float | None:
    if not isinstance(text, str):
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return None


def _c(x: float) -> str:
    return f"{x:.1f}"


def budget_svg(
    period: Mapping[str, Any], series: Sequence[Mapping[str, Any]], *, width: int = 640
) -> str:
    """Epsilon spent over the period, one step line per (dataset, DUA), as inline SVG.

    Each line starts at the spend at the period's start and steps up at every
    settlement in the period; a DUA's lifetime budget is a dotted line of the
    same colour.
    """
    height = 300
    left, right, top, bottom = 56.0, 16.0, 14.0, 70.0
    pw, ph = width - left - right, height - top - bottom
    t0, t1 = _ts(period.get("from")), _ts(period.get("to"))
    if t0 is None or t1 is None or t1 <= t0:
        t0, t1 = 0.0, 1.0
    top_eps = 0.0
    for s in series:
        top_eps = max(top_eps, float(s.get("lifetime_epsilon") or 0.0))
        top_eps = max(top_eps, float(s.get("spent_at_end") or 0.0))
    top_eps = top_eps * 1.05 or 1.0

    def px(t: float, eps: float) -> tuple[str, str]:
        x = left + (min(max(t, t0), t1) - t0) / (t1 - t0) * pw
        y = top + (1.0 - min(max(eps, 0.0), top_eps) / top_eps) * ph
        return _c(x), _c(y)

    out = [
        f'<svg xmlns="{_SVG_NS}" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" font-family="sans-serif" font-size="11">',
        "<title>Privacy budget spent over the period (PLD composition), per dataset</title>",
        f'<rect x="0" y="0" width="{width}" height="{height}" fill="#ffffff"/>',
        '<g stroke="#e3e3e3" stroke-width="1">',
    ]
    ticks = [top_eps / 1.05 * i / 4 for i in range(5)]
    for v in ticks:
        x0, y = px(t0, v)
        x1, _ = px(t1, v)
        out.append(f'<line x1="{x0}" y1="{y}" x2="{x1}" y2="{y}"/>')
    out.append("</g>")
    out.append('<g fill="#222222">')
    for v in ticks:
        _, y = px(t0, v)
        out.append(f'<text x="{_c(left - 6)}" y="{y}" text-anchor="end">{_esc(f"{v:.2f}")}</text>')
    for t, label in ((t0, period.get("from")), (t1, period.get("to"))):
        x, _ = px(t, 0.0)
        out.append(
            f'<text x="{x}" y="{_c(top + ph + 16)}" text-anchor="middle">'
            f"{_esc(str(label)[:10])}</text>"
        )
    out.append(
        f'<text x="{_c(left + pw / 2)}" y="{_c(top + ph + 32)}" text-anchor="middle">time</text>'
    )
    out.append(
        f'<text x="14" y="{_c(top + ph / 2)}" text-anchor="middle" '
        f'transform="rotate(-90 14 {_c(top + ph / 2)})">\u03b5 spent</text>'
    )
    out.append("</g>")
    out.append(
        f'<rect x="{_c(left)}" y="{_c(top)}" width="{_c(pw)}" height="{_c(ph)}" '
        'fill="none" stroke="#444444"/>'
    )
    for i, s in enumerate(series):
        colour = _PALETTE[i % len(_PALETTE)]
        dash = _DASHES[i % len(_DASHES)]
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        label = f"{_t(s.get('dataset'))} ({_t(s.get('dua'))})"
        eps = float(s.get("spent_at_start") or 0.0)
        pts = [px(t0, eps)]
        for p in _list(s.get("points")):
            p = _map(p)
            when = _ts(p.get("at"))
            if when is None or not p.get("in_period"):
                continue
            pts.append(px(when, eps))
            eps = float(p.get("epsilon_after") or 0.0)
            pts.append(px(when, eps))
        pts.append(px(t1, eps))
        coords = " ".join(f"{x},{y}" for x, y in pts)
        out.append(
            f'<polyline fill="none" stroke="{colour}" stroke-width="2"{dash_attr} '
            f'points="{coords}"><title>{_esc(label)}</title></polyline>'
        )
        lifetime = s.get("lifetime_epsilon")
        if isinstance(lifetime, int | float):
            x0, y = px(t0, float(lifetime))
            x1, _ = px(t1, float(lifetime))
            out.append(
                f'<line x1="{x0}" y1="{y}" x2="{x1}" y2="{y}" stroke="{colour}" '
                f'stroke-dasharray="1 3"><title>{_esc(label + " lifetime budget")}</title></line>'
            )
        ly = top + ph + 48 + 0.0
        lx = left + (i % 3) * (pw / 3)
        ly += (i // 3) * 14
        out.append(
            f'<line x1="{_c(lx)}" y1="{_c(ly - 4)}" x2="{_c(lx + 22)}" y2="{_c(ly - 4)}" '
            f'stroke="{colour}" stroke-width="2"{dash_attr}/>'
            f'<text x="{_c(lx + 26)}" y="{_c(ly)}">{_esc(label[:40])}</text>'
        )
    out.append("</svg>")
    return "\n".join(out)


def _jobs(pack: Mapping[str, Any]) -> list[str]:
    rows = []
    for j in _list(pack.get("jobs")):
        j = _map(j)
        decision = _map(j.get("decision"))
        failed = [
            f"{_map(r).get('clause')}: {_map(r).get('code')}"
            for r in _list(decision.get("reasons"))
            if not _map(r).get("passed")
        ]
        approval = _map(j.get("approval"))
        release = _map(j.get("release"))
        run = _map(_map(j.get("run")).get("released_run"))
        attempts = _list(_map(j.get("run")).get("attempts"))
        isolation = run.get("isolation") or (
            _map(attempts[-1]).get("isolation") if attempts else None
        )
        attest = run.get("attestation_verified") if run else None
        rows.append(
            [
                j.get("id"),
                j.get("vendor"),
                j.get("dataset"),
                f"{_t(_map(j.get('dua')).get('id'))} v{_t(_map(j.get('dua')).get('version'))}",
                j.get("state"),
                decision.get("outcome"),
                "; ".join(failed) or "all clauses passed",
                f"{_t(approval.get('by'))} at {_t(approval.get('at'))}" if approval else None,
                isolation,
                None if attest is None else ("verified" if attest else "FAILED"),
                _short(release.get("receipt_hash")) if release else None,
            ]
        )
    return [
        "<section><h2>Jobs</h2>",
        _table(
            [
                "job",
                "vendor",
                "dataset",
                "DUA",
                "state",
                "decision",
                "reasons (failed clauses)",
                "approval",
                "isolation",
                "attestation",
                "receipt",
            ],
            rows,
            empty="No job had any activity in the period.",
        ),
        "<h3>Submissions refused before they became jobs</h3>",
        _table(
            ["entry", "time", "who", "code", "spec hash"],
            [
                [
                    r.get("seq"),
                    r.get("ts"),
                    r.get("actor"),
                    r.get("code"),
                    _short(r.get("spec_hash")),
                ]
                for r in map(_map, _list(pack.get("refused_submissions")))
            ],
            empty="None.",
        ),
        "</section>",
    ]


def _eps(value: object) -> object:
    """An epsilon, always with three decimals (JSON may have turned 8.0 into 8)."""
    return float(value) if isinstance(value, int) and not isinstance(value, bool) else value


def _delta(value: object) -> object:
    """A delta in scientific notation (1e-05 would show as 0.000)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f"{float(value):.1e}"
    return value


def _budgets(pack: Mapping[str, Any]) -> list[str]:
    series = [_map(s) for s in _list(pack.get("budgets"))]
    rows = [
        [
            s.get("dataset"),
            s.get("dua"),
            _delta(s.get("delta")),
            _eps(s.get("lifetime_epsilon")),
            _eps(s.get("spent_at_start")),
            _eps(s.get("spent_at_end")),
            _eps(s.get("ledger_spent_now")),
            s.get("open_reservations"),
        ]
        for s in series
    ]
    points = [
        [s.get("dataset"), s.get("dua"), p.get("at"), p.get("job_id"), _eps(p.get("epsilon_after"))]
        for s in series
        for p in map(_map, _list(s.get("points")))
        if p.get("in_period")
    ]
    return [
        "<section><h2>Privacy budget per dataset</h2>",
        '<p class="note">Epsilon spent is the PLD composition of every mechanism committed on '
        "the dataset so far, at the DUA's delta: the ledger's own accountant, not a sum.</p>",
        "<figure>",
        budget_svg(_map(pack.get("period")), series),
        "<figcaption>Epsilon spent over the period (dotted: the DUA's lifetime budget)."
        "</figcaption>",
        "</figure>",
        _table(
            [
                "dataset",
                "DUA",
                "delta",
                "lifetime \u03b5",
                "spent at start",
                "spent at end",
                "ledger now",
                "open reservations",
            ],
            rows,
            empty="No privacy budget has been spent on this node.",
        ),
        "<h3>Settlements in the period</h3>",
        _table(["dataset", "DUA", "settled at", "job", "\u03b5 after"], points, empty="None."),
        "</section>",
    ]


def _deletions(pack: Mapping[str, Any]) -> list[str]:
    d = _map(pack.get("deletions"))
    certs = [
        [
            c.get("id"),
            c.get("issued_at"),
            c.get("items"),
            _short(c.get("envelope_sha256")),
            c.get("signature_verified"),
        ]
        for c in map(_map, _list(d.get("certificates")))
    ]
    arts = [
        [
            a.get("id"),
            a.get("job_id"),
            a.get("kind"),
            a.get("clause"),
            a.get("deleted_at"),
            a.get("certificate_id"),
        ]
        for a in map(_map, _list(d.get("deleted_artefacts")))
    ]
    overdue = [
        [a.get("id"), a.get("job_id"), a.get("kind"), a.get("delete_after"), a.get("status")]
        for a in map(_map, _list(d.get("overdue_artefacts")))
    ]
    return [
        "<section><h2>Deletions</h2>",
        "<h3>Deletion certificates issued</h3>",
        _table(
            ["certificate", "issued", "items", "hash", "signature verified"],
            certs,
            empty="None in the period.",
        ),
        "<h3>Artefacts deleted</h3>",
        _table(
            ["artefact", "job", "kind", "clause", "deleted", "certificate"],
            arts,
            empty="None in the period.",
        ),
        "<h3>Artefacts past their deletion deadline at the end of the period</h3>",
        _table(["artefact", "job", "kind", "delete after", "status"], overdue, empty="None."),
        "</section>",
    ]


def _incidents(pack: Mapping[str, Any]) -> list[str]:
    out = ["<section><h2>Incidents</h2>"]
    items = [_map(i) for i in _list(pack.get("incidents"))]
    if not items:
        out.append('<p class="note">No incident was open in the period.</p>')
    for i in items:
        out.append(f"<h3>{_esc(_t(i.get('id')))}: {_esc(_t(i.get('kind')))}</h3>")
        out.append(
            _kv(
                [
                    ("severity", i.get("severity")),
                    ("status", i.get("status")),
                    ("job", i.get("job_id")),
                    ("DUA", i.get("dua")),
                    ("datasets", i.get("datasets")),
                    ("categories", i.get("categories")),
                    ("notify within (hours)", i.get("notify_within_hours")),
                    ("opened", i.get("opened_at")),
                    ("confirmed", i.get("confirmed_at")),
                    ("notified", i.get("notified_at")),
                    ("closed", i.get("closed_at")),
                ]
            )
        )
        out.append(
            _table(
                ["at", "who", "event"],
                [
                    [e.get("at"), e.get("actor"), e.get("event")]
                    for e in map(_map, _list(i.get("timeline")))
                ],
                empty="No events recorded.",
            )
        )
    out.append("</section>")
    return out


def _agreements(pack: Mapping[str, Any]) -> list[str]:
    rows = []
    for a in map(_map, _list(pack.get("agreements"))):
        subs = [
            f"{_map(s).get('name')} ({_map(s).get('purpose')}; {_map(s).get('location')})"
            for s in _list(a.get("subprocessors"))
        ]
        rights = _map(a.get("audit_rights"))
        rows.append(
            [
                f"{_t(a.get('dua'))} v{_t(a.get('version'))}",
                a.get("status"),
                _map(a.get("vendor")).get("id"),
                "; ".join(subs) or "none listed",
                rights.get("independent_report"),
                rights.get("log_export_on_request"),
            ]
        )
    exports = [
        [
            e.get("seq"),
            e.get("ts"),
            e.get("action"),
            e.get("subject"),
            _map(e.get("destination")).get("role"),
            _map(e.get("destination")).get("name") if e.get("destination") else None,
            e.get("code"),
        ]
        for e in map(_map, _list(pack.get("exports")))
    ]
    return [
        "<section><h2>Subprocessors and exports</h2>",
        _table(
            ["DUA", "status", "vendor", "subprocessors", "independent report", "log export"],
            rows,
            empty="No agreement on this node.",
        ),
        "<h3>Exports in the period</h3>",
        _table(
            ["entry", "time", "action", "subject", "to (role)", "to", "code"],
            exports,
            empty="Nothing was exported in the period.",
        ),
        "</section>",
    ]


def _audit(pack: Mapping[str, Any]) -> list[str]:
    a = _map(pack.get("audit_log"))
    log = _map(a.get("log"))
    period = _map(a.get("period"))
    ok = bool(log.get("ok"))
    verdict = (
        '<p class="ok">The audit log verifies: chain, signed checkpoints and head.</p>'
        if ok
        else '<p class="bad">The audit log FAILED verification.</p>'
    )
    anchor = _map(period.get("anchored_by_checkpoint"))
    out = [
        "<section><h2>Audit log</h2>",
        verdict,
        _kv(
            [
                ("entries", log.get("entries")),
                ("signed checkpoints", log.get("checkpoints")),
                ("newest checkpoint at entry", log.get("last_checkpoint_seq")),
                ("entries after it", log.get("unanchored_entries")),
                (
                    "head",
                    f"{_t(_map(a.get('head')).get('seq'))} {_t(_map(a.get('head')).get('hash'))}",
                ),
                ("entries in the period", period.get("entries")),
                ("first in period", _map(period.get("first")).get("seq")),
                ("last in period", _map(period.get("last")).get("seq")),
                (
                    "anchored by checkpoint",
                    anchor.get("seq") if anchor else "not yet (no checkpoint after it)",
                ),
            ]
        ),
    ]
    problems = [_t(p) for p in _list(log.get("problems"))]
    if problems:
        out.append("<ul>" + "".join(f"<li>{_esc(p)}</li>" for p in problems) + "</ul>")
    actions = _map(period.get("actions"))
    out.append(
        _table(["action", "entries"], [[k, actions[k]] for k in sorted(actions)], empty="None.")
    )
    out.append("</section>")
    return out


def _scope_text(scope: Mapping[str, Any]) -> str | None:
    if not scope:
        return None
    if scope.get("whole_node"):
        return "the whole node"
    duas = ", ".join(_t(d) for d in _list(scope.get("duas"))) or "none"
    return f"processing under DUA {duas} only (other parties' work is left out)"


# The summary's rows in reading order; a key not listed comes after, sorted. The
# order must not follow the dict's: the signed pack's JSON has its keys sorted, and
# a page rendered from it (a remote ``audit report``) must hash like the node's.
_SUMMARY_ORDER = (
    "jobs",
    "jobs_by_state",
    "releases_in_period",
    "refused_submissions",
    "incidents",
    "deletion_certificates",
    "overdue_artefacts",
    "exports",
    "exports_refused",
    "audit_log_ok",
)


def _summary_order(summary: Mapping[str, Any]) -> list[str]:
    known = [k for k in _SUMMARY_ORDER if k in summary]
    return known + sorted(str(k) for k in summary if k not in _SUMMARY_ORDER)


def render_pack_html(pack: Mapping[str, Any]) -> str:
    """The evidence pack as a complete, deterministic, self-contained HTML document.

    Rendered from the pack as its signed JSON holds it (keys sorted, 8.0 written
    as 8), so a page rendered from ``pack.json`` alone is the page the node wrote.
    """
    from custos.core._canonical import canonical_json, loads

    pack = loads(canonical_json(dict(pack)))
    node = _map(pack.get("node"))
    period = _map(pack.get("period"))
    summary = _map(pack.get("summary"))
    recipient = _map(pack.get("recipient"))
    title = (
        f"Evidence pack: {_t(node.get('id'))}, {_t(period.get('from'))} to {_t(period.get('to'))}"
    )
    out = [
        *page_head(title, _CSS),
        "<body>",
        "<header>",
        f"<h1>{_esc(title)}</h1>",
        _kv(
            [
                ("node", node.get("id")),
                ("name", node.get("name")),
                ("public key", node.get("public_key")),
                ("institutional policy", node.get("policy_hash")),
                (
                    "period",
                    f"{_t(period.get('from'))} (inclusive) to {_t(period.get('to'))} (exclusive)",
                ),
                ("generated", pack.get("generated_at")),
                (
                    "for",
                    f"{_t(recipient.get('role'))} {_t(recipient.get('name'))}"
                    if recipient
                    else None,
                ),
                ("scope", _scope_text(_map(pack.get("scope")))),
            ]
        ),
        "</header>",
        "<section><h2>Summary</h2>",
        _kv([(k, summary[k]) for k in _summary_order(summary)]),
        "</section>",
    ]
    out += _audit(pack)
    out += _jobs(pack)
    out += _budgets(pack)
    out += _deletions(pack)
    out += _incidents(pack)
    out += _agreements(pack)
    out += [
        "<footer>",
        '<p class="note">Rendered by custos from the signed pack.json (format '
        f"{_esc(_t(pack.get('format')))}), which carries this page's SHA-256. Identifiers, "
        "codes, counts and hashes only: no patient data. This page runs no scripts and loads "
        "nothing from the network. Verify with: custos audit report-verify DIR --public-key "
        "NODE.pub</p>",
        "</footer>",
        "</body>",
        "</html>",
    ]
    return "\n".join(out) + "\n"
