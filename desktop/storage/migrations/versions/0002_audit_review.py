"""Monthly review of the audit log: one row per reviewed month (DESIGN §1.5).

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "audit_review",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("reviewed_by", sa.Integer(), nullable=True),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["reviewed_by"], ["staff_account.id"], name=op.f("fk_audit_review_reviewed_by_staff_account")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_review")),
        sa.UniqueConstraint("month", name=op.f("uq_audit_review_month")),
    )


def downgrade() -> None:
    op.drop_table("audit_review")
