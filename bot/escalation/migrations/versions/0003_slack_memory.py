"""The Slack app's memory (answers, feedback, requests for a human) moves into this database,
so it survives restarts on an ephemeral disk and is erased with the person's other texts."""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "checks",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_id", sa.String(64), nullable=False),
        sa.Column("channel", sa.String(64)),
        sa.Column("thread_ts", sa.String(32)),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("text", sa.Text),
        sa.Column("decision", sa.String(32), nullable=False),
        sa.Column("owner", sa.String(64)),
        sa.Column("verdict", sa.Text),
        sa.Column("erased_at", sa.DateTime(timezone=True)),
    )
    op.create_index("ix_checks_user_created", "checks", ["user_id", "created_at"])
    op.create_table(
        "feedback",
        sa.Column("check_id", sa.String(32), primary_key=True),
        sa.Column("user_id", sa.String(64), primary_key=True),
        sa.Column("helpful", sa.Boolean, nullable=False),
        sa.Column("reason", sa.Text),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "human_requests",
        sa.Column("check_id", sa.String(32), primary_key=True),
        sa.Column("user_id", sa.String(64), primary_key=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("human_requests")
    op.drop_table("feedback")
    op.drop_index("ix_checks_user_created", table_name="checks")
    op.drop_table("checks")
