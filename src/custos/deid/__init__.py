"""De-identification before data enters the node: DICOM, clinical text, tables.

De-identification alone never makes data safe to share (the rest of custos
exists because of that); it lowers what a breach or a careless output can
expose, and each run's report goes into the dataset's data card.

- :func:`deidentify_dicom`  DICOM PS3.15 Annex E Basic Profile and its options,
  burned-in text found by OCR and masked, quarantine for what is unsafe
- :func:`deidentify_text`   HIPAA Safe Harbor identifiers in clinical notes,
  consistent surrogates and date shifts per patient, fully offline
- :func:`deidentify_table`  Safe Harbor transforms, then k-anonymity with
  l-diversity / t-closeness by global recoding, and a re-identification risk report

The three share one hospital secret (:class:`DeidSecret`), so a patient has
the same pseudonym and date shift in images, notes and tables. The heavy
parts (pydicom, Presidio, pandas) load on first use.
"""

from __future__ import annotations

import importlib
from typing import Any

from custos.deid._common import (
    RELINK_NAME,
    REPORT_NAME,
    DeidReport,
    DeidSecret,
    RelinkTable,
    date_shift_days,
    patient_pseudonym,
    remap_uid,
)

_LAZY = {
    "DicomOptions": "custos.deid._dicom",
    "deidentify_dicom": "custos.deid._dicom",
    "Deidentifier": "custos.deid._text",
    "deidentify_text": "custos.deid._text",
    "TableSpec": "custos.deid._table_spec",
    "load_table_spec": "custos.deid._table_spec",
    "deidentify_table": "custos.deid._table",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'custos.deid' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


__all__ = [
    "RELINK_NAME",
    "REPORT_NAME",
    "DeidReport",
    "DeidSecret",
    "Deidentifier",
    "DicomOptions",
    "RelinkTable",
    "TableSpec",
    "date_shift_days",
    "deidentify_dicom",
    "deidentify_table",
    "deidentify_text",
    "load_table_spec",
    "patient_pseudonym",
    "remap_uid",
]
