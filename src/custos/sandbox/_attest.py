"""Attestation: evidence of what ran, bound to the job and to its receipt.

An :class:`Attester` turns a *measurement* of a job run (hashes of the
harness code, the model definition, the JobSpec, the DUA, the dataset
fingerprint, the sandbox configuration and the software versions) into
evidence. The evidence travels in the receipt's predicate and
``custos receipt verify`` checks it offline (:func:`verify_evidence`).

Back-ends:

``software``
    The node measures what it ran and signs the measurement with its own key
    (a DSSE envelope). It shows *which* configuration the node says it ran;
    it cannot show that the node's operator was kept out: ``tee`` is
    ``none`` and says so.

``sev-snp`` / ``tdx`` (Linux configfs-tsm, ``/sys/kernel/config/tsm/report``)
    The SHA-512 of the measurement goes into the report's 64-byte
    ``report_data``, binding the hardware report to this job. A raw report
    proves nothing by itself: its signature chain (AMD VCEK → ASK → ARK;
    Intel PCK → DCAP root) is checked by a verifier the operator installs and
    names in the institutional policy (``tee_verifier``: a command such as
    virtee's ``snpguest`` or Intel's DCAP quote verification wrapped to read
    the evidence file and exit 0 only when the chain and TCB verify). No
    Python library on PyPI verifies either chain completely, hence the
    command. Until a verifier accepts the evidence the node claims no TEE,
    and a DUA that accepts only a TEE kind is refused.

``nvidia-cc``
    Recognised in DUAs so an agreement can require it; this node has no
    back-end for it yet (NVIDIA's ``nv-attestation-sdk`` would verify GPU
    evidence), so it is never available and never claimed.
"""

from __future__ import annotations

import base64
import hashlib
import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

import custos
from custos.core._canonical import canonical_json, content_hash
from custos.core._errors import CustosError, SignatureError
from custos.core._keys import PublicKey, SigningKey, dsse_sign, dsse_verify

ATTESTATION_PAYLOAD_TYPE = "application/vnd.custos.attestation+json"
MEASUREMENT_FORMAT = "custos.measurement/v1"
TSM_REPORT_DIR = Path("/sys/kernel/config/tsm/report")
# Where report_data sits in the raw evidence (byte offset; 64 bytes long):
# the SEV-SNP ATTESTATION_REPORT structure (AMD SEV-SNP firmware ABI) and a
# TDX v4 quote (48-byte header, then the TD report body, in which REPORTDATA
# follows TEE_TCB_SVN, MRSEAM, ..., RTMR3).
REPORT_DATA_OFFSET = {"sev-snp": 0x50, "tdx": 48 + 520}
TSM_PROVIDER = {"sev-snp": "sev_guest", "tdx": "tdx_guest"}
HARDWARE_KINDS = ("sev-snp", "tdx", "nvidia-cc")
# Fields of the measurement a verifier cross-checks against the receipt.
BOUND_FIELDS = ("spec_hash", "model_hash", "dua_hash", "dataset_fingerprint", "isolation")


class AttestationError(CustosError):
    """Evidence could not be produced; nothing is claimed."""

    code = "attestation.failed"
    exit_code = 70


def measurement_hash(measurement: dict[str, Any]) -> str:
    return content_hash(measurement)


def report_data(measurement: dict[str, Any]) -> bytes:
    """The 64 bytes a hardware report carries to bind it to ``measurement``."""
    return hashlib.sha512(canonical_json(measurement)).digest()


@lru_cache(maxsize=1)
def harness_hash() -> str:
    """SHA-256 over every Python source file of the installed custos package."""
    root = Path(custos.__file__).parent
    h = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        h.update(rel.encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return "sha256:" + h.hexdigest()


class Attester(Protocol):
    kind: str

    def available(self) -> tuple[bool, str]:
        """(True, detail) if this back-end can produce *verified* evidence here."""
        ...

    def attest(self, measurement: dict[str, Any], key: SigningKey) -> dict[str, Any]:
        """Evidence for ``measurement`` (it goes into the receipt's predicate)."""
        ...


def _signed(
    kind: str, tee: str, measurement: dict[str, Any], key: SigningKey, **extra: Any
) -> dict[str, Any]:
    body = {"kind": kind, "tee": tee, "measurement": measurement, **extra}
    return {
        **body,
        "measurement_hash": measurement_hash(measurement),
        "envelope": dsse_sign(ATTESTATION_PAYLOAD_TYPE, canonical_json(body), key),
    }


class SoftwareAttester:
    """Measure, sign with the node key, claim no TEE."""

    kind = "software"

    def available(self) -> tuple[bool, str]:
        return True, "node-signed measurement; no hardware TEE"

    def attest(self, measurement: dict[str, Any], key: SigningKey) -> dict[str, Any]:
        return _signed(self.kind, "none", measurement, key)


class TsmAttester:
    """SEV-SNP or TDX evidence through configfs-tsm, checked by an external verifier."""

    def __init__(
        self,
        kind: str,
        verifier: Sequence[str] | None,
        *,
        tsm_dir: Path = TSM_REPORT_DIR,
        timeout: float = 60.0,
    ) -> None:
        if kind not in TSM_PROVIDER:
            raise ValueError(kind)
        self.kind = kind
        self.verifier = list(verifier or [])
        self.tsm_dir = tsm_dir
        self.timeout = timeout

    def available(self) -> tuple[bool, str]:
        if not self.tsm_dir.is_dir():
            return False, f"no configfs-tsm report interface ({self.kind} guest support absent)"
        if not self.verifier:
            return False, f"no {self.kind} evidence verifier is configured (policy tee_verifier)"
        if shutil.which(self.verifier[0]) is None and not Path(self.verifier[0]).is_file():
            return False, f"the {self.kind} verifier command is not installed"
        return True, f"{self.kind} via configfs-tsm, verified by {Path(self.verifier[0]).name}"

    def report(self, data: bytes) -> tuple[bytes, bytes, str]:
        """Ask the kernel for a report over ``data``: (outblob, auxblob, provider)."""
        entry = self.tsm_dir / f"custos-{uuid.uuid4().hex}"
        entry.mkdir()
        try:
            provider = (entry / "provider").read_text().strip()
            (entry / "inblob").write_bytes(data)
            out = (entry / "outblob").read_bytes()
            aux_path = entry / "auxblob"
            aux = aux_path.read_bytes() if aux_path.exists() else b""
        finally:
            os.rmdir(entry)
        return out, aux, provider

    def attest(self, measurement: dict[str, Any], key: SigningKey) -> dict[str, Any]:
        ok, why = self.available()
        if not ok:
            raise AttestationError(why, code="attestation.unavailable")
        data = report_data(measurement)
        try:
            out, aux, provider = self.report(data)
        except OSError as exc:
            raise AttestationError(
                f"the {self.kind} report could not be produced ({type(exc).__name__})",
                code="attestation.report_failed",
            ) from exc
        if provider != TSM_PROVIDER[self.kind]:
            raise AttestationError(
                f"configfs-tsm provider is '{provider}', not {self.kind}",
                code="attestation.wrong_provider",
            )
        off = REPORT_DATA_OFFSET[self.kind]
        if out[off : off + 64] != data:
            raise AttestationError(
                "the hardware report does not carry this job's measurement",
                code="attestation.unbound",
            )
        verdict = self._verify(out, aux)
        return _signed(
            self.kind,
            self.kind,
            measurement,
            key,
            report=base64.b64encode(out).decode(),
            auxblob=base64.b64encode(aux).decode(),
            verifier={"command": Path(self.verifier[0]).name, "verdict": verdict},
        )

    def _verify(self, out: bytes, aux: bytes) -> str:
        with tempfile.TemporaryDirectory(prefix="custos-tee-") as tmp:
            report = Path(tmp) / "report.bin"
            report.write_bytes(out)
            (Path(tmp) / "auxblob.bin").write_bytes(aux)
            try:
                done = subprocess.run(
                    [*self.verifier, str(report)],
                    capture_output=True,
                    timeout=self.timeout,
                    check=False,
                )
            except (OSError, subprocess.SubprocessError) as exc:
                raise AttestationError(
                    f"the {self.kind} verifier could not run ({type(exc).__name__})",
                    code="attestation.verifier_failed",
                ) from exc
        if done.returncode != 0:
            raise AttestationError(
                f"the {self.kind} verifier rejected the evidence (exit {done.returncode})",
                code="attestation.rejected",
            )
        return "verified"


def verify_evidence(evidence: Any, public_key: PublicKey, predicate: dict[str, Any]) -> list[str]:
    """Check attestation evidence offline against the receipt's predicate.

    Returns every problem found (empty: it verifies). Checks the node's
    signature over the evidence, the measurement hash, that the measurement
    names the same job, model, DUA, dataset and isolation as the receipt,
    that software evidence claims no TEE, and for hardware evidence that the
    report carries the measurement in its report_data.
    """
    if not isinstance(evidence, dict):
        return ["attestation: missing"]
    problems: list[str] = []
    body = {k: evidence.get(k) for k in evidence if k not in ("measurement_hash", "envelope")}
    try:
        payload = dsse_verify(
            evidence.get("envelope"), public_key, payload_type=ATTESTATION_PAYLOAD_TYPE
        )
    except SignatureError:
        return ["attestation: the node's signature over the evidence does not verify"]
    if payload != canonical_json(body):
        problems.append("attestation: the evidence differs from what the node signed")
    measurement = evidence.get("measurement")
    if not isinstance(measurement, dict):
        return [*problems, "attestation: no measurement"]
    if evidence.get("measurement_hash") != measurement_hash(measurement):
        problems.append("attestation: measurement hash does not match the measurement")
    job = predicate.get("job", {})
    expected = {
        "spec_hash": job.get("spec_hash"),
        "model_hash": job.get("model_hash"),
        "dua_hash": predicate.get("dua", {}).get("hash"),
        "dataset_fingerprint": predicate.get("dataset", {}).get("fingerprint"),
        "isolation": predicate.get("isolation", {}).get("kind"),
    }
    for name in BOUND_FIELDS:
        if measurement.get(name) != expected[name]:
            problems.append(f"attestation: measurement '{name}' differs from the receipt")
    kind = evidence.get("kind")
    if kind == "software":
        if evidence.get("tee") != "none":
            problems.append("attestation: software evidence claims a TEE")
    elif kind in REPORT_DATA_OFFSET:
        try:
            report = base64.b64decode(str(evidence.get("report", "")), validate=True)
        except ValueError:
            report = b""
        off = REPORT_DATA_OFFSET[str(kind)]
        if report[off : off + 64] != report_data(measurement):
            problems.append("attestation: the hardware report is not bound to this measurement")
        verifier = evidence.get("verifier")
        if not isinstance(verifier, dict) or verifier.get("verdict") != "verified":
            problems.append("attestation: no verifier accepted the hardware evidence")
    else:
        problems.append(f"attestation: unknown kind {kind!r}")
    return problems
