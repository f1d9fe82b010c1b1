"""Emergency support on a case (긴급 지원): the day support was started ahead of the full procedure
and the reason given for it.

Revision ID: 0006_emergency
Revises: 0005
Create Date: 2026-12-08
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_emergency"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("support_case", sa.Column("emergency_since", sa.Date(), nullable=True))
    op.add_column(
        "support_case",
        sa.Column("emergency_reason", sa.Text(), nullable=False, server_default=""),
    )


def downgrade() -> None:
    with op.batch_alter_table("support_case") as batch:
        batch.drop_column("emergency_reason")
        batch.drop_column("emergency_since")
