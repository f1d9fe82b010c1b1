"""Index the case codes in the order people read them (year, then number: 2026-999 before
2026-1000), so that the case list's first screen is read from the index instead of sorting every
case (150 ms on 20,000 cases).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_support_case_code_order",
        "support_case",
        [sa.text("substr(code, 1, 5)"), sa.text("length(code)"), sa.text("code")],
    )


def downgrade() -> None:
    op.drop_index("ix_support_case_code_order", table_name="support_case")
