"""The table de-identification spec: what each column is, and the privacy model.

A spec is YAML written by the custodian::

    safe_harbor: true            # Safe Harbor minimums on the built-in hierarchies
    date_shift: {patient_column: mrn, max_days: 365}   # optional
    privacy: {k: 5, l: 2, l_variant: distinct, t: 0.3, max_suppression: 0.05}
    risk: {threshold: 0.2, sampling_fraction: 0.1}      # optional
    columns:
      mrn:        {role: direct_identifier, action: pseudonymise}
      name:       {role: direct_identifier}              # dropped
      age:        {role: quasi_identifier, hierarchy: {type: age, widths: [5, 10, 20]}}
      zip:        {role: quasi_identifier, hierarchy: {type: zip}}
      admitted:   {role: quasi_identifier, hierarchy: {type: date}}
      diagnosis:  {role: sensitive}
      lab_value:  {role: insensitive}

Every column of the table must be named (an unnamed column could be an
identifier nobody thought of), unknown fields are refused, and every problem
is listed at once, both when the spec is loaded and when it meets a table.
"""

from __future__ import annotations

import itertools
import math
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from custos.core._errors import InvalidInput
from custos.core._yaml import read_document, validation_messages

SPEC_CODE = "deid.table_spec_invalid"
_M = TypeVar("_M", bound=BaseModel)
SAFE_HARBOR_AGE = 90  # ages above 89 are grouped (45 CFR 164.514(b)(2)(i)(C))


class Role(StrEnum):
    DIRECT_IDENTIFIER = "direct_identifier"
    QUASI_IDENTIFIER = "quasi_identifier"
    SENSITIVE = "sensitive"
    INSENSITIVE = "insensitive"


class DateLevel(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    DECADE = "decade"


_DATE_ORDER = list(DateLevel)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _increasing_nested(widths: list[float]) -> None:
    if not widths:
        raise ValueError("widths needs at least one width")
    if any(not math.isfinite(w) or w <= 0 for w in widths):
        raise ValueError("widths must be positive numbers")
    for a, b in itertools.pairwise(widths):
        ratio = b / a
        if b <= a or abs(ratio - round(ratio)) > 1e-9:
            raise ValueError(
                "widths must increase, each a whole multiple of the one before "
                "(so the intervals nest)"
            )


class AgeHierarchy(_Strict):
    """Ages in years: intervals of the given widths, with ages at or above
    ``top_code`` grouped into one ``"90+"`` bucket at every level."""

    type: Literal["age"]
    widths: list[int] = Field(default_factory=lambda: [5, 10, 20])
    top_code: int | None = SAFE_HARBOR_AGE

    @model_validator(mode="after")
    def _check(self) -> AgeHierarchy:
        _increasing_nested([float(w) for w in self.widths])
        if self.top_code is not None and self.top_code < 1:
            raise ValueError("top_code must be a positive age")
        return self


class IntervalHierarchy(_Strict):
    """A numeric column: nested intervals ``[origin + i*w, origin + (i+1)*w)``."""

    type: Literal["interval"]
    widths: list[float]
    origin: float = 0.0
    top_code: float | None = None

    @model_validator(mode="after")
    def _check(self) -> IntervalHierarchy:
        _increasing_nested(self.widths)
        if not math.isfinite(self.origin):
            raise ValueError("origin must be a finite number")
        if self.top_code is not None and not math.isfinite(self.top_code):
            raise ValueError("top_code must be a finite number")
        return self


class DateHierarchy(_Strict):
    """Dates (or date-times) generalised to month, year, decade.

    ``levels`` default to ``[year, decade]`` under Safe Harbor (or
    ``[day, month, year, decade]`` when the dates are shifted per patient or
    Safe Harbor is off). ``birth_reference`` marks a date of birth: birth
    years that could mean an age of 90 or more on that date are grouped.
    """

    type: Literal["date"]
    levels: list[DateLevel] | None = None
    birth_reference: date | None = None

    @model_validator(mode="after")
    def _check(self) -> DateHierarchy:
        if self.levels is not None:
            if not self.levels:
                raise ValueError("levels needs at least one level")
            ranks = [_DATE_ORDER.index(x) for x in self.levels]
            if any(b <= a for a, b in itertools.pairwise(ranks)):
                raise ValueError("levels must go from fine to coarse: day, month, year, decade")
        return self


class ZipHierarchy(_Strict):
    """US ZIP codes kept to their first ``digits`` digits; three-digit areas
    on the restricted list (Census, 20,000 people or fewer) become ``"000"``."""

    type: Literal["zip"]
    digits: list[int] | None = None
    restricted: list[Annotated[str, Field(pattern=r"^[0-9]{3}$")]] | None = None

    @model_validator(mode="after")
    def _check(self) -> ZipHierarchy:
        if self.digits is not None:
            if not self.digits or any(d < 1 or d > 5 for d in self.digits):
                raise ValueError("digits must be between 1 and 5")
            if any(b >= a for a, b in itertools.pairwise(self.digits)):
                raise ValueError("digits must decrease, e.g. [5, 4, 3]")
        return self


class PrefixHierarchy(_Strict):
    """Codes (ICD-10, postcodes, ...) cut to shorter prefixes, e.g. ``E11.9`` ->
    ``E11*`` -> ``E*``. ``strip`` characters are removed first (e.g. ".")."""

    type: Literal["prefix"]
    lengths: list[int]
    strip: str = ""

    @model_validator(mode="after")
    def _check(self) -> PrefixHierarchy:
        if not self.lengths or any(n < 1 for n in self.lengths):
            raise ValueError("lengths must be positive")
        if any(b >= a for a, b in itertools.pairwise(self.lengths)):
            raise ValueError("lengths must decrease, e.g. [3, 1]")
        return self


class TreeHierarchy(_Strict):
    """A categorical column: each value with its parents, finest first.

    With no ``tree`` the only generalisation is the value itself -> ``"*"``.
    """

    type: Literal["tree"]
    tree: dict[str, list[str]] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _check(self) -> TreeHierarchy:
        depths = {len(p) for p in self.tree.values()}
        if len(depths) > 1:
            raise ValueError("every value of the tree needs the same number of parent levels")
        # Each parent at one level must have one parent at the next: else the
        # levels are not a hierarchy and generalising could split a group.
        depth = depths.pop() if depths else 0
        for level in range(depth - 1):
            seen: dict[str, str] = {}
            for parents in self.tree.values():
                child, parent = parents[level], parents[level + 1]
                if seen.setdefault(child, parent) != parent:
                    raise ValueError(
                        f"tree level {level + 1}: a node has two different parents at "
                        f"level {level + 2}"
                    )
        return self


Hierarchy = Annotated[
    AgeHierarchy
    | IntervalHierarchy
    | DateHierarchy
    | ZipHierarchy
    | PrefixHierarchy
    | TreeHierarchy,
    Field(discriminator="type"),
]


class ColumnSpec(_Strict):
    role: Role
    hierarchy: Hierarchy | None = None
    # Direct identifiers only: drop the column (default) or replace each value
    # by a keyed pseudonym, recorded in the re-linking table.
    action: Literal["drop", "pseudonymise"] | None = None
    # The keyed-hash domain of a pseudonym: the same domain (and secret) gives
    # the same pseudonym in every table, so one patient links across tables.
    pseudonym_domain: str = Field(default="patient-id", min_length=1, max_length=64)

    @model_validator(mode="after")
    def _check(self) -> ColumnSpec:
        problems = []
        if self.role == Role.QUASI_IDENTIFIER and self.hierarchy is None:
            problems.append("a quasi_identifier needs a hierarchy")
        if self.role != Role.QUASI_IDENTIFIER and self.hierarchy is not None:
            problems.append("only a quasi_identifier takes a hierarchy")
        if self.role != Role.DIRECT_IDENTIFIER and self.action is not None:
            problems.append("only a direct_identifier takes an action")
        if problems:
            raise ValueError("; ".join(problems))
        return self


class PrivacySpec(_Strict):
    k: int = Field(ge=2, le=1_000_000)
    l: int | None = Field(default=None, ge=2)  # noqa: E741 (the model's own name)
    l_variant: Literal["distinct", "entropy"] = "distinct"
    t: float | None = Field(default=None, gt=0.0, lt=1.0)
    max_suppression: float = Field(default=0.05, ge=0.0, le=1.0)


class DateShiftSpec(_Strict):
    patient_column: str = Field(min_length=1)
    max_days: int = Field(default=365, ge=1, le=3650)


class RiskSpec(_Strict):
    threshold: float = Field(default=0.2, gt=0.0, le=1.0)
    # For journalist risk: the share of the population the table holds, or
    # the population's size (the fraction is then rows / population_size).
    sampling_fraction: float | None = Field(default=None, gt=0.0, le=1.0)
    population_size: int | None = Field(default=None, ge=1)

    @model_validator(mode="after")
    def _one(self) -> RiskSpec:
        if self.sampling_fraction is not None and self.population_size is not None:
            raise ValueError("give sampling_fraction or population_size, not both")
        return self


class TableSpec(_Strict):
    """A validated table de-identification spec (see the module docstring)."""

    columns: dict[str, ColumnSpec] = Field(min_length=1)
    privacy: PrivacySpec
    safe_harbor: bool = True
    date_shift: DateShiftSpec | None = None
    risk: RiskSpec = Field(default_factory=RiskSpec)

    def names(self, role: Role) -> list[str]:
        return [n for n, c in self.columns.items() if c.role == role]

    @property
    def quasi_identifiers(self) -> list[str]:
        return self.names(Role.QUASI_IDENTIFIER)

    @property
    def sensitive(self) -> list[str]:
        return self.names(Role.SENSITIVE)


def spec_problems(
    columns: dict[str, ColumnSpec],
    *,
    needs_sensitive: bool,
    safe_harbor: bool,
    date_shift: DateShiftSpec | None,
) -> list[str]:
    """Violations that need more than one part of the spec, names only."""
    out: list[str] = []
    shifted = date_shift is not None
    if needs_sensitive and not any(c.role == Role.SENSITIVE for c in columns.values()):
        out.append("privacy: l-diversity and t-closeness need a sensitive column")
    if date_shift is not None:
        patient = columns.get(date_shift.patient_column)
        if patient is None:
            out.append("date_shift.patient_column: names no column of the spec")
        elif patient.role != Role.DIRECT_IDENTIFIER:
            out.append("date_shift.patient_column: must be a direct_identifier")
    for name, col in columns.items():
        h = col.hierarchy
        where = f"columns.{name}.hierarchy"
        if not safe_harbor or h is None:
            continue
        if isinstance(h, AgeHierarchy) and (h.top_code is None or h.top_code > SAFE_HARBOR_AGE):
            out.append(f"{where}: Safe Harbor groups ages over 89 (top_code at most 90)")
        if isinstance(h, ZipHierarchy) and h.digits is not None and max(h.digits) > 3:
            out.append(f"{where}: Safe Harbor keeps at most the first 3 digits of a ZIP code")
        if isinstance(h, DateHierarchy) and h.levels is not None and not shifted:
            fine = [x.value for x in h.levels if x in (DateLevel.DAY, DateLevel.MONTH)]
            if fine:
                out.append(
                    f"{where}: Safe Harbor keeps only the year of a date unless dates are "
                    f"shifted per patient (date_shift); remove {fine}"
                )
    return out


def parse_table_spec(data: Any) -> TableSpec:
    """Validate a spec from plain data, listing every problem at once.

    Raises
    ------
    InvalidInput
        ``deid.table_spec_invalid`` with one detail line per problem.
    """
    if not isinstance(data, dict):
        raise InvalidInput("table spec must be a mapping at the top level", code=SPEC_CODE)
    try:
        spec = TableSpec.model_validate(data)
    except ValidationError as exc:
        problems = validation_messages(exc)
        problems += _partial_problems(data)
        raise InvalidInput.from_violations(
            "invalid table spec", list(dict.fromkeys(problems)), code=SPEC_CODE
        ) from exc
    problems = spec_problems(
        spec.columns,
        needs_sensitive=spec.privacy.l is not None or spec.privacy.t is not None,
        safe_harbor=spec.safe_harbor,
        date_shift=spec.date_shift,
    )
    if problems:
        raise InvalidInput.from_violations("invalid table spec", problems, code=SPEC_CODE)
    return spec


def _partial_problems(data: dict[str, Any]) -> list[str]:
    """The cross-part checks on whatever parts of an invalid spec are valid,
    so a typo elsewhere does not hide them."""
    columns: dict[str, ColumnSpec] = {}
    raw_columns = data.get("columns")
    if isinstance(raw_columns, dict):
        for name, raw in raw_columns.items():
            try:
                columns[str(name)] = ColumnSpec.model_validate(raw)
            except ValidationError:
                continue
    privacy = data.get("privacy")
    needs = isinstance(privacy, dict) and any(privacy.get(x) is not None for x in ("l", "t"))
    shift = _try(DateShiftSpec, data.get("date_shift"))
    safe_harbor = data.get("safe_harbor", True)
    return spec_problems(
        columns,
        needs_sensitive=needs,
        safe_harbor=safe_harbor if isinstance(safe_harbor, bool) else True,
        date_shift=shift,
    )


def _try(model: type[_M], raw: Any) -> _M | None:
    try:
        return model.model_validate(raw) if raw is not None else None
    except ValidationError:
        return None


def load_table_spec(path: Path) -> TableSpec:
    """Read and validate a table spec (YAML).

    Raises
    ------
    InvalidInput
        The file is missing, too large, not YAML, or the spec is invalid
        (every problem listed in ``details``).
    """
    return parse_table_spec(read_document(path, what="table spec"))
