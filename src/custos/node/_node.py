"""The edge node: its home folder, key, database, policy and audit log.

Node home layout (``./.custos`` or ``$CUSTOS_HOME``)::

    config.yaml    node settings (database URL, checkpoint policy, name)
    policy.yaml    institutional policy, above every DUA
    node.key       Ed25519 private key, mode 0600
    node.pub       public key, one line: ed25519:<base64>
    custos.db      SQLite database (unless database_url points elsewhere)
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import yaml
from sqlalchemy import Connection

from custos.core._clock import Clock, utcnow
from custos.core._config import NodeFile, Settings, load_settings
from custos.core._errors import ConfigError, Conflict, NodeNotInitialized
from custos.core._keys import PublicKey, SigningKey
from custos.core._storage import Store
from custos.ledger._audit import AuditLog
from custos.policy._dua import IsolationKind
from custos.policy._institutional import InstitutionalPolicy, load_policy


def node_id_for(key: PublicKey) -> str:
    return "node-" + hashlib.sha256(key.raw).hexdigest()[:16]


def available_isolation(policy: InstitutionalPolicy | None = None) -> frozenset[IsolationKind]:
    """Isolation kinds this node can really apply to a job now.

    Only what the runner implements and this machine supports counts:
    ``none`` (the harness in the node's process; whether that is acceptable
    is for the DUA and the institutional policy), ``bubblewrap`` when a test
    sandbox really starts (namespaces, seccomp), and a TEE kind only when its
    evidence can be produced *and* verified here. The runner checks again
    when the job starts and refuses if the sandbox cannot be set up.
    """
    from custos.node._execute import isolation_status

    status = isolation_status(policy or InstitutionalPolicy())
    return frozenset(k for k, (ok, _) in status.items() if ok)


@dataclass
class Node:
    """An opened node. Use :func:`open_node`."""

    settings: Settings
    key: SigningKey
    node_id: str
    store: Store
    audit: AuditLog
    policy: InstitutionalPolicy
    clock: Clock = utcnow

    def actor(self, role: str) -> str:
        return f"{role}:{self.settings.user}"

    @contextmanager
    def operation(self) -> Iterator[Connection]:
        """One audited unit of work: commits atomically with a signed checkpoint."""
        with self.store.transaction() as conn:
            yield conn
            self.audit.checkpoint(conn)

    def close(self) -> None:
        self.store.close()


def open_node(settings: Settings, *, clock: Clock = utcnow) -> Node:
    """Open an initialised node home.

    Raises
    ------
    NodeNotInitialized, ConfigError, StorageError
    """
    if not settings.key_path.exists():
        raise NodeNotInitialized(f"no node key in {settings.home}; run: custos node init")
    key = SigningKey.load(settings.key_path)
    policy = (
        load_policy(settings.policy_path)
        if settings.policy_path.exists()
        else InstitutionalPolicy()
    )
    store = Store.open(settings.database_url)
    node_id = node_id_for(key.public_key)
    audit = AuditLog(
        signer=key, node_id=node_id, checkpoint_every=settings.checkpoint_every, clock=clock
    )
    return Node(settings, key, node_id, store, audit, policy, clock)


_POLICY_HEADER = """\
# Institutional policy of this custos node: rules above every DUA.
# Edit with care; every job decision records this file's hash.
"""


def init_node(
    home: Path,
    *,
    name: str = "custos edge node",
    clock: Clock = utcnow,
    policy: InstitutionalPolicy | None = None,
) -> Node:
    """Create a node home with a fresh key, config, policy and migrated database.

    Raises
    ------
    Conflict
        If ``home`` already holds a node key (a key is never overwritten).
    """
    key_path = home / "node.key"
    if key_path.exists():
        raise Conflict(f"a node already exists in {home}", code="node.exists")
    try:
        home.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(home, 0o700)
    except OSError as exc:
        raise ConfigError(f"cannot create node home {home}", code="node.home") from exc
    key = SigningKey.generate()
    key.save(key_path)
    (home / "node.pub").write_text(key.public_key.to_text() + "\n", encoding="utf-8")
    cfg = NodeFile(node_name=name)
    (home / "config.yaml").write_text(
        "# custos node configuration\n"
        + yaml.safe_dump(cfg.model_dump(mode="json", exclude_none=True), sort_keys=False),
        encoding="utf-8",
    )
    policy = policy or InstitutionalPolicy()
    (home / "policy.yaml").write_text(
        _POLICY_HEADER + yaml.safe_dump(policy.to_json(), sort_keys=False), encoding="utf-8"
    )
    settings = load_settings(home=home)
    Store.open(settings.database_url, migrate=True).close()
    node = open_node(settings, clock=clock)
    with node.operation() as conn:
        node.audit.append(
            conn,
            actor=node.actor("custodian"),
            action="node.initialized",
            subject=node.node_id,
            details={
                "public_key": key.public_key.to_text(),
                "policy_hash": policy.content_hash,
                "settings_sources": dict(settings.sources),
            },
        )
    return node
