"""The JobSpec: what a vendor asks the node to do.

A JobSpec is a *request*. It names a declarative model from the catalog (or,
where the DUA allows it, carries the source of a module that builds a
``torch.nn.Module``: approved by its hash, run only in the sandbox) and
training parameters; it never carries code that loads data, optimises or
exports (the node's harness owns those). Vendors sign it with their key; the
node verifies the signature against the key in the DUA.

A :class:`SynthesisSpec` (``kind: synthesis``) asks instead for a synthetic
version of the dataset from a differentially private generator (#10); both
travel in the same envelope and share the job lifecycle.
"""

from __future__ import annotations

import base64
import binascii
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

from custos.core._canonical import canonical_json, content_hash, loads
from custos.core._errors import SignatureError
from custos.core._ids import Identifier
from custos.core._keys import SigningKey, dsse_sign
from custos.core._yaml import validate_model
from custos.synth._domain import SynthDomain

JOBSPEC_PAYLOAD_TYPE = "application/vnd.custos.jobspec+json"
API_VERSION = "custos/v1"


class Output(StrEnum):
    """What may leave the node.

    Real records are deliberately not representable. ``synthetic_data`` is a
    table drawn from a differentially private generator, released only with
    its disclosure and utility report, after the disclosure gate passed it.
    """

    WEIGHTS = "weights"
    AGGREGATE_METRICS = "aggregate_metrics"
    PRIVACY_REPORT = "privacy_report"
    SYNTHETIC_DATA = "synthetic_data"


class TaskKind(StrEnum):
    BINARY_CLASSIFICATION = "binary_classification"


class Task(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: TaskKind
    target: Annotated[str, StringConstraints(min_length=1, max_length=128)]
    # For binary classification: the label value counted as the positive class.
    positive_label: str | int | None = None


class LogisticRegression(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    arch: Literal["logistic_regression"]


class MLP(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    arch: Literal["mlp"]
    hidden: list[Annotated[int, Field(ge=1, le=4096)]] = Field(min_length=1, max_length=6)
    activation: Literal["relu", "tanh", "gelu"] = "relu"
    dropout: float = Field(default=0.0, ge=0.0, lt=1.0)


MAX_CUSTOM_SOURCE = 256 << 10


class CustomModel(BaseModel):
    """Vendor Python: a module whose ``entry(n_features)`` returns an ``nn.Module``
    mapping a (batch, n_features) float tensor to one logit per row.

    Only where the DUA allows custom code (``models.custom_code``) and the
    institution lists ``custom`` in ``allowed_models``; the custodian approves
    the exact source (the job's model hash); it runs only inside the sandbox,
    never in the node's process; the harness still owns the data, the DP
    optimiser, the weights and the export.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    arch: Literal["custom"]
    source: Annotated[str, StringConstraints(min_length=1, max_length=MAX_CUSTOM_SOURCE)]
    entry: Annotated[str, StringConstraints(pattern=r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")] = (
        "build_model"
    )

    @field_validator("source")
    @classmethod
    def _compiles(cls, v: str) -> str:
        # compile() parses without running anything.
        try:
            compile(v, "<custom model>", "exec", dont_inherit=True)
        except (SyntaxError, ValueError) as exc:
            line = getattr(exc, "lineno", None)
            raise ValueError(
                f"the model source is not valid Python (line {line})"
                if line
                else "the model source is not valid Python"
            ) from None
        return v


ModelSpec = Annotated[LogisticRegression | MLP | CustomModel, Field(discriminator="arch")]


class Training(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    epochs: int = Field(ge=1, le=1000)
    batch_size: int = Field(ge=1, le=65536, description="expected batch size (Poisson sampling)")
    learning_rate: float = Field(gt=0, le=1000)
    max_grad_norm: float = Field(gt=0, le=100)
    optimizer: Literal["sgd", "adam"] = "sgd"
    momentum: float = Field(default=0.0, ge=0.0, lt=1.0, description="SGD momentum")
    # Average the weights over this final fraction of the steps (post-processing
    # of DP iterates, so free of privacy cost); 0 releases the last iterate.
    average_last: float = Field(default=0.0, ge=0.0, le=1.0)
    validation_fraction: float = Field(default=0.2, ge=0.05, le=0.5)
    seed: int | None = Field(default=None, ge=0, le=2**31 - 1)


def split_sizes(n: int, fraction: float) -> tuple[int, int]:
    """Rows trained on and rows held out at the hospital for ``n`` registered rows.

    Public arithmetic on the registered row count, so the policy can check at
    submission and approval what the run will hold out, before any row is read.
    """
    n_val = max(1, round(n * fraction))
    return n - n_val, n_val


class PrivacyRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    epsilon: float = Field(gt=0, le=100)
    delta: float = Field(gt=0, lt=1)


class FederationRef(BaseModel):
    """Marks a site's share of a federation job (``custos.fed``).

    Set only on the spec a site derives from a signed federation job: the
    vendor signed the federation job (its ``hash``), not this spec.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    job: Annotated[str, StringConstraints(min_length=1, max_length=100)]
    hash: Annotated[str, StringConstraints(pattern=r"^sha256:[0-9a-f]{64}$")]
    site: Identifier
    rounds: int = Field(ge=1, le=1000)
    sites: int = Field(ge=2, le=1000)


class _SignedRequest(BaseModel):
    """What every signed request is: canonical JSON (what the vendor signs) and its hash."""

    def canonical(self) -> bytes:
        return canonical_json(self.to_json())

    def to_json(self) -> dict[str, Any]:
        return self.model_dump(mode="json", exclude_none=True)

    @property
    def spec_hash(self) -> str:
        return content_hash(self.to_json())


class JobSpec(_SignedRequest):
    """A vendor's signed training request (YAML or JSON, unknown fields rejected)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    api_version: Literal["custos/v1"] = "custos/v1"
    name: Annotated[str, StringConstraints(min_length=1, max_length=128)]
    vendor: Identifier
    dua: Identifier
    dataset: Identifier
    purpose: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]
    task: Task
    model: ModelSpec
    training: Training
    privacy: PrivacyRequest
    outputs: list[Output] = Field(min_length=1)
    # Free for the vendor to vary so that an identical request can be sent again.
    nonce: Annotated[str, StringConstraints(max_length=64)] | None = None
    # Only on a site's share of a federation job (never in a vendor's JobSpec).
    federation: FederationRef | None = None

    @field_validator("outputs")
    @classmethod
    def _outputs(cls, v: list[Output]) -> list[Output]:
        if Output.SYNTHETIC_DATA in v:
            raise ValueError("synthetic_data comes from a synthesis job (kind: synthesis)")
        return v

    @property
    def model_hash(self) -> str:
        """Hash of the model definition: what an allow-list in a DUA names."""
        return content_hash(self.model.model_dump(mode="json"))

    def summary(self) -> str:
        """One line for listings: what the job builds."""
        return f"train {self.model.arch}"


SYNTHESIS_OUTPUTS = frozenset({Output.SYNTHETIC_DATA, Output.PRIVACY_REPORT})


class SynthesisRequest(BaseModel):
    """What to synthesise, on the dataset's public domain.

    ``domain`` declares every column of the synthetic table from public
    knowledge (numeric range and bin count, or the list of categories); it
    never comes from the data (:mod:`custos.synth._domain`). ``target`` is
    the column a downstream model would predict (the utility report's
    train-on-synthetic / test-on-real) and, with ``secrets``, what the
    attribute-inference attack tries to guess.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    generator: Literal["mst", "gaussian_copula"] = "mst"
    domain: SynthDomain
    target: Annotated[str, StringConstraints(min_length=1, max_length=128)] | None = None
    secrets: list[Annotated[str, StringConstraints(min_length=1, max_length=128)]] | None = Field(
        default=None, min_length=1, max_length=20
    )
    control_fraction: float = Field(default=0.2, ge=0.05, le=0.5)
    # No seed: every random draw (the split, MST's noise and choices, the
    # sampler) comes from the node's own entropy. A seed the vendor knows
    # would let it subtract the noise.

    @model_validator(mode="after")
    def _columns_declared(self) -> SynthesisRequest:
        named = [self.target] if self.target is not None else []
        missing = [c for c in [*named, *(self.secrets or [])] if c not in self.domain.columns]
        if missing:
            raise ValueError(f"target and secrets must be declared in the domain: {missing}")
        return self


class SynthesisSpec(_SignedRequest):
    """A vendor's signed request for a synthetic version of a dataset (#10).

    Same envelope, lifecycle, DUA checks and budget ledger as a training job;
    ``kind: synthesis`` tells them apart. The node generates the table with a
    differentially private generator in the sandbox, runs the disclosure gate
    on it and releases it only if the gate and the DUA allow.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    api_version: Literal["custos/v1"] = "custos/v1"
    kind: Literal["synthesis"]
    name: Annotated[str, StringConstraints(min_length=1, max_length=128)]
    vendor: Identifier
    dua: Identifier
    dataset: Identifier
    purpose: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]
    synthesis: SynthesisRequest
    privacy: PrivacyRequest
    outputs: list[Output] = Field(min_length=1)
    nonce: Annotated[str, StringConstraints(max_length=64)] | None = None

    @field_validator("outputs")
    @classmethod
    def _outputs(cls, v: list[Output]) -> list[Output]:
        if Output.SYNTHETIC_DATA not in v:
            raise ValueError("a synthesis job must ask for synthetic_data")
        extra = sorted(o.value for o in set(v) - SYNTHESIS_OUTPUTS)
        if extra:
            raise ValueError(f"a synthesis job cannot produce {extra}")
        return v

    @property
    def federation(self) -> None:
        """Synthesis is never a federation share."""
        return None

    @property
    def model_hash(self) -> str:
        """Hash of the generator and its declared domain: what approval pins."""
        return content_hash(
            {
                "generator": self.synthesis.generator,
                "domain": self.synthesis.domain.to_json(),
            }
        )

    def summary(self) -> str:
        return f"synthesise with {self.synthesis.generator}"


AnySpec = JobSpec | SynthesisSpec


def sign_spec(spec: AnySpec, key: SigningKey) -> dict[str, Any]:
    """Vendor side: wrap the canonical spec in a DSSE envelope signed by ``key``."""
    return dsse_sign(JOBSPEC_PAYLOAD_TYPE, spec.canonical(), key)


def parse_spec(data: Any) -> AnySpec:
    """Validate untrusted spec data, listing every violation.

    ``kind: synthesis`` makes it a :class:`SynthesisSpec`; without ``kind``
    it is a training :class:`JobSpec` (whose signed form has no ``kind``).
    """
    if isinstance(data, dict) and data.get("kind") == "synthesis":
        return validate_model(SynthesisSpec, data, what="synthesis spec", code="jobspec.invalid")
    return validate_model(JobSpec, data, what="job spec", code="jobspec.invalid")


def load_spec(data: Any) -> AnySpec:
    """Re-read a spec the node stored (already validated on submission)."""
    if isinstance(data, dict) and data.get("kind") == "synthesis":
        return SynthesisSpec.model_validate(data)
    return JobSpec.model_validate(data)


def unverified_payload(envelope: Any) -> AnySpec:
    """Read the spec inside an envelope *without* trusting it (to find its DUA).

    Raises
    ------
    SignatureError, InvalidInput
    """
    if not isinstance(envelope, dict) or envelope.get("payloadType") != JOBSPEC_PAYLOAD_TYPE:
        raise SignatureError("not a signed custos job spec", code="dsse.payload_type")
    try:
        payload = base64.b64decode(str(envelope.get("payload", "")), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise SignatureError("signature envelope is malformed", code="dsse.malformed") from exc
    return parse_spec(loads(payload))
