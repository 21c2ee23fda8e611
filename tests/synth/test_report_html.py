"""The synthetic-data release page: deterministic, self-contained, escaped."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any

import numpy as np
import pandas as pd
import pytest

from custos.audit._html import CONTENT_SECURITY_POLICY
from custos.synth._gate import assess_disclosure, decide
from custos.synth._report_html import bar_svg, render_synthetic_html
from custos.synth._utility import utility_report

HOSTILE = "<script>alert(1)</script>"


@pytest.fixture(scope="module")
def rendered() -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """Reports of a small table whose column names are hostile markup."""
    rng = np.random.default_rng(0)

    def table(n: int) -> pd.DataFrame:
        x = rng.normal(size=(n, 3))
        return pd.DataFrame(
            {
                HOSTILE: x[:, 0],
                '"><img src=x onerror=alert(1)>': x[:, 1],
                "age": x[:, 2] + x[:, 0],
                "label": np.where(x[:, 0] + rng.normal(size=n) > 0, "yes", "no"),
            }
        )

    train, control = table(80), table(80)
    synthetic = train.copy()  # blocked: the page must show reasons
    report = assess_disclosure(
        train,
        control,
        synthetic,
        categorical=["label"],
        secrets=["label", HOSTILE],
        n_attacks=30,
        multivariate=False,
    )
    utility = utility_report(
        train, control, synthetic, categorical=["label"], target="label", task="classification"
    )
    return report.to_dict(), decide(report).to_dict(), utility.to_dict()


def test_the_page_is_byte_identical_across_renders(
    rendered: tuple[dict[str, Any], dict[str, Any], dict[str, Any]],
) -> None:
    first = render_synthetic_html(*rendered, title=HOSTILE)
    second = render_synthetic_html(*rendered, title=HOSTILE)
    assert first.encode() == second.encode()


def test_hostile_column_names_are_escaped_everywhere(
    rendered: tuple[dict[str, Any], dict[str, Any], dict[str, Any]],
) -> None:
    page = render_synthetic_html(*rendered, title=HOSTILE)
    assert "<script" not in page.lower()
    assert "<img" not in page.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert f'content="{CONTENT_SECURITY_POLICY}"' in page.replace("&#x27;", "'")
    assert "http://" not in page.replace("http://www.w3.org/2000/svg", "")


def test_the_decision_reasons_and_charts_are_shown(
    rendered: tuple[dict[str, Any], dict[str, Any], dict[str, Any]],
) -> None:
    disclosure, decision, utility = rendered
    assert decision["decision"] == "block"
    page = render_synthetic_html(disclosure, decision, utility)
    assert "BLOCKED" in page
    assert "synthetic.max_linkability_risk" in page
    assert "sanity check only" in page
    assert "Trained on synthetic (TSTR)" in page
    svgs = re.findall(r"<svg .*?</svg>", page, flags=re.S)
    assert len(svgs) == 3  # risks, per-column TVD, TSTR vs TRTR
    for svg in svgs:
        ET.fromstring(svg)  # well-formed XML
    # One limit mark per gated row of the risk chart.
    assert svgs[0].count('stroke-dasharray="3 2"') == len(decision["compared"])


def test_missing_fields_render_as_dashes_not_errors() -> None:
    page = render_synthetic_html({}, {})
    assert "UNKNOWN" in page
    assert "\u2014" in page
    assert page.endswith("</html>\n")


def test_bar_svg_flags_a_bar_over_its_limit_and_survives_nan() -> None:
    svg = bar_svg(
        [
            ("over", 0.9, 0.8, 1.0, 0.5),
            ("under", 0.1, None, None, 0.5),
            ("nan", None, None, None, 0.5),
        ],
        title="t",
    )
    ET.fromstring(svg)
    assert svg.count('fill="#D55E00"') == 1
    assert "not available" in svg
