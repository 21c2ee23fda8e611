"""Typed node settings.

Precedence, highest first: command-line option > environment (``CUSTOS_*``) >
the node's ``config.yaml`` > built-in default. ``Settings.sources`` records
where each value came from; jobs copy it into their audit entries. A
malformed value is an error, never a silent fallback to the default.
"""

from __future__ import annotations

import getpass
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from custos.core._errors import ConfigError, InvalidInput
from custos.core._yaml import read_document, validate_model

DEFAULT_HOME = Path(".custos")
CONFIG_FILE = "config.yaml"
# One bound for audit.checkpoint_every, whichever source sets it.
MAX_CHECKPOINT_EVERY = 1_000_000
_CHECKPOINT_ENV = "CUSTOS_AUDIT_CHECKPOINT_EVERY"
_DIGITS = re.compile(r"[0-9]{1,16}")


class AuditSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    # Sign a checkpoint every N entries, in addition to the one every
    # committed operation ends with. 0 disables the periodic one.
    checkpoint_every: int = Field(default=100, ge=0, le=MAX_CHECKPOINT_EVERY)


class NodeFile(BaseModel):
    """The ``config.yaml`` written by ``custos node init``."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    node_name: str = Field(default="custos edge node", min_length=1, max_length=200)
    database_url: str | None = None
    audit: AuditSettings = AuditSettings()


@dataclass(frozen=True)
class Settings:
    home: Path
    node_name: str
    database_url: str
    checkpoint_every: int
    user: str
    sources: Mapping[str, str] = field(default_factory=dict)

    @property
    def key_path(self) -> Path:
        return self.home / "node.key"

    @property
    def public_key_path(self) -> Path:
        return self.home / "node.pub"

    @property
    def config_path(self) -> Path:
        return self.home / CONFIG_FILE

    @property
    def policy_path(self) -> Path:
        return self.home / "policy.yaml"


def default_database_url(home: Path) -> str:
    return f"sqlite:///{(home / 'custos.db').resolve()}"


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry in some containers
        return "unknown"


def _checkpoint_every_from_env(raw: str) -> int:
    """Parse ``CUSTOS_AUDIT_CHECKPOINT_EVERY`` with the bounds the file has.

    Only plain decimal digits are accepted (no sign, exponent, underscores or
    hex), so a typo never turns into a surprising period.
    """
    text = raw.strip()
    every = int(text) if _DIGITS.fullmatch(text) else -1
    if not 0 <= every <= MAX_CHECKPOINT_EVERY:
        raise ConfigError(
            f"environment variable {_CHECKPOINT_ENV} must be an integer from 0 to "
            f"{MAX_CHECKPOINT_EVERY}",
            code="config.invalid",
        )
    return every


def load_settings(
    *,
    home: Path | None = None,
    user: str | None = None,
    env: Mapping[str, str] | None = None,
    require_file: bool = True,
) -> Settings:
    """Resolve the node settings.

    Raises
    ------
    NodeNotInitialized
        If ``require_file`` and the home has no ``config.yaml``.
    ConfigError
        If a value is malformed.
    """
    from custos.core._errors import NodeNotInitialized

    env = os.environ if env is None else env
    sources: dict[str, str] = {}

    if home is not None:
        resolved_home, sources["home"] = home, "cli"
    elif env.get("CUSTOS_HOME"):
        resolved_home, sources["home"] = Path(env["CUSTOS_HOME"]), "env"
    else:
        resolved_home, sources["home"] = DEFAULT_HOME, "default"
    resolved_home = resolved_home.expanduser()

    cfg_path = resolved_home / CONFIG_FILE
    file_data: NodeFile
    if cfg_path.exists():
        try:
            raw: Any = read_document(cfg_path, what="node config")
            file_data = validate_model(
                NodeFile, raw or {}, what="node config", code="config.invalid"
            )
        except InvalidInput as exc:
            raise ConfigError(exc.message, code="config.invalid", details=exc.details) from exc
        file_source = "file"
    elif require_file:
        raise NodeNotInitialized(
            f"no custos node at {resolved_home}; run: custos node init",
        )
    else:
        file_data, file_source = NodeFile(), "default"

    if env.get("CUSTOS_DATABASE_URL"):
        db_url, sources["database_url"] = env["CUSTOS_DATABASE_URL"], "env"
    elif file_data.database_url:
        db_url, sources["database_url"] = file_data.database_url, "file"
    else:
        db_url, sources["database_url"] = default_database_url(resolved_home), "default"

    # A value the file does not set is the built-in default, and recorded so.
    raw_every = env.get(_CHECKPOINT_ENV)
    if raw_every:
        every, sources["checkpoint_every"] = _checkpoint_every_from_env(raw_every), "env"
    else:
        every = file_data.audit.checkpoint_every
        sources["checkpoint_every"] = (
            file_source
            if "audit" in file_data.model_fields_set
            and "checkpoint_every" in file_data.audit.model_fields_set
            else "default"
        )

    if user:
        resolved_user, sources["user"] = user, "cli"
    elif env.get("CUSTOS_USER"):
        resolved_user, sources["user"] = env["CUSTOS_USER"], "env"
    else:
        resolved_user, sources["user"] = _os_user(), "default"
    sources["node_name"] = file_source if "node_name" in file_data.model_fields_set else "default"

    return Settings(
        home=resolved_home,
        node_name=file_data.node_name,
        database_url=db_url,
        checkpoint_every=every,
        user=resolved_user[:128],
        sources=sources,
    )
