"""Release receipts on real bundle folders: signing, offline verification, tampering."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from custos.core import InvalidInput, SignatureError, SigningKey, canonical_json, dsse_sign
from custos.core._errors import CustosError, IntegrityError
from custos.ledger import PAYLOAD_TYPE, PREDICATE_TYPE, RECEIPT_FILE, statement, verify_bundle
from custos.ledger._receipt import STATEMENT_TYPE, write_bundle_receipt
from custos.sandbox._attest import SoftwareAttester

FILES: dict[str, bytes] = {
    "weights.safetensors": bytes(range(256)) * 4,
    "model.json": b'{"format": "custos.model/v1"}\n',
    "metrics.json": b'{"accuracy": 0.95}\n',
    "privacy.json": b'{"epsilon": 1.0, "delta": 1e-05}\n',
}
KEY = SigningKey.generate()
MEASUREMENT = {
    "spec_hash": "sha256:" + "a" * 64,
    "model_hash": "sha256:" + "b" * 64,
    "dua_hash": "sha256:" + "c" * 64,
    "dataset_fingerprint": "sha256:" + "d" * 64,
    "isolation": "bubblewrap",
}
PREDICATE: dict[str, Any] = {
    "job": {
        "id": "job-0001",
        "spec_hash": MEASUREMENT["spec_hash"],
        "model_hash": MEASUREMENT["model_hash"],
    },
    "dua": {"hash": MEASUREMENT["dua_hash"]},
    "dataset": {"fingerprint": MEASUREMENT["dataset_fingerprint"]},
    "privacy": {"epsilon_spent": 1.0, "epsilon_left": 2.0, "delta": 1e-5},
    "isolation": {
        "kind": "bubblewrap",
        "attestation": SoftwareAttester().attest(MEASUREMENT, KEY),
    },
    "leakage_audit": {"status": "not_run", "required_by_dua": False},
}


@pytest.fixture
def key() -> SigningKey:
    return KEY


@pytest.fixture
def bundle(tmp_path: Path, key: SigningKey) -> Path:
    out = tmp_path / "bundle"
    out.mkdir()
    for name, data in FILES.items():
        (out / name).write_bytes(data)
    write_bundle_receipt(out, PREDICATE, key)
    return out


def _envelope(bundle: Path) -> dict[str, Any]:
    env: dict[str, Any] = json.loads((bundle / RECEIPT_FILE).read_text())
    return env


def _signed_statement(bundle: Path) -> dict[str, Any]:
    stmt: dict[str, Any] = json.loads(base64.b64decode(_envelope(bundle)["payload"]))
    return stmt


def _resign(bundle: Path, stmt: dict[str, Any], key: SigningKey) -> None:
    """Replace the receipt with ``stmt`` signed by ``key`` (a legitimately signed oddity)."""
    env = dsse_sign(PAYLOAD_TYPE, canonical_json(stmt), key)
    (bundle / RECEIPT_FILE).write_text(json.dumps(env))


# --- the happy path -----------------------------------------------------------


def test_signed_bundle_verifies_and_returns_its_statement(bundle: Path, key: SigningKey) -> None:
    verified = verify_bundle(bundle, key.public_key)
    assert verified.files == {n: hashlib.sha256(d).hexdigest() for n, d in FILES.items()}
    assert verified.predicate == PREDICATE
    assert verified.statement == _signed_statement(bundle)
    assert verified.statement_hash.startswith("sha256:")


def test_write_returns_the_hash_of_the_receipt_file(tmp_path: Path, key: SigningKey) -> None:
    out = tmp_path / "b"
    out.mkdir()
    (out / "model.json").write_bytes(b"{}")
    receipt_hash = write_bundle_receipt(out, PREDICATE, key)
    data = (out / RECEIPT_FILE).read_bytes()
    assert receipt_hash == "sha256:" + hashlib.sha256(data).hexdigest()


def test_signing_again_does_not_make_the_receipt_its_own_subject(
    bundle: Path, key: SigningKey
) -> None:
    write_bundle_receipt(bundle, PREDICATE, key)
    names = [s["name"] for s in _signed_statement(bundle)["subject"]]
    assert RECEIPT_FILE not in names
    assert verify_bundle(bundle, key.public_key).files.keys() == FILES.keys()


def test_statement_is_an_in_toto_v1_statement_with_sorted_sha256_subjects(bundle: Path) -> None:
    stmt = _signed_statement(bundle)
    assert stmt["_type"] == "https://in-toto.io/Statement/v1" == STATEMENT_TYPE
    assert stmt["predicateType"] == PREDICATE_TYPE
    assert stmt["predicate"] == PREDICATE
    names = [s["name"] for s in stmt["subject"]]
    assert names == sorted(FILES)
    for s in stmt["subject"]:
        assert s["digest"] == {"sha256": hashlib.sha256(FILES[s["name"]]).hexdigest()}
    assert _envelope(bundle)["payloadType"] == PAYLOAD_TYPE == "application/vnd.in-toto+json"


def test_statement_helper_sorts_subjects_whatever_the_input_order() -> None:
    stmt = statement({"b.json": "2" * 64, "a.json": "1" * 64}, {"k": 1})
    assert stmt == {
        "_type": STATEMENT_TYPE,
        "subject": [
            {"name": "a.json", "digest": {"sha256": "1" * 64}},
            {"name": "b.json", "digest": {"sha256": "2" * 64}},
        ],
        "predicateType": PREDICATE_TYPE,
        "predicate": {"k": 1},
    }


# --- file tampering -----------------------------------------------------------


@pytest.mark.parametrize("name", sorted(FILES))
@pytest.mark.parametrize("where", [0, -1])
def test_flipping_one_byte_of_any_file_is_a_mismatch_naming_it(
    bundle: Path, key: SigningKey, name: str, where: int
) -> None:
    path = bundle / name
    data = bytearray(path.read_bytes())
    data[where] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(IntegrityError) as exc:
        verify_bundle(bundle, key.public_key)
    assert exc.value.code == "receipt.mismatch"
    assert exc.value.details == (f"{name}: content differs from the receipt",)


def test_an_extra_file_is_a_mismatch(bundle: Path, key: SigningKey) -> None:
    (bundle / "patients.csv").write_text("id,diagnosis\n1,malignant\n")
    with pytest.raises(IntegrityError) as exc:
        verify_bundle(bundle, key.public_key)
    assert exc.value.code == "receipt.mismatch"
    assert exc.value.details == ("patients.csv: not named by the receipt",)


def test_an_extra_directory_is_a_mismatch(bundle: Path, key: SigningKey) -> None:
    (bundle / "extra").mkdir()
    with pytest.raises(IntegrityError) as exc:
        verify_bundle(bundle, key.public_key)
    assert exc.value.details == ("extra: not named by the receipt",)


def test_a_missing_file_is_a_mismatch(bundle: Path, key: SigningKey) -> None:
    (bundle / "metrics.json").unlink()
    with pytest.raises(IntegrityError) as exc:
        verify_bundle(bundle, key.public_key)
    assert exc.value.code == "receipt.mismatch"
    assert exc.value.details == ("metrics.json: missing",)


def test_a_file_replaced_by_a_symlink_to_identical_content_is_missing(
    bundle: Path, key: SigningKey, tmp_path: Path
) -> None:
    target = tmp_path / "elsewhere.json"
    target.write_bytes(FILES["model.json"])
    (bundle / "model.json").unlink()
    (bundle / "model.json").symlink_to(target)
    with pytest.raises(IntegrityError) as exc:
        verify_bundle(bundle, key.public_key)
    assert exc.value.details == ("model.json: missing",)


def test_every_problem_is_listed_at_once(bundle: Path, key: SigningKey) -> None:
    (bundle / "metrics.json").unlink()
    (bundle / "model.json").write_bytes(b"{}")
    (bundle / "zz.bin").write_bytes(b"x")
    with pytest.raises(IntegrityError) as exc:
        verify_bundle(bundle, key.public_key)
    assert exc.value.code == "receipt.mismatch"
    assert set(exc.value.details) == {
        "metrics.json: missing",
        "model.json: content differs from the receipt",
        "zz.bin: not named by the receipt",
    }
    assert "3 problems" in exc.value.message


# --- receipt tampering --------------------------------------------------------


def test_receipt_signed_by_another_key_is_refused(bundle: Path, key: SigningKey) -> None:
    other = SigningKey.generate()
    with pytest.raises(SignatureError) as exc:
        verify_bundle(bundle, other.public_key)
    assert exc.value.code == "signature.invalid"


def test_receipt_re_signed_by_an_attacker_is_refused(bundle: Path, key: SigningKey) -> None:
    # The attacker swaps a file and writes a fresh, self-consistent receipt.
    (bundle / "weights.safetensors").write_bytes(b"backdoored weights")
    write_bundle_receipt(bundle, PREDICATE, SigningKey.generate())
    with pytest.raises(SignatureError) as exc:
        verify_bundle(bundle, key.public_key)
    assert exc.value.code == "signature.invalid"


def test_attacker_signature_under_the_node_key_id_is_refused(bundle: Path, key: SigningKey) -> None:
    stmt = _signed_statement(bundle)
    stmt["predicate"]["privacy"]["epsilon_spent"] = 0.01
    env = dsse_sign(PAYLOAD_TYPE, canonical_json(stmt), SigningKey.generate())
    env["signatures"][0]["keyid"] = key.public_key.key_id
    (bundle / RECEIPT_FILE).write_text(json.dumps(env))
    with pytest.raises(SignatureError) as exc:
        verify_bundle(bundle, key.public_key)
    assert exc.value.code == "signature.invalid"


@pytest.mark.parametrize(
    "tamper",
    [
        pytest.param(
            lambda s: s["predicate"]["privacy"].update(epsilon_spent=0.01), id="predicate"
        ),
        pytest.param(lambda s: s["subject"][0]["digest"].update(sha256="0" * 64), id="digest"),
        pytest.param(lambda s: s["subject"].pop(), id="drop-subject"),
    ],
)
def test_tampered_receipt_payload_is_refused(bundle: Path, key: SigningKey, tamper: Any) -> None:
    env = _envelope(bundle)
    stmt = _signed_statement(bundle)
    tamper(stmt)
    env["payload"] = base64.b64encode(canonical_json(stmt)).decode()
    (bundle / RECEIPT_FILE).write_text(json.dumps(env))
    with pytest.raises(SignatureError) as exc:
        verify_bundle(bundle, key.public_key)
    assert exc.value.code == "signature.invalid"


def test_receipt_with_another_payload_type_is_refused(bundle: Path, key: SigningKey) -> None:
    stmt = _signed_statement(bundle)
    env = dsse_sign("application/vnd.custos.jobspec+json", canonical_json(stmt), key)
    (bundle / RECEIPT_FILE).write_text(json.dumps(env))
    with pytest.raises(SignatureError) as exc:
        verify_bundle(bundle, key.public_key)
    assert exc.value.code == "dsse.payload_type"


def test_missing_receipt_is_refused(bundle: Path, key: SigningKey) -> None:
    (bundle / RECEIPT_FILE).unlink()
    with pytest.raises(SignatureError) as exc:
        verify_bundle(bundle, key.public_key)
    assert exc.value.code == "receipt.missing"


@pytest.mark.parametrize(
    ("change", "code"),
    [
        pytest.param({"_type": "https://in-toto.io/Statement/v0.1"}, "receipt.type", id="type"),
        pytest.param({"predicateType": "https://slsa.dev/provenance/v1"}, "receipt.type", id="pt"),
        pytest.param({"subject": {"a": 1}}, "receipt.type", id="subject-not-list"),
        pytest.param({"predicate": []}, "receipt.type", id="predicate-not-object"),
    ],
)
def test_signed_statement_of_the_wrong_shape_is_refused(
    bundle: Path, key: SigningKey, change: dict[str, Any], code: str
) -> None:
    _resign(bundle, {**_signed_statement(bundle), **change}, key)
    with pytest.raises(SignatureError) as exc:
        verify_bundle(bundle, key.public_key)
    assert exc.value.code == code


def test_signed_payload_that_is_not_json_is_refused(bundle: Path, key: SigningKey) -> None:
    env = dsse_sign(PAYLOAD_TYPE, b"not json at all", key)
    (bundle / RECEIPT_FILE).write_text(json.dumps(env))
    with pytest.raises(SignatureError) as exc:
        verify_bundle(bundle, key.public_key)
    assert exc.value.code == "receipt.malformed"


@pytest.mark.parametrize(
    "name",
    ["../outside.json", "sub/model.json", "/etc/passwd"],
)
def test_subject_name_with_a_slash_is_refused(
    bundle: Path, key: SigningKey, tmp_path: Path, name: str
) -> None:
    # Even correctly signed, a subject may not point outside the bundle folder.
    outside = tmp_path / "outside.json"
    outside.write_bytes(b"{}")
    (bundle / "sub").mkdir()
    (bundle / "sub" / "model.json").write_bytes(b"{}")
    stmt = _signed_statement(bundle)
    stmt["subject"].append({"name": name, "digest": {"sha256": hashlib.sha256(b"{}").hexdigest()}})
    _resign(bundle, stmt, key)
    with pytest.raises(SignatureError) as exc:
        verify_bundle(bundle, key.public_key)
    assert exc.value.code == "receipt.subject"


@pytest.mark.parametrize(
    "subject",
    [
        pytest.param({"name": 7, "digest": {"sha256": "0" * 64}}, id="name-not-str"),
        pytest.param({"name": "model.json", "digest": {"sha512": "0" * 128}}, id="no-sha256"),
        pytest.param("model.json", id="not-an-object"),
    ],
)
def test_malformed_subject_is_refused(bundle: Path, key: SigningKey, subject: Any) -> None:
    stmt = _signed_statement(bundle)
    stmt["subject"].append(subject)
    _resign(bundle, stmt, key)
    with pytest.raises(SignatureError) as exc:
        verify_bundle(bundle, key.public_key)
    assert exc.value.code == "receipt.subject"


def test_a_non_directory_bundle_is_a_clean_invalid_input(tmp_path: Path, key: SigningKey) -> None:
    f = tmp_path / "bundle.tar"
    f.write_bytes(b"not a folder")
    with pytest.raises(InvalidInput) as exc:
        verify_bundle(f, key.public_key)
    assert exc.value.code == "bundle.not_a_directory"
    with pytest.raises(InvalidInput) as exc:
        verify_bundle(tmp_path / "absent", key.public_key)
    assert exc.value.code == "bundle.not_a_directory"


def test_receipt_that_is_not_json_is_a_signature_error(bundle: Path, key: SigningKey) -> None:
    (bundle / RECEIPT_FILE).write_text("{ this is not json")
    with pytest.raises(SignatureError):
        verify_bundle(bundle, key.public_key)


def test_receipt_that_is_not_an_envelope_is_a_signature_error(
    bundle: Path, key: SigningKey
) -> None:
    (bundle / RECEIPT_FILE).write_text("[1, 2, 3]")
    with pytest.raises(SignatureError):
        verify_bundle(bundle, key.public_key)


@pytest.mark.parametrize("odd", ["subdirectory", "symlink"])
def test_whatever_write_signs_verifies(tmp_path: Path, key: SigningKey, odd: str) -> None:
    out = tmp_path / "bundle"
    out.mkdir()
    (out / "model.json").write_bytes(b"{}")
    if odd == "subdirectory":
        (out / "logs").mkdir()
    else:
        (tmp_path / "data.csv").write_text("id\n1\n")
        (out / "data.csv").symlink_to(tmp_path / "data.csv")
    try:
        write_bundle_receipt(out, PREDICATE, key)
    except CustosError:
        return  # refusing to sign such a bundle is also consistent
    verify_bundle(out, key.public_key)


def _leaky_bundle(tmp_path: Path, audit: dict[str, Any], report: bytes) -> Path:
    out = tmp_path / "leaky"
    out.mkdir()
    (out / "leakage_report.json").write_bytes(report)
    write_bundle_receipt(out, {**PREDICATE, "leakage_audit": audit}, KEY)
    return out


def test_the_leakage_report_must_be_the_one_the_receipt_names(tmp_path: Path) -> None:
    import hashlib

    report = b'{"decision": "pass"}\n'
    good = {"status": "passed", "decision": "pass"}
    ok = _leaky_bundle(
        tmp_path, {**good, "report_sha256": hashlib.sha256(report).hexdigest()}, report
    )
    verify_bundle(ok, KEY.public_key)
    (tmp_path / "leaky").rename(tmp_path / "ok")
    # Signed over the file, but the predicate names another report.
    bad = _leaky_bundle(tmp_path, {**good, "report_sha256": "0" * 64}, report)
    with pytest.raises(IntegrityError) as err:
        verify_bundle(bad, KEY.public_key)
    assert "leakage_report.json: not the report" in err.value.details[0]


def test_a_receipt_that_releases_a_failed_audit_or_omits_it_does_not_verify(
    tmp_path: Path,
) -> None:
    out = _leaky_bundle(tmp_path, {"status": "passed", "decision": "block"}, b"{}")
    with pytest.raises(IntegrityError):
        verify_bundle(out, KEY.public_key)
    bare = tmp_path / "bare"
    bare.mkdir()
    write_bundle_receipt(bare, {k: v for k, v in PREDICATE.items() if k != "leakage_audit"}, KEY)
    with pytest.raises(IntegrityError) as err:
        verify_bundle(bare, KEY.public_key)
    assert "leakage audit" in err.value.details[0]
