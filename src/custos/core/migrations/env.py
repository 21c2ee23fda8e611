"""Alembic environment: runs on the connection custos hands it."""

from __future__ import annotations

from alembic import context

from custos.core._schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - custos always passes one
    raise RuntimeError("custos migrations run only through custos.core.upgrade()")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
