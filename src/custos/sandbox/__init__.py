"""The job sandbox: bubblewrap namespaces, a seccomp filter, a typed pipe
protocol to the harness inside, and attestation of what ran.

Light to import (standard library and custos.core only): the node decides
about isolation without loading torch.
"""

from custos.sandbox._attest import (
    AttestationError,
    Attester,
    SoftwareAttester,
    TsmAttester,
    verify_evidence,
)
from custos.sandbox._bwrap import (
    Limits,
    SandboxUnavailable,
    SandboxViolation,
    probe,
    run_sandboxed,
)
from custos.sandbox._protocol import ProtocolViolation
from custos.sandbox._seccomp import SeccompUnsupported, build_filter

__all__ = [
    "AttestationError",
    "Attester",
    "Limits",
    "ProtocolViolation",
    "SandboxUnavailable",
    "SandboxViolation",
    "SeccompUnsupported",
    "SoftwareAttester",
    "TsmAttester",
    "build_filter",
    "probe",
    "run_sandboxed",
    "verify_evidence",
]
