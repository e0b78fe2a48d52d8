"""Jobs keep the headers a broker named for columns the reader should not guess; jobs stored before have none.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("jobs", sa.Column("named_columns", sa.JSON))


def downgrade() -> None:
    op.drop_column("jobs", "named_columns")  # on SQLite, from 3.35 on
