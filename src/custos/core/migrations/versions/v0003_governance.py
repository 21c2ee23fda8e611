"""Governance: incidents with breach clocks, artefacts with deletion deadlines,
deletion certificates.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "incidents",
        sa.Column("id", sa.String(40), nullable=False),
        sa.Column("kind", sa.String(64), nullable=False),
        sa.Column("severity", sa.String(16), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("summary", sa.Text, nullable=False),
        sa.Column("job_id", sa.String(40), nullable=True),
        sa.Column("dua_id", sa.String(64), nullable=True),
        sa.Column("datasets_json", sa.Text, nullable=False),
        sa.Column("categories_json", sa.Text, nullable=False),
        sa.Column("scope_json", sa.Text, nullable=False),
        sa.Column("containment_json", sa.Text, nullable=False),
        sa.Column("contact", sa.Text, nullable=True),
        sa.Column("notify_within_hours", sa.Integer, nullable=True),
        sa.Column("suspected_within_hours", sa.Integer, nullable=True),
        sa.Column("opened_at", _TS, nullable=False),
        sa.Column("confirmed_at", _TS, nullable=True),
        sa.Column("notified_at", _TS, nullable=True),
        sa.Column("closed_at", _TS, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_incidents"),
    )
    op.create_index("ix_incidents_job_id", "incidents", ["job_id"])
    op.create_table(
        "incident_events",
        sa.Column("id", sa.Integer, autoincrement=True, nullable=False),
        sa.Column("incident_id", sa.String(40), nullable=False),
        sa.Column("at", _TS, nullable=False),
        sa.Column("actor", sa.String(128), nullable=False),
        sa.Column("event", sa.String(32), nullable=False),
        sa.Column("details_json", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_incident_events"),
    )
    op.create_index("ix_incident_events_incident_id", "incident_events", ["incident_id"])
    op.create_table(
        "artefacts",
        sa.Column("id", sa.Integer, autoincrement=True, nullable=False),
        sa.Column("job_id", sa.String(40), nullable=True),
        sa.Column("dataset", sa.String(64), nullable=True),
        sa.Column("dua_id", sa.String(64), nullable=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=True),
        sa.Column("size", sa.BigInteger, nullable=True),
        sa.Column("clause", sa.String(64), nullable=True),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("delete_after", _TS, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("deleted_at", _TS, nullable=True),
        sa.Column("certificate_id", sa.String(40), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_artefacts"),
    )
    op.create_index("ix_artefacts_job_id", "artefacts", ["job_id"])
    op.create_index("ix_artefacts_delete_after", "artefacts", ["delete_after"])
    op.create_table(
        "deletion_certificates",
        sa.Column("id", sa.String(40), nullable=False),
        sa.Column("issued_at", _TS, nullable=False),
        sa.Column("items", sa.Integer, nullable=False),
        sa.Column("envelope_json", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_deletion_certificates"),
    )


def downgrade() -> None:
    op.drop_table("deletion_certificates")
    op.drop_index("ix_artefacts_delete_after", table_name="artefacts")
    op.drop_index("ix_artefacts_job_id", table_name="artefacts")
    op.drop_table("artefacts")
    op.drop_index("ix_incident_events_incident_id", table_name="incident_events")
    op.drop_table("incident_events")
    op.drop_index("ix_incidents_job_id", table_name="incidents")
    op.drop_table("incidents")
