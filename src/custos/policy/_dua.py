"""The data-use agreement (DUA) as a typed document.

One document, three faces: the node enforces it, it renders to the contract
annex, and a vendor's contract text is checked against it. Unknown fields are
rejected so a typo can never silently drop a term. Every clause has a dotted
path (``privacy.max_epsilon_per_job``) that decisions cite.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

from custos.core._canonical import content_hash
from custos.core._errors import InvalidInput
from custos.core._ids import Identifier
from custos.core._keys import PublicKey
from custos.core._yaml import read_document, validate_model
from custos.jobs._spec import Output
from custos.policy._gateway import GatewayTerms
from custos.synth._limits import DisclosureLimits

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]
HashRef = Annotated[str, StringConstraints(pattern=r"^sha256:[0-9a-f]{64}$")]


class IsolationKind(StrEnum):
    """Where a job may run. ``none`` is for development only and is stated in receipts."""

    BUBBLEWRAP = "bubblewrap"
    SEV_SNP = "sev-snp"
    TDX = "tdx"
    NVIDIA_CC = "nvidia-cc"
    NONE = "none"


class _Doc(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Party(_Doc):
    name: Text
    contact: Text | None = None


class VendorParty(_Doc):
    id: Identifier
    name: Text
    contact: Text | None = None
    public_key: Text

    @field_validator("public_key")
    @classmethod
    def _key(cls, v: str) -> str:
        try:
            return PublicKey.from_text(v).to_text()
        except InvalidInput as exc:
            raise ValueError(exc.message) from exc

    @property
    def key(self) -> PublicKey:
        return PublicKey.from_text(self.public_key)


class Parties(_Doc):
    hospital: Party
    vendor: VendorParty


class UseTerms(_Doc):
    """Non-training and secondary-use terms for what the vendor receives."""

    secondary_use: bool = False
    product_improvement: bool = False
    onward_transfer: bool = False
    combine_with_other_data: bool = False
    reidentification: Literal[False] = False


class PrivacyTerms(_Doc):
    max_epsilon_per_job: float = Field(gt=0, le=100)
    lifetime_epsilon_per_dataset: float = Field(gt=0, le=1000)
    delta: float = Field(gt=0, le=1e-3)
    min_cohort_size: int = Field(ge=1)

    @model_validator(mode="after")
    def _coherent(self) -> PrivacyTerms:
        if self.lifetime_epsilon_per_dataset < self.max_epsilon_per_job:
            raise ValueError("lifetime_epsilon_per_dataset is below max_epsilon_per_job")
        return self


class ApprovalTerms(_Doc):
    mode: Literal["human", "automatic"] = "human"
    # Automatic approval only within these bounds and for these model hashes.
    auto_max_epsilon: float | None = Field(default=None, gt=0)
    allowed_code_hashes: list[HashRef] = Field(default_factory=list)

    @model_validator(mode="after")
    def _bounds(self) -> ApprovalTerms:
        if self.mode == "automatic" and (
            self.auto_max_epsilon is None or not self.allowed_code_hashes
        ):
            raise ValueError("automatic approval needs auto_max_epsilon and allowed_code_hashes")
        return self


class ModelTerms(_Doc):
    # Vendor Python that builds the network (JobSpec model arch "custom"). Off
    # by default: with it, the DP guarantee also rests on reviewing that code.
    custom_code: bool = False


class IsolationTerms(_Doc):
    accepted: list[IsolationKind] = Field(min_length=1)


class LeakageAuditTerms(_Doc):
    """The membership-inference gate before release (``custos.audit``)."""

    required: bool = True
    # Limits on the strongest attack; over any of them, the release is blocked.
    max_auc: float = Field(default=0.6, ge=0.5, le=1.0)
    max_tpr_at_fpr_0_1_percent: float = Field(default=0.01, ge=0.0, le=1.0)
    max_tpr_at_fpr_1_percent: float = Field(default=0.05, ge=0.0, le=1.0)
    # "lower_bound": over a limit means the confidence interval's lower end is
    # (evidence of leakage); "estimate": the point estimate is (stricter; on a
    # small cohort it blocks DP models by chance).
    gate_on: Literal["lower_bound", "estimate"] = "lower_bound"
    confidence: float = Field(default=0.95, ge=0.5, le=0.999)
    # Reference models for LiRA/RMIA, trained by the node with the job's recipe
    # (each costs about one training run). Even, at least 4: every row is in
    # half of them, and LiRA needs two of each to estimate a spread.
    reference_models: int = Field(default=8, ge=4, le=64)
    # The one-run canary audit of the recipe (one more training run).
    canary_audit: bool = True
    canaries: int = Field(default=1000, ge=100, le=100_000)
    # Fewer held-out rows than this and the audit cannot measure anything:
    # the job is refused before it trains.
    min_non_members: int = Field(default=50, ge=10, le=1_000_000)

    @model_validator(mode="after")
    def _even(self) -> LeakageAuditTerms:
        if self.reference_models % 2:
            raise ValueError("reference_models must be even (each row is in half of them)")
        return self


GeneratorName = Literal["mst", "gaussian_copula"]
_DP_GENERATORS: tuple[GeneratorName, ...] = ("mst",)


class SynthesisTerms(_Doc):
    """Synthetic data (``synthetic_data`` output, #10): which generators, and the
    disclosure gate's limits (:class:`custos.synth.DisclosureLimits`)."""

    # "mst" is differentially private. "gaussian_copula" is the non-private
    # baseline: a job may ask for it only if listed, and its table leaves only
    # with allow_non_private (then the receipt says it carries no DP guarantee).
    generators: list[GeneratorName] = Field(
        default_factory=lambda: list(_DP_GENERATORS), min_length=1
    )
    allow_non_private: bool = False
    disclosure: DisclosureLimits = DisclosureLimits()
    # Anonymeter attacks per risk (clamped to the control rows available).
    n_attacks: int = Field(default=500, ge=20, le=100_000)
    # Held-out rows below this and the gate cannot measure: refused before
    # the data is read.
    min_control_rows: int = Field(default=50, ge=20, le=1_000_000)

    @model_validator(mode="after")
    def _baseline(self) -> SynthesisTerms:
        if self.allow_non_private and "gaussian_copula" not in self.generators:
            raise ValueError("allow_non_private needs gaussian_copula among the generators")
        return self


class RetentionTerms(_Doc):
    job_artifact_days: int = Field(ge=0, le=3650)
    blocked_bundle_days: int = Field(default=30, ge=0, le=3650)


class BreachTerms(_Doc):
    notify_within_hours: int = Field(ge=1, le=720)
    suspected_within_hours: int | None = Field(default=None, ge=1, le=720)
    contact: Text


class AuditRights(_Doc):
    independent_report: Literal["annual", "biennial", "none"] = "annual"
    report_scope: Text | None = None
    audit_after_incident: bool = True
    log_export_on_request: bool = True


class SlaTerms(_Doc):
    """Service levels the vendor commits to. The contract annex states them and
    ``custos contract compare`` holds the contract to them. For calls through
    the gateway (``gateway:``) they are also measured: availability, error
    rate and latency over a rolling window, a breach opening an incident."""

    uptime_percent: float = Field(ge=90, le=100)
    support_response_hours: int = Field(ge=1, le=720)
    escalation_contact: Text
    fallback: Text | None = None
    # Gateway calls (optional): latency limits, the error rate allowed, and
    # the window (and the fewest calls in it) they are judged over.
    latency_p50_ms: float | None = Field(default=None, gt=0, le=600_000)
    latency_p99_ms: float | None = Field(default=None, gt=0, le=600_000)
    max_error_percent: float | None = Field(default=None, ge=0, le=100)
    window_minutes: int = Field(default=60, ge=1, le=7 * 24 * 60)
    min_calls: int = Field(default=20, ge=1, le=1_000_000)


class Subprocessor(_Doc):
    name: Text
    purpose: Text
    location: Text


class Validity(_Doc):
    not_before: date
    not_after: date

    @model_validator(mode="after")
    def _ordered(self) -> Validity:
        if self.not_after < self.not_before:
            raise ValueError("not_after is before not_before")
        return self


class DUA(_Doc):
    """A data-use agreement. See ``examples/wdbc/dua.yaml``."""

    id: Identifier
    title: Text
    parties: Parties
    # Datasets and outputs of compute-to-data jobs; a DUA with a gateway
    # section only (vendor API calls) may leave both empty.
    datasets: list[Identifier] = Field(default_factory=list)
    purpose: Text
    permitted_outputs: list[Output] = Field(default_factory=list)
    use_terms: UseTerms = UseTerms()
    privacy: PrivacyTerms
    approval: ApprovalTerms = ApprovalTerms()
    models: ModelTerms = ModelTerms()
    isolation: IsolationTerms
    leakage_audit: LeakageAuditTerms = LeakageAuditTerms()
    synthesis: SynthesisTerms = SynthesisTerms()
    retention: RetentionTerms
    breach_notification: BreachTerms
    audit_rights: AuditRights = AuditRights()
    subprocessors: list[Subprocessor] = Field(default_factory=list)
    sla: SlaTerms | None = None
    gateway: GatewayTerms | None = None
    validity: Validity

    @model_validator(mode="after")
    def _coherent(self) -> DUA:
        problems: list[str] = []
        if self.gateway is None:
            if not self.datasets:
                problems.append("datasets: at least one (or a gateway section)")
            if not self.permitted_outputs:
                problems.append("permitted_outputs: at least one (or a gateway section)")
        else:
            problems += self.gateway.check([s.name for s in self.subprocessors])
        if problems:
            raise ValueError("; ".join(problems))
        return self

    def to_json(self) -> dict[str, Any]:
        return self.model_dump(mode="json")

    @property
    def content_hash(self) -> str:
        return content_hash(self.to_json())


def load_dua(path: Path) -> DUA:
    """Read a DUA from YAML.

    ``parties.vendor.public_key_file`` may stand in for ``public_key``; it is
    read relative to the DUA file and the stored DUA carries the key itself.

    Raises
    ------
    InvalidInput
        Listing every violation found.
    """
    data = read_document(path, what="DUA")
    if isinstance(data, dict):
        vendor = (
            (data.get("parties") or {}).get("vendor")
            if isinstance(data.get("parties"), dict)
            else None
        )
        if isinstance(vendor, dict) and "public_key_file" in vendor:
            if "public_key" in vendor:
                raise InvalidInput(
                    "DUA gives both public_key and public_key_file for the vendor",
                    code="dua.invalid",
                )
            ref = Path(str(vendor.pop("public_key_file")))
            key_path = ref if ref.is_absolute() else path.parent / ref
            vendor["public_key"] = PublicKey.load(key_path).to_text()
    return validate_model(DUA, data, what="DUA", code="dua.invalid")
