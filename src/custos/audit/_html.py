"""Render a leakage report as one self-contained HTML page.

The node writes ``leakage_report.json`` after the leakage audit; this module
turns it into ``leakage_report.html`` for the hospital's privacy officer. The
page goes into the release bundle and its hash into the signed receipt, so it
is built under three rules:

* **Deterministic.** The same report always gives the same bytes: no clock,
  no random identifiers, no element ids at all, and dictionaries whose order
  the report does not define are walked in sorted key order.
* **Self-contained.** No JavaScript, no external stylesheet, font or image,
  nothing fetched from the network. A Content-Security-Policy meta tag
  (``default-src 'none'; style-src 'unsafe-inline'``) makes the browser
  enforce that. The ROC curves are inline SVG written here by hand.
* **Escaped.** Job names, attack names, reasons and every other string from the
  report may come from a vendor and go through :func:`html.escape` before they
  reach the page. Formatting helpers return plain text, and escaping happens
  where the text is written into markup, so nothing can skip it.

Missing or ``None`` values are shown as an em dash, never raised on: a page
that fails to render would hide the audit result from the person who has to
read it.
"""

from __future__ import annotations

import html
import math
from collections.abc import Mapping, Sequence
from typing import Any, Literal

__all__ = ["CONTENT_SECURITY_POLICY", "render_html", "roc_svg"]

CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'"
REPORT_FORMAT = "custos.leakage_report/v1"

_MISSING = "\u2014"  # em dash
_SVG_NS = "http://www.w3.org/2000/svg"

# Okabe-Ito: distinguishable under the common colour-vision deficiencies. Its
# yellow is left out: it is unreadable as a thin line on white.
_PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")
# Dash patterns cycle at a different length from the palette, so that the
# first 35 curves differ in colour *and* pattern combination, and curves stay
# apart when printed in grey.
_DASHES = ("", "7 3", "2 3", "9 3 2 3", "4 2 1 2 1 2")
_LOG_LOW = 1e-4
_LEGEND_MAX_CHARS = 30

_Kind = Literal["fixed3", "pct", "count", "sci", "conf", "seconds", "general"]


# --------------------------------------------------------------------------- #
# Small helpers. Formatters return *plain text*; callers escape it.
# --------------------------------------------------------------------------- #


def page_head(title: str, css: str) -> list[str]:
    """The opening of a self-contained report page: no scripts, no fetches (CSP)."""
    return [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_esc(CONTENT_SECURITY_POLICY)}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>{_esc(title)}</title>",
        f"<style>\n{css}\n</style>",
        "</head>",
    ]


def _esc(value: object) -> str:
    """Return ``value`` as text escaped for HTML element content and attributes."""
    return html.escape(str(value), quote=True)


def _num(value: object) -> float | None:
    """Return ``value`` as a float if it is a JSON number (booleans excluded)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        return float(value)
    except OverflowError:
        return None


def _finite(value: object) -> float | None:
    """Return ``value`` as a finite float, else ``None``."""
    x = _num(value)
    return x if x is not None and math.isfinite(x) else None


def _map(value: object) -> Mapping[str, Any]:
    """Return ``value`` if it is a mapping, else an empty one."""
    return value if isinstance(value, Mapping) else {}


def _list(value: object) -> list[Any]:
    """Return ``value`` as a list if it is a JSON array, else an empty list."""
    return list(value) if isinstance(value, list | tuple) else []


def _strip_negative_zero(text: str) -> str:
    """Turn ``-0.000`` (a tiny negative rounded away) into ``0.000``."""
    if text.startswith("-") and not any(c in "123456789" for c in text):
        return text[1:]
    return text


def _fmt(value: object, kind: _Kind) -> str:
    """Format a report value as plain text.

    Parameters
    ----------
    value
        The value from the report. Numbers are formatted according to
        ``kind``; a non-empty string is shown as it is (the caller escapes it);
        anything else, ``None`` included, becomes an em dash.
    kind
        ``fixed3``: three decimals (AUC, advantage, epsilon). ``pct``: a rate
        as a percentage with two decimals. ``count``: an integer with
        thousands separators. ``sci``: three significant digits (delta).
        ``conf``: a confidence level as a percentage. ``seconds``: a
        duration. ``general``: four significant digits.

    Returns
    -------
    str
        Unescaped text.
    """
    x = _num(value)
    if x is None:
        return value if isinstance(value, str) and value else _MISSING
    if math.isnan(x):
        return _MISSING
    if math.isinf(x):
        return "\u221e" if x > 0 else "\u2212\u221e"
    if kind == "fixed3":
        text = f"{x:.3f}"
    elif kind == "pct":
        text = f"{100 * x:.2f}%"
    elif kind == "count":
        text = f"{int(x):,}" if x.is_integer() else f"{x:.4g}"
    elif kind == "sci":
        text = f"{x:.3g}"
    elif kind == "conf":
        text = f"{100 * x:.4g}%"
    elif kind == "seconds":
        text = f"{x:.2f} s"
    else:
        text = f"{x:.4g}"
    return _strip_negative_zero(text)


def _ci(metric: Mapping[str, Any], kind: _Kind) -> str:
    """Return ``low - high`` (with an en dash) of an interval as plain text, or an em dash."""
    low, high = metric.get("low"), metric.get("high")
    if low is None and high is None:
        return _MISSING
    return f"{_fmt(low, kind)} \u2013 {_fmt(high, kind)}"


def _text(value: object) -> str:
    """Return a free-text report value as plain text, or an em dash if absent."""
    if value is None or value == "":
        return _MISSING
    return str(value)


def reasons_section(reasons: object, notes: object, nothing: str) -> list[str]:
    """The "Reasons for the decision" section: the reasons (or ``nothing``), then any notes."""
    items = [_text(r) for r in _list(reasons)]
    out = ["<section><h2>Reasons for the decision</h2>"]
    if items:
        out.append("<ul>" + "".join(f"<li>{_esc(r)}</li>" for r in items) + "</ul>")
    else:
        out.append(f'<p class="note">{_esc(nothing)}</p>')
    extra = [_text(n) for n in _list(notes)]
    if extra:
        out.append("<h3>Notes</h3>")
        out.append("<ul>" + "".join(f"<li>{_esc(n)}</li>" for n in extra) + "</ul>")
    out.append("</section>")
    return out


def _target_label(target: object) -> str:
    """Return ``0.1%`` for a target FPR of 0.001 (plain text)."""
    x = _finite(target)
    return _MISSING if x is None else f"{100 * x:.6g}%"


# --------------------------------------------------------------------------- #
# ROC curves as SVG.
# --------------------------------------------------------------------------- #
#
# Written by hand rather than with a plotting library for two reasons. The
# node should not need matplotlib (or any plotting stack) to release a model.
# And the page is hashed into a signed receipt, so it must be byte-identical
# for the same report: matplotlib's SVG backend writes generated element ids,
# a creation date and version metadata that change between runs and
# installations. Here every number is printed with a fixed precision and no
# element carries an id.


def _coord(value: float) -> str:
    """Format an SVG coordinate with one decimal (sub-pixel; deterministic)."""
    return _strip_negative_zero(f"{value:.1f}")


def _unit(value: float, *, log: bool) -> float:
    """Map a rate in [0, 1] to [0, 1] along an axis, clamping out-of-range values."""
    v = min(max(value, 0.0), 1.0)
    if not log:
        return v
    low = math.log10(_LOG_LOW)
    return (math.log10(max(v, _LOG_LOW)) - low) / (0.0 - low)


def _shorten(label: str) -> str:
    """Shorten a legend label so that it fits in the plot."""
    if len(label) <= _LEGEND_MAX_CHARS:
        return label
    return label[: _LEGEND_MAX_CHARS - 1] + "\u2026"


def roc_svg(
    curves: Sequence[tuple[str, Sequence[float], Sequence[float]]],
    *,
    log_fpr: bool,
    width: int = 420,
    height: int = 360,
) -> str:
    """Draw ROC curves as a standalone ``<svg>`` element.

    Parameters
    ----------
    curves
        ``(label, fpr, tpr)`` per curve, the rates as parallel sequences in
        the order they should be joined. Points that are not finite numbers are
        skipped; rates outside [0, 1] are clamped. Labels are escaped.
    log_fpr
        Draw both axes on a log scale from ``1e-4`` to 1, as Carlini et al.
        (2022) recommend for judging attacks at low false-positive rates.
        Rates below ``1e-4``, zero included, are drawn on the lower bound.
    width, height
        Size in pixels (the element also has a ``viewBox`` so it scales).

    Returns
    -------
    str
        SVG markup that is also well-formed XML: axes, ticks, gridlines, the
        chance diagonal, one ``<polyline>`` per curve (each with a
        ``<title>``), and a legend. Colours follow the Okabe-Ito palette and
        every curve also has its own dash pattern.

    Raises
    ------
    ValueError
        If the plot would be too small to draw (``width < 160`` or
        ``height < 140``).
    """
    if width < 160 or height < 140:
        raise ValueError(f"an ROC plot needs at least 160x140 pixels, got {width}x{height}")
    left, right, top, bottom = 54.0, 12.0, 12.0, 44.0
    plot_w, plot_h = width - left - right, height - top - bottom

    def px(fpr: float, tpr: float) -> tuple[str, str]:
        x = left + _unit(fpr, log=log_fpr) * plot_w
        y = top + (1.0 - _unit(tpr, log=log_fpr)) * plot_h
        return _coord(x), _coord(y)

    if log_fpr:
        ticks: list[tuple[float, str]] = [
            (1e-4, "10\u207b\u2074"),
            (1e-3, "10\u207b\u00b3"),
            (1e-2, "10\u207b\u00b2"),
            (1e-1, "10\u207b\u00b9"),
            (1.0, "1"),
        ]
        scale = "log-log axes"
    else:
        ticks = [(i / 5, f"{i / 5:g}") for i in range(6)]
        scale = "linear axes"

    names = ", ".join(str(label) for label, _, _ in curves) or "no curves"
    out: list[str] = [
        f'<svg xmlns="{_SVG_NS}" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" font-family="sans-serif" font-size="11">',
        f"<title>{_esc(f'ROC curves, {scale}: {names}')}</title>",
        f'<rect x="0" y="0" width="{width}" height="{height}" fill="#ffffff"/>',
    ]

    # Gridlines, tick marks and tick labels.
    out.append('<g stroke="#e3e3e3" stroke-width="1">')
    for value, _ in ticks:
        x, y0 = px(value, 0.0)
        _, y1 = px(value, 1.0)
        out.append(f'<line x1="{x}" y1="{y0}" x2="{x}" y2="{y1}"/>')
        x0, y = px(0.0, value)
        x1, _ = px(1.0, value)
        out.append(f'<line x1="{x0}" y1="{y}" x2="{x1}" y2="{y}"/>')
    out.append("</g>")
    out.append('<g stroke="#444444" stroke-width="1">')
    for value, _ in ticks:
        x, y = px(value, 0.0)
        out.append(f'<line x1="{x}" y1="{y}" x2="{x}" y2="{_coord(top + plot_h + 4)}"/>')
        x, y = px(0.0, value)
        out.append(f'<line x1="{_coord(left - 4)}" y1="{y}" x2="{x}" y2="{y}"/>')
    out.append("</g>")
    out.append('<g fill="#222222">')
    for value, label in ticks:
        x, _ = px(value, 0.0)
        out.append(
            f'<text x="{x}" y="{_coord(top + plot_h + 16)}" text-anchor="middle">'
            f"{_esc(label)}</text>"
        )
        _, y = px(0.0, value)
        out.append(
            f'<text x="{_coord(left - 7)}" y="{y}" text-anchor="end" '
            f'dy="0.35em">{_esc(label)}</text>'
        )
    out.append("</g>")

    # Axis titles.
    suffix = " (log scale)" if log_fpr else ""
    cx, cy = _coord(left + plot_w / 2), _coord(top + plot_h / 2)
    out.append(
        f'<text x="{cx}" y="{_coord(height - 8)}" text-anchor="middle" font-size="12" '
        f'fill="#222222">False positive rate{suffix}</text>'
    )
    out.append(
        f'<text x="14" y="{cy}" text-anchor="middle" font-size="12" fill="#222222" '
        f'transform="rotate(-90 14 {cy})">True positive rate{suffix}</text>'
    )

    # Chance diagonal, then the curves, then the frame on top of both.
    low = _LOG_LOW if log_fpr else 0.0
    (dx0, dy0), (dx1, dy1) = px(low, low), px(1.0, 1.0)
    out.append(
        f'<line x1="{dx0}" y1="{dy0}" x2="{dx1}" y2="{dy1}" stroke="#888888" '
        f'stroke-width="1" stroke-dasharray="4 4"><title>chance</title></line>'
    )
    for index, (label, fpr, tpr) in enumerate(curves):
        points: list[str] = []
        for raw_x, raw_y in zip(fpr, tpr, strict=False):
            fx, ty = _finite(raw_x), _finite(raw_y)
            if fx is None or ty is None:
                continue
            point = ",".join(px(fx, ty))
            if not points or points[-1] != point:
                points.append(point)
        out.append(
            f'<polyline points="{" ".join(points)}" fill="none" '
            f'stroke="{_PALETTE[index % len(_PALETTE)]}" stroke-width="1.8" '
            f'stroke-linejoin="round"{_dash_attr(index)}><title>{_esc(str(label))}</title></polyline>'
        )
    out.append(
        f'<rect x="{_coord(left)}" y="{_coord(top)}" width="{_coord(plot_w)}" '
        f'height="{_coord(plot_h)}" fill="none" stroke="#444444" stroke-width="1"/>'
    )

    # Legend, bottom right, where ROC curves above the diagonal leave room.
    entries = [(_shorten(str(label)), index) for index, (label, _, _) in enumerate(curves)]
    entries.append(("chance", -1))
    row_h = 15.0
    box_w = min(plot_w - 8, 40 + 6.6 * max(len(text) for text, _ in entries))
    box_h = 8 + row_h * len(entries)
    bx, by = left + plot_w - box_w - 6, top + plot_h - box_h - 6
    out.append(
        f'<g><rect x="{_coord(bx)}" y="{_coord(by)}" width="{_coord(box_w)}" '
        f'height="{_coord(box_h)}" fill="#ffffff" fill-opacity="0.9" stroke="#bbbbbb"/>'
    )
    for row, (text, index) in enumerate(entries):
        row_y = _coord(by + 4 + row_h * row + row_h / 2)
        if index < 0:
            stroke, width_attr, dash = "#888888", "1", ' stroke-dasharray="4 4"'
        else:
            stroke, width_attr = _PALETTE[index % len(_PALETTE)], "1.8"
            dash = _dash_attr(index)
        out.append(
            f'<line x1="{_coord(bx + 6)}" y1="{row_y}" x2="{_coord(bx + 32)}" '
            f'y2="{row_y}" stroke="{stroke}" stroke-width="{width_attr}"{dash}/>'
        )
        out.append(
            f'<text x="{_coord(bx + 37)}" y="{row_y}" dy="0.35em" '
            f'fill="#222222">{_esc(text)}</text>'
        )
    out.append("</g>")
    out.append("</svg>")
    return "\n".join(out)


def _dash_attr(index: int) -> str:
    """Return the ``stroke-dasharray`` attribute for curve ``index`` (maybe empty)."""
    dash = _DASHES[index % len(_DASHES)]
    return f' stroke-dasharray="{dash}"' if dash else ""


# --------------------------------------------------------------------------- #
# The page.
# --------------------------------------------------------------------------- #

_CSS = """\
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;
color:#1a1a1a;background:#fff;max-width:62rem;margin:1.5rem auto;padding:0 1rem}
h1{font-size:1.5rem;margin:0 0 .4rem}
h2{font-size:1.15rem;margin:1.6rem 0 .5rem;border-bottom:1px solid #ccc;padding-bottom:.2rem}
h3{font-size:1rem;margin:1.2rem 0 .3rem}
code{font-size:.92em}
table{border-collapse:collapse;margin:.4rem 0;min-width:60%}
th,td{border:1px solid #c8c8c8;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f2f2f2;font-weight:600}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
dl.kv{display:grid;grid-template-columns:max-content auto;gap:.15rem 1rem;margin:.4rem 0}
dl.kv dt{font-weight:600}dl.kv dd{margin:0}
.badge{display:inline-block;padding:.1rem .6rem;border:2px solid;border-radius:4px;
font-weight:700;letter-spacing:.04em}
.badge.pass{color:#0a5c26;background:#e3f3e8;border-color:#0a5c26}
.badge.block{color:#9b1111;background:#fbe7e7;border-color:#9b1111}
.badge.unknown{color:#444;background:#eee;border-color:#444}
.decision{font-size:1.3rem;margin:.5rem 0}
td.over{background:#fbe7e7;color:#9b1111;font-weight:700}
.flag{font-weight:700;color:#9b1111}
.note{color:#555;font-size:.92em}
.plots{display:flex;flex-wrap:wrap;gap:1rem}
figure{margin:0}figcaption{font-size:.9em;color:#444;text-align:center}
svg{max-width:100%;height:auto}
@media print{
body{max-width:none;margin:0;padding:0;font-size:10.5pt}
h2{break-after:avoid}
table,figure,.plots,section.attack{break-inside:avoid}
.badge,td.over,th{-webkit-print-color-adjust:exact;print-color-adjust:exact}
@page{margin:14mm}
}"""

_DOES_NOT_SHOW = (
    "Membership-inference attacks measure how well one family of attacks, run "
    "against this model and these patient records, can tell records that were "
    "used in training from records that were held out. A pass means that these "
    "attacks did not do measurably better than the gate allows, at the stated "
    "confidence. It is evidence, not proof: a stronger or better-informed "
    "attacker, other records, or other models trained on the same data may "
    "reveal more, and intervals computed from a few hundred records cannot "
    "resolve very small false-positive rates. The empirical epsilon values are "
    "lower bounds on the privacy loss, never upper bounds. The formal "
    "differential-privacy guarantee is the accounted epsilon (with its delta) "
    "stated at the top of this page; it does not depend on how any attack "
    "performed, and this audit does not replace it."
)

_GATE_LABELS: dict[str, tuple[str, _Kind]] = {
    "max_auc": ("Maximum AUC", "fixed3"),
    "max_tpr_at_fpr_0_1_percent": ("Maximum TPR at FPR 0.1%", "pct"),
    "max_tpr_at_fpr_1_percent": ("Maximum TPR at FPR 1%", "pct"),
    "max_advantage": ("Maximum advantage", "fixed3"),
    "max_empirical_epsilon": ("Maximum empirical \u03b5", "fixed3"),
}
_GATE_ON: dict[str, str] = {
    "lower_bound": "the lower end of each confidence interval",
    "estimate": "the point estimate",
    "upper_bound": "the upper end of each confidence interval",
}
_COST_LABELS: dict[str, tuple[str, _Kind]] = {
    "audit_seconds": ("Audit time", "seconds"),
    "training_seconds": ("Training time", "seconds"),
    "reference_models": ("Reference models trained", "count"),
}


def _kv(rows: Sequence[tuple[str, str]]) -> str:
    """Return a ``<dl>`` of (label, value) pairs, both plain text."""
    body = "".join(f"<dt>{_esc(k)}</dt><dd>{_esc(v)}</dd>" for k, v in rows)
    return f'<dl class="kv">{body}</dl>'


def _badge(decision: object) -> str:
    """Return the decision badge: text as well as colour."""
    if decision == "pass":
        return '<span class="badge pass">\u2713 PASS</span>'
    if decision == "block":
        return '<span class="badge block">\u2717 BLOCKED</span>'
    shown = "UNKNOWN" if decision is None or decision == "" else f"UNKNOWN: {decision}"
    return f'<span class="badge unknown">{_esc(shown)}</span>'


def _gate_key_for_target(target: object) -> str | None:
    """Return the gate key for a target FPR (0.001 -> ``max_tpr_at_fpr_0_1_percent``)."""
    x = _finite(target)
    if x is None:
        return None
    return "max_tpr_at_fpr_" + f"{100 * x:.6g}".replace(".", "_") + "_percent"


def _over_keys_for_target(target: object) -> set[str]:
    """Return the ``over_threshold`` keys that may name the TPR at ``target``."""
    x = _num(target)
    if x is None:
        return {f"tpr_at_fpr_{target}"}
    return {f"tpr_at_fpr_{target}", f"tpr_at_fpr_{x}", f"tpr_at_fpr_{x:g}"}


def _required_non_members(target: object) -> int | None:
    """Return how many non-members a target FPR needs to be resolvable (1/fpr)."""
    x = _finite(target)
    if x is None or x <= 0:
        return None
    return math.ceil(1.0 / x - 1e-9)


def _metric_row(
    label: str,
    estimate: str,
    interval: str,
    limit: str,
    notes: Sequence[str],
    *,
    over: bool,
) -> str:
    """Return one attack-table row; all arguments are plain text."""
    cls = "num over" if over else "num"
    status = ['<span class="flag">\u25b2 over the gate</span>'] if over else []
    status += [f'<span class="note">{_esc(note)}</span>' for note in notes]
    return (
        f'<tr><th scope="row">{_esc(label)}</th>'
        f'<td class="{cls}">{_esc(estimate)}</td>'
        f'<td class="{cls}">{_esc(interval)}</td>'
        f'<td class="num">{_esc(limit)}</td>'
        f"<td>{'<br>'.join(status)}</td></tr>"
    )


def _attack_section(
    attack: Mapping[str, Any],
    gate: Mapping[str, Any],
    confidence: object,
    non_members: object,
) -> str:
    """Return the ``<section>`` for one attack."""
    over_list = [str(key) for key in _list(attack.get("over_threshold"))]
    over = set(over_list)
    # The intervals of one attack share a level, which may be stricter than the
    # report's overall one (e.g. split across attacks); show the attack's own.
    level = attack.get("confidence")
    if level is None:
        level = _map(attack.get("empirical_epsilon")).get("confidence")
    conf_text = _fmt(confidence if level is None else level, "conf")
    rows: list[str] = []

    auc = _map(attack.get("auc"))
    rows.append(
        _metric_row(
            "AUC",
            _fmt(auc.get("estimate"), "fixed3"),
            _ci(auc, "fixed3"),
            _fmt(gate.get("max_auc"), "fixed3"),
            [],
            over="auc" in over,
        )
    )

    for entry in _list(attack.get("tpr_at_fpr")):
        point = _map(entry)
        target = point.get("target_fpr")
        tpr = _map(point.get("tpr"))
        notes = [
            f"achieved FPR {_fmt(point.get('fpr_achieved'), 'pct')}, "
            f"score threshold {_fmt(point.get('threshold'), 'general')}"
        ]
        if point.get("resolved") is False:
            needed = _required_non_members(target)
            have = _fmt(non_members, "count")
            note = "unresolved: fewer than "
            note += f"{needed:,}" if needed is not None else "the needed number of"
            note += " non-members"
            if have != _MISSING:
                note += f" (this audit had {have})"
            notes.insert(0, note)
        gate_key = _gate_key_for_target(target)
        rows.append(
            _metric_row(
                f"TPR at FPR {_target_label(target)}",
                _fmt(tpr.get("estimate"), "pct"),
                _ci(tpr, "pct"),
                _fmt(gate.get(gate_key) if gate_key else None, "pct"),
                notes,
                over=bool(_over_keys_for_target(target) & over),
            )
        )

    advantage = _map(attack.get("advantage"))
    rows.append(
        _metric_row(
            "Advantage (TPR \u2212 FPR)",
            _fmt(advantage.get("estimate"), "fixed3"),
            _ci(advantage, "fixed3"),
            _fmt(gate.get("max_advantage"), "fixed3"),
            [],
            over="advantage" in over,
        )
    )

    eps = _map(attack.get("empirical_epsilon"))
    eps_notes: list[str] = []
    if eps:
        eps_notes.append(
            f"one-sided, {_fmt(eps.get('confidence'), 'conf')} confidence; "
            f"TPR \u2265 {_fmt(eps.get('tpr_low'), 'pct')}, "
            f"FPR \u2264 {_fmt(eps.get('fpr_high'), 'pct')}; threshold chosen on "
            f"{_fmt(eps.get('threshold_rows'), 'count')} rows, bound computed on "
            f"{_fmt(eps.get('bound_rows'), 'count')} other rows"
        )
    strict = _map(attack.get("dp_contradiction"))
    if strict:
        eps_notes.append(
            f"contradiction test: {_fmt(strict.get('lower_bound'), 'fixed3')} at "
            f"{_fmt(strict.get('confidence'), 'conf')} confidence"
        )
    rows.append(
        _metric_row(
            "Empirical \u03b5 (lower bound)",
            _fmt(eps.get("lower_bound"), "fixed3"),
            _MISSING,
            _fmt(gate.get("max_empirical_epsilon"), "fixed3"),
            eps_notes,
            over=bool({"empirical_epsilon", "epsilon"} & over),
        )
    )

    name = _text(attack.get("name"))
    header = (
        '<table><thead><tr><th scope="col">Metric</th><th scope="col">Estimate</th>'
        f'<th scope="col">{_esc(conf_text)} interval</th><th scope="col">Gate limit</th>'
        '<th scope="col">Notes</th></tr></thead><tbody>'
    )
    over_text = ", ".join(over_list) if over_list else "none"
    return "\n".join(
        [
            '<section class="attack">',
            f"<h3>Attack: {_esc(name)}</h3>",
            _kv(
                [
                    ("Method", _text(attack.get("description"))),
                    ("Reference models", _fmt(attack.get("reference_models"), "count")),
                ]
            ),
            header,
            *rows,
            "</tbody></table>",
            f'<p class="note">Metrics over the gate: {_esc(over_text)}</p>',
            "</section>",
        ]
    )


def _curves(
    attacks: Sequence[Mapping[str, Any]],
) -> list[tuple[str, Sequence[float], Sequence[float]]]:
    """Return the ROC curves of the attacks that have one, in report order."""
    curves: list[tuple[str, Sequence[float], Sequence[float]]] = []
    for attack in attacks:
        roc = _map(attack.get("roc"))
        fpr, tpr = _list(roc.get("fpr")), _list(roc.get("tpr"))
        if not fpr or not tpr:
            continue
        auc = _fmt(_map(attack.get("auc")).get("estimate"), "fixed3")
        curves.append((f"{_text(attack.get('name'))} (AUC {auc})", fpr, tpr))
    return curves


def _canary_section(canary: object, claimed_epsilon: object) -> list[str]:
    """Return the canary-audit section body."""
    if not isinstance(canary, Mapping):
        return ['<p class="note">Canary audit not run.</p>']
    passed = canary.get("passed")
    verdict = _badge("pass" if passed is True else "block" if passed is False else None)
    guesses, correct = _num(canary.get("guesses")), _num(canary.get("correct"))
    precision = correct / guesses if guesses and correct is not None else None
    rows = [
        ("Canaries inserted", _fmt(canary.get("canaries"), "count")),
        (
            "Guesses (positive / negative)",
            f"{_fmt(canary.get('guesses'), 'count')} "
            f"({_fmt(canary.get('k_positive'), 'count')} / "
            f"{_fmt(canary.get('k_negative'), 'count')})",
        ),
        ("Correct guesses", f"{_fmt(canary.get('correct'), 'count')} ({_fmt(precision, 'pct')})"),
        ("Empirical \u03b5 lower bound", _fmt(canary.get("lower_bound"), "fixed3")),
        (
            "Accounted \u03b5 it tests (DP-SGD alone)",
            _fmt(canary.get("tested_epsilon", claimed_epsilon), "fixed3"),
        ),
        ("Confidence", _fmt(canary.get("confidence"), "conf")),
        ("\u03b4", _fmt(canary.get("delta"), "sci")),
        ("Observer", _text(canary.get("observer"))),
    ]
    strict = _map(canary.get("dp_contradiction"))
    if strict:
        rows.append(
            (
                "Contradiction test (decides the result)",
                f"lower bound {_fmt(strict.get('lower_bound'), 'fixed3')} at "
                f"{_fmt(strict.get('confidence'), 'conf')} confidence "
                f"({_fmt(strict.get('correct'), 'count')} of "
                f"{_fmt(strict.get('guesses'), 'count')} guesses right)",
            )
        )
    return [f"<p>Result: {verdict}</p>", _kv(rows)]


def render_html(report: Mapping[str, Any]) -> str:
    """Render a leakage report as a self-contained, deterministic HTML page.

    Parameters
    ----------
    report
        The parsed ``leakage_report.json`` (format
        ``custos.leakage_report/v1``). Every key is optional as far as
        rendering goes: absent or ``None`` values are shown as an em dash, a
        missing canary audit as "not run".

    Returns
    -------
    str
        A complete HTML document with no scripts and no external resources.
        Equal reports give equal strings; encode as UTF-8 before hashing.
    """
    report = _map(report)
    job = _map(report.get("job"))
    claimed = _map(report.get("claimed"))
    gate = _map(report.get("gate"))
    population = _map(report.get("population"))
    attacks = [_map(a) for a in _list(report.get("attacks"))]
    confidence = report.get("confidence")
    name = _text(job.get("name"))

    out: list[str] = [
        *page_head(f"Leakage audit: {name}", _CSS),
        "<body>",
        "<header>",
        f"<h1>Leakage audit: {_esc(name)}</h1>",
        f'<p class="decision">Decision: {_badge(report.get("decision"))}</p>',
        _kv(
            [
                ("Job", _text(job.get("id"))),
                ("Vendor", _text(job.get("vendor"))),
                ("Dataset", _text(job.get("dataset"))),
                ("Audited at", _text(report.get("created_at"))),
                ("Accounted \u03b5 (claimed)", _fmt(claimed.get("epsilon"), "fixed3")),
                ("\u03b4", _fmt(claimed.get("delta"), "sci")),
                ("Confidence level", _fmt(confidence, "conf")),
            ]
        ),
        "</header>",
    ]
    fmt = report.get("format")
    if fmt != REPORT_FORMAT:
        out.append(
            f'<p class="flag">Unrecognised report format {_esc(_text(fmt))}; '
            f"expected {_esc(REPORT_FORMAT)}. Values may be shown incompletely.</p>"
        )

    out += reasons_section(
        report.get("reasons"), report.get("notes"), "The audit found nothing over the gate."
    )

    gate_rows: list[tuple[str, str]] = [
        ("Compared on", _GATE_ON.get(str(gate.get("on")), _text(gate.get("on"))))
    ]
    for key in sorted((k for k in gate if k != "on"), key=str):
        label, kind = _GATE_LABELS.get(key, (key, "general"))
        gate_rows.append((str(label), _fmt(gate[key], kind)))
    out += [
        "<section><h2>Release gate and population</h2>",
        _kv(gate_rows),
        _kv(
            [
                ("Members (training rows)", _fmt(population.get("members"), "count")),
                ("Non-members (held-out rows)", _fmt(population.get("non_members"), "count")),
                (
                    "Smallest resolvable FPR",
                    _fmt(population.get("min_resolvable_fpr"), "pct"),
                ),
            ]
        ),
        "</section>",
    ]

    out.append("<section><h2>Membership-inference attacks</h2>")
    out.append(
        '<p class="note">Each table shows its intervals at the confidence level the report '
        f"records for that attack; the report's overall level is "
        f"{_esc(_fmt(confidence, 'conf'))}.</p>"
    )
    if not attacks:
        out.append('<p class="note">The report contains no attacks.</p>')
    for attack in attacks:
        out.append(_attack_section(attack, gate, confidence, population.get("non_members")))
    curves = _curves(attacks)
    out += [
        "<h3>ROC curves</h3>",
        '<div class="plots">',
        "<figure>",
        roc_svg(curves, log_fpr=False),
        "<figcaption>Linear axes</figcaption>",
        "</figure>",
        "<figure>",
        roc_svg(curves, log_fpr=True),
        "<figcaption>Log-log axes: the low false-positive region, where an attack that "
        "confidently identifies a few patients shows. Rates of 0 are drawn at "
        "10\u207b\u2074.</figcaption>",
        "</figure>",
        "</div>",
        "</section>",
    ]

    out.append("<section><h2>Canary audit</h2>")
    out += _canary_section(report.get("canary_audit"), claimed.get("epsilon"))
    out.append("</section>")

    not_covered = [_text(item) for item in _list(report.get("not_covered_by_dp"))]
    out += ["<section><h2>What this audit does not show</h2>", f"<p>{_esc(_DOES_NOT_SHOW)}</p>"]
    if not_covered:
        out.append("<p>Not covered by the differential-privacy guarantee:</p>")
        out.append("<ul>" + "".join(f"<li>{_esc(item)}</li>" for item in not_covered) + "</ul>")
    out.append("</section>")

    cost = _map(report.get("cost"))
    cost_rows = [(label, _fmt(cost.get(key), kind)) for key, (label, kind) in _COST_LABELS.items()]
    cost_rows += [
        (str(key), _fmt(cost[key], "general"))
        for key in sorted(cost, key=str)
        if key not in _COST_LABELS
    ]
    out += ["<section><h2>Cost</h2>", _kv(cost_rows), "</section>"]

    out += [
        "<footer>",
        f'<p class="note">Rendered by custos from leakage_report.json ({_esc(_text(fmt))}). '
        "This page runs no scripts and loads nothing from the network.</p>",
        "</footer>",
        "</body>",
        "</html>",
    ]
    return "\n".join(out) + "\n"
