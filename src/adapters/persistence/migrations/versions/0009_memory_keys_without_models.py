"""Memory keys leave out model numbers ('Холодильник ..., BCD-260W' is the refrigerator in any model): the stored
keys and their words are recomputed, and entries of one account that now share a key are merged into the latest.

Downgrading leaves the keys as they are: an older Gumruk then misses an entry whose description names a model
until it is confirmed again.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-28
"""

from collections.abc import Sequence

from alembic import op

from adapters.persistence.memory_rekey import rekey_memory

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    rekey_memory(op.get_bind())


def downgrade() -> None:
    pass  # the old key cannot be recomputed: its normaliser is gone
