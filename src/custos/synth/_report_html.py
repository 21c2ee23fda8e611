"""Render the synthetic-data disclosure gate and utility report as one HTML page.

The page is for the hospital's privacy officer deciding whether a synthetic
table may leave: the gate's decision and reasons, the disclosure risks
against their limits, and what the table is still good for. It follows the
leakage report's rules (:mod:`custos.audit._html`), whose helpers it uses:

* **Deterministic**: the same dicts give the same bytes (no clock, no ids;
  columns in the order the reports list them).
* **Self-contained**: no JavaScript, nothing fetched; the Content-Security-
  Policy meta tag of :func:`custos.audit._html.page_head` enforces it. The
  charts are inline SVG written here.
* **Escaped**: column names, reasons and notes may come from a dataset or a
  vendor and are escaped where they are written into markup.

Inputs are the ``to_dict()`` forms of :class:`~custos.synth._gate.DisclosureReport`,
:class:`~custos.synth._gate.GateDecision` and
:class:`~custos.synth._utility.UtilityReport`; missing values show as an em
dash rather than failing the page.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from custos.audit._html import (
    _CSS,
    _MISSING,
    _SVG_NS,
    _badge,
    _ci,
    _coord,
    _esc,
    _finite,
    _fmt,
    _kv,
    _list,
    _map,
    _shorten,
    _text,
    page_head,
    reasons_section,
)

__all__ = ["bar_svg", "render_synthetic_html"]

_BAR = "#0072B2"
_BAR_OVER = "#D55E00"
_LIMIT = "#9b1111"
_SECOND = "#009E73"

_EXTRA_CSS = """
.caveat{border-left:4px solid #E69F00;background:#fff8e6;padding:.3rem .6rem}
"""

_DOES_NOT_SHOW = (
    "These attacks measure how well some known attacks, run with this synthetic table "
    "against these patient records, do better on the records the generator saw than on "
    "records it never saw. A pass means that they did not do better than the limits "
    "allow; it is evidence, not proof: other attacks, other auxiliary knowledge or other "
    "releases from the same records may reveal more, and figures computed from a few "
    "hundred records are uncertain (see the intervals). The formal guarantee is the "
    "generator's differential-privacy budget, which does not depend on how any attack "
    "performed. The distance-to-closest-record figures are a sanity check only: they "
    "are known to pass synthetic data that leaks."
)

_Row = tuple[str, float | None, float | None, float | None, float | None]


def bar_svg(
    rows: Sequence[_Row],
    *,
    title: str,
    axis_max: float = 1.0,
    width: int = 640,
    label_width: int = 230,
) -> str:
    """Draw horizontal bars with optional interval whiskers and limit marks.

    Parameters
    ----------
    rows
        ``(label, value, low, high, limit)`` per bar, top to bottom. A value
        that is not a finite number draws no bar (the row says "not
        available"); ``low``/``high`` draw a whisker, ``limit`` a dashed mark
        across the row, and a bar over its limit is drawn in the warning
        colour. Values are clamped to ``[0, axis_max]``. Labels are escaped.
    title
        The chart's accessible title (escaped).
    axis_max
        The right end of the axis.

    Returns
    -------
    str
        An ``<svg>`` element that is well-formed XML and has no ids.
    """
    axis_max = axis_max if axis_max > 0 else 1.0
    row_h, top, bottom, right = 24.0, 10.0, 34.0, 70.0
    height = int(top + bottom + row_h * max(len(rows), 1))
    left = float(label_width)
    plot_w = width - left - right

    def px(value: float) -> float:
        return left + min(max(value, 0.0), axis_max) / axis_max * plot_w

    out = [
        f'<svg xmlns="{_SVG_NS}" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" font-family="sans-serif" font-size="11">',
        f"<title>{_esc(title)}</title>",
        f'<rect x="0" y="0" width="{width}" height="{height}" fill="#ffffff"/>',
    ]
    base = top + row_h * max(len(rows), 1)
    out.append('<g stroke="#e3e3e3" stroke-width="1">')
    ticks = [axis_max * i / 5 for i in range(6)]
    for t in ticks:
        x = _coord(px(t))
        out.append(f'<line x1="{x}" y1="{_coord(top)}" x2="{x}" y2="{_coord(base)}"/>')
    out.append("</g>")
    out.append('<g fill="#222222">')
    for t in ticks:
        out.append(
            f'<text x="{_coord(px(t))}" y="{_coord(base + 14)}" text-anchor="middle">'
            f"{_esc(f'{t:.2f}')}</text>"
        )
    out.append("</g>")
    for i, (label, value, low, high, limit) in enumerate(rows):
        y = top + row_h * i
        mid = _coord(y + row_h / 2)
        v, lo, hi, lim = _finite(value), _finite(low), _finite(high), _finite(limit)
        over = v is not None and lim is not None and v > lim + 1e-12
        shown = _shorten(str(label))
        out.append(
            f'<text x="{_coord(left - 6)}" y="{mid}" dy="0.35em" text-anchor="end" '
            f'fill="#222222">{_esc(shown)}<title>{_esc(label)}</title></text>'
        )
        if v is None:
            out.append(
                f'<text x="{_coord(left + 4)}" y="{mid}" dy="0.35em" fill="{_LIMIT}">'
                "not available</text>"
            )
        else:
            colour = _BAR_OVER if over else _BAR
            text = _fmt(v, "fixed3")
            out.append(
                f'<rect x="{_coord(left)}" y="{_coord(y + 5)}" '
                f'width="{_coord(px(v) - left)}" height="{_coord(row_h - 10)}" '
                f'fill="{colour}"><title>{_esc(f"{label}: {text}")}</title></rect>'
            )
            out.append(
                f'<text x="{_coord(width - right + 6)}" y="{mid}" dy="0.35em" '
                f'fill="#222222">{_esc(text)}</text>'
            )
        if lo is not None and hi is not None:
            x0, x1 = _coord(px(lo)), _coord(px(hi))
            out.append(
                f'<g stroke="#222222" stroke-width="1.2"><line x1="{x0}" y1="{mid}" '
                f'x2="{x1}" y2="{mid}"/><line x1="{x0}" y1="{_coord(y + 8)}" x2="{x0}" '
                f'y2="{_coord(y + row_h - 8)}"/><line x1="{x1}" y1="{_coord(y + 8)}" '
                f'x2="{x1}" y2="{_coord(y + row_h - 8)}"/></g>'
            )
        if lim is not None:
            x = _coord(px(lim))
            limit_text = f"limit {_fmt(lim, 'fixed3')}"
            out.append(
                f'<line x1="{x}" y1="{_coord(y + 1)}" x2="{x}" y2="{_coord(y + row_h - 1)}" '
                f'stroke="{_LIMIT}" stroke-width="2" stroke-dasharray="3 2">'
                f"<title>{_esc(limit_text)}</title></line>"
            )
    out.append(
        f'<line x1="{_coord(left)}" y1="{_coord(top)}" x2="{_coord(left)}" '
        f'y2="{_coord(base)}" stroke="#444444" stroke-width="1"/>'
    )
    out.append("</svg>")
    return "\n".join(out)


def _estimate(metric: Mapping[str, Any]) -> tuple[Any, Any, Any]:
    return metric.get("estimate"), metric.get("low"), metric.get("high")


def _risk_rows(
    disclosure: Mapping[str, Any], limits: Mapping[str, Any]
) -> tuple[list[_Row], list[tuple[str, Mapping[str, Any], Any]]]:
    """Chart rows and table entries ``(label, risk dict, limit)`` for anonymeter's risks."""
    entries: list[tuple[str, Mapping[str, Any], Any]] = []
    for mode, result in _map(disclosure.get("singling_out")).items():
        entries.append(
            (f"Singling out ({mode})", _map(result), limits.get("max_singling_out_risk"))
        )
    entries.append(
        ("Linkability", _map(disclosure.get("linkability")), limits.get("max_linkability_risk"))
    )
    for secret, result in _map(disclosure.get("inference")).items():
        entries.append((f"Inference: {secret}", _map(result), limits.get("max_inference_risk")))
    rows: list[_Row] = [
        (label, *_estimate(_map(result.get("risk"))), limit) for label, result, limit in entries
    ]
    return rows, entries


def _risk_table(entries: Sequence[tuple[str, Mapping[str, Any], Any]], confidence: object) -> str:
    head = (
        '<table><thead><tr><th scope="col">Risk</th><th scope="col">Estimate</th>'
        f'<th scope="col">{_esc(_fmt(confidence, "conf"))} interval</th>'
        '<th scope="col">Limit</th><th scope="col">Attack / baseline / control success</th>'
        '<th scope="col">Attacks</th><th scope="col">Notes</th></tr></thead><tbody>'
    )
    body: list[str] = []
    for label, result, limit in entries:
        risk, rates, counts = (
            _map(result.get("risk")),
            _map(result.get("rates")),
            _map(result.get("counts")),
        )
        est, lim = _finite(risk.get("estimate")), _finite(limit)
        over = est is not None and lim is not None and est > lim + 1e-12
        cls = "num over" if over else "num"
        error = result.get("error")
        note = f"evaluation failed ({error})" if error else ""
        body.append(
            f'<tr><th scope="row">{_esc(label)}</th>'
            f'<td class="{cls}">{_esc(_fmt(risk.get("estimate"), "fixed3"))}</td>'
            f'<td class="num">{_esc(_ci(risk, "fixed3"))}</td>'
            f'<td class="num">{_esc(_fmt(limit, "fixed3"))}</td>'
            f'<td class="num">{_esc(_fmt(rates.get("attack"), "pct"))} / '
            f"{_esc(_fmt(rates.get('baseline'), 'pct'))} / "
            f"{_esc(_fmt(rates.get('control'), 'pct'))}</td>"
            f'<td class="num">{_esc(_fmt(counts.get("attacks"), "count"))}</td>'
            f"<td>{_esc(note)}</td></tr>"
        )
    return head + "".join(body) + "</tbody></table>"


def _mia_table(membership: Mapping[str, Any], limit: object, confidence: object) -> str:
    head = (
        '<table><thead><tr><th scope="col">Attack</th><th scope="col">AUC</th>'
        f'<th scope="col">{_esc(_fmt(confidence, "conf"))} interval</th>'
        '<th scope="col">Limit</th><th scope="col">TPR at FPR 1%</th>'
        '<th scope="col">TPR at FPR 10%</th><th scope="col">Members / non-members '
        '(reference)</th><th scope="col">Method</th></tr></thead><tbody>'
    )
    body: list[str] = []
    for name, raw in membership.items():
        attack = _map(raw)
        auc = _map(attack.get("auc"))
        est, lim = _finite(auc.get("estimate")), _finite(limit)
        cls = "num over" if est is not None and lim is not None and est > lim + 1e-12 else "num"
        tprs: list[str] = []
        for entry in _list(attack.get("tpr_at_fpr"))[:2]:
            point = _map(entry)
            text = _fmt(point.get("tpr"), "pct")
            if point.get("resolved") is False:
                text += " (unresolved: too few non-members)"
            tprs.append(text)
        tprs += [_MISSING] * (2 - len(tprs))
        method = _text(attack.get("description"))
        if attack.get("error"):
            method = f"failed ({attack.get('error')})"
        body.append(
            f'<tr><th scope="row">{_esc(name)}</th>'
            f'<td class="{cls}">{_esc(_fmt(auc.get("estimate"), "fixed3"))}</td>'
            f'<td class="num">{_esc(_ci(auc, "fixed3"))}</td>'
            f'<td class="num">{_esc(_fmt(limit, "fixed3"))}</td>'
            f'<td class="num">{_esc(tprs[0])}</td><td class="num">{_esc(tprs[1])}</td>'
            f'<td class="num">{_esc(_fmt(attack.get("members"), "count"))} / '
            f"{_esc(_fmt(attack.get('non_members'), 'count'))} "
            f"({_esc(_fmt(attack.get('reference_rows'), 'count'))})</td>"
            f"<td>{_esc(method)}</td></tr>"
        )
    return head + "".join(body) + "</tbody></table>"


def _utility_section(utility: Mapping[str, Any]) -> list[str]:
    marginal = _map(utility.get("marginal"))
    per_column = _map(marginal.get("per_column"))
    pairwise = _map(utility.get("pairwise"))
    downstream = _map(utility.get("downstream"))
    values = [v for v in (_finite(x) for x in per_column.values()) if v is not None]
    top = max([0.25, *values])
    axis_max = min(1.0, 0.05 * -(-top // 0.05))  # round up to a multiple of 0.05
    out = [
        "<section><h2>Utility</h2>",
        _kv(
            [
                ("Mean marginal TVD", _fmt(marginal.get("mean"), "fixed3")),
                (
                    "Mean |correlation difference|",
                    _fmt(pairwise.get("correlation_mean_abs_diff"), "fixed3"),
                ),
                ("Mean two-way TVD", _fmt(pairwise.get("two_way_tvd_mean"), "fixed3")),
                ("Column pairs", _fmt(pairwise.get("pairs"), "count")),
            ]
        ),
        '<p class="note">Total variation distance between the real (training) and the '
        "synthetic distribution of each column: 0 identical, 1 disjoint. Numeric columns "
        "binned on the real column's deciles. Correlations are Pearson, categoricals "
        "encoded ordinally.</p>",
        "<h3>Marginal TVD per column</h3>",
        "<figure>",
        bar_svg(
            [(str(c), v, None, None, None) for c, v in per_column.items()],
            title="Total variation distance per column",
            axis_max=axis_max,
        ),
        "</figure>",
    ]
    tstr, trtr = _map(downstream.get("tstr")), _map(downstream.get("trtr"))
    ratio = _map(downstream.get("ratio"))
    out.append("<h3>Train on synthetic, test on real</h3>")
    if not trtr:
        out.append('<p class="note">No target given: not computed.</p>')
    else:
        out.append(
            _kv(
                [
                    ("Task", _text(downstream.get("task"))),
                    ("Target column", _text(downstream.get("target"))),
                ]
            )
        )
        out.append(
            '<table><thead><tr><th scope="col">Metric</th><th scope="col">Trained on real '
            '(TRTR)</th><th scope="col">Trained on synthetic (TSTR)</th>'
            '<th scope="col">TSTR / TRTR</th></tr></thead><tbody>'
        )
        rows: list[_Row] = []
        for key in trtr:
            out.append(
                f'<tr><th scope="row">{_esc(key)}</th>'
                f'<td class="num">{_esc(_fmt(trtr.get(key), "fixed3"))}</td>'
                f'<td class="num">{_esc(_fmt(tstr.get(key), "fixed3"))}</td>'
                f'<td class="num">{_esc(_fmt(ratio.get(key), "fixed3"))}</td></tr>'
            )
            rows.append((f"{key}, trained on real", trtr.get(key), None, None, None))
            rows.append((f"{key}, trained on synthetic", tstr.get(key), None, None, None))
        out.append("</tbody></table>")
        out += [
            "<figure>",
            bar_svg(rows, title="Downstream model quality on held-out real rows"),
            "<figcaption>Both models are scored on the control rows, which neither saw."
            "</figcaption>",
            "</figure>",
        ]
    notes = [_text(n) for n in _list(utility.get("notes"))]
    if notes:
        out.append("<ul>" + "".join(f"<li>{_esc(n)}</li>" for n in notes) + "</ul>")
    out.append("</section>")
    return out


def render_synthetic_html(
    disclosure: Mapping[str, Any],
    decision: Mapping[str, Any],
    utility: Mapping[str, Any] | None = None,
    *,
    title: str = "Synthetic data release",
) -> str:
    """Render the gate's report, decision and (optionally) the utility report.

    Parameters
    ----------
    disclosure, decision, utility
        ``DisclosureReport.to_dict()``, ``GateDecision.to_dict()`` and
        ``UtilityReport.to_dict()``. Every key is optional as far as
        rendering goes.
    title
        The page's heading (escaped), e.g. the dataset's name.

    Returns
    -------
    str
        A complete HTML document with no scripts and no external resources;
        equal inputs give equal strings.
    """
    disclosure, decision = _map(disclosure), _map(decision)
    limits = _map(decision.get("limits"))
    confidence = disclosure.get("confidence")
    rows_info = _map(disclosure.get("rows"))
    attacks = _map(disclosure.get("n_attacks"))
    gate_on = _text(limits.get("gate_on"))
    out: list[str] = [
        *page_head(f"Synthetic data disclosure: {title}", _CSS + _EXTRA_CSS),
        "<body>",
        "<header>",
        f"<h1>Synthetic data disclosure: {_esc(title)}</h1>",
        f'<p class="decision">Decision: {_badge(decision.get("decision"))}</p>',
        _kv(
            [
                ("Training rows (seen by the generator)", _fmt(rows_info.get("train"), "count")),
                ("Control rows (held out)", _fmt(rows_info.get("control"), "count")),
                ("Synthetic rows", _fmt(rows_info.get("synthetic"), "count")),
                ("Columns", _fmt(disclosure.get("columns"), "count")),
                (
                    "Attacks per evaluation",
                    f"{_fmt(attacks.get('used'), 'count')} (asked "
                    f"{_fmt(attacks.get('requested'), 'count')}"
                    f"{', clamped to the control rows' if attacks.get('clamped') else ''})",
                ),
                ("Compared against the limits", gate_on),
                ("Confidence level", _fmt(confidence, "conf")),
            ]
        ),
        "</header>",
    ]

    out += reasons_section(
        decision.get("reasons"), decision.get("notes"), "No figure is over its limit."
    )

    chart_rows, entries = _risk_rows(disclosure, limits)
    membership = _map(disclosure.get("membership"))
    for name, raw in membership.items():
        auc = _map(_map(raw).get("auc"))
        chart_rows.append((f"Membership AUC: {name}", *_estimate(auc), limits.get("max_mia_auc")))
    out += [
        "<section><h2>Disclosure risks</h2>",
        "<figure>",
        bar_svg(chart_rows, title="Disclosure risks with confidence intervals and limits"),
        f"<figcaption>Bars: estimates; whiskers: {_esc(_fmt(confidence, 'conf'))} "
        "confidence intervals; dashed marks: the limits. Risks are anonymeter's residual "
        "risks (0: no better on the training rows than on held-out rows; 1: every "
        "attack succeeds). Membership AUC: 0.5 is chance.</figcaption>",
        "</figure>",
        "<h3>Singling out, linkability, inference</h3>",
        _risk_table(entries, confidence),
        "<h3>Membership inference</h3>",
        _mia_table(membership, limits.get("max_mia_auc"), confidence),
        "</section>",
    ]

    dcr = _map(disclosure.get("dcr"))
    out += [
        "<section><h2>Distance to closest record (sanity check)</h2>",
        '<p class="caveat">A sanity check only, not a release criterion: distance to '
        "closest record is known to pass synthetic data that leaks.</p>",
        _kv(
            [
                (
                    "Synthetic rows closer to a training row (50% expected)",
                    _fmt(dcr.get("share_closer_to_train"), "pct"),
                ),
                (
                    "Exact copies of training rows",
                    _fmt(dcr.get("exact_copies_of_train_rows"), "count"),
                ),
                (
                    "Median distance to training rows",
                    _fmt(dcr.get("median_dcr_to_train"), "general"),
                ),
                (
                    "Median distance to control rows",
                    _fmt(dcr.get("median_dcr_to_control"), "general"),
                ),
                (
                    "Rows compared (train / control)",
                    f"{_fmt(dcr.get('train_rows_compared'), 'count')}"
                    f" / {_fmt(dcr.get('control_rows_compared'), 'count')}",
                ),
            ]
        ),
        "</section>",
    ]

    if utility is not None:
        out += _utility_section(_map(utility))

    limit_rows = [
        (str(k), _fmt(v, "general") if _finite(v) is not None else _text(v))
        for k, v in sorted(limits.items(), key=lambda kv: str(kv[0]))
    ]
    out += [
        "<section><h2>Limits</h2>",
        _kv(limit_rows),
        "</section>",
        "<section><h2>What this report does not show</h2>",
        f"<p>{_esc(_DOES_NOT_SHOW)}</p>",
        "</section>",
        "<footer>",
        f'<p class="note">Rendered by custos ({_esc(_text(disclosure.get("format")))}). '
        "This page runs no scripts and loads nothing from the network.</p>",
        "</footer>",
        "</body>",
        "</html>",
    ]
    return "\n".join(out) + "\n"
