"""Signed vendor requests: Ed25519 over method, host, path, body hash, time and nonce.

A vendor signs every request with the key its DUA registers::

    custos-request-v2
    POST
    node.hospital-a.example:8443     (the Host header, as sent)
    /api/v1/jobs?x=1                 (the raw path and query, as sent)
    <sha256 hex of the body>
    1767225600                       (unix seconds)
    3q2-7wAAAAAAAAAA                 (16 to 64 of [A-Za-z0-9_-], never reused)
    ed25519:<base64 public key>

and sends the key, the time, the nonce and the base64 signature in the
``X-Custos-Key``, ``X-Custos-Timestamp``, ``X-Custos-Nonce`` and
``X-Custos-Signature`` headers. The node accepts it within a short window
around its own clock and only once per (key, nonce): the nonce is stored until
the window has passed, so a captured request cannot be replayed.

The host line binds a request to the node it was meant for. A vendor usually
holds one key for several hospitals; without the host, a request captured on
its way to hospital A could be replayed to hospital B inside the window (B's
nonce store has never seen it). The server accepts only the names it was
configured with (``custos serve --server-name``; Starlette's
TrustedHostMiddleware refuses any other Host header), and the signature
proves the vendor meant that name.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import secrets
import time
from collections.abc import Mapping
from dataclasses import dataclass

from custos.core._errors import InvalidInput
from custos.core._keys import PublicKey, SigningKey

SCHEME = "custos-request-v2"
KEY_HEADER = "x-custos-key"
TIMESTAMP_HEADER = "x-custos-timestamp"
NONCE_HEADER = "x-custos-nonce"
SIGNATURE_HEADER = "x-custos-signature"
_NONCE = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
_TS = re.compile(r"^[0-9]{1,12}$")


def message(
    method: str, host: str, target: str, body: bytes, timestamp: int, nonce: str, key: str
) -> bytes:
    """The bytes a vendor signs for one request."""
    return "\n".join(
        [
            SCHEME,
            method.upper(),
            host.lower(),
            target,
            hashlib.sha256(body).hexdigest(),
            str(timestamp),
            nonce,
            key,
        ]
    ).encode("utf-8")


def sign_request(
    key: SigningKey,
    method: str,
    target: str,
    body: bytes = b"",
    *,
    host: str,
    timestamp: int | None = None,
    nonce: str | None = None,
) -> dict[str, str]:
    """The headers that authenticate one request (vendor side).

    ``host`` is the node's authority as in its URL (``name`` or ``name:port``);
    the headers include ``Host`` set to it, so what is sent is what was signed.
    """
    ts = int(time.time()) if timestamp is None else timestamp
    n = nonce or secrets.token_urlsafe(18)
    pub = key.public_key.to_text()
    sig = key.sign(message(method, host, target, body, ts, n, pub))
    return {
        "Host": host.lower(),
        "X-Custos-Key": pub,
        "X-Custos-Timestamp": str(ts),
        "X-Custos-Nonce": n,
        "X-Custos-Signature": base64.b64encode(sig).decode("ascii"),
    }


@dataclass(frozen=True)
class SignedRequest:
    key: PublicKey
    timestamp: int
    nonce: str


def verify_request(
    headers: Mapping[str, str],
    method: str,
    target: str,
    body: bytes,
    *,
    now: float,
    window_s: float,
) -> SignedRequest:
    """Check the signature headers of one request (not the nonce store, nor the key's owner).

    Raises an error with code ``auth.malformed``, ``auth.expired`` or
    ``auth.bad_signature``; :func:`custos.api._app` maps them to HTTP 401.
    """
    from custos.api._accounts import AuthError

    key_text = headers.get(KEY_HEADER, "")
    ts_text = headers.get(TIMESTAMP_HEADER, "")
    nonce = headers.get(NONCE_HEADER, "")
    sig_text = headers.get(SIGNATURE_HEADER, "")
    malformed = AuthError("the request signature headers are malformed", code="auth.malformed")
    if not _TS.match(ts_text) or not _NONCE.match(nonce) or len(sig_text) > 200:
        raise malformed
    try:
        key = PublicKey.from_text(key_text) if key_text.startswith("ed25519:") else None
        sig = base64.b64decode(sig_text, validate=True)
    except (InvalidInput, binascii.Error, ValueError):
        raise malformed from None
    if key is None:
        raise malformed
    ts = int(ts_text)
    if abs(now - ts) > window_s:
        raise AuthError("the request timestamp is outside the accepted window", code="auth.expired")
    host = headers.get("host", "")
    if not host or len(host) > 300:
        raise malformed
    if not key.verify(sig, message(method, host, target, body, ts, nonce, key.to_text())):
        raise AuthError("the request signature does not verify", code="auth.bad_signature")
    return SignedRequest(key, ts, nonce)
