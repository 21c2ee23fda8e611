"""A synthetic admissions table with the shape of a hospital extract.

Nothing here is real: names, record numbers and ZIP codes are drawn from
small made-up pools with skewed weights, so that, as in real data, a few
values are common and many are rare (the rare ones are what k-anonymity has
to deal with). Some ZIP codes fall in the 3-digit areas that Safe Harbor
turns into 000, and some patients are over 89.

    python -m examples.deid.patients admissions.csv [--rows 5000] [--seed 0]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import pandas as pd

ETHNICITY_TREE = {
    "White": ["White"],
    "Black": ["Black"],
    "Asian": ["Asian or Pacific Islander"],
    "Pacific Islander": ["Asian or Pacific Islander"],
    "Hispanic": ["Hispanic"],
    "Native American": ["Other"],
    "Other": ["Other"],
}
_ETHNICITY_P = [0.58, 0.14, 0.08, 0.01, 0.14, 0.02, 0.03]
_DISPOSITIONS = ["home", "home care", "rehabilitation", "nursing facility", "transfer", "died"]
_DISPOSITION_P = [0.55, 0.15, 0.1, 0.1, 0.06, 0.04]
# 3-digit areas on the Safe Harbor restricted list, to exercise the 000 rule.
_SMALL_AREAS = ["036", "059", "692", "821", "823", "878"]


def _zipf(rng: np.random.Generator, n_items: int, size: int, a: float = 1.1) -> np.ndarray:
    weights = 1.0 / np.arange(1, n_items + 1) ** a
    return rng.choice(n_items, size=size, p=weights / weights.sum())


def generate(rows: int, seed: int = 0) -> pd.DataFrame:
    """``rows`` admissions of about ``0.7 * rows`` patients."""
    rng = np.random.default_rng(seed)
    n_patients = max(1, int(rows * 0.7))
    patient = rng.integers(0, n_patients, size=rows)
    mrn = np.char.add("MRN", np.char.zfill(patient.astype(str), 7))
    first = np.array(["Ana", "Ben", "Chen", "Dara", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jun"])
    last = np.array(["Abel", "Baker", "Cruz", "Diaz", "Evans", "Fox", "Gray", "Hill", "Ito"])
    name = np.char.add(np.char.add(first[patient % 10], " "), last[(patient // 10) % 9])
    birth_age = np.clip(rng.gamma(4.0, 13.0, size=n_patients), 0, 104).astype(int)
    age = birth_age[patient]
    sex = np.where(rng.random(n_patients) < 0.51, "F", "M")[patient]
    sex = np.where(rng.random(rows) < 0.002, "U", sex)
    # ZIP codes: 400 areas around a hospital, a few in the small areas.
    areas = np.array([f"{x:03d}" for x in rng.choice(np.arange(100, 999), 60, replace=False)])
    areas = np.concatenate([areas, _SMALL_AREAS])
    zips = np.array([f"{areas[i % len(areas)]}{rng.integers(0, 100):02d}" for i in range(400)])
    home = zips[_zipf(rng, len(zips), n_patients)][patient]
    start = np.datetime64("2015-01-01")
    admitted = start + rng.integers(0, 3652, size=rows).astype("timedelta64[D]")
    ethnicity = np.array(list(ETHNICITY_TREE))[
        rng.choice(len(ETHNICITY_TREE), n_patients, p=_ETHNICITY_P)
    ][patient]
    letters = np.array(list("ABCDEFGIJKLMNORSTZ"))
    codes = [
        f"{letters[i % len(letters)]}{(i * 7) % 100:02d}" + ("" if i % 3 == 0 else f".{i % 10}")
        for i in range(300)
    ]
    diagnosis = np.array(codes)[_zipf(rng, len(codes), rows, a=0.9)]
    disposition = np.array(_DISPOSITIONS)[rng.choice(6, rows, p=_DISPOSITION_P)]
    los = np.clip(rng.poisson(4.0, rows) + (age > 70) * rng.poisson(2.0, rows), 0, 60)
    lab = np.round(rng.normal(7.0, 1.5, rows), 1)
    return pd.DataFrame(
        {
            "mrn": mrn,
            "name": name,
            "age": age,
            "sex": sex,
            "zip": home,
            "admitted": admitted.astype(str).astype(object),
            "ethnicity": ethnicity,
            "diagnosis": diagnosis,
            "disposition": disposition,
            "los_days": los,
            "hba1c": lab,
        }
    )


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m examples.deid.patients", description=__doc__)
    p.add_argument("out", type=Path)
    p.add_argument("--rows", type=int, default=5000)
    p.add_argument("--seed", type=int, default=0)
    a = p.parse_args(argv)
    df = generate(a.rows, a.seed)
    if a.out.suffix == ".parquet":
        df.to_parquet(a.out, index=False)
    else:
        df.to_csv(a.out, index=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
