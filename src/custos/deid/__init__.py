"""De-identification before data enters the node: DICOM, clinical text, tables.

De-identification alone never makes data safe to share (the rest of custos
exists because of that); it lowers what a breach or a careless output can
expose, and each run's report goes into the dataset's data card.
"""

from custos.deid._common import (
    RELINK_NAME,
    REPORT_NAME,
    DeidReport,
    DeidSecret,
    RelinkTable,
    date_shift_days,
    remap_uid,
)

__all__ = [
    "RELINK_NAME",
    "REPORT_NAME",
    "DeidReport",
    "DeidSecret",
    "RelinkTable",
    "date_shift_days",
    "remap_uid",
]
