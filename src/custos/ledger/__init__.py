"""Evidence: the hash-chained, signed audit log (receipts and budgets follow)."""

from custos.ledger._audit import (
    GENESIS,
    AuditEntry,
    AuditLog,
    Checkpoint,
    VerifyReport,
    verify_export,
    verify_stream,
)

__all__ = [
    "GENESIS",
    "AuditEntry",
    "AuditLog",
    "Checkpoint",
    "VerifyReport",
    "verify_export",
    "verify_stream",
]
