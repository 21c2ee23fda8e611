"""The fast canonical-JSON path must emit exactly what rfc8785 emits."""

from __future__ import annotations

from typing import Any

import rfc8785
from hypothesis import given, settings
from hypothesis import strategies as st

from custos.core import canonical_json

SAFE_INT = st.integers(min_value=-(2**53) + 1, max_value=2**53 - 1)
LEAF = st.none() | st.booleans() | SAFE_INT | st.text(max_size=12)
VALUES: Any = st.recursive(
    LEAF,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(VALUES)
def test_canonical_json_equals_rfc8785_for_any_json_value(value: Any) -> None:
    assert canonical_json(value) == rfc8785.dumps(value)


@settings(max_examples=100, deadline=None)
@given(st.floats(allow_nan=False, allow_infinity=False))
def test_floats_use_ecmascript_number_formatting(x: float) -> None:
    assert canonical_json({"x": x}) == rfc8785.dumps({"x": x})
