"""Dataset fingerprints: a Merkle tree over canonical rows.

The tree has the shape of RFC 9162 (Certificate Transparency v2): leaves are
``H(0x00 || leaf)``, interior nodes ``H(0x01 || left || right)``, and an
inclusion proof for row *i* is the RFC 9162 audit path. Two changes make it
fit patient data:

* Leaves are keyed: ``HMAC-SHA256(dataset_key, 0x00 || canonical_row)``.
  The key stays at the node. Without it, a published root or proof cannot be
  used to confirm a guessed record (a plain hash of a row with age, sex and
  postcode is easy to brute-force).
* A row is encoded as RFC 8785 canonical JSON of ``{column: value}``, so the
  fingerprint depends on the values, not on CSV quoting or column order.
  Cells JSON cannot hold exactly are tagged first (``{"$float": "nan"}``,
  ``{"$int": "<digits>"}`` for integers beyond 2**53 - 1); see
  ``custos.data._loader._plain``.

We hand-write the tree (about 60 lines) because no maintained Python Merkle
library offers keyed leaves together with RFC 9162 proofs.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

_NODE = b"\x01"


def leaf_hash(key: bytes, canonical_row: bytes) -> bytes:
    return hmac.new(key, b"\x00" + canonical_row, hashlib.sha256).digest()


def _node(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(_NODE + left + right).digest()


def _next_level(level: Sequence[bytes]) -> list[bytes]:
    out = [_node(level[i], level[i + 1]) for i in range(0, len(level) - 1, 2)]
    if len(level) % 2:
        out.append(level[-1])  # promoted, not duplicated (RFC 9162 shape)
    return out


EMPTY_ROOT = hashlib.sha256(b"").digest()


def merkle_root(leaves: Sequence[bytes]) -> bytes:
    """Root over leaf hashes; the empty tree's root is ``SHA-256("")``."""
    if not leaves:
        return EMPTY_ROOT
    level = list(leaves)
    while len(level) > 1:
        level = _next_level(level)
    return level[0]


def inclusion_proof(leaves: Sequence[bytes], index: int) -> list[bytes]:
    """Audit path proving leaf ``index`` is in the tree over ``leaves``."""
    if not 0 <= index < len(leaves):
        raise IndexError("leaf index outside the tree")
    path: list[bytes] = []
    level = list(leaves)
    i = index
    while len(level) > 1:
        sibling = i ^ 1
        if sibling < len(level):
            path.append(level[sibling])
        level = _next_level(level)
        i >>= 1
    return path


def verify_inclusion(
    leaf: bytes, index: int, tree_size: int, path: Iterable[bytes], root: bytes
) -> bool:
    """RFC 9162 section 2.1.3.2 inclusion-proof verification."""
    if not 0 <= index < tree_size:
        return False
    fn, sn, r = index, tree_size - 1, leaf
    for p in path:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = _node(p, r)
            if not fn & 1:
                while not fn & 1 and fn != 0:
                    fn >>= 1
                    sn >>= 1
        else:
            r = _node(r, p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and hmac.compare_digest(r, root)


@dataclass(frozen=True)
class Fingerprint:
    """Fingerprint of a registered dataset."""

    root: str  # "sha256:<hex>"
    rows: int

    @classmethod
    def of_rows(
        cls, key: bytes, canonical_rows: Iterable[bytes]
    ) -> tuple[Fingerprint, list[bytes]]:
        leaves = [leaf_hash(key, r) for r in canonical_rows]
        return cls("sha256:" + merkle_root(leaves).hex(), len(leaves)), leaves
