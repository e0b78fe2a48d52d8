"""Jobs keep the hash of their file: one unfailed job per account and file, unless started again on purpose.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ANSWERING = "status <> 'FAILED' AND NOT started_again AND content_hash IS NOT NULL"


def upgrade() -> None:
    op.add_column("jobs", sa.Column("content_hash", sa.String(64)))
    op.add_column("jobs", sa.Column("started_again", sa.Boolean, nullable=False, server_default=sa.false()))
    op.create_index("ix_jobs_account_content", "jobs", ["account_id", "content_hash"])
    where: dict[str, Any] = {"sqlite_where": sa.text(_ANSWERING), "postgresql_where": sa.text(_ANSWERING)}
    op.create_index("ux_jobs_one_per_file", "jobs", ["account_id", "content_hash"], unique=True, **where)


def downgrade() -> None:
    op.drop_index("ux_jobs_one_per_file", "jobs")
    op.drop_index("ix_jobs_account_content", "jobs")
    op.drop_column("jobs", "started_again")  # on SQLite, from 3.35 on
    op.drop_column("jobs", "content_hash")
