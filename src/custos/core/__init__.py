"""Core services shared by every component: errors, config, keys, storage."""

from custos.core._canonical import canonical_json, content_hash, loads, sha256_hex
from custos.core._clock import Clock, isoformat, utcnow
from custos.core._config import Settings, load_settings
from custos.core._errors import (
    ConfigError,
    Conflict,
    CustosError,
    IntegrityError,
    InvalidInput,
    NodeNotInitialized,
    NotFound,
    PolicyDenied,
    SignatureError,
    StorageError,
)
from custos.core._keys import PublicKey, SigningKey, dsse_sign, dsse_verify, pae
from custos.core._storage import Store

__all__ = [
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
]
