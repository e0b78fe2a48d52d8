"""Memory keys fold the letters a description may be typed without ('Gök çaý' is 'gok cay'): the stored keys and
their words are recomputed, and entries of one account that now share a key are merged into the latest.

Downgrading leaves the keys folded: an older Gumruk then misses an entry whose description has such letters until
it is confirmed again.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from collections.abc import Sequence

from alembic import op

from adapters.persistence.memory_rekey import rekey_memory

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    rekey_memory(op.get_bind())


def downgrade() -> None:
    pass  # the old key cannot be recomputed: its normaliser is gone
