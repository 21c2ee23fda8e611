"""The disclosure gate's limits, on their own so that a DUA can carry them
without loading the gate (numpy, pandas, anonymeter)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["DisclosureLimits"]


class DisclosureLimits(BaseModel):
    """The disclosure gate's limits; over any of them, the table is not released.

    Clause names (``synthetic.max_linkability_risk``) are what decisions cite.

    Defaults, measured on scikit-learn's breast-cancer table (569 rows, 30
    numeric columns and the diagnosis) split into three disjoint thirds of
    189/190 rows: train, control, and a third used as "synthetic" (a perfect
    generator that leaks nothing), with ``n_attacks`` clamped to 189. Over 12
    random splits the independent third gave, as point estimates: singling
    out at most 0.09 (univariate and multivariate), linkability at most 0.08,
    inference on the diagnosis at most 0.28 (0 in 10 of 12), membership AUC
    0.47-0.55 (distance) and 0.46-0.57 (density ratio). A copy of train gave
    singling out 0.99, linkability 0.99, inference 0.81-0.82, AUC 1.00
    (distance) and 0.89-0.92 (density ratio); train plus Gaussian noise of 1%
    of each column's standard deviation gave the same except singling out 0.00
    (its predicates are exact thresholds, which noise defeats). The limits sit
    between the two with room on both sides. Inference's is the loosest
    because with a predictable secret (the control attack guesses the
    diagnosis right 95% of the time) the residual risk divides by the 5% left
    and moves by about 0.1 per guess; a copy still scores 0.8. The AUC limit
    is the leakage audit's (``LeakageAuditTerms.max_auc``); at 95 members and
    95 non-members its standard error is about 0.04, so a generator that leaks
    nothing exceeds 0.6 by chance in roughly 1% of gates per attack.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    max_singling_out_risk: float = Field(default=0.2, ge=0.0, le=1.0)
    max_linkability_risk: float = Field(default=0.2, ge=0.0, le=1.0)
    max_inference_risk: float = Field(default=0.5, ge=0.0, le=1.0)
    max_mia_auc: float = Field(default=0.6, ge=0.5, le=1.0)
    # "estimate": over a limit means the point estimate is. "upper_bound": the
    # upper end of the confidence interval is (stricter). The default is the
    # estimate: with a few hundred control rows the intervals are too wide for
    # the upper bound to pass anything. Measured on the breast-cancer split
    # above (190 control rows), the independent third, which leaks nothing,
    # has an inference upper bound of 0.78 on the diagnosis (the control
    # attack is right 96% of the time, so the residual risk divides by 0.04),
    # a linkability upper bound of 0.06 and membership AUC upper bounds of 0.54
    # to 0.65 for the density-ratio attack (95 members, 95 non-members); over
    # 12 splits the inference upper bound was 0.68-0.89. Gating on it would
    # block every generator, DP or not, on a cohort that size. A DUA for a
    # large cohort (thousands of control rows) can afford "upper_bound".
    gate_on: Literal["estimate", "upper_bound"] = "estimate"
    confidence: float = Field(default=0.95, ge=0.5, le=0.999)

    def to_dict(self) -> dict[str, Any]:
        """The limits as a JSON-able dict."""
        return self.model_dump()
