"""The error tree: stable codes, documented exit codes, public JSON form."""

from __future__ import annotations

import inspect
import json
import re

import pytest

import custos.core
from custos.core import _errors
from custos.core._errors import CustosError, InvalidInput

# Stable codes are part of the public interface (scripts and the API match on them).
STABLE_CODES = {
    "CustosError": "custos.error",
    "ConfigError": "config.invalid",
    "NodeNotInitialized": "node.not_initialized",
    "InvalidInput": "input.invalid",
    "NotFound": "not_found",
    "Conflict": "conflict",
    "SignatureError": "signature.invalid",
    "PolicyDenied": "policy.denied",
    "IntegrityError": "integrity.violation",
    "StorageError": "storage.error",
}


def error_classes() -> dict[str, type[CustosError]]:
    return {
        name: cls
        for name, cls in inspect.getmembers(_errors, inspect.isclass)
        if issubclass(cls, CustosError)
    }


def documented_tree() -> dict[str, tuple[int, str | None]]:
    """Parse the module docstring's tree: name -> (exit code, documented parent)."""
    assert _errors.__doc__
    out: dict[str, tuple[int, str | None]] = {}
    stack: list[tuple[int, str]] = []
    for line in _errors.__doc__.splitlines():
        m = re.search(r"(\w+)\s+exit (\d+)", line)
        if not m:
            continue
        depth = m.start(1)
        while stack and stack[-1][0] >= depth:
            stack.pop()
        out[m.group(1)] = (int(m.group(2)), stack[-1][1] if stack else None)
        stack.append((depth, m.group(1)))
    return out


def test_docstring_tree_names_every_error_class() -> None:
    assert set(documented_tree()) == set(error_classes()) == set(STABLE_CODES)


@pytest.mark.parametrize("name", sorted(STABLE_CODES))
def test_error_class_matches_its_documented_exit_code_and_parent(name: str) -> None:
    exit_code, parent = documented_tree()[name]
    cls = error_classes()[name]
    assert cls.exit_code == exit_code
    if parent is None:
        assert cls is CustosError
    else:
        assert cls.__bases__ == (error_classes()[parent],)


def test_every_error_class_has_a_distinct_stable_code() -> None:
    codes = {name: cls.code for name, cls in error_classes().items()}
    assert codes == STABLE_CODES
    assert len(set(codes.values())) == len(codes)


def test_exit_codes_follow_sysexits() -> None:
    # EX_DATAERR 65, EX_NOINPUT 66, EX_SOFTWARE 70, EX_IOERR 74, EX_TEMPFAIL 75,
    # EX_NOPERM 77, EX_CONFIG 78; 1 for anything else.
    assert {cls.exit_code for cls in error_classes().values()} == {1, 65, 66, 70, 74, 75, 77, 78}


def test_every_error_class_is_exported_from_custos_core() -> None:
    for name, cls in error_classes().items():
        assert getattr(custos.core, name) is cls
        assert name in custos.core.__all__


@pytest.mark.parametrize("name", sorted(STABLE_CODES))
def test_to_dict_has_code_message_and_details(name: str) -> None:
    cls = error_classes()[name]
    err = cls("something public went wrong", details=["a: first", "b: second"])
    d = err.to_dict()
    assert d == {
        "code": STABLE_CODES[name],
        "message": "something public went wrong",
        "details": ["a: first", "b: second"],
    }
    assert json.loads(json.dumps(d)) == d
    assert str(err) == "something public went wrong"
    assert isinstance(err, CustosError) and isinstance(err, Exception)


def test_a_specific_code_overrides_the_class_code_for_that_error_only() -> None:
    err = InvalidInput("bad card", code="card.invalid")
    assert err.code == "card.invalid" and err.to_dict()["code"] == "card.invalid"
    assert InvalidInput.code == "input.invalid"
    assert InvalidInput("other").code == "input.invalid"
    assert err.exit_code == 65


def test_errors_without_details_have_an_empty_list() -> None:
    assert CustosError("x").to_dict()["details"] == []


def test_from_violations_counts_problems_and_keeps_every_one() -> None:
    one = InvalidInput.from_violations("data card", ["name: bad"], code="card.invalid")
    many = InvalidInput.from_violations("data card", (f"f{i}: bad" for i in range(3)))
    assert one.message == "data card: 1 problem"
    assert one.code == "card.invalid" and one.details == ("name: bad",)
    assert many.message == "data card: 3 problems"
    assert many.code == "input.invalid"
    assert many.details == ("f0: bad", "f1: bad", "f2: bad")
