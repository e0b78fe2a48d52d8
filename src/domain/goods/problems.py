"""Problems found in a product list: where they are and how bad."""

from dataclasses import dataclass, replace
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"  # the line cannot go into a declaration as it is
    WARNING = "warning"  # worth a look, never blocks


class ProblemKind(StrEnum):
    """What a problem is to the code that acts on it, whatever its wording (which messages translate)."""

    DECLARED_CONFLICT = "declared_conflict"  # the supplier's code the engine contradicts (ADR 0003), or their count
    PACKAGES_NOT_STATED = "packages_not_stated"  # goods items declared with 0 packages
    NO_CURRENCY_STATED = "no_currency_stated"  # the list's amounts name no currency (read, or taken from the header)


@dataclass(frozen=True, slots=True)
class RowProblem:
    """One problem, located by the 1-based data row and the column header as the supplier wrote it.

    `in_declaration` marks a problem of the declaration built from the list (found again each time it is
    built) rather than of the list itself (found once, when it is read). In a list read from several sheets of a
    workbook (ADR 0034), `row` counts on over the sheets before the row's, so that it keys one line of the whole
    list; `sheet` names the row's sheet and `sheet_row` is its data row there, which messages name. `kind` tells
    the problems the pipeline acts on apart (None for the rest)."""

    row: int | None
    column: str | None
    reason: str
    severity: Severity = Severity.ERROR
    in_declaration: bool = False
    sheet: str | None = None
    sheet_row: int | None = None
    kind: ProblemKind | None = None

    @property
    def row_named(self) -> str | None:
        """'row 3', or "row 1 on sheet 'Лист2'" in a list of several sheets; None for a problem of no row."""
        if self.row is None:
            return None
        if self.sheet is None or self.sheet_row is None:
            return f"row {self.row}"
        return f"row {self.sheet_row} on sheet '{self.sheet}'"

    def on_sheet(self, sheet: str, offset: int) -> "RowProblem":
        """The problem of a data row of `sheet`, whose rows count on from `offset` in a list of several sheets; a
        problem of no row, or already placed on its sheet, as it is."""
        if self.row is None or self.sheet is not None:
            return self
        return replace(self, row=self.row + offset, sheet=sheet, sheet_row=self.row)

    def __str__(self) -> str:
        where = []
        if (named := self.row_named) is not None:
            where.append(named)
        if self.column:
            where.append(f"column '{self.column}'")
        prefix = ", ".join(where)
        return f"{prefix}: {self.reason}" if prefix else self.reason
