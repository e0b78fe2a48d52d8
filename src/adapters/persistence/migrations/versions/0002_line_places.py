"""Job lines keep where the reader found them ('spreadsheet row 7'); lines stored before have none.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("job_lines", sa.Column("place", sa.Text))


def downgrade() -> None:
    op.drop_column("job_lines", "place")  # on SQLite, from 3.35 on
