"""Problems found in a product list: where they are and how bad."""

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"  # the line cannot go into a declaration as it is
    WARNING = "warning"  # worth a look, never blocks


@dataclass(frozen=True, slots=True)
class RowProblem:
    """One problem, located by the 1-based data row and the column header as the supplier wrote it.

    `in_declaration` marks a problem of the declaration built from the list (found again each time it is
    built) rather than of the list itself (found once, when it is read)."""

    row: int | None
    column: str | None
    reason: str
    severity: Severity = Severity.ERROR
    in_declaration: bool = False

    def __str__(self) -> str:
        where = []
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column '{self.column}'")
        prefix = ", ".join(where)
        return f"{prefix}: {self.reason}" if prefix else self.reason
