"""Alembic environment: migrations always run on a connection the store hands over."""

from alembic import context
from sqlmodel import SQLModel

import relnotebook.core.models  # noqa: F401  (registers the tables on SQLModel.metadata)

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Run migrations through relnotebook.store, which passes a connection.")

context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: later migrations copy tables.
)
with context.begin_transaction():
    context.run_migrations()
