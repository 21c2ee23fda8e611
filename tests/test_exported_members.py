"""The public API is what each package's ``__all__`` names; pin it."""

from __future__ import annotations

import importlib

import pytest

PUBLIC = {
    "custos": ["__version__"],
    "custos.core": [
        "Clock",
        "ConfigError",
        "Conflict",
        "CustosError",
        "IntegrityError",
        "InvalidInput",
        "NodeNotInitialized",
        "NotFound",
        "PolicyDenied",
        "PublicKey",
        "Settings",
        "SignatureError",
        "SigningKey",
        "StorageError",
        "Store",
        "canonical_json",
        "content_hash",
        "dsse_sign",
        "dsse_verify",
        "isoformat",
        "load_settings",
        "loads",
        "pae",
        "sha256_hex",
        "utcnow",
    ],
    "custos.sandbox": [
        "AttestationError",
        "Attester",
        "Limits",
        "ProtocolViolation",
        "SandboxUnavailable",
        "SandboxViolation",
        "SeccompUnsupported",
        "SoftwareAttester",
        "TsmAttester",
        "build_filter",
        "probe",
        "run_sandboxed",
        "verify_evidence",
    ],
    "custos.ledger": [
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
    ],
    "custos.training": [
        "AccountingError",
        "CatalogModel",
        "DpSgdPlan",
        "EpsilonBounds",
        "FeatureScaler",
        "Mechanism",
        "build_model",
        "calibrate",
        "epsilon",
        "load_released",
    ],
    "custos.jobs": [
        "JOBSPEC_PAYLOAD_TYPE",
        "MLP",
        "TRANSITIONS",
        "JobSpec",
        "JobState",
        "LogisticRegression",
        "ModelSpec",
        "Output",
        "PrivacyRequest",
        "Task",
        "TaskKind",
        "Training",
        "check_transition",
        "parse_spec",
        "sign_spec",
        "unverified_payload",
    ],
    "custos.policy": [
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
    ],
    "custos.cli": ["app", "main"],
    "custos.fed": [
        "FEDJOB_PAYLOAD_TYPE",
        "FedJobSpec",
        "LocalTraining",
        "SecureAggregation",
        "SimulationReport",
        "Site",
        "approved_share",
        "join_federation",
        "parse_fed",
        "sign_fed",
        "simulate",
        "site_spec",
        "unverified_fed",
    ],
    "custos.audit": [
        "AuditOutcome",
        "AuditRequest",
        "AuditSignals",
        "evaluate",
        "plan_request",
        "render_html",
        "run_audit_models",
    ],
}


@pytest.mark.parametrize("module", sorted(PUBLIC))
def test_public_names_are_exactly_the_pinned_ones(module: str) -> None:
    mod = importlib.import_module(module)
    assert sorted(mod.__all__) == sorted(PUBLIC[module])
    for name in mod.__all__:
        assert hasattr(mod, name), name


def test_implementation_modules_are_private() -> None:
    import pkgutil

    import custos

    for info in pkgutil.walk_packages(custos.__path__, "custos."):
        leaf = info.name.rsplit(".", 1)[-1]
        if info.ispkg or leaf == "__main__" or ".migrations" in info.name:
            continue
        assert leaf.startswith("_"), f"{info.name} should be private (leading underscore)"
