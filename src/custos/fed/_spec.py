"""The federation job: one signed request that several hospitals each approve.

A vendor signs one ``FedJobSpec`` naming the sites (each with the dataset and
the DUA it would run under), the model, the per-site training recipe, the
number of rounds and the per-site privacy request. Each site derives from it
the local :class:`~custos.jobs.JobSpec` it evaluates, approves and accounts
like any other job (:func:`site_spec`): the same DUA clauses, the same
budget ledger, the same receipts. The derived spec carries a
:class:`~custos.jobs.FederationRef` back to the federation job's hash, so
approving it approves exactly this federation and nothing else.

Privacy is record-level and per site: a site's epsilon covers every round it
takes part in (its plan calibrates DP-SGD over ``rounds * local_epochs``
epochs of its own rows). The vendor's recipe can ask; the site's DUA and
planner decide (clipping, noise and steps are the site's).
"""

from __future__ import annotations

import base64
import binascii
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from custos.core._canonical import canonical_json, content_hash, loads
from custos.core._errors import SignatureError
from custos.core._ids import Identifier
from custos.core._keys import SigningKey, dsse_sign
from custos.core._yaml import validate_model
from custos.jobs._spec import (
    MLP,
    FederationRef,
    JobSpec,
    LogisticRegression,
    Output,
    PrivacyRequest,
    Task,
    Training,
)

FEDJOB_PAYLOAD_TYPE = "application/vnd.custos.fedjob+json"
MAX_ROUNDS = 1000


class Site(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    site: Identifier
    dataset: Identifier
    dua: Identifier


class LocalTraining(BaseModel):
    """The per-site recipe of one round (the site may refuse it, never loosen DP)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    local_epochs: int = Field(ge=1, le=100)
    batch_size: int = Field(ge=1, le=65536)
    learning_rate: float = Field(gt=0, le=1000)
    max_grad_norm: float = Field(gt=0, le=100)
    optimizer: Literal["sgd", "adam"] = "sgd"
    momentum: float = Field(default=0.0, ge=0.0, lt=1.0)
    validation_fraction: float = Field(default=0.2, ge=0.05, le=0.5)


class SecureAggregation(BaseModel):
    """Flower's SecAgg+ settings (``SecAggPlusWorkflow``).

    ``num_shares``: how many sites each site's secret is shared with;
    ``reconstruction_threshold``: how many shares rebuild it (so up to
    ``num_shares - reconstruction_threshold`` of a site's neighbours may drop
    out); ``clipping_range``/``quantization_range``: updates are clipped to
    +-clipping_range and quantized to integers below quantization_range
    before masking (the rounding error is at most ``clipping_range /
    quantization_range`` per parameter).
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    num_shares: int = Field(default=3, ge=2, le=1000)
    reconstruction_threshold: int = Field(default=2, ge=2, le=1000)
    clipping_range: float = Field(default=8.0, gt=0, le=1e6)
    quantization_range: int = Field(default=1 << 22, ge=1 << 8, le=1 << 30)
    # Updates are weighted by row count / max_weight before masking (so the
    # weighted values stay within the clipping range).
    max_weight: float = Field(default=10_000.0, gt=0, le=1e9)

    @model_validator(mode="after")
    def _threshold(self) -> SecureAggregation:
        if self.reconstruction_threshold >= self.num_shares:
            raise ValueError("reconstruction_threshold must be below num_shares")
        return self


class FedJobSpec(BaseModel):
    """A vendor's signed federation request (YAML or JSON, unknown fields rejected)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    api_version: Literal["custos/v1"] = "custos/v1"
    kind: Literal["federation"] = "federation"
    name: Annotated[str, StringConstraints(min_length=1, max_length=100)]
    vendor: Identifier
    purpose: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]
    task: Task
    # Catalog models only: every site must be able to build and check them.
    model: Annotated[LogisticRegression | MLP, Field(discriminator="arch")]
    rounds: int = Field(ge=1, le=MAX_ROUNDS)
    training: LocalTraining
    privacy: PrivacyRequest
    sites: list[Site] = Field(min_length=2, max_length=1000)
    # The run stops cleanly when fewer sites than this remain.
    min_sites: int = Field(default=2, ge=2)
    # The released global model is the mean of the global models of this
    # fraction of the last rounds (iterate averaging). It is computed by the
    # coordinator from models it already holds, so it costs no privacy.
    # Unset (the default) releases the last round's model.
    average_last: float | None = Field(default=None, ge=0.0, le=1.0)
    secure_aggregation: SecureAggregation = SecureAggregation()
    outputs: list[Output] = Field(min_length=1)
    nonce: Annotated[str, StringConstraints(max_length=64)] | None = None

    @model_validator(mode="after")
    def _sites(self) -> FedJobSpec:
        names = [s.site for s in self.sites]
        if len(set(names)) != len(names):
            raise ValueError("each site may appear once")
        if self.min_sites > len(self.sites):
            raise ValueError("min_sites is larger than the number of sites")
        if self.secure_aggregation.num_shares > len(self.sites):
            raise ValueError("secure_aggregation.num_shares is larger than the number of sites")
        return self

    def to_json(self) -> dict[str, Any]:
        return self.model_dump(mode="json", exclude_none=True)

    def canonical(self) -> bytes:
        return canonical_json(self.to_json())

    @property
    def averaged_rounds(self) -> int:
        """How many of the last rounds' global models the released model averages
        (0: it is the last round's)."""
        return int(self.rounds * self.average_last) if self.average_last else 0

    @property
    def fed_hash(self) -> str:
        return content_hash(self.to_json())

    def site(self, name: str) -> Site:
        for s in self.sites:
            if s.site == name:
                return s
        raise KeyError(name)


def site_spec(fed: FedJobSpec, site: str) -> JobSpec:
    """The local job a site evaluates, approves and accounts for.

    ``training.epochs`` is the whole federation's (``rounds * local_epochs``):
    the site's planner calibrates its DP-SGD noise over every round at once.
    """
    s = fed.site(site)
    t = fed.training
    return JobSpec(
        name=f"{fed.name}@{s.site}"[:128],
        vendor=fed.vendor,
        dua=s.dua,
        dataset=s.dataset,
        purpose=fed.purpose,
        task=fed.task,
        model=fed.model,
        training=Training(
            epochs=fed.rounds * t.local_epochs,
            batch_size=t.batch_size,
            learning_rate=t.learning_rate,
            max_grad_norm=t.max_grad_norm,
            optimizer=t.optimizer,
            momentum=t.momentum,
            validation_fraction=t.validation_fraction,
        ),
        privacy=fed.privacy,
        outputs=fed.outputs,
        nonce=fed.nonce,
        federation=FederationRef(
            job=fed.name, hash=fed.fed_hash, site=s.site, rounds=fed.rounds, sites=len(fed.sites)
        ),
    )


def sign_fed(fed: FedJobSpec, key: SigningKey) -> dict[str, Any]:
    """Vendor side: wrap the canonical federation spec in a DSSE envelope."""
    return dsse_sign(FEDJOB_PAYLOAD_TYPE, fed.canonical(), key)


def parse_fed(data: Any) -> FedJobSpec:
    """Validate untrusted federation-spec data, listing every violation."""
    return validate_model(FedJobSpec, data, what="federation job", code="fedjob.invalid")


def unverified_fed(envelope: Any) -> FedJobSpec:
    """Read the federation spec inside an envelope *without* trusting it.

    Raises
    ------
    SignatureError, InvalidInput
    """
    if not isinstance(envelope, dict) or envelope.get("payloadType") != FEDJOB_PAYLOAD_TYPE:
        raise SignatureError("not a signed custos federation job", code="dsse.payload_type")
    try:
        payload = base64.b64decode(str(envelope.get("payload", "")), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise SignatureError("signature envelope is malformed", code="dsse.malformed") from exc
    return parse_fed(loads(payload))
