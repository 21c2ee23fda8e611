"""Core services shared by every component: errors, config, keys, storage.

Storage and configuration (SQLAlchemy, pydantic-settings) load on first use:
the sandboxed harness imports custos' errors and specs in every job's fresh
interpreter and needs neither.
"""

from typing import TYPE_CHECKING, Any

from custos.core._canonical import canonical_json, content_hash, loads, sha256_hex
from custos.core._clock import Clock, isoformat, utcnow
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

if TYPE_CHECKING:
    from custos.core._config import Settings, load_settings
    from custos.core._storage import Store

_LAZY = {
    "Settings": "custos.core._config",
    "load_settings": "custos.core._config",
    "Store": "custos.core._storage",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'custos.core' has no attribute {name!r}")


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
