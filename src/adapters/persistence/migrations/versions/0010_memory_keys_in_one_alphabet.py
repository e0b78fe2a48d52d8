"""Memory keys write each word in one alphabet ('Хoлодильник' with a Latin 'o' is 'холодильник') and set more colours
aside ('серебристый'), and the looser key without model numbers stems Russian words ('для легковых автомобилей' is
'для легкового автомобиля'): the stored keys, their words and their looser hashes are recomputed, and entries of one
account that now share a key are merged into the latest.

Downgrading leaves the keys as they are: an older Gumruk then misses an entry whose description mixed alphabets
until it is confirmed again.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-29
"""

from collections.abc import Sequence

from alembic import op

from adapters.persistence.memory_rekey import rehash_model_free_keys, rekey_memory

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    rekey_memory(op.get_bind())
    rehash_model_free_keys(op.get_bind())


def downgrade() -> None:
    pass  # the old key cannot be recomputed: its normaliser is gone
