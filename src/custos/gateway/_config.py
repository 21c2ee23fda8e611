"""The gateway's own settings: who may call it, and the vendors' credentials.

``gateway.yaml`` in the node home (or ``--config``)::

    clients:                       # hospital applications allowed to call
      - name: ehr-summariser
        token_sha256: "<hex>"      # custos gateway client add prints the token once
        duas: [acme-notes-2026]    # the agreements this application may use
    upstreams:                     # credentials per DUA endpoint, never the secret itself
      - dua: acme-notes-2026
        endpoint: chat
        credential_env: ACME_API_KEY          # or
        # credential_file: secrets/acme.key   # relative to this file, mode 0600

What may be called, where, and for which purpose is the DUA's (its
``gateway:`` section); this file only says who the callers are and how the
gateway proves itself to the vendor. Secrets are read when a call needs them
and are never logged or echoed.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import stat
from pathlib import Path
from typing import Annotated

import yaml
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from custos.core._errors import ConfigError, Conflict
from custos.core._ids import Identifier
from custos.core._yaml import read_document, validate_model

TOKEN_PREFIX = "cgw_"  # noqa: S105 (a visible prefix, not a secret)
MAX_SECRET_BYTES = 16 * 1024

Sha256Hex = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
EnvName = Annotated[str, StringConstraints(pattern=r"^[A-Za-z_][A-Za-z0-9_]{0,127}$")]


class _Doc(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Client(_Doc):
    name: Identifier
    token_sha256: Sha256Hex
    duas: list[Identifier] = Field(min_length=1)


class Upstream(_Doc):
    dua: Identifier
    endpoint: Identifier
    credential_env: EnvName | None = None
    credential_file: str | None = None

    @model_validator(mode="after")
    def _one(self) -> Upstream:
        if (self.credential_env is None) == (self.credential_file is None):
            raise ValueError("give exactly one of credential_env and credential_file")
        return self


class GatewayConfig(_Doc):
    clients: list[Client] = Field(default_factory=list)
    upstreams: list[Upstream] = Field(default_factory=list)

    @model_validator(mode="after")
    def _unique(self) -> GatewayConfig:
        names = [c.name for c in self.clients]
        if len(set(names)) != len(names):
            raise ValueError("client names must be unique")
        pairs = [(u.dua, u.endpoint) for u in self.upstreams]
        if len(set(pairs)) != len(pairs):
            raise ValueError("one upstream entry per DUA endpoint")
        return self

    def client_for(self, token: str) -> Client | None:
        """The client whose token this is (constant-time comparison of hashes)."""
        digest = token_hash(token)
        found = None
        for c in self.clients:
            if hmac.compare_digest(c.token_sha256, digest):
                found = c
        return found

    def upstream(self, dua: str, endpoint: str) -> Upstream | None:
        return next((u for u in self.upstreams if u.dua == dua and u.endpoint == endpoint), None)


def token_hash(token: str) -> str:
    # Tokens are 256-bit random values, so a plain hash is enough to store
    # them (no password stretching needed: nothing to guess).
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


def load_config(path: Path) -> GatewayConfig:
    """Read ``gateway.yaml``; a missing file is an empty configuration.

    Raises
    ------
    InvalidInput
        The file is not a valid configuration.
    """
    if not path.exists():
        return GatewayConfig()
    data = read_document(path, what="gateway configuration")
    return validate_model(
        GatewayConfig, data or {}, what="gateway configuration", code="gateway.config"
    )


def save_config(path: Path, config: GatewayConfig) -> None:
    text = (
        "# custos gateway: who may call it (clients) and how it authenticates to vendors\n"
        "# (upstreams). What may be called is the DUA's gateway section.\n"
        + yaml.safe_dump(config.model_dump(mode="json", exclude_none=True), sort_keys=False)
    )
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)


def add_client(path: Path, name: str, duas: list[str]) -> str:
    """Register a client; returns its token (shown once, stored only as a hash).

    Raises
    ------
    Conflict
        A client of that name exists.
    """
    config = load_config(path)
    if any(c.name == name for c in config.clients):
        raise Conflict(f"gateway client '{name}' exists", code="gateway.client_exists")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    client = Client(name=name, token_sha256=token_hash(token), duas=duas)
    save_config(path, config.model_copy(update={"clients": [*config.clients, client]}))
    return token


def read_credential(upstream: Upstream, base: Path) -> str:
    """The secret for an upstream, from the environment or a file.

    Raises
    ------
    ConfigError
        The variable is unset or empty, the file is missing, unreadable,
        readable by others, or too large. The message never holds the secret.
    """
    if upstream.credential_env is not None:
        value = os.environ.get(upstream.credential_env, "")
        if not value.strip():
            raise ConfigError(
                f"the credential variable {upstream.credential_env} is not set",
                code="gateway.credential_missing",
            )
        return value.strip()
    assert upstream.credential_file is not None
    ref = Path(upstream.credential_file)
    path = ref if ref.is_absolute() else base / ref
    try:
        st = path.stat()
        if st.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise ConfigError(
                f"the credential file for {upstream.dua}/{upstream.endpoint} is readable by "
                "others (chmod 600 it)",
                code="gateway.credential_mode",
            )
        if st.st_size > MAX_SECRET_BYTES:
            raise ConfigError("the credential file is too large", code="gateway.credential_file")
        value = path.read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise ConfigError(
            f"the credential file for {upstream.dua}/{upstream.endpoint} cannot be read",
            code="gateway.credential_missing",
        ) from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(
            "the credential file is not text", code="gateway.credential_file"
        ) from exc
    if not value:
        raise ConfigError("the credential file is empty", code="gateway.credential_missing")
    return value
