"""Reading tabular datasets (CSV, Parquet) safely.

Files are parsed with Apache Arrow, whose type inference is deterministic,
so the same file always yields the same canonical rows and fingerprint.
Parse errors are translated into messages that name the file and never a
cell value.
"""

from __future__ import annotations

import base64
import hashlib
import math
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pyarrow as pa

from custos.core._canonical import MAX_SAFE_INTEGER, canonical_json
from custos.core._errors import InvalidInput

FORMATS = ("csv", "parquet")
DEFAULT_MAX_BYTES = 4 << 30


def detect_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt"):
        return "csv"
    if suffix in (".parquet", ".pq"):
        return "parquet"
    raise InvalidInput(
        f"{path.name}: unsupported dataset format; use .csv or .parquet", code="dataset.format"
    )


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def read_table(
    path: Path,
    fmt: str,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    text_columns: Collection[str] = (),
) -> pa.Table:
    """Parse ``path`` into an Arrow table.

    ``text_columns`` are read from a CSV as strings, not inferred (codes and
    identifiers whose leading zeros matter: an MRN 000123 is not 123).

    Raises
    ------
    InvalidInput
        Missing, oversized, empty, malformed file, or duplicate column names.
    """
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InvalidInput(f"{path.name}: cannot be read", code="dataset.unreadable") from exc
    if size > max_bytes:
        raise InvalidInput(
            f"{path.name}: {size} bytes exceeds the limit of {max_bytes}", code="dataset.too_large"
        )
    if size == 0:
        raise InvalidInput(f"{path.name}: file is empty", code="dataset.empty")
    import pyarrow as pa  # imported here so custos.policy stays light

    try:
        if fmt == "csv":
            from pyarrow import csv

            types = {name: pa.string() for name in text_columns}
            table = csv.read_csv(path, convert_options=csv.ConvertOptions(column_types=types))
        elif fmt == "parquet":
            from pyarrow import parquet

            table = parquet.read_table(path)
        else:
            raise InvalidInput(f"unknown dataset format {fmt!r}", code="dataset.format")
    except (pa.ArrowException, OSError, ValueError) as exc:
        # Arrow's messages can quote the offending cell: never pass them on.
        raise InvalidInput(
            f"{path.name}: not a well-formed {fmt.upper()} table", code="dataset.malformed"
        ) from exc
    names = table.schema.names
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise InvalidInput(f"{path.name}: duplicate column names {dupes}", code="dataset.columns")
    if table.num_rows == 0:
        raise InvalidInput(f"{path.name}: table has no rows", code="dataset.empty")
    return table


def _plain(value: Any) -> Any:
    """Map an Arrow/Python cell to a JSON value with one canonical form.

    Values JSON cannot hold exactly are tagged as one-key objects, which no
    scalar cell can equal:

    * ``{"$float": "nan" | "inf" | "-inf"}`` for non-finite floats;
    * ``{"$int": "<decimal digits>"}`` for integers of magnitude above
      2**53 - 1 (e.g. 64-bit record ids). RFC 8785 numbers are IEEE-754
      doubles, so such an integer cannot be a JSON number: rounded, distinct
      ids would collide, and JCS refuses them. Python's ``str(int)`` is the
      canonical decimal form (optional ``-``, no leading zeros), so equal
      integers give equal bytes and distinct ones stay distinct.
    """
    if value is None or isinstance(value, bool | str):
        return value
    if isinstance(value, int):
        if -MAX_SAFE_INTEGER <= value <= MAX_SAFE_INTEGER:
            return value
        return {"$int": str(value)}
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            # JSON has no NaN/Infinity; tag them so they never equal a string cell.
            return {"$float": "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf")}
        if value.is_integer() and abs(value) <= MAX_SAFE_INTEGER:
            return int(value)  # 1.0 and 1 are the same cell
        # Larger integral floats stay JSON numbers: every finite double has
        # one JCS spelling (e.g. 1e+21). Only integer cells are tagged.
        return value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return str(value)


def canonical_rows(table: pa.Table, *, batch_rows: int = 8192) -> Iterator[bytes]:
    """Yield each row as RFC 8785 canonical JSON of ``{column: value}``."""
    for batch in table.to_batches(max_chunksize=batch_rows):
        for row in batch.to_pylist():
            yield canonical_json({k: _plain(v) for k, v in row.items()})


@dataclass(frozen=True)
class TableInfo:
    format: str
    sha256: str
    size: int
    rows: int
    columns: list[str]
    types: dict[str, str]


def describe(path: Path, fmt: str, table: pa.Table) -> TableInfo:
    return TableInfo(
        format=fmt,
        sha256=file_sha256(path),
        size=path.stat().st_size,
        rows=table.num_rows,
        columns=list(table.schema.names),
        types={f.name: str(f.type) for f in table.schema},
    )
