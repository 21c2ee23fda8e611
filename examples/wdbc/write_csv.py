"""Write scikit-learn's breast-cancer data (WDBC) as a hospital-style CSV.

The 569 records ship inside scikit-learn, so nothing is downloaded. To look
like a hospital extract the file gets a synthetic medical-record number
(``patient_id``, a direct identifier the data card excludes from every job)
and a readable ``diagnosis`` column (``malignant`` / ``benign``).

Usage::

    python examples/wdbc/write_csv.py wdbc.csv
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path


def column_name(feature: str) -> str:
    return feature.strip().lower().replace(" ", "_")


def write(out: Path) -> int:
    from sklearn.datasets import load_breast_cancer

    data = load_breast_cancer()
    names = [column_name(f) for f in data.feature_names]
    labels = {i: str(n) for i, n in enumerate(data.target_names)}  # 0 malignant, 1 benign
    with out.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["patient_id", *names, "diagnosis"])
        for i, (row, target) in enumerate(zip(data.data, data.target, strict=True)):
            w.writerow([f"MRN{100000 + i:06d}", *(f"{v:.6g}" for v in row), labels[int(target)]])
    return len(data.target)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: write_csv.py OUT.csv", file=sys.stderr)
        return 2
    n = write(Path(argv[1]))
    print(f"wrote {n} records to {argv[1]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
