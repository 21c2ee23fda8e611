"""The public domain a synthesiser works on.

A marginal-based generator (MST) needs every column discrete and its domain
fixed *before* it looks at the data: bin edges taken from the data's own
minimum, maximum or quantiles would be released without noise (the largest
tumour in the cohort is one patient's value). So the domain is declared, from
public knowledge, in the synthesis request: a numeric column by a plausible
range and a bin count, a categorical one by its categories. The node checks
the declaration against the dataset's columns and refuses a table with a
value outside a declared category list (naming the column, never the value);
numeric values outside the range are clipped into the edge bins.

A synthetic numeric value is drawn uniformly inside its bin (rounded for an
``integer`` column), so the released table has the declared resolution and no
finer: the declaration is also what the hospital agrees to disclose.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from custos.core._errors import InvalidInput

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

# numpy and pandas are imported where used: a job spec carries a domain, and
# reading a spec (every CLI call) should not load them.

__all__ = ["CategoricalColumn", "NumericColumn", "SynthDomain"]

ColumnName = Annotated[str, StringConstraints(min_length=1, max_length=128)]
Category = Annotated[str, StringConstraints(max_length=200)] | int | bool

MAX_COLUMNS = 200
MAX_BINS = 64
MAX_CATEGORIES = 256


class NumericColumn(BaseModel):
    """A numeric column: ``bins`` equal-width bins over the public ``[low, high]``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Literal["numeric"] = "numeric"
    low: float
    high: float
    bins: int = Field(default=8, ge=2, le=MAX_BINS)
    integer: bool = False

    @model_validator(mode="after")
    def _range(self) -> NumericColumn:
        if not (math.isfinite(self.low) and math.isfinite(self.high)):
            raise ValueError("low and high must be finite")
        if self.high <= self.low:
            raise ValueError("high must be above low")
        return self

    @property
    def size(self) -> int:
        return self.bins

    def edges(self) -> np.ndarray:
        import numpy as np

        return np.linspace(self.low, self.high, self.bins + 1)


class CategoricalColumn(BaseModel):
    """A categorical column with its complete list of categories."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Literal["categorical"] = "categorical"
    categories: list[Category] = Field(min_length=1, max_length=MAX_CATEGORIES)

    @model_validator(mode="after")
    def _unique(self) -> CategoricalColumn:
        keys = [_category_key(c) for c in self.categories]
        if len(set(keys)) != len(keys):
            raise ValueError("categories must be unique")
        return self

    @property
    def size(self) -> int:
        return len(self.categories)


Column = Annotated[NumericColumn | CategoricalColumn, Field(discriminator="kind")]


def _category_key(value: object) -> str:
    """Compare categories as text: a CSV gives ``"1"`` where YAML gave ``1``."""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class SynthDomain(BaseModel):
    """The declared domain: every column the synthetic table will have."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    columns: dict[ColumnName, Column] = Field(min_length=2, max_length=MAX_COLUMNS)

    @property
    def names(self) -> list[str]:
        return list(self.columns)

    @property
    def categorical(self) -> list[str]:
        return [n for n, c in self.columns.items() if isinstance(c, CategoricalColumn)]

    def sizes(self) -> dict[str, int]:
        return {n: c.size for n, c in self.columns.items()}

    def check_columns(self, available: list[str]) -> None:
        """Refuse a declaration that names a column the dataset does not have."""
        missing = [n for n in self.columns if n not in set(available)]
        if missing:
            raise InvalidInput(
                "the synthesis domain names columns the dataset does not have: "
                + ", ".join(sorted(missing)[:10]),
                code="synth.domain_mismatch",
            )

    def encode(self, frame: pd.DataFrame) -> dict[str, np.ndarray]:
        """Each declared column as bin or category indices (``int64``).

        Raises
        ------
        InvalidInput
            A column is missing, a numeric column has a non-numeric or missing
            value, or a categorical column a value outside its categories. The
            message names the column and a count, never a value.
        """
        import numpy as np
        import pandas as pd

        self.check_columns(list(frame.columns))
        out: dict[str, np.ndarray] = {}
        for name, col in self.columns.items():
            series = frame[name]
            if isinstance(col, NumericColumn):
                values = pd.to_numeric(series, errors="coerce").to_numpy(dtype=float)
                bad = int(np.count_nonzero(~np.isfinite(values)))
                if bad:
                    raise InvalidInput(
                        f"column {name!r}: {bad} missing or non-numeric value(s); "
                        "the synthesiser needs every declared numeric value",
                        code="synth.bad_value",
                    )
                inner = col.edges()[1:-1]
                out[name] = np.searchsorted(inner, values, side="right").astype(np.int64)
            else:
                index = {_category_key(c): i for i, c in enumerate(col.categories)}
                keys = [_category_key(v) for v in series.tolist()]
                codes = np.array([index.get(k, -1) for k in keys], dtype=np.int64)
                bad = int(np.count_nonzero(codes < 0))
                if bad:
                    raise InvalidInput(
                        f"column {name!r}: {bad} value(s) outside the declared categories",
                        code="synth.bad_value",
                    )
                out[name] = codes
        return out

    def decode(self, codes: Mapping[str, np.ndarray], rng: np.random.Generator) -> pd.DataFrame:
        """Synthetic indices back to a table: a uniform draw inside each numeric bin."""
        import numpy as np
        import pandas as pd

        data: dict[str, Any] = {}
        for name, col in self.columns.items():
            idx = np.asarray(codes[name], dtype=np.int64)
            if isinstance(col, NumericColumn):
                edges = col.edges()
                lo, hi = edges[idx], edges[idx + 1]
                values = lo + (hi - lo) * rng.random(idx.size)
                if col.integer:
                    values = np.clip(np.round(values), math.ceil(col.low), math.floor(col.high))
                    data[name] = values.astype(np.int64)
                else:
                    data[name] = values
            else:
                cats = np.array(col.categories, dtype=object)
                data[name] = cats[idx]
        return pd.DataFrame(data, columns=self.names)

    def to_matrix(self, frame: pd.DataFrame) -> np.ndarray:
        """The table as float64 ``(rows, columns)``: numeric values as they are,
        categories as their index. How a table crosses the sandbox boundary."""
        import numpy as np
        import pandas as pd

        codes = self.encode(frame)  # validates columns and values
        cols = [
            pd.to_numeric(frame[name]).to_numpy(dtype=float)
            if isinstance(col, NumericColumn)
            else codes[name].astype(float)
            for name, col in self.columns.items()
        ]
        return np.column_stack(cols)

    def from_matrix(self, matrix: np.ndarray, *, strict: bool = False) -> pd.DataFrame:
        """The inverse of :meth:`to_matrix`.

        ``strict`` (a synthetic table coming back from the sandbox): every
        numeric value must lie in its declared range (and be whole for an
        ``integer`` column) and every category index must exist.

        Raises
        ------
        InvalidInput
            The matrix does not fit the domain (naming the column only).
        """
        import numpy as np
        import pandas as pd

        if matrix.ndim != 2 or matrix.shape[1] != len(self.columns):
            raise InvalidInput("the table does not have the domain's columns", code="synth.shape")
        if not np.isfinite(matrix).all():
            raise InvalidInput("the table holds non-finite values", code="synth.bad_value")
        data: dict[str, Any] = {}
        for j, (name, col) in enumerate(self.columns.items()):
            v = matrix[:, j]
            if isinstance(col, NumericColumn):
                whole = bool(np.all(v == np.round(v)))
                if strict and (
                    np.any(v < col.low) or np.any(v > col.high) or (col.integer and not whole)
                ):
                    raise InvalidInput(
                        f"column {name!r}: values outside the declared domain",
                        code="synth.out_of_domain",
                    )
                data[name] = v.astype(np.int64) if col.integer and whole else v.copy()
            else:
                idx = v.astype(np.int64)
                if np.any(idx != v) or np.any(idx < 0) or np.any(idx >= col.size):
                    raise InvalidInput(
                        f"column {name!r}: category indices outside the declared categories",
                        code="synth.out_of_domain",
                    )
                data[name] = np.array(col.categories, dtype=object)[idx]
        return pd.DataFrame(data, columns=self.names)

    def to_json(self) -> dict[str, Any]:
        return self.model_dump(mode="json")
