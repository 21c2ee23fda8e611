"""One synthesis run: split, generate, measure the risks, decide, report.

The hospital's rows are split first: the generator sees ``train`` only; the
``control`` rows stay behind as the disclosure gate's reference (Anonymeter's
control set, the membership attack's non-members) and as the real test set
of train-on-synthetic / test-on-real. The split is the hospital's and never
leaves.

Only a DP generator's table can be released. The Gaussian copula baseline is
always blocked (``synthetic.generator``) unless the caller passes
``allow_non_private=True``, which the node does only where a DUA says so.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import numpy as np

from custos.core._errors import InvalidInput

if TYPE_CHECKING:
    import pandas as pd

    from custos.synth._domain import SynthDomain
    from custos.synth._gate import DisclosureLimits
    from custos.synth._mst import MstPlan
    from custos.training._accounting import Mechanism

__all__ = [
    "Generated",
    "SynthesisOutcome",
    "assess",
    "generate",
    "prepare",
    "split_control",
    "synthesize",
]

Generator = Literal["mst", "gaussian_copula"]
REPORT_FORMAT = "custos.synthesis_report/v1"


def split_control(
    frame: pd.DataFrame, fraction: float, *, seed: int | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Shuffle and split into (train, control); ``control`` gets ``fraction`` of the rows."""
    if not 0.05 <= fraction <= 0.5:
        raise InvalidInput(
            "the control fraction must be between 0.05 and 0.5", code="synth.invalid_split"
        )
    n = len(frame)
    n_control = round(n * fraction)
    if n_control < 20 or n - n_control < 20:
        raise InvalidInput(
            "too few rows to hold out a control set (at least 20 on each side)",
            code="synth.too_few_rows",
        )
    order = np.random.default_rng(seed).permutation(n)
    control = frame.iloc[order[:n_control]].reset_index(drop=True)
    train = frame.iloc[order[n_control:]].reset_index(drop=True)
    return train, control


@dataclass
class SynthesisOutcome:
    """Everything one run produced. Only ``synthetic`` is data; the rest are reports."""

    generator: Generator
    synthetic: pd.DataFrame
    released: bool
    reasons: list[str]
    privacy: dict[str, Any]
    disclosure: dict[str, Any]
    decision: dict[str, Any]
    utility: dict[str, Any]
    generation: dict[str, Any]
    seconds: dict[str, float] = field(default_factory=dict)

    def report(self) -> dict[str, Any]:
        return {
            "format": REPORT_FORMAT,
            "generator": self.generator,
            "released": self.released,
            "reasons": self.reasons,
            "privacy": self.privacy,
            "generation": self.generation,
            "disclosure": self.disclosure,
            "decision": self.decision,
            "utility": self.utility,
        }

    def html(self) -> str:
        from custos.synth._report_html import render_synthetic_html

        return render_synthetic_html(
            self.disclosure, self.decision, self.utility, title="Synthetic data release"
        )

    def write(self, folder: Path, *, table: bool = True) -> dict[str, str]:
        """Write the report (JSON, HTML) and, only if released (and ``table``), the table.

        Returns ``{file name: sha256}`` of what was written: the hashes a
        receipt pins.
        """
        folder.mkdir(parents=True, exist_ok=True)
        files: dict[str, bytes] = {
            "synthesis_report.json": (
                json.dumps(self.report(), indent=2, sort_keys=True, allow_nan=False) + "\n"
            ).encode(),
            "synthesis_report.html": self.html().encode(),
        }
        if self.released and table:
            files["synthetic.csv"] = self.synthetic.to_csv(index=False).encode()
        out: dict[str, str] = {}
        for name, blob in files.items():
            (folder / name).write_bytes(blob)
            out[name] = "sha256:" + hashlib.sha256(blob).hexdigest()
        return out


def prepare(frame: pd.DataFrame, domain: SynthDomain) -> pd.DataFrame:
    """The domain's columns, with categorical values as the declared categories.

    A CSV's ``1.0`` or ``"1"`` becomes the declared ``1``, so the gate and the
    utility report compare like with like (the synthetic table carries the
    declared values). Refuses missing columns and bad values (naming the
    column, never the value) before any budget is planned.
    """
    domain.check_columns(list(frame.columns))
    codes = domain.encode(frame)
    frame = frame[domain.names].copy()
    for name in domain.categorical:
        categories = np.array(domain.columns[name].categories, dtype=object)  # type: ignore[union-attr]
        frame[name] = categories[codes[name]]
    return frame


@dataclass
class Generated:
    """A generator's output: the table, and what the report says about the run."""

    synthetic: pd.DataFrame
    generation: dict[str, Any]
    privacy: dict[str, Any]


def generate(
    train: pd.DataFrame,
    domain: SynthDomain,
    generator: Generator,
    *,
    plan: MstPlan | None,
    seed: int | None = None,
) -> Generated:
    """Fit ``generator`` on ``train`` and draw the synthetic table.

    This is the step the node runs in the sandbox: it is the only one whose
    output is derived from the rows and leaves (the gate's measurements stay
    in the report). ``plan`` is required for MST.
    """
    from custos.synth._copula import gaussian_copula
    from custos.synth._mst import run_mst

    if generator == "mst":
        if plan is None:
            raise InvalidInput("MST needs a noise plan", code="synth.no_plan")
        result = run_mst(train, domain, plan, seed=seed)
        return Generated(
            result.synthetic, result.summary(), {"differentially_private": True, **plan.to_json()}
        )
    if generator == "gaussian_copula":
        table = gaussian_copula(train, domain, len(train), seed=seed)
        return Generated(
            table,
            {"synthetic_rows": len(table)},
            {
                "differentially_private": False,
                "generator": "gaussian_copula",
                "note": "non-private baseline: exact quantiles and correlations of real rows",
            },
        )
    raise InvalidInput(f"unknown generator {generator!r}", code="synth.invalid_generator")


def resolve_task(
    domain: SynthDomain,
    target: str | None,
    task: Literal["classification", "regression"] | None,
) -> Literal["classification", "regression"] | None:
    """The utility task: inferred from the target's kind unless given."""
    if target is not None and target not in domain.columns:
        raise InvalidInput(
            "the target column is not in the synthesis domain", code="synth.invalid_target"
        )
    if target is None and task is not None:
        raise InvalidInput("a task needs a target column", code="synth.invalid_target")
    if target is not None and task is None:
        return "classification" if target in domain.categorical else "regression"
    return task


def assess(
    train: pd.DataFrame,
    control: pd.DataFrame,
    generated: Generated,
    domain: SynthDomain,
    generator: Generator,
    *,
    target: str | None = None,
    task: Literal["classification", "regression"] | None = None,
    secrets: Sequence[str] | None = None,
    limits: DisclosureLimits | None = None,
    n_attacks: int = 500,
    allow_non_private: bool = False,
    gate_seed: int = 0,
    utility_seed: int = 0,
    seconds: dict[str, float] | None = None,
) -> SynthesisOutcome:
    """The disclosure gate and the utility report on a generated table; decide.

    Only a DP generator's table can be released, and only when every risk is
    within ``limits``; the baseline also needs ``allow_non_private``.
    """
    from custos.synth._gate import assess_disclosure, decide
    from custos.synth._utility import utility_report

    task = resolve_task(domain, target, task)
    seconds = dict(seconds or {})
    synthetic = generated.synthetic
    categorical = domain.categorical
    started = time.perf_counter()
    report = assess_disclosure(
        train,
        control,
        synthetic,
        categorical=categorical,
        target=target,
        secrets=secrets,
        n_attacks=n_attacks,
        confidence=(limits.confidence if limits is not None else 0.95),
        seed=gate_seed,
    )
    decision = decide(report, limits)
    seconds["gate"] = time.perf_counter() - started
    started = time.perf_counter()
    utility = utility_report(
        train,
        control,
        synthetic,
        categorical=categorical,
        target=target,
        task=task,
        seed=utility_seed,
    )
    seconds["utility"] = time.perf_counter() - started
    reasons = list(decision.reasons)
    released = decision.released
    if not generated.privacy.get("differentially_private") and not allow_non_private:
        released = False
        reasons.append(
            "synthetic.generator: the baseline is not differentially private and the "
            "agreement does not allow releasing it"
        )
    return SynthesisOutcome(
        generator=generator,
        synthetic=synthetic,
        released=released,
        reasons=reasons,
        privacy=generated.privacy,
        disclosure=report.to_dict(),
        decision=decision.to_dict(),
        utility=utility.to_dict(),
        generation=generated.generation,
        seconds=seconds,
    )


def synthesize(
    frame: pd.DataFrame,
    domain: SynthDomain,
    *,
    epsilon: float,
    delta: float,
    generator: Generator = "mst",
    target: str | None = None,
    task: Literal["classification", "regression"] | None = None,
    secrets: Sequence[str] | None = None,
    limits: DisclosureLimits | None = None,
    control_fraction: float = 0.2,
    n_attacks: int = 500,
    already_spent: list[Mechanism] | None = None,
    plan: MstPlan | None = None,
    allow_non_private: bool = False,
    seed: int | None = None,
) -> SynthesisOutcome:
    """Run one synthesis on the hospital's ``frame`` and gate its output.

    ``plan`` (from :func:`custos.synth.plan_mst`) fixes the noise when the
    node has already reserved its mechanisms in the ledger; otherwise the
    plan is computed here from ``epsilon`` and ``delta``.

    Raises
    ------
    InvalidInput
        A bad domain, table, split or budget.
    AccountingError
        The budget cannot be met (fail closed: nothing is generated).
    """
    from custos.synth._mst import plan_mst

    frame = prepare(frame, domain)
    task = resolve_task(domain, target, task)
    if generator not in ("mst", "gaussian_copula"):
        raise InvalidInput(f"unknown generator {generator!r}", code="synth.invalid_generator")
    rng = np.random.default_rng(seed)

    def child_seed() -> int | None:
        return None if seed is None else int(rng.integers(0, 2**31 - 1))

    train, control = split_control(frame, control_fraction, seed=child_seed())
    if generator == "mst" and plan is None:
        plan = plan_mst(len(domain.columns), epsilon, delta, already_spent=already_spent)
    started = time.perf_counter()
    generated = generate(train, domain, generator, plan=plan, seed=child_seed())
    generate_seconds = time.perf_counter() - started
    return assess(
        train,
        control,
        generated,
        domain,
        generator,
        target=target,
        task=task,
        secrets=secrets,
        limits=limits,
        n_attacks=n_attacks,
        allow_non_private=allow_non_private,
        gate_seed=child_seed() or 0,
        utility_seed=child_seed() or 0,
        seconds={"generate": generate_seconds},
    )
