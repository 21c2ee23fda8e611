"""The HTML leakage report: deterministic, self-contained, escaped, robust.

The page is hashed into a signed receipt and read by a privacy officer, and
parts of the report come from a vendor, so these tests treat the output as
untrusted bytes: they parse it rather than trusting how it looks.
"""

from __future__ import annotations

import copy
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from typing import Any

import pytest

from custos.audit._html import CONTENT_SECURITY_POLICY, render_html, roc_svg

SVG = "{http://www.w3.org/2000/svg}"
HOSTILE_SCRIPT = "<script>alert(1)</script>"
HOSTILE_ATTR = '"><img src=x onerror=alert(1)>'
# Everything the renderer itself may emit; anything else came from the report.
ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "footer", "section",
    "h1", "h2", "h3", "p", "span", "br", "ul", "li", "dl", "dt", "dd", "table", "thead",
    "tbody", "tr", "th", "td", "div", "figure", "figcaption", "code",
    "svg", "g", "rect", "line", "polyline", "text",
}  # fmt: skip


def _roc(power: float) -> dict[str, list[float]]:
    xs = [i / 100 for i in range(101)]
    return {"fpr": [0.0, *xs], "tpr": [0.0, *(x**power for x in xs)]}


def _attack(name: str, power: float, over: list[str] | None = None) -> dict[str, Any]:
    return {
        "name": name,
        "description": f"{name} threshold attack",
        "reference_models": 8,
        "auc": {"estimate": 0.51, "low": 0.45, "high": 0.57},
        "tpr_at_fpr": [
            {
                "target_fpr": 0.001,
                "tpr": {"estimate": 0.0, "low": 0.0, "high": 0.008},
                "fpr_achieved": 0.0,
                "threshold": 1.2,
                "resolved": False,
            },
            {
                "target_fpr": 0.01,
                "tpr": {"estimate": 0.02, "low": 0.01, "high": 0.04},
                "fpr_achieved": 0.0088,
                "threshold": 0.9,
                "resolved": True,
            },
        ],
        "advantage": {"estimate": 0.05, "low": 0.0, "high": 0.12},
        "empirical_epsilon": {
            "lower_bound": 0.0,
            "confidence": 0.95,
            "threshold_rows": 284,
            "bound_rows": 285,
            "tpr_low": 0.0,
            "fpr_high": 0.03,
        },
        "roc": _roc(power),
        "over_threshold": over or [],
    }


def _report(decision: str = "pass") -> dict[str, Any]:
    blocked = decision == "block"
    return {
        "format": "custos.leakage_report/v1",
        "job": {"id": "job-0001", "name": "wdbc-lr", "vendor": "acme", "dataset": "wdbc"},
        "created_at": "2026-11-22T10:00:00+00:00",
        "decision": decision,
        "reasons": ["lira: AUC lower bound 0.65 exceeds 0.6"] if blocked else [],
        "claimed": {"epsilon": 1.0, "delta": 1e-5},
        "confidence": 0.95,
        "gate": {
            "on": "lower_bound",
            "max_auc": 0.6,
            "max_tpr_at_fpr_0_1_percent": 0.01,
            "max_tpr_at_fpr_1_percent": 0.05,
        },
        "population": {"members": 455, "non_members": 114, "min_resolvable_fpr": 0.00877},
        "attacks": [
            _attack("loss", 0.9),
            _attack("lira", 0.5, ["auc", "tpr_at_fpr_0.01"] if blocked else []),
            _attack("rmia", 0.6),
        ],
        "canary_audit": {
            "canaries": 1000,
            "guesses": 200,
            "correct": 120,
            "lower_bound": 0.12,
            "confidence": 0.95,
            "delta": 1e-5,
            "k_positive": 100,
            "k_negative": 100,
            "observer": "white-box: every noisy gradient sum",
            "passed": True,
        },
        "not_covered_by_dp": ["the choice of hyperparameters", "the feature schema"],
        "cost": {"audit_seconds": 3.2, "reference_models": 8, "training_seconds": 0.4},
    }


class _Tags(HTMLParser):
    """Collect every start tag and attribute name as a browser would parse them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += [name for name, _ in attrs]

    handle_startendtag = handle_starttag


def _parse(page: str) -> _Tags:
    parser = _Tags()
    parser.feed(page)
    parser.close()
    return parser


def _svgs(page: str) -> list[ET.Element]:
    blocks = re.findall(r"<svg\b.*?</svg>", page, flags=re.DOTALL)
    return [ET.fromstring(block) for block in blocks]


def _row(page: str, label: str, attack: str) -> str:
    """Return the table row for ``label`` inside the section of ``attack``."""
    section = page.split(f"<h3>Attack: {attack}</h3>", 1)[1].split("</section>", 1)[0]
    return next(r for r in section.split("<tr>") if f'scope="row">{label}</th>' in r)


# --------------------------------------------------------------------------- #


def test_rendering_is_deterministic() -> None:
    report = _report("block")
    first = render_html(report)
    assert render_html(copy.deepcopy(report)) == first
    assert render_html(report).encode() == first.encode()


def test_dictionary_key_order_does_not_change_the_bytes() -> None:
    report = _report()
    report["gate"]["max_advantage"] = 0.2
    report["cost"]["upload_bytes"] = 1234
    shuffled = copy.deepcopy(report)
    shuffled["gate"] = dict(reversed(list(report["gate"].items())))
    shuffled["cost"] = dict(reversed(list(report["cost"].items())))
    shuffled["job"] = dict(reversed(list(report["job"].items())))
    assert render_html(shuffled) == render_html(report)


def test_hostile_strings_are_escaped_everywhere() -> None:
    report = _report("block")
    report["job"] = {
        "id": HOSTILE_ATTR,
        "name": HOSTILE_SCRIPT,
        "vendor": HOSTILE_ATTR,
        "dataset": HOSTILE_SCRIPT,
    }
    report["created_at"] = HOSTILE_ATTR
    report["reasons"] = [HOSTILE_SCRIPT, HOSTILE_ATTR]
    report["attacks"][0]["name"] = HOSTILE_SCRIPT
    report["attacks"][1]["name"] = HOSTILE_ATTR
    report["attacks"][2]["description"] = HOSTILE_SCRIPT
    report["attacks"][2]["over_threshold"] = [HOSTILE_ATTR]
    report["canary_audit"]["observer"] = HOSTILE_ATTR
    report["not_covered_by_dp"] = [HOSTILE_SCRIPT]
    report["gate"][HOSTILE_SCRIPT] = 1.0
    report["gate"]["on"] = HOSTILE_ATTR
    report["cost"][HOSTILE_ATTR] = 2.0
    report["format"] = HOSTILE_SCRIPT

    page = render_html(report)

    lowered = page.lower()
    assert "<script" not in lowered
    assert "<img" not in lowered
    parsed = _parse(page)
    assert set(parsed.tags) <= ALLOWED_TAGS
    assert not [a for a in parsed.attrs if a.startswith("on")]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" in page
    # The SVG titles and legend carry attack names too, and must stay XML.
    titles = [t.text or "" for svg in _svgs(page) for t in svg.iter(f"{SVG}title")]
    assert any(HOSTILE_SCRIPT in t for t in titles)


def test_page_is_self_contained_behind_a_strict_csp() -> None:
    page = render_html(_report("block"))
    assert CONTENT_SECURITY_POLICY == "default-src 'none'; style-src 'unsafe-inline'"
    assert (
        '<meta http-equiv="Content-Security-Policy" '
        'content="default-src &#x27;none&#x27;; style-src &#x27;unsafe-inline&#x27;">'
    ) in page
    lowered = page.lower()
    assert "<script" not in lowered
    for needle in ("src=", "href=", "url(", "@import", "<link", "<img", "<iframe", "<object"):
        assert needle not in lowered, needle
    # The only URL is the SVG namespace, which is an identifier, never fetched.
    assert re.findall(r"https?://[^\s\"']+", page) == ["http://www.w3.org/2000/svg"] * 2
    assert "@media print" in page


def test_svgs_parse_and_have_one_polyline_per_curve() -> None:
    report = _report()
    svgs = _svgs(render_html(report))
    assert len(svgs) == 2
    for svg in svgs:
        assert svg.find(f"{SVG}title") is not None
        polylines = svg.findall(f".//{SVG}polyline")
        assert len(polylines) == 3
        labels = [p.findtext(f"{SVG}title") for p in polylines]
        assert labels == ["loss (AUC 0.510)", "lira (AUC 0.510)", "rmia (AUC 0.510)"]
        assert all(len(p.get("points", "").split()) > 10 for p in polylines)
        legend = [t.text for t in svg.iter(f"{SVG}text")]
        assert "chance" in legend
        assert "loss (AUC 0.510)" in legend

    report["attacks"][1]["roc"] = None
    for svg in _svgs(render_html(report)):
        assert len(svg.findall(f".//{SVG}polyline")) == 2


def test_curves_get_distinct_colour_and_dash_combinations() -> None:
    curves = [(f"attack {i}", [0.0, 0.5, 1.0], [0.0, 0.7, 1.0]) for i in range(12)]
    svg = ET.fromstring(roc_svg(curves, log_fpr=False))
    polylines = svg.findall(f".//{SVG}polyline")
    assert len(polylines) == 12
    styles = {(p.get("stroke"), p.get("stroke-dasharray")) for p in polylines}
    assert len(styles) == 12
    assert len({p.get("stroke") for p in polylines[:6]}) == 6


def _points(polyline: ET.Element) -> list[tuple[float, float]]:
    pairs = (p.split(",") for p in polyline.get("points", "").split())
    return [(float(x), float(y)) for x, y in pairs]


def test_log_plot_clamps_zeros_to_the_lower_bound() -> None:
    curves = [
        ("zeros", [0.0, 0.0, 0.0, 0.5, 1.0], [0.0, 0.3, 0.9, 1.0, 1.0]),
        ("junk", [float("nan"), 0.0, float("inf"), 1e-9, 1.0], [0.1, 0.0, 0.5, 0.0, 1.0]),
    ]
    width, height = 420, 360
    text = roc_svg(curves, log_fpr=True, width=width, height=height)
    assert "nan" not in text.lower()
    assert "inf" not in text.lower()

    svg = ET.fromstring(text)
    chance = next(
        line for line in svg.iter(f"{SVG}line") if line.findtext(f"{SVG}title") == "chance"
    )
    corner = (float(chance.get("x1", "nan")), float(chance.get("y1", "nan")))
    zeros, junk = svg.findall(f".//{SVG}polyline")
    zero_points = _points(zeros)
    # (0, 0) lands on the lower-left corner, where the chance diagonal starts.
    assert zero_points[0] == corner
    # fpr 0 with tpr > 0 stays on the left edge.
    assert {x for x, _ in zero_points[:3]} == {corner[0]}
    # The non-finite points are dropped; (0, 0) and (1e-9, 0) clamp to one point.
    assert _points(junk) == [corner, _points(junk)[-1]]
    for x, y in zero_points + _points(junk):
        assert 0 <= x <= width
        assert 0 <= y <= height


def test_linear_and_log_plots_differ_only_in_scale() -> None:
    curves = [("a", [0.0, 0.001, 0.01, 1.0], [0.0, 0.1, 0.3, 1.0])]
    linear = ET.fromstring(roc_svg(curves, log_fpr=False))
    log = ET.fromstring(roc_svg(curves, log_fpr=True))
    lin_points = _points(linear.findall(f".//{SVG}polyline")[0])
    log_points = _points(log.findall(f".//{SVG}polyline")[0])
    # On linear axes FPR 0.001 and 0.01 are a pixel or two from the left edge;
    # on log axes they are a quarter and a half of the way across.
    assert lin_points[2][0] - lin_points[0][0] < 5
    assert log_points[2][0] - log_points[0][0] > 100
    assert "(log scale)" in ET.tostring(log, encoding="unicode")


def test_tiny_plot_is_refused() -> None:
    with pytest.raises(ValueError, match="at least"):
        roc_svg([], log_fpr=False, width=100, height=100)


def test_missing_canary_audit_reads_not_run() -> None:
    report = _report()
    report["canary_audit"] = None
    assert "Canary audit not run." in render_html(report)
    del report["canary_audit"]
    assert "Canary audit not run." in render_html(report)


@pytest.mark.parametrize("key", sorted(_report()))
def test_each_top_level_field_may_be_none(key: str) -> None:
    report = _report("block")
    report[key] = None
    page = render_html(report)
    assert page.endswith("</html>\n")
    assert len(_svgs(page)) == 2


def test_none_fields_render_as_dashes() -> None:
    report = _report()
    report["job"]["vendor"] = None
    report["claimed"] = {"epsilon": None, "delta": None}
    attack = report["attacks"][0]
    attack["auc"] = None
    attack["advantage"] = {"estimate": None, "low": None, "high": None}
    attack["tpr_at_fpr"] = [None, {"target_fpr": None, "tpr": None, "resolved": False}]
    attack["empirical_epsilon"] = None
    attack["roc"] = {"fpr": [None, 0.5], "tpr": [None]}
    report["population"] = {}
    report["cost"] = {"audit_seconds": None}

    page = render_html(report)

    assert "<dt>Vendor</dt><dd>\u2014</dd>" in page
    assert "<dt>Accounted \u03b5 (claimed)</dt><dd>\u2014</dd>" in page
    auc_row = _row(page, "AUC", "loss")
    assert auc_row.count('<td class="num">\u2014</td>') == 2  # estimate and interval
    assert "unresolved: fewer than the needed number of non-members" in page
    assert "None" not in page


def test_empty_report_renders() -> None:
    page = render_html({})
    assert "UNKNOWN" in page
    assert "Canary audit not run." in page
    assert "Unrecognised report format" in page
    assert "The report contains no attacks." in page


def test_blocked_report_marks_over_threshold_cells() -> None:
    page = render_html(_report("block"))
    assert '<span class="badge block">\u2717 BLOCKED</span>' in page
    assert "PASS</span>" not in page.split("<h2>", 1)[0]
    assert "lira: AUC lower bound 0.65 exceeds 0.6" in page

    auc = _row(page, "AUC", "lira")
    assert auc.count('class="num over"') == 2
    assert "over the gate" in auc
    tpr_1 = _row(page, "TPR at FPR 1%", "lira")
    assert 'class="num over"' in tpr_1
    tpr_01 = _row(page, "TPR at FPR 0.1%", "lira")
    assert "over" not in tpr_01.replace("over the gate", "")
    assert 'class="num over"' not in _row(page, "AUC", "loss")
    assert "Metrics over the gate: auc, tpr_at_fpr_0.01" in page


def test_passing_report_shows_pass_and_marks_nothing() -> None:
    page = render_html(_report("pass"))
    assert '<span class="badge pass">\u2713 PASS</span>' in page
    assert "BLOCKED" not in page
    assert 'class="num over"' not in page
    assert "over the gate</span>" not in page
    assert "The audit found nothing over the gate." in page


def test_unresolved_tpr_carries_the_note() -> None:
    report = _report()
    page = render_html(report)
    row = _row(page, "TPR at FPR 0.1%", "loss")
    assert "unresolved: fewer than 1,000 non-members (this audit had 114)" in row
    assert "unresolved" not in _row(page, "TPR at FPR 1%", "loss")

    for attack in report["attacks"]:
        for point in attack["tpr_at_fpr"]:
            point["resolved"] = True
    assert "unresolved" not in render_html(report)


def test_numbers_are_formatted_for_reading() -> None:
    page = render_html(_report())
    auc = _row(page, "AUC", "loss")
    assert ">0.510<" in auc
    assert ">0.450 \u2013 0.570<" in auc
    assert ">0.600<" in auc  # the gate limit
    tpr = _row(page, "TPR at FPR 1%", "loss")
    assert ">2.00%<" in tpr
    assert ">1.00% \u2013 4.00%<" in tpr
    assert "achieved FPR 0.88%" in tpr
    assert ">0.000<" in _row(page, "Empirical \u03b5 (lower bound)", "loss")
    assert "<dd>1.000</dd>" in page  # accounted epsilon
    assert "<dd>1e-05</dd>" in page  # delta
    assert "<dd>0.88%</dd>" in page  # smallest resolvable FPR
    assert "<dd>120 (60.00%)</dd>" in page  # canary guesses correct
    assert "<dd>3.20 s</dd>" in page
    assert "95% interval" in page


def test_infinite_epsilon_is_shown_without_inf() -> None:
    report = _report()
    report["attacks"][0]["empirical_epsilon"]["lower_bound"] = float("inf")
    report["canary_audit"]["lower_bound"] = float("nan")
    page = render_html(report)
    assert ">\u221e<" in _row(page, "Empirical \u03b5 (lower bound)", "loss")
    assert not re.search(r"\b(nan|inf)\b", page, flags=re.IGNORECASE)


def test_interval_header_uses_the_attacks_own_level() -> None:
    report = _report()
    report["attacks"][1]["empirical_epsilon"]["confidence"] = 1 - 0.05 / 3
    page = render_html(report)
    lira = page.split("<h3>Attack: lira</h3>", 1)[1].split("</section>", 1)[0]
    assert "98.33% interval" in lira
    loss = page.split("<h3>Attack: loss</h3>", 1)[1].split("</section>", 1)[0]
    assert "95% interval" in loss
    assert "overall level is 95%" in page


def test_the_reports_notes_are_shown_and_escaped() -> None:
    page = render_html({"decision": "pass", "notes": ["TPR at 0.1% FPR is not gated <b>"]})
    assert "TPR at 0.1% FPR is not gated &lt;b&gt;" in page
