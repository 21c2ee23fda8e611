"""Datasets: data cards, safe loading and Merkle fingerprints."""

from custos.data._card import (
    CollectionPeriod,
    ColumnCard,
    DataCard,
    DataCategory,
    LegalCategory,
    Provenance,
    Sensitivity,
)
from custos.data._fingerprint import (
    Fingerprint,
    inclusion_proof,
    leaf_hash,
    merkle_root,
    verify_inclusion,
)
from custos.data._loader import TableInfo, canonical_rows, describe, detect_format, read_table

__all__ = [
    "CollectionPeriod",
    "ColumnCard",
    "DataCard",
    "DataCategory",
    "Fingerprint",
    "LegalCategory",
    "Provenance",
    "Sensitivity",
    "TableInfo",
    "canonical_rows",
    "describe",
    "detect_format",
    "inclusion_proof",
    "leaf_hash",
    "merkle_root",
    "read_table",
    "verify_inclusion",
]
