"""Reading datasets: canonical rows, and errors that never quote a cell."""

from __future__ import annotations

import csv
import io
import json
import math
import random
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from custos.core import InvalidInput
from custos.data import canonical_rows, describe, detect_format, read_table

SECRET = "MRN-SECRET-4711"


def rows_of(path: Path, fmt: str | None = None) -> list[dict[str, object]]:
    table = read_table(path, fmt or detect_format(path))
    return [json.loads(r) for r in canonical_rows(table)]


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# --- canonical rows ----------------------------------------------------------


def test_rows_do_not_depend_on_column_order_quoting_or_float_spelling(tmp_path: Path) -> None:
    a = write(tmp_path / "a.csv", "id,score,label\n1,1,x\n2,2.5,y\n")
    b = write(tmp_path / "b.csv", 'label,score,id\n"x","1.0","1"\n"y",2.50,2\n')

    assert (
        rows_of(a)
        == rows_of(b)
        == [
            {"id": 1, "score": 1, "label": "x"},
            {"id": 2, "score": 2.5, "label": "y"},
        ]
    )
    # Byte-identical canonical encodings, which is what the fingerprint hashes.
    ta, tb = read_table(a, "csv"), read_table(b, "csv")
    assert list(canonical_rows(ta)) == list(canonical_rows(tb))
    assert next(canonical_rows(ta)) == b'{"id":1,"label":"x","score":1}'


# Cells that Arrow reads back as the same type whichever way they are spelled.
_words = st.text(alphabet='abc ,"', min_size=1, max_size=6).map(lambda s: "w" + s)
_ints = st.integers(-(10**6), 10**6)
_floats = st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False)


@st.composite
def tables(draw: st.DrawFn) -> tuple[list[str], list[list[object]], list[str]]:
    kinds = draw(st.lists(st.sampled_from(["int", "float", "word"]), min_size=1, max_size=5))
    names = [f"c{i}" for i in range(len(kinds))]
    n = draw(st.integers(1, 15))
    cells = {"int": _ints, "float": _floats, "word": _words}
    rows = [[draw(cells[k]) for k in kinds] for _ in range(n)]
    return names, rows, kinds


def _spell(value: object, kind: str, style: int) -> str:
    if kind == "float":
        assert isinstance(value, float)
        # repr, 17 significant digits, or a trailing ".0"-less integer form.
        if style == 0:
            return repr(value)
        if value.is_integer():
            return str(int(value))
        return format(value, ".17g")
    return str(value)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(table=tables(), order=st.randoms(use_true_random=False))
def test_any_table_has_the_same_rows_however_the_csv_is_written(
    tmp_path_factory: pytest.TempPathFactory,
    table: tuple[list[str], list[list[object]], list[str]],
    order: random.Random,
) -> None:
    names, rows, kinds = table
    perm = list(range(len(names)))
    order.shuffle(perm)
    folder = tmp_path_factory.mktemp("csv")

    def dump(cols: list[int], quoting: int, style: int) -> Path:
        buf = io.StringIO()
        w = csv.writer(buf, quoting=quoting, lineterminator="\n")
        w.writerow([names[c] for c in cols])
        for r in rows:
            w.writerow([_spell(r[c], kinds[c], style) for c in cols])
        return write(folder / f"{quoting}-{style}.csv", buf.getvalue())

    plain = dump(list(range(len(names))), csv.QUOTE_MINIMAL, 0)
    shuffled = dump(perm, csv.QUOTE_ALL, 1)

    got = rows_of(plain)
    assert rows_of(shuffled) == got
    assert len(got) == len(rows)
    for row, want in zip(got, rows, strict=True):
        for name, kind, value in zip(names, kinds, want, strict=True):
            if kind == "word":
                assert row[name] == value
            else:
                assert row[name] == value and isinstance(row[name], int | float)


def test_integral_floats_and_integers_are_the_same_cell() -> None:
    t = pa.table({"x": pa.array([1.0, -0.0, 2.5], pa.float64())})
    u = pa.table({"x": pa.array([1, 0, None], pa.int64())})
    assert [json.loads(r)["x"] for r in canonical_rows(t)] == [1, 0, 2.5]
    assert list(canonical_rows(t))[:2] == list(canonical_rows(u))[:2]


def test_nan_and_infinities_are_tagged_and_never_equal_a_text_cell() -> None:
    t = pa.table(
        {
            "f": pa.array([math.nan, math.inf, -math.inf, None, 1.5], pa.float64()),
            "s": pa.array(["nan", "inf", "-inf", None, "1.5"], pa.string()),
        }
    )
    got = [json.loads(r) for r in canonical_rows(t)]
    assert [r["f"] for r in got] == [
        {"$float": "nan"},
        {"$float": "inf"},
        {"$float": "-inf"},
        None,
        1.5,
    ]
    assert [r["s"] for r in got] == ["nan", "inf", "-inf", None, "1.5"]
    assert all(r["f"] != r["s"] for r in got[:3])


def test_parquet_rows_carry_the_nan_tag(tmp_path: Path) -> None:
    path = tmp_path / "t.parquet"
    pq.write_table(pa.table({"v": pa.array([math.nan, 3.0], pa.float64())}), path)
    assert rows_of(path) == [{"v": {"$float": "nan"}}, {"v": 3}]


def test_csv_and_parquet_of_the_same_table_give_the_same_rows(tmp_path: Path) -> None:
    csv_path = write(tmp_path / "t.csv", "id,score,label\n1,0.5,x\n2,2,y\n")
    pq_path = tmp_path / "t.parquet"
    pq.write_table(read_table(csv_path, "csv"), pq_path)
    assert rows_of(csv_path) == rows_of(pq_path)


def test_describe_reports_size_hash_rows_and_types(tmp_path: Path) -> None:
    import hashlib

    path = write(tmp_path / "t.csv", "id,label\n1,x\n2,y\n")
    info = describe(path, "csv", read_table(path, "csv"))
    assert info.rows == 2 and info.columns == ["id", "label"]
    assert info.types == {"id": "int64", "label": "string"}
    assert info.size == path.stat().st_size
    assert info.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_integers_beyond_double_precision_have_a_canonical_row(tmp_path: Path) -> None:
    path = write(tmp_path / "big.csv", "record_id,x\n1234567890123456789,1\n")
    rows = rows_of(path)
    assert rows == [{"record_id": {"$int": "1234567890123456789"}, "x": 1}]
    assert list(canonical_rows(read_table(path, "csv"))) == [
        b'{"record_id":{"$int":"1234567890123456789"},"x":1}'
    ]


def test_big_integers_that_one_double_would_round_to_stay_distinct() -> None:
    # 2**53 and 2**53 + 1 are the same IEEE-754 double; as cells they differ.
    values = [2**53 - 1, 2**53, 2**53 + 1, -(2**53) + 1, -(2**53), 2**63 - 1, -(2**63)]
    got = [json.loads(r)["v"] for r in canonical_rows(pa.table({"v": pa.array(values)}))]
    assert got == [
        2**53 - 1,
        {"$int": "9007199254740992"},
        {"$int": "9007199254740993"},
        -(2**53) + 1,
        {"$int": "-9007199254740992"},
        {"$int": "9223372036854775807"},
        {"$int": "-9223372036854775808"},
    ]
    assert len({json.dumps(g, sort_keys=True) for g in got}) == len(values)


def test_a_tagged_integer_never_equals_a_text_or_float_cell() -> None:
    t = pa.table(
        {
            "i": pa.array([2**60], pa.int64()),
            "s": pa.array([str(2**60)], pa.string()),
            "f": pa.array([float(2**60)], pa.float64()),
        }
    )
    (raw,) = list(canonical_rows(t))
    # The float keeps JCS's (ECMAScript) number spelling; only integers are tagged.
    assert raw == (
        b'{"f":1152921504606847000,"i":{"$int":"1152921504606846976"},"s":"1152921504606846976"}'
    )


def test_unsigned_and_nested_big_integers_are_tagged(tmp_path: Path) -> None:
    path = tmp_path / "t.parquet"
    table = pa.table(
        {
            "u": pa.array([2**64 - 1], pa.uint64()),
            "l": pa.array([[1, 2**62]], pa.list_(pa.int64())),
            "s": pa.array([{"k": 2**62}], pa.struct([("k", pa.int64())])),
        }
    )
    pq.write_table(table, path)
    assert rows_of(path) == [
        {
            "u": {"$int": str(2**64 - 1)},
            "l": [1, {"$int": str(2**62)}],
            "s": {"k": {"$int": str(2**62)}},
        }
    ]


def test_a_table_with_big_integers_has_a_deterministic_fingerprint(tmp_path: Path) -> None:
    from custos.data._fingerprint import Fingerprint

    key = b"k" * 32
    a = write(tmp_path / "a.csv", "id,x\n9007199254740992,1\n9007199254740993,2\n")
    b = write(tmp_path / "b.csv", 'x,id\n"1","9007199254740992"\n2,9007199254740993\n')
    c = write(tmp_path / "c.csv", "id,x\n9007199254740992,1\n9007199254740994,2\n")

    def fingerprint(path: Path) -> Fingerprint:
        return Fingerprint.of_rows(key, canonical_rows(read_table(path, "csv")))[0]

    assert fingerprint(a) == fingerprint(a) == fingerprint(b)
    assert fingerprint(a) != fingerprint(c)  # ids that round to one double differ


# --- errors ------------------------------------------------------------------


def _assert_no_cell(exc: InvalidInput) -> None:
    text = json.dumps(exc.to_dict())
    assert SECRET not in text
    assert "SECRET" not in str(exc)


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("empty.csv", "", "dataset.empty"),
        ("header-only.csv", "patient_id,diagnosis\n", "dataset.empty"),
        ("duplicates.csv", f"a,b,a\n{SECRET},1,2\n", "dataset.columns"),
        ("ragged.csv", f"a,b\n1,2\n3,4,{SECRET}\n", "dataset.malformed"),
        ("short-row.csv", f"a,b,c\n1,2,3\n{SECRET}\n", "dataset.malformed"),
        ("blank.csv", "\n", "dataset.malformed"),
        ("not-parquet.parquet", f"PAR1 {SECRET} garbage", "dataset.malformed"),
    ],
)
def test_bad_files_raise_invalid_input_with_a_stable_code(
    tmp_path: Path, name: str, content: str, code: str
) -> None:
    path = write(tmp_path / name, content)
    with pytest.raises(InvalidInput) as info:
        read_table(path, detect_format(path))
    assert info.value.code == code
    assert path.name in str(info.value)
    _assert_no_cell(info.value)


def test_duplicate_column_names_are_listed(tmp_path: Path) -> None:
    path = write(tmp_path / "d.csv", "a,b,a,b,c\n1,2,3,4,5\n")
    with pytest.raises(InvalidInput, match=r"\['a', 'b'\]"):
        read_table(path, "csv")


def test_oversized_file_is_refused_before_parsing(tmp_path: Path) -> None:
    path = write(tmp_path / "big.csv", "a\n" + f"{SECRET}\n" * 10)
    with pytest.raises(InvalidInput) as info:
        read_table(path, "csv", max_bytes=64)
    assert info.value.code == "dataset.too_large"
    assert "64" in str(info.value)
    _assert_no_cell(info.value)
    # The limit is inclusive: a file of exactly max_bytes is read.
    assert read_table(path, "csv", max_bytes=path.stat().st_size).num_rows == 10


def test_missing_file_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput) as info:
        read_table(tmp_path / "absent.csv", "csv")
    assert info.value.code == "dataset.unreadable"


@pytest.mark.parametrize("name", ["data.xlsx", "data.json", "data", "data.csv.gz"])
def test_unsupported_extension_raises_invalid_input(name: str) -> None:
    with pytest.raises(InvalidInput) as info:
        detect_format(Path(name))
    assert info.value.code == "dataset.format"


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("a.csv", "csv"),
        ("a.CSV", "csv"),
        ("a.txt", "csv"),
        ("a.parquet", "parquet"),
        ("a.pq", "parquet"),
    ],
)
def test_supported_extensions_are_detected(name: str, fmt: str) -> None:
    assert detect_format(Path(name)) == fmt


def test_unknown_format_name_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "t.csv", "a\n1\n")
    with pytest.raises(InvalidInput) as info:
        read_table(path, "xlsx")
    assert info.value.code == "dataset.format"


def test_undecodable_text_is_kept_as_base64_of_its_bytes(tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes(b"a,b\n1,caf\xe9\n")
    rows = rows_of(path)
    # Arrow keeps undecodable text as binary; the canonical row holds base64.
    assert rows == [{"a": 1, "b": "Y2Fm6Q=="}]
