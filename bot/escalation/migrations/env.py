"""Alembic environment: migrations run on the connection the store hands over."""

from alembic import context

from bot.escalation.tables import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata)
with context.begin_transaction():
    context.run_migrations()
