"""Privacy budget ledger and release bundles.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "budget_entries",
        sa.Column("id", sa.Integer, autoincrement=True, nullable=False),
        sa.Column("dataset", sa.String(64), nullable=False),
        sa.Column("job_id", sa.String(40), nullable=False),
        sa.Column("attempt", sa.Integer, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("mechanisms_json", sa.Text, nullable=False),
        sa.Column("epsilon", sa.Float, nullable=False),
        sa.Column("delta", sa.Float, nullable=False),
        sa.Column("reserved_at", _TS, nullable=False),
        sa.Column("settled_at", _TS, nullable=True),
        sa.Column("note", sa.Text, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_budget_entries"),
        sa.UniqueConstraint("job_id", "attempt", name="uq_budget_entries_job_id"),
    )
    op.create_index("ix_budget_entries_dataset", "budget_entries", ["dataset"])
    op.create_table(
        "releases",
        sa.Column("job_id", sa.String(40), nullable=False),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("receipt_hash", sa.String(71), nullable=False),
        sa.Column("statement_json", sa.Text, nullable=False),
        sa.Column("released_at", _TS, nullable=False),
        sa.PrimaryKeyConstraint("job_id", name="pk_releases"),
    )


def downgrade() -> None:
    op.drop_table("releases")
    op.drop_index("ix_budget_entries_dataset", table_name="budget_entries")
    op.drop_table("budget_entries")
