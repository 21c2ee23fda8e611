"""Keyed Merkle fingerprints: RFC 9162 tree shape and inclusion proofs."""

from __future__ import annotations

import hashlib
import hmac

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custos.data import Fingerprint, inclusion_proof, leaf_hash, merkle_root, verify_inclusion
from custos.data._fingerprint import EMPTY_ROOT

PROPERTY = settings(max_examples=50, deadline=None)


# --- an independent RFC 9162 section 2.1.1 / 2.1.3.1 implementation ----------


def _split(n: int) -> int:
    """The largest power of two smaller than n (n > 1)."""
    k = 1
    while k * 2 < n:
        k *= 2
    return k


def rfc_mth(leaves: list[bytes]) -> bytes:
    """MTH(D[n]) over already-hashed leaves."""
    if len(leaves) == 1:
        return leaves[0]
    k = _split(len(leaves))
    return hashlib.sha256(b"\x01" + rfc_mth(leaves[:k]) + rfc_mth(leaves[k:])).digest()


def rfc_path(m: int, leaves: list[bytes]) -> list[bytes]:
    """PATH(m, D[n]): the audit path of leaf m, leaf-side first."""
    n = len(leaves)
    if n == 1:
        return []
    k = _split(n)
    if m < k:
        return [*rfc_path(m, leaves[:k]), rfc_mth(leaves[k:])]
    return [*rfc_path(m - k, leaves[k:]), rfc_mth(leaves[:k])]


def rfc_turns(m: int, n: int) -> list[bool]:
    """For each step of PATH(m, D[n]), leaf-side first: is the sibling on the right?"""
    if n == 1:
        return []
    k = _split(n)
    return [*rfc_turns(m, k), True] if m < k else [*rfc_turns(m - k, n - k), False]


def leaves_for(n: int, salt: int = 0) -> list[bytes]:
    return [hashlib.sha256(f"{salt}:{i}".encode()).digest() for i in range(n)]


@st.composite
def tree_and_index(draw: st.DrawFn) -> tuple[list[bytes], int]:
    n = draw(st.integers(1, 300), label="tree size")
    index = draw(st.integers(0, n - 1), label="leaf index")
    salt = draw(st.integers(0, 2**16))
    return leaves_for(n, salt), index


# --- tree shape --------------------------------------------------------------


@PROPERTY
@given(n=st.integers(1, 300), salt=st.integers(0, 2**16))
def test_merkle_root_matches_the_rfc_9162_recursive_definition(n: int, salt: int) -> None:
    leaves = leaves_for(n, salt)
    assert merkle_root(leaves) == rfc_mth(leaves)


def test_small_trees_have_the_rfc_shape_written_out() -> None:
    a, b, c = leaves_for(3)

    def node(x: bytes, y: bytes) -> bytes:
        return hashlib.sha256(b"\x01" + x + y).digest()

    assert merkle_root([a]) == a
    assert merkle_root([a, b]) == node(a, b)
    # The odd leaf is promoted, not duplicated (Bitcoin-style trees would give
    # node(node(a, b), node(c, c))).
    assert merkle_root([a, b, c]) == node(node(a, b), c)
    assert merkle_root([]) == EMPTY_ROOT == hashlib.sha256(b"").digest()


def test_a_root_alone_does_not_commit_to_the_tree_size() -> None:
    """Leaf 0 of 3 and leaf 0 of 4 take the same turns (RFC 9162 property), so the
    verifier must take the tree size from a signed statement, not from the prover."""
    a, b, c = leaves_for(3)
    proof, root = inclusion_proof([a, b, c], 0), merkle_root([a, b, c])
    assert verify_inclusion(a, 0, 3, proof, root)
    assert verify_inclusion(a, 0, 4, proof, root)
    assert not verify_inclusion(a, 0, 5, proof, root)


def test_leaf_hash_is_hmac_sha256_with_the_rfc_leaf_prefix() -> None:
    key, row = b"k" * 32, b'{"a":1}'
    assert leaf_hash(key, row) == hmac.new(key, b"\x00" + row, hashlib.sha256).digest()
    # Domain separation: a leaf is never the same hash as an interior node.
    assert leaf_hash(key, row) != hmac.new(key, row, hashlib.sha256).digest()


@PROPERTY
@given(
    rows=st.lists(st.binary(max_size=40), min_size=1, max_size=30),
    k1=st.binary(min_size=32, max_size=32),
    k2=st.binary(min_size=32, max_size=32),
)
def test_different_keys_give_different_roots(rows: list[bytes], k1: bytes, k2: bytes) -> None:
    fp1, _ = Fingerprint.of_rows(k1, rows)
    fp2, _ = Fingerprint.of_rows(k2, rows)
    assert (fp1.root == fp2.root) == (k1 == k2)
    assert fp1.rows == len(rows)
    assert fp1.root.startswith("sha256:") and len(fp1.root) == 71


def test_fingerprint_depends_on_row_order_and_content() -> None:
    key = b"\x07" * 32
    rows = [b'{"a":1}', b'{"a":2}', b'{"a":3}']
    base, leaves = Fingerprint.of_rows(key, rows)
    assert leaves == [leaf_hash(key, r) for r in rows]
    assert Fingerprint.of_rows(key, rows[::-1])[0] != base
    assert Fingerprint.of_rows(key, [*rows[:2], b'{"a":4}'])[0] != base
    assert Fingerprint.of_rows(key, rows[:2])[0] != base


# --- inclusion proofs --------------------------------------------------------


@PROPERTY
@given(case=tree_and_index())
def test_inclusion_proof_verifies_for_every_size_and_index(
    case: tuple[list[bytes], int],
) -> None:
    leaves, i = case
    proof = inclusion_proof(leaves, i)
    assert proof == rfc_path(i, leaves)
    assert len(proof) == len(rfc_turns(i, len(leaves)))
    assert verify_inclusion(leaves[i], i, len(leaves), proof, merkle_root(leaves))


@PROPERTY
@given(case=tree_and_index(), other=st.binary(min_size=32, max_size=32))
def test_inclusion_proof_for_a_wrong_leaf_fails(
    case: tuple[list[bytes], int], other: bytes
) -> None:
    leaves, i = case
    proof = inclusion_proof(leaves, i)
    wrong = other if other != leaves[i] else bytes(32)
    assert not verify_inclusion(wrong, i, len(leaves), proof, merkle_root(leaves))


@PROPERTY
@given(case=tree_and_index(), data=st.data())
def test_inclusion_proof_at_a_wrong_index_fails(
    case: tuple[list[bytes], int], data: st.DataObject
) -> None:
    leaves, i = case
    n = len(leaves)
    j = data.draw(st.integers(-2, n + 2).filter(lambda j: j != i), label="wrong index")
    proof = inclusion_proof(leaves, i)
    assert not verify_inclusion(leaves[i], j, n, proof, merkle_root(leaves))


@PROPERTY
@given(case=tree_and_index(), data=st.data())
def test_inclusion_proof_with_a_wrong_tree_size_fails(
    case: tuple[list[bytes], int], data: st.DataObject
) -> None:
    leaves, i = case
    n = len(leaves)
    proof = inclusion_proof(leaves, i)
    # An RFC 9162 root does not commit to the tree size by itself (a signed tree
    # head carries it): a size whose audit path takes exactly the same left/right
    # turns is indistinguishable. Every other size must fail.
    turns = rfc_turns(i, n)
    m = data.draw(
        st.integers(0, 2 * n + 2).filter(lambda m: m != n and (m <= i or rfc_turns(i, m) != turns)),
        label="wrong tree size",
    )
    assert not verify_inclusion(leaves[i], i, m, proof, merkle_root(leaves))


@PROPERTY
@given(case=tree_and_index(), data=st.data())
def test_inclusion_proof_with_a_flipped_bit_fails(
    case: tuple[list[bytes], int], data: st.DataObject
) -> None:
    leaves, i = case
    proof = inclusion_proof(leaves, i)
    if not proof:  # a one-leaf tree has an empty proof; flip the root instead
        root = bytearray(merkle_root(leaves))
        root[0] ^= 1
        assert not verify_inclusion(leaves[i], i, 1, [], bytes(root))
        return
    which = data.draw(st.integers(0, len(proof) - 1), label="proof element")
    byte = data.draw(st.integers(0, 31), label="byte")
    bit = data.draw(st.integers(0, 7), label="bit")
    tampered = [bytearray(p) for p in proof]
    tampered[which][byte] ^= 1 << bit
    assert not verify_inclusion(
        leaves[i], i, len(leaves), [bytes(p) for p in tampered], merkle_root(leaves)
    )


@PROPERTY
@given(case=tree_and_index())
def test_a_proof_with_an_element_added_or_removed_fails(case: tuple[list[bytes], int]) -> None:
    leaves, i = case
    n, root = len(leaves), merkle_root(leaves)
    proof = inclusion_proof(leaves, i)
    assert not verify_inclusion(leaves[i], i, n, [*proof, leaves[0]], root)
    if proof:
        assert not verify_inclusion(leaves[i], i, n, proof[:-1], root)


def test_inclusion_proof_outside_the_tree_raises_index_error() -> None:
    leaves = leaves_for(4)
    for bad in (-1, 4):
        with pytest.raises(IndexError):
            inclusion_proof(leaves, bad)
