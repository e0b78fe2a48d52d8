"""Job lines of a list read from several sheets keep their sheet and their row on it, which the declaration's
messages name; lines stored before, and lines of a single sheet, have none. The supplier-code conflicts and the notes
of no currency jobs already hold are typed (`kind`), as the pipeline now tells them by their kind rather than by their
English wording.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_JOBS = sa.table("jobs", sa.column("id", sa.String), sa.column("problems", sa.JSON))
_CONFLICT_WORDS = ("conflicts with the engine's", "conflict with the engine's")  # a row's, and their count's
_NO_CURRENCY = "the product list states no currency"


def upgrade() -> None:
    op.add_column("job_lines", sa.Column("sheet", sa.Text))
    op.add_column("job_lines", sa.Column("sheet_row", sa.Integer))
    connection = op.get_bind()
    holding = sa.select(_JOBS.c.id, _JOBS.c.problems).where(
        sa.or_(*(sa.cast(_JOBS.c.problems, sa.Text).like(f"%{words}%") for words in ("the engine", _NO_CURRENCY)))
    )
    for job_id, problems in connection.execute(holding).all():
        connection.execute(_JOBS.update().where(_JOBS.c.id == job_id).values(problems=_typed(problems)))


def downgrade() -> None:
    op.drop_column("job_lines", "sheet_row")  # on SQLite, from 3.35 on
    op.drop_column("job_lines", "sheet")  # a problem's `kind` is left: code before 0007 reads past it


def _typed(problems: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{**problem, "kind": kind} if (kind := _kind(problem)) else problem for problem in problems]


def _kind(problem: dict[str, Any]) -> str | None:
    reason = problem.get("reason") or ""
    if problem.get("column") == "declared_code" and any(words in reason for words in _CONFLICT_WORDS):
        return "declared_conflict"
    return "no_currency_stated" if _NO_CURRENCY in reason else None  # a sheet's note begins "sheet 'X': "
