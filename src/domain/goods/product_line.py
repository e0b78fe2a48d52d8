"""A product line as the supplier listed it on the invoice or packing list."""

from dataclasses import dataclass, field
from decimal import Decimal

from domain.goods.currency_source import CurrencySource
from domain.goods.problems import ProblemKind, RowProblem, Severity
from domain.measures import Mass, Money, Quantity

NO_CURRENCY = "XXX"  # ISO 4217 "no currency": the list does not say which currency its amounts are in


@dataclass(slots=True)
class ProductLine:
    """One invoice line; `row` is the 1-based data row in the source file."""

    row: int
    description: str
    quantity: Quantity | None = None
    net_mass: Mass | None = None
    gross_mass: Mass | None = None
    value: Money | None = None
    origin: str | None = None  # ISO 3166 alpha-2
    declared_code: str | None = None  # digits only, as the supplier declared it
    packages: int | None = None
    package_kind: str | None = None
    unit_price: Decimal | None = None
    currency_source: CurrencySource | None = None  # where the reader read the value's currency
    place: str | None = None  # where the reader found the row: 'spreadsheet row 4', 'line 5 of the file'
    sheet: str | None = None  # in a list read from several sheets of a workbook (ADR 0034): the row's sheet ...
    sheet_row: int | None = None  # ... and its data row there, which messages name
    problems: list[RowProblem] = field(default_factory=list)

    @property
    def has_words(self) -> bool:
        """A description without a single letter ('12345', '***') names no goods: there is nothing to classify."""
        return any(character.isalpha() for character in self.description)

    @property
    def has_errors(self) -> bool:
        return any(p.severity is Severity.ERROR for p in self.problems)

    def placed(self, reason: str) -> str:
        """The reason ending with where the reader found the line, as the reader's own messages end."""
        return f"{reason} ({self.place})" if self.place else reason

    @property
    def row_on_sheet(self) -> tuple[str | None, int]:
        """(sheet, data row on it) in a list of several sheets; else (None, row in the list)."""
        if self.sheet is None or self.sheet_row is None:
            return None, self.row
        return self.sheet, self.sheet_row

    def problem(
        self, column: str | None, reason: str, severity: Severity = Severity.ERROR, kind: ProblemKind | None = None
    ) -> RowProblem:
        """A problem of this line: at its row in the list and, in a list of several sheets, its row on its sheet."""
        return RowProblem(self.row, column, reason, severity, sheet=self.sheet, sheet_row=self.sheet_row, kind=kind)
