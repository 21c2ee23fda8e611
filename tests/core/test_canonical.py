"""Canonical JSON (RFC 8785) and content hashes, checked against the RFC's vectors."""

from __future__ import annotations

import hashlib
import json
import math
import struct
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custos.core import InvalidInput, canonical_json, content_hash, loads, sha256_hex


def test_rfc_8785_section_3_2_4_example() -> None:
    text = (
        '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],'
        ' "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/",'
        ' "literals": [null, true, false]}'
    )
    expected = (
        '{"literals":[null,true,false],'
        '"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],'
        '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}'
    )
    assert canonical_json(loads(text)) == expected.encode("utf-8")


def test_keys_sort_by_utf16_code_units_including_non_ascii() -> None:
    # RFC 8785 section 3.2.3: the emoji (surrogates D83D DE00) sorts before
    # U+FB33, which code-point order (Python's sort_keys) would reverse.
    value = {
        "\u20ac": "Euro Sign",
        "\r": "Carriage Return",
        "\ufb33": "Hebrew Letter Dalet With Dagesh",
        "1": "One",
        "\U0001f600": "Emoji: Grinning Face",
        "\u0080": "Control",
        "\u00f6": "Latin Small Letter O With Diaeresis",
    }
    out = json.loads(canonical_json(value))
    assert list(out) == ["\r", "1", "\u0080", "\u00f6", "\u20ac", "\U0001f600", "\ufb33"]
    assert list(json.loads(json.dumps(value, sort_keys=True))) != list(out)


def _f(bits: int) -> float:
    return float(struct.unpack(">d", bits.to_bytes(8, "big"))[0])


# RFC 8785 Appendix B: IEEE-754 bit patterns and their ECMAScript serialisation.
APPENDIX_B = [
    (0x0000000000000000, "0"),
    (0x8000000000000000, "0"),
    (0x0000000000000001, "5e-324"),
    (0x8000000000000001, "-5e-324"),
    (0x7FEFFFFFFFFFFFFF, "1.7976931348623157e+308"),
    (0xFFEFFFFFFFFFFFFF, "-1.7976931348623157e+308"),
    (0x4340000000000000, "9007199254740992"),
    (0xC340000000000000, "-9007199254740992"),
    (0x4430000000000000, "295147905179352830000"),
    (0x44B52D02C7E14AF5, "9.999999999999997e+22"),
    (0x44B52D02C7E14AF6, "1e+23"),
    (0x44B52D02C7E14AF7, "1.0000000000000001e+23"),
    (0x444B1AE4D6E2EF4E, "999999999999999700000"),
    (0x444B1AE4D6E2EF4F, "999999999999999900000"),
    (0x444B1AE4D6E2EF50, "1e+21"),
    (0x3EB0C6F7A0B5ED8C, "9.999999999999997e-7"),
    (0x3EB0C6F7A0B5ED8D, "0.000001"),
    (0x41B3DE4355555553, "333333333.3333332"),
    (0x41B3DE4355555554, "333333333.33333325"),
    (0x41B3DE4355555555, "333333333.3333333"),
    (0x41B3DE4355555556, "333333333.3333334"),
    (0x41B3DE4355555557, "333333333.33333343"),
    (0xBECBF647612F3696, "-0.0000033333333333333333"),
    (0x43143FF3C1CB0959, "1424953923781206.2"),
]


@pytest.mark.parametrize(("bits", "text"), APPENDIX_B, ids=[t for _, t in APPENDIX_B])
def test_numbers_serialise_as_rfc_8785_appendix_b(bits: int, text: str) -> None:
    assert canonical_json(_f(bits)) == text.encode("ascii")


@pytest.mark.parametrize(
    ("literal", "text"),
    [
        ("1e21", "1e+21"),
        ("1E-7", "1e-7"),
        ("1e20", "100000000000000000000"),
        ("4.50", "4.5"),
        ("-0.0", "0"),
        ("1.0", "1"),
        ("2e-3", "0.002"),
        ("1E400", None),
    ],
)
def test_parsed_numbers_are_written_per_the_spec(literal: str, text: str | None) -> None:
    value = loads(literal)
    if text is None:  # 1E400 parses to infinity, which JCS cannot write
        assert math.isinf(value)
        with pytest.raises(InvalidInput):
            canonical_json(value)
    else:
        assert canonical_json(value) == text.encode("ascii")


@pytest.mark.parametrize(
    "value",
    [
        math.nan,
        math.inf,
        -math.inf,
        {"x": [1, math.nan]},
        2**53,
        -(2**53),
        10**21,
        {1: "a"},
        {b"k": 1},
        object(),
    ],
    ids=[
        "nan",
        "inf",
        "-inf",
        "nested-nan",
        "2^53",
        "-2^53",
        "10^21-int",
        "int-key",
        "bytes-key",
        "object",
    ],
)
def test_values_json_cannot_represent_are_refused_with_invalid_input(value: Any) -> None:
    with pytest.raises(InvalidInput) as info:
        canonical_json(value)
    assert info.value.code == "json.not_canonicalizable"


def test_largest_safe_integers_are_written_exactly() -> None:
    assert canonical_json([2**53 - 1, -(2**53) + 1]) == b"[9007199254740991,-9007199254740991]"


def test_strings_escape_only_what_json_requires() -> None:
    assert canonical_json("é\u2028\x1f</") == '"é\u2028\\u001f</"'.encode()


@pytest.mark.parametrize("text", ["NaN", "[Infinity]", '{"x": -Infinity}'])
def test_loads_refuses_nan_and_infinity_constants(text: str) -> None:
    with pytest.raises(InvalidInput) as info:
        loads(text)
    assert info.value.code == "json.invalid"


def test_loads_reports_the_position_of_malformed_json_without_the_content() -> None:
    with pytest.raises(InvalidInput) as info:
        loads('{\n  "mrn": "MRN-SECRET-1",\n  oops\n}')
    assert info.value.code == "json.invalid"
    assert "line 3" in str(info.value)
    assert "SECRET" not in str(info.value)


def test_content_hash_is_sha256_of_the_canonical_bytes() -> None:
    a = {"b": 1, "a": [1.0, "x"]}
    b = json.loads('{"a": [1, "x"], "b": 1.0}')
    assert content_hash(a) == content_hash(b)
    assert content_hash(a) == "sha256:" + hashlib.sha256(b'{"a":[1,"x"],"b":1}').hexdigest()
    assert sha256_hex(b"") == hashlib.sha256(b"").hexdigest()


# Floats in [2**53, 1e21) with integral values are written without an exponent
# and read back as Python ints outside JCS's safe range, so leave them out here.
_floats = st.floats(allow_nan=False, allow_infinity=False).filter(
    lambda x: not (x.is_integer() and 2**53 <= abs(x) < 1e21)
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53) + 1, 2**53 - 1) | _floats | st.text(),
    lambda ch: st.lists(ch, max_size=4) | st.dictionaries(st.text(), ch, max_size=4),
    max_leaves=15,
)


@settings(max_examples=100, deadline=None)
@given(value=json_values)
def test_canonical_form_is_a_fixed_point(value: Any) -> None:
    once = canonical_json(value)
    reparsed = loads(once)
    # Whatever order the keys are handed over in, the bytes are the same.
    if isinstance(reparsed, dict):
        reparsed = dict(reversed(list(reparsed.items())))
    assert canonical_json(reparsed) == once


def test_integral_floats_beyond_2_53_do_not_survive_a_reparse() -> None:
    """Pinned limit: 1e16 is written as an integer, which then reads back unsafe."""
    once = canonical_json(1e16)
    assert once == b"10000000000000000"
    with pytest.raises(InvalidInput):
        canonical_json(loads(once))


# --- the fast path (json.dumps) must agree with rfc8785 for floats -------------

# Around every switch of Python's repr (exponent below 1e-4 and from 1e16) and
# of ECMAScript's (below 1e-6 and from 1e21), plus values that take the fast path.
_FLOAT_EDGES = [
    0.5,
    -0.5,
    0.1 + 0.2,
    333333333.33333329,
    1e-4,
    1.0000000000000001e-4,
    9.999999999999999e-5,
    1e-5,
    1e-6,
    9.99999e-7,
    1e-7,
    123456789012345.6,
    1e15 + 0.5,
    9999999999999998.0,
    1e16,
    1.5e16,
    1e20,
    1e21,
    1.7976931348623157e308,
    5e-324,
    -5e-324,
    2.5,
    -0.0,
    0.0,
    1.0,
    -1.0,
]


@pytest.mark.parametrize("x", _FLOAT_EDGES, ids=repr)
def test_floats_at_the_formatting_edges_match_rfc8785(x: float) -> None:
    import rfc8785

    assert canonical_json(x) == rfc8785.dumps(x)
    assert canonical_json({"k": [x, "s", 1]}) == rfc8785.dumps({"k": [x, "s", 1]})


@settings(max_examples=300, deadline=None)
@given(
    st.floats(allow_nan=False, allow_infinity=False)
    | st.floats(min_value=1e-7, max_value=1e-3)
    | st.floats(min_value=1e14, max_value=1e22)
)
def test_any_float_inside_a_document_matches_rfc8785(x: float) -> None:
    import rfc8785

    doc = {"details": {"epsilon": x, "n": 3, "who": "a"}, "v": 1}
    assert canonical_json(doc) == rfc8785.dumps(doc)


def test_a_float_subclass_is_written_as_the_float_it_is() -> None:
    import rfc8785

    class Weird(float):
        def __repr__(self) -> str:
            return "1e999"

    assert canonical_json([Weird(0.25)]) == rfc8785.dumps([0.25]) == b"[0.25]"
