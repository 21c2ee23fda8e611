"""Evidence: the hash-chained, signed audit log, the privacy budget ledger, receipts."""

from custos.ledger._audit import (
    GENESIS,
    AuditEntry,
    AuditLog,
    Checkpoint,
    VerifyReport,
    verify_export,
    verify_stream,
)
from custos.ledger._budget import BudgetEntry, EntryStatus
from custos.ledger._receipt import (
    PAYLOAD_TYPE,
    PREDICATE_TYPE,
    RECEIPT_FILE,
    VerifiedBundle,
    statement,
    verify_bundle,
)

__all__ = [
    "GENESIS",
    "PAYLOAD_TYPE",
    "PREDICATE_TYPE",
    "RECEIPT_FILE",
    "AuditEntry",
    "AuditLog",
    "BudgetEntry",
    "Checkpoint",
    "EntryStatus",
    "VerifiedBundle",
    "VerifyReport",
    "statement",
    "verify_bundle",
    "verify_export",
    "verify_stream",
]
