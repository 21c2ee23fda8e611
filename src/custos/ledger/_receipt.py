"""Release receipts: an in-toto Statement in a DSSE envelope, signed by the node.

The Statement's subjects are the released files (name + SHA-256); its
predicate binds what produced them: the job spec and model hashes, the DUA
version and hash, the approval, the dataset fingerprint, the privacy spent
and left, the software environment, the isolation and its attestation, and
the leakage audit. Anyone with the node's public key verifies a bundle
offline: the signature, then every file against its subject, and that the
bundle holds nothing the receipt does not name.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from custos.core._canonical import canonical_json, content_hash, loads
from custos.core._errors import IntegrityError, InvalidInput, SignatureError
from custos.core._keys import PublicKey, SigningKey, dsse_sign, dsse_verify, load_envelope

STATEMENT_TYPE = "https://in-toto.io/Statement/v1"
PAYLOAD_TYPE = "application/vnd.in-toto+json"
PREDICATE_TYPE = "https://custos.dev/receipt/v1"
RECEIPT_FILE = "receipt.dsse.json"
# A bundle is small (weights of catalog models, a few JSON files); anything
# bigger is refused before hashing.
MAX_BUNDLE_FILE = 1 << 30


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def statement(subjects: dict[str, str], predicate: dict[str, Any]) -> dict[str, Any]:
    """An in-toto v1 Statement over ``{file name: sha256 hex}``."""
    return {
        "_type": STATEMENT_TYPE,
        "subject": [{"name": n, "digest": {"sha256": d}} for n, d in sorted(subjects.items())],
        "predicateType": PREDICATE_TYPE,
        "predicate": predicate,
    }


def sign_receipt(stmt: dict[str, Any], key: SigningKey) -> dict[str, Any]:
    return dsse_sign(PAYLOAD_TYPE, canonical_json(stmt), key)


def write_bundle_receipt(bundle: Path, predicate: dict[str, Any], key: SigningKey) -> str:
    """Hash every file in ``bundle``, sign the receipt into it, return the receipt hash."""
    entries = sorted(p for p in bundle.iterdir() if p.name != RECEIPT_FILE)
    odd = [p.name for p in entries if p.is_symlink() or not p.is_file()]
    if odd:
        # Sign only what verify_bundle accepts: plain files, no links, no folders.
        raise IntegrityError(
            "a release bundle holds plain files only",
            code="receipt.bundle_shape",
            details=[f"{n}: not a plain file" for n in odd],
        )
    subjects = {p.name: file_sha256(p) for p in entries}
    envelope = sign_receipt(statement(subjects, predicate), key)
    data = json.dumps(envelope, indent=2, sort_keys=True).encode() + b"\n"
    (bundle / RECEIPT_FILE).write_bytes(data)
    return "sha256:" + hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class VerifiedBundle:
    statement: dict[str, Any]
    files: dict[str, str]

    @property
    def predicate(self) -> dict[str, Any]:
        p: dict[str, Any] = self.statement["predicate"]
        return p

    @property
    def statement_hash(self) -> str:
        return content_hash(self.statement)


def _attestation_problems(predicate: dict[str, Any], public_key: PublicKey) -> list[str]:
    from custos.sandbox._attest import verify_evidence

    isolation = predicate.get("isolation")
    if not isinstance(isolation, dict):
        return ["attestation: the receipt names no isolation"]
    return verify_evidence(isolation.get("attestation"), public_key, predicate)


def _leakage_problems(predicate: Any, bundle: Path, expected: dict[str, str]) -> list[str]:
    """The leakage report in the bundle must be the one the signed predicate names."""
    audit = predicate.get("leakage_audit") if isinstance(predicate, dict) else None
    if not isinstance(audit, dict):
        return ["the receipt does not state the leakage audit's outcome"]
    if audit.get("status") == "passed" and audit.get("decision") != "pass":
        return ["the receipt releases a model whose leakage audit did not pass"]
    name = "leakage_report.json"
    path = bundle / name
    if name not in expected or not path.is_file():
        return []
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if audit.get("report_sha256") != digest:
        return [f"{name}: not the report the receipt's leakage audit names"]
    return []


def _disclosure_problems(predicate: Any, bundle: Path, expected: dict[str, str]) -> list[str]:
    """A synthetic table leaves only with the disclosure report the receipt names (#10)."""
    gate = predicate.get("disclosure_gate")
    if not isinstance(gate, dict) or gate.get("status") != "passed":
        return ["the receipt releases a synthetic table whose disclosure gate did not pass"]
    name = "synthesis_report.json"
    path = bundle / name
    if name not in expected or not path.is_file():
        return [f"{name}: the disclosure report is not in the bundle"]
    if gate.get("report_sha256") != hashlib.sha256(path.read_bytes()).hexdigest():
        return [f"{name}: not the report the receipt's disclosure gate names"]
    return []


def verify_bundle(bundle: Path, public_key: PublicKey) -> VerifiedBundle:
    """Verify a release bundle offline.

    Raises
    ------
    SignatureError
        The receipt is missing, malformed, or not signed by ``public_key``.
    IntegrityError
        A file is missing, altered, or not named by the receipt; every
        problem is listed.
    """
    if not bundle.is_dir():
        raise InvalidInput(f"{bundle.name}: not a directory", code="bundle.not_a_directory")
    receipt = bundle / RECEIPT_FILE
    if not receipt.is_file():
        raise SignatureError(f"no {RECEIPT_FILE} in the bundle", code="receipt.missing")
    try:
        envelope = load_envelope(receipt)
    except InvalidInput as exc:
        raise SignatureError(
            f"{RECEIPT_FILE} is not a signature envelope", code="receipt.malformed"
        ) from exc
    payload = dsse_verify(envelope, public_key, payload_type=PAYLOAD_TYPE)
    try:
        stmt = loads(payload)
    except (InvalidInput, ValueError) as exc:
        raise SignatureError("the signed receipt is not JSON", code="receipt.malformed") from exc
    if (
        not isinstance(stmt, dict)
        or stmt.get("_type") != STATEMENT_TYPE
        or stmt.get("predicateType") != PREDICATE_TYPE
        or not isinstance(stmt.get("subject"), list)
        or not isinstance(stmt.get("predicate"), dict)
    ):
        raise SignatureError("the receipt is not a custos in-toto statement", code="receipt.type")
    expected: dict[str, str] = {}
    for s in stmt["subject"]:
        name = s.get("name") if isinstance(s, dict) else None
        digest = s.get("digest", {}).get("sha256") if isinstance(s, dict) else None
        if not isinstance(name, str) or not isinstance(digest, str) or "/" in name:
            raise SignatureError("the receipt has a malformed subject", code="receipt.subject")
        expected[name] = digest
    problems: list[str] = []
    present = {p.name for p in bundle.iterdir() if p.name != RECEIPT_FILE}
    for name, digest in sorted(expected.items()):
        path = bundle / name
        if not path.is_file() or path.is_symlink():
            problems.append(f"{name}: missing")
            continue
        if path.stat().st_size > MAX_BUNDLE_FILE:
            problems.append(f"{name}: larger than any release file may be")
            continue
        if file_sha256(path) != digest:
            problems.append(f"{name}: content differs from the receipt")
    for extra in sorted(present - set(expected)):
        problems.append(f"{extra}: not named by the receipt")
    pred = stmt["predicate"]
    if isinstance(pred, dict) and "federation" in pred and "coordinator" in pred:
        from custos.fed._bundle import federation_problems

        problems += federation_problems(pred, bundle)
    else:
        problems += _attestation_problems(pred, public_key)
        if "disclosure_gate" in pred:
            problems += _disclosure_problems(pred, bundle, expected)
        else:
            problems += _leakage_problems(pred, bundle, expected)
    if problems:
        raise IntegrityError(
            f"the bundle does not match its receipt ({len(problems)} problem"
            f"{'s' if len(problems) != 1 else ''})",
            code="receipt.mismatch",
            details=problems,
        )
    return VerifiedBundle(statement=stmt, files=expected)
