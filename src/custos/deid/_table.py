"""De-identifying a table (CSV or Parquet): Safe Harbor, then k-anonymity.

One run:

1. read the table and check it against the spec (every column named, every
   value covered by its hierarchy), listing every problem at once;
2. direct identifiers are dropped, or replaced by keyed pseudonyms recorded
   in the encrypted re-linking table; dates are shifted per patient when the
   spec asks;
3. quasi-identifiers are generalised by the lattice search
   (:mod:`custos.deid._table_search`) to the least lossy full-domain
   recoding that, with at most the allowed share of rows suppressed, meets
   k-anonymity and the l-diversity / t-closeness asked for;
4. the output is written to a temporary file beside the target and renamed
   into place, so a failure leaves nothing half-written; the report gives the
   risk before and after and the utility lost, in counts and ratios only.
"""

from __future__ import annotations

import contextlib
import math
import os
import secrets
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from custos.core._errors import InvalidInput
from custos.data._loader import DEFAULT_MAX_BYTES, detect_format, file_sha256, read_table
from custos.deid import _table_hierarchy as hierarchy
from custos.deid._common import (
    DeidReport,
    DeidSecret,
    RelinkTable,
    date_shift_days,
    patient_pseudonym,
    pseudonym,
)
from custos.deid._table_risk import class_sizes, discernibility, relative_change, risk
from custos.deid._table_search import Lattice, PrivacyModel, SearchResult, Sensitive
from custos.deid._table_spec import (
    DateHierarchy,
    PrefixHierarchy,
    Role,
    TableSpec,
    TreeHierarchy,
    ZipHierarchy,
    load_table_spec,
    parse_table_spec,
    spec_problems,
)

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = ["TableSpec", "deidentify_table", "load_table_spec", "parse_table_spec"]

MISMATCH = "deid.table_spec_mismatch"
UNSATISFIABLE = "deid.table_unsatisfiable"
METHOD = (
    "HIPAA Safe Harbor generalisations, then k-anonymity (with l-diversity / t-closeness "
    "when asked) by full-domain generalisation and record suppression, least information "
    "loss (Iyengar's loss metric, suppressed rows at full loss) by exact lattice search"
)


def _text_columns(spec: TableSpec) -> list[str]:
    """Columns read as text from CSV: identifiers and codes whose leading
    zeros or exact spelling matter (an MRN 000123 is not 123)."""
    out = []
    for name, col in spec.columns.items():
        if col.role == Role.DIRECT_IDENTIFIER or isinstance(
            col.hierarchy, ZipHierarchy | PrefixHierarchy | TreeHierarchy
        ):
            out.append(name)
    return out


def read_input(path: Path, spec: TableSpec, *, max_bytes: int = DEFAULT_MAX_BYTES) -> pa.Table:
    """Parse a CSV or Parquet table; errors name the file, never a cell.

    Raises
    ------
    InvalidInput
        Unsupported suffix, missing, oversized, empty, malformed file, or
        duplicate column names.
    """
    return read_table(
        path, detect_format(path), max_bytes=max_bytes, text_columns=_text_columns(spec)
    )


def _column_problems(table: pa.Table, spec: TableSpec) -> list[str]:
    import pyarrow as pa

    problems = []
    names = table.schema.names
    unknown = [c for c in spec.columns if c not in names]
    unnamed = [c for c in names if c not in spec.columns]
    if unknown:
        problems.append(f"columns: the table has no columns {unknown}")
    if unnamed:
        problems.append(
            f"columns: the spec does not name the table's columns {unnamed} "
            "(every column needs a role)"
        )
    if spec.safe_harbor:
        for f in table.schema:
            col = spec.columns.get(f.name)
            kept = col is not None and col.role in (Role.SENSITIVE, Role.INSENSITIVE)
            if kept and (pa.types.is_date(f.type) or pa.types.is_timestamp(f.type)):
                problems.append(
                    f"columns.{f.name}: holds dates; under Safe Harbor make it a "
                    "quasi_identifier with a date hierarchy, or a direct_identifier to drop"
                )
    return problems


def _pseudonym(secret: DeidSecret, domain: str, value: str) -> str:
    if domain == "patient-id":  # one patient, one pseudonym in tables, notes and DICOM
        return patient_pseudonym(secret, value)
    return pseudonym(secret, domain, value)


def _pseudonymise(
    series: pd.Series, secret: DeidSecret, domain: str, relink: RelinkTable
) -> pd.Series:
    values = series.astype("string")
    uniq = values.dropna().unique()
    kind = domain.replace("-", "_")
    mapping: dict[str, str] = {}
    for v in uniq:
        surrogate = _pseudonym(secret, domain, str(v))
        relink.add(kind, surrogate, str(v))
        mapping[str(v)] = surrogate
    return values.map(mapping).astype(object)


def _shift_days(series: pd.Series, secret: DeidSecret, max_days: int) -> np.ndarray:
    values = series.astype("string")
    codes, uniq = pd.factorize(values)
    shifts = np.array([date_shift_days(secret, str(u), max_days=max_days) for u in uniq])
    return np.asarray(shifts[codes], dtype=np.int64)


def _write_atomic(df: pd.DataFrame, out: Path) -> None:
    import pyarrow as pa
    from pyarrow import csv, parquet

    fmt = detect_format(out)
    tmp = out.with_name(f".{out.name}.{secrets.token_hex(6)}.tmp")
    try:
        table = pa.Table.from_pandas(df, preserve_index=False)
        if fmt == "csv":
            csv.write_csv(table, tmp)
        else:
            parquet.write_table(table, tmp)
        os.replace(tmp, out)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def deidentify_table(
    src: Path,
    out: Path,
    spec: TableSpec,
    *,
    secret: DeidSecret,
    relink: Path | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> DeidReport:
    """De-identify the table ``src`` into ``out`` under ``spec``.

    Parameters
    ----------
    src, out:
        CSV or Parquet files (by suffix).
    spec:
        From :func:`load_table_spec`.
    secret:
        The hospital's secret: keyed pseudonyms and date shifts.
    relink:
        Where to write (or merge into) the encrypted re-linking table of the
        pseudonyms; nothing is recorded when ``None``.

    Raises
    ------
    InvalidInput
        The table cannot be read, or does not match the spec (every problem
        listed), or no generalisation meets the privacy model within the
        suppression limit (``deid.table_unsatisfiable``). Nothing is written.
    """
    problems = spec_problems(
        spec.columns,
        needs_sensitive=spec.privacy.l is not None or spec.privacy.t is not None,
        safe_harbor=spec.safe_harbor,
        date_shift=spec.date_shift,
    )
    if problems:
        raise InvalidInput.from_violations(
            "invalid table spec", problems, code="deid.table_spec_invalid"
        )
    detect_format(out)
    if not out.parent.is_dir():
        raise InvalidInput(
            f"{out.name}: the output folder does not exist", code="deid.table_output"
        )
    with contextlib.suppress(OSError):
        if out.resolve() == src.resolve():
            raise InvalidInput(
                "the output would overwrite the input table", code="deid.table_output"
            )
    table = read_input(src, spec, max_bytes=max_bytes)
    problems = _column_problems(table, spec)
    if problems:
        raise InvalidInput.from_violations(
            f"{src.name} does not match the spec", problems, code=MISMATCH
        )
    df = table.to_pandas()
    del table
    n = len(df)

    shifts = None
    if spec.date_shift is not None:
        patients = df[spec.date_shift.patient_column]
        missing = int(patients.isna().sum())
        if missing:
            problems.append(
                f"columns.{spec.date_shift.patient_column}: {missing} rows have no patient "
                "id to key their date shift"
            )
        else:
            shifts = _shift_days(patients, secret, spec.date_shift.max_days)

    gens: list[hierarchy.Generalisation] = []
    for name in spec.quasi_identifiers:
        h = spec.columns[name].hierarchy
        assert h is not None  # a quasi_identifier always has one (spec validation)
        shift = shifts if isinstance(h, DateHierarchy) else None
        gen, found = hierarchy.build(
            name, df[name], h, safe_harbor=spec.safe_harbor, shift_days=shift
        )
        problems += found
        if gen is not None:
            gens.append(gen)
    if problems:
        raise InvalidInput.from_violations(
            f"{src.name} does not match the spec", problems, code=MISMATCH
        )

    p = spec.privacy
    model = PrivacyModel(
        k=p.k,
        max_suppressed=math.floor(p.max_suppression * n + 1e-9),
        l=p.l,
        l_variant=p.l_variant,
        t=p.t,
    )
    sensitive = [Sensitive.from_series(c, df[c]) for c in spec.sensitive]
    lattice = Lattice(gens, sensitive, model, n)
    result = lattice.search()
    best = result.best
    if best is None or best.keep is None:
        raise InvalidInput(
            f"no generalisation of the {len(gens)} quasi-identifiers meets the privacy model "
            f"(k={p.k}"
            + (f", l={p.l} {p.l_variant}" if p.l is not None else "")
            + (f", t={p.t}" if p.t is not None else "")
            + f") with at most {p.max_suppression:.1%} of rows suppressed",
            code=UNSATISFIABLE,
        )

    keep = best.keep
    relinks = RelinkTable()
    outdf: dict[str, Any] = {}
    dropped, pseudonymised = [], []
    level_of = dict(zip([g.name for g in gens], best.node, strict=True))
    gen_of = {g.name: g for g in gens}
    for name in df.columns:
        col = spec.columns[name]
        if col.role == Role.DIRECT_IDENTIFIER:
            if col.action == "pseudonymise":
                outdf[name] = _pseudonymise(df[name], secret, col.pseudonym_domain, relinks)[
                    keep
                ].to_numpy()
                pseudonymised.append(name)
            else:
                dropped.append(name)
        elif col.role == Role.QUASI_IDENTIFIER:
            g, level = gen_of[name], level_of[name]
            labels = np.array(g.labels[level], dtype=object)
            outdf[name] = labels[g.codes[level][keep]]
        else:
            outdf[name] = df[name].to_numpy()[keep]
    output = pd.DataFrame(outdf)

    report = _report(spec, df, gens, lattice, result, output, dropped, pseudonymised)
    report.secret_fingerprint = secret.fingerprint
    if pseudonymised and relink is None:
        report.warnings.append(
            "pseudonyms were made but no re-linking table was asked for: nothing records them"
        )
    _write_atomic(output, out)
    try:
        if relink is not None and len(relinks):
            relinks.save(relink, secret)
    except BaseException:
        with contextlib.suppress(OSError):
            out.unlink()
        raise
    report.outputs[out.name] = file_sha256(out)
    return report


def _report(
    spec: TableSpec,
    df: pd.DataFrame,
    gens: list[hierarchy.Generalisation],
    lattice: Lattice,
    result: SearchResult,
    output: pd.DataFrame,
    dropped: list[str],
    pseudonymised: list[str],
) -> DeidReport:
    best = result.best
    assert best is not None
    assert best.keep is not None
    assert best.class_ids is not None
    n = len(df)
    keep = best.keep
    kept = int(keep.sum())
    r = spec.risk
    fraction = r.sampling_fraction
    if r.population_size is not None:
        fraction = min(1.0, n / r.population_size)

    def risk_of(sizes: np.ndarray) -> dict[str, Any]:
        return risk(sizes, threshold=r.threshold, sampling_fraction=fraction)

    qis = spec.quasi_identifiers
    raw = [np.asarray(pd.factorize(df[c], use_na_sentinel=False)[0], dtype=np.int64) for c in qis]
    before = risk_of(class_sizes(raw, n))
    bottom = risk_of(class_sizes([g.codes[0] for g in gens], n))
    after_sizes = np.bincount(best.class_ids[keep])
    after = risk_of(after_sizes)

    per_qi: dict[str, Any] = {}
    for g, level in zip(gens, best.node, strict=True):
        loss_kept = float(g.row_loss(level)[keep].mean()) if kept else 0.0
        entry: dict[str, Any] = {
            "level": g.level_names[level],
            "level_index": level,
            "levels": list(g.level_names),
            "loss_kept_rows": loss_kept,
            "loss_with_suppression": (loss_kept * kept + (n - kept)) / n,
            "distinct_before": g.cardinality(0),
            "distinct_after": len(np.unique(g.codes[level][keep])),
        }
        if g.represent is not None:
            raw_mean = float(pd.to_numeric(df[g.name], errors="coerce").mean())
            reps = g.represent[level][g.codes[level][keep]]
            after_mean = float(np.nanmean(reps)) if np.isfinite(reps).any() else math.nan
            entry["mean_relative_change"] = relative_change(raw_mean, after_mean)
        per_qi[g.name] = entry
    numeric_changes: dict[str, float | None] = {}
    for name in (*spec.sensitive, *spec.names(Role.INSENSITIVE)):
        s = df[name]
        if pd.api.types.is_numeric_dtype(s) and not pd.api.types.is_bool_dtype(s):
            numeric_changes[name] = relative_change(float(s.mean()), float(s[keep].mean()))
    suppressed = n - kept
    utility = {
        "loss": best.loss,
        "loss_metric": "Iyengar loss metric on each hierarchy, averaged over rows and "
        "quasi-identifiers; a suppressed row counts as fully generalised",
        "suppressed_records": suppressed,
        "suppressed_share": suppressed / n,
        "per_quasi_identifier": per_qi,
        "discernibility": discernibility(after_sizes, suppressed, n),
        "average_class_size_over_k": (kept / len(after_sizes[after_sizes > 0])) / spec.privacy.k,
        "mean_relative_change_from_suppression": numeric_changes,
    }
    p = spec.privacy
    options: dict[str, Any] = {
        "k": p.k,
        "l": p.l,
        "l_variant": p.l_variant if p.l is not None else None,
        "t": p.t,
        "max_suppression": p.max_suppression,
        "safe_harbor": spec.safe_harbor,
        "date_shift": spec.date_shift is not None,
        "quasi_identifiers": qis,
        "sensitive": spec.sensitive,
    }
    report = DeidReport(kind="table", method=METHOD, options=options)
    report.counts = {
        "rows_in": n,
        "rows_out": kept,
        "rows_suppressed": suppressed,
        "columns_in": len(df.columns),
        "columns_out": len(output.columns),
        "columns_dropped": len(dropped),
        "columns_pseudonymised": len(pseudonymised),
        "quasi_identifiers": len(qis),
        "equivalence_classes": int((after_sizes > 0).sum()),
        "lattice_nodes": result.lattice_size,
        "nodes_evaluated": result.evaluated,
    }
    report.details = {
        "dropped_columns": dropped,
        "pseudonymised_columns": pseudonymised,
        "chosen_levels": {g.name: g.level_names[lv] for g, lv in zip(gens, best.node, strict=True)},
        "achieved": best.achieved,
        "search": {
            "algorithm": "best-first branch-and-bound over the generalisation lattice "
            "(exact least loss)",
            "lattice_nodes": result.lattice_size,
            "nodes_evaluated": result.evaluated,
            "skipped_by_marginal_bound": result.skipped_marginal,
            "skipped_by_monotonicity": result.skipped_monotone,
            "seconds": result.seconds,
        },
        "risk": {"input": before, "after_safe_harbor": bottom, "output": after},
        "utility": utility,
    }
    if spec.safe_harbor:
        report.warnings.append(
            "Safe Harbor also needs every other identifier of 45 CFR 164.514(b)(2) removed, "
            "including those inside free text; this run covers only the columns the spec names"
        )
    return report
