"""Ed25519 keys and DSSE envelopes.

Keys
    Private keys are PKCS#8 PEM files written with mode 0600. Public keys are
    exchanged as one line of text, ``ed25519:<base64 of the 32 raw bytes>``,
    short enough to paste into a DUA; PEM public keys are accepted on input.
    A key id is ``sha256:<hex>`` of the raw public key.

DSSE
    Signed documents (job specs, receipts, audit exports) are Dead Simple
    Signing Envelopes (secure-systems-lab/dsse, v1). The envelope format is a
    few lines over its pre-authentication encoding (PAE); we implement it here
    rather than pull in ``securesystemslib``, whose key-management layer
    would duplicate the one above.
"""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from custos.core._canonical import loads
from custos.core._errors import ConfigError, InvalidInput, SignatureError

_PREFIX = "ed25519:"


@dataclass(frozen=True)
class PublicKey:
    """An Ed25519 public key."""

    raw: bytes

    def __post_init__(self) -> None:
        if len(self.raw) != 32:
            raise InvalidInput("an Ed25519 public key has 32 bytes", code="key.invalid")

    @property
    def key_id(self) -> str:
        return "sha256:" + hashlib.sha256(self.raw).hexdigest()

    def to_text(self) -> str:
        return _PREFIX + base64.b64encode(self.raw).decode("ascii")

    @classmethod
    def from_text(cls, text: str) -> PublicKey:
        """Parse ``ed25519:<base64>`` or a PEM ``PUBLIC KEY`` block."""
        text = text.strip()
        if text.startswith("-----BEGIN"):
            try:
                key = serialization.load_pem_public_key(text.encode("ascii"))
            except (ValueError, UnicodeEncodeError) as exc:
                raise InvalidInput("malformed PEM public key", code="key.invalid") from exc
            if not isinstance(key, Ed25519PublicKey):
                raise InvalidInput("public key is not Ed25519", code="key.invalid")
            return cls(key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw))
        if not text.startswith(_PREFIX):
            raise InvalidInput("public key must look like 'ed25519:<base64>'", code="key.invalid")
        try:
            raw = base64.b64decode(text[len(_PREFIX) :], validate=True)
        except (binascii.Error, ValueError) as exc:
            raise InvalidInput("public key is not valid base64", code="key.invalid") from exc
        return cls(raw)

    @classmethod
    def load(cls, path: Path) -> PublicKey:
        try:
            return cls.from_text(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise InvalidInput(
                f"cannot read public key file {path.name}", code="key.unreadable"
            ) from exc

    @functools.cached_property
    def _key(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(self.raw)

    def verify(self, signature: bytes, message: bytes) -> bool:
        try:
            self._key.verify(signature, message)
        except InvalidSignature:
            return False
        return True


class SigningKey:
    """An Ed25519 private key. Never logged, never printed."""

    def __init__(self, key: Ed25519PrivateKey) -> None:
        self._key = key
        raw = key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        self.public_key = PublicKey(raw)

    def __repr__(self) -> str:
        return f"SigningKey(key_id={self.public_key.key_id!r})"

    @classmethod
    def generate(cls) -> SigningKey:
        return cls(Ed25519PrivateKey.generate())

    def sign(self, message: bytes) -> bytes:
        return self._key.sign(message)

    def to_pem(self) -> bytes:
        return self._key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )

    def save(self, path: Path, *, overwrite: bool = False) -> None:
        """Write the private key with mode 0600 (created so, never chmod-ed after)."""
        flags = os.O_WRONLY | os.O_CREAT | (os.O_TRUNC if overwrite else os.O_EXCL)
        try:
            fd = os.open(path, flags, 0o600)
        except FileExistsError as exc:
            raise ConfigError(f"key file {path.name} exists already", code="key.exists") from exc
        with os.fdopen(fd, "wb") as fh:
            fh.write(self.to_pem())

    @classmethod
    def load(cls, path: Path) -> SigningKey:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ConfigError(f"cannot read key file {path.name}", code="key.unreadable") from exc
        if os.name == "posix" and path.stat().st_mode & 0o077:
            raise ConfigError(
                f"key file {path.name} is readable by others; run: chmod 600 {path.name}",
                code="key.permissions",
            )
        try:
            key = serialization.load_pem_private_key(data, password=None)
        except (ValueError, TypeError) as exc:
            raise ConfigError(
                f"key file {path.name} is not a PEM private key", code="key.invalid"
            ) from exc
        if not isinstance(key, Ed25519PrivateKey):
            raise ConfigError(f"key file {path.name} is not an Ed25519 key", code="key.invalid")
        return cls(key)


# --- DSSE -----------------------------------------------------------------


def pae(payload_type: str, payload: bytes) -> bytes:
    """DSSE v1 pre-authentication encoding."""
    t = payload_type.encode("utf-8")
    return b"DSSEv1 %d %s %d %s" % (len(t), t, len(payload), payload)


def dsse_sign(payload_type: str, payload: bytes, key: SigningKey) -> dict[str, Any]:
    """Return a DSSE envelope (JSON-ready dict) over ``payload``."""
    sig = key.sign(pae(payload_type, payload))
    return {
        "payloadType": payload_type,
        "payload": base64.b64encode(payload).decode("ascii"),
        "signatures": [
            {"keyid": key.public_key.key_id, "sig": base64.b64encode(sig).decode("ascii")}
        ],
    }


def dsse_verify(envelope: Any, public_key: PublicKey, *, payload_type: str) -> bytes:
    """Verify a DSSE envelope and return its payload.

    The envelope must carry at least one signature by ``public_key`` (matched
    by key id) that verifies, and the expected ``payload_type``.

    Raises
    ------
    SignatureError
        On any malformation, a wrong payload type, or no valid signature.
    """
    if not isinstance(envelope, dict):
        raise SignatureError("signature envelope is not a JSON object", code="dsse.malformed")
    if envelope.get("payloadType") != payload_type:
        raise SignatureError(
            f"signature envelope has payload type {envelope.get('payloadType')!r}, "
            f"expected {payload_type!r}",
            code="dsse.payload_type",
        )
    try:
        payload = base64.b64decode(str(envelope["payload"]), validate=True)
        signatures = envelope["signatures"]
        if not isinstance(signatures, list):
            raise TypeError
    except (KeyError, TypeError, binascii.Error, ValueError) as exc:
        raise SignatureError("signature envelope is malformed", code="dsse.malformed") from exc
    message = pae(payload_type, payload)
    for entry in signatures:
        if not isinstance(entry, dict) or entry.get("keyid") != public_key.key_id:
            continue
        try:
            sig = base64.b64decode(str(entry.get("sig", "")), validate=True)
        except (binascii.Error, ValueError):
            continue
        if public_key.verify(sig, message):
            return payload
    raise SignatureError("no valid signature by the expected key", code="signature.invalid")


def load_envelope(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput(
            f"cannot read signature file {path.name}", code="dsse.unreadable"
        ) from exc
    return loads(text)
