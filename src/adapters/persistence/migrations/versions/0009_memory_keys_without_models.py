"""Memory entries keep the hash of their key without model numbers, to find the same goods in another model
('Холодильник ..., BCD-260W' for '..., BCD-300W'); it is computed for the entries stored before.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from adapters.persistence.memory_rekey import rehash_model_free_keys

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("memory_entries", sa.Column("model_free_hash", sa.String(64)))
    op.create_index("ix_memory_model_free", "memory_entries", ["account_id", "model_free_hash"])
    entries = sa.table("memory_entries", sa.column("id", sa.Integer), sa.column("description", sa.Text),
                       sa.column("model_free_hash", sa.String))  # fmt: skip
    rehash_model_free_keys(op.get_bind(), entries)


def downgrade() -> None:
    op.drop_index("ix_memory_model_free", "memory_entries")
    op.drop_column("memory_entries", "model_free_hash")  # on SQLite, from 3.35 on
