"""The tables, as SQLAlchemy Core sees them; migrations/versions creates the same ones by hand."""

from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
    text,
)

from adapters.persistence.types import ExactDecimal, UtcDateTime

metadata = MetaData()
# Of the jobs of an account for the same bytes, one answers for them: the unfailed one not started again on purpose.
_ANSWERING = "status <> 'FAILED' AND NOT started_again AND content_hash IS NOT NULL"
ONE_UNFAILED_JOB_PER_FILE: dict[str, Any] = {"sqlite_where": text(_ANSWERING), "postgresql_where": text(_ANSWERING)}
SERIAL = BigInteger().with_variant(Integer(), "sqlite")  # INTEGER PRIMARY KEY is SQLite's row id

jobs = Table(
    "jobs", metadata,
    Column("id", String(64), primary_key=True),
    Column("account_id", String(64), nullable=False),
    Column("filename", Text, nullable=False),
    Column("storage_key", Text, nullable=False),
    Column("country", String(2), nullable=False),
    Column("status", String(20), nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("updated_at", UtcDateTime),
    Column("lines_total", Integer, nullable=False),
    Column("lines_done", Integer, nullable=False),
    Column("lines_distinct", Integer, nullable=False),
    Column("header", JSON),
    Column("named_columns", JSON),  # None for jobs stored before 0003
    Column("sheets", JSON),  # None for jobs stored before 0005
    Column("failure_reason", Text),
    Column("problems", JSON, nullable=False),
    Column("declaration_keys", JSON, nullable=False),
    Column("content_hash", String(64)),  # None for jobs stored before 0006
    Column("started_again", Boolean, nullable=False, server_default=false()),
    Column("declaration_outdated", Boolean, nullable=False, server_default=false()),
    Index("ix_jobs_account_created", "account_id", "created_at"),
    Index("ix_jobs_status_created", "status", "created_at"),
    Index("ix_jobs_account_content", "account_id", "content_hash"),
    Index("ux_jobs_one_per_file", "account_id", "content_hash", unique=True, **ONE_UNFAILED_JOB_PER_FILE),
)  # fmt: skip

job_lines = Table(
    "job_lines", metadata,
    Column("job_id", String(64), ForeignKey("jobs.id", ondelete="CASCADE"), primary_key=True),
    Column("row", Integer, primary_key=True),
    Column("description", Text, nullable=False),
    Column("quantity", ExactDecimal),
    Column("quantity_unit", String(8)),
    Column("net_mass", ExactDecimal),
    Column("gross_mass", ExactDecimal),
    Column("value", ExactDecimal),
    Column("currency", String(3)),
    Column("origin", String(2)),
    Column("declared_code", String(20)),
    Column("packages", Integer),
    Column("package_kind", String(8)),
    Column("unit_price", ExactDecimal),
    Column("problems", JSON, nullable=False),
    Column("classification", JSON),
    Column("classified", Boolean, nullable=False),
    Column("duplicate_of", Integer),
    Column("place", Text),  # where the reader found the line; None for lines stored before 0002
    Column("sheet", Text),  # in a list of several sheets, the line's sheet; None for lines stored before 0007
    Column("sheet_row", Integer),  # with `sheet`: the line's data row on it
    Index("ix_job_lines_classified", "job_id", "classified"),
)  # fmt: skip

accounts = Table(
    "accounts", metadata,
    Column("id", String(64), primary_key=True),
    Column("email", Text, nullable=False),
    Column("email_key", String(320), nullable=False, unique=True),  # the email case-folded
    Column("password_hash", Text, nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("role", String(16), nullable=False),
    Column("profile", JSON, nullable=False),
    Index("ix_accounts_created", "created_at", "id"),
)  # fmt: skip

api_keys = Table(
    "api_keys", metadata,
    Column("id", String(64), primary_key=True),
    Column("account_id", String(64), ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("key_hash", String(128), nullable=False, unique=True),
    Column("label", Text, nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
)  # fmt: skip

ledger_entries = Table(
    "ledger_entries", metadata,
    Column("id", SERIAL, primary_key=True, autoincrement=True),
    Column("key", String(200), nullable=False, unique=True),
    Column("account_id", String(64), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("amount", Integer, nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("job_id", String(64)),
    Column("note", Text, nullable=False),
    Column("settles_job", String(64), unique=True),  # the job a capture or release settles: at most one
    Index("ix_ledger_account", "account_id", "id"),
)  # fmt: skip

purchases = Table(
    "purchases", metadata,
    Column("id", String(64), primary_key=True),
    Column("account_id", String(64), nullable=False, index=True),
    Column("package_id", String(64), nullable=False),
    Column("credits", Integer, nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("status", String(16), nullable=False),
    Index("ix_purchases_status_created", "status", "created_at"),
)  # fmt: skip

activities = Table(
    "activities", metadata,
    Column("id", SERIAL, primary_key=True, autoincrement=True),
    Column("account_id", String(64)),
    Column("action", String(64), nullable=False),
    Column("at", UtcDateTime, nullable=False),
    Column("subject", Text),
    Column("details", JSON, nullable=False),
    Index("ix_activities_account_at", "account_id", "at"),
    Index("ix_activities_action_at", "action", "at"),
    Index("ix_activities_at", "at"),
)  # fmt: skip

memory_entries = Table(
    "memory_entries", metadata,
    Column("id", SERIAL, primary_key=True, autoincrement=True),
    Column("account_id", String(64), nullable=False),
    Column("key_hash", String(64), nullable=False),  # sha256 of the key: long keys do not fit a btree
    Column("key", Text, nullable=False),
    Column("description", Text, nullable=False),
    Column("word_count", Integer, nullable=False),
    Column("key_length", Integer, nullable=False),
    Column("hs6", String(6), nullable=False),
    Column("national_code", String(20)),
    Column("confirmed_by", Text, nullable=False),
    Column("confirmed_at", UtcDateTime, nullable=False),
    Column("model_free_hash", String(64)),  # sha256 of the key without model numbers (see normalise.model_free_key)
    UniqueConstraint("account_id", "key_hash", name="uq_memory_account_key"),
    Index("ix_memory_one_word", "account_id", "word_count", "key_length"),
    Index("ix_memory_model_free", "account_id", "model_free_hash"),
)  # fmt: skip

memory_words = Table(
    "memory_words", metadata,
    Column("account_id", String(64), primary_key=True),
    Column("word_count", Integer, primary_key=True),
    Column("word", String(100), primary_key=True),  # cut to 100 characters: a filter, not the comparison
    Column("entry_id", SERIAL, ForeignKey("memory_entries.id", ondelete="CASCADE"), primary_key=True),
)  # fmt: skip
