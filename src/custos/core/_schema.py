"""The node database schema (SQLAlchemy Core).

One ``MetaData`` for the whole node so Alembic migrations see every table.
Changing a table means adding a migration under ``core/migrations/versions``;
``tests/core/test_storage.py`` fails when the two drift apart.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Float,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

datasets = Table(
    "datasets",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("path", Text, nullable=False),
    Column("format", String(16), nullable=False),
    Column("file_sha256", String(64), nullable=False),
    Column("file_size", BigInteger, nullable=False),
    Column("row_count", Integer, nullable=False),
    Column("columns_json", Text, nullable=False),
    Column("card_json", Text, nullable=False),
    Column("card_hash", String(71), nullable=False),
    Column("fingerprint", String(71), nullable=False),
    # Secret per-dataset key for the Merkle leaves: without it nobody can
    # confirm a guessed row against a published root or proof.
    Column("fingerprint_key", String(64), nullable=False),
    Column("status", String(16), nullable=False),
    Column("registered_at", DateTime(timezone=True), nullable=False),
    Column("registered_by", String(128), nullable=False),
)

duas = Table(
    "duas",
    metadata,
    Column("id", String(64), nullable=False),
    Column("version", Integer, nullable=False),
    Column("content_hash", String(71), nullable=False),
    Column("body_json", Text, nullable=False),
    Column("status", String(16), nullable=False),
    Column("added_at", DateTime(timezone=True), nullable=False),
    Column("added_by", String(128), nullable=False),
    Column("revoked_at", DateTime(timezone=True), nullable=True),
    Column("revoke_reason", Text, nullable=True),
    PrimaryKeyConstraint("id", "version"),
)

jobs = Table(
    "jobs",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("vendor_id", String(64), nullable=False),
    Column("dua_id", String(64), nullable=False),
    Column("dua_version", Integer, nullable=True),
    Column("dua_hash", String(71), nullable=True),
    Column("dataset", String(64), nullable=False),
    Column("spec_json", Text, nullable=False),
    Column("spec_hash", String(71), nullable=False, unique=True),
    Column("envelope_json", Text, nullable=False),
    Column("model_hash", String(71), nullable=False),
    Column("epsilon", Float, nullable=False),
    Column("delta", Float, nullable=False),
    Column("state", String(24), nullable=False, index=True),
    Column("decision_json", Text, nullable=False),
    Column("submitted_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("decided_by", String(128), nullable=True),
    Column("decided_at", DateTime(timezone=True), nullable=True),
    Column("decision_reason", Text, nullable=True),
)

audit_entries = Table(
    "audit_entries",
    metadata,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("hash", String(71), nullable=False, unique=True),
    # Unique: two writers that read the same head cannot both append after it.
    Column("prev_hash", String(71), nullable=False, unique=True),
    Column("ts", String(32), nullable=False),
    Column("actor", String(160), nullable=False),
    Column("action", String(64), nullable=False, index=True),
    Column("subject", String(160), nullable=False, index=True),
    # The canonical (RFC 8785) JSON the hash is computed over, stored verbatim.
    Column("body", Text, nullable=False),
)

audit_checkpoints = Table(
    "audit_checkpoints",
    metadata,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("head_hash", String(71), nullable=False),
    Column("key_id", String(71), nullable=False),
    Column("body", Text, nullable=False),
    Column("signature", String(128), nullable=False),
)

# One row. Every append locks and advances it, which serialises writers on
# PostgreSQL (SELECT ... FOR UPDATE) as BEGIN IMMEDIATE does on SQLite.
audit_head = Table(
    "audit_head",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("seq", BigInteger, nullable=False),
    Column("hash", String(71), nullable=False),
)

# The privacy budget ledger: one row per job attempt. A row is ``reserved``
# when a job starts, then ``committed`` (the data was touched: it counts for
# ever) or ``released`` (refused before any row was read: it never counted).
# Every row's mechanism is kept so the node can compose the whole history
# with a tight accountant rather than adding epsilons.
budget_entries = Table(
    "budget_entries",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("dataset", String(64), nullable=False, index=True),
    Column("job_id", String(40), nullable=False),
    Column("attempt", Integer, nullable=False),
    Column("status", String(16), nullable=False),
    # JSON list of mechanisms (see custos.training._accounting.Mechanism).
    Column("mechanisms_json", Text, nullable=False),
    Column("epsilon", Float, nullable=False),
    Column("delta", Float, nullable=False),
    Column("reserved_at", DateTime(timezone=True), nullable=False),
    Column("settled_at", DateTime(timezone=True), nullable=True),
    Column("note", Text, nullable=True),
    UniqueConstraint("job_id", "attempt"),
)

# One row per released bundle.
releases = Table(
    "releases",
    metadata,
    Column("job_id", String(40), primary_key=True),
    Column("path", Text, nullable=False),
    Column("receipt_hash", String(71), nullable=False),
    Column("statement_json", Text, nullable=False),
    Column("released_at", DateTime(timezone=True), nullable=False),
)

# -- governance (#7) -----------------------------------------------------------

# Incidents: policy violations and security events, with the breach clock of
# the DUA they fall under. Facts only (codes, ids, counts, categories), never
# patient data.
incidents = Table(
    "incidents",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("kind", String(64), nullable=False),
    Column("severity", String(16), nullable=False),
    # suspected -> confirmed -> closed (or suspected -> closed as unfounded)
    Column("status", String(16), nullable=False),
    Column("summary", Text, nullable=False),
    Column("job_id", String(40), nullable=True, index=True),
    Column("dua_id", String(64), nullable=True),
    Column("datasets_json", Text, nullable=False),
    Column("categories_json", Text, nullable=False),
    Column("scope_json", Text, nullable=False),
    Column("containment_json", Text, nullable=False),
    Column("contact", Text, nullable=True),
    Column("notify_within_hours", Integer, nullable=True),
    Column("suspected_within_hours", Integer, nullable=True),
    Column("opened_at", DateTime(timezone=True), nullable=False),
    Column("confirmed_at", DateTime(timezone=True), nullable=True),
    Column("notified_at", DateTime(timezone=True), nullable=True),
    Column("closed_at", DateTime(timezone=True), nullable=True),
)

incident_events = Table(
    "incident_events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("incident_id", String(40), nullable=False, index=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("actor", String(128), nullable=False),
    Column("event", String(32), nullable=False),
    Column("details_json", Text, nullable=False),
)

# Every file a job leaves on the node, with the DUA's deletion deadline.
artefacts = Table(
    "artefacts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("job_id", String(40), nullable=True, index=True),
    Column("dataset", String(64), nullable=True),
    Column("dua_id", String(64), nullable=True),
    Column("kind", String(32), nullable=False),
    # Relative to the node home.
    Column("path", Text, nullable=False),
    Column("sha256", String(64), nullable=True),
    Column("size", BigInteger, nullable=True),
    Column("clause", String(64), nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("delete_after", DateTime(timezone=True), nullable=False, index=True),
    # pending -> deleting -> deleted (a purge cut off mid-way resumes from deleting)
    Column("status", String(16), nullable=False),
    Column("deleted_at", DateTime(timezone=True), nullable=True),
    Column("certificate_id", String(40), nullable=True),
)

# Signed deletion certificates (DSSE envelopes), verifiable offline.
deletion_certificates = Table(
    "deletion_certificates",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("issued_at", DateTime(timezone=True), nullable=False),
    Column("items", Integer, nullable=False),
    Column("envelope_json", Text, nullable=False),
)

# -- the HTTP API (#8) ---------------------------------------------------------

# People who use the API: custodian, privacy_officer or auditor. Passwords are
# stored only as argon2id hashes. Vendors have no row here: they authenticate
# with the key their DUA registers.
users = Table(
    "users",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("role", String(32), nullable=False),
    Column("password_hash", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("created_by", String(128), nullable=False),
    Column("disabled_at", DateTime(timezone=True), nullable=True),
)

# Server-side sessions. Only the SHA-256 of the session token (and of its CSRF
# token) is stored, so a copy of the database opens no session.
sessions = Table(
    "sessions",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("username", String(64), nullable=False, index=True),
    Column("role", String(32), nullable=False),
    Column("csrf_hash", String(64), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False, index=True),
    Column("ended_at", DateTime(timezone=True), nullable=True),
    Column("last_seen_at", DateTime(timezone=True), nullable=True),
)

# Nonces of signed vendor requests seen within their validity window: a
# request whose (key, nonce) is here already is a replay.
nonces = Table(
    "nonces",
    metadata,
    Column("key_id", String(71), nullable=False),
    Column("nonce", String(64), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False, index=True),
    PrimaryKeyConstraint("key_id", "nonce"),
)

# -- the gateway (#12) ---------------------------------------------------------

# One row per call through the gateway to a vendor API: metadata only (ids,
# codes, sizes, times), never what was sent or received. The SLA watch reads a
# window of one endpoint's rows through the composite index.
gateway_calls = Table(
    "gateway_calls",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    # When the call arrived at the gateway.
    Column("at", DateTime(timezone=True), nullable=False, index=True),
    # Null when the call was refused before its DUA was known (no client
    # token, no or an unknown DUA named).
    Column("dua_id", String(64), nullable=True),
    Column("vendor", String(64), nullable=True),
    Column("endpoint", String(64), nullable=True),
    Column("purpose", String(64), nullable=True),
    Column("client", String(64), nullable=True),
    # custos.gateway._calls.Outcome
    Column("outcome", String(24), nullable=False),
    # The HTTP status the gateway returned to the caller, and the vendor's.
    Column("status", Integer, nullable=False),
    Column("upstream_status", Integer, nullable=True),
    # Vendor time (request sent until the last response byte) and the whole
    # call inside the gateway, in milliseconds.
    Column("latency_ms", Float, nullable=True),
    Column("total_ms", Float, nullable=False),
    # Request size after minimisation, as sent upstream; response size.
    Column("bytes_sent", BigInteger, nullable=True),
    Column("bytes_received", BigInteger, nullable=True),
    Column("stream", Boolean, nullable=False, default=False),
    Index("ix_gateway_calls_dua_id_endpoint_at", "dua_id", "endpoint", "at"),
)

# -- the API's rate limits (#8) ----------------------------------------------------

# One row per limited key (a client address, per limit), shared by every
# server process on the database: the generic cell rate algorithm keeps one
# number per key, the theoretical arrival time ``tat`` (seconds since the
# epoch) of the next request at the sustained rate. Rows whose ``tat`` has
# passed carry no information and are pruned.
rate_limits = Table(
    "rate_limits",
    metadata,
    Column("key", String(128), primary_key=True),
    Column("tat", Float, nullable=False, index=True),
    # Whether the last request on this key was let through (what the upsert returns).
    Column("allowed", Boolean, nullable=False),
)
