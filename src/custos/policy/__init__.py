"""Policy: data-use agreements, institutional policy, and job evaluation."""

from custos.policy._dua import (
    DUA,
    ApprovalTerms,
    AuditRights,
    BreachTerms,
    IsolationKind,
    IsolationTerms,
    LeakageAuditTerms,
    Parties,
    Party,
    PrivacyTerms,
    RetentionTerms,
    Subprocessor,
    UseTerms,
    Validity,
    VendorParty,
    load_dua,
)
from custos.policy._evaluate import DatasetFacts, Decision, DUARecord, Outcome, Reason, evaluate
from custos.policy._institutional import InstitutionalPolicy, load_policy

__all__ = [
    "DUA",
    "ApprovalTerms",
    "AuditRights",
    "BreachTerms",
    "DUARecord",
    "DatasetFacts",
    "Decision",
    "InstitutionalPolicy",
    "IsolationKind",
    "IsolationTerms",
    "LeakageAuditTerms",
    "Outcome",
    "Parties",
    "Party",
    "PrivacyTerms",
    "Reason",
    "RetentionTerms",
    "Subprocessor",
    "UseTerms",
    "Validity",
    "VendorParty",
    "evaluate",
    "load_dua",
    "load_policy",
]
