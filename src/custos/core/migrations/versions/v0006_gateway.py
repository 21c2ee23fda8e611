"""The gateway: one metadata row per call to a vendor API (never its content).

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "gateway_calls",
        sa.Column("id", sa.Integer, autoincrement=True, nullable=False),
        sa.Column("at", _TS, nullable=False),
        sa.Column("dua_id", sa.String(64), nullable=True),
        sa.Column("vendor", sa.String(64), nullable=True),
        sa.Column("endpoint", sa.String(64), nullable=True),
        sa.Column("purpose", sa.String(64), nullable=True),
        sa.Column("client", sa.String(64), nullable=True),
        sa.Column("outcome", sa.String(24), nullable=False),
        sa.Column("status", sa.Integer, nullable=False),
        sa.Column("upstream_status", sa.Integer, nullable=True),
        sa.Column("latency_ms", sa.Float, nullable=True),
        sa.Column("total_ms", sa.Float, nullable=False),
        sa.Column("bytes_sent", sa.BigInteger, nullable=True),
        sa.Column("bytes_received", sa.BigInteger, nullable=True),
        sa.Column("stream", sa.Boolean, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_gateway_calls"),
    )
    op.create_index("ix_gateway_calls_at", "gateway_calls", ["at"])
    op.create_index(
        "ix_gateway_calls_dua_id_endpoint_at", "gateway_calls", ["dua_id", "endpoint", "at"]
    )


def downgrade() -> None:
    op.drop_index("ix_gateway_calls_dua_id_endpoint_at", table_name="gateway_calls")
    op.drop_index("ix_gateway_calls_at", table_name="gateway_calls")
    op.drop_table("gateway_calls")
