"""Where an escalation's review card stands in Slack, so a decision can update it."""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("escalations") as table:
        table.add_column(sa.Column("card_channel", sa.String(64)))
        table.add_column(sa.Column("card_ts", sa.String(32)))


def downgrade() -> None:
    with op.batch_alter_table("escalations") as table:
        table.drop_column("card_ts")
        table.drop_column("card_channel")
