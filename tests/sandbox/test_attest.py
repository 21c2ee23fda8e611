"""Attestation evidence: software-signed and configfs-tsm (faked), checked offline."""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import re
import stat
from pathlib import Path
from typing import Any

import pytest

from custos.core import SigningKey, canonical_json
from custos.sandbox._attest import (
    BOUND_FIELDS,
    MEASUREMENT_FORMAT,
    REPORT_DATA_OFFSET,
    TSM_PROVIDER,
    AttestationError,
    SoftwareAttester,
    TsmAttester,
    _signed,
    harness_hash,
    measurement_hash,
    report_data,
    verify_evidence,
)

TSM_KINDS = sorted(TSM_PROVIDER)


def sha(text: str) -> str:
    return "sha256:" + hashlib.sha256(text.encode()).hexdigest()


def make_measurement(isolation: str = "bubblewrap") -> dict[str, Any]:
    return {
        "format": MEASUREMENT_FORMAT,
        "harness_sha256": harness_hash(),
        "spec_hash": sha("spec"),
        "model_hash": sha("model"),
        "dua_hash": sha("dua"),
        "dataset_fingerprint": sha("dataset"),
        "isolation": isolation,
        "sandbox": {"backend": "bubblewrap", "config_hash": sha("config")},
        "environment": {"python": "3.11", "custos": "0.1.0"},
    }


def predicate_for(m: dict[str, Any]) -> dict[str, Any]:
    """The parts of a receipt predicate the evidence is checked against."""
    return {
        "job": {"spec_hash": m["spec_hash"], "model_hash": m["model_hash"], "id": "job-1"},
        "dua": {"hash": m["dua_hash"], "id": "dua-1"},
        "dataset": {"fingerprint": m["dataset_fingerprint"], "name": "wdbc"},
        "isolation": {"kind": m["isolation"]},
    }


@pytest.fixture(scope="module")
def key() -> SigningKey:
    return SigningKey.generate()


@pytest.fixture
def measurement() -> dict[str, Any]:
    return make_measurement()


@pytest.fixture
def evidence(measurement: dict[str, Any], key: SigningKey) -> dict[str, Any]:
    return SoftwareAttester().attest(measurement, key)


# -- helpers of the measurement -------------------------------------------------------


def test_harness_hash_is_stable_and_covers_the_sources() -> None:
    first = harness_hash()
    assert re.fullmatch(r"sha256:[0-9a-f]{64}", first)
    harness_hash.cache_clear()
    assert harness_hash() == first


def test_report_data_is_the_sha512_of_the_canonical_measurement(
    measurement: dict[str, Any],
) -> None:
    data = report_data(measurement)
    assert len(data) == 64
    assert data == hashlib.sha512(canonical_json(measurement)).digest()
    reordered = dict(reversed(list(measurement.items())))
    assert report_data(reordered) == data
    assert report_data({**measurement, "spec_hash": sha("other")}) != data
    assert measurement_hash(reordered) == measurement_hash(measurement)


# -- software evidence ----------------------------------------------------------------


def test_software_evidence_verifies(
    evidence: dict[str, Any], measurement: dict[str, Any], key: SigningKey
) -> None:
    assert SoftwareAttester().available()[0] is True
    assert evidence["kind"] == "software"
    assert evidence["tee"] == "none"
    assert evidence["measurement"] == measurement
    assert evidence["measurement_hash"] == measurement_hash(measurement)
    assert verify_evidence(evidence, key.public_key, predicate_for(measurement)) == []


def test_software_evidence_survives_a_json_round_trip(
    evidence: dict[str, Any], measurement: dict[str, Any], key: SigningKey
) -> None:
    copied = json.loads(json.dumps(evidence))
    assert verify_evidence(copied, key.public_key, predicate_for(measurement)) == []


@pytest.mark.parametrize(
    ("path", "field"),
    [
        (("job", "spec_hash"), "spec_hash"),
        (("job", "model_hash"), "model_hash"),
        (("dua", "hash"), "dua_hash"),
        (("dataset", "fingerprint"), "dataset_fingerprint"),
        (("isolation", "kind"), "isolation"),
    ],
)
def test_a_predicate_naming_something_else_is_reported(
    evidence: dict[str, Any],
    measurement: dict[str, Any],
    key: SigningKey,
    path: tuple[str, str],
    field: str,
) -> None:
    predicate = predicate_for(measurement)
    predicate[path[0]][path[1]] = sha("something else")
    assert verify_evidence(evidence, key.public_key, predicate) == [
        f"attestation: measurement '{field}' differs from the receipt"
    ]


def test_a_predicate_without_its_sections_is_reported(
    evidence: dict[str, Any], key: SigningKey
) -> None:
    problems = verify_evidence(evidence, key.public_key, {})
    assert problems == [
        f"attestation: measurement '{name}' differs from the receipt" for name in BOUND_FIELDS
    ]


@pytest.mark.parametrize("field", ["spec_hash", "harness_sha256", "sandbox"])
def test_a_changed_measurement_is_reported(
    evidence: dict[str, Any], measurement: dict[str, Any], key: SigningKey, field: str
) -> None:
    tampered = copy.deepcopy(evidence)
    tampered["measurement"][field] = sha("tampered")
    problems = verify_evidence(tampered, key.public_key, predicate_for(measurement))
    assert "attestation: the evidence differs from what the node signed" in problems
    assert "attestation: measurement hash does not match the measurement" in problems
    bound = f"attestation: measurement '{field}' differs from the receipt"
    assert (bound in problems) is (field in BOUND_FIELDS)


def test_a_changed_measurement_with_a_recomputed_hash_is_still_caught(
    evidence: dict[str, Any], measurement: dict[str, Any], key: SigningKey
) -> None:
    tampered = copy.deepcopy(evidence)
    tampered["measurement"]["harness_sha256"] = sha("patched harness")
    tampered["measurement_hash"] = measurement_hash(tampered["measurement"])
    assert verify_evidence(tampered, key.public_key, predicate_for(measurement)) == [
        "attestation: the evidence differs from what the node signed"
    ]


def test_an_altered_measurement_hash_is_reported(
    evidence: dict[str, Any], measurement: dict[str, Any], key: SigningKey
) -> None:
    tampered = {**evidence, "measurement_hash": sha("anything")}
    assert verify_evidence(tampered, key.public_key, predicate_for(measurement)) == [
        "attestation: measurement hash does not match the measurement"
    ]


def test_evidence_signed_by_another_key_is_refused(
    measurement: dict[str, Any], key: SigningKey
) -> None:
    other = SoftwareAttester().attest(measurement, SigningKey.generate())
    assert verify_evidence(other, key.public_key, predicate_for(measurement)) == [
        "attestation: the node's signature over the evidence does not verify"
    ]


@pytest.mark.parametrize("envelope", [None, {}, "envelope", {"payloadType": "x"}])
def test_evidence_without_a_valid_envelope_is_refused(
    evidence: dict[str, Any], measurement: dict[str, Any], key: SigningKey, envelope: Any
) -> None:
    tampered = {**evidence, "envelope": envelope}
    assert verify_evidence(tampered, key.public_key, predicate_for(measurement)) == [
        "attestation: the node's signature over the evidence does not verify"
    ]


def test_software_evidence_that_claims_a_tee_is_refused(
    evidence: dict[str, Any], measurement: dict[str, Any], key: SigningKey
) -> None:
    tampered = {**evidence, "tee": "sev-snp"}
    problems = verify_evidence(tampered, key.public_key, predicate_for(measurement))
    assert problems
    assert "attestation: the evidence differs from what the node signed" in problems
    assert "attestation: software evidence claims a TEE" in problems


def test_software_evidence_signed_with_a_tee_claim_is_refused(
    measurement: dict[str, Any], key: SigningKey
) -> None:
    # Even correctly signed, software evidence may not claim a TEE.
    evidence = _signed("software", "tdx", measurement, key)
    assert verify_evidence(evidence, key.public_key, predicate_for(measurement)) == [
        "attestation: software evidence claims a TEE"
    ]


def test_an_unknown_kind_is_refused(measurement: dict[str, Any], key: SigningKey) -> None:
    evidence = _signed("nvidia-cc", "nvidia-cc", measurement, key)
    assert verify_evidence(evidence, key.public_key, predicate_for(measurement)) == [
        "attestation: unknown kind 'nvidia-cc'"
    ]


def test_a_relabelled_kind_is_refused(
    evidence: dict[str, Any], measurement: dict[str, Any], key: SigningKey
) -> None:
    problems = verify_evidence(
        {**evidence, "kind": "magic"}, key.public_key, predicate_for(measurement)
    )
    assert problems == [
        "attestation: the evidence differs from what the node signed",
        "attestation: unknown kind 'magic'",
    ]


@pytest.mark.parametrize("evidence", [None, "evidence", [], 42])
def test_missing_evidence_is_reported(evidence: Any, key: SigningKey) -> None:
    assert verify_evidence(evidence, key.public_key, predicate_for(make_measurement())) == [
        "attestation: missing"
    ]


def test_evidence_without_a_measurement_is_reported(key: SigningKey) -> None:
    evidence = _signed("software", "none", {"format": MEASUREMENT_FORMAT}, key)
    evidence["measurement"] = None
    problems = verify_evidence(evidence, key.public_key, predicate_for(make_measurement()))
    assert problems == [
        "attestation: the evidence differs from what the node signed",
        "attestation: no measurement",
    ]


# -- configfs-tsm (SEV-SNP, TDX) with a fake kernel and verifier -------------------------


class FakeTsm(TsmAttester):
    """A TsmAttester whose kernel report is made up by the test."""

    def __init__(
        self, *args: Any, provider: str | None = None, bind: bool = True, **kw: Any
    ) -> None:
        super().__init__(*args, **kw)
        self.provider = provider or TSM_PROVIDER[self.kind]
        self.bind = bind
        self.asked: list[bytes] = []

    def report(self, data: bytes) -> tuple[bytes, bytes, str]:
        self.asked.append(data)
        off = REPORT_DATA_OFFSET[self.kind]
        carried = data if self.bind else bytes(64)
        out = b"\xa5" * off + carried + b"\x5a" * 1120
        return out, b"certificates", self.provider


def write_verifier(tmp_path: Path, status: int) -> Path:
    """An executable that keeps a copy of the report it was given and exits ``status``."""
    script = tmp_path / f"verifier-{status}"
    seen = tmp_path / "seen.bin"
    script.write_text(f'#!/bin/sh\ncp "$1" {seen}\nexit {status}\n')
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script


@pytest.fixture
def tsm_dir(tmp_path: Path) -> Path:
    path = tmp_path / "tsm" / "report"
    path.mkdir(parents=True)
    return path


@pytest.fixture
def verifier(tmp_path: Path) -> Path:
    return write_verifier(tmp_path, 0)


def test_only_tsm_kinds_are_accepted(tsm_dir: Path) -> None:
    for kind in ("nvidia-cc", "software", "sev"):
        with pytest.raises(ValueError):
            TsmAttester(kind, ["true"], tsm_dir=tsm_dir)


@pytest.mark.parametrize("kind", TSM_KINDS)
def test_tsm_is_available_only_with_interface_and_verifier(
    kind: str, tsm_dir: Path, verifier: Path, tmp_path: Path
) -> None:
    ok, why = TsmAttester(kind, [str(verifier)], tsm_dir=tsm_dir).available()
    assert ok is True
    assert verifier.name in why
    ok, why = TsmAttester(kind, [str(verifier)], tsm_dir=tmp_path / "absent").available()
    assert ok is False
    assert "configfs-tsm" in why
    unconfigured: list[list[str] | None] = [None, []]
    for configured in unconfigured:
        ok, why = TsmAttester(kind, configured, tsm_dir=tsm_dir).available()
        assert ok is False
        assert f"no {kind} evidence verifier" in why
    missing = [str(tmp_path / "no-such-verifier"), "--flag"]
    ok, why = TsmAttester(kind, missing, tsm_dir=tsm_dir).available()
    assert ok is False
    assert "not installed" in why
    assert TsmAttester(kind, ["sh", "-c", "exit 0"], tsm_dir=tsm_dir).available()[0] is True


@pytest.mark.parametrize("kind", TSM_KINDS)
def test_tsm_evidence_is_bound_verified_and_checks_offline(
    kind: str,
    tsm_dir: Path,
    verifier: Path,
    tmp_path: Path,
    measurement: dict[str, Any],
    key: SigningKey,
) -> None:
    attester = FakeTsm(kind, [str(verifier)], tsm_dir=tsm_dir)
    evidence = attester.attest(measurement, key)
    assert attester.asked == [report_data(measurement)]
    report = base64.b64decode(evidence["report"])
    # the verifier was given exactly the report the kernel produced
    assert (tmp_path / "seen.bin").read_bytes() == report
    off = REPORT_DATA_OFFSET[kind]
    assert report[off : off + 64] == report_data(measurement)
    assert base64.b64decode(evidence["auxblob"]) == b"certificates"
    assert evidence["kind"] == evidence["tee"] == kind
    assert evidence["verifier"] == {"command": verifier.name, "verdict": "verified"}
    assert verify_evidence(evidence, key.public_key, predicate_for(measurement)) == []


def test_a_verifier_that_rejects_the_evidence_stops_attestation(
    tsm_dir: Path, tmp_path: Path, measurement: dict[str, Any], key: SigningKey
) -> None:
    attester = FakeTsm("sev-snp", [str(write_verifier(tmp_path, 1))], tsm_dir=tsm_dir)
    with pytest.raises(AttestationError) as info:
        attester.attest(measurement, key)
    assert info.value.code == "attestation.rejected"
    assert (tmp_path / "seen.bin").exists()  # it did run, and said no


def test_a_verifier_that_cannot_run_stops_attestation(
    tsm_dir: Path, tmp_path: Path, measurement: dict[str, Any], key: SigningKey
) -> None:
    not_executable = tmp_path / "verifier.txt"
    not_executable.write_text("#!/bin/sh\nexit 0\n")
    attester = FakeTsm("sev-snp", [str(not_executable)], tsm_dir=tsm_dir)
    assert attester.available()[0] is True  # present, but it cannot be executed
    with pytest.raises(AttestationError) as info:
        attester.attest(measurement, key)
    assert info.value.code == "attestation.verifier_failed"


def test_a_report_without_the_measurement_is_unbound(
    tsm_dir: Path, verifier: Path, tmp_path: Path, measurement: dict[str, Any], key: SigningKey
) -> None:
    attester = FakeTsm("sev-snp", [str(verifier)], tsm_dir=tsm_dir, bind=False)
    with pytest.raises(AttestationError) as info:
        attester.attest(measurement, key)
    assert info.value.code == "attestation.unbound"
    assert not (tmp_path / "seen.bin").exists()  # never handed to the verifier


@pytest.mark.parametrize(("kind", "provider"), [("sev-snp", "tdx_guest"), ("tdx", "sev_guest")])
def test_a_report_from_another_provider_is_refused(
    kind: str,
    provider: str,
    tsm_dir: Path,
    verifier: Path,
    measurement: dict[str, Any],
    key: SigningKey,
) -> None:
    attester = FakeTsm(kind, [str(verifier)], tsm_dir=tsm_dir, provider=provider)
    with pytest.raises(AttestationError) as info:
        attester.attest(measurement, key)
    assert info.value.code == "attestation.wrong_provider"


def test_tsm_attestation_without_the_interface_is_unavailable(
    tmp_path: Path, verifier: Path, measurement: dict[str, Any], key: SigningKey
) -> None:
    attester = FakeTsm("tdx", [str(verifier)], tsm_dir=tmp_path / "absent")
    with pytest.raises(AttestationError) as info:
        attester.attest(measurement, key)
    assert info.value.code == "attestation.unavailable"
    assert attester.asked == []


def test_a_kernel_that_gives_no_report_fails_cleanly(
    tsm_dir: Path, verifier: Path, measurement: dict[str, Any], key: SigningKey
) -> None:
    # A plain directory is no configfs: the entry has no provider file to read.
    attester = TsmAttester("sev-snp", [str(verifier)], tsm_dir=tsm_dir)
    with pytest.raises(AttestationError) as info:
        attester.attest(measurement, key)
    assert info.value.code == "attestation.report_failed"
    assert list(tsm_dir.iterdir()) == []  # the report entry was removed again


@pytest.fixture
def tsm_evidence(
    tsm_dir: Path, verifier: Path, measurement: dict[str, Any], key: SigningKey
) -> dict[str, Any]:
    return FakeTsm("sev-snp", [str(verifier)], tsm_dir=tsm_dir).attest(measurement, key)


def test_an_altered_report_fails_offline_verification(
    tsm_evidence: dict[str, Any], measurement: dict[str, Any], key: SigningKey
) -> None:
    report = bytearray(base64.b64decode(tsm_evidence["report"]))
    report[REPORT_DATA_OFFSET["sev-snp"] + 10] ^= 0xFF
    tampered = {**tsm_evidence, "report": base64.b64encode(bytes(report)).decode()}
    problems = verify_evidence(tampered, key.public_key, predicate_for(measurement))
    assert "attestation: the hardware report is not bound to this measurement" in problems
    assert "attestation: the evidence differs from what the node signed" in problems


def test_a_signed_but_unbound_report_fails_offline_verification(
    measurement: dict[str, Any], key: SigningKey
) -> None:
    # Signed by the node, so only the binding itself can catch it.
    off = REPORT_DATA_OFFSET["sev-snp"]
    report = bytes(off) + report_data({**measurement, "spec_hash": sha("other")}) + bytes(64)
    evidence = _signed(
        "sev-snp",
        "sev-snp",
        measurement,
        key,
        report=base64.b64encode(report).decode(),
        auxblob="",
        verifier={"command": "snpguest", "verdict": "verified"},
    )
    assert verify_evidence(evidence, key.public_key, predicate_for(measurement)) == [
        "attestation: the hardware report is not bound to this measurement"
    ]


@pytest.mark.parametrize("report", ["", "not base64!", base64.b64encode(b"short").decode()])
def test_a_missing_or_malformed_report_is_unbound(
    measurement: dict[str, Any], key: SigningKey, report: str
) -> None:
    evidence = _signed(
        "tdx", "tdx", measurement, key, report=report, verifier={"verdict": "verified"}
    )
    assert verify_evidence(evidence, key.public_key, predicate_for(measurement)) == [
        "attestation: the hardware report is not bound to this measurement"
    ]


@pytest.mark.parametrize("verdict", [None, {}, {"verdict": "rejected"}, "verified"])
def test_hardware_evidence_needs_a_verifier_verdict(
    measurement: dict[str, Any], key: SigningKey, verdict: Any
) -> None:
    off = REPORT_DATA_OFFSET["sev-snp"]
    report = bytes(off) + report_data(measurement)
    evidence = _signed(
        "sev-snp",
        "sev-snp",
        measurement,
        key,
        report=base64.b64encode(report).decode(),
        verifier=verdict,
    )
    assert verify_evidence(evidence, key.public_key, predicate_for(measurement)) == [
        "attestation: no verifier accepted the hardware evidence"
    ]
