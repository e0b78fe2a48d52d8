"""Jobs keep the workbook sheets a broker chose to read; jobs stored before read every sheet of goods.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("jobs", sa.Column("sheets", sa.JSON))


def downgrade() -> None:
    op.drop_column("jobs", "sheets")  # on SQLite, from 3.35 on
