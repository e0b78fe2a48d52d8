"""Job lines of a list read from several sheets keep their sheet and their row on it, which the declaration's
messages name; lines stored before, and lines of a single sheet, have none.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("job_lines", sa.Column("sheet", sa.Text))
    op.add_column("job_lines", sa.Column("sheet_row", sa.Integer))


def downgrade() -> None:
    op.drop_column("job_lines", "sheet_row")  # on SQLite, from 3.35 on
    op.drop_column("job_lines", "sheet")
