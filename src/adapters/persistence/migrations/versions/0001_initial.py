"""Jobs and their lines, accounts and API keys, the credit ledger and purchases, activity, classification memory.

Revision ID: 0001
Revises:
Create Date: 2026-11-20
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DECIMAL = sa.Numeric().with_variant(sa.String(64), "sqlite")  # SQLite keeps a decimal's digits as text
SERIAL = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
INSTANT = sa.DateTime(timezone=True)


def upgrade() -> None:
    _jobs()
    _accounts()
    _billing()
    _activity()
    _memory()


def downgrade() -> None:
    for table in ("memory_words", "memory_entries", "activities", "purchases", "ledger_entries", "api_keys",
                  "accounts", "job_lines", "jobs"):  # fmt: skip
        op.drop_table(table)


def _jobs() -> None:
    op.create_table(
        "jobs",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("account_id", sa.String(64), nullable=False),
        sa.Column("filename", sa.Text, nullable=False),
        sa.Column("storage_key", sa.Text, nullable=False),
        sa.Column("country", sa.String(2), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("created_at", INSTANT, nullable=False),
        sa.Column("updated_at", INSTANT),
        sa.Column("lines_total", sa.Integer, nullable=False),
        sa.Column("lines_done", sa.Integer, nullable=False),
        sa.Column("lines_distinct", sa.Integer, nullable=False),
        sa.Column("header", sa.JSON),
        sa.Column("failure_reason", sa.Text),
        sa.Column("problems", sa.JSON, nullable=False),
        sa.Column("declaration_keys", sa.JSON, nullable=False),
    )
    op.create_index("ix_jobs_account_created", "jobs", ["account_id", "created_at"])
    op.create_index("ix_jobs_status_created", "jobs", ["status", "created_at"])
    op.create_table(
        "job_lines",
        sa.Column("job_id", sa.String(64), sa.ForeignKey("jobs.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("row", sa.Integer, primary_key=True),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("quantity", DECIMAL),
        sa.Column("quantity_unit", sa.String(8)),
        sa.Column("net_mass", DECIMAL),
        sa.Column("gross_mass", DECIMAL),
        sa.Column("value", DECIMAL),
        sa.Column("currency", sa.String(3)),
        sa.Column("origin", sa.String(2)),
        sa.Column("declared_code", sa.String(20)),
        sa.Column("packages", sa.Integer),
        sa.Column("package_kind", sa.String(8)),
        sa.Column("unit_price", DECIMAL),
        sa.Column("problems", sa.JSON, nullable=False),
        sa.Column("classification", sa.JSON),
        sa.Column("classified", sa.Boolean, nullable=False),
        sa.Column("duplicate_of", sa.Integer),
    )
    op.create_index("ix_job_lines_classified", "job_lines", ["job_id", "classified"])


def _accounts() -> None:
    op.create_table(
        "accounts",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("email", sa.Text, nullable=False),
        sa.Column("email_key", sa.String(320), nullable=False, unique=True),
        sa.Column("password_hash", sa.Text, nullable=False),
        sa.Column("created_at", INSTANT, nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("profile", sa.JSON, nullable=False),
    )
    op.create_index("ix_accounts_created", "accounts", ["created_at", "id"])
    op.create_table(
        "api_keys",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("account_id", sa.String(64), sa.ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False),
        sa.Column("key_hash", sa.String(128), nullable=False, unique=True),
        sa.Column("label", sa.Text, nullable=False),
        sa.Column("created_at", INSTANT, nullable=False),
    )
    op.create_index("ix_api_keys_account_id", "api_keys", ["account_id"])


def _billing() -> None:
    op.create_table(
        "ledger_entries",
        sa.Column("id", SERIAL, primary_key=True, autoincrement=True),
        sa.Column("key", sa.String(200), nullable=False, unique=True),
        sa.Column("account_id", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("amount", sa.Integer, nullable=False),
        sa.Column("created_at", INSTANT, nullable=False),
        sa.Column("job_id", sa.String(64)),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("settles_job", sa.String(64), unique=True),
    )
    op.create_index("ix_ledger_account", "ledger_entries", ["account_id", "id"])
    op.create_table(
        "purchases",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("account_id", sa.String(64), nullable=False),
        sa.Column("package_id", sa.String(64), nullable=False),
        sa.Column("credits", sa.Integer, nullable=False),
        sa.Column("created_at", INSTANT, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
    )
    op.create_index("ix_purchases_account_id", "purchases", ["account_id"])
    op.create_index("ix_purchases_status_created", "purchases", ["status", "created_at"])


def _activity() -> None:
    op.create_table(
        "activities",
        sa.Column("id", SERIAL, primary_key=True, autoincrement=True),
        sa.Column("account_id", sa.String(64)),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("at", INSTANT, nullable=False),
        sa.Column("subject", sa.Text),
        sa.Column("details", sa.JSON, nullable=False),
    )
    op.create_index("ix_activities_account_at", "activities", ["account_id", "at"])
    op.create_index("ix_activities_action_at", "activities", ["action", "at"])
    op.create_index("ix_activities_at", "activities", ["at"])


def _memory() -> None:
    op.create_table(
        "memory_entries",
        sa.Column("id", SERIAL, primary_key=True, autoincrement=True),
        sa.Column("account_id", sa.String(64), nullable=False),
        sa.Column("key_hash", sa.String(64), nullable=False),
        sa.Column("key", sa.Text, nullable=False),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("word_count", sa.Integer, nullable=False),
        sa.Column("key_length", sa.Integer, nullable=False),
        sa.Column("hs6", sa.String(6), nullable=False),
        sa.Column("national_code", sa.String(20)),
        sa.Column("confirmed_by", sa.Text, nullable=False),
        sa.Column("confirmed_at", INSTANT, nullable=False),
        sa.UniqueConstraint("account_id", "key_hash", name="uq_memory_account_key"),
    )
    op.create_index("ix_memory_one_word", "memory_entries", ["account_id", "word_count", "key_length"])
    op.create_table(
        "memory_words",
        sa.Column("account_id", sa.String(64), primary_key=True),
        sa.Column("word_count", sa.Integer, primary_key=True),
        sa.Column("word", sa.String(100), primary_key=True),
        sa.Column("entry_id", SERIAL, sa.ForeignKey("memory_entries.id", ondelete="CASCADE"), primary_key=True),
    )
