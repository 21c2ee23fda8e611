"""Initial node schema: datasets, DUAs, jobs and the audit log.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "datasets",
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("format", sa.String(16), nullable=False),
        sa.Column("file_sha256", sa.String(64), nullable=False),
        sa.Column("file_size", sa.BigInteger, nullable=False),
        sa.Column("row_count", sa.Integer, nullable=False),
        sa.Column("columns_json", sa.Text, nullable=False),
        sa.Column("card_json", sa.Text, nullable=False),
        sa.Column("card_hash", sa.String(71), nullable=False),
        sa.Column("fingerprint", sa.String(71), nullable=False),
        sa.Column("fingerprint_key", sa.String(64), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("registered_at", _TS, nullable=False),
        sa.Column("registered_by", sa.String(128), nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_datasets"),
    )
    op.create_table(
        "duas",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("content_hash", sa.String(71), nullable=False),
        sa.Column("body_json", sa.Text, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("added_at", _TS, nullable=False),
        sa.Column("added_by", sa.String(128), nullable=False),
        sa.Column("revoked_at", _TS, nullable=True),
        sa.Column("revoke_reason", sa.Text, nullable=True),
        sa.PrimaryKeyConstraint("id", "version", name="pk_duas"),
    )
    op.create_table(
        "jobs",
        sa.Column("id", sa.String(40), nullable=False),
        sa.Column("vendor_id", sa.String(64), nullable=False),
        sa.Column("dua_id", sa.String(64), nullable=False),
        sa.Column("dua_version", sa.Integer, nullable=True),
        sa.Column("dua_hash", sa.String(71), nullable=True),
        sa.Column("dataset", sa.String(64), nullable=False),
        sa.Column("spec_json", sa.Text, nullable=False),
        sa.Column("spec_hash", sa.String(71), nullable=False),
        sa.Column("envelope_json", sa.Text, nullable=False),
        sa.Column("model_hash", sa.String(71), nullable=False),
        sa.Column("epsilon", sa.Float, nullable=False),
        sa.Column("delta", sa.Float, nullable=False),
        sa.Column("state", sa.String(24), nullable=False),
        sa.Column("decision_json", sa.Text, nullable=False),
        sa.Column("submitted_at", _TS, nullable=False),
        sa.Column("updated_at", _TS, nullable=False),
        sa.Column("decided_by", sa.String(128), nullable=True),
        sa.Column("decided_at", _TS, nullable=True),
        sa.Column("decision_reason", sa.Text, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_jobs"),
        sa.UniqueConstraint("spec_hash", name="uq_jobs_spec_hash"),
    )
    op.create_index("ix_jobs_state", "jobs", ["state"])
    op.create_table(
        "audit_entries",
        sa.Column("seq", sa.BigInteger, nullable=False, autoincrement=False),
        sa.Column("hash", sa.String(71), nullable=False),
        sa.Column("prev_hash", sa.String(71), nullable=False),
        sa.Column("ts", sa.String(32), nullable=False),
        sa.Column("actor", sa.String(160), nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("subject", sa.String(160), nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_audit_entries"),
        sa.UniqueConstraint("hash", name="uq_audit_entries_hash"),
        sa.UniqueConstraint("prev_hash", name="uq_audit_entries_prev_hash"),
    )
    op.create_index("ix_audit_entries_action", "audit_entries", ["action"])
    op.create_index("ix_audit_entries_subject", "audit_entries", ["subject"])
    op.create_table(
        "audit_checkpoints",
        sa.Column("seq", sa.BigInteger, nullable=False, autoincrement=False),
        sa.Column("head_hash", sa.String(71), nullable=False),
        sa.Column("key_id", sa.String(71), nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("signature", sa.String(128), nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_audit_checkpoints"),
    )
    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer, nullable=False, autoincrement=False),
        sa.Column("seq", sa.BigInteger, nullable=False),
        sa.Column("hash", sa.String(71), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_audit_head"),
    )
    op.execute(
        "INSERT INTO audit_head (id, seq, hash) VALUES "
        "(1, 0, 'sha256:0000000000000000000000000000000000000000000000000000000000000000')"
    )


def downgrade() -> None:
    for table in ("audit_head", "audit_checkpoints", "audit_entries", "jobs", "duas", "datasets"):
        op.drop_table(table)
