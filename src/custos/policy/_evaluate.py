"""Evaluate a JobSpec against its DUA, the dataset's card and the
institutional policy.

The result is a :class:`Decision` that lists *every* check with the clause it
rests on, passed or failed, so a custodian reads the whole picture and a
vendor learns every problem in one round. Clause names are dotted paths into
the DUA (``privacy.max_epsilon_per_job``), the data card
(``card.excluded_columns``), the institutional policy
(``policy.allowed_models``) or the envelope (``signature``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from custos.data._card import DataCard, DataCategory
from custos.jobs._spec import AnySpec, JobSpec, SynthesisSpec, split_sizes
from custos.policy._dua import DUA, IsolationKind
from custos.policy._institutional import InstitutionalPolicy

# Floating-point slack when comparing sums of epsilons against a bound.
_EPS_TOL = 1e-9


class Outcome(StrEnum):
    REJECTED = "rejected"
    PENDING_APPROVAL = "pending_approval"
    APPROVED = "approved"


@dataclass(frozen=True)
class Reason:
    clause: str
    code: str
    passed: bool
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "clause": self.clause,
            "code": self.code,
            "passed": self.passed,
            "message": self.message,
        }


@dataclass(frozen=True)
class Decision:
    outcome: Outcome
    reasons: tuple[Reason, ...]

    @property
    def failures(self) -> tuple[Reason, ...]:
        return tuple(r for r in self.reasons if not r.passed)

    @property
    def failed_clauses(self) -> set[str]:
        return {r.clause for r in self.failures}

    def to_dict(self) -> dict[str, Any]:
        return {"outcome": self.outcome.value, "reasons": [r.to_dict() for r in self.reasons]}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Decision:
        return cls(
            Outcome(d["outcome"]),
            tuple(
                Reason(r["clause"], r["code"], bool(r["passed"]), r["message"])
                for r in d["reasons"]
            ),
        )


@dataclass(frozen=True)
class DUARecord:
    dua: DUA
    version: int
    content_hash: str
    revoked: bool = False


@dataclass(frozen=True)
class DatasetFacts:
    name: str
    card: DataCard
    rows: int
    columns: tuple[str, ...]
    active: bool = True


class _Checks:
    def __init__(self) -> None:
        self.reasons: list[Reason] = []

    def check(self, ok: bool, clause: str, code: str, passed: str, failed: str) -> bool:
        self.reasons.append(Reason(clause, code, ok, passed if ok else failed))
        return ok


def _fmt(x: float) -> str:
    return f"{x:g}"


def evaluate(
    *,
    spec: AnySpec,
    signature_valid: bool,
    dua: DUARecord | None,
    dataset: DatasetFacts | None,
    policy: InstitutionalPolicy,
    epsilon_spent: float,
    today: date,
    available_isolation: frozenset[IsolationKind],
    leakage_audit_available: bool = False,
    synthesis_available: bool = False,
) -> Decision:
    """Decide on a job. Pure: no I/O, no clock; the caller supplies facts."""
    c = _Checks()

    # -- the agreement itself --------------------------------------------
    if dua is None:
        c.check(False, "dua", "dua.unknown", "", f"no DUA '{spec.dua}' is registered on this node")
    else:
        d = dua.dua
        c.check(
            spec.vendor == d.parties.vendor.id,
            "parties.vendor.id",
            "vendor.mismatch",
            f"vendor '{spec.vendor}' is the DUA's vendor",
            f"vendor '{spec.vendor}' is not the DUA's vendor",
        )
        c.check(
            signature_valid,
            "parties.vendor.public_key",
            "signature.invalid",
            "signed by the vendor key named in the DUA",
            "not signed by the vendor key named in the DUA",
        )
        c.check(not dua.revoked, "status", "dua.revoked", "DUA is in force", "DUA has been revoked")
        c.check(
            today >= d.validity.not_before,
            "validity.not_before",
            "dua.not_yet_valid",
            f"DUA valid since {d.validity.not_before}",
            f"DUA is not valid before {d.validity.not_before}",
        )
        c.check(
            today <= d.validity.not_after,
            "validity.not_after",
            "dua.expired",
            f"DUA valid until {d.validity.not_after}",
            f"DUA expired on {d.validity.not_after}",
        )
        c.check(
            spec.dataset in d.datasets,
            "datasets",
            "dataset.not_covered",
            f"dataset '{spec.dataset}' is covered by the DUA",
            f"dataset '{spec.dataset}' is not covered by the DUA",
        )
        c.check(
            spec.purpose == d.purpose,
            "purpose",
            "purpose.mismatch",
            "job purpose is the DUA purpose",
            "job purpose differs from the DUA purpose",
        )
        lowered = d.purpose.lower()
        vague = [t for t in policy.forbidden_purpose_terms if t.lower() in lowered]
        c.check(
            not vague,
            "policy.forbidden_purpose_terms",
            "purpose.too_broad",
            "DUA purpose is narrow",
            f"DUA purpose uses terms the institution forbids: {vague}",
        )
        extra = sorted(set(spec.outputs) - set(d.permitted_outputs))
        c.check(
            not extra,
            "permitted_outputs",
            "outputs.not_permitted",
            "requested outputs are permitted",
            f"outputs not permitted by the DUA: {[o.value for o in extra]}",
        )
        for term, forbidden in (
            ("product_improvement", policy.forbid_product_improvement),
            ("secondary_use", policy.forbid_secondary_use),
            ("onward_transfer", policy.forbid_onward_transfer),
        ):
            allowed = bool(getattr(d.use_terms, term))
            c.check(
                not (allowed and forbidden),
                f"use_terms.{term}",
                "use_terms.red_line",
                f"{term.replace('_', ' ')} is not granted",
                f"DUA grants {term.replace('_', ' ')}, which institutional policy forbids",
            )
        c.check(
            d.breach_notification.notify_within_hours <= policy.max_breach_notification_hours,
            "breach_notification.notify_within_hours",
            "breach.too_slow",
            f"breach notice within {d.breach_notification.notify_within_hours} h",
            f"breach notice within {d.breach_notification.notify_within_hours} h exceeds "
            f"the institution's {policy.max_breach_notification_hours} h",
        )

        # -- privacy bounds ------------------------------------------------
        p = d.privacy
        eps = spec.privacy.epsilon
        c.check(
            eps <= p.max_epsilon_per_job + _EPS_TOL,
            "privacy.max_epsilon_per_job",
            "epsilon.over_job_limit",
            f"epsilon {_fmt(eps)} within the per-job limit {_fmt(p.max_epsilon_per_job)}",
            f"epsilon {_fmt(eps)} exceeds the per-job limit {_fmt(p.max_epsilon_per_job)}",
        )
        remaining = p.lifetime_epsilon_per_dataset - epsilon_spent
        c.check(
            eps <= remaining + _EPS_TOL,
            "privacy.lifetime_epsilon_per_dataset",
            "epsilon.over_budget",
            f"epsilon {_fmt(eps)} fits the remaining budget {_fmt(remaining)}",
            f"epsilon {_fmt(eps)} exceeds the remaining budget {_fmt(max(remaining, 0.0))}",
        )
        c.check(
            spec.privacy.delta <= p.delta,
            "privacy.delta",
            "delta.over_limit",
            f"delta {_fmt(spec.privacy.delta)} within the DUA's {_fmt(p.delta)}",
            f"delta {_fmt(spec.privacy.delta)} exceeds the DUA's {_fmt(p.delta)}",
        )
        if dataset is not None:
            c.check(
                dataset.rows >= p.min_cohort_size,
                "privacy.min_cohort_size",
                "cohort.too_small",
                f"cohort of {dataset.rows} meets the minimum {p.min_cohort_size}",
                f"cohort of {dataset.rows} is below the minimum {p.min_cohort_size}",
            )

        # -- custom model code -----------------------------------------------
        custom = isinstance(spec, JobSpec) and spec.model.arch == "custom"
        if custom:
            c.check(
                d.models.custom_code,
                "models.custom_code",
                "model.custom_code_not_allowed",
                "the DUA allows custom model code (approved by its hash, sandboxed)",
                "the DUA does not allow custom model code",
            )

        # -- isolation -----------------------------------------------------
        # Custom code never runs in the node's own process.
        usable = {
            k
            for k in d.isolation.accepted
            if k in available_isolation
            and (k is not IsolationKind.NONE or (policy.allow_isolation_none and not custom))
        }
        c.check(
            bool(usable),
            "isolation.accepted",
            "isolation.unavailable",
            f"node can provide accepted isolation: {sorted(k.value for k in usable)}",
            "node cannot provide any isolation the DUA accepts "
            f"(accepted: {[k.value for k in d.isolation.accepted]}, "
            f"available: {sorted(k.value for k in available_isolation)})",
        )

        if isinstance(spec, SynthesisSpec):
            _check_synthesis_terms(c, spec, d, dataset, synthesis_available)
        else:
            # -- leakage audit -----------------------------------------------
            c.check(
                leakage_audit_available or not d.leakage_audit.required,
                "leakage_audit.required",
                "leakage_audit.unavailable",
                "leakage audit can run before release"
                if leakage_audit_available
                else "DUA does not require a leakage audit",
                "DUA requires a leakage audit before release, which this node cannot run yet",
            )
            if dataset is not None and d.leakage_audit.required:
                # The audit attacks the model with the rows held out at the
                # hospital as non-members; too few and it cannot measure
                # anything, so the run would be refused before training. Say so
                # now, at submission and approval: a federation site approved
                # here and refused at run time would take a share out of
                # SecAgg+ mid-setup.
                _, held_out = split_sizes(dataset.rows, spec.training.validation_fraction)
                floor = d.leakage_audit.min_non_members
                c.check(
                    held_out >= floor,
                    "leakage_audit.min_non_members",
                    "leakage.too_few_non_members",
                    f"{held_out} held-out rows meet the audit's minimum of {floor} non-members",
                    f"the job would hold out {held_out} rows; the DUA's leakage audit needs "
                    f"at least {floor}",
                )
    # -- node-wide rules ---------------------------------------------------
    c.check(
        spec.privacy.epsilon <= policy.max_epsilon_per_job + _EPS_TOL,
        "policy.max_epsilon_per_job",
        "epsilon.over_policy",
        "epsilon within the institutional limit",
        f"epsilon {_fmt(spec.privacy.epsilon)} exceeds the institutional limit "
        f"{_fmt(policy.max_epsilon_per_job)}",
    )
    c.check(
        spec.privacy.delta <= policy.max_delta,
        "policy.max_delta",
        "delta.over_policy",
        "delta within the institutional limit",
        f"delta {_fmt(spec.privacy.delta)} exceeds the institutional limit "
        f"{_fmt(policy.max_delta)}",
    )
    if isinstance(spec, JobSpec):
        c.check(
            spec.model.arch in policy.allowed_models,
            "policy.allowed_models",
            "model.not_allowed",
            f"model '{spec.model.arch}' is in the catalog",
            f"model '{spec.model.arch}' is not allowed on this node",
        )

    # -- the dataset -------------------------------------------------------
    if dataset is None:
        c.check(
            False, "datasets", "dataset.unknown", "", f"dataset '{spec.dataset}' is not registered"
        )
    else:
        c.check(
            dataset.active,
            "card.status",
            "dataset.withdrawn",
            "dataset is active",
            "dataset has been withdrawn",
        )
        if dua is not None:
            c.check(
                dua.dua.purpose in dataset.card.allowed_purposes,
                "card.allowed_purposes",
                "purpose.not_allowed_by_card",
                "DUA purpose is one the data card allows",
                "DUA purpose is not among the data card's allowed purposes",
            )
        if isinstance(spec, SynthesisSpec):
            _check_synthesis_columns(c, spec, dataset)
        else:
            target = spec.task.target
            present = target in dataset.columns
            c.check(
                present,
                "task.target",
                "target.missing",
                f"target column '{target}' exists",
                f"target column '{target}' is not in the dataset",
            )
            if present:
                col = dataset.card.columns.get(target)
                excluded = target in dataset.card.excluded_columns
                c.check(
                    not excluded,
                    "card.excluded_columns",
                    "target.excluded",
                    f"target column '{target}' is usable",
                    f"target column '{target}' is excluded from every job",
                )
                c.check(
                    col is not None
                    and col.category
                    not in (DataCategory.DIRECT_IDENTIFIER, DataCategory.FREE_TEXT),
                    "card.columns",
                    "target.unsuitable",
                    f"target column '{target}' is structured clinical data",
                    f"target column '{target}' is an identifier or free text",
                )
        # delta must be well below 1/n or DP says little (one record may leak in full).
        n = max(dataset.rows, 1)
        c.check(
            spec.privacy.delta < 1.0 / n,
            "privacy.delta",
            "delta.too_large_for_cohort",
            f"delta {_fmt(spec.privacy.delta)} is below 1/n = {_fmt(1.0 / n)}",
            f"delta {_fmt(spec.privacy.delta)} is not below 1/n = {_fmt(1.0 / n)}",
        )

    if c.reasons and not all(r.passed for r in c.reasons):
        return Decision(Outcome.REJECTED, tuple(c.reasons))

    # -- approval route ----------------------------------------------------
    assert dua is not None  # every path without a DUA failed above
    a = dua.dua.approval
    outcome = Outcome.PENDING_APPROVAL
    if a.mode == "automatic":
        why_not = []
        if not policy.allow_automatic_approval:
            why_not.append("institutional policy requires a human")
        if a.auto_max_epsilon is None or spec.privacy.epsilon > a.auto_max_epsilon + _EPS_TOL:
            why_not.append("epsilon above the automatic bound")
        if spec.model_hash not in a.allowed_code_hashes:
            why_not.append("model hash not allow-listed")
        if why_not:
            c.reasons.append(
                Reason(
                    "approval.mode", "approval.human", True, "needs a human: " + "; ".join(why_not)
                )
            )
        else:
            outcome = Outcome.APPROVED
            c.reasons.append(
                Reason(
                    "approval.mode",
                    "approval.automatic",
                    True,
                    "approved automatically within DUA bounds",
                )
            )
    else:
        c.reasons.append(
            Reason("approval.mode", "approval.human", True, "DUA requires human approval")
        )
    return Decision(outcome, tuple(c.reasons))


def _check_synthesis_terms(
    c: _Checks,
    spec: SynthesisSpec,
    d: DUA,
    dataset: DatasetFacts | None,
    synthesis_available: bool,
) -> None:
    """The DUA's ``synthesis`` clauses for a synthesis job."""
    terms = d.synthesis
    generator = spec.synthesis.generator
    c.check(
        generator in terms.generators,
        "synthesis.generators",
        "synthesis.generator_not_allowed",
        f"generator '{generator}' is one the DUA allows",
        f"the DUA does not allow the generator '{generator}'",
    )
    if generator != "mst":
        # A non-private table could never leave: refuse before reading a row.
        c.check(
            terms.allow_non_private,
            "synthesis.allow_non_private",
            "synthesis.non_private",
            f"the DUA allows releasing the non-private '{generator}' baseline",
            f"'{generator}' is not differentially private and the DUA does not allow releasing it",
        )
    c.check(
        synthesis_available,
        "synthesis.disclosure",
        "synthesis.unavailable",
        "the disclosure gate can run before release",
        "this node cannot run the synthetic-data disclosure gate (install custos[synth])",
    )
    if dataset is not None:
        n_control = round(dataset.rows * spec.synthesis.control_fraction)
        c.check(
            n_control >= terms.min_control_rows,
            "synthesis.min_control_rows",
            "synthesis.too_few_control_rows",
            f"{n_control} held-out rows for the disclosure gate (minimum {terms.min_control_rows})",
            f"the disclosure gate needs at least {terms.min_control_rows} held-out rows; "
            f"this job would hold out {n_control}",
        )


def _check_synthesis_columns(c: _Checks, spec: SynthesisSpec, dataset: DatasetFacts) -> None:
    """Every column of the synthetic table exists, is usable and is structured."""
    names = list(spec.synthesis.domain.columns)
    missing = [n for n in names if n not in dataset.columns]
    c.check(
        not missing,
        "synthesis.domain",
        "synthesis.column_missing",
        "every declared column exists",
        f"declared columns not in the dataset: {missing[:10]}",
    )
    excluded = [n for n in names if n in dataset.card.excluded_columns]
    c.check(
        not excluded,
        "card.excluded_columns",
        "synthesis.column_excluded",
        "no declared column is excluded",
        f"declared columns excluded from every job: {excluded[:10]}",
    )
    unsuitable = [
        n
        for n in names
        if n in dataset.columns
        and n not in excluded
        and (
            (col := dataset.card.columns.get(n)) is None
            or col.category in (DataCategory.DIRECT_IDENTIFIER, DataCategory.FREE_TEXT)
        )
    ]
    c.check(
        not unsuitable,
        "card.columns",
        "synthesis.column_unsuitable",
        "every declared column is structured data",
        f"declared columns that are identifiers, free text or not on the card: {unsuitable[:10]}",
    )
