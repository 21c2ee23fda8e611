"""Canonical JSON (RFC 8785, JCS) and content hashes.

Everything custos hashes or signs (audit entries, DUAs, job specs, receipts)
is first encoded with the JSON Canonicalization Scheme so that two parties
with the same document compute the same bytes. We use the ``rfc8785``
package (Trail of Bits) rather than ``json.dumps(sort_keys=True)`` because
the two differ on number formatting and on key ordering of non-ASCII keys.
"""

from __future__ import annotations

import hashlib
import json
import math
from typing import Any

import rfc8785

from custos.core._errors import InvalidInput

# RFC 8785 numbers are IEEE-754 doubles (I-JSON, RFC 7493): integers are
# exact, and accepted, only up to this magnitude (ECMAScript's
# Number.MAX_SAFE_INTEGER). Callers that hold larger integers must encode
# them some other way first (see custos.data._loader._plain).
MAX_SAFE_INTEGER = 2**53 - 1
_SAFE_INT = MAX_SAFE_INTEGER + 1


def _plain(value: Any) -> bool:
    """True if ``json.dumps`` emits the RFC 8785 bytes for ``value``.

    That holds for values with only ASCII keys and no float that JCS writes
    differently from Python. For those, ``json.dumps(sort_keys=True,
    ensure_ascii=False)`` emits exactly the RFC 8785 bytes: string escaping
    is the same (short escapes, lower-case ``\\u00xx`` for other controls,
    UTF-8 otherwise) and sorting ASCII keys by code point equals sorting by
    UTF-16 code unit. A float qualifies when it is finite, not integral, and
    ``repr`` writes it without an exponent: ECMAScript's Number-to-String
    (RFC 8785 section 3.2.2.3) then gives the same shortest round-trip digits
    in the same plain form (``rfc8785`` itself starts from ``repr`` and only
    rewrites exponents, ``-0.0`` and a trailing ``.0``). Other floats and
    non-ASCII keys go through ``rfc8785``. The audit log appends thousands of
    entries a second, and this path is several times faster than the
    general one.
    """
    if isinstance(value, str) or value is None or isinstance(value, bool):
        return True
    if isinstance(value, int):
        return -_SAFE_INT < value < _SAFE_INT
    if isinstance(value, float):
        return math.isfinite(value) and not value.is_integer() and "e" not in float.__repr__(value)
    if isinstance(value, dict):
        return all(isinstance(k, str) and k.isascii() and _plain(v) for k, v in value.items())
    if isinstance(value, list | tuple):
        return all(_plain(v) for v in value)
    return False


def canonical_json(value: Any) -> bytes:
    """Return the RFC 8785 canonical UTF-8 encoding of ``value``.

    Raises
    ------
    InvalidInput
        If ``value`` holds something JSON cannot represent (NaN, infinities,
        integers beyond IEEE-754 double precision, non-string keys).
    """
    if _plain(value):
        return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
            "utf-8"
        )
    try:
        return rfc8785.dumps(value)
    except (rfc8785.CanonicalizationError, TypeError, ValueError) as exc:
        raise InvalidInput(
            "value cannot be canonically encoded as JSON", code="json.not_canonicalizable"
        ) from exc


def sha256_hex(data: bytes) -> str:
    """Hex SHA-256 of ``data``."""
    return hashlib.sha256(data).hexdigest()


def content_hash(value: Any) -> str:
    """``sha256:<hex>`` of the canonical JSON of ``value``."""
    return "sha256:" + sha256_hex(canonical_json(value))


def loads(text: str | bytes) -> Any:
    """Parse JSON, refusing NaN/Infinity (which JCS cannot encode)."""

    def _reject(token: str) -> Any:
        raise InvalidInput(f"JSON constant {token} is not allowed", code="json.invalid")

    try:
        return json.loads(text, parse_constant=_reject)
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            f"malformed JSON at line {exc.lineno} column {exc.colno}", code="json.invalid"
        ) from exc
