"""The hospital's institutional policy: rules above every DUA.

A DUA is negotiated per vendor; the institutional policy is what the
hospital will never sign away. It lives in ``policy.yaml`` in the node home.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from custos.core._canonical import content_hash
from custos.core._yaml import read_document, validate_model

DEFAULT_FORBIDDEN_PURPOSE_TERMS = (
    "service improvement",
    "improve our services",
    "improve the services",
    "product improvement",
    "product development",
    "any purpose",
    "any lawful purpose",
    "commercial purposes",
    "marketing",
)


class SandboxPolicy(BaseModel):
    """Resource limits of the job sandbox (per job)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    memory_mb: int = Field(default=6144, ge=512, le=1 << 20)
    cpu_seconds: int = Field(default=4 * 3600, ge=10, le=30 * 86400)
    wall_seconds: int = Field(default=3600, ge=5, le=30 * 86400)
    scratch_mb: int = Field(default=64, ge=1, le=1 << 16)
    file_mb: int = Field(default=64, ge=1, le=1 << 16)
    threads: int = Field(default=2, ge=1, le=256)


class InstitutionalPolicy(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    max_epsilon_per_job: float = Field(default=10.0, gt=0)
    max_delta: float = Field(default=1e-5, gt=0, lt=1)
    allowed_models: list[str] = Field(default_factory=lambda: ["logistic_regression", "mlp"])
    allow_automatic_approval: bool = False
    allow_isolation_none: bool = False
    sandbox: SandboxPolicy = SandboxPolicy()
    # Command that verifies hardware TEE evidence (SEV-SNP/TDX report file as
    # its last argument; exit 0 only when the chain and TCB verify). Without
    # it the node never claims a TEE.
    tee_verifier: list[str] = Field(default_factory=list, max_length=32)
    forbid_product_improvement: bool = True
    forbid_secondary_use: bool = True
    forbid_onward_transfer: bool = True
    max_breach_notification_hours: int = Field(default=72, ge=1)
    forbidden_purpose_terms: list[str] = Field(
        default_factory=lambda: list(DEFAULT_FORBIDDEN_PURPOSE_TERMS)
    )

    def to_json(self) -> dict[str, Any]:
        return self.model_dump(mode="json")

    @property
    def content_hash(self) -> str:
        return content_hash(self.to_json())


def load_policy(path: Path) -> InstitutionalPolicy:
    data = read_document(path, what="institutional policy")
    return validate_model(
        InstitutionalPolicy, data or {}, what="institutional policy", code="policy.invalid"
    )
