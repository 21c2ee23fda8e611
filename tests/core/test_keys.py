"""Ed25519 keys on disk and DSSE envelopes."""

from __future__ import annotations

import base64
import copy
import os
import stat
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from custos.core import (
    ConfigError,
    InvalidInput,
    PublicKey,
    SignatureError,
    SigningKey,
    dsse_sign,
    dsse_verify,
    pae,
)

TYPE = "application/vnd.custos.job+json"
PAYLOAD = b'{"job":"train","epsilon":1.0}'


@pytest.fixture
def key() -> SigningKey:
    return SigningKey.generate()


@pytest.fixture
def envelope(key: SigningKey) -> dict[str, Any]:
    return dsse_sign(TYPE, PAYLOAD, key)


# --- DSSE --------------------------------------------------------------------


def test_pae_matches_the_dsse_v1_specification_example() -> None:
    # secure-systems-lab/dsse protocol.md
    assert (
        pae("http://example.com/HelloWorld", b"hello world")
        == b"DSSEv1 29 http://example.com/HelloWorld 11 hello world"
    )
    # Lengths are in bytes, not characters.
    assert pae("t", "é".encode()) == b"DSSEv1 1 t 2 \xc3\xa9"


def test_signed_envelope_verifies_and_returns_the_payload(
    key: SigningKey, envelope: dict[str, Any]
) -> None:
    assert envelope["payloadType"] == TYPE
    assert base64.b64decode(envelope["payload"]) == PAYLOAD
    assert envelope["signatures"][0]["keyid"] == key.public_key.key_id
    assert dsse_verify(envelope, key.public_key, payload_type=TYPE) == PAYLOAD


def test_tampered_payload_is_refused(key: SigningKey, envelope: dict[str, Any]) -> None:
    envelope["payload"] = base64.b64encode(PAYLOAD.replace(b"1.0", b"9.0")).decode()
    with pytest.raises(SignatureError) as info:
        dsse_verify(envelope, key.public_key, payload_type=TYPE)
    assert info.value.code == "signature.invalid"


def test_tampered_signature_is_refused(key: SigningKey, envelope: dict[str, Any]) -> None:
    sig = bytearray(base64.b64decode(envelope["signatures"][0]["sig"]))
    sig[10] ^= 0x01
    envelope["signatures"][0]["sig"] = base64.b64encode(bytes(sig)).decode()
    with pytest.raises(SignatureError, match="no valid signature"):
        dsse_verify(envelope, key.public_key, payload_type=TYPE)


def test_envelope_verified_with_the_wrong_key_is_refused(envelope: dict[str, Any]) -> None:
    with pytest.raises(SignatureError) as info:
        dsse_verify(envelope, SigningKey.generate().public_key, payload_type=TYPE)
    assert info.value.code == "signature.invalid"


def test_signature_by_another_key_under_our_key_id_is_refused(
    key: SigningKey, envelope: dict[str, Any]
) -> None:
    forged = dsse_sign(TYPE, PAYLOAD, SigningKey.generate())
    forged["signatures"][0]["keyid"] = key.public_key.key_id
    with pytest.raises(SignatureError):
        dsse_verify(forged, key.public_key, payload_type=TYPE)


def test_one_good_signature_among_several_suffices(
    key: SigningKey, envelope: dict[str, Any]
) -> None:
    other = dsse_sign(TYPE, PAYLOAD, SigningKey.generate())["signatures"][0]
    broken = {"keyid": key.public_key.key_id, "sig": "!!not base64!!"}
    envelope["signatures"] = [other, broken, "junk", *envelope["signatures"]]
    assert dsse_verify(envelope, key.public_key, payload_type=TYPE) == PAYLOAD


def test_wrong_payload_type_is_refused(key: SigningKey, envelope: dict[str, Any]) -> None:
    with pytest.raises(SignatureError) as info:
        dsse_verify(envelope, key.public_key, payload_type="application/vnd.custos.receipt+json")
    assert info.value.code == "dsse.payload_type"
    # The type is bound into the signature, not just compared: relabelling fails too.
    relabelled = dict(envelope, payloadType="application/vnd.custos.receipt+json")
    with pytest.raises(SignatureError) as info:
        dsse_verify(relabelled, key.public_key, payload_type="application/vnd.custos.receipt+json")
    assert info.value.code == "signature.invalid"


def _drop(field: str) -> Any:
    def f(e: dict[str, Any]) -> Any:
        del e[field]
        return e

    return f


@pytest.mark.parametrize(
    "malform",
    [
        lambda e: [e],
        lambda e: "envelope",
        lambda e: None,
        _drop("payload"),
        _drop("signatures"),
        lambda e: {**e, "payload": "%%%not-base64%%%"},
        lambda e: {**e, "signatures": {"keyid": "x", "sig": "y"}},
        lambda e: {**e, "signatures": []},
        lambda e: {**e, "signatures": [{"keyid": e["signatures"][0]["keyid"], "sig": "AAAA"}]},
        _drop("payloadType"),
    ],
    ids=[
        "list",
        "string",
        "null",
        "no-payload",
        "no-signatures",
        "payload-not-base64",
        "signatures-not-a-list",
        "no-signature",
        "short-signature",
        "no-payload-type",
    ],
)
def test_malformed_envelope_raises_signature_error(
    key: SigningKey, envelope: dict[str, Any], malform: Any
) -> None:
    with pytest.raises(SignatureError):
        dsse_verify(malform(copy.deepcopy(envelope)), key.public_key, payload_type=TYPE)


# --- keys on disk ------------------------------------------------------------


def test_private_key_file_is_created_with_mode_0600(tmp_path: Path, key: SigningKey) -> None:
    path = tmp_path / "node.key"
    old = os.umask(0)  # even with a permissive umask
    try:
        key.save(path)
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    loaded = SigningKey.load(path)
    assert loaded.public_key == key.public_key
    assert path.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")


def test_existing_key_file_is_never_overwritten_by_default(tmp_path: Path, key: SigningKey) -> None:
    path = tmp_path / "node.key"
    key.save(path)
    before = path.read_bytes()
    with pytest.raises(ConfigError) as info:
        SigningKey.generate().save(path)
    assert info.value.code == "key.exists"
    assert path.read_bytes() == before
    SigningKey.generate().save(path, overwrite=True)
    assert path.read_bytes() != before


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604, 0o660])
def test_loading_a_key_readable_by_others_is_refused(
    tmp_path: Path, key: SigningKey, mode: int
) -> None:
    path = tmp_path / "node.key"
    key.save(path)
    path.chmod(mode)
    with pytest.raises(ConfigError) as info:
        SigningKey.load(path)
    assert info.value.code == "key.permissions"
    assert "chmod 600" in str(info.value)


def test_loading_a_non_key_or_another_algorithm_is_refused(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.key"
    garbage.write_bytes(b"not a key")
    garbage.chmod(0o600)
    ec_key = tmp_path / "ec.key"
    ec_key.write_bytes(
        ec.generate_private_key(ec.SECP256R1()).private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    ec_key.chmod(0o600)
    for path in (garbage, ec_key):
        with pytest.raises(ConfigError) as info:
            SigningKey.load(path)
        assert info.value.code == "key.invalid"
    with pytest.raises(ConfigError) as info:
        SigningKey.load(tmp_path / "absent.key")
    assert info.value.code == "key.unreadable"


def test_signing_key_repr_never_shows_the_private_key(key: SigningKey) -> None:
    text = repr(key)
    assert key.public_key.key_id in text
    assert "PRIVATE" not in text and key.to_pem().decode() not in text


# --- public keys as text -----------------------------------------------------


def test_public_key_text_roundtrips_and_key_id_is_sha256_of_raw(key: SigningKey) -> None:
    import hashlib

    text = key.public_key.to_text()
    assert text.startswith("ed25519:")
    assert PublicKey.from_text(text) == key.public_key
    assert PublicKey.from_text(f"  {text}\n") == key.public_key
    assert key.public_key.key_id == "sha256:" + hashlib.sha256(key.public_key.raw).hexdigest()


def test_pem_public_key_is_accepted(tmp_path: Path, key: SigningKey) -> None:
    private = serialization.load_pem_private_key(key.to_pem(), password=None)
    pem = private.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    assert PublicKey.from_text(pem.decode()) == key.public_key
    path = tmp_path / "vendor.pub"
    path.write_bytes(pem)
    assert PublicKey.load(path) == key.public_key


def _ec_pem() -> str:
    return (
        ec.generate_private_key(ec.SECP256R1())
        .public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )


@pytest.mark.parametrize(
    "text",
    [
        "",
        "hello",
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIA",
        "ed25519:",
        "ed25519:!!!!",
        "ed25519:" + base64.b64encode(b"\x01" * 31).decode(),
        "ed25519:" + base64.b64encode(b"\x01" * 33).decode(),
        "-----BEGIN PUBLIC KEY-----\nZ2FyYmFnZQ==\n-----END PUBLIC KEY-----",
        "-----BEGIN PUBLIC KEY-----\nüñí\n-----END PUBLIC KEY-----",
        _ec_pem(),
    ],
    ids=[
        "empty",
        "word",
        "ssh-format",
        "empty-base64",
        "bad-base64",
        "31-bytes",
        "33-bytes",
        "pem-garbage",
        "pem-non-ascii",
        "pem-ec-key",
    ],
)
def test_garbage_public_key_raises_invalid_input(text: str) -> None:
    with pytest.raises(InvalidInput) as info:
        PublicKey.from_text(text)
    assert info.value.code == "key.invalid"


def test_unreadable_public_key_file_raises_invalid_input(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput) as info:
        PublicKey.load(tmp_path / "absent.pub")
    assert info.value.code == "key.unreadable"
    binary = tmp_path / "binary.pub"
    binary.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(InvalidInput) as info:
        PublicKey.load(binary)
    assert info.value.code == "key.unreadable"


def test_verify_is_false_for_a_wrong_or_truncated_signature(key: SigningKey) -> None:
    sig = key.sign(b"message")
    assert key.public_key.verify(sig, b"message")
    assert not key.public_key.verify(sig, b"messagE")
    assert not key.public_key.verify(sig[:-1], b"message")
    assert not key.public_key.verify(b"", b"message")
