"""Governance: incidents with breach clocks, retention, evidence for auditors.

Names load on first use so ``import custos.governance`` stays light.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from custos.governance._datamap import data_map
    from custos.governance._destinations import Destination, check_destination, export_audit_log
    from custos.governance._incidents import (
        Incident,
        IncidentEvent,
        IncidentStatus,
        Notice,
        NoticeClock,
        Severity,
        close_incident,
        confirm_incident,
        list_incidents,
        mark_notified,
        notice,
        open_incident,
        overdue,
        show_incident,
        update_incident,
    )
    from custos.governance._report import (
        WrittenPack,
        evidence_pack,
        verify_pack,
        verify_pack_dir,
        write_pack,
    )
    from custos.governance._retention import (
        Artefact,
        CertificateRecord,
        PurgeReport,
        VerifiedCertificate,
        WithdrawalReport,
        get_certificate,
        list_artefacts,
        list_certificates,
        purge,
        record_job_artefacts,
        verify_certificate,
        withdraw_dataset,
    )

# name -> module that defines it; each governance module adds its own names.
_LAZY: dict[str, str] = {
    **dict.fromkeys(
        (
            "Incident",
            "IncidentEvent",
            "IncidentStatus",
            "Notice",
            "NoticeClock",
            "Severity",
            "close_incident",
            "confirm_incident",
            "list_incidents",
            "mark_notified",
            "notice",
            "open_incident",
            "overdue",
            "show_incident",
            "update_incident",
        ),
        "custos.governance._incidents",
    ),
    **dict.fromkeys(
        (
            "Artefact",
            "CertificateRecord",
            "PurgeReport",
            "VerifiedCertificate",
            "WithdrawalReport",
            "get_certificate",
            "list_artefacts",
            "list_certificates",
            "purge",
            "record_job_artefacts",
            "verify_certificate",
            "withdraw_dataset",
        ),
        "custos.governance._retention",
    ),
    "data_map": "custos.governance._datamap",
    **dict.fromkeys(
        ("Destination", "check_destination", "export_audit_log"),
        "custos.governance._destinations",
    ),
    **dict.fromkeys(
        ("WrittenPack", "evidence_pack", "verify_pack", "verify_pack_dir", "write_pack"),
        "custos.governance._report",
    ),
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'custos.governance' has no attribute {name!r}")


__all__ = [
    "Artefact",
    "CertificateRecord",
    "Destination",
    "Incident",
    "IncidentEvent",
    "IncidentStatus",
    "Notice",
    "NoticeClock",
    "PurgeReport",
    "Severity",
    "VerifiedCertificate",
    "WithdrawalReport",
    "WrittenPack",
    "check_destination",
    "close_incident",
    "confirm_incident",
    "data_map",
    "evidence_pack",
    "export_audit_log",
    "get_certificate",
    "list_artefacts",
    "list_certificates",
    "list_incidents",
    "mark_notified",
    "notice",
    "open_incident",
    "overdue",
    "purge",
    "record_job_artefacts",
    "show_incident",
    "update_incident",
    "verify_certificate",
    "verify_pack",
    "verify_pack_dir",
    "withdraw_dataset",
    "write_pack",
]
